import type { AppContext } from '../context.ts';
import { isoIn, isoNow } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { createCustomer } from '../modules/customer/customer.service.ts';
import { signUpOrganization } from '../modules/organization/organization.service.ts';
import { updatePortalSettings } from '../modules/organization/organization.service.ts';
import { configurePortalAccess } from '../modules/portal-access/portal-access.service.ts';
import { seedDemoBilling } from './demo-billing.ts';
import { seedDemoOrders } from './demo-orders.ts';
import { seedDemoProjects } from './demo-projects.ts';
import { seedDemoSubscriptions } from './demo-subscriptions.ts';
import { seedDemoReviews } from './demo-reviews.ts';
import { seedDemoActivity } from './demo-activity.ts';
import { seedDemoWebhook } from './demo-webhooks.ts';

export const demoStaff = { email: 'owner@northwind.example', password: 'northwind-demo-2026' };
export const demoContact = { email: 'ada@globex.example', password: 'globex-portal-2026' };

export interface DemoSignIns {
  adminUrl: string;
  portalUrl: string;
  staff: typeof demoStaff;
  contact: typeof demoContact;
  /** Where the demo's webhook endpoint posts, in development. */
  webhookUrl?: string | undefined;
}

interface DemoCustomer {
  display_name: string;
  company_name?: string;
  currency: string;
  portal_language: 'en' | 'de' | 'fr' | 'es' | 'ja';
  /** The first is the primary contact; `portal` gives another one the primary's portal status too. */
  contacts: { first_name: string; last_name: string; email: string | null; phone?: string; portal?: boolean }[];
  /** What the primary contact's portal status should be. */
  status: 'accepted' | 'invited' | 'expired' | 'disabled' | 'not_invited';
}

const customers: DemoCustomer[] = [
  { display_name: 'Globex Corporation', currency: 'USD', portal_language: 'en', status: 'accepted', contacts: [{ first_name: 'Ada', last_name: 'Lovelace', email: demoContact.email, phone: '+1 555 0100' }, { first_name: 'Charles', last_name: 'Babbage', email: null }, { first_name: 'Grace', last_name: 'Hopper', email: 'grace@globex.example', portal: true }] },
  { display_name: 'Globex Europe', company_name: 'Globex Europe B.V.', currency: 'EUR', portal_language: 'en', status: 'accepted', contacts: [{ first_name: 'Ada', last_name: 'Lovelace', email: demoContact.email }] },
  { display_name: 'Initech', currency: 'USD', portal_language: 'en', status: 'invited', contacts: [{ first_name: 'Peter', last_name: 'Gibbons', email: 'peter@initech.example' }] },
  { display_name: 'Müller Maschinenbau', company_name: 'Müller Maschinenbau GmbH', currency: 'EUR', portal_language: 'de', status: 'invited', contacts: [{ first_name: 'Hans', last_name: 'Müller', email: 'hans@mueller-maschinenbau.example' }] },
  { display_name: 'Umbrella Ltd', currency: 'GBP', portal_language: 'en', status: 'expired', contacts: [{ first_name: 'Alice', last_name: 'Abernathy', email: 'alice@umbrella.example' }] },
  { display_name: 'Stark Industries', currency: 'USD', portal_language: 'en', status: 'disabled', contacts: [{ first_name: 'Pepper', last_name: 'Potts', email: 'pepper@stark.example' }] },
  { display_name: '山田商事', company_name: '山田商事株式会社', currency: 'JPY', portal_language: 'ja', status: 'invited', contacts: [{ first_name: '太郎', last_name: '山田', email: 'taro@yamada-shoji.example' }] },
  { display_name: 'Dupont & Fils', currency: 'EUR', portal_language: 'fr', status: 'not_invited', contacts: [{ first_name: 'Marie', last_name: 'Dupont', email: 'marie@dupont.example' }] },
  { display_name: 'Wayne Enterprises', currency: 'USD', portal_language: 'es', status: 'not_invited', contacts: [{ first_name: 'Lucius', last_name: 'Fox', email: null }] },
];

