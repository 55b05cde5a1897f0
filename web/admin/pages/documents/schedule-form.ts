/**
 * The payment schedule editor's form: rows as typed (an amount in the document's currency or a
 * percentage with up to two decimals), the live preview with the server's rounding, the request body,
 * and the server's field issues in the editor's own words.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { previewInstalments, type InstalmentInput } from '../../../../contract/payment-schedule.ts';
import type { FieldIssue } from '../../../ui/api/errors.ts';
import type { AdminBody, AdminResponse } from '../../../ui/api/paths.ts';
import { formatDecimalInput, formatMoneyInput, parseDecimal, parseMoneyInput } from '../../../ui/billing-format.ts';
import { formatMoney } from '../../../ui/format.ts';

export type PaymentSchedule = AdminResponse<'/invoices/{id}/payment-schedule', 'get'>;
export type ScheduleBody = AdminBody<'/invoices/{id}/payment-schedule', 'put'>;

const scheduleRow = z.object({
  kind: z.enum(['deposit', 'instalment']),
  mode: z.enum(['amount', 'percent']),
  value: z.string().trim().min(1, 'common.required'),
  due_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'common.required'),
});
export const scheduleFormSchema = z.object({ instalments: z.array(scheduleRow).min(1).max(60) });
export type ScheduleFormValues = z.input<typeof scheduleFormSchema>;
export type ScheduleRowValues = ScheduleFormValues['instalments'][number];

/** Percentages are typed with two decimals: "33.33" → 3 333 basis points. */
const PERCENT_PLACES = 2;

export function blankRow(kind: ScheduleRowValues['kind'] = 'instalment'): ScheduleRowValues {
  return { kind, mode: 'amount', value: '', due_date: '' };
}

/** The editor's rows for a stored schedule (a percentage stays a percentage), or one empty row. */
export function rowsFromSchedule(schedule: PaymentSchedule | undefined, locale: string): ScheduleRowValues[] {
  if (!schedule || schedule.instalments.length === 0) return [blankRow()];
  return schedule.instalments.map((row) =>
    row.percent_basis_points !== null
      ? { kind: row.kind, mode: 'percent', value: formatDecimalInput(row.percent_basis_points, PERCENT_PLACES, locale, true), due_date: row.due_date }
      : { kind: row.kind, mode: 'amount', value: formatMoneyInput(row.amount_minor, schedule.currency, locale), due_date: row.due_date },
  );
}

/** One row as the API takes it, or undefined while its amount or percentage cannot be read. */
function inputOf(row: ScheduleRowValues, currency: string, locale: string): InstalmentInput | undefined {
  if (row.mode === 'amount') {
    const parsed = parseMoneyInput(row.value, currency, locale);
    return parsed.ok ? { kind: row.kind, amount_minor: parsed.value, due_date: row.due_date } : undefined;
  }
  const parsed = parseDecimal(row.value, PERCENT_PLACES, locale);
  return parsed.ok ? { kind: row.kind, percent_basis_points: parsed.value, due_date: row.due_date } : undefined;
}

/** The request body, or undefined when a row's figure cannot be read (the fields say which). */
export function toScheduleBody(values: ScheduleFormValues, currency: string, locale: string): ScheduleBody | undefined {
  const inputs = values.instalments.map((row) => inputOf(row, currency, locale));
  if (inputs.some((input) => input === undefined)) return undefined;
  return { instalments: inputs as ScheduleBody['instalments'] };
}

/** Each row's problem reading its figure (a translated sentence), by index. */
export function valueErrors(values: ScheduleFormValues, currency: string, locale: string, t: TFunction): (string | undefined)[] {
  return values.instalments.map((row) => {
    if (row.value.trim() === '') return undefined;
    return inputOf(row, currency, locale) === undefined ? t(row.mode === 'amount' ? 'schedule.errors.amountUnreadable' : 'schedule.errors.percentUnreadable') : undefined;
  });
}

export interface SchedulePreview {
  /** Each row's amount in minor units (null while it cannot be read). */
  amounts: (number | null)[];
  sumMinor: number;
  /** The rows come to the total exactly. */
  matches: boolean;
}

/** The live sum under the rows, rounded exactly as the server will. */
export function previewSchedule(values: ScheduleFormValues, totalMinor: number, currency: string, locale: string): SchedulePreview {
  const inputs = values.instalments.map((row) => inputOf(row, currency, locale) ?? { kind: row.kind, due_date: row.due_date, amount_minor: null });
  const readable = inputs.map((input) => input.amount_minor !== null || input.percent_basis_points !== undefined);
  const preview = previewInstalments(totalMinor, inputs);
  const amounts = preview.amounts.map((amount, i) => (readable[i] ? amount : null));
  return { amounts, sumMinor: preview.sumMinor, matches: preview.sumMinor === totalMinor && amounts.every((amount) => amount !== null) };
}

/** The editor's field for a field the server named: `instalments.2.percent_basis_points` → `instalments.2.value`. */
export function scheduleFieldName(serverField: string): string | undefined {
  const match = /^instalments\.(\d+)\.(amount_minor|percent_basis_points|due_date|kind)$/.exec(serverField);
  if (!match) return undefined;
  const field = match[2] === 'amount_minor' || match[2] === 'percent_basis_points' ? 'value' : match[2];
  return `instalments.${match[1]}.${field}`;
}

/** A field issue of the schedule in the editor's words (a schedule-wide one included), else undefined. */
export function scheduleIssueText(t: TFunction, issue: FieldIssue, currency: string, locale: string): string | undefined {
  const { field, code, params } = issue;
  if (field === 'instalments') {
    if (code === 'too_big') return t('schedule.errors.tooMany', { maximum: 60 });
    if (code === 'too_small') return t('schedule.errors.empty');
    const sum = typeof params.sum_minor === 'number' ? params.sum_minor : undefined;
    const total = typeof params.total_minor === 'number' ? params.total_minor : undefined;
    if (sum !== undefined && total !== undefined) return t('schedule.errors.sum', { sum: formatMoney(sum, currency, locale), total: formatMoney(total, currency, locale) });
    return undefined;
  }
  if (field.endsWith('.due_date')) return code === 'before_issue_date' ? t('schedule.errors.beforeIssue') : code === 'invalid' ? t('schedule.errors.notAscending') : undefined;
  if (field.endsWith('.kind')) return t('schedule.errors.deposit');
  if (field.endsWith('.amount_minor')) return code === 'too_small' ? t('schedule.errors.amountPositive') : t('schedule.errors.amountOrPercent');
  if (field.endsWith('.percent_basis_points')) return code === 'too_small' ? t('schedule.errors.percentTooSmall') : t('schedule.errors.percentRange');
  return undefined;
}
