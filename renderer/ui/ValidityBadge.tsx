// 时效性 at a glance: 现行有效 green, 已废止 / 已失效 red, 已修订 amber, 未知 grey; the
// reason as its tooltip, or beside it where there is room.
import type { Validity, ValidityStatus } from '../../shared/relations/types.ts';
import { zh } from '../platform/i18n/index.ts';

const TONE: Record<ValidityStatus, string> = {
  'in-force': 'chip-success',
  repealed: 'chip-danger',
  expired: 'chip-danger',
  amended: 'chip-warning',
  unknown: '',
};

export function ValidityBadge({ validity, showReason = false }: { validity: Validity; showReason?: boolean }) {
  const reason = zh.codes.validityReason(validity.reason);
  return (
    <span className="validity" data-status={validity.status}>
      <span className={`chip validity-chip ${TONE[validity.status]}`} title={reason}>
        {zh.codes.validityStatus[validity.status]}
      </span>
      {showReason ? <span className="validity-reason">{reason}</span> : null}
    </span>
  );
}
