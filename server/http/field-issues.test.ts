import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssueCodes } from '../../contract/errors.ts';
import { fieldIssuesOf, type SchemaValidationEntry } from './field-issues.ts';

/** What fastify-type-provider-zod hands the error handler for a failed schema. */
function entriesOf(schema: z.ZodType, input: unknown): SchemaValidationEntry[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to fail');
  return result.error.issues.map(({ path, code, message, ...params }) => ({ keyword: code, instancePath: `/${path.join('/')}`, message, params }));
}

const schema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(5),
    email: z.email(),
    age: z.number().int().min(18),
    role: z.enum(['owner', 'staff']),
    step: z.number().multipleOf(5).optional(),
    lines: z.array(z.object({ quantity: z.number() }).strict()).min(1),
  })
  .strict();

describe('field issues of a request schema', () => {
  it('gives each failed check a stable code, its parameters and the field it names', () => {
    const input = { name: 'Alexandra', email: 'nope', age: 12, role: 'guest', step: 7, lines: [{ quantity: 'one', colour: 'red' }], extra: 1 };
    const issues = fieldIssuesOf(entriesOf(schema, input), 'body', input);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', code: 'too_big', params: { maximum: 5, origin: 'string', inclusive: true } }),
        expect.objectContaining({ field: 'email', code: 'invalid_format', params: { format: 'email' } }),
        expect.objectContaining({ field: 'age', code: 'too_small', params: { minimum: 18, origin: 'number', inclusive: true } }),
        expect.objectContaining({ field: 'role', code: 'invalid_value', params: { values: ['owner', 'staff'] } }),
        expect.objectContaining({ field: 'step', code: 'not_multiple_of', params: { divisor: 5 } }),
        expect.objectContaining({ field: 'lines.0.quantity', code: 'invalid_type', params: { expected: 'number' } }),
        expect.objectContaining({ field: 'lines.0.colour', code: 'unknown_field', params: {} }),
        expect.objectContaining({ field: 'extra', code: 'unknown_field', params: {} }),
      ]),
    );
    for (const issue of issues) {
      expect(fieldIssueCodes).toContain(issue.code);
      expect(issue.message.length).toBeGreaterThan(0);
    }
  });

  it('calls a missing or empty value required, and keeps the schema’s own English words', () => {
    const input = { name: '   ', role: 'owner', lines: [] };
    const issues = fieldIssuesOf(entriesOf(schema, input), 'body', input);
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'required', params: {}, message: 'is required' },
        { field: 'email', code: 'required', params: {}, message: 'is required' },
        { field: 'age', code: 'required', params: {}, message: 'is required' },
        expect.objectContaining({ field: 'lines', code: 'too_small', params: { minimum: 1, origin: 'array', inclusive: true } }),
      ]),
    );
  });

  it('keeps the code a refinement names, and calls a refinement without one invalid', () => {
    const refined = z.object({
      currency: z.string().refine((code) => code === 'EUR', { message: 'is not a currency', params: { field_issue: 'unknown_currency' } }),
      zone: z.string().refine((zone) => zone === 'UTC', { message: 'is odd', params: { field_issue: 'no_such_code' } }),
    });
    const input = { currency: 'ABC', zone: 'Mars' };
    expect(fieldIssuesOf(entriesOf(refined, input), 'body', input)).toEqual([
      { field: 'currency', code: 'unknown_currency', params: {}, message: 'is not a currency' },
      { field: 'zone', code: 'invalid', params: {}, message: 'is odd' },
    ]);
  });

  it('names the part of the request when the whole of it is wrong, and calls anything else invalid', () => {
    expect(fieldIssuesOf([{ keyword: 'invalid_type', instancePath: '/', message: 'Invalid input', params: { expected: 'object' } }], 'body', 'text')).toEqual([
      { field: 'body', code: 'invalid_type', params: { expected: 'object' }, message: 'Invalid input' },
    ]);
    expect(fieldIssuesOf([{ keyword: 'custom', instancePath: '/to', message: 'must follow from' }], 'querystring', {})).toEqual([
      { field: 'to', code: 'invalid', params: {}, message: 'must follow from' },
    ]);
  });
});
