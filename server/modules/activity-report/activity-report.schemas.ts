import { z } from 'zod';
import { isPlainDate } from '../../../contract/calendar.ts';
import { activityDigests, reportIntervals } from './activity-report.ts';

const day = z.string().refine(isPlainDate, 'must be a date as YYYY-MM-DD');
const code = z.string().trim().min(1).max(64);

export const reportQuery = z
  .object({
    from: day.optional(),
    to: day.optional(),
    interval: z.enum(reportIntervals).optional(),
    module: code.optional(),
    action: code.optional(),
    customer_id: code.optional(),
    contact_person_id: code.optional(),
  })
  .strict();
export type ReportQueryInput = z.infer<typeof reportQuery>;

const count = z.number().int().min(0);

export const reportResponse = z.object({
  from: z.string(),
  to: z.string(),
  interval: z.enum(reportIntervals),
  time_zone: z.string(),
  total: count,
  /** The table: one row per module and action, by module then action; the CSV holds exactly these. */
  rows: z.array(z.object({ module: z.string(), action: z.string(), count })),
  modules: z.array(z.object({ module: z.string(), count })),
  customers: z.array(z.object({ customer_id: z.string(), display_name: z.string(), count })),
  contacts: z.array(z.object({ contact_person_id: z.string(), customer_id: z.string().nullable(), name: z.string(), count })),
  /** The chart: every day, week (from Monday) or month of the period, on the organization's calendar. */
  series: z.array(z.object({ start: z.string(), count })),
});

export const digestPreferenceBody = z.object({ activity_digest: z.enum(activityDigests) }).strict();

export const digestPreferenceResponse = z.object({
  activity_digest: z.enum(activityDigests),
  sent_until: z.string().nullable(),
});
