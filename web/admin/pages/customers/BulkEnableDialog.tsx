import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Notice, ProgressBar, Spinner } from '../../../ui/components/index.ts';
import { formatNumber } from '../../../ui/format.ts';
import { errorMessage } from '../../lib/errors.ts';
import { BulkResults } from './BulkResults.tsx';
import { useBulkEnable } from './useBulkEnable.ts';

interface BulkEnableDialogProps {
  open: boolean;
  customerIds: string[];
  names: Map<string, string>;
  /** `changed` when access was given to anyone, so the list reloads. */
  onClose: (changed: boolean) => void;
}

export function BulkEnableDialog({ open, customerIds, names, onClose }: BulkEnableDialogProps) {
  const { t, i18n } = useTranslation();
  const { state, start, reset } = useBulkEnable();
  useEffect(() => {
    if (open) reset();
  }, [open, reset]);

  const working = state.phase === 'starting' || state.phase === 'running';
  const finished = state.phase === 'done' || state.phase === 'failed';
  const close = () => onClose(finished);
  const count = customerIds.length;
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <Dialog
      open={open}
      title={t('bulk.title')}
      onClose={() => {
        if (!working) close();
      }}
      closeLabel={t('common.close')}
      size="wide"
      footer={
        state.phase === 'idle' ? (
          <>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button variant="primary" onClick={() => start(customerIds)}>
              {t('bulk.start', { count })}
            </Button>
          </>
        ) : (
          <Button variant={finished ? 'primary' : 'secondary'} onClick={close} disabled={working}>
            {t('common.close')}
          </Button>
        )
      }
    >
      {state.phase === 'idle' ? <p>{t('bulk.explain', { count, formatted: n(count) })}</p> : null}
      {state.phase === 'starting' ? <Spinner label={t('bulk.starting')} /> : null}
      {state.phase === 'running' ? (
        <ProgressBar
          label={t('bulk.progress')}
          value={state.job.progress_done}
          max={state.job.progress_total || count}
          valueText={t('bulk.progressText', { done: n(state.job.progress_done), total: n(state.job.progress_total || count) })}
        />
      ) : null}
      {state.phase === 'failed' ? <Notice tone="danger">{t('bulk.failed', { message: errorMessage(t, state.error) })}</Notice> : null}
      {state.phase === 'done' ? <BulkResults results={state.results} names={names} /> : null}
    </Dialog>
  );
}
