import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/components/Button.tsx';
import { errorMessage } from '../lib/errors.ts';

/** "Load more" under a paged list, with how many are shown announced politely. */
export function LoadMore({ shown, hasMore, busy, error, onMore }: { shown: number; hasMore: boolean; busy: boolean; error: unknown; onMore: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="p-load-more p-no-print">
      <p className="ui-muted ui-small" role="status">
        {t('docs.shown', { count: shown })}
      </p>
      {error ? <p className="ui-field__error">{errorMessage(t, error)}</p> : null}
      {hasMore ? (
        <Button onClick={onMore} busy={busy}>
          {t('docs.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
