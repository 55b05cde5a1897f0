import { randomBytes } from 'node:crypto';
import { GatewayUnavailable, WebhookRejected, type GatewayMethod, type GatewayPayment, type GatewayProvider, type PaymentGateway } from '../payments/gateway.ts';

/**
 * A gateway whose answers a test scripts, kept in memory: tokens name their outcome
 * (`tok_visa`, `tok_declined`, `tok_insufficient`, `tok_3ds`, `tok_bank`, `tok_bank_fails`), every
 * charge is counted, and `failNext` makes calls fail as an unreachable gateway would. For the service's
 * own rules and faults; journeys use the built-in test gateway.
 */
export class ScriptedGateway implements PaymentGateway {
  readonly name = 'test' as const;
  readonly payments = new Map<string, GatewayPayment & { key: string; customer: string }>();
  readonly methods = new Map<string, GatewayMethod & { customer: string | null }>();
  readonly refunds: { id: string; payment: string; amount: number; key: string }[] = [];
  /** How many distinct charges reached the gateway. */
  charges = 0;
  /** Calls of createPayment that throw GatewayUnavailable before (`before`) or after (`after`) charging. */
  failNext: { count: number; when: 'before' | 'after' } = { count: 0, when: 'before' };
  /** Milliseconds each createPayment waits, to widen race windows. */
  delayMs = 0;
  private customers = 0;

  private id(prefix: string): string {
    return `${prefix}_${randomBytes(8).toString('hex')}`;
  }

  describeToken(token: string): Promise<GatewayMethod> {
    const bank = token.startsWith('tok_bank');
    if (!token.startsWith('tok_')) return Promise.reject(new Error('No such token'));
    return Promise.resolve({ id: token, type: bank ? 'bank_account' : 'card', brand: bank ? 'bank' : 'visa', last4: bank ? '6789' : '4242', expMonth: bank ? null : 12, expYear: bank ? null : 2030, holderName: null });
  }

  createCustomer(): Promise<string> {
    this.customers++;
    return Promise.resolve(`cus_${this.customers}`);
  }

