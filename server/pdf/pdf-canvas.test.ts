import { describe, expect, it } from 'vitest';
import { extractPdfText, plainSpaces } from '../test/pdf-text.ts';
import { PdfCanvas } from './pdf-canvas.ts';
import { pdfFonts } from './pdf-fonts.ts';

const meta = { title: 'T', author: 'Portico', subject: 'S', language: 'en', generatedAt: '2026-12-02T10:00:00.000Z' };

async function render(text: string): Promise<{ canvas: PdfCanvas; pdf: Buffer }> {
  const canvas = new PdfCanvas(meta);
  canvas.doc.font(pdfFonts().primary.regular.name).fontSize(12).text(text, 50, 50);
  return { canvas, pdf: await canvas.finish(() => {}) };
}

describe('PDF fonts shared between documents', () => {
  it('gives every document its own font object over the font parsed once, and each PDF embeds what it shows', async () => {
    await render('first');
    const second = await render('Grüße 請求書 Ελλας');
    const third = await render('Straße 見積書');
    const fontOf = (canvas: PdfCanvas) => (canvas.doc as unknown as { _fontFamilies: Record<string, { font: unknown; subset: unknown }> })._fontFamilies[pdfFonts().primary.regular.name]!;
    // The parsed font is the process's own; the subset (what the PDF embeds) is each document's.
    expect(fontOf(second.canvas).font).toBe(pdfFonts().primary.regular.font);
    expect(fontOf(third.canvas).font).toBe(pdfFonts().primary.regular.font);
    expect(fontOf(second.canvas).subset).not.toBe(fontOf(third.canvas).subset);
    expect((await extractPdfText(second.pdf)).map(plainSpaces).join(' ')).toContain('Grüße 請求書 Ελλας');
    expect((await extractPdfText(third.pdf)).map(plainSpaces).join(' ')).toContain('Straße 見積書');
  });
});

describe('PDF metadata', () => {
  it('keeps the XMP well-formed for names with XML characters, and the Info dictionary plain', async () => {
    const canvas = new PdfCanvas({ ...meta, title: 'Smith & Sons <Invoice> "1"', author: 'O\'Brien & Co', archive: { attachment: { name: 'a.xml', data: Buffer.from('<a/>'), mimeType: 'text/xml', description: 'A', relationship: 'Alternative' }, xmp: '' } });
    canvas.doc.font(pdfFonts().primary.regular.name).fontSize(12).text('x', 50, 50);
    const pdf = (await canvas.finish(() => {})).toString('latin1');
    const xmp = pdf.slice(pdf.indexOf('<x:xmpmeta'), pdf.indexOf('</x:xmpmeta>'));
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Smith &amp; Sons &lt;Invoice&gt; &quot;1&quot;</rdf:li>');
    expect(xmp).toContain('<rdf:li>O&apos;Brien &amp; Co</rdf:li>');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    // The Info dictionary's title (its own object) is the plain text.
    const titleRef = /\/Title (\d+) 0 R/.exec(pdf)![1];
    const titleObject = pdf.slice(pdf.indexOf(`\n${titleRef} 0 obj`), pdf.indexOf('endobj', pdf.indexOf(`\n${titleRef} 0 obj`)));
    expect(titleObject).toContain('(Smith & Sons <Invoice> "1")');
  });
});
