import { expect } from 'vitest';
import type { LocalSignalBus } from '../../signals/signal-bus.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { setPermissions } from '../../test/portal-document-builders.ts';
import { orderingContact, sellableItem } from '../../test/portal-order-builders.ts';
import { createTestApp } from '../../test/test-app.ts';

/** Reads a Server-Sent Events body as it arrives. */
class EventReader {
  private buffer = '';
  private readonly decoder = new TextDecoder();
  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  /** Waits for the text to contain `pattern`, then answers what arrived up to the end of that event and keeps the rest. */
  async until(pattern: RegExp, ms = 10_000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const match = pattern.exec(this.buffer);
      if (match) {
        const end = this.buffer.indexOf('\n\n', match.index);
        const cut = end === -1 ? this.buffer.length : end + 2;
        const taken = this.buffer.slice(0, cut);
        this.buffer = this.buffer.slice(cut);
        return taken;
      }
      if (Date.now() > deadline) throw new Error(`no ${pattern} in the stream within ${ms} ms; it sent: ${this.buffer}`);
      const chunk = await Promise.race([this.reader.read(), new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), deadline - Date.now()))]);
      if (chunk === 'timeout') continue;
      if (chunk.done) throw new Error(`the stream ended; it sent: ${this.buffer}`);
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }
}

function stockEvent(text: string): { items: { id: string; available: number | null }[] } {
  const data = /event: stock\ndata: (.*)\n/.exec(text)?.[1];
  if (!data) throw new Error(`not a stock event: ${text}`);
  return JSON.parse(data) as { items: { id: string; available: number | null }[] };
}

async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeOnEachDialect('portal catalogue stream', (it, dialect) => {
  it('sends the new availability of items as orders change their stock, over a real connection, and stops when the client leaves', async ({ t, staff }) => {
    const watcher = await orderingContact(t, staff);
    const buyer = await orderingContact(t, staff);
    const item = await sellableItem(t, staff, { currency: buyer.currency, onHand: 10 });
    const untracked = await sellableItem(t, staff, { currency: buyer.currency, track_stock: 0 });
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const bus = t.ctx.signals as LocalSignalBus;
    const before = bus.subscriberCount();
    const controller = new AbortController();
    const response = await fetch(`${address}${watcher.api}/catalog/stream`, { headers: { cookie: watcher.client.cookieHeader() }, signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const events = new EventReader(response.body!.getReader());
    await events.until(/retry: \d+/);
    expect(bus.subscriberCount()).toBe(before + 1);

    expect((await buyer.order({ lines: [{ item_id: item.id, quantity: 3 }, { item_id: untracked.id, quantity: 1 }] })).statusCode).toBe(201);
    expect(stockEvent(await events.until(/event: stock/))).toEqual({ items: [{ id: item.id, available: 7 }] });

    // Another organization's stock is not this stream's business.
    await t.ctx.signals.publish({ topic: 'stock', organizationId: 'another-organization', ids: [item.id] });
    if (dialect === 'postgres') {
      // A change made through another instance sharing the database reaches this stream too.
      const other = await createTestApp('postgres', { databaseUrl: t.databaseUrl ?? '' });
      try {
        await other.ctx.signals.publish({ topic: 'stock', organizationId: watcher.organizationId, ids: [item.id, untracked.id] });
      } finally {
        await other.close();
      }
    } else {
      await t.ctx.signals.publish({ topic: 'stock', organizationId: watcher.organizationId, ids: [item.id, untracked.id] });
    }
    const next = stockEvent(await events.until(/event: stock/));
    expect(next.items.sort((a, b) => a.id.localeCompare(b.id))).toEqual([{ id: item.id, available: 7 }, { id: untracked.id, available: null }].sort((a, b) => a.id.localeCompare(b.id)));

    controller.abort();
    await eventually(() => bus.subscriberCount() === before);
  });

  it('refuses a stream without a session, and without reading rights', async ({ t, staff }) => {
    const response = await t.app.inject({ method: 'GET', url: `/portal/${staff.organization.slug}/api/catalog/stream` });
    expect(response.statusCode).toBe(401);
    const c = await orderingContact(t, staff);
    await setPermissions(staff, c.contactId, ['pay']);
    const forbidden = await c.client.get(`${c.api}/catalog/stream`);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('FORBIDDEN');
  });
});
