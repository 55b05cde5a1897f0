import type { AppContext } from '../context.ts';

/**
 * Work the worker does on every tick besides jobs and mail: reconciling payments left open, delivering
 * the test gateway's due webhooks, … Each task finds its own due rows (and on PostgreSQL locks them), so
 * several instances may tick at once. A task that throws is logged and the others still run.
 */
export type PeriodicTask = (ctx: AppContext) => Promise<unknown>;

const tasks = new Map<string, PeriodicTask>();

export function registerPeriodicTask(name: string, task: PeriodicTask): void {
  tasks.set(name, task);
}

export async function runPeriodicTasks(ctx: AppContext): Promise<void> {
  for (const [name, task] of tasks) {
    try {
      await task(ctx);
    } catch (error) {
      ctx.logger.error({ err: error, task: name }, 'periodic task failed');
    }
  }
}
