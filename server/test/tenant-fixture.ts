import type { LightMyRequestResponse } from 'fastify';
import { createInvoice, createDocument } from './billing-builders.ts';
import type { SignedUpStaff } from './builders.ts';
import { portalCustomer } from './portal-document-builders.ts';
import type { TestApp } from './test-app.ts';

/** One row of every resource a staff API path names, keyed by the path segment that names it (`customers`, `tasks`). */
export type TenantRows = Record<string, string>;

export const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function bodyOf<T = { id: string }>(response: LightMyRequestResponse, what: string, status = [200, 201, 202]): T {
  if (!status.includes(response.statusCode)) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
  return response.json<T>();
}

/**
 * Gives `staff`'s organization one row of every resource the staff API's paths name, each made through
 * the organization's own API (staff and portal), so the rows are what the product makes. Answers their
 * ids by resource (and `sales-order-lines`, the order's line, which bodies name).
 */
export async function seedEveryResource(t: TestApp, staff: SignedUpStaff): Promise<TenantRows> {
  const api = staff.client;
  const rows: TenantRows = {};
  // A portal customer: the contact raises a dispute and leaves a review, which notify staff.
  await api.patch('/api/v1/portal/settings', { allow_reviews: true });
  // Subscribed before the dispute, so the dispute makes a delivery.
  rows['webhook-endpoints'] = bodyOf(await api.post('/api/v1/webhook-endpoints', { url: 'https://hooks.example.com/portico', events: ['invoice.disputed'] }), 'webhook endpoint').id;
  const contact = await portalCustomer(t, staff);
  rows['customers'] = contact.customerId;
  rows['contact-persons'] = contact.contactId;
  // External ids as an ERP gives them: the same in every organization that uses that ERP.
  bodyOf(await api.patch(`/api/v1/customers/${contact.customerId}`, { external_id: 'C-1000' }), 'customer external id');
  bodyOf(await api.patch(`/api/v1/contact-persons/${contact.contactId}`, { external_id: 'P-1000' }), 'contact external id');
  const invoice = await createInvoice(staff, contact.customerId);
  rows['invoices'] = invoice.id;
  rows['disputes'] = bodyOf(await contact.client.post(`${contact.api}/invoices/${invoice.id}/disputes`, { reason: 'Never ordered this' }), 'dispute').id;
  rows['reviews'] = bodyOf(await contact.client.post(`${contact.api}/reviews`, { rating: 5, body: 'Quick and friendly' }), 'review').id;
  rows['webhook-deliveries'] = bodyOf<{ data: { id: string }[] }>(await api.get(`/api/v1/webhook-endpoints/${rows['webhook-endpoints']}/deliveries`), 'webhook deliveries').data[0]?.id ?? '';
  rows['estimates'] = (await createDocument(staff, 'estimates', contact.customerId)).id;
  rows['retainer-invoices'] = (await createDocument(staff, 'retainer-invoices', contact.customerId)).id;
  rows['credit-notes'] = (await createDocument(staff, 'credit-notes', contact.customerId)).id;
  rows['payments'] = bodyOf(
    await api.post('/api/v1/payments', { customer_id: contact.customerId, amount_minor: 1_000, currency: invoice.currency, method: 'cash', allocations: [{ document_id: invoice.id, amount_minor: 1_000 }] }),
    'payment',
  ).id;
  rows['shipping-addresses'] = bodyOf(await api.post(`/api/v1/customers/${contact.customerId}/shipping-addresses`, { label: 'Depot', address: '1 Dock Road' }), 'shipping address').id;
  rows['links'] = bodyOf<{ data: { id: string }[] }>(await api.get('/api/v1/portal/links'), 'portal links').data[0]?.id ?? '';
  rows['notifications'] = bodyOf<{ data: { id: string }[] }>(await api.get('/api/v1/notifications'), 'notifications').data[0]?.id ?? '';
  rows['outbox'] = bodyOf<{ data: { id: string }[] }>(await api.get('/api/v1/outbox'), 'outbox').data[0]?.id ?? '';
  // More customers than are enabled at once: the request answers a job.
  const many = [contact.customerId, ...Array.from({ length: 100 }, (_, index) => `unknown-${index}`)];
  rows['jobs'] = bodyOf<{ job: { id: string } }>(await api.post('/api/v1/customers/bulk-enable-portal', { customer_ids: many }), 'bulk portal job', [202]).job.id;

  rows['taxes'] = bodyOf(await api.post('/api/v1/taxes', { name: 'VAT', rate_percent: 20 }), 'tax').id;
  const item = bodyOf(await api.post('/api/v1/items', { name: 'Widget', rate_minor: 1_250, currency: invoice.currency, track_stock: true }), 'item');
  bodyOf(await api.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 10 }), 'stock receipt');
  rows['items'] = item.id;
  bodyOf(await api.patch(`/api/v1/items/${item.id}`, { external_id: 'I-1000' }), 'item external id');
  rows['images'] = bodyOf(await api.post(`/api/v1/items/${item.id}/images`, { content_type: 'image/png', data_base64: png }), 'item image').id;
  rows['warehouses'] = bodyOf(await api.post('/api/v1/warehouses', { name: 'Overflow' }), 'warehouse').id;
  rows['price-lists'] = bodyOf(await api.post('/api/v1/price-lists', { name: 'Trade', currency: invoice.currency, kind: 'markup', percent: 10 }), 'price list').id;
  const order = bodyOf<{ id: string; version: number; lines: { id: string }[] }>(
    await api.post('/api/v1/sales-orders', { customer_id: contact.customerId, lines: [{ item_id: item.id, quantity: 2 }] }),
    'sales order',
  );
  rows['sales-orders'] = order.id;
  rows['sales-order-lines'] = order.lines[0]?.id ?? '';
  bodyOf(await api.post(`/api/v1/sales-orders/${order.id}/confirm`, {}), 'confirming the order');
  rows['packages'] = bodyOf(await api.post(`/api/v1/sales-orders/${order.id}/packages`, { lines: [{ sales_order_line_id: order.lines[0]?.id, quantity: 1 }] }), 'package').id;

  const product = bodyOf(await api.post('/api/v1/products', { name: 'Hosting' }), 'product').id;
  rows['products'] = product;
  rows['plans'] = bodyOf(await api.post('/api/v1/plans', { product_id: product, code: 'basic', name: 'Basic', price_minor: 1_000, interval: 'month', currency: invoice.currency }), 'plan').id;
  rows['addons'] = bodyOf(await api.post('/api/v1/addons', { code: 'extra', name: 'Extra', price_minor: 100, kind: 'recurring', currency: invoice.currency }), 'add-on').id;
  rows['coupons'] = bodyOf(await api.post('/api/v1/coupons', { code: 'WELCOME', name: 'Welcome', discount_type: 'percent', percent_basis_points: 1_000, duration: 'once' }), 'coupon').id;
  rows['subscriptions'] = bodyOf(await api.post('/api/v1/subscriptions', { customer_id: contact.customerId, plan_id: rows['plans'] }), 'subscription').id;

  const project = bodyOf<{ id: string; tasks: { id: string }[] }>(
    await api.post('/api/v1/projects', { customer_id: contact.customerId, name: 'Relaunch', billing_method: 'project_hours', hourly_rate_minor: 10_000, tasks: [{ name: 'Design' }] }),
    'project',
  );
  rows['projects'] = project.id;
  rows['tasks'] = project.tasks[0]?.id ?? '';
  rows['time-entries'] = bodyOf(await api.post('/api/v1/time-entries', { project_id: project.id, task_id: rows['tasks'], work_date: '2026-12-01', duration_minutes: 30 }), 'time entry').id;

  rows['imports'] = bodyOf(await api.request('POST', '/api/v1/imports?kind=customers&file_name=customers.csv', 'Name,Email\r\nTheir customer,their@example.com\r\n', { 'content-type': 'text/csv' }), 'csv import').id;
  rows['api-keys'] = bodyOf(await api.post('/api/v1/api-keys', { name: 'Their integration', scopes: ['customers.read'] }), 'api key').id;
  rows['staff-users'] = bodyOf(await api.post('/api/v1/staff-users', { name: 'Second Person', email: `second-${staff.organization.slug}@example.com`, role: 'staff', password: 'correct horse battery staple' }), 'staff user').id;
  return rows;
}
