/** Code lists of EN 16931 e-invoices: units (UN/ECE Rec 20), countries (ISO 3166-1), VAT categories (UNCL 5305). */

const unitCodes: Record<string, string> = {
  h: 'HUR', hr: 'HUR', hrs: 'HUR', hour: 'HUR', hours: 'HUR', stunde: 'HUR', stunden: 'HUR', heure: 'HUR', heures: 'HUR', hora: 'HUR', horas: 'HUR', 時間: 'HUR',
  min: 'MIN', minute: 'MIN', minutes: 'MIN',
  d: 'DAY', day: 'DAY', days: 'DAY', tag: 'DAY', tage: 'DAY', jour: 'DAY', jours: 'DAY', día: 'DAY', días: 'DAY', 日: 'DAY',
  week: 'WEE', weeks: 'WEE', wk: 'WEE',
  month: 'MON', months: 'MON', mo: 'MON', monat: 'MON', mois: 'MON', mes: 'MON', 月: 'MON',
  year: 'ANN', years: 'ANN', yr: 'ANN',
  kg: 'KGM', g: 'GRM', t: 'TNE', l: 'LTR', litre: 'LTR', liter: 'LTR', ml: 'MLT',
  m: 'MTR', km: 'KMT', cm: 'CMT', mm: 'MMT', m2: 'MTK', 'm²': 'MTK', m3: 'MTQ', 'm³': 'MTQ',
  pc: 'H87', pcs: 'H87', piece: 'H87', pieces: 'H87', stk: 'H87', stück: 'H87', pièce: 'H87', pieza: 'H87', 個: 'H87',
  ea: 'EA', each: 'EA', unit: 'C62', units: 'C62', set: 'SET', sets: 'SET', pack: 'PK', box: 'BX', kwh: 'KWH',
};

const recommendation20 = /^[A-Z0-9]{2,3}$/;

/** A line's free-text unit as a UN/ECE Recommendation 20 code; C62 ("one") when it names none. */
export function unitCode(unit: string | null): string {
  if (!unit) return 'C62';
  const trimmed = unit.trim();
  const known = unitCodes[trimmed.toLowerCase().replace(/\.$/, '')];
  if (known) return known;
  return recommendation20.test(trimmed) && trimmed.length === 3 ? trimmed : 'C62';
}

/** Codes ICU names that are no countries of today (East Germany, the USSR …) or groups (EU, UN). */
const historicOrGroupCodes = new Set(['AN', 'BU', 'CS', 'DD', 'EU', 'EZ', 'FX', 'NT', 'QO', 'SU', 'TP', 'UN', 'YU', 'ZR']);

let countryNames: Map<string, string> | undefined;

function namesOfCountries(): Map<string, string> {
  if (countryNames) return countryNames;
  const names = new Map<string, string>();
  const languages = ['en', 'de', 'fr', 'es', 'ja'];
  const displays = languages.map((language) => new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      if (historicOrGroupCodes.has(code)) continue;
      for (const display of displays) {
        const name = display.of(code);
        // The first code of a name wins (FR before the reserved FX, both "France").
        if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), code);
      }
    }
  }
  for (const [alias, code] of [['usa', 'US'], ['united states of america', 'US'], ['uk', 'GB'], ['england', 'GB'], ['deutschland', 'DE'], ['holland', 'NL']] as const) names.set(alias, code);
  countryNames = names;
  return names;
}

/** A country as written in an address ("DE", "Germany", "Deutschland", "ドイツ") as ISO 3166-1 alpha-2, or null. */
export function countryCode(country: string | null | undefined): string | null {
  if (!country) return null;
  const trimmed = country.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  return namesOfCountries().get(trimmed.toLowerCase()) ?? null;
}

export const vatCategoryCodes = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'] as const;
export type VatCategory = (typeof vatCategoryCodes)[number];

/** A tax's category: the one it names, else S (standard) for a rate above 0 and Z (zero rated) for 0. */
export function vatCategoryOf(named: string | null | undefined, rateMillipercent: number): VatCategory {
  if (named && (vatCategoryCodes as readonly string[]).includes(named)) return named as VatCategory;
  return rateMillipercent > 0 ? 'S' : 'Z';
}

/** Categories whose breakdown must give an exemption reason (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10). */
export const categoriesWithExemptionReason: ReadonlySet<VatCategory> = new Set(['E', 'AE', 'K', 'G', 'O']);

/** Default exemption reasons, used when the tax names none. */
export const defaultExemptionReasons: Partial<Record<VatCategory, string>> = {
  E: 'Exempt from VAT',
  AE: 'Reverse charge',
  K: 'Intra-community supply',
  G: 'Export outside the EU',
  O: 'Not subject to VAT',
};
