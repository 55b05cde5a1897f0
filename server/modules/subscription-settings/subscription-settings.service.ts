import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { isoNow } from '../../lib/clock.ts';
import * as repo from './subscription-settings.repository.ts';
import type { SubscriptionSettingsResponse, UpdateSubscriptionSettingsBody } from './subscription-settings.schemas.ts';
import { mergeSubscriptionSettings, parseSubscriptionSettings, type SubscriptionSettings } from './subscription-settings.ts';

export type { SubscriptionSettings, PortalActionName } from './subscription-settings.ts';

/** The organization's subscription settings, the defaults filling whatever it never saved. */
export async function getSubscriptionSettings(db: Db, organizationId: string): Promise<SubscriptionSettings> {
  const row = await repo.findSubscriptionSettingsRow(db, organizationId);
  return parseSubscriptionSettings(row?.settings);
}

/** The settings as staff read them, with when they were last saved. */
export async function readSubscriptionSettings(db: Db, organizationId: string): Promise<SubscriptionSettingsResponse> {
  const row = await repo.findSubscriptionSettingsRow(db, organizationId);
  return { ...parseSubscriptionSettings(row?.settings), updated_at: row?.updated_at ?? null };
}

/**
 * Changes the settings: what the change leaves out keeps its value, a list given replaces the stored
 * one. The whole document is written in one upsert (the last of two concurrent changes wins whole).
 */
export async function updateSubscriptionSettings(ctx: AppContext, organizationId: string, change: UpdateSubscriptionSettingsBody): Promise<SubscriptionSettingsResponse> {
  const now = isoNow(ctx.clock);
  const current = await getSubscriptionSettings(ctx.db, organizationId);
  const next = mergeSubscriptionSettings(current, change);
  await repo.upsertSubscriptionSettingsRow(ctx.db, { organization_id: organizationId, settings: JSON.stringify(next), updated_at: now });
  return { ...next, updated_at: now };
}
