import type { AppContext } from './context.ts';
import { drainOutbox } from './email/outbox.ts';
import { runPeriodicTasks } from './jobs/periodic.ts';
import { runDueJobs } from './jobs/queue.ts';

export interface RunningWorker {
  stop(): Promise<void>;
}

/** Runs queued jobs and periodic tasks (jobs/periodic.ts) and drains the email outbox; started in-process by main.ts unless RUN_WORKER=false. */
export function startWorker(ctx: AppContext, intervalMs = 1000): RunningWorker {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      await runDueJobs(ctx);
      await runPeriodicTasks(ctx);
      await drainOutbox(ctx);
    } catch (error) {
      ctx.logger.error({ err: error }, 'worker tick failed');
    }
  };
  const timer = setInterval(() => {
    if (stopped) return;
    running = running.then(tick);
  }, intervalMs);
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
