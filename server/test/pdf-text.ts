import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';

type PositionedText = Pick<TextItem, 'str' | 'transform' | 'width'>;

/** pdf.js types the transform matrix as any[]; it is six numbers. */
function transformAt(item: PositionedText, index: number): number {
  const matrix: unknown[] = item.transform;
  const value = matrix[index];
  return typeof value === 'number' ? value : 0;
}

function isPositionedText(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

/**
 * The text of each page, read back from the PDF the way a viewer lays it out: pieces on one baseline
 * joined into a line (directly when they touch, which is how font runs of one word are drawn, otherwise
 * with a space), lines top to bottom separated by newlines.
 */
export async function extractPdfText(pdf: Buffer | Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const pieces = content.items.filter(isPositionedText).filter((item) => item.str !== '');
      const lines = new Map<number, PositionedText[]>();
      for (const piece of pieces) {
        const baseline = Math.round(transformAt(piece, 5));
        const key = [...lines.keys()].find((known) => Math.abs(known - baseline) <= 1) ?? baseline;
        lines.set(key, [...(lines.get(key) ?? []), piece]);
      }
      const text = [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, line]) => {
          const sorted = line.sort((a, b) => transformAt(a, 4) - transformAt(b, 4));
          let joined = '';
          let end: number | undefined;
          for (const piece of sorted) {
            const start = transformAt(piece, 4);
            if (end !== undefined) joined += Math.abs(start - end) < 0.5 ? '' : ' ';
            joined += piece.str;
            end = start + piece.width;
          }
          return joined;
        })
        .join('\n');
      pages.push(text);
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** Text with every kind of space (no-break, narrow no-break, thin) made a plain one, for comparisons. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009\u2007\u200a]/g, ' ');
}

/** The PDF's document information (Title, Author, CreationDate as `D:YYYYMMDDHHmmSS…` …). */
export async function pdfInfo(pdf: Buffer | Uint8Array): Promise<Record<string, unknown>> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const { info } = await document.getMetadata();
    return info as Record<string, unknown>;
  } finally {
    await document.destroy();
  }
}

/** Every fill and stroke colour the first page uses, as `#rrggbb`. */
export async function pdfColours(pdf: Buffer | Uint8Array): Promise<Set<string>> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const page = await document.getPage(1);
    const operators = await page.getOperatorList();
    const colourOps = new Set([OPS.setFillRGBColor, OPS.setStrokeRGBColor]);
    const colours = new Set<string>();
    operators.fnArray.forEach((fn, index) => {
      const args: unknown = operators.argsArray[index];
      if (!colourOps.has(fn) || !ArrayBuffer.isView(args)) return;
      colours.add(`#${Array.from(args as Uint8ClampedArray, (value) => value.toString(16).padStart(2, '0')).join('')}`);
    });
    return colours;
  } finally {
    await document.destroy();
  }
}
