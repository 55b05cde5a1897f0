import { portalBaseUrl, type DomainColumns } from '../custom-domain/custom-domain.ts';
import type { AppContext } from '../../context.ts';
import type { Db, OrganizationRow, PortalTokenKind, PortalTokenRow } from '../../db/database.ts';
import { AppError } from '../../lib/app-error.ts';
import { isoIn, isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { findTokenByHash, insertPortalToken, markTokenUsed, revokeUnusedTokensOfContact } from './portal-token.repository.ts';

/** Lifetimes in seconds; invitations use the configured INVITATION_TTL (7 days by default). */
export const tokenLifetimes = {
  password_reset: 60 * 60,
  signin_link: 10 * 60,
  signup_verification: 24 * 60 * 60,
} as const;

export interface IssueTokenInput {
  kind: PortalTokenKind;
  organizationId: string;
  email: string;
  contactPersonId?: string | null;
  identityId?: string | null;
  payload?: unknown;
  ttlSeconds: number;
  createdBy?: string | null;
}

/** A single-use token of 256 random bits; the caller mails `token`, the database keeps only its hash. */
export async function issuePortalToken(ctx: AppContext, db: Db, input: IssueTokenInput): Promise<{ token: string; row: PortalTokenRow }> {
  const token = newToken();
  const row: PortalTokenRow = {
    id: newId(),
    organization_id: input.organizationId,
    kind: input.kind,
    token_hash: hashToken(token),
    contact_person_id: input.contactPersonId ?? null,
    identity_id: input.identityId ?? null,
    email: input.email,
    payload: input.payload === undefined ? null : JSON.stringify(input.payload),
    created_by: input.createdBy ?? null,
    created_at: isoNow(ctx.clock),
    expires_at: isoIn(ctx.clock, input.ttlSeconds),
    used_at: null,
    revoked_at: null,
  };
  await insertPortalToken(db, row);
  return { token, row };
}

/**
 * The token's row if it can still be used; otherwise TOKEN_INVALID (unknown, other portal or kind,
 * revoked), TOKEN_EXPIRED or TOKEN_USED. Looking a token up never uses it.
 */
export async function findUsableToken(
  ctx: AppContext,
  db: Db,
  organizationId: string,
  kind: PortalTokenKind,
  token: string,
): Promise<PortalTokenRow> {
  const row = await findTokenByHash(db, hashToken(token));
  if (!row || row.organization_id !== organizationId || row.kind !== kind || row.revoked_at) {
    throw new AppError('TOKEN_INVALID', 'This link is not valid; it may have been replaced by a newer one');
  }
  if (row.used_at) throw new AppError('TOKEN_USED', 'This link has already been used');
  if (new Date(row.expires_at).getTime() <= ctx.clock.now().getTime()) {
    throw new AppError('TOKEN_EXPIRED', 'This link has expired; ask for a new one');
  }
  return row;
}

/**
 * Marks the token used; only one of two concurrent requests wins (the update is conditional),
 * the other gets TOKEN_USED.
 */
export async function consumeToken(ctx: AppContext, db: Db, row: PortalTokenRow): Promise<void> {
  if (!(await markTokenUsed(db, row.id, isoNow(ctx.clock)))) throw new AppError('TOKEN_USED', 'This link has already been used');
}

/** Voids every unused token of a kind for a contact (reinvitation, revoke-all). */
export async function revokeTokensOfContact(ctx: AppContext, db: Db, contactPersonId: string, kinds: PortalTokenKind[]): Promise<number> {
  return revokeUnusedTokensOfContact(db, contactPersonId, kinds, isoNow(ctx.clock));
}

/** Email links open a page; only the button on that page (a POST) uses the token. */
export function portalPageUrl(ctx: AppContext, organization: Pick<OrganizationRow, 'slug'> & DomainColumns, page: 'invite' | 'reset-password' | 'signin-link' | 'signup', token: string, language: string): string {
  return `${portalBaseUrl(ctx.config.publicUrl, organization)}/${page}/${token}?lang=${language}`;
}
