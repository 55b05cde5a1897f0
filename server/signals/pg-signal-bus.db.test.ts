import { expect } from 'vitest';
import { describeOnEachDialect } from '../test/fixture.ts';
import { createTestApp } from '../test/test-app.ts';
import { IDS_PER_NOTIFICATION, PostgresSignalBus } from './pg-signal-bus.ts';
import { LocalSignalBus, type Signal } from './signal-bus.ts';

/** Resolves with the first `count` signals `subscribe` hears, or rejects after `ms`. */
function heard(subscribe: (listener: (signal: Signal) => void) => () => void, count = 1, ms = 5000): Promise<Signal[]> {
  return new Promise((resolve, reject) => {
    const got: Signal[] = [];
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`heard ${got.length} of ${count} signals within ${ms} ms`));
    }, ms);
    const stop = subscribe((signal) => {
      got.push(signal);
      if (got.length === count) {
        clearTimeout(timer);
        stop();
        resolve(got);
      }
    });
  });
}

async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeOnEachDialect('signal bus across instances', (it, dialect) => {
  if (dialect === 'sqlite') {
    it('delivers within the one process on SQLite', async ({ t, staff }) => {
      expect(t.ctx.signals).toBeInstanceOf(LocalSignalBus);
      const organizationId = staff.organization.id;
      const hearing = heard((listener) => t.ctx.signals.subscribe('stock', organizationId, listener));
      await t.ctx.signals.publish({ topic: 'stock', organizationId, ids: ['item-1'] });
      expect(await hearing).toEqual([{ topic: 'stock', organizationId, ids: ['item-1'] }]);
    });
    return;
  }

  it('carries a signal published on one instance to a subscriber on another sharing the database', async ({ t, staff }) => {
    expect(t.ctx.signals).toBeInstanceOf(PostgresSignalBus);
    const other = await createTestApp('postgres', { databaseUrl: t.databaseUrl ?? '' });
    try {
      const organizationId = staff.organization.id;
      const elsewhere = 'another-organization';
      const onOther = heard((listener) => other.ctx.signals.subscribe('stock', organizationId, listener));
      const onSelf = heard((listener) => t.ctx.signals.subscribe('stock', organizationId, listener));
      let wrongOrganization = 0;
      const stopWrong = other.ctx.signals.subscribe('stock', elsewhere, () => wrongOrganization++);
      await t.ctx.signals.publish({ topic: 'stock', organizationId, ids: ['item-a', 'item-b'] });
      expect(await onOther).toEqual([{ topic: 'stock', organizationId, ids: ['item-a', 'item-b'] }]);
      // The publisher's own subscribers hear it once, not again when the notification comes back.
      const own: Signal[] = [];
      const stopOwn = t.ctx.signals.subscribe('stock', organizationId, (signal) => own.push(signal));
      expect(await onSelf).toHaveLength(1);
      await other.ctx.signals.publish({ topic: 'stock', organizationId, ids: ['item-c'] });
      await eventually(() => own.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(own).toEqual([{ topic: 'stock', organizationId, ids: ['item-c'] }]);
      expect(wrongOrganization).toBe(0);
      stopOwn();
      stopWrong();
    } finally {
      await other.close();
    }
  });

  it('splits a signal naming many ids into notifications that fit PostgreSQL’s payload limit', async ({ t, staff }) => {
    const other = await createTestApp('postgres', { databaseUrl: t.databaseUrl ?? '' });
    try {
      const organizationId = staff.organization.id;
      const ids = Array.from({ length: IDS_PER_NOTIFICATION * 2 + 5 }, (_, i) => `0193b3c4-0000-7000-8000-${String(i).padStart(12, '0')}`);
      const hearing = heard((listener) => other.ctx.signals.subscribe('stock', organizationId, listener), 3);
      await t.ctx.signals.publish({ topic: 'stock', organizationId, ids });
      expect((await hearing).flatMap((signal) => signal.ids)).toEqual(ids);
    } finally {
      await other.close();
    }
  });

  it('connects again after the listening connection fails, and hears later signals', async ({ t, staff }) => {
    const other = await createTestApp('postgres', { databaseUrl: t.databaseUrl ?? '' });
    try {
      const bus = other.ctx.signals as PostgresSignalBus;
      expect(bus.connected).toBe(true);
      bus.interruptForTest();
      expect(bus.connected).toBe(false);
      // The first retry waits a second.
      await eventually(() => bus.connected, 10_000);
      const organizationId = staff.organization.id;
      const hearing = heard((listener) => bus.subscribe('stock', organizationId, listener));
      await t.ctx.signals.publish({ topic: 'stock', organizationId, ids: ['after-reconnect'] });
      expect((await hearing)[0]?.ids).toEqual(['after-reconnect']);
    } finally {
      await other.close();
    }
  });
});
