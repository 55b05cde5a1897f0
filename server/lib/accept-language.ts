import { supportedLanguages, type Language } from '../../contract/portal.ts';

/**
 * The language Portico speaks that an `Accept-Language` header prefers most (`de-CH,de;q=0.9,en;q=0.8`
 * → `de`); undefined when it names none of them.
 */
export function preferredLanguage(header: string | string[] | undefined): Language | undefined {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return undefined;
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attributes] = part.trim().split(';');
      const q = attributes.map((a) => a.trim()).find((a) => a.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.base).find((base): base is Language => (supportedLanguages as readonly string[]).includes(base));
}

/** A stored language code, if it is one Portico speaks. */
export function asLanguage(value: string | null | undefined): Language | undefined {
  return (supportedLanguages as readonly string[]).includes(value ?? '') ? (value as Language) : undefined;
}
