import { percentFromMillipercent } from '../../../contract/units.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { OrganizationRow } from '../../db/database.ts';
import type { PlansTable } from '../../db/subscription-tables.ts';
import { consumeRateLimit } from '../../http/rate-limit.ts';
import { AppError, notFound, validationError } from '../../lib/app-error.ts';
import { GatewayUnavailable, type PaymentGateway } from '../../payments/gateway.ts';
import { createCustomerIn, getContactPerson, getCustomer } from '../customer/customer.service.ts';
import { runIdempotently } from '../idempotency/idempotency.service.ts';
import { attemptIdFor, cancelAttempt, createOnlinePayment, listMethods, saveMethod, type Payer } from '../online-payment/online-payment.service.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { payableStatuses } from '../payment/payment.service.ts';
import { loadPaymentSettings } from '../payment-settings/payment-settings.service.ts';
import { findPlanByCode } from '../plan/plan.service.ts';
import { inviteContact } from '../portal-access/invitation.service.ts';
import { allPermissions } from '../portal-access/portal-access.ts';
import { attachFirstPaymentMethod } from '../subscription/subscription-payment-method.service.ts';
import { presentSubscription } from '../subscription/subscription.presenter.ts';
import { createSubscriptionIn, getSubscription, type SubscriptionActor } from '../subscription/subscription.service.ts';
import { listTaxRates } from '../tax/tax.service.ts';
import { formTokenFor, formTokenValid, hostedSignUpPerIp, signUpFingerprintBody } from './hosted-page.ts';
import type { HostedPlanResponse, HostedSignUpBody, HostedSignUpResponse } from './hosted-page.schemas.ts';
import { hostedPageBaseUrl } from '../custom-domain/custom-domain.ts';

/**
 * The hosted payment page of a plan (docs/subscriptions.md "Hosted payment page"): a new customer signs
 * up, pays the first invoice (or leaves a card for after the trial) and, when the organization enables
 * the portal automatically (SPEC §1), its primary contact is invited.
 */

/** A plan offered on its hosted page: unknown, archived and switched-off plans are all the same 404. */
async function offeredPlan(ctx: AppContext, organizationId: string, code: string): Promise<PlansTable> {
  const plan = await findPlanByCode(ctx.db, organizationId, code);
  if (!plan || plan.archived_at !== null || plan.hosted_page_enabled !== 1) throw notFound('Plan');
  return plan;
}

export async function hostedPlan(ctx: AppContext, organization: OrganizationRow, code: string): Promise<HostedPlanResponse> {
  const plan = await offeredPlan(ctx, organization.id, code);
  const [payments, taxes] = await Promise.all([loadPaymentSettings(ctx, organization.id), plan.tax_id ? listTaxRates(ctx, organization.id) : Promise.resolve([])]);
  const tax = plan.tax_id ? taxes.find((candidate) => candidate.id === plan.tax_id) : undefined;
  const settings = parsePortalSettings(organization.portal_settings);
  return {
    organization: { name: settings.portal_name || organization.name, slug: organization.slug, logo_url: organization.logo_url, brand_color: organization.brand_color },
    plan: {
      code: plan.code,
      name: plan.name,
      description: plan.description,
      currency: plan.currency,
      price_minor: Number(plan.price_minor),
      interval: plan.interval,
      interval_count: plan.interval_count,
      billing_cycles: plan.billing_cycles,
      trial_days: plan.trial_days,
      setup_fee_minor: Number(plan.setup_fee_minor),
      tax: tax ? { name: tax.name, rate_percent: percentFromMillipercent(tax.rate_millipercent) } : null,
    },
    payment: {
      gateway: payments.gateway,
      test_mode: payments.gateway === 'test',
      publishable_key: payments.gateway === 'stripe' ? payments.stripePublishableKey : null,
      methods: payments.cardEnabled ? ['card'] : [],
    },
    portal_invitation: settings.auto_enable_portal_for_subscriptions,
    form_token: formTokenFor(ctx.secret, organization.id, plan.id, ctx.clock.now().getTime()),
  };
}

export interface HostedSignUpRequest {
  organization: OrganizationRow;
  planCode: string;
  body: HostedSignUpBody;
  idempotencyKey: string | undefined;
  formToken: string | undefined;
  meta: RequestMeta;
}

/** What the first run of a sign-up created; repeats with the same Idempotency-Key find it again. */
interface CreatedSignUp {
  customer_id: string;
  contact_person_id: string;
  subscription_id: string;
}

