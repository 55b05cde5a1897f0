import { useTranslation } from 'react-i18next';

/**
 * A rating as five stars; screen readers hear "4 of 5" instead of the symbols. `decorative` where the
 * number is already written beside them (an average).
 */
export function Stars({ rating, decorative = false }: { rating: number; decorative?: boolean }) {
  const { t } = useTranslation();
  const whole = Math.max(0, Math.min(5, Math.round(rating)));
  if (decorative) {
    return (
      <span className="admin-stars" aria-hidden="true">
        <span className="admin-stars__on">{'★'.repeat(whole)}</span>
        <span className="admin-stars__off">{'☆'.repeat(5 - whole)}</span>
      </span>
    );
  }
  return (
    <span className="admin-stars">
      <span aria-hidden="true">
        <span className="admin-stars__on">{'★'.repeat(whole)}</span>
        <span className="admin-stars__off">{'☆'.repeat(5 - whole)}</span>
      </span>
      <span className="ui-visually-hidden">{t('reviews.ratingOf', { rating })}</span>
    </span>
  );
}
