import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../contract/money.ts';
import { extractPdfText, pdfInfo, plainSpaces } from '../test/pdf-text.ts';
import { renderDocumentPdf } from './document-pdf.ts';
import { invoiceView, tinyPng, type LineSpec } from './pdf-test-fixtures.ts';

const money = (minor: number, language = 'en', currency = 'EUR') => plainSpaces(formatMoney(minor, currency, language));
const pagesOf = async (pdf: Buffer) => (await extractPdfText(pdf)).map(plainSpaces);

describe('renderDocumentPdf', () => {
  it('prints every line’s figures, the totals and the balance in the customer’s currency', async () => {
    const [page, ...rest] = await pagesOf(await renderDocumentPdf(invoiceView()));
    expect(rest).toEqual([]);
    expect(page).toContain('Invoice');
    expect(page).toContain('INV-000042');
    expect(page).toContain('Partially paid');
    expect(page).toContain('Acme Supplies');
    expect(page).toContain('billing@acme.test · +44 113 000 0000 · https://acme.test');
    expect(page).toMatch(/BILL TO[\s\S]*Brightside Ltd[\s\S]*2 Park Lane[\s\S]*London W1K 1QA/);
    expect(page).toMatch(/Date Nov 1, 2026/);
    expect(page).toMatch(/Due date Dec 1, 2026/);
    expect(page).toContain('Reference PO-7781');
    expect(page).toContain('Item Qty Unit Rate Discount Tax Amount');
    expect(page).toContain('Consulting 1.5 h €90.00 €13.50 €23.09 €144.59');
    expect(page).toContain('Workshop on site 10% VAT 19%');
    expect(page).toContain('Travel 1 h €123.45 – – €123.45');
    expect(page).toContain('Subtotal €258.45');
    expect(page).toContain('Discount -€13.50');
    expect(page).toContain('Tax €23.09');
    expect(page).toContain('Total €268.04');
    expect(page).toContain('Payments made -€50.00');
    expect(page).toContain('Balance due €218.04');
    expect(page).toContain('PAY-000003 Nov 10, 2026 €50.00');
    expect(page).toContain('Thank you for your business.');
    expect(page).toContain('Payable within 30 days.');
    expect(page).toContain('Page 1 of 1');
  });

  it('speaks German to a German customer, with German dates and money', async () => {
    const [page] = await pagesOf(await renderDocumentPdf(invoiceView({ language: 'de' })));
    expect(page).toContain('Rechnung');
    expect(page).toContain('Teilweise bezahlt');
    expect(page).toContain('RECHNUNG AN');
    expect(page).toContain('Fällig am 01.12.2026');
    expect(page).toContain('Artikel Menge Einheit Preis Rabatt Steuer Betrag');
    expect(page).toContain(`Consulting 1,5 h ${money(9_000, 'de')} ${money(1_350, 'de')} ${money(2_309, 'de')} ${money(14_459, 'de')}`);
    expect(page).toContain(`Zwischensumme ${money(25_845, 'de')}`);
    expect(page).toContain(`Gesamtbetrag ${money(26_804, 'de')}`);
    expect(page).toContain(`Offener Betrag ${money(21_804, 'de')}`);
    expect(page).toContain('Seite 1 von 1');
    expect(page).not.toContain('Balance due');
  });

  it.each([
    ['fr', 'Facture', 'Solde dû'],
    ['es', 'Factura', 'Saldo pendiente'],
    ['ja', '請求書', '請求残高'],
  ] as const)('labels a %s invoice in its language', async (language, title, balance) => {
    const [page] = await pagesOf(await renderDocumentPdf(invoiceView({ language })));
    expect(page).toContain(title);
    expect(page).toContain(`${balance} ${money(21_804, language)}`);
  });

  it('renders a Japanese customer name and yen amounts as text', async () => {
    const view = invoiceView({ language: 'ja', currency: 'JPY', customer: { name: '山田商事', addressLines: ['東京都千代田区丸の内1-1'] }, paidMinor: 0, payments: [] });
    const [page] = await pagesOf(await renderDocumentPdf(view));
    expect(page).toContain('山田商事');
    expect(page).toContain('東京都千代田区丸の内1-1');
    expect(page).toContain('請求先');
    expect(page).toContain(`合計 ${money(26_804, 'ja', 'JPY')}`);
    expect(money(26_804, 'ja', 'JPY')).toBe('￥26,804');
  });

  it('renders Greek and Cyrillic text', async () => {
    const specs: LineSpec[] = [
      { name: 'ΥΠΗΡΕΣΙΕΣ ΣΥΜΒΟΥΛΩΝ', description: 'Συμβουλευτικη για την Αθηνα', quantityMilli: 1000, rateMinor: 100 },
      { name: 'Консультация', description: 'Москва, улица Льва Толстого', quantityMilli: 1000, rateMinor: 100 },
    ];
    const [page] = await pagesOf(await renderDocumentPdf(invoiceView({ customer: { name: 'ООО «Ромашка»', addressLines: ['Θεσσαλονικη'] } }, specs)));
    for (const text of ['ΥΠΗΡΕΣΙΕΣ ΣΥΜΒΟΥΛΩΝ', 'Συμβουλευτικη για την Αθηνα', 'Консультация', 'Москва, улица Льва Толстого', 'ООО «Ромашка»', 'Θεσσαλονικη']) {
      expect(page).toContain(text);
    }
  });

  it('prints notes and terms with markup literally', async () => {
    const notes = 'Hello <script>alert("pwned")</script> & <b>bold</b>';
    const [page] = await pagesOf(await renderDocumentPdf(invoiceView({ notes, terms: '<img src=x onerror=alert(1)>' })));
    expect(page).toContain(notes);
    expect(page).toContain('<img src=x onerror=alert(1)>');
  });

  it('flows 300 lines over pages: header and page number on each, the totals once on the last page', async () => {
    const specs = Array.from({ length: 300 }, (_, index): LineSpec => ({
      name: `Line ${index + 1}`,
      description: index % 10 === 0 ? 'A longer description that wraps onto a second line in the item column of the table' : null,
      quantityMilli: 1000 + index,
      rateMinor: 1_999,
      taxRateMillipercent: 19_000,
    }));
    const view = invoiceView({ paidMinor: 0, payments: [] }, specs);
    const pages = await pagesOf(await renderDocumentPdf(view));
    expect(pages.length).toBeGreaterThan(4);
    pages.forEach((page, index) => {
      expect(page).toContain('Item Qty Unit Rate Discount Tax Amount');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      const last = index === pages.length - 1;
      expect(page.includes('Subtotal'), `page ${index + 1}`).toBe(last);
      expect(page.includes('Balance due'), `page ${index + 1}`).toBe(last);
      if (index > 0) expect(page).toContain('Invoice INV-000042 · Brightside Ltd');
    });
    const all = pages.join('\n');
    for (let line = 1; line <= 300; line += 1) expect(all).toMatch(new RegExp(`^Line ${line} `, 'm'));
    expect(view.totalMinor).toBe(view.lines.reduce((sum, line) => sum + line.totalMinor, 0));
    expect(pages.at(-1)).toContain(`Total ${money(view.totalMinor)}`);
    expect(pages.at(-1)).toContain(`Balance due ${money(view.totalMinor)}`);
  });

  it('cuts a description too long for one page rather than overflowing it', async () => {
    const description = Array.from({ length: 400 }, (_, index) => `Sentence ${index} of a very long description.`).join(' ');
    const pages = await pagesOf(await renderDocumentPdf(invoiceView({}, [{ name: 'Huge', description, quantityMilli: 1000, rateMinor: 100 }])));
    expect(pages.length).toBeLessThanOrEqual(3);
    expect(pages.join('\n')).toContain('Sentence 0 of');
    expect(pages.join('\n')).toContain('…');
    expect(pages.join('\n')).not.toContain('Sentence 399 of');
    expect(pages.at(-1)).toContain('Balance due');
  });

  it('titles estimates and credit notes by kind, with what matters to each', async () => {
    const [estimate] = await pagesOf(await renderDocumentPdf(invoiceView({ kind: 'estimate', number: 'EST-000007', status: 'sent', dueDate: null, expiryDate: '2026-12-15', paidMinor: 0, balanceMinor: 0, payments: [] })));
    expect(estimate).toContain('Estimate');
    expect(estimate).toContain('Valid until Dec 15, 2026');
    expect(estimate).toContain(`Total ${money(26_804)}`);
    expect(estimate).not.toContain('Balance due');
    expect(estimate).not.toContain('Due date');
    const [credit] = await pagesOf(await renderDocumentPdf(invoiceView({ kind: 'credit_note', number: 'CN-000002', status: 'open', paidMinor: 0, balanceMinor: 6_804, payments: [] })));
    expect(credit).toContain('Credit note');
    expect(credit).toContain(`Credits remaining ${money(6_804)}`);
    const [retainer] = await pagesOf(await renderDocumentPdf(invoiceView({ kind: 'retainer_invoice', number: 'RET-000001', language: 'de' })));
    expect(retainer).toContain('Vorschussrechnung');
  });

  it('embeds the logo, and leaves out one that is not an image', async () => {
    const withLogo = await renderDocumentPdf(invoiceView({ organization: { ...invoiceView().organization, logo: tinyPng } }));
    expect(withLogo.toString('latin1')).toContain('/Subtype /Image');
    const broken = await renderDocumentPdf(invoiceView({ organization: { ...invoiceView().organization, logo: Buffer.from('not an image') } }));
    expect(broken.toString('latin1')).not.toContain('/Subtype /Image');
    expect((await pagesOf(broken))[0]).toContain('Balance due');
  });

  it('renders the same bytes for the same view, dated by the view', async () => {
    const first = await renderDocumentPdf(invoiceView());
    const second = await renderDocumentPdf(invoiceView());
    expect(first.equals(second)).toBe(true);
    expect(await pdfInfo(first)).toMatchObject({ Title: 'Invoice INV-000042', Author: 'Acme Supplies', CreationDate: 'D:20261125100000Z' });
  });
});
