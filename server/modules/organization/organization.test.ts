import { describe, expect, it } from 'vitest';
import { defaultPortalSettings, parsePortalSettings, slugify, uniqueSlug } from './organization.ts';

describe('slugify', () => {
  it('derives a portal address from an organization name', () => {
    expect(slugify('Acme Corp')).toBe('acme-corp');
    expect(slugify('  Müller & Söhne GmbH ')).toBe('muller-sohne-gmbh');
    expect(slugify('Café   Crème!!')).toBe('cafe-creme');
    expect(slugify('株式会社')).toBe('portal');
    expect(slugify('x'.repeat(80))).toHaveLength(48);
  });

  it('appends the first free number when a slug is taken', async () => {
    const taken = new Set(['acme', 'acme-2']);
    expect(await uniqueSlug('acme', async (slug) => taken.has(slug))).toBe('acme-3');
    expect(await uniqueSlug('free', async (slug) => taken.has(slug))).toBe('free');
  });
});

describe('portal settings', () => {
  it('fills defaults for settings an older row lacks', () => {
    const settings = parsePortalSettings(JSON.stringify({ banner_message: 'Hi' }));
    expect(settings).toMatchObject({ banner_message: 'Hi', portal_enabled: true, require_two_factor: false });
    expect(settings.staff_email_events['portal.signup']).toBe(true);
    expect(settings.staff_email_events['portal.signin']).toBe(false);
    expect(defaultPortalSettings().allow_self_signup).toBe(false);
  });
});
