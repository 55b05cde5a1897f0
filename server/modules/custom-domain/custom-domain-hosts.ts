import type { Clock } from '../../lib/clock.ts';

/** The organization a verified custom domain serves. */
export interface PortalHost {
  organizationId: string;
  slug: string;
  domain: string;
}

/** How long a routing table is trusted before it is read again (changes made on another instance). */
export const hostTableTtlSeconds = 30;

/**
 * The routing table by Host, in memory: every verified custom domain. Routing reads it synchronously
 * (Fastify's `rewriteUrl` cannot wait), so the table is loaded before the app answers, reloaded at once
 * after a change on this instance, and read again in the background once older than the TTL, which is
 * how instances learn of each other's changes.
 */
export class PortalHostTable {
  private byHost = new Map<string, PortalHost>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly load: () => Promise<PortalHost[]>,
    private readonly clock: Clock,
    private readonly onError: (error: unknown) => void,
    private readonly ttlSeconds = hostTableTtlSeconds,
  ) {}

  /** Reads the table again; concurrent calls share one read, and a call during a read makes one more. */
  async refresh(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      try {
        do {
          this.again = false;
          const startedAt = this.clock.now().getTime();
          const hosts = await this.load();
          this.byHost = new Map(hosts.map((host) => [host.domain, host]));
          this.loadedAt = startedAt;
        } while (this.again);
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** The portal a host name serves; starts a background reload when the table is older than the TTL. */
  lookup(host: string): PortalHost | undefined {
    if (!this.loading && this.clock.now().getTime() - this.loadedAt > this.ttlSeconds * 1000) {
      this.refresh().catch(this.onError);
    }
    return this.byHost.get(host);
  }

  /** Resolves once a reload under way has finished (tests). */
  async settled(): Promise<void> {
    await this.loading;
  }
}
