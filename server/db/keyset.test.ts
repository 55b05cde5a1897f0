import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error.ts';
import { decodeCursor, defineKeyset, eachPage, encodeCursor, idKeyset } from './keyset.ts';

interface Row {
  id: string;
  name: string;
  due: string | null;
  amount: number;
}

const list = defineKeyset<Row>()({
  list: 'probes',
  id: { column: 'id', of: (row) => row.id },
  keys: {
    name: { column: 'name', type: 'string', of: (row) => row.name },
    due: { column: 'due', type: 'string', nulls: 'first', of: (row) => row.due },
    amount: { column: 'amount', type: 'integer', of: (row) => row.amount },
  },
});
const sorts = ['name', '-name', 'due', '-due', 'amount', '-amount'] as const;

const row: Row = { id: '0194f3a0-0000-7000-8000-000000000001', name: 'Zoë & Co — 株式会社', due: null, amount: 1_250 };

const raw = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

function refusal(run: () => unknown): { field: string; code: string; params: unknown; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('VALIDATION_FAILED');
    return (appError.details as { field: string; code: string; params: unknown; message: string }[])[0]!;
  }
  throw new Error('the cursor was accepted');
}

describe('keyset cursors', () => {
  it('round-trip the position of a row for every sort, nulls and non-ASCII keys included', () => {
    fc.assert(
      fc.property(
        fc.record({ id: fc.uuid(), name: fc.string({ maxLength: 200, unit: 'grapheme' }), due: fc.option(fc.string({ minLength: 10, maxLength: 10 })), amount: fc.maxSafeInteger() }),
        fc.constantFrom(...sorts),
        (random, sort) => {
          const cursor = encodeCursor(list, sort, random);
          expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
          const key = sort.replace('-', '') as 'name' | 'due' | 'amount';
          expect(decodeCursor(list, sort, cursor)).toEqual({ key: random[key], id: random.id });
        },
      ),
    );
  });

  it('is opaque: a cursor is no readable text', () => {
    const cursor = encodeCursor(list, 'name', row);
    expect(cursor).not.toContain('Zo');
    expect(cursor).not.toContain('probes');
  });

  it('means no position when there is no cursor', () => {
    expect(decodeCursor(list, 'name', undefined)).toBeUndefined();
    expect(decodeCursor(list, 'name', '')).toBeUndefined();
  });

  it('refuses a cursor given out for another sort or direction, naming cursor', () => {
    const cursor = encodeCursor(list, '-amount', row);
    for (const sort of ['amount', 'name', '-name', 'due'] as const) {
      expect(refusal(() => decodeCursor(list, sort, cursor))).toEqual({ field: 'cursor', code: 'invalid_cursor', params: {}, message: 'was given out for another sort order; start again without it' });
    }
  });

  it('refuses a cursor of another list, even one with the same sort names', () => {
    const other = defineKeyset<Row>()({ ...list, list: 'other-probes' });
    expect(refusal(() => decodeCursor(other, 'name', encodeCursor(list, 'name', row))).field).toBe('cursor');
    const byId = idKeyset<Row>('probes', 'id', (r) => r.id);
    expect(refusal(() => decodeCursor(list, 'name', encodeCursor(byId, '-id', row))).field).toBe('cursor');
  });

  it('refuses garbage and tampered cursors naming cursor', () => {
    const tampered: [(typeof sorts)[number], string][] = [
      ['name', 'garbage!'],
      ['name', '%%%'],
      ['name', 'not base64 at all'],
      ['name', Buffer.from('not json').toString('base64url')],
      ['name', raw({ list: 'probes' })],
      ['name', raw(['probes', 'name', 'x'])],
      ['name', raw(['probes', 'name', 'x', row.id, 'extra'])],
      ['name', raw(['probes', 'name', 42, row.id])],
      ['name', raw(['probes', 'name', null, row.id])],
      ['amount', raw(['probes', 'amount', '1250', row.id])],
      ['amount', raw(['probes', 'amount', 12.5, row.id])],
      ['amount', raw(['probes', 'amount', 2 ** 60, row.id])],
      ['amount', raw(['probes', 'amount', 1250, 7])],
      ['amount', raw(['probes', 'amount', 1250, ''])],
      ['amount', raw(['probes', 'amount', 1250, 'x'.repeat(65)])],
      ['due', raw(['probes', 'due', 7, row.id])],
      ['due', raw(['probes', 'due', { after: '2026' }, row.id])],
    ];
    for (const [sort, cursor] of tampered) {
      expect(refusal(() => decodeCursor(list, sort, cursor)), cursor).toEqual({ field: 'cursor', code: 'invalid_cursor', params: {}, message: 'is not a cursor this list gave out; start again without it' });
    }
  });

  it('accepts a null key only for a key that can be null', () => {
    expect(decodeCursor(list, 'due', raw(['probes', 'due', null, row.id]))).toEqual({ key: null, id: row.id });
    expect(decodeCursor(list, '-due', encodeCursor(list, '-due', { ...row, due: '2026-12-01' }))).toEqual({ key: '2026-12-01', id: row.id });
    expect(refusal(() => decodeCursor(list, 'name', raw(['probes', 'name', null, row.id]))).field).toBe('cursor');
  });
});

describe('reading every page', () => {
  it('follows the cursors to the last page, reading each page only when asked', async () => {
    const pages: Record<string, { data: number[]; next_cursor: string | null }> = { first: { data: [1, 2], next_cursor: 'b' }, b: { data: [3], next_cursor: 'c' }, c: { data: [], next_cursor: null } };
    const asked: (string | undefined)[] = [];
    const read = (cursor: string | undefined) => {
      asked.push(cursor);
      return Promise.resolve(pages[cursor ?? 'first']!);
    };
    const seen: number[][] = [];
    const iterator = eachPage(read);
    for await (const page of iterator) {
      seen.push(page);
      if (seen.length === 1) expect(asked).toEqual([undefined]);
    }
    expect(seen).toEqual([[1, 2], [3], []]);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });
});
