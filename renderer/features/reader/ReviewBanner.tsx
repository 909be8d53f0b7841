// 需核对 at the top of the reader: the parser kept this notice while unsure of some fields
// (no date, a title found by fallback, no agency). The banner names them and leads to the
// check: the original beside the fields, and 更正 with those fields marked. Saving a
// correction clears the mark, and the banner goes with it.
import type { ReviewField } from '../../../shared/model/notice.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button, Icon } from '../../ui/index.ts';

type ReviewBannerProps = {
  fields: readonly ReviewField[];
  originalShown: boolean;
  onShowOriginal: () => void;
  onCorrect: () => void;
};

export function ReviewBanner({ fields, originalShown, onShowOriginal, onCorrect }: ReviewBannerProps) {
  const names = zh.common.list(fields.map((field) => zh.noticeFields.labels[field]));
  return (
    <section className="review-banner" role="region" aria-label={zh.reader.review.label}>
      <Icon name="alert" size={16} />
      <p className="review-banner-text">
        <strong className="review-banner-label">{zh.reader.review.label}</strong>
        {zh.reader.review.text(names)}
      </p>
      <div className="review-banner-actions">
        {originalShown ? null : (
          <Button size="sm" icon="file" onClick={onShowOriginal}>
            {zh.reader.review.showOriginal}
          </Button>
        )}
        <Button size="sm" variant="primary" icon="edit" onClick={onCorrect}>
          {zh.reader.review.correct}
        </Button>
      </div>
    </section>
  );
}
