import { z } from 'zod';

/**
 * Texts the server stores (activities, staff notifications, system entries of comment threads) are an
 * event code with parameters, never a sentence: each reader sees them in their own language
 * (contract/messages/render.ts). Parameters are plain data — names, numbers, amounts as minor units with
 * their currency, dates as ISO — and what each code carries is checked here, at compile time through
 * the types and at run time through the schemas.
 */

const name = z.string().max(500);
/** Text a person wrote (a reason, a message); shown as written. Null only in rows older than codes. */
const text = z.string().max(5000).nullable();
const documentNumber = z.string().max(100);
const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const messageDocumentKinds = ['invoice', 'retainer_invoice', 'estimate', 'credit_note'] as const;
export const messageDocumentKind = z.enum(messageDocumentKinds);
export type MessageDocumentKind = z.infer<typeof messageDocumentKind>;

/** What a contact can forward from the portal: a document, a sales order or the statement. */
export const forwardedKinds = ['invoice', 'retainer_invoice', 'estimate', 'credit_note', 'sales_order', 'statement'] as const;
export type ForwardedKind = (typeof forwardedKinds)[number];

/** An amount in minor units of its currency (ISO 4217). */
export const messageMoney = z.object({ amount_minor: z.number().int(), currency: z.string().regex(/^[A-Z]{3}$/) });
export type MessageMoney = z.infer<typeof messageMoney>;

/** What a contact can change about themselves, and about their company. */
export const personalFields = ['first_name', 'last_name', 'phone', 'language'] as const;
export const companyFields = ['company_name', 'phone', 'tax_number', 'billing_address', 'shipping_address'] as const;
export type PersonalField = (typeof personalFields)[number];
export type CompanyField = (typeof companyFields)[number];
/** What a contact did to one of the customer's shipping addresses. */
export const shippingAddressChanges = ['added', 'updated', 'removed', 'made_default'] as const;
export type ShippingAddressChange = (typeof shippingAddressChanges)[number];

