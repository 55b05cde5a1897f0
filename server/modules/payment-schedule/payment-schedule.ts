/**
 * The payment schedule's pure rules (planning amounts, covering instalments in order, what is due now).
 * They live in contract/payment-schedule.ts so that the console's editor rounds exactly as the server does.
 */
export {
  FULL_PERCENT_BASIS_POINTS,
  MAX_INSTALMENTS,
  instalmentKinds,
  instalmentStates,
  largestRemainderAmounts,
  planInstalments,
  previewInstalments,
  type InstalmentInput,
  type InstalmentKind,
  type InstalmentStatus,
  type PlanResult,
  type PlannedInstalment,
  type ScheduleState,
  type ScheduledInstalment,
} from '../../../contract/payment-schedule.ts';
