// 时效性 at a glance: 现行有效 green, 已废止 / 已失效 red, 已修订 amber, 未知 grey; the
// reason as its tooltip, or beside it where there is room.
import type { Validity, ValidityStatus } from '../../shared/relations/types.ts';

const TONE: Record<ValidityStatus, string> = {
  现行有效: 'chip-success',
  已废止: 'chip-danger',
  已失效: 'chip-danger',
  已修订: 'chip-warning',
  未知: '',
};

export function ValidityBadge({ validity, showReason = false }: { validity: Validity; showReason?: boolean }) {
  return (
    <span className="validity" data-status={validity.status}>
      <span className={`chip validity-chip ${TONE[validity.status]}`} title={validity.reason}>
        {validity.status}
      </span>
      {showReason ? <span className="validity-reason">{validity.reason}</span> : null}
    </span>
  );
}
