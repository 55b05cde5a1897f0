import { expect } from 'vitest';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { card, customerOf, gatewayOf, paymentInput, returnUrl, tokenOf } from '../../test/test-gateway-builders.ts';
import type { TestApp } from '../../test/test-app.ts';

async function challengedPayment(t: TestApp, ip: string, overrides: Record<string, unknown> = {}) {
  const gateway = gatewayOf(t);
  const customer = await customerOf(gateway);
  const input = paymentInput(customer, { token: await tokenOf(t, card('4000002500003155'), ip) }, overrides);
  const payment = await gateway.createPayment(input);
  return { gateway, payment, reference: input.idempotencyKey };
}

function answer(t: TestApp, paymentId: string, action: string, url = returnUrl) {
  return t.app.inject({
    method: 'POST',
    url: `/test-gateway/v1/challenge/${paymentId}/${action}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ return_url: url }).toString(),
  });
}

const challengePath = (url: string) => new URL(url).pathname + new URL(url).search;

describeOnEachDialect('test gateway authentication challenge', (it) => {
  it('asks for authentication with a challenge page of the app', async ({ t, ip }) => {
    const { payment } = await challengedPayment(t, ip, { amountMinor: 12_345, currency: 'USD' });
    expect(payment).toMatchObject({ status: 'requires_action', failureCode: null, nextAction: { type: 'redirect' } });
    const url = payment.nextAction!.url;
    expect(url).toBe(`http://portico.test/test-gateway/v1/challenge/${payment.id}?return_url=${encodeURIComponent(returnUrl)}`);
    const page = await t.app.inject({ method: 'GET', url: challengePath(url) });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<title>Test gateway: authentication</title>');
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('$123.45');
    expect(page.body).toContain('Visa ending in 3155');
    for (const action of ['approve', 'fail', 'abandon']) expect(page.body).toContain(`action="${payment.id}/${action}"`);
    expect(page.body).toMatch(/<button type="submit" class="approve">Approve<\/button>/);
    expect(page.body).toMatch(/>Fail<\/button>/);
    expect(page.body).toMatch(/>Abandon<\/button>/);
    expect(page.body).not.toMatch(/<script|src="http|href="http(?!:\/\/portico\.test)/);
  });

  it('approves: back to the return URL, and the payment succeeds on confirm', async ({ t, ip }) => {
    const { gateway, payment, reference } = await challengedPayment(t, ip);
    expect((await gateway.confirmPayment(payment.id)).status).toBe('requires_action');
    const response = await answer(t, payment.id, 'approve', `${returnUrl}?step=2`);
    expect(response.statusCode).toBe(303);
    const location = new URL(String(response.headers.location));
    expect(location.origin + location.pathname).toBe(returnUrl);
    expect(Object.fromEntries(location.searchParams)).toEqual({ step: '2', payment_attempt: reference, outcome: 'approved' });
    expect((await gateway.retrievePayment(payment.id)).status).toBe('requires_action');
    expect(await gateway.confirmPayment(payment.id)).toMatchObject({ status: 'succeeded', nextAction: null });
    expect((await gateway.confirmPayment(payment.id)).status).toBe('succeeded');
    // Answered once: the page and its buttons say so and link back.
    const again = await answer(t, payment.id, 'fail');
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('no longer waiting');
    expect(again.body).toContain('outcome=approved');
    expect((await gateway.retrievePayment(payment.id)).status).toBe('succeeded');
    await expect(gateway.cancelPayment(payment.id)).rejects.toMatchObject({ code: 'STATE_CONFLICT' });
  });

  it('fails: the payment fails with authentication_failed and nothing is taken', async ({ t, ip }) => {
    const { gateway, payment, reference } = await challengedPayment(t, ip);
    const response = await answer(t, payment.id, 'fail');
    expect(response.statusCode).toBe(303);
    expect(String(response.headers.location)).toBe(`${returnUrl}?payment_attempt=${reference}&outcome=failed`);
    expect(await gateway.confirmPayment(payment.id)).toMatchObject({ status: 'failed', failureCode: 'authentication_failed', failureMessage: expect.stringContaining('unable to authenticate') });
    const page = await t.app.inject({ method: 'GET', url: challengePath(payment.nextAction!.url) });
    expect(page.statusCode).toBe(409);
    expect(page.body).toContain('outcome=failed');
  });

  it('abandons: back with outcome=abandoned, the payment still waiting until Portico cancels it', async ({ t, ip }) => {
    const { gateway, payment, reference } = await challengedPayment(t, ip);
    const response = await answer(t, payment.id, 'abandon');
    expect(response.statusCode).toBe(303);
    expect(String(response.headers.location)).toBe(`${returnUrl}?payment_attempt=${reference}&outcome=abandoned`);
    expect((await gateway.retrievePayment(payment.id)).status).toBe('requires_action');
    expect((await gateway.cancelPayment(payment.id)).status).toBe('canceled');
    expect((await gateway.cancelPayment(payment.id)).status).toBe('canceled');
    expect((await answer(t, payment.id, 'approve')).statusCode).toBe(409);
    expect((await gateway.confirmPayment(payment.id)).status).toBe('canceled');
  });

  it('sends browsers back only to the app itself', async ({ t, ip }) => {
    const { payment } = await challengedPayment(t, ip);
    for (const url of ['https://evil.example/steal', 'http://portico.test.evil.example/x', 'http://portico.test@evil.example/', '//evil.example/', 'javascript:alert(1)', 'http://portico.test:8080/x']) {
      const page = await t.app.inject({ method: 'GET', url: `/test-gateway/v1/challenge/${payment.id}?return_url=${encodeURIComponent(url)}` });
      expect(page.statusCode, url).toBe(400);
      expect(page.json().error.details[0].field).toBe('return_url');
      const posted = await answer(t, payment.id, 'approve', url);
      expect(posted.statusCode, url).toBe(400);
    }
    const missing = await t.app.inject({ method: 'GET', url: `/test-gateway/v1/challenge/${payment.id}` });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0]).toMatchObject({ field: 'return_url', code: 'required' });
    const noBody = await t.app.inject({ method: 'POST', url: `/test-gateway/v1/challenge/${payment.id}/approve`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(noBody.statusCode).toBe(400);
    const huge = await answer(t, payment.id, 'approve', `${returnUrl}?${'a'.repeat(20_000)}`);
    expect(huge.statusCode).toBe(413);
    const unknown = await t.app.inject({ method: 'GET', url: `/test-gateway/v1/challenge/pi_unknown?return_url=${encodeURIComponent(returnUrl)}` });
    expect(unknown.statusCode).toBe(404);
    expect((await answer(t, 'pi_unknown', 'approve')).statusCode).toBe(404);
  });

  it('escapes what it shows', async ({ t, ip }) => {
    const { payment } = await challengedPayment(t, ip, { description: '<img src=x onerror=alert(1)>' });
    const page = await t.app.inject({ method: 'GET', url: `/test-gateway/v1/challenge/${payment.id}?return_url=${encodeURIComponent(`${returnUrl}?a="><script>`)}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.body).not.toContain('"><script>');
  });
});
