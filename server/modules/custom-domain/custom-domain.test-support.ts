import { randomBytes } from 'node:crypto';
import type { TxtResolver } from '../../context.ts';
import type { SignedUpStaff } from '../../test/builders.ts';

/** DNS for tests: TXT records by name; an unknown name fails as node:dns does (ENOTFOUND). */
export class FakeDns {
  readonly records = new Map<string, string[][]>();
  /** Names whose look-up fails as with an unreachable resolver. */
  readonly failing = new Set<string>();
  readonly resolve: TxtResolver = async (name) => {
    if (this.failing.has(name)) throw Object.assign(new Error(`queryTxt ESERVFAIL ${name}`), { code: 'ESERVFAIL' });
    const found = this.records.get(name);
    if (!found) throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    return found;
  };
}

export function uniqueDomain(prefix = 'portal'): string {
  return `${prefix}.${randomBytes(4).toString('hex')}.example.com`;
}

interface CustomDomainBody {
  custom_domain: string;
  status: string;
  verification_record: { name: string; value: string };
}

/** Sets a domain for the organization, publishes its TXT record and verifies it. */
export async function verifiedDomain(staff: SignedUpStaff, dns: FakeDns, domain = uniqueDomain()): Promise<string> {
  const set = await staff.client.put('/api/v1/portal/custom-domain', { custom_domain: domain });
  if (set.statusCode !== 200) throw new Error(`setting the domain failed: ${set.body}`);
  const record = set.json<CustomDomainBody>().verification_record;
  dns.records.set(record.name, [[record.value]]);
  const verified = await staff.client.post('/api/v1/portal/custom-domain/verify');
  if (verified.json<CustomDomainBody>().status !== 'verified') throw new Error(`verifying failed: ${verified.body}`);
  return domain;
}
