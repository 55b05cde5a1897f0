import { fieldIssueCodes, type FieldIssue } from '../../contract/errors.ts';

/** One failed check of a request schema, as fastify-type-provider-zod reports it (the zod issue). */
export interface SchemaValidationEntry {
  keyword: string;
  instancePath: string;
  message?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

function valueAt(input: unknown, path: string[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** Numbers as JSON can carry them (a bigint limit becomes a number). */
const plain = (value: unknown) => (typeof value === 'bigint' ? Number(value) : value);

function pick(params: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => params[key] !== undefined).map((key) => [key, plain(params[key])]));
}

/**
 * The request schema's findings as field issues with stable codes (contract/errors.ts): the same
 * vocabulary whatever the schema library calls them, so that apps can say them in their own words.
 * `input` is the part of the request checked (body, querystring…), to tell a missing value from a wrong one.
 */
export function fieldIssuesOf(entries: readonly SchemaValidationEntry[], context: string, input: unknown): FieldIssue[] {
  return entries.flatMap((entry): FieldIssue[] => {
    const segments = entry.instancePath.split('/').filter(Boolean);
    const path = segments.join('.');
    const field = path || context;
    const params = entry.params ?? {};
    const message = entry.message ?? 'is invalid';
    switch (entry.keyword) {
      case 'unrecognized_keys': {
        const keys = Array.isArray(params.keys) ? params.keys.map(String) : [];
        return keys.map((key) => ({ field: path ? `${path}.${key}` : key, code: 'unknown_field', params: {}, message: 'is not a field of this request' }));
      }
      case 'invalid_type':
        if (valueAt(input, segments) === undefined) return [{ field, code: 'required', params: {}, message: 'is required' }];
        return [{ field, code: 'invalid_type', params: pick(params, ['expected']), message }];
      case 'too_small':
        // An empty text where one is needed is a missing value to the person filling the form.
        if (params.origin === 'string' && plain(params.minimum) === 1) return [{ field, code: 'required', params: {}, message }];
        return [{ field, code: 'too_small', params: pick(params, ['minimum', 'origin', 'inclusive']), message }];
      case 'too_big':
        return [{ field, code: 'too_big', params: pick(params, ['maximum', 'origin', 'inclusive']), message }];
      case 'invalid_format':
        return [{ field, code: 'invalid_format', params: pick(params, ['format']), message }];
      case 'invalid_value':
        return [{ field, code: 'invalid_value', params: pick(params, ['values']), message }];
      case 'not_multiple_of':
        return [{ field, code: 'not_multiple_of', params: pick(params, ['divisor']), message }];
      case 'custom': {
        // A refinement names its own code: `.refine(check, { message, params: { field_issue: 'unknown_currency' } })`.
        const own = (params.params as Record<string, unknown> | undefined)?.field_issue;
        const code = fieldIssueCodes.find((known) => known === own);
        return [{ field, code: code ?? 'invalid', params: {}, message }];
      }
      default:
        return [{ field, code: 'invalid', params: {}, message }];
    }
  });
}
