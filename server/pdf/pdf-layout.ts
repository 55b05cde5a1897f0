import { HAIRLINE, INK, lineHeight, MUTED, type PdfCanvas, type TextStyle } from './pdf-canvas.ts';
import { pageLabel, type PdfLabels } from './pdf-labels.ts';
import type { PdfCustomer, PdfOrganization } from './pdf-types.ts';

const LOGO_BOX: [number, number] = [150, 56];

/** `#rrggbb` or a safe default, so that a bad setting never breaks a PDF. */
export function brandColor(organization: PdfOrganization): string {
  return /^#[0-9a-fA-F]{6}$/.test(organization.brandColor) ? organization.brandColor : '#1f5fbf';
}

/** Logo, the business's name and contact details on the left; the title and number on the right. */
export function drawLetterhead(canvas: PdfCanvas, organization: PdfOrganization, title: string, subtitle: string[]): void {
  const brand = brandColor(organization);
  let left = canvas.top;
  if (organization.logo) {
    try {
      canvas.doc.image(organization.logo, canvas.left, left, { fit: LOGO_BOX });
      left += LOGO_BOX[1] + 8;
    } catch {
      // An unreadable logo (neither PNG nor JPEG) is left out rather than failing the document.
    }
  }
  const columnWidth = canvas.width * 0.55;
  const name: TextStyle = { size: 13, bold: true };
  for (const line of canvas.wrap(organization.name, columnWidth, name)) {
    canvas.text(line, canvas.left, left, name);
    left += lineHeight(name);
  }
  const small: TextStyle = { size: 8.5, color: MUTED };
  const contact = [organization.email, organization.phone, organization.website].filter((part): part is string => Boolean(part));
  const details = [...(organization.address ?? '').split(/\r?\n/), contact.join(' · ')].filter((line) => line.trim());
  for (const line of details.flatMap((detail) => canvas.wrap(detail, columnWidth, small))) {
    canvas.text(line, canvas.left, left, small);
    left += lineHeight(small);
  }

  let right = canvas.top;
  const titleStyle: TextStyle = { size: 20, bold: true, color: brand };
  canvas.textRight(title, canvas.right, right, titleStyle);
  right += lineHeight(titleStyle) + 2;
  subtitle.forEach((line, index) => {
    const style: TextStyle = index === 0 ? { size: 11, bold: true } : { size: 9, color: MUTED };
    canvas.textRight(line, canvas.right, right, style);
    right += lineHeight(style);
  });
  canvas.y = Math.max(left, right) + 10;
  canvas.rule(canvas.y, brand, 1.4);
  canvas.y += 14;
}

/**
 * The customer on the left (under `heading`; its tax number under the address, after `taxLabel`, where
 * both are given), label/value pairs on the right.
 */
export function drawParties(canvas: PdfCanvas, heading: string, customer: PdfCustomer, facts: [string, string][], taxLabel?: string): void {
  const start = canvas.y;
  let left = start;
  const label: TextStyle = { size: 8, bold: true, color: MUTED };
  canvas.text(heading.toUpperCase(), canvas.left, left, label);
  left += lineHeight(label);
  const width = canvas.width * 0.5;
  const name: TextStyle = { size: 11, bold: true };
  for (const line of canvas.wrap(customer.name, width, name)) {
    canvas.text(line, canvas.left, left, name);
    left += lineHeight(name);
  }
  const address: TextStyle = { size: 9 };
  for (const line of customer.addressLines.flatMap((part) => canvas.wrap(part, width, address))) {
    canvas.text(line, canvas.left, left, address);
    left += lineHeight(address);
  }
  const taxNumber = customer.taxNumber?.trim();
  if (taxLabel && taxNumber) {
    for (const line of canvas.wrap(`${taxLabel}: ${taxNumber}`, width, address)) {
      canvas.text(line, canvas.left, left, address);
      left += lineHeight(address);
    }
  }

  let right = start;
  const keyStyle: TextStyle = { size: 9, color: MUTED };
  const valueStyle: TextStyle = { size: 9, bold: true };
  const valueRight = canvas.right;
  const keyRight = canvas.right - 110;
  for (const [key, value] of facts) {
    if (!value) continue;
    canvas.textRight(key, keyRight, right, keyStyle);
    canvas.textRight(value, valueRight, right, canvas.fit(value, 104, valueStyle));
    right += lineHeight(valueStyle) + 1;
  }
  canvas.y = Math.max(left, right) + 16;
}

/** A slim reminder of whose document this is, at the top of every page after the first. */
export function continuationHeader(canvas: PdfCanvas, organization: PdfOrganization, text: string): () => void {
  return () => {
    const style: TextStyle = { size: 9, color: MUTED };
    canvas.text(text, canvas.left, canvas.y, style);
    canvas.y += lineHeight(style) + 4;
    canvas.rule(canvas.y, brandColor(organization), 0.8);
    canvas.y += 10;
  };
}

export function drawFooter(canvas: PdfCanvas, labels: PdfLabels, left: string, page: number, pageCount: number): void {
  const style: TextStyle = { size: 8, color: MUTED };
  const top = canvas.footerTop;
  canvas.rule(top - 6, HAIRLINE, 0.5);
  const label = pageLabel(labels, page, pageCount);
  canvas.text(left, canvas.left, top, canvas.fit(left, canvas.width * 0.6, style));
  canvas.textRight(label, canvas.right, top, style);
}

/** Label/amount rows kept together on one page, right-aligned in a panel. */
export function drawTotals(canvas: PdfCanvas, organization: PdfOrganization, rows: { label: string; value: string; strong?: boolean }[]): void {
  const row: TextStyle = { size: 9.5 };
  const height = rows.length * (lineHeight(row) + 4) + 12;
  canvas.ensureSpace(height);
  const panelLeft = canvas.right - 250;
  canvas.y += 6;
  for (const { label, value, strong } of rows) {
    const style: TextStyle = strong ? { size: 10.5, bold: true, color: INK } : row;
    if (strong) {
      canvas.rule(canvas.y - 2, brandColor(organization), 0.9, panelLeft, canvas.right);
      canvas.y += 2;
    }
    canvas.text(label, panelLeft, canvas.y, { ...style, color: strong ? INK : MUTED });
    canvas.textRight(value, canvas.right, canvas.y, canvas.fit(value, 130, style));
    canvas.y += lineHeight(style) + 4;
  }
  canvas.y += 8;
}

/** A heading and free text (notes, terms), printed literally and flowing over pages. */
export function drawTextSection(canvas: PdfCanvas, organization: PdfOrganization, heading: string, body: string | null): void {
  if (!body?.trim()) return;
  const headingStyle: TextStyle = { size: 9, bold: true, color: brandColor(organization) };
  canvas.ensureSpace(lineHeight(headingStyle) * 3);
  canvas.text(heading, canvas.left, canvas.y, headingStyle);
  canvas.y += lineHeight(headingStyle) + 1;
  canvas.paragraph(body, { size: 9 });
  canvas.y += 10;
}