  async createPayment(input: Parameters<PaymentGateway['createPayment']>[0]): Promise<GatewayPayment> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const existing = [...this.payments.values()].find((payment) => payment.key === input.idempotencyKey);
    if (existing) return strip(existing);
    if (this.failNext.count > 0 && this.failNext.when === 'before') {
      this.failNext.count--;
      throw new GatewayUnavailable('connection refused');
    }
    const token = 'token' in input.source ? input.source.token : (this.methods.get(input.source.methodId)?.id ?? 'tok_visa');
    const method = await this.describeToken(token.startsWith('pm_') ? (this.methods.get(token)?.brand === 'bank' ? 'tok_bank' : 'tok_visa') : token);
    const outcome = outcomeOf(token.startsWith('pm_') ? 'tok_visa' : token);
    const id = this.id('pi');
    let saved: GatewayMethod | null = null;
    if (input.saveMethod) {
      saved = { ...method, id: this.id('pm') };
      this.methods.set(saved.id, { ...saved, customer: input.gatewayCustomerId });
    }
    const payment = { id, key: input.idempotencyKey, customer: input.gatewayCustomerId, amountMinor: input.amountMinor, currency: input.currency, reference: input.idempotencyKey, method: saved, ...outcome };
    if (outcome.status === 'succeeded') this.charges++;
    this.payments.set(id, payment);
    if (this.failNext.count > 0 && this.failNext.when === 'after') {
      this.failNext.count--;
      throw new GatewayUnavailable('timed out after charging');
    }
    return strip(payment);
  }

  /** Settles (or fails) a bank payment or a challenge, as the gateway would later. */
  settle(id: string, status: 'succeeded' | 'failed'): void {
    const payment = this.payments.get(id);
    if (!payment) throw new Error(`no payment ${id}`);
    if (status === 'succeeded') this.charges++;
    Object.assign(payment, { status, nextAction: null, failureCode: status === 'failed' ? 'account_closed' : null, failureMessage: status === 'failed' ? 'The bank account is closed.' : null });
  }

  confirmPayment(id: string): Promise<GatewayPayment> {
    return this.retrievePayment(id);
  }

  cancelPayment(id: string): Promise<GatewayPayment> {
    const payment = this.payments.get(id);
    if (!payment) return Promise.reject(new Error('No such payment'));
    if (payment.status === 'requires_action') Object.assign(payment, { status: 'canceled', nextAction: null });
    return Promise.resolve(strip(payment));
  }

  retrievePayment(id: string): Promise<GatewayPayment> {
    const payment = this.payments.get(id);
    return payment ? Promise.resolve(strip(payment)) : Promise.reject(new Error('No such payment'));
  }

  findPaymentByReference(reference: string): Promise<GatewayPayment | null> {
    const payment = [...this.payments.values()].find((candidate) => candidate.reference === reference);
    return Promise.resolve(payment ? strip(payment) : null);
  }

  async saveMethod(input: { gatewayCustomerId: string; token: string }): Promise<GatewayMethod> {
    const method = { ...(await this.describeToken(input.token)), id: this.id('pm') };
    this.methods.set(method.id, { ...method, customer: input.gatewayCustomerId });
    return method;
  }

  updateMethod(methodId: string, changes: { expMonth?: number; expYear?: number }): Promise<GatewayMethod> {
    const method = this.methods.get(methodId);
    if (!method) return Promise.reject(new Error('No such method'));
    if (changes.expMonth !== undefined) method.expMonth = changes.expMonth;
    if (changes.expYear !== undefined) method.expYear = changes.expYear;
    return Promise.resolve(method);
  }

  removeMethod(methodId: string): Promise<void> {
    this.methods.delete(methodId);
    return Promise.resolve();
  }

  refund(input: { idempotencyKey: string; gatewayPaymentId: string; amountMinor: number }): Promise<{ id: string; status: 'succeeded'; amountMinor: number; failureMessage: null }> {
    const known = this.refunds.find((refund) => refund.key === input.idempotencyKey);
    if (known) return Promise.resolve({ id: known.id, status: 'succeeded', amountMinor: known.amount, failureMessage: null });
    const refund = { id: this.id('re'), payment: input.gatewayPaymentId, amount: input.amountMinor, key: input.idempotencyKey };
    this.refunds.push(refund);
    return Promise.resolve({ id: refund.id, status: 'succeeded', amountMinor: refund.amount, failureMessage: null });
  }

  parseWebhook(rawBody: string, signatureHeader: string | undefined): ReturnType<PaymentGateway['parseWebhook']> {
    if (signatureHeader !== 'scripted') throw new WebhookRejected('no_signature_matches');
    const event = JSON.parse(rawBody) as { id: string; payment_id: string; created_at: string };
    const payment = this.payments.get(event.payment_id);
    return { id: event.id, type: 'payment.updated', createdAt: event.created_at, payment: payment ? strip(payment) : null, refund: null };
  }
}

function outcomeOf(token: string): Pick<GatewayPayment, 'status' | 'failureCode' | 'failureMessage' | 'nextAction'> {
  switch (token) {
    case 'tok_declined':
      return { status: 'failed', failureCode: 'card_declined', failureMessage: 'Your card was declined.', nextAction: null };
    case 'tok_insufficient':
      return { status: 'failed', failureCode: 'insufficient_funds', failureMessage: 'Your card has insufficient funds.', nextAction: null };
    case 'tok_3ds':
      return { status: 'requires_action', failureCode: null, failureMessage: null, nextAction: { type: 'redirect', url: 'http://localhost/challenge' } };
    case 'tok_bank':
    case 'tok_bank_fails':
      return { status: 'processing', failureCode: null, failureMessage: null, nextAction: null };
    default:
      return { status: 'succeeded', failureCode: null, failureMessage: null, nextAction: null };
  }
}

function strip(payment: GatewayPayment & { key?: string; customer?: string }): GatewayPayment {
  const { key: _key, customer: _customer, ...rest } = payment;
  return { ...rest };
}

export function scriptedProvider(gateway: ScriptedGateway): GatewayProvider {
  return { forChoice: () => gateway };
}
