import { describe, expect, it } from 'vitest';
import { recipientName } from './document-forward.ts';

describe('a forwarded document’s recipient', () => {
  it('is named as typed, first word first', () => {
    expect(recipientName('a@b.test', '  Ada   King Lovelace ')).toEqual({ firstName: 'Ada', lastName: 'King Lovelace' });
    expect(recipientName('a@b.test', 'Ada')).toEqual({ firstName: 'Ada', lastName: '' });
  });

  it('is named after the address without a name', () => {
    expect(recipientName('ada.lovelace@example.test', undefined)).toEqual({ firstName: 'ada.lovelace', lastName: '' });
    expect(recipientName('ada.lovelace@example.test', '   ')).toEqual({ firstName: 'ada.lovelace', lastName: '' });
  });
});
