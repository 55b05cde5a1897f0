import { z } from 'zod';
import { FULL_PERCENT_BASIS_POINTS, MAX_INSTALMENTS, instalmentKinds } from '../../../contract/payment-schedule.ts';
import { dateOnlyField } from '../payment/payment.schemas.ts';
import { instalmentResponse } from '../online-payment/online-payment.schemas.ts';

/** One row of a schedule: an amount in minor units or a percentage of the total in basis points (2 500 = 25 %). */
export const instalmentInput = z
  .object({
    kind: z.enum(instalmentKinds),
    amount_minor: z.number().int('must be an integer amount in minor units').min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
    percent_basis_points: z.number().int('must be whole basis points (1 = 0.01 %)').min(1).max(FULL_PERCENT_BASIS_POINTS).nullable().optional(),
    due_date: dateOnlyField,
  })
  .strict();

/** Replaces the schedule: the rows in order (a deposit, if any, first), summing exactly to the total. */
export const putScheduleBody = z.object({ instalments: z.array(instalmentInput).min(1).max(MAX_INSTALMENTS) }).strict();
export type PutScheduleBody = z.infer<typeof putScheduleBody>;

export const scheduleInstalmentResponse = instalmentResponse.extend({
  /** Set when staff gave a percentage of the total; `amount_minor` is what it came to. */
  percent_basis_points: z.number().int().nullable(),
});
export type ScheduleInstalmentResponse = z.infer<typeof scheduleInstalmentResponse>;

export const scheduleResponse = z.object({
  document_id: z.string(),
  currency: z.string(),
  total_minor: z.number().int(),
  balance_minor: z.number().int(),
  /** The instalments in order, covered by what was paid and credited the earliest first; empty without a schedule. */
  instalments: z.array(scheduleInstalmentResponse),
  /** Overdue and due instalments' remainders; when none is due, the next instalment's; never above the balance. */
  due_now_minor: z.number().int(),
  overdue: z.boolean(),
  /** False when the document's total changed after the schedule was set (a draft edited): it is not applied until set again. */
  matches_total: z.boolean(),
});
export type ScheduleResponse = z.infer<typeof scheduleResponse>;

export const overdueInstalmentResponse = z.object({
  document_id: z.string(),
  kind: z.enum(['invoice', 'retainer_invoice']),
  number: z.string(),
  due_date: z.string(),
  remaining_minor: z.number().int(),
  currency: z.string(),
});
export const overdueInstalmentsResponse = z.object({ data: z.array(overdueInstalmentResponse) });