export const messageParamSchemas = {
  /** A person signed up through the portal, creating the customer `company`. */
  'portal.signed_up': z.object({ actor: name, company: name }),
  'portal.invitation_accepted': z.object({ actor: name, customer: name }),
  /** `customer` is null while the person had not chosen one of several accounts. */
  'portal.signed_in': z.object({ actor: name, customer: name.nullable() }),
  'portal.password_changed': z.object({ actor: name, customer: name }),
  'portal.password_reset': z.object({ actor: name, customer: name.nullable() }),
  /** `fields`: what changed (may be empty when a request changed nothing). */
  'portal.details_updated': z.object({ actor: name, customer: name, fields: z.array(z.enum(personalFields)) }),
  /** `changes`: each changed field's value before and after, as short text (null: there was none); absent in older rows. */
  'portal.company_updated': z.object({
    actor: name,
    customer: name,
    fields: z.array(z.enum(companyFields)),
    changes: z.array(z.object({ field: z.enum(companyFields), before: text, after: text })).max(10).optional(),
  }),
  /** A contact changed the customer's shipping addresses: `label` the address's name. */
  'portal.shipping_address_changed': z.object({ actor: name, customer: name, change: z.enum(shippingAddressChanges), label: name }),
  'document.viewed': z.object({ actor: name, customer: name, kind: messageDocumentKind, number: documentNumber }),
  'document.commented': z.object({ actor: name, customer: name, kind: messageDocumentKind, number: documentNumber }),
  /** The business sent a document (the portal's recent activity). */
  'document.sent': z.object({ business: name, kind: messageDocumentKind, number: documentNumber }),
  /** The business recorded a payment of the customer (the portal's recent activity). */
  'payment.recorded': z.object({ business: name, amount: messageMoney }),
  /** A contact (or, through the API, the customer) paid online: the payment's number and what it paid. */
  'payment.received': z.object({ actor: name, customer: name, number: documentNumber, documents: z.array(documentNumber).max(100), amount: messageMoney }),
  /** A bank payment that was pending failed at the bank; its documents are open again. `reason` is the bank's. */
  'payment.failed': z.object({ actor: name, customer: name, documents: z.array(documentNumber).max(100), amount: messageMoney, reason: text }),
  /** The business refunded (part of) a payment. */
  'payment.refunded': z.object({ business: name, customer: name, number: documentNumber, amount: messageMoney }),
  /** `line` is the disputed line's name, null when the whole invoice is disputed. */
  'invoice.disputed': z.object({ actor: name, customer: name, number: documentNumber, line: name.nullable(), reason: text }),
  'estimate.accepted': z.object({ actor: name, customer: name, number: documentNumber }),
  'estimate.declined': z.object({ actor: name, customer: name, number: documentNumber, reason: text }),
  'estimate.changes_requested': z.object({ actor: name, customer: name, number: documentNumber, message: text }),
  'statement.downloaded': z.object({ actor: name, customer: name, from: calendarDate, to: calendarDate }),
  /** A contact placed a sales order in the portal; `awaiting_approval` while staff still have to approve it. */
  'sales_order.placed': z.object({ actor: name, customer: name, number: documentNumber, amount: messageMoney, awaiting_approval: z.boolean() }),
  /** A contact commented on one of its customer's sales orders. */
  'sales_order.commented': z.object({ actor: name, customer: name, number: documentNumber }),
  /** A contact cancelled a subscription: at once (`immediately`, ending today) or at the end of the period paid for; `reason` the label chosen and the text written. */
  'subscription.cancelled': z.object({ actor: name, customer: name, number: documentNumber, plan: name, immediately: z.boolean(), ends_on: calendarDate, reason: text }),
  'subscription.reactivated': z.object({ actor: name, customer: name, number: documentNumber, plan: name }),
  'subscription.trial_converted': z.object({ actor: name, customer: name, number: documentNumber, plan: name }),
  'subscription.trial_extended': z.object({ actor: name, customer: name, number: documentNumber, plan: name, days: z.number().int(), trial_end: calendarDate }),
  /** A change of plan, quantity or add-ons: `plan` the plan after it; `scheduled` when it waits for the end of the period (`effective_on`). */
  'subscription.changed': z.object({ actor: name, customer: name, number: documentNumber, plan: name, scheduled: z.boolean(), effective_on: calendarDate }),
  'subscription.paused': z.object({ actor: name, customer: name, number: documentNumber, plan: name, resume_on: calendarDate.nullable() }),
  'subscription.resumed': z.object({ actor: name, customer: name, number: documentNumber, plan: name }),
  /** `method`: how the method is shown (brand and last four). */
  'subscription.payment_method_changed': z.object({ actor: name, customer: name, number: documentNumber, plan: name, method: name }),
  /** A contact reviewed the business: a rating of 1 to 5 and what they wrote. */
  'review.submitted': z.object({ actor: name, customer: name, rating: z.number().int().min(1).max(5), body: text }),
  /** A contact forwarded a document (`number` null for the statement) to `recipient` (an email address). */
  'document.forwarded': z.object({ actor: name, customer: name, kind: z.enum(forwardedKinds), number: documentNumber.nullable(), recipient: name }),
  /** Thread entry of an accepted estimate: the name the person signed with. */
  'comment.estimate_accepted': z.object({ signer: name }),
  /** Thread entry of an estimate staff marked accepted for the customer: who on staff, and who accepted (if said). */
  'comment.estimate_marked_accepted': z.object({ staff: name, signer: name.nullable() }),
  /** Thread entry of an estimate staff marked declined for the customer: who on staff, and the reason (if given). */
  'comment.estimate_marked_declined': z.object({ staff: name, reason: text }),
  /** A contact approved time entries of a project: how many and how long in all (minutes); `week_start` when a whole week was approved. */
  'project.time_approved': z.object({ actor: name, customer: name, project: name, count: z.number().int(), minutes: z.number().int(), week_start: calendarDate.nullable() }),
  /** A contact queried a time entry of a project (the task and day worked) with a comment. */
  'project.time_queried': z.object({ actor: name, customer: name, project: name, task: name, work_date: calendarDate, comment: text }),
  /** The business submitted time of a project for the customer's approval: how many entries and how long in all (minutes). */
  'project.time_submitted': z.object({ business: name, customer: name, project: name, count: z.number().int(), minutes: z.number().int() }),
  /** The business answered a contact's query of a time entry (the task and day worked) with a comment; the entry awaits approval again. */
  'project.query_answered': z.object({ business: name, customer: name, project: name, task: name, work_date: calendarDate, comment: text }),
  /** A contact commented on a project. */
  'project.commented': z.object({ actor: name, customer: name, project: name }),
  /** Thread entry of a disputed line: the line's name and the reason. */
  'comment.line_disputed': z.object({ line: name, reason: z.string().max(5000) }),
} as const;

export type MessageCode = keyof typeof messageParamSchemas;
export const messageCodes = Object.keys(messageParamSchemas) as MessageCode[];
export type MessageParams<C extends MessageCode> = z.infer<(typeof messageParamSchemas)[C]>;

/** A code with the parameters it needs: `{ code: 'estimate.accepted', params: { actor, customer, number } }`. */
export type EventMessage = { [C in MessageCode]: { code: C; params: MessageParams<C> } }[MessageCode];

export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && Object.hasOwn(messageParamSchemas, value);
}

/** The message when `code` is known and `params` fit it; undefined otherwise (an unknown or damaged row). */
export function parseEventMessage(code: unknown, params: unknown): EventMessage | undefined {
  if (!isMessageCode(code)) return undefined;
  const parsed = messageParamSchemas[code].safeParse(params);
  return parsed.success ? ({ code, params: parsed.data } as EventMessage) : undefined;
}

/** Like parseEventMessage, but a mismatch is a programming error: it throws, naming the code. */
export function assertEventMessage(message: EventMessage): EventMessage {
  const parsed = parseEventMessage(message.code, message.params);
  if (!parsed) throw new Error(`The parameters do not fit the message ${message.code}`);
  return parsed;
}
