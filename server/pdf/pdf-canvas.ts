import PDFDocument from 'pdfkit';
import { pdfFonts, runWidth, splitRuns, type FontFace, type PdfFonts } from './pdf-fonts.ts';

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
}

export interface CanvasMeta {
  title: string;
  author: string;
  subject: string;
  language: string;
  generatedAt: string;
  /** A PDF/A-3b file carrying another file (Factur-X: the invoice's XML) and XMP of its own. */
  archive?: PdfArchive | undefined;
}

export interface PdfArchive {
  attachment: { name: string; data: Buffer; mimeType: string; description: string; relationship: 'Alternative' | 'Data' | 'Source' | 'Supplement' };
  /** rdf:Description elements added to the document's XMP metadata (well-formed XML, escaped by the caller). */
  xmp: string;
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * pdfkit copies the title, author, subject and keywords into the XMP metadata as they are, so a customer
 * or organization named "Smith & Sons" would make that XML malformed (and a PDF/A file non-conforming).
 * They are escaped for the XMP only: the Info dictionary, written just before, keeps the plain text, and
 * both read the same once the XML is parsed.
 */
function escapeMetadataText(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as { _addInfo: () => void; info: Record<string, unknown> };
  const addInfo = internals._addInfo.bind(doc);
  internals._addInfo = () => {
    const plain = { ...internals.info };
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator']) {
      const value = plain[key];
      if (typeof value === 'string') internals.info[key] = value.replace(/[&<>"']/g, (char) => xmlEscapes[char]!);
    }
    try {
      addInfo();
    } finally {
      internals.info = plain;
    }
  };
}

export const INK = '#1f2328';
export const MUTED = '#5f6670';
export const HAIRLINE = '#d0d5db';

const PAGE_MARGIN = 42;
/** Room kept under the content for the page footer. */
const FOOTER_SPACE = 44;
/** Where a line's baseline sits below its top, as a share of the font size. */
const ASCENT = 0.92;

export function lineHeight(style: TextStyle): number {
  return style.size * 1.32;
}

/**
 * A page-flowing surface over pdfkit. Text is drawn one line at a time at explicit positions (never
 * pdfkit's own flow, which would add pages behind our back), split into font runs so that every script
 * finds a glyph.
 */
export class PdfCanvas {
  readonly doc: PDFKit.PDFDocument;
  readonly left = PAGE_MARGIN;
  readonly right: number;
  readonly top = PAGE_MARGIN;
  readonly bottom: number;
  y = PAGE_MARGIN;
  /** Draws what every continuation page starts with (a repeated table header, for instance). */
  onNewPage: (() => void) | undefined;
  private readonly fonts: PdfFonts;
  private readonly chunks: Buffer[] = [];

  constructor(meta: CanvasMeta) {
    const created = new Date(meta.generatedAt);
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      bufferPages: true,
      lang: meta.language,
      displayTitle: true,
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'Portico', Producer: 'Portico', CreationDate: created, ModDate: created },
      ...(meta.archive ? { subset: 'PDF/A-3b' as const, pdfVersion: '1.7' as const } : {}),
    });
    escapeMetadataText(this.doc);
    if (meta.archive) {
      const { attachment, xmp } = meta.archive;
      // pdfkit lists the file in the catalog's /AF and the /EmbeddedFiles name tree, with /AFRelationship.
      // pdfkit 0.17 reads `relationship`; its type definitions do not list it yet.
      const options: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
        name: attachment.name,
        type: attachment.mimeType,
        description: attachment.description,
        relationship: attachment.relationship,
        creationDate: created,
        modifiedDate: created,
      };
      this.doc.file(attachment.data, options);
      this.doc.appendXML(xmp);
    }
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.fonts = pdfFonts();
    for (const set of [this.fonts.primary, this.fonts.fallback]) {
      if (!set) continue;
      for (const face of [set.regular, set.bold]) {
        this.doc.registerFont(face.name, face.data);
        shareParsedFont(this.doc, face);
      }
    }
    this.right = this.doc.page.width - PAGE_MARGIN;
    this.bottom = this.doc.page.height - PAGE_MARGIN - FOOTER_SPACE;
  }

  get width(): number {
    return this.right - this.left;
  }

  measure(text: string, style: TextStyle): number {
    let width = 0;
    for (const run of splitRuns(text, style.bold ?? false, this.fonts)) width += runWidth(run);
    return width * style.size;
  }

  /** One line of text whose top is at `top`; answers its width. */
  text(text: string, x: number, top: number, style: TextStyle): number {
    let cursor = x;
    this.doc.fillColor(style.color ?? INK);
    for (const run of splitRuns(text, style.bold ?? false, this.fonts)) {
      this.doc.font(run.face.name).fontSize(style.size);
      this.doc.text(run.text, cursor, top + style.size * ASCENT, { lineBreak: false, baseline: 'alphabetic' });
      cursor += runWidth(run) * style.size;
    }
    return cursor - x;
  }

  textRight(text: string, rightX: number, top: number, style: TextStyle): void {
    this.text(text, rightX - this.measure(text, style), top, style);
  }

  /** Shrinks the size until the text fits the width (long amounts in narrow columns). */
  fit(text: string, width: number, style: TextStyle): TextStyle {
    const natural = this.measure(text, { ...style, size: 1 });
    if (natural * style.size <= width) return style;
    return { ...style, size: Math.max(5, Math.floor((width / natural) * 2) / 2) };
  }

  /** Breaks text into lines no wider than `width`: at spaces, between Japanese characters, or anywhere in an overlong word. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const lines: string[] = [];
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      const tokens = paragraph.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [''];
      let line = '';
      let lineWidth = 0;
      for (const token of tokens) {
        const tokenWidth = this.measure(token, style);
        const blank = /^\s+$/.test(token);
        if (blank || lineWidth + tokenWidth <= width) {
          line += token;
          lineWidth += tokenWidth;
          continue;
        }
        if (line.trim()) lines.push(line.trimEnd());
        line = token;
        lineWidth = tokenWidth;
        while (this.measure(line, style) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && this.measure(line.slice(0, cut), style) > width) cut -= 1;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
          lineWidth = this.measure(line, style);
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  /** Wrapped text flowing from the cursor, over pages when needed. */
  paragraph(text: string, style: TextStyle, x = this.left, width = this.right - x): void {
    for (const line of this.wrap(text, width, style)) {
      this.ensureSpace(lineHeight(style));
      this.text(line, x, this.y, style);
      this.y += lineHeight(style);
    }
  }

  rule(y: number, color = HAIRLINE, thickness = 0.6, from = this.left, to = this.right): void {
    this.doc.moveTo(from, y).lineTo(to, y).lineWidth(thickness).strokeColor(color).stroke();
  }

  fillRect(x: number, y: number, width: number, height: number, color: string): void {
    this.doc.rect(x, y, width, height).fillColor(color).fill();
  }

  /** Starts a new page when `height` more points would not fit on this one. */
  ensureSpace(height: number): void {
    if (this.y + height <= this.bottom) return;
    this.newPage();
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.y = this.top;
    this.onNewPage?.();
  }

  /** Draws every page's footer, now that the page count is known, and answers the PDF's bytes. */
  async finish(footer: (page: number, pageCount: number) => void): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      this.doc.switchToPage(index);
      footer(index - range.start + 1, range.count);
    }
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.end();
    return done;
  }

  /** The top of the footer band of the current page. */
  get footerTop(): number {
    return this.doc.page.height - PAGE_MARGIN - 14;
  }
}

