import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { startHarness, type Harness } from './harness.ts';
import { signedUpStaffPage } from './portal-helpers.ts';

const unique = () => randomBytes(4).toString('hex');
const password = 'staff-password-2026';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** 1 500 customers; row 3 of the file (the second customer) has an email that is not one. */
function customersCsv(tag: string): string {
  const lines = ['Name;E-Mail;Währung;Kundennummer'];
  for (let i = 1; i <= 1500; i++) lines.push(`Import ${tag} ${String(i).padStart(4, '0')};${i === 2 ? 'not-an-email' : `c${i}-${tag}@example.test`};EUR;${tag}-${i}`);
  return `${lines.join('\r\n')}\r\n`;
}

describe('CSV import in the console', () => {
  it('staff upload customers with one bad row, see the error, import the valid rows and watch the progress reach 100 %; axe clean on each step', async () => {
    const owner = await signedUpStaffPage(harness, `Importers ${unique()}`);
    const email = `sam-${unique()}@example.test`;
    await owner.call('POST', '/staff-users', { name: 'Sam Staff', email, role: 'staff', password, language: 'en' });
    const page = await harness.newPage();
    await page.goto('/admin');
    await page.waitForURL(/\/admin\/signin/);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();

    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers from CSV' });
    await dialog.getByText('Drop a CSV file here, or choose one.').waitFor();
    await expectAccessible(page, 'the import dialog, upload step');

    const tag = unique();
    await dialog.getByLabel('Choose a CSV file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(customersCsv(tag)) });
    await dialog.getByText('The file has 1,500 rows. Choose the column that fills each field.').waitFor();
    expect(await dialog.getByLabel(/^Column for Name/).inputValue()).toBe('Name');
    expect(await dialog.getByLabel('Column for Email').inputValue()).toBe('E-Mail');
    expect(await dialog.getByLabel('Column for External ID').inputValue()).toBe('Kundennummer');
    await expectAccessible(page, 'the import dialog, mapping step');

    await dialog.getByRole('button', { name: 'Check the rows' }).click();
    await dialog.getByText('1,499 rows can be imported, 1 have errors.').waitFor();
    const errors = dialog.getByRole('table', { name: 'Rows with errors' });
    const errorRow = errors.getByRole('row').nth(1);
    expect(await errorRow.textContent()).toContain('3');
    expect(await errorRow.textContent()).toContain('Email');
    expect(await dialog.getByLabel('Import nothing if any row fails').isChecked()).toBe(true);
    await expectAccessible(page, 'the import dialog, preview with an error');

    await dialog.getByLabel('Import the valid rows (1,499) and skip the others').check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const bar = dialog.getByRole('progressbar', { name: 'Importing' });
    await bar.waitFor();
    await expectAccessible(page, 'the import dialog, while importing');
    await dialog.getByText('Imported: 1,499 created, 0 updated, 1 skipped.').waitFor({ timeout: 20_000 });
    expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
    await dialog.getByText('1,500 of 1,500 rows (100 %)').waitFor();
    await expectAccessible(page, 'the import dialog, finished');

    await dialog.getByRole('button', { name: 'Show the list' }).click();
    await page.getByRole('searchbox', { name: 'Search customers' }).fill(`Import ${tag} 0001`);
    await page.getByRole('link', { name: `Import ${tag} 0001` }).waitFor();
    await page.getByRole('searchbox', { name: 'Search customers' }).fill(`Import ${tag} 0002`);
    await page.getByText(/No customer matches/).waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Import CSV' }).click();
    await page.getByRole('dialog', { name: 'Import customers from CSV' }).getByText('Drop a CSV file here, or choose one.').waitFor();
    await expectAccessible(page, 'the import dialog on a phone');
  });

  it('staff import open invoices from the invoices list: a bad row shown by field, the valid one created partly paid; axe clean', async () => {
    const owner = await signedUpStaffPage(harness, `Migrators ${unique()}`);
    const tag = unique();
    await owner.call('PUT', `/customers/by-external-id/old-${tag}`, { display_name: `Old Customer ${tag}`, currency: 'EUR' });
    const page = owner.page;
    await page.goto('/admin/invoices');
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    await page.getByRole('button', { name: 'Import open invoices' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import open invoices from CSV' });
    await dialog.getByText('Drop a CSV file here, or choose one.').waitFor();

    const file = [`Kundennummer;Rechnungsnummer;Rechnungsdatum;Betrag;Offener Betrag`, `old-${tag};ALT-${tag}-1;01.11.2026;100,00;40,00`, `old-${tag};ALT-${tag}-2;2026-11-02;50,00;60,00`].join('\r\n');
    await dialog.getByLabel('Choose a CSV file').setInputFiles({ name: 'open.csv', mimeType: 'text/csv', buffer: Buffer.from(`${file}\r\n`) });
    await dialog.getByText('The file has 2 rows. Choose the column that fills each field.').waitFor();
    expect(await dialog.getByLabel(/^Column for Invoice number/).inputValue()).toBe('Rechnungsnummer');
    expect(await dialog.getByLabel(/^Column for Open balance/).inputValue()).toBe('Offener Betrag');
    await expectAccessible(page, 'the open invoices import, mapping step');

    await dialog.getByRole('button', { name: 'Check the rows' }).click();
    await dialog.getByText('1 rows can be imported, 1 have errors.').waitFor();
    const errorRow = dialog.getByRole('table', { name: 'Rows with errors' }).getByRole('row').nth(1);
    expect(await errorRow.textContent()).toContain('3');
    expect(await errorRow.textContent()).toContain('Open balance');
    await dialog.getByRole('radio', { name: /Import the valid row \(1\)/ }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText('Imported: 1 created, 0 updated, 1 skipped.').waitFor({ timeout: 20_000 });
    await dialog.getByRole('button', { name: 'Show the list' }).click();
    await page.getByRole('link', { name: `ALT-${tag}-1` }).waitFor();
    await expectAccessible(page, 'the invoices list with the imported invoice');
    const invoices = await owner.call<{ data: { number: string; status: string; balance_minor: number; paid_minor: number }[] }>('GET', `/invoices?search=ALT-${tag}`);
    expect(invoices.data).toMatchObject([{ number: `ALT-${tag}-1`, status: 'overdue', balance_minor: 4000, paid_minor: 6000 }]);
  });
});
