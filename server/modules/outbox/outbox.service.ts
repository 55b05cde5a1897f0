import type { AppContext } from '../../context.ts';
import type { OutboxStatus } from '../../db/database.ts';
import { notFound } from '../../lib/app-error.ts';
import { findOutboxEmail, listOutboxPage } from './outbox.repository.ts';

export async function listOutbox(ctx: AppContext, organizationId: string, options: { status?: OutboxStatus | undefined; limit: number; cursor?: string | undefined }) {
  return listOutboxPage(ctx.db, organizationId, options);
}

export async function getOutboxEmail(ctx: AppContext, organizationId: string, id: string) {
  const row = await findOutboxEmail(ctx.db, organizationId, id);
  if (!row) throw notFound('Email');
  return row;
}
