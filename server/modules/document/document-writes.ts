/**
 * How every change of a document is checked and written, so that concurrent requests cannot both act
 * on the same state: the checks run against the row as read, and the write is one UPDATE conditional on
 * the version that read saw (bumping it). Whoever commits first wins; on PostgreSQL the others wait for
 * its row lock, find the version gone and answer 409; SQLite runs write transactions one at a time.
 */
import { documentNoun } from '../../../contract/documents.ts';
import type { DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { nextStatus, transitionRefusal, type DocumentAction } from './document-transitions.ts';
import * as repo from './document.repository.ts';


export function stateConflict(document: Pick<DocumentsTable, 'kind' | 'status' | 'version'>, action: DocumentAction, message = transitionRefusal(document.kind, action, document.status)): AppError {
  return new AppError('STATE_CONFLICT', message, { status: document.status, action, version: document.version });
}

export function staleVersion(document: Pick<DocumentsTable, 'kind' | 'version'>, seen: number | undefined, during = false): AppError {
  const what = `This ${documentNoun(document.kind)}`;
  const message = during
    ? `${what} changed while your request was being handled; reload it (it is now version ${document.version}) and try again`
    : `${what} changed since you opened it (you saw version ${seen}, it is now version ${document.version}); reload it and try again`;
  return new AppError('STALE_VERSION', message, { version: document.version, ...(seen !== undefined ? { seen_version: seen } : {}) });
}

/**
 * Whether `action` may happen to the document as it is: the status must allow it (409 STATE_CONFLICT)
 * and, when the caller said which version it saw, that must still be the current one (409
 * STALE_VERSION). Answers the status the action leads to.
 */
export function checkTransition(document: DocumentsTable, action: DocumentAction, seen: number | undefined): string {
  const next = nextStatus(document.kind, action, document.status);
  if (next === undefined) throw stateConflict(document, action);
  if (seen !== undefined && seen !== document.version) throw staleVersion(document, seen);
  return next;
}

/**
 * Writes `changes` (and version + 1) only if the row is still at the version `document` was read at.
 * When another request got there first, the answer is what a request arriving now would get: the
 * state conflict, the refusal `recheck` throws for the current row, or else STALE_VERSION.
 */
export async function writeAtVersion(
  db: Db,
  document: DocumentsTable,
  action: DocumentAction,
  changes: Partial<DocumentsTable>,
  recheck?: (current: DocumentsTable) => void,
): Promise<void> {
  if (await repo.updateDocumentAtVersion(db, document.id, document.version, changes)) return;
  throw await lostRace(db, document, action, recheck);
}

/** Deletes a draft only if it is still the version that was checked. */
export async function deleteAtVersion(db: Db, document: DocumentsTable): Promise<void> {
  if (await repo.deleteDocumentAtVersion(db, document.id, document.version)) return;
  throw await lostRace(db, document, 'delete');
}

async function lostRace(db: Db, document: DocumentsTable, action: DocumentAction, recheck?: (current: DocumentsTable) => void): Promise<AppError> {
  const current = await repo.findDocument(db, document.organization_id, document.id);
  if (!current) return notFound('Document');
  if (nextStatus(current.kind, action, current.status) === undefined) return stateConflict(current, action);
  try {
    recheck?.(current);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return staleVersion(current, undefined, true);
}
