import type { MessageCatalog, MessageFormat } from './catalog.ts';
import type { CompanyField, ForwardedKind, MessageDocumentKind, MessageParams, PersonalField, ShippingAddressChange } from './message-codes.ts';

const kinds: Record<MessageDocumentKind, string> = {
  invoice: 'invoice',
  retainer_invoice: 'retainer invoice',
  estimate: 'estimate',
  credit_note: 'credit note',
};
const fields: Record<PersonalField | CompanyField, string> = {
  first_name: 'first name',
  last_name: 'last name',
  phone: 'phone',
  language: 'language',
  tax_number: 'tax number',
  company_name: 'company name',
  billing_address: 'billing address',
  shipping_address: 'shipping address',
};
const listed = (changed: readonly (PersonalField | CompanyField)[], f: MessageFormat) => (changed.length > 0 ? `: ${f.list(changed.map((x) => fields[x]))}` : '');
const of = (customer: string | null) => (customer ? ` (${customer})` : '');
/** The changed fields, with their values before and after where the message has them. */
const changed = (p: MessageParams<'portal.company_updated'>, f: MessageFormat) =>
  p.changes && p.changes.length > 0 ? `: ${f.list(p.changes.map((c) => `${fields[c.field]} (${c.before ?? '—'} → ${c.after ?? '—'})`))}` : listed(p.fields, f);
const shippingChanges: Record<ShippingAddressChange, (label: string) => string> = {
  added: (label) => `added the shipping address ${label}`,
  updated: (label) => `changed the shipping address ${label}`,
  removed: (label) => `removed the shipping address ${label}`,
  made_default: (label) => `made ${label} the default shipping address`,
};
const because = (text: string | null) => (text ? `: ${text}` : '');

const forwarded: Record<ForwardedKind, string> = {
  invoice: 'invoice',
  retainer_invoice: 'retainer invoice',
  estimate: 'estimate',
  credit_note: 'credit note',
  sales_order: 'order',
  statement: 'the statement of accounts',
};
const hm = (minutes: number) => `${Math.floor(minutes / 60)} h ${minutes % 60} min`;

