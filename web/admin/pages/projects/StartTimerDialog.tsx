import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, useToast } from '../../../ui/components/index.ts';
import type { ProjectDetail } from './queries.ts';
import { StartTimerForm } from './StartTimerForm.tsx';

/** Start the header's timer on a task of this project. */
export function StartTimerDialog({ open, project, onClose }: { open: boolean; project: ProjectDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const formId = useId();
  return (
    <Dialog
      open={open}
      title={t('timer.startOn', { name: project.name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary">
            {t('timer.start')}
          </Button>
        </>
      }
    >
      {open ? (
        <StartTimerForm
          project={project}
          formId={formId}
          actions={false}
          onStarted={() => {
            toast.show(t('timer.started'));
            onClose();
          }}
        />
      ) : null}
    </Dialog>
  );
}
