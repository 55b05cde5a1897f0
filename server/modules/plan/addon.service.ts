import type { AppContext } from '../../context.ts';
import type { AddonsTable } from '../../db/subscription-tables.ts';
import { notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { CreateAddonBody, UpdateAddonBody } from './addon.schemas.ts';
import { checkPlanIds, checkTax, codeTaken } from './catalogue-checks.ts';
import * as repo from './plan.repository.ts';

export async function listAddons(ctx: AppContext, organizationId: string, query: { archived?: 'true' | 'false' | undefined }): Promise<AddonsTable[]> {
  return repo.listAddons(ctx.db, organizationId, { archived: query.archived === undefined ? undefined : query.archived === 'true' });
}

export async function getAddon(ctx: AppContext, organizationId: string, id: string): Promise<AddonsTable> {
  const addon = await repo.findAddon(ctx.db, organizationId, id);
  if (!addon) throw notFound('Add-on');
  return addon;
}

async function guardingCode<T>(code: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (code !== undefined && repo.isUniqueViolation(error)) throw codeTaken('add-on', code);
    throw error;
  }
}

/** An add-on, priced per unit, for the plans named (of its currency) or every plan of its currency. */
export async function createAddon(ctx: AppContext, organizationId: string, input: CreateAddonBody): Promise<AddonsTable> {
  return guardingCode(input.code, () =>
    ctx.db.transaction().execute(async (trx) => {
      await checkTax(trx, organizationId, input.tax_id);
      if (await repo.findAddonByCode(trx, organizationId, input.code)) throw codeTaken('add-on', input.code);
      const planIds = await checkPlanIds(trx, organizationId, 'plan_ids', input.plan_ids ?? [], input.currency);
      const now = isoNow(ctx.clock);
      const row: AddonsTable = {
        id: newId(),
        organization_id: organizationId,
        code: input.code,
        name: input.name,
        description: input.description ?? null,
        currency: input.currency,
        price_minor: input.price_minor,
        kind: input.kind,
        tax_id: input.tax_id ?? null,
        plan_ids: JSON.stringify(planIds),
        archived_at: null,
        created_at: now,
        updated_at: now,
      };
      await repo.insertAddon(trx, row);
      return row;
    }),
  );
}

/** Changes an add-on; subscriptions keep the unit price they took it at. */
export async function updateAddon(ctx: AppContext, organizationId: string, id: string, input: UpdateAddonBody): Promise<AddonsTable> {
  return guardingCode(input.code, () =>
    ctx.db.transaction().execute(async (trx) => {
      const addon = await repo.findAddon(trx, organizationId, id);
      if (!addon) throw notFound('Add-on');
      if (input.tax_id !== undefined) await checkTax(trx, organizationId, input.tax_id);
      if (input.code !== undefined && input.code !== addon.code && (await repo.findAddonByCode(trx, organizationId, input.code))) throw codeTaken('add-on', input.code);
      const changes: Partial<AddonsTable> = { updated_at: isoNow(ctx.clock) };
      if (input.plan_ids !== undefined) changes.plan_ids = JSON.stringify(await checkPlanIds(trx, organizationId, 'plan_ids', input.plan_ids, addon.currency));
      if (input.code !== undefined) changes.code = input.code;
      if (input.name !== undefined) changes.name = input.name;
      if (input.description !== undefined) changes.description = input.description;
      if (input.price_minor !== undefined) changes.price_minor = input.price_minor;
      if (input.kind !== undefined) changes.kind = input.kind;
      if (input.tax_id !== undefined) changes.tax_id = input.tax_id;
      await repo.updateAddon(trx, organizationId, id, changes);
      const updated = await repo.findAddon(trx, organizationId, id);
      if (!updated) throw notFound('Add-on');
      return updated;
    }),
  );
}

/** Archives an add-on: it can no longer be added; subscriptions that have it keep it. */
export async function archiveAddon(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  const addon = await getAddon(ctx, organizationId, id);
  if (addon.archived_at !== null) return;
  const now = isoNow(ctx.clock);
  await repo.updateAddon(ctx.db, organizationId, id, { archived_at: now, updated_at: now });
}
