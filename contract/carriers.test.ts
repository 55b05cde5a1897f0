import { describe, expect, it } from 'vitest';
import { carrierName, knownCarrierCodes, knownCarriers, templateProblem, trackingUrl, trackingUrlTemplate } from './carriers.ts';

describe('carriers', () => {
  it('knows the common carriers, each with an https template holding the tracking number', () => {
    expect(knownCarrierCodes).toEqual(['ups', 'fedex', 'dhl', 'usps', 'royal_mail', 'dpd', 'postnl', 'japan_post']);
    for (const code of knownCarrierCodes) expect(templateProblem(knownCarriers[code].trackingUrlTemplate), code).toBeNull();
  });

  it('builds the tracking link of a known carrier', () => {
    expect(trackingUrl('ups', '1Z999AA10123456784')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784');
    expect(trackingUrl('usps', '9400100000000000000000')).toBe('https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000');
    expect(trackingUrl('royal_mail', 'AB123456789GB')).toBe('https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB');
    expect(trackingUrl('japan_post', '123456789012')).toContain('reqCodeNo1=123456789012');
  });

  it('URL-encodes the number so that it cannot change the link', () => {
    expect(trackingUrl('ups', ' 1Z 99&x=<b>/../evil ')).toBe('https://www.ups.com/track?tracknum=1Z%2099%26x%3D%3Cb%3E%2F..%2Fevil');
    expect(trackingUrl('dpd', 'a/b?c#d')).toBe('https://tracking.dpd.de/status/en_US/parcel/a%2Fb%3Fc%23d');
  });

  it('prefers the organization’s template, also for carriers of its own', () => {
    const overrides = { dhl: 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={tracking_number}', courier: 'https://courier.example/t/{tracking_number}' };
    expect(trackingUrl('dhl', '00340434', overrides)).toBe('https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434');
    expect(trackingUrl('courier', 'X 1', overrides)).toBe('https://courier.example/t/X%201');
    expect(trackingUrl('courier', 'X1', new Map([['courier', 'https://c.example/{tracking_number}']]))).toBe('https://c.example/X1');
    expect(trackingUrlTemplate('fedex', overrides)).toBe(knownCarriers.fedex.trackingUrlTemplate);
  });

  it('answers null without a carrier, a number or a template', () => {
    expect(trackingUrl(null, '1')).toBeNull();
    expect(trackingUrl('ups', null)).toBeNull();
    expect(trackingUrl('ups', '   ')).toBeNull();
    expect(trackingUrl('unknown_courier', '1')).toBeNull();
    expect(trackingUrl('constructor', '1')).toBeNull();
  });

  it('names carriers', () => {
    expect(carrierName('royal_mail')).toBe('Royal Mail');
    expect(carrierName('my_courier')).toBe('my courier');
    expect(carrierName('my_courier', { my_courier: 'Speedy' })).toBe('Speedy');
  });

  it('accepts only https templates with the placeholder', () => {
    expect(templateProblem('https://t.example/{tracking_number}')).toBeNull();
    expect(templateProblem('https://t.example/track')).toContain('{tracking_number}');
    expect(templateProblem('http://t.example/{tracking_number}')).toContain('https');
    expect(templateProblem('javascript:alert({tracking_number})')).toContain('https');
    expect(templateProblem('not a url {tracking_number}')).not.toBeNull();
    expect(templateProblem(`https://t.example/${'x'.repeat(500)}{tracking_number}`)).toContain('500');
  });
});