export const en: MessageCatalog = {
  'portal.signed_up': {
    staff: (p) => `${p.actor} signed up for the portal as ${p.company}`,
    customer: (p) => `${p.actor} signed up for the portal`,
  },
  'portal.invitation_accepted': {
    staff: (p) => `${p.actor}${of(p.customer)} accepted the portal invitation`,
    customer: (p) => `${p.actor} accepted the invitation`,
  },
  'portal.signed_in': {
    staff: (p) => `${p.actor}${of(p.customer)} signed in to the portal`,
    customer: (p) => `${p.actor} signed in`,
  },
  'portal.password_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} changed their portal password`,
    customer: (p) => `${p.actor} changed the password`,
  },
  'portal.password_reset': {
    staff: (p) => `${p.actor}${of(p.customer)} reset their portal password`,
    customer: (p) => `${p.actor} reset the password`,
  },
  'portal.details_updated': {
    staff: (p, f) => `${p.actor}${of(p.customer)} updated their details${listed(p.fields, f)}`,
    customer: (p, f) => `${p.actor} updated the account details${listed(p.fields, f)}`,
  },
  'portal.company_updated': {
    staff: (p, f) => `${p.actor}${of(p.customer)} updated the company details${changed(p, f)}`,
    customer: (p, f) => `${p.actor} updated the company details${changed(p, f)}`,
  },
  'portal.shipping_address_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} ${shippingChanges[p.change](p.label)}`,
    customer: (p) => `${p.actor} ${shippingChanges[p.change](p.label)}`,
  },
  'document.viewed': {
    staff: (p) => `${p.actor}${of(p.customer)} viewed ${kinds[p.kind]} ${p.number}`,
    customer: (p) => `${p.actor} viewed ${kinds[p.kind]} ${p.number}`,
  },
  'document.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} commented on ${kinds[p.kind]} ${p.number}`,
    customer: (p) => `${p.actor} commented on ${kinds[p.kind]} ${p.number}`,
  },
  'document.sent': {
    staff: (p) => `${p.business} sent ${kinds[p.kind]} ${p.number}`,
    customer: (p) => `${p.business} sent you ${kinds[p.kind]} ${p.number}`,
  },
  'payment.recorded': {
    staff: (p, f) => `${p.business} recorded a payment of ${f.money(p.amount)}`,
    customer: (p, f) => `${p.business} recorded your payment of ${f.money(p.amount)}`,
  },
  'payment.received': {
    staff: (p, f) => `${p.actor}${p.actor === p.customer ? '' : of(p.customer)} paid ${f.money(p.amount)}${p.documents.length > 0 ? ` for ${f.list(p.documents)}` : ''} (${p.number})`,
    customer: (p, f) => `${p.actor} paid ${f.money(p.amount)}${p.documents.length > 0 ? ` for ${f.list(p.documents)}` : ''} (${p.number})`,
  },
  'payment.failed': {
    staff: (p, f) => `The bank payment of ${f.money(p.amount)} by ${p.actor}${p.actor === p.customer ? '' : of(p.customer)}${p.documents.length > 0 ? ` for ${f.list(p.documents)}` : ''} failed${because(p.reason)}`,
    customer: (p, f) => `The bank payment of ${f.money(p.amount)} by ${p.actor}${p.documents.length > 0 ? ` for ${f.list(p.documents)}` : ''} failed${because(p.reason)}; the balance is open again`,
  },
  'payment.refunded': {
    staff: (p, f) => `${p.business} refunded ${f.money(p.amount)} of payment ${p.number}${of(p.customer)}`,
    customer: (p, f) => `${p.business} refunded ${f.money(p.amount)} of your payment ${p.number}`,
  },
  'invoice.disputed': {
    staff: (p) => `${p.actor}${of(p.customer)} disputed ${p.line ? `a line (“${p.line}”) of invoice` : 'invoice'} ${p.number}${because(p.reason)}`,
    customer: (p) => `${p.actor} disputed ${p.line ? `a line (“${p.line}”) of invoice` : 'invoice'} ${p.number}${because(p.reason)}`,
  },
  'estimate.accepted': {
    staff: (p) => `${p.actor}${of(p.customer)} accepted estimate ${p.number}`,
    customer: (p) => `${p.actor} accepted estimate ${p.number}`,
  },
  'estimate.declined': {
    staff: (p) => `${p.actor}${of(p.customer)} declined estimate ${p.number}${because(p.reason)}`,
    customer: (p) => `${p.actor} declined estimate ${p.number}${because(p.reason)}`,
  },
  'estimate.changes_requested': {
    staff: (p) => `${p.actor}${of(p.customer)} asked for changes to estimate ${p.number}${because(p.message)}`,
    customer: (p) => `${p.actor} asked for changes to estimate ${p.number}${because(p.message)}`,
  },
  'statement.downloaded': {
    staff: (p, f) => `${p.actor}${of(p.customer)} downloaded the statement for ${f.date(p.from)} – ${f.date(p.to)}`,
    customer: (p, f) => `${p.actor} downloaded the statement for ${f.date(p.from)} – ${f.date(p.to)}`,
  },
  'sales_order.placed': {
    staff: (p, f) => `${p.actor}${of(p.customer)} placed order ${p.number} for ${f.money(p.amount)}${p.awaiting_approval ? ', awaiting your approval' : ''}`,
    customer: (p, f) => `${p.actor} placed order ${p.number} for ${f.money(p.amount)}`,
  },
  'sales_order.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} commented on order ${p.number}`,
    customer: (p) => `${p.actor} commented on order ${p.number}`,
  },
  'subscription.cancelled': {
    staff: (p, f) => `${p.actor}${of(p.customer)} cancelled subscription ${p.number} (${p.plan}) ${p.immediately ? `with immediate effect on ${f.date(p.ends_on)}` : `at the end of its period, on ${f.date(p.ends_on)}`}${because(p.reason)}`,
    customer: (p, f) => `${p.actor} cancelled subscription ${p.number} (${p.plan}) ${p.immediately ? `with immediate effect on ${f.date(p.ends_on)}` : `at the end of its period, on ${f.date(p.ends_on)}`}${because(p.reason)}`,
  },
  'subscription.reactivated': {
    staff: (p) => `${p.actor}${of(p.customer)} reactivated subscription ${p.number} (${p.plan})`,
    customer: (p) => `${p.actor} reactivated subscription ${p.number} (${p.plan})`,
  },
  'subscription.trial_converted': {
    staff: (p) => `${p.actor}${of(p.customer)} converted the trial of subscription ${p.number} (${p.plan}) to a paid subscription`,
    customer: (p) => `${p.actor} converted the trial of subscription ${p.number} (${p.plan}) to a paid subscription`,
  },
  'subscription.trial_extended': {
    staff: (p, f) => `${p.actor}${of(p.customer)} extended the trial of subscription ${p.number} (${p.plan}) by ${p.days} days, to ${f.date(p.trial_end)}`,
    customer: (p, f) => `${p.actor} extended the trial of subscription ${p.number} (${p.plan}) by ${p.days} days, to ${f.date(p.trial_end)}`,
  },
  'subscription.changed': {
    staff: (p, f) => p.scheduled ? `${p.actor}${of(p.customer)} scheduled a change of subscription ${p.number} to ${p.plan} for ${f.date(p.effective_on)}` : `${p.actor}${of(p.customer)} changed subscription ${p.number} to ${p.plan} from ${f.date(p.effective_on)}`,
    customer: (p, f) => p.scheduled ? `${p.actor} scheduled a change of subscription ${p.number} to ${p.plan} for ${f.date(p.effective_on)}` : `${p.actor} changed subscription ${p.number} to ${p.plan} from ${f.date(p.effective_on)}`,
  },
  'subscription.paused': {
    staff: (p, f) => `${p.actor}${of(p.customer)} paused subscription ${p.number} (${p.plan})${p.resume_on ? ` until ${f.date(p.resume_on)}` : ''}`,
    customer: (p, f) => `${p.actor} paused subscription ${p.number} (${p.plan})${p.resume_on ? ` until ${f.date(p.resume_on)}` : ''}`,
  },
  'subscription.resumed': {
    staff: (p) => `${p.actor}${of(p.customer)} resumed subscription ${p.number} (${p.plan})`,
    customer: (p) => `${p.actor} resumed subscription ${p.number} (${p.plan})`,
  },
  'subscription.payment_method_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} changed the payment method of subscription ${p.number} (${p.plan}) to ${p.method}`,
    customer: (p) => `${p.actor} changed the payment method of subscription ${p.number} (${p.plan}) to ${p.method}`,
  },
  'review.submitted': {
    staff: (p) => `${p.actor}${of(p.customer)} rated you ${p.rating} of 5${because(p.body)}`,
    customer: (p) => `${p.actor} left a review of ${p.rating} of 5${because(p.body)}`,
  },
  'document.forwarded': {
    staff: (p) => `${p.actor}${of(p.customer)} forwarded ${forwarded[p.kind]}${p.number ? ` ${p.number}` : ''} to ${p.recipient}`,
    customer: (p) => `${p.actor} forwarded ${forwarded[p.kind]}${p.number ? ` ${p.number}` : ''} to ${p.recipient}`,
  },
  'comment.estimate_accepted': (p) => `Accepted by ${p.signer}`,
  'comment.estimate_marked_accepted': {
    staff: (p) => `Marked as accepted on the customer’s behalf by ${p.staff}${p.signer ? `; accepted by ${p.signer}` : ''}`,
    customer: (p) => `Recorded as accepted by ${p.staff}${p.signer ? ` (accepted by ${p.signer})` : ''}`,
  },
  'comment.estimate_marked_declined': {
    staff: (p) => `Marked as declined on the customer’s behalf by ${p.staff}${because(p.reason)}`,
    customer: (p) => `Recorded as declined by ${p.staff}${because(p.reason)}`,
  },
  'project.time_approved': {
    staff: (p, f) => `${p.actor}${of(p.customer)} approved ${p.count} time ${p.count === 1 ? 'entry' : 'entries'} (${hm(p.minutes)}) of project ${p.project}${p.week_start ? ` for the week of ${f.date(p.week_start)}` : ''}`,
    customer: (p, f) => `${p.actor} approved ${p.count} time ${p.count === 1 ? 'entry' : 'entries'} (${hm(p.minutes)}) of project ${p.project}${p.week_start ? ` for the week of ${f.date(p.week_start)}` : ''}`,
  },
  'project.time_queried': {
    staff: (p, f) => `${p.actor}${of(p.customer)} queried the time on ${p.task} of ${f.date(p.work_date)} in project ${p.project}${because(p.comment)}`,
    customer: (p, f) => `${p.actor} queried the time on ${p.task} of ${f.date(p.work_date)} in project ${p.project}${because(p.comment)}`,
  },
  'project.time_submitted': {
    staff: (p) => `${p.business} submitted ${p.count} time ${p.count === 1 ? 'entry' : 'entries'} (${hm(p.minutes)}) of project ${p.project}${of(p.customer)} for approval`,
    customer: (p) => `${p.business} submitted ${p.count} time ${p.count === 1 ? 'entry' : 'entries'} (${hm(p.minutes)}) of project ${p.project} for your approval`,
  },
  'project.query_answered': {
    staff: (p, f) => `${p.business} answered the query about ${p.task} of ${f.date(p.work_date)} in project ${p.project}${of(p.customer)}${because(p.comment)}`,
    customer: (p, f) => `${p.business} answered your query about the time on ${p.task} of ${f.date(p.work_date)} in project ${p.project}${because(p.comment)}`,
  },
  'project.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} commented on project ${p.project}`,
    customer: (p) => `${p.actor} commented on project ${p.project}`,
  },
  'comment.line_disputed': (p) => `“${p.line}”: ${p.reason}`,
};
