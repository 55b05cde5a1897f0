import { describe, expect, it } from 'vitest';
import { flowPath, returnUrlAllowed } from './single-sign-on.ts';

describe('portal session flows', () => {
  it('land on the page of each flow', () => {
    expect(flowPath({ type: 'none' })).toBe('/');
    expect(flowPath({ type: 'invoice_pay', invoice_id: 'inv 1' })).toBe('/pay?invoice=inv%201');
    expect(flowPath({ type: 'document_view', document_id: 'd1' }, 'estimate')).toBe('/estimates/d1');
    expect(flowPath({ type: 'document_view', document_id: 'd2' }, 'credit_note')).toBe('/credit-notes/d2');
    expect(flowPath({ type: 'document_view', document_id: 'd3' }, 'retainer_invoice')).toBe('/retainer-invoices/d3');
    expect(flowPath({ type: 'order_view', sales_order_id: 'so/1' })).toBe('/orders/so%2F1');
    expect(flowPath({ type: 'subscription_view', subscription_id: 's1' })).toBe('/subscriptions/s1');
    expect(flowPath({ type: 'payment_method_update' })).toBe('/payment-methods');
    expect(flowPath({ type: 'statement' })).toBe('/statement');
  });
});

describe('return URLs', () => {
  const hosts = ['app.acme.test', '*.acme.dev', 'localhost:3000'];
  it('are allowed on a listed host, a subdomain of a wildcard, or a host with its port', () => {
    expect(returnUrlAllowed('https://app.acme.test/billing?x=1', hosts)).toBe(true);
    expect(returnUrlAllowed('https://APP.acme.test/', hosts)).toBe(true);
    expect(returnUrlAllowed('https://eu.acme.dev/home', hosts)).toBe(true);
    expect(returnUrlAllowed('https://a.b.acme.dev/', hosts)).toBe(true);
    expect(returnUrlAllowed('http://localhost:3000/account', hosts)).toBe(true);
  });

  it('are refused anywhere else, with another scheme, with credentials, or when nothing is listed', () => {
    expect(returnUrlAllowed('https://acme.dev/', hosts)).toBe(false);
    expect(returnUrlAllowed('https://evilacme.dev/', hosts)).toBe(false);
    expect(returnUrlAllowed('https://app.acme.test.evil.test/', hosts)).toBe(false);
    expect(returnUrlAllowed('http://localhost:4000/', hosts)).toBe(false);
    expect(returnUrlAllowed('http://localhost/', hosts)).toBe(false);
    expect(returnUrlAllowed('javascript:alert(1)//app.acme.test', hosts)).toBe(false);
    expect(returnUrlAllowed('https://user:pw@app.acme.test/', hosts)).toBe(false);
    expect(returnUrlAllowed('not a url', hosts)).toBe(false);
    expect(returnUrlAllowed('https://app.acme.test/', [])).toBe(false);
  });
});