/**
 * Sign-up and first payment. In order: the attempt is counted against the client's address (429
 * beyond the limit), the plan must be offered (404), the form token must be the page's (403), the card
 * token must be the gateway's (400); then, once per Idempotency-Key, customer, primary contact and
 * subscription are created in one transaction; then the first invoice is paid with the card (a trial
 * keeps the card for later) and, with *enable the portal automatically*, the contact is invited.
 *
 * A refused card (422 PAYMENT_METHOD_UNAVAILABLE with the gateway's reason) leaves the customer and
 * its unpaid subscription in place, without portal access: the page sends the same Idempotency-Key
 * again with a new card token, which pays the same invoice — one customer, however many cards were
 * tried. A double submit (the same key and token) answers the same and charges once.
 *
 * Whether the email already belongs to someone is never told: every sign-up creates a new customer
 * and answers alike, and the invitation goes to the address typed in, so only its owner can use it.
 */
export async function signUpAndPay(ctx: AppContext, request: HostedSignUpRequest): Promise<HostedSignUpResponse> {
  const { organization, body } = request;
  await consumeRateLimit(ctx.db, `hosted-page:ip:${request.meta.ip ?? 'unknown'}`, ctx.clock, hostedSignUpPerIp);
  const plan = await offeredPlan(ctx, organization.id, request.planCode);
  if (!formTokenValid(ctx.secret, organization.id, plan.id, request.formToken, ctx.clock.now().getTime())) {
    throw new AppError('CSRF_TOKEN_MISSING', 'The X-Form-Token header is missing or has expired; reload the page and try again');
  }
  const payments = await loadPaymentSettings(ctx, organization.id);
  if (!payments.cardEnabled) throw new AppError('PAYMENT_METHOD_UNAVAILABLE', 'payment_method: card payments are not offered', [{ field: 'payment_method', code: 'invalid_value', params: {}, message: 'card payments are not offered' }]);
  const gateway = ctx.gateways.forChoice(payments);
  await assertCardToken(gateway, body.payment_method.token);

  const answer = await runIdempotently<CreatedSignUp>(
    ctx,
    { organizationId: organization.id, scope: `hosted_page:${plan.id}`, key: request.idempotencyKey, required: true, operation: 'POST /hosted-pages/signups', body: signUpFingerprintBody(body) },
    async () => ({ status: 201, body: await createSignUp(ctx, organization, plan, body) }),
  );
  return settleSignUp(ctx, request, plan, answer.body);
}

async function assertCardToken(gateway: PaymentGateway, token: string): Promise<void> {
  try {
    const method = await gateway.describeToken(token);
    if (method.type !== 'card') throw validationError('payment_method.token', 'invalid_value', 'is not a card');
  } catch (error) {
    if (error instanceof GatewayUnavailable) throw new AppError('GATEWAY_UNAVAILABLE', 'The payment service could not be reached; nothing was created or charged');
    if (error instanceof AppError && error.code === 'VALIDATION_FAILED') throw error;
    throw validationError('payment_method.token', 'invalid_value', 'is not a card token of this gateway');
  }
}

async function createSignUp(ctx: AppContext, organization: OrganizationRow, plan: PlansTable, body: HostedSignUpBody): Promise<CreatedSignUp> {
  return ctx.db.transaction().execute(async (trx) => {
    const address = body.billing_address;
    const { customer, contacts } = await createCustomerIn(
      ctx,
      trx,
      { organizationId: organization.id, staffUserId: null },
      {
        display_name: body.company_name,
        company_name: body.company_name,
        email: body.email,
        phone: body.phone ?? null,
        currency: plan.currency,
        portal_language: body.language,
        billing_address: {
          street: address.street,
          city: address.city,
          country: address.country,
          ...(address.state ? { state: address.state } : {}),
          ...(address.postal_code ? { postal_code: address.postal_code } : {}),
        },
        shipping_address: null,
        notes: null,
        allow_portal_access: false,
        allow_bank_payments: false,
        contact_persons: [{ first_name: body.first_name, last_name: body.last_name, email: body.email, phone: body.phone ?? null, is_primary: true }],
      },
    );
    const contact = contacts[0]!;
    const { subscription } = await createSubscriptionIn(
      ctx,
      trx,
      {
        organizationId: organization.id,
        customerId: customer.id,
        planId: plan.id,
        quantity: body.quantity,
        addons: [],
        ...(body.coupon_code ? { couponCode: body.coupon_code } : {}),
        autoCollect: true,
        source: 'hosted_page',
      },
      contactActor(contact.id, `${contact.first_name} ${contact.last_name}`),
    );
    return { customer_id: customer.id, contact_person_id: contact.id, subscription_id: subscription.id };
  });
}

/** The buyer, as the subscription's history names who did what. */
function contactActor(contactPersonId: string, name: string): SubscriptionActor {
  return { type: 'contact', id: contactPersonId, name: name.trim() };
}

