import { applyBrandColor } from '../../ui/brand.ts';

/** Colour maths for the brand colour: readable text on it, and a shade of it readable on white (WCAG AA). */

type Rgb = [number, number, number];

export function parseHex(color: string | null | undefined): Rgb | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

export function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const white: Rgb = [255, 255, 255];
const ink: Rgb = [0, 0, 0];

/** Text colour for content drawn on the brand colour: whichever of white or ink reads better. */
export function readableTextOn(background: Rgb): string {
  return contrastRatio(background, white) >= contrastRatio(background, ink) ? '#ffffff' : toHex(ink);
}

/** The page's grey background: the darkest surface brand-coloured text sits on. */
const pageBackground: Rgb = [245, 246, 248];

/** The brand colour darkened until it reaches 4.5:1 (with a margin) on white and on the page, for links and focus rings. */
export function shadeForText(color: Rgb): Rgb {
  let current = color;
  for (let i = 0; i < 30 && contrastRatio(current, pageBackground) < 4.6; i += 1) {
    current = current.map((v) => v * 0.85) as Rgb;
  }
  return current;
}

export interface BrandPalette {
  brand: string;
  onBrand: string;
  brandText: string;
}

const defaultBrand: Rgb = [37, 99, 235];

export function brandPalette(color: string | null | undefined): BrandPalette {
  const base = parseHex(color) ?? defaultBrand;
  // A button's fill must also read against the page: very light brands get a darker fill.
  const fill = contrastRatio(base, white) < 1.5 ? shadeForText(base) : base;
  return { brand: toHex(fill), onBrand: readableTextOn(fill), brandText: toHex(shadeForText(base)) };
}

/** Brand fills (header, primary buttons) keep the colour with readable text; links use a shade AA on white. */
export function applyBrand(color: string | null | undefined): void {
  applyBrandColor(color);
  const palette = brandPalette(color);
  const style = document.documentElement.style;
  style.setProperty('--portal-brand', palette.brand);
  style.setProperty('--portal-on-brand', palette.onBrand);
  style.setProperty('--portal-brand-text', palette.brandText);
}
