/** Brand colours made safe to use: text on the accent and accent text on white both reach WCAG AA. */

function channels(hex: string): [number, number, number] | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return undefined;
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: string, b: string): number {
  const ca = channels(a);
  const cb = channels(b);
  if (!ca || !cb) return 1;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The brand colour, darkened step by step until white text on it (and it as text on a light
 * background) reaches the given contrast. A dark brand colour is returned unchanged.
 */
export function accessibleAccent(hex: string, minimum = 4.8): string {
  const start = channels(hex);
  if (!start) return '#1f5fbf';
  let current = start;
  for (let step = 0; step < 40 && contrastRatio(toHex(current), '#ffffff') < minimum; step++) {
    current = current.map((c) => c * 0.92) as [number, number, number];
  }
  return toHex(current);
}

/** WCAG AA for normal text. */
export const WCAG_AA_TEXT = 4.5;

export interface BrandContrast {
  /** White text on the brand colour; the same ratio as the colour as text on white (contrast is symmetric). */
  ratio: number;
  passesAA: boolean;
  /** What the portal uses instead when the colour falls short: it darkened until it passes (`accessibleAccent`). */
  portalAccent: string;
}

/** How readable the brand colour is with white (undefined for something that isn't a colour like #1f5fbf). */
export function brandContrast(hex: string): BrandContrast | undefined {
  if (!channels(hex)) return undefined;
  const ratio = contrastRatio(hex, '#ffffff');
  return { ratio, passesAA: ratio >= WCAG_AA_TEXT, portalAccent: accessibleAccent(hex) };
}

/** A ratio as WCAG writes it, to two places and rounded down, so that a failing 4.499 never shows as 4.50: `4.49:1`. */
export function formatContrastRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100 + 1e-9) / 100).toFixed(2)}:1`;
}

/** Sets the `--accent*` custom properties of the shared stylesheet from a brand colour. */
export function applyBrandColor(hex: string | null | undefined, root: HTMLElement = document.documentElement): void {
  const accent = accessibleAccent(hex ?? '#1f5fbf');
  const rgb = channels(accent) ?? [31, 95, 191];
  root.style.setProperty('--accent', accent);
  root.style.setProperty('--accent-rgb', rgb.join(', '));
  root.style.setProperty('--accent-contrast', '#ffffff');
}