function payerOf(ctx: AppContext, request: HostedSignUpRequest, signUp: CreatedSignUp): Payer {
  const { organization } = request;
  return {
    organizationId: organization.id,
    organizationName: parsePortalSettings(organization.portal_settings).portal_name || organization.name,
    portalSlug: organization.slug,
    customerId: signUp.customer_id,
    contactPersonId: signUp.contact_person_id,
    permissions: allPermissions,
    blockWhilePending: false,
    // Paid without signing in, by the contact named: as from an invoice email's pay link.
    source: 'pay_link',
    returnUrl: (attemptId) => `${hostedPageBaseUrl(ctx.config.publicUrl, organization)}/${encodeURIComponent(request.planCode)}/return/${attemptId}`,
    browser: request.meta,
  };
}

function refused(failureCode: string | null, failureMessage: string | null): AppError {
  const message = failureMessage ?? 'The card was declined. Nothing was charged.';
  return new AppError('PAYMENT_METHOD_UNAVAILABLE', message, { failure_code: failureCode, failure_message: message });
}

/**
 * After the sign-up exists: pays its first invoice or keeps the card, then invites. Each step is safe to
 * repeat — the payment attempt's id follows from the subscription and the card token, a card is kept
 * once, the invitation is sent once — so a repeated request answers the same as the first.
 */
async function settleSignUp(ctx: AppContext, request: HostedSignUpRequest, plan: PlansTable, signUp: CreatedSignUp): Promise<HostedSignUpResponse> {
  const { organization, body } = request;
  const payer = payerOf(ctx, request, signUp);
  const token = body.payment_method.token;
  let subscription = await getSubscription(ctx.db, organization.id, signUp.subscription_id);
  let presented = await presentSubscription(ctx.db, subscription);
  const open = presented.invoices.find((invoice) => (payableStatuses as readonly string[]).includes(invoice.status) && invoice.balance_minor > 0);

  if (open) {
    const attempt = await createOnlinePayment(ctx, payer, { document_ids: [open.id], currency: plan.currency, payment_method: { token }, save_method: true, credit_note_ids: [] }, attemptIdFor(`hosted_page:${subscription.id}`, token));
    if (attempt.body.status === 'requires_action') {
      // The page cannot take the buyer through the card's authentication challenge yet: given up, nothing charged.
      await cancelAttempt(ctx, payer, attempt.body.id);
      throw refused('authentication_required', 'This card needs an authentication step this page does not offer yet. Nothing was charged; try another card.');
    }
    if (attempt.body.status !== 'succeeded') throw refused(attempt.body.failure_code, attempt.body.failure_message);
  } else if (!subscription.payment_method_id) {
    try {
      await saveMethod(ctx, payer, { token, make_default: true });
    } catch (error) {
      if (error instanceof AppError && error.code === 'PAYMENT_METHOD_UNAVAILABLE') {
        const details = (error.details ?? {}) as { failure_code?: string };
        throw refused(details.failure_code ?? null, error.message);
      }
      throw error;
    }
  }

  if (!subscription.payment_method_id) {
    const saved = (await listMethods(ctx, payer)).find((method) => method.is_default);
    if (saved) subscription = await attachFirstPaymentMethod(ctx, subscription, saved.id, contactActor(signUp.contact_person_id, `${body.first_name} ${body.last_name}`));
  }
  presented = await presentSubscription(ctx.db, subscription);

  const invite = parsePortalSettings(organization.portal_settings).auto_enable_portal_for_subscriptions;
  if (invite) await inviteOnce(ctx, organization, signUp);

  const invoice = presented.invoices[0];
  return {
    subscription: {
      number: presented.number,
      status: presented.status,
      plan_name: plan.name,
      currency: presented.currency,
      trial_end: presented.trial_end,
      next_billing_date: presented.next_billing_date,
    },
    invoice: invoice ? { number: invoice.number, total_minor: invoice.total_minor, status: invoice.status } : null,
    payment_method: presented.payment_method ? { brand: presented.payment_method.brand, last4: presented.payment_method.last4 } : null,
    email: body.email,
    portal_invitation: invite,
  };
}

/** The contact's first invitation; a repeat of the request sends no second one. */
async function inviteOnce(ctx: AppContext, organization: OrganizationRow, signUp: CreatedSignUp): Promise<void> {
  const contact = await getContactPerson(ctx.db, organization.id, signUp.contact_person_id);
  if (contact.invited_at !== null || contact.portal_enabled === 1) return;
  const customer = await getCustomer(ctx, ctx.db, organization.id, signUp.customer_id);
  await ctx.db.transaction().execute(async (trx) => inviteContact(ctx, trx, { organization, customer, contact, reinvite: false, createdBy: null }));
}
