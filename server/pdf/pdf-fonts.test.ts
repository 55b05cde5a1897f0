import { describe, expect, it } from 'vitest';
import { pdfFonts, splitRuns, type FontFace, type PdfFonts } from './pdf-fonts.ts';

function fakeFace(name: string, covered: RegExp): FontFace {
  return {
    name,
    data: Buffer.alloc(0),
    font: { unitsPerEm: 1000, hasGlyphForCodePoint: (codePoint) => covered.test(String.fromCodePoint(codePoint)), layout: () => ({ advanceWidth: 0 }) },
  };
}

describe('PDF fonts', () => {
  it('embeds Noto Sans JP, which has glyphs for Latin, Japanese, Greek and Russian text', () => {
    const { primary } = pdfFonts();
    for (const face of [primary.regular, primary.bold]) {
      for (const sample of ['Müller Straße Ça', '山田商事 請求書', 'ΑΒΓΔ Συμβουλευτικη', 'Москва улица Льва Толстого ёЁ']) {
        const missing = [...sample].filter((char) => char.trim() && !face.font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
        expect(missing, `${face.name}: ${sample}`).toEqual([]);
      }
    }
  });

  it('switches to the fallback font for the characters the primary one lacks, and back', () => {
    const fonts: PdfFonts = {
      primary: { regular: fakeFace('p', /[^ήї]/u), bold: fakeFace('pb', /[^ήї]/u) },
      fallback: { regular: fakeFace('f', /./u), bold: fakeFace('fb', /./u) },
    };
    expect(splitRuns('Αθήνα Київ', false, fonts).map((run) => [run.face.name, run.text])).toEqual([
      ['p', 'Αθ'],
      ['f', 'ή'],
      ['p', 'να Ки'],
      ['f', 'ї'],
      ['p', 'в'],
    ]);
    expect(splitRuns('ή', true, fonts).map((run) => run.face.name)).toEqual(['fb']);
  });

  it('draws a narrow no-break space as a no-break space when no font has it', () => {
    const fonts: PdfFonts = { primary: { regular: fakeFace('p', /[^\u202f]/u), bold: fakeFace('pb', /[^\u202f]/u) }, fallback: undefined };
    expect(splitRuns('1\u202f234,50\u00a0€', false, fonts)).toEqual([{ face: fonts.primary.regular, text: '1\u00a0234,50\u00a0€' }]);
  });

  it('covers accented Greek, Ukrainian and Central European letters with the fallback font', () => {
    expect(pdfFonts().fallback).toBeDefined();
    const fonts = pdfFonts();
    for (const char of 'ήάίόύώЇїЄєҐґłőčșț\u202f') {
      const run = splitRuns(char, false, fonts)[0];
      expect(run?.face.font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0), char).toBe(true);
    }
  });
});
