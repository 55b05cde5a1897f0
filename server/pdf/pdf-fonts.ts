import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The part of a fontkit font that the renderers use. */
export interface FontkitFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { advanceWidth: number };
}

interface Fontkit {
  create(buffer: Buffer): FontkitFont;
}

export interface FontFace {
  /** Name the face is registered under in each PDF document. */
  name: string;
  data: Buffer;
  font: FontkitFont;
}

export interface FontSet {
  regular: FontFace;
  bold: FontFace;
}

export interface PdfFonts {
  /** Noto Sans JP: Latin, Japanese, most of Greek and Cyrillic. */
  primary: FontSet;
  /**
   * Noto Sans, for what Noto Sans JP lacks (accented Greek, Ukrainian Cyrillic, Central European Latin,
   * thin spaces). Undefined while the `@expo-google-fonts/noto-sans` package is not installed.
   */
  fallback: FontSet | undefined;
}

// fontkit is pdfkit's own font engine; resolving it through pdfkit keeps the two in step.
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as Fontkit;

function loadFace(name: string, specifier: string): FontFace {
  const data = readFileSync(require.resolve(specifier));
  return { name, data, font: fontkit.create(data) };
}

function loadOptionalSet(prefix: string, regular: string, bold: string): FontSet | undefined {
  try {
    return { regular: loadFace(`${prefix}-regular`, regular), bold: loadFace(`${prefix}-bold`, bold) };
  } catch {
    return undefined;
  }
}

let loaded: PdfFonts | undefined;

/** Reads and parses the fonts once per process (Noto Sans JP alone is 5 MB). */
export function pdfFonts(): PdfFonts {
  loaded ??= {
    primary: {
      regular: loadFace('jp-regular', '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
      bold: loadFace('jp-bold', '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
    },
    fallback: loadOptionalSet(
      'latin',
      '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
      '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    ),
  };
  return loaded;
}

export interface TextRun {
  text: string;
  face: FontFace;
}

/** Characters no embedded font may have, drawn as their nearest plain equivalent. */
const substitutes: Record<string, string> = { '\u202f': '\u00a0', '\u2009': ' ', '\u2007': ' ', '\u200a': ' ' };

const coverageCache = new WeakMap<FontkitFont, Map<number, boolean>>();

function covers(face: FontFace, codePoint: number): boolean {
  let cache = coverageCache.get(face.font);
  if (!cache) {
    cache = new Map();
    coverageCache.set(face.font, cache);
  }
  let known = cache.get(codePoint);
  if (known === undefined) {
    known = face.font.hasGlyphForCodePoint(codePoint);
    cache.set(codePoint, known);
  }
  return known;
}

/** Splits text into runs, each drawn with the first font that has glyphs for its characters. */
export function splitRuns(text: string, bold: boolean, fonts: PdfFonts = pdfFonts()): TextRun[] {
  const primary = bold ? fonts.primary.bold : fonts.primary.regular;
  const fallback = fonts.fallback ? (bold ? fonts.fallback.bold : fonts.fallback.regular) : undefined;
  const runs: TextRun[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    let face = primary;
    let drawn = char;
    if (!covers(primary, codePoint)) {
      if (fallback && covers(fallback, codePoint)) face = fallback;
      else drawn = substitutes[char] ?? char;
    }
    const last = runs.at(-1);
    if (last && last.face === face) last.text += drawn;
    else runs.push({ text: drawn, face });
  }
  return runs;
}

const widthCache = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 100_000;

/** Advance width of a run at size 1, the way pdfkit lays it out; cached across documents. */
export function runWidth(run: TextRun): number {
  const key = `${run.face.name}\u0000${run.text}`;
  let width = widthCache.get(key);
  if (width === undefined) {
    width = run.face.font.layout(run.text).advanceWidth / run.face.font.unitsPerEm;
    if (widthCache.size >= WIDTH_CACHE_LIMIT) widthCache.clear();
    widthCache.set(key, width);
  }
  return width;
}