/** On an empty database: a demo organization with customers in every portal status. */
export async function seedDemoIfEmpty(ctx: AppContext): Promise<DemoSignIns | undefined> {
  const existing = await ctx.db.selectFrom('organizations').select('id').limit(1).execute();
  if (existing.length > 0) return existingDemoSignIns(ctx);
  const meta = { ip: null, userAgent: 'portico-seed' };
  const { organization, user } = await signUpOrganization(
    ctx,
    { organization_name: 'Northwind Supplies', name: 'Nora Northwind', email: demoStaff.email, password: demoStaff.password },
    meta,
  );
  await updatePortalSettings(ctx, organization.id, {
    banner_message: 'Welcome to the Northwind Supplies customer portal. Your invoices, quotes and orders are all here.',
    contact_email: 'billing@northwind.example',
    contact_phone: '+1 555 0199',
    contact_address: '12 Harbour Road, Seattle, WA 98101',
    // E-invoices (docs/integrations.md "E-invoices") name the seller's country.
    country_code: 'US',
    // Washington State's business registration, which its sales tax is filed under.
    tax_number: 'WA 604-123-456',
    website: 'https://northwind.example',
    brand_color: '#0b6e4f',
    allow_reviews: true,
  });
  const actor = { organizationId: organization.id, staffUserId: user.id };
  const passwordHash = await ctx.hasher.hash(demoContact.password);
  const customerIds = new Map<string, string>();
  for (const demo of customers) {
    const { customer } = await createCustomer(ctx, actor, {
      display_name: demo.display_name,
      company_name: demo.company_name ?? demo.display_name,
      currency: demo.currency,
      portal_language: demo.portal_language,
      allow_portal_access: false,
      // The demo's contacts can try both methods of the test gateway (docs/payments.md).
      allow_bank_payments: true,
      contact_persons: demo.contacts.map(({ portal: _portal, ...contact }, index) => ({ ...contact, is_primary: index === 0 })),
    });
    customerIds.set(demo.display_name, customer.id);
    if (demo.status === 'not_invited') continue;
    await ctx.db.transaction().execute(async (trx) => {
      const primary = await trx.selectFrom('contact_persons').selectAll().where('customer_id', '=', customer.id).where('is_primary', '=', 1).executeTakeFirstOrThrow();
      const portalEmails = demo.contacts.filter((contact) => contact.portal && contact.email).map((contact) => contact.email ?? '');
      const others = portalEmails.length > 0 ? await trx.selectFrom('contact_persons').selectAll().where('customer_id', '=', customer.id).where('email', 'in', portalEmails).execute() : [];
      await configurePortalAccess(ctx, trx, actor, customer.id, [primary.id, ...others.map((contact) => contact.id)]);
      const now = isoNow(ctx.clock);
      if (demo.status === 'accepted') {
        for (const contact of [primary, ...others]) {
          await trx.updateTable('portal_tokens').set({ used_at: now }).where('contact_person_id', '=', contact.id).execute();
          await trx.updateTable('contact_persons').set({ accepted_at: now }).where('id', '=', contact.id).execute();
          await trx
            .insertInto('portal_identities')
            .values({ id: newId(), organization_id: organization.id, email: contact.email ?? '', password_hash: passwordHash, language: null, totp_secret: null, totp_enabled_at: null, password_changed_at: now, last_sign_in_at: null, created_at: now, updated_at: now })
            .onConflict((oc) => oc.columns(['organization_id', 'email']).doNothing())
            .execute();
        }
      }
      if (demo.status === 'expired') {
        await trx.updateTable('portal_tokens').set({ expires_at: isoIn(ctx.clock, -3600) }).where('contact_person_id', '=', primary.id).execute();
      }
      if (demo.status === 'disabled') {
        await trx.updateTable('contact_persons').set({ portal_enabled: 0, disabled_at: now }).where('id', '=', primary.id).execute();
        await trx.updateTable('portal_tokens').set({ revoked_at: now }).where('contact_person_id', '=', primary.id).execute();
      }
    });
  }
  await seedDemoBilling(ctx, actor, {
    usd: customerIds.get('Globex Corporation')!,
    eur: customerIds.get('Globex Europe')!,
    eurSecond: customerIds.get('Müller Maschinenbau')!,
  });
  const ada = await ctx.db.selectFrom('contact_persons').select('id').where('customer_id', '=', customerIds.get('Globex Corporation')!).where('is_primary', '=', 1).executeTakeFirstOrThrow();
  await seedDemoOrders(ctx, actor, {
    usd: customerIds.get('Globex Corporation')!,
    eur: customerIds.get('Globex Europe')!,
    other: customerIds.get('Initech')!,
    contactPersonId: ada.id,
    contactName: 'Ada Lovelace',
  });
  const adaInEurope = await ctx.db.selectFrom('contact_persons').select('id').where('customer_id', '=', customerIds.get('Globex Europe')!).where('is_primary', '=', 1).executeTakeFirstOrThrow();
  const salesTax = await ctx.db.selectFrom('taxes').select('id').where('organization_id', '=', organization.id).where('name', '=', 'Sales tax').executeTakeFirstOrThrow();
  await seedDemoSubscriptions(
    ctx,
    actor,
    { usd: customerIds.get('Globex Corporation')!, usdContactId: ada.id, eur: customerIds.get('Globex Europe')!, eurContactId: adaInEurope.id, other: customerIds.get('Initech')!, taxId: salesTax.id },
    { name: organization.name, slug: organization.slug },
  );
  await seedDemoProjects(ctx, actor, {
    usd: customerIds.get('Globex Corporation')!,
    usdContactId: ada.id,
    usdContactName: 'Ada Lovelace',
    eur: customerIds.get('Globex Europe')!,
    eurContactId: adaInEurope.id,
    other: customerIds.get('Initech')!,
  });
  await seedDemoReviews(ctx, actor, {
    globex: customerIds.get('Globex Corporation')!,
    globexEurope: customerIds.get('Globex Europe')!,
    initech: customerIds.get('Initech')!,
    mueller: customerIds.get('Müller Maschinenbau')!,
    yamada: customerIds.get('山田商事')!,
    dupont: customerIds.get('Dupont & Fils')!,
  });
  // Grace Hopper, Globex's accounts payable, has used the portal for months; Ada (the demo sign-in) has
  // never signed in, so the banner greets her at her first sign-in.
  const grace = await ctx.db.selectFrom('contact_persons').select('id').where('customer_id', '=', customerIds.get('Globex Corporation')!).where('email', '=', 'grace@globex.example').executeTakeFirstOrThrow();
  await seedDemoActivity(ctx, organization.id, [
    { customerId: customerIds.get('Globex Corporation')!, customerName: 'Globex Corporation', contactPersonId: grace.id, contactName: 'Grace Hopper', signInEvery: 3 },
    { customerId: customerIds.get('Globex Europe')!, customerName: 'Globex Europe', contactPersonId: adaInEurope.id, contactName: 'Ada Lovelace', signInEvery: null },
  ]);
  const webhookUrl = await seedDemoWebhook(ctx, actor);
  return {
    adminUrl: `${ctx.config.publicUrl}/admin`,
    portalUrl: `${ctx.config.publicUrl}/portal/${organization.slug}`,
    staff: demoStaff,
    contact: demoContact,
    webhookUrl,
  };
}

