import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { validationError } from '../lib/app-error.ts';

/** The `version` a write may carry in its body: the version of the document the caller last saw. */
export const versionField = z.number().int().min(1);

/** A document's ETag: its version, quoted. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

export function sendVersionTag(reply: FastifyReply, version: number): void {
  void reply.header('etag', versionTag(version));
}

/**
 * The version a request says it last saw, from `If-Match` (the ETag as given, `"3"`; a weak `W/"3"` or a
 * bare 3 are taken too) and/or a `version` field in the body; when both are sent they must agree.
 * Undefined when it says none (or `If-Match: *`): integrations may leave it out.
 */
export function seenVersion(request: FastifyRequest, bodyVersion?: number): number | undefined {
  const raw = request.headers['if-match'];
  const header = (Array.isArray(raw) ? raw.join(',') : raw)?.trim();
  let fromHeader: number | undefined;
  if (header && header !== '*') {
    const match = /^(?:W\/)?"?([1-9]\d{0,14})"?$/.exec(header);
    if (!match?.[1]) throw validationError('If-Match', 'invalid_format', 'must be the ETag of the document, such as "3"');
    fromHeader = Number(match[1]);
  }
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw validationError('version', 'invalid_value', `is ${bodyVersion} but If-Match says ${fromHeader}; send one version`, { version: bodyVersion, if_match: fromHeader });
  }
  return bodyVersion ?? fromHeader;
}
