import type { Audience } from '../../../contract/messages/catalog.ts';
import { companyFields, parseEventMessage, personalFields, type EventMessage } from '../../../contract/messages/message-codes.ts';
import { renderMessage } from '../../../contract/messages/render.ts';
import type { Language } from '../../../contract/portal.ts';
import { kindSegments } from '../portal-document/portal-document.ts';

/** What an activity row says about its event, with the customer's name joined in. */
export interface StoredActivity {
  module: string;
  action: string;
  actor_name: string;
  details: string | null;
  message_code: string | null;
  message_params: string | null;
  customer_name: string | null;
}

/** The columns a notification's message is read from: its activity, joined with the activity's customer. */
export const activityMessageColumns = [
  'activities.module as activity_module',
  'activities.action as activity_action',
  'activities.actor_name as activity_actor_name',
  'activities.details as activity_details',
  'activities.message_code as activity_message_code',
  'activities.message_params as activity_message_params',
  'customers.display_name as activity_customer_name',
] as const;

export interface ActivityColumns {
  activity_module: string | null;
  activity_action: string | null;
  activity_actor_name: string | null;
  activity_details: string | null;
  activity_message_code: string | null;
  activity_message_params: string | null;
  activity_customer_name: string | null;
}

export function activityOf(row: ActivityColumns): StoredActivity {
  return {
    module: row.activity_module ?? '',
    action: row.activity_action ?? '',
    actor_name: row.activity_actor_name ?? '',
    details: row.activity_details,
    message_code: row.activity_message_code,
    message_params: row.activity_message_params,
    customer_name: row.activity_customer_name,
  };
}

/** How a row reads out: its message, and whether it says all that the row's event was. */
interface ReadMessage {
  message: EventMessage;
  /** False when the old row lacks a part its English text had (a reason): that text says more. */
  complete: boolean;
}

function parseJson(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * An activity older than message codes, read back from what it recorded (module, action, actor, details
 * and its customer): the same event as a code, so that it too reads in each reader's language.
 */
function readLegacyActivity(row: StoredActivity): ReadMessage | undefined {
  const details = parseJson(row.details);
  const actor = row.actor_name;
  const customer = row.customer_name;
  const number = text(details.number);
  const kind = kindSegments[row.module as keyof typeof kindSegments] as (typeof kindSegments)[keyof typeof kindSegments] | undefined;
  const asRead = (message: EventMessage | undefined, whole = true) => {
    const parsed = message ? parseEventMessage(message.code, message.params) : undefined;
    return parsed ? { message: parsed, complete: whole } : undefined;
  };
  switch (`${row.module}/${row.action}`) {
    case 'portal/signin':
      return asRead({ code: 'portal.signed_in', params: { actor, customer } });
    case 'portal/signup':
      return customer ? asRead({ code: 'portal.signed_up', params: { actor, company: customer } }) : undefined;
    case 'portal/invitation_accepted':
      return customer ? asRead({ code: 'portal.invitation_accepted', params: { actor, customer } }) : undefined;
    case 'portal/password_changed':
      if (details.method === 'password_reset') return asRead({ code: 'portal.password_reset', params: { actor, customer } });
      return customer ? asRead({ code: 'portal.password_changed', params: { actor, customer } }) : undefined;
    case 'portal/account_updated': {
      const fields = Array.isArray(details.fields) ? personalFields.filter((field) => (details.fields as unknown[]).includes(field)) : [];
      return customer ? asRead({ code: 'portal.details_updated', params: { actor, customer, fields } }) : undefined;
    }
    case 'company/company_updated': {
      const fields = Array.isArray(details.fields) ? companyFields.filter((field) => (details.fields as unknown[]).includes(field)) : [];
      return customer ? asRead({ code: 'portal.company_updated', params: { actor, customer, fields } }) : undefined;
    }
    case 'statement/statement_downloaded':
      return customer ? asRead({ code: 'statement.downloaded', params: { actor, customer, from: String(details.from), to: String(details.to) } }) : undefined;
  }
  if (!customer || !number) return undefined;
  switch (row.action) {
    case 'document_viewed':
      return kind ? asRead({ code: 'document.viewed', params: { actor, customer, kind, number } }) : undefined;
    case 'comment_added':
      return kind ? asRead({ code: 'document.commented', params: { actor, customer, kind, number } }) : undefined;
    case 'estimate_accepted':
      return asRead({ code: 'estimate.accepted', params: { actor, customer, number } });
    // The reasons were only in the English text.
    case 'estimate_declined':
      return asRead({ code: 'estimate.declined', params: { actor, customer, number, reason: null } }, false);
    case 'changes_requested':
      return asRead({ code: 'estimate.changes_requested', params: { actor, customer, number, message: null } }, false);
    case 'invoice_disputed':
      return asRead({ code: 'invoice.disputed', params: { actor, customer, number, line: null, reason: null } }, false);
  }
  return undefined;
}

/** The row's event as a message: from its code, or read back from an older row. */
export function readActivityMessage(row: StoredActivity): ReadMessage | undefined {
  if (row.message_code !== null) {
    const message = parseEventMessage(row.message_code, parseJson(row.message_params));
    return message ? { message, complete: true } : undefined;
  }
  return readLegacyActivity(row);
}

/** The message fields of an API answer: the text in the reader's language, and the code with its parameters. */
export interface PresentedMessage {
  message: string;
  message_code: string | null;
  message_params: Record<string, unknown> | null;
}

/**
 * An activity (or a notification of it) for one reader. `storedText` is the English text a notification
 * older than codes kept: it is shown when the row cannot be read back whole.
 */
export function presentActivityMessage(row: StoredActivity, language: Language, audience: Audience, storedText = ''): PresentedMessage {
  const read = readActivityMessage(row);
  if (read && (read.complete || storedText === '')) {
    return { message: renderMessage(language, read.message, audience), message_code: read.message.code, message_params: read.message.params };
  }
  return { message: storedText || `${row.actor_name}: ${row.module} · ${row.action.replaceAll('_', ' ')}`, message_code: null, message_params: null };
}
