import type { Db, PortalTokenKind, PortalTokenRow } from '../../db/database.ts';

export async function insertPortalToken(db: Db, row: PortalTokenRow): Promise<void> {
  await db.insertInto('portal_tokens').values(row).execute();
}

export async function findTokenByHash(db: Db, tokenHash: string): Promise<PortalTokenRow | undefined> {
  return db.selectFrom('portal_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks the token used unless it already is (or was revoked); answers whether this call did. */
export async function markTokenUsed(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('portal_tokens')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes the contact's unused tokens of these kinds; answers how many. */
export async function revokeUnusedTokensOfContact(db: Db, contactPersonId: string, kinds: PortalTokenKind[], at: string): Promise<number> {
  const result = await db
    .updateTable('portal_tokens')
    .set({ revoked_at: at })
    .where('contact_person_id', '=', contactPersonId)
    .where('kind', 'in', kinds)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
