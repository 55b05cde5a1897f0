/**
 * Pay links (docs/payments.md, "Pay links"): a signed token bound to one organization, one document
 * and one contact, with an expiry. It is never stored and never used up — opening a link writes
 * nothing, so a mail scanner that follows it is harmless. Pure functions, no I/O.
 *
 * Layout, base64url: version (1 byte) · organization id · document id · contact id (16 bytes each,
 * the UUIDs' bytes) · expiry (4 bytes, Unix seconds) · HMAC-SHA256 of all of that (32 bytes).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { addDays } from '../../../contract/calendar.ts';

const VERSION = 1;
const MAC_BYTES = 32;
const PAYLOAD_BYTES = 1 + 16 * 3 + 4;
/** How long a link stays usable: 60 days after it was issued, and never less than 60 days past the due date. */
export const PAY_LINK_DAYS = 60;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PayLinkClaims {
  organizationId: string;
  documentId: string;
  contactPersonId: string;
  /** Unix seconds. */
  expiresAt: number;
}

/** The key of pay links alone, derived from the instance secret (other tokens use other purposes). */
export function payLinkKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('portico:pay-link:v1').digest();
}

/**
 * When a link issued at `issuedAt` for a document due on `dueDate` stops working: the later of
 * 60 days after issue and 60 days after the due date (its end, UTC), so a reminder sent late in a
 * long payment term still carries a working link, and a link mailed today works for 60 days.
 */
export function payLinkExpiry(issuedAt: Date, dueDate: string | null): number {
  const afterIssue = Math.floor(issuedAt.getTime() / 1000) + PAY_LINK_DAYS * 86_400;
  if (!dueDate) return afterIssue;
  const afterDue = Math.floor(Date.parse(`${addDays(dueDate, PAY_LINK_DAYS + 1)}T00:00:00Z`) / 1000);
  return Math.max(afterIssue, afterDue);
}

function uuidBytes(id: string): Buffer {
  if (!uuidPattern.test(id)) throw new Error(`a pay link names UUIDs only, not ${id}`);
  return Buffer.from(id.replaceAll('-', ''), 'hex');
}

function uuidOf(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const mac = (key: Buffer, payload: Buffer) => createHmac('sha256', key).update(payload).digest();

export function signPayLink(key: Buffer, claims: PayLinkClaims): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload.writeUInt8(VERSION, 0);
  uuidBytes(claims.organizationId).copy(payload, 1);
  uuidBytes(claims.documentId).copy(payload, 17);
  uuidBytes(claims.contactPersonId).copy(payload, 33);
  payload.writeUInt32BE(claims.expiresAt, 49);
  return Buffer.concat([payload, mac(key, payload)]).toString('base64url');
}

/** The claims when the signature holds (expired or not: the caller decides); undefined for anything else. */
export function readPayLink(key: Buffer, token: string): PayLinkClaims | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== PAYLOAD_BYTES + MAC_BYTES || bytes.toString('base64url') !== token) return undefined;
  const payload = bytes.subarray(0, PAYLOAD_BYTES);
  if (!timingSafeEqual(bytes.subarray(PAYLOAD_BYTES), mac(key, payload)) || payload.readUInt8(0) !== VERSION) return undefined;
  return {
    organizationId: uuidOf(payload.subarray(1, 17)),
    documentId: uuidOf(payload.subarray(17, 33)),
    contactPersonId: uuidOf(payload.subarray(33, 49)),
    expiresAt: payload.readUInt32BE(49),
  };
}
