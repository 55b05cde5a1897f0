import { describe, expect, it } from 'vitest';
import { brandContrast, contrastRatio, formatContrastRatio } from './brand.ts';

describe('brand colour contrast', () => {
  it('measures white text on the colour as WCAG does, the same both ways', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#1f5fbf', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#1f5fbf'), 10);
  });

  it('passes AA at 4.5:1 and no lower: #767676 passes, #777777 does not', () => {
    expect(brandContrast('#767676')).toMatchObject({ passesAA: true });
    const grey = brandContrast('#777777');
    expect(grey?.passesAA).toBe(false);
    expect(grey?.ratio).toBeGreaterThan(4.47);
    expect(formatContrastRatio(grey?.ratio ?? 0)).toBe('4.47:1');
  });

  it('names the darker shade the portal uses for a light colour, and keeps a dark one', () => {
    const yellow = brandContrast('#ffcc00');
    expect(yellow?.passesAA).toBe(false);
    expect(yellow?.portalAccent).not.toBe('#ffcc00');
    expect(contrastRatio(yellow?.portalAccent ?? '', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(brandContrast('#1f3f7f')?.portalAccent).toBe('#1f3f7f');
  });

  it('has nothing to say about something that is not a colour', () => {
    expect(brandContrast('red')).toBeUndefined();
    expect(brandContrast('#12345')).toBeUndefined();
  });

  it('writes ratios as WCAG does, never rounding up to a pass', () => {
    expect(formatContrastRatio(21)).toBe('21.00:1');
    expect(formatContrastRatio(4.4999)).toBe('4.49:1');
    expect(formatContrastRatio(4.5)).toBe('4.50:1');
  });
});
