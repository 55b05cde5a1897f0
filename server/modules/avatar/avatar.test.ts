import { describe, expect, it } from 'vitest';
import { acceptedImageType } from '../../lib/gravatar-fetcher.ts';
import { avatarKey, gravatarDigest, isAvatarFresh } from './avatar.ts';

describe('avatars', () => {
  it('names the picture as Gravatar does: the MD5 of the trimmed, lowercased email', () => {
    expect(gravatarDigest(' MyEmailAddress@example.com ')).toBe('0bc83cb571cd1c50ba6f3e8a78ef1346');
  });

  it('keys the picture by an HMAC that depends on the instance secret, not by the email alone', () => {
    const key = avatarKey('secret-one', 'Ada@Example.test');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(avatarKey('secret-one', ' ada@example.test ')).toBe(key);
    expect(avatarKey('secret-two', 'ada@example.test')).not.toBe(key);
    expect(key).not.toContain(gravatarDigest('ada@example.test').slice(0, 8));
  });

  it('uses an answer for a day, and after Gravatar failed asks again after five minutes', () => {
    const now = new Date('2026-12-07T12:00:00.000Z');
    expect(isAvatarFresh({ status: 'found', fetched_at: '2026-12-06T12:00:01.000Z' }, now)).toBe(true);
    expect(isAvatarFresh({ status: 'missing', fetched_at: '2026-12-06T12:00:00.000Z' }, now)).toBe(false);
    expect(isAvatarFresh({ status: 'failed', fetched_at: '2026-12-07T11:56:00.000Z' }, now)).toBe(true);
    expect(isAvatarFresh({ status: 'failed', fetched_at: '2026-12-07T11:55:00.000Z' }, now)).toBe(false);
  });

  it('accepts only PNG and JPEG', () => {
    expect(acceptedImageType('image/png')).toBe('image/png');
    expect(acceptedImageType('IMAGE/JPEG; charset=binary')).toBe('image/jpeg');
    expect(acceptedImageType('image/svg+xml')).toBeUndefined();
    expect(acceptedImageType('text/html')).toBeUndefined();
    expect(acceptedImageType(null)).toBeUndefined();
  });
});
