import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA rules (plus best practices) as axe knows them. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeCheckOptions {
  /**
   * Parts not to check, e.g. `iframe[sandbox]`: a frame sandboxed without scripts (an email preview)
   * can't host axe, and its content is the email, not the page.
   */
  exclude?: string[];
}

/** Fails with a readable list when axe finds a violation of impact serious or critical. */
export async function expectAccessible(page: Page, what: string, options: AxeCheckOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(tags);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length === 0) return;
  const report = blocking
    .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`).join('\n')}`)
    .join('\n');
  throw new Error(`Accessibility violations on ${what} (${page.url()}):\n${report}`);
}