/** What of pdfkit's document the font sharing below reaches into (pdfkit 0.17). */
interface PdfkitFontInternals {
  _fontFamilies?: Record<string, unknown>;
  _fontCount?: number;
  _font?: { constructor: new (document: unknown, font: unknown, id: string) => unknown };
}

let embeddedFontClass: (new (document: unknown, font: unknown, id: string) => unknown) | undefined;

/**
 * pdfkit parses a registered font anew for every document (fontkit.create on the 5 MB Noto Sans JP) and
 * loses the glyph metrics it decoded: most of the time of a short PDF. Each document is instead handed
 * a font object of its own (its own subset and widths) over the fontkit font parsed once per process, the
 * way pdfkit would build it. Should pdfkit's internals not be as expected, it parses as before.
 */
function shareParsedFont(doc: PDFKit.PDFDocument, face: FontFace): void {
  const internals = doc as unknown as PdfkitFontInternals;
  if (typeof internals._fontFamilies !== 'object' || internals._fontFamilies === null || typeof internals._fontCount !== 'number') return;
  if (!embeddedFontClass) {
    // The first document builds its font the usual way, which shows the class pdfkit uses.
    doc.font(face.name);
    const built = internals._font;
    if (built && internals._fontFamilies[face.name] === built) embeddedFontClass = built.constructor;
    return;
  }
  internals._fontCount += 1;
  internals._fontFamilies[face.name] = new embeddedFontClass(doc, face.font, `F${internals._fontCount}`);
}
