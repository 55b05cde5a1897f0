/**
 * Signals between the parts of Portico that must react to a change made elsewhere, e.g. an open
 * catalogue page learning that an item's stock changed. Publishers call `publish` after their
 * transaction has committed; subscribers re-read what they show. On SQLite (one process) the bus is
 * in-process; on PostgreSQL every instance relays the signals of the others (LISTEN/NOTIFY), so a
 * change made on one instance reaches a page served by another.
 */
export type SignalTopic = 'stock';

export interface Signal {
  topic: SignalTopic;
  organizationId: string;
  /** What changed (item ids for `stock`). */
  ids: string[];
}

export type SignalListener = (signal: Signal) => void;

export interface SignalBus {
  /** Announces a committed change; never throws (a lost signal only delays a page's refresh). */
  publish(signal: Signal): Promise<void>;
  /** Answers the function that ends the subscription. */
  subscribe(topic: SignalTopic, organizationId: string, listener: SignalListener): () => void;
  close(): Promise<void>;
}

/** Delivers to this process's subscribers; the PostgreSQL bus uses it for what it receives. */
export class LocalSignalBus implements SignalBus {
  private readonly listeners = new Map<string, Set<SignalListener>>();

  async publish(signal: Signal): Promise<void> {
    this.deliver(signal);
  }

  deliver(signal: Signal): void {
    const listeners = this.listeners.get(`${signal.topic}:${signal.organizationId}`);
    if (!listeners) return;
    for (const listener of [...listeners]) {
      try {
        listener(signal);
      } catch {
        // A failing subscriber must not keep the others from hearing the signal.
      }
    }
  }

  subscribe(topic: SignalTopic, organizationId: string, listener: SignalListener): () => void {
    const key = `${topic}:${organizationId}`;
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  subscriberCount(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
