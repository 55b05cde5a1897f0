import type { AppContext } from '../../context.ts';
import type { DocumentKind, DocumentLinesTable, DocumentsTable } from '../../db/billing-tables.ts';
import { isExternalIdConflict } from '../../db/external-id.ts';
import { tryWrite, withTransaction } from '../../db/transaction.ts';
import { AppError, validationError } from '../../lib/app-error.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { customerByReference } from '../customer/customer-sync.service.ts';
import { itemIdsByExternalId } from '../item/item.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { addDays, isPayable } from './document.ts';
import { sendDocumentWithin } from './document-lifecycle.service.ts';
import { presentDocument } from './document.presenter.ts';
import * as repo from './document.repository.ts';
import type { DocumentResponse, LineInput, PutDocumentBody } from './document.schemas.ts';
import { buildDocumentLines, createDocument, getDocument, isDocumentNumberConflict, updateDocument } from './document.service.ts';

/*
 * A document by external id (docs/api.md "Sync by external id"): the first PUT creates it, later ones
 * change it to exactly the body through the edit rules (a paid or void invoice, an accepted estimate stay
 * as they are: 409), and one that changes nothing writes nothing. `status: "sent"` issues a draft; a sent
 * document can't go back to draft, nor change its number or customer.
 */

const ATTEMPTS = 3;

/** The lines with every item named by id (400 naming lines.i.item_external_id for an unknown one). */
async function resolveLines(ctx: AppContext, organizationId: string, lines: PutDocumentBody['lines']): Promise<LineInput[]> {
  const byExternalId = await itemIdsByExternalId(ctx, organizationId, lines.flatMap((line) => (line.item_external_id === undefined ? [] : [line.item_external_id])));
  return lines.map(({ item_external_id: itemExternalId, ...line }, index) => {
    if (itemExternalId === undefined) return line;
    if (line.item_id !== undefined && line.item_id !== null) throw validationError(`lines.${index}.item_id`, 'invalid', 'name the item by item_id or by item_external_id, not both');
    const itemId = byExternalId.get(itemExternalId);
    if (itemId === undefined) throw validationError(`lines.${index}.item_external_id`, 'unknown_reference', 'is not the external id of an item of this organization');
    return { ...line, item_id: itemId };
  });
}

/** What a line is, without what is computed from it (ids, positions, amounts, the tax's name and rate). */
const lineKey = (line: Pick<DocumentLinesTable, 'item_id' | 'name' | 'description' | 'unit' | 'quantity_milli' | 'rate_minor' | 'discount_type' | 'discount_value' | 'tax_id'>) =>
  JSON.stringify([line.item_id, line.name, line.description, line.unit, line.quantity_milli, line.rate_minor, line.discount_type, line.discount_value, line.tax_id]);

/** The stored fields the body means, its defaults applied as creating the document would. */
function wantedFields(kind: DocumentKind, body: PutDocumentBody, issueDate: string) {
  return {
    issue_date: issueDate,
    due_date: isPayable(kind) ? (body.due_date ?? addDays(issueDate, 30)) : null,
    expiry_date: kind === 'estimate' ? (body.expiry_date ?? addDays(issueDate, 30)) : null,
    reference: body.reference ?? null,
    notes: body.notes ?? null,
    terms: body.terms ?? null,
  };
}

async function isUnchanged(ctx: AppContext, document: DocumentsTable, fields: ReturnType<typeof wantedFields>, number: string | undefined, lines: LineInput[]): Promise<boolean> {
  const same = (Object.keys(fields) as (keyof typeof fields)[]).every((field) => document[field] === fields[field]) && (number === undefined || number === document.number);
  if (!same) return false;
  const stored = (await repo.findLines(ctx.db, document.id)).map(lineKey);
  const { lines: built } = await buildDocumentLines(ctx.db, document.organization_id, document.id, lines);
  return stored.length === built.length && built.every((line, index) => lineKey(line) === stored[index]);
}

const refused = (message: string) => new AppError('STATE_CONFLICT', message);

/** Changes the stored document to the body (or leaves it when it already is), then issues it when asked. */
async function putExisting(ctx: AppContext, staff: StaffPrincipal, kind: DocumentKind, document: DocumentsTable, customerId: string, body: PutDocumentBody, lines: LineInput[]): Promise<void> {
  const issued = document.status !== 'draft';
  if (document.customer_id !== customerId) throw refused(`${document.number} belongs to another customer; a document doesn't move between customers (void it and create another)`);
  if (issued && body.status === 'draft') throw refused(`${document.number} was already sent and can't go back to draft`);
  const fields = wantedFields(kind, body, body.issue_date ?? document.issue_date);
  if (!(await isUnchanged(ctx, document, fields, body.number, lines))) {
    if (issued && body.number !== undefined && body.number !== document.number) throw refused(`${document.number} was already sent; its number can't change`);
    await updateDocument(ctx, staff, kind, document.id, { ...fields, ...(kind === 'estimate' ? {} : { expiry_date: undefined }), ...(isPayable(kind) ? {} : { due_date: undefined }), number: body.number, lines });
  }
  if (!issued && body.status === 'sent') await sendDocumentWithin(ctx, ctx.db, staff.organizationId, kind, document.id, undefined, { emailContacts: body.email_customer });
}

/** Creates the document of `kind` with this external id (201) or changes it to exactly the body (200). */
export async function putDocumentByExternalId(ctx: AppContext, staff: StaffPrincipal, kind: DocumentKind, externalId: string, body: PutDocumentBody): Promise<{ document: DocumentResponse; created: boolean }> {
  return withTransaction(ctx, async (ctx) => {
    const customerId = (await customerByReference(ctx, staff.organizationId, body)).customer.id;
    const lines = await resolveLines(ctx, staff.organizationId, body.lines);
    for (let attempt = 1; ; attempt++) {
      const existing = await repo.findDocumentByExternalId(ctx.db, staff.organizationId, kind, externalId);
      if (existing) {
        await putExisting(ctx, staff, kind, existing, customerId, body, lines);
        return { document: await presentDocument(ctx.db, await getDocument(ctx.db, staff.organizationId, existing.id), ctx.clock.now()), created: false };
      }
      try {
        const issueDate = body.issue_date ?? (await organizationToday(ctx, staff.organizationId, ctx.db));
        const fields = wantedFields(kind, body, issueDate);
        const created = await tryWrite(ctx, () =>
          createDocument(ctx, staff, kind, { customer_id: customerId, ...fields, number: body.number, lines, external_id: externalId }),
        );
        if (body.status === 'sent') await sendDocumentWithin(ctx, ctx.db, staff.organizationId, kind, created.id, undefined, { emailContacts: body.email_customer });
        return { document: await presentDocument(ctx.db, await getDocument(ctx.db, staff.organizationId, created.id), ctx.clock.now()), created: true };
      } catch (error) {
        // A PUT racing this one for the same external id may win on the number's index first.
        if (attempt < ATTEMPTS && (isExternalIdConflict(error) || isDocumentNumberConflict(error))) continue;
        throw error;
      }
    }
  });
}
