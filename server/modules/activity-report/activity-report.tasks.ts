import { registerPeriodicTask } from '../../jobs/periodic.ts';
import { runActivityDigests } from './activity-digest.service.ts';

/** The staff activity digests, on every worker tick (each due one is sent once). */
export function registerActivityReportTasks(): void {
  registerPeriodicTask('activity_report.digests', (ctx) => runActivityDigests(ctx));
}
