import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../contract/portal.ts';
import { renderShipmentEmail, type ShipmentEmailInput } from './shipment-email.ts';

const input: Omit<ShipmentEmailInput, 'language'> = {
  organizationName: 'Northwind <Ltd>',
  brandColor: '#aa3300',
  orderNumber: 'SO-000012',
  packageNumber: 'PKG-000003',
  carrierName: 'UPS',
  trackingNumber: '1Z999AA10123456784',
  trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784&x=1',
  shippedOn: '2026-12-02',
  items: [{ name: 'Widget <large>', quantity: '2.5' }],
  orderUrl: 'https://portico.test/portal/northwind/sales-orders/o1',
};

describe('the shipment email', () => {
  it('fills every placeholder in all five languages, with the tracking link in HTML and text', () => {
    for (const language of supportedLanguages) {
      const mail = renderShipmentEmail({ ...input, language });
      expect(`${mail.subject}\n${mail.text}`, language).not.toMatch(/\{\w+\}|undefined|null|NaN/);
      expect(mail.subject).toContain('SO-000012');
      expect(mail.text).toContain('PKG-000003');
      expect(mail.text).toContain('1Z999AA10123456784');
      expect(mail.text).toContain(input.trackingUrl);
      expect(mail.text).toContain(input.orderUrl);
      expect(mail.text).toContain('2.5 × Widget <large>');
      expect(mail.html).toContain('href="https://www.ups.com/track?tracknum=1Z999AA10123456784&amp;x=1"');
      expect(mail.html).toContain(`lang="${language}"`);
      expect(mail.html).toContain('Widget &lt;large&gt;');
      expect(mail.html).not.toContain('<Ltd>');
    }
  });

  it('speaks the language and leaves the tracking button out without a link', () => {
    const german = renderShipmentEmail({ ...input, language: 'de', trackingUrl: null });
    expect(german.subject).toBe('Ihre Bestellung SO-000012 bei Northwind <Ltd> wurde versandt');
    expect(german.text).toContain('Versandt am: 2. Dezember 2026');
    expect(german.text).not.toContain('Sendung verfolgen');
    expect(german.html).not.toContain('Sendung verfolgen');
    expect(renderShipmentEmail({ ...input, language: 'ja' }).text).toContain('荷物を追跡する: https://www.ups.com/');
  });
});
