import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './accept-language.ts';

describe('preferredLanguage', () => {
  it('picks the most preferred language Portico speaks', () => {
    expect(preferredLanguage('de-CH,de;q=0.9,en;q=0.8')).toBe('de');
    expect(preferredLanguage('nl-NL,nl;q=0.9,fr;q=0.7,en;q=0.5')).toBe('fr');
    expect(preferredLanguage('en;q=0.2, ja')).toBe('ja');
    expect(preferredLanguage(['es-MX', 'en'])).toBe('es');
  });

  it('answers nothing for no header, only unknown languages, or languages refused with q=0', () => {
    expect(preferredLanguage(undefined)).toBeUndefined();
    expect(preferredLanguage('')).toBeUndefined();
    expect(preferredLanguage('nl, pt-BR;q=0.5, *;q=0.1')).toBeUndefined();
    expect(preferredLanguage('de;q=0, nl')).toBeUndefined();
  });
});