/** The demo sign-ins again on later starts, while the demo organization is still there. */
async function existingDemoSignIns(ctx: AppContext): Promise<DemoSignIns | undefined> {
  const owner = await ctx.db
    .selectFrom('staff_users')
    .innerJoin('organizations', 'organizations.id', 'staff_users.organization_id')
    .select('organizations.slug')
    .where('staff_users.email', '=', demoStaff.email)
    .executeTakeFirst();
  if (!owner) return undefined;
  return { adminUrl: `${ctx.config.publicUrl}/admin`, portalUrl: `${ctx.config.publicUrl}/portal/${owner.slug}`, staff: demoStaff, contact: demoContact, webhookUrl: ctx.config.demoWebhook?.url };
}

export function printSignIns(signIns: DemoSignIns): string {
  return [
    '',
    'Portico is running with a demo organization (Northwind Supplies).',
    '',
    `  Admin console   ${signIns.adminUrl}`,
    `                  ${signIns.staff.email} / ${signIns.staff.password}`,
    '',
    `  Customer portal ${signIns.portalUrl}`,
    `                  ${signIns.contact.email} / ${signIns.contact.password}`,
    '',
    '  Email is kept in the admin console’s Outbox until SMTP_URL is set.',
    ...(signIns.webhookUrl ? [`  Webhooks        the demo's endpoint posts every event to ${signIns.webhookUrl}`, '                  (examples/webhook-receiver.mjs prints what arrives)'] : []),
    '',
  ].join('\n');
}
