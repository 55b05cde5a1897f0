import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCodes, fieldIssueCodes } from '../contract/errors.ts';
import { portalAccessReasons } from '../contract/portal.ts';

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

type Tree = { [key: string]: string | Tree };

function text(tree: unknown, path: string): string | undefined {
  let node = tree;
  for (const key of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Tree)[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const placeholders = (value: string | undefined) => [...(value ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe.each(['admin', 'portal'])('the %s app’s error texts', (app) => {
  it.each(languages)('say every error code of the API and every field issue code in %s', (language) => {
    const tree = read(app, language);
    for (const code of errorCodes) expect(text(tree, `errors.${code}`)?.trim(), `errors.${code}`).toBeTruthy();
    for (const code of fieldIssueCodes) expect(text(tree, `fieldErrors.${code}`)?.trim(), `fieldErrors.${code}`).toBeTruthy();
  });

  it.each(languages.filter((language) => language !== 'en'))('are %s words, not English ones, with the same placeholders', (language) => {
    const english = read(app, 'en');
    const tree = read(app, language);
    const paths = [...errorCodes.map((code) => `errors.${code}`), ...Object.keys((english as Tree).fieldErrors as Tree).map((key) => `fieldErrors.${key}`)];
    for (const path of paths) {
      expect(placeholders(text(tree, path)), path).toEqual(placeholders(text(english, path)));
      expect(text(tree, path), path).not.toBe(text(english, path));
    }
  });
});

describe('the admin app’s portal access texts', () => {
  it.each(languages)('say in %s why portal access passed someone by, for every reason code', (language) => {
    const tree = read('admin', language);
    for (const reason of portalAccessReasons) expect(text(tree, `portalAccess.reasons.${reason}`)?.trim(), reason).toBeTruthy();
  });
});
