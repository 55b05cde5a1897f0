import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const languages = ['en', 'de', 'fr', 'es', 'ja'] as const;

/** Every key of a resource tree, dotted; plural forms (`_one`, `_other`) count as their base key. */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

function read(app: string, language: string): unknown {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, app, 'locales', `${language}.json`), 'utf8'));
}

describe.each(['admin', 'portal'])('the %s app’s texts', (app) => {
  const english = new Set(keys(read(app, 'en')));

  it.each(languages.filter((language) => language !== 'en'))('exist in %s for every English text, and no others', (language) => {
    const translated = new Set(keys(read(app, language)));
    expect([...english].filter((key) => !translated.has(key))).toEqual([]);
    expect([...translated].filter((key) => !english.has(key))).toEqual([]);
  });

  it('include the texts the shared components read', () => {
    for (const key of ['common.cancel', 'common.close', 'common.loading', 'common.retry', 'common.required', 'errors.generic', 'errors.server', 'errors.network']) {
      expect(english.has(key), key).toBe(true);
    }
  });
});
