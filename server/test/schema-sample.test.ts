import { describe, expect, it } from 'vitest';
import { sampleOf } from './schema-sample.ts';

describe('sampleOf', () => {
  it('fills an object’s required properties only', () => {
    expect(sampleOf({ type: 'object', properties: { name: { type: 'string' }, notes: { type: 'string' } }, required: ['name'] })).toEqual({ name: 'sample' });
    expect(sampleOf({ type: 'object', properties: { notes: { type: 'string' } } })).toEqual({});
  });

  it('takes an enum’s first value and a const as it is', () => {
    expect(sampleOf({ type: 'string', enum: ['cash', 'cheque'] })).toBe('cash');
    expect(sampleOf({ const: 'fixed' })).toBe('fixed');
  });

  it('keeps strings within their lengths', () => {
    expect(sampleOf({ type: 'string', minLength: 10 })).toBe('samplexxxx');
    expect(sampleOf({ type: 'string', maxLength: 3 })).toBe('sam');
    expect(sampleOf({ type: 'string', minLength: 1, maxLength: 64 })).toBe('sample');
  });

  it('shapes strings by format', () => {
    expect(sampleOf({ type: 'string', format: 'email' })).toBe('sample@example.com');
    expect(sampleOf({ type: 'string', format: 'date-time' })).toBe('2026-01-15T10:00:00.000Z');
    expect(sampleOf({ type: 'string', format: 'uri' })).toMatch(/^https:\/\//);
    expect(sampleOf({ type: 'string', format: 'uuid' })).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('picks a string the pattern accepts', () => {
    expect(sampleOf({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })).toBe('2026-01-15');
    expect(sampleOf({ type: 'string', pattern: '^#[0-9a-fA-F]{6}$' })).toBe('#336699');
    expect(sampleOf({ type: 'string', pattern: '^pk_[A-Za-z0-9_]+$' })).toBe('pk_test_sample');
    expect(sampleOf({ type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,62}$' })).toBe('sample');
    expect(() => sampleOf({ type: 'string', pattern: '^Z{9}$' })).toThrow(/pattern/);
  });

  it('shapes plain strings by the property’s name', () => {
    const schema = { type: 'object', properties: { email: { type: 'string' }, currency: { type: 'string' }, due_date: { type: 'string' }, tracking_url: { type: 'string' }, password: { type: 'string', minLength: 12 } }, required: ['email', 'currency', 'due_date', 'tracking_url', 'password'] };
    expect(sampleOf(schema)).toEqual({ email: 'sample@example.com', currency: 'USD', due_date: '2026-01-15', tracking_url: 'https://example.com/sample', password: 'correct horse battery staple' });
    expect(sampleOf({ type: 'string', maxLength: 3 }, 'currency')).toBe('USD');
  });

  it('keeps numbers within their bounds', () => {
    expect(sampleOf({ type: 'integer', exclusiveMinimum: 0 })).toBe(1);
    expect(sampleOf({ type: 'integer', minimum: 5, maximum: 9 })).toBe(5);
    expect(sampleOf({ type: 'integer', maximum: -2 })).toBe(-2);
    expect(sampleOf({ type: 'number', exclusiveMinimum: 1 })).toBe(1.5);
    expect(sampleOf({ type: 'integer', minimum: 0, multipleOf: 15 })).toBe(15);
  });

  it('gives an array its minimum count of samples', () => {
    expect(sampleOf({ type: 'array', minItems: 2, items: { type: 'integer', minimum: 3 } })).toEqual([3, 3]);
    expect(sampleOf({ type: 'array', items: { type: 'string' } })).toEqual([]);
  });

  it('chooses the non-null alternative of a nullable field', () => {
    expect(sampleOf({ anyOf: [{ type: 'null' }, { type: 'string', maxLength: 100 }] })).toBe('sample');
    expect(sampleOf({ oneOf: [{ type: 'object', properties: { percent: { type: 'integer' } }, required: ['percent'] }, { type: 'null' }] })).toEqual({ percent: 1 });
    expect(sampleOf({ type: ['null', 'boolean'] })).toBe(false);
  });

  it('merges the parts of an allOf', () => {
    expect(sampleOf({ allOf: [{ type: 'object', properties: { a: { type: 'boolean' } }, required: ['a'] }, { type: 'object', properties: { b: { type: 'integer' } }, required: ['b'] }] })).toEqual({ a: false, b: 1 });
  });
});
