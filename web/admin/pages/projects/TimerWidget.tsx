import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Notice, useToast } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useDisclosure } from '../../app/useDisclosure.ts';
import { errorMessage } from '../../lib/errors.ts';
import { discardTimer, fetchTimer, projectKeys, stopTimer, timeEntryKeys, timerKeys, type RunningTimer } from './queries.ts';
import { formatDuration, formatElapsed } from './time.ts';
import { StartTimerForm } from './StartTimerForm.tsx';

/** Seconds since the timer started, ticking once a second while it runs. */
function useElapsed(timer: RunningTimer | null | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer) return;
    setNow(Date.now());
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [timer?.id]);
  return timer ? (now - Date.parse(timer.started_at)) / 1000 : 0;
}

/**
 * The staff member's timer in the console header: the elapsed time while it runs, a panel to stop it
 * (the entry is created on the server, in whole minutes) or discard it, or to start one on a task.
 */
export function TimerWidget() {
  const { t } = useTranslation();
  const toast = useToast();
  const { open, setOpen, close, containerRef, buttonRef } = useDisclosure<HTMLDivElement>();
  const timer = useQuery({ queryKey: timerKeys.all, queryFn: ({ signal }) => fetchTimer(signal), retry: false, refetchOnWindowFocus: true });
  const running = timer.data ?? null;
  const elapsed = useElapsed(running);
  const [error, setError] = useState<unknown>();
  const stop = useApiMutation({ mutationFn: stopTimer, invalidates: [timerKeys.all, timeEntryKeys.all, projectKeys.all] });
  const discard = useApiMutation({ mutationFn: discardTimer, invalidates: [timerKeys.all] });
  // No projects API for this staff member (a key without the scope): no timer either.
  if (timer.isError && !timer.data) return null;
  const act = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      close();
    } catch (failure) {
      setError(failure);
    }
  };
  const label = running ? t('timer.runningLabel', { elapsed: formatElapsed(elapsed), task: running.task.name, project: running.project.name }) : t('timer.label');
  return (
    <div className="admin-popup admin-timer" ref={containerRef}>
      <button ref={buttonRef} type="button" className={running ? 'admin-timer__button admin-timer__button--running' : 'admin-timer__button'} aria-expanded={open} aria-controls="admin-timer-panel" aria-label={label} onClick={() => setOpen(!open)}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M9 1h6v2H9V1Zm10.03 6.39 1.42-1.42-1.41-1.41-1.42 1.42A8.96 8.96 0 0 0 12 4a9 9 0 1 0 9 9c0-2.12-.74-4.07-1.97-5.61ZM12 20a7 7 0 1 1 0-14 7 7 0 0 1 0 14Zm1-12h-2v6h2V8Z" />
        </svg>
        {running ? (
          <span className="admin-timer__elapsed" aria-hidden="true">
            {formatElapsed(elapsed)}
          </span>
        ) : null}
      </button>
      {open ? (
        <div id="admin-timer-panel" className="admin-popup__panel admin-timer__panel">
          <h2 className="admin-bell__title">{running ? t('timer.running') : t('timer.startTitle')}</h2>
          {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
          {running ? (
            <>
              <p className="admin-timer__what">
                <Link to={`/projects/${running.project.id}`} onClick={close}>
                  {running.project.name}
                </Link>{' '}
                · {running.task.name}
                {running.notes ? <span className="ui-muted ui-small admin-pre"> · {running.notes}</span> : null}
              </p>
              <p className="admin-timer__clock" role="timer" aria-label={t('timer.elapsed')}>
                {formatElapsed(elapsed)}
              </p>
              <div className="ui-button-row">
                <Button
                  variant="primary"
                  busy={stop.isPending}
                  onClick={() =>
                    void act(async () => {
                      const entry = await stop.mutateAsync();
                      toast.show(t('timer.stopped', { duration: formatDuration(entry.duration_minutes), task: entry.task.name }));
                    })
                  }
                >
                  {t('timer.stop')}
                </Button>
                <Button
                  variant="ghost"
                  busy={discard.isPending}
                  onClick={() =>
                    void act(async () => {
                      await discard.mutateAsync();
                      toast.show(t('timer.discarded'));
                    })
                  }
                >
                  {t('timer.discard')}
                </Button>
              </div>
            </>
          ) : (
            <StartTimerForm
              onStarted={() => {
                toast.show(t('timer.started'));
                close();
              }}
            />
          )}
        </div>
      ) : null}
    </div>
  );
}
