import { formatMoney } from '../../../contract/money.ts';

/**
 * The test gateway's authentication challenge, a stand-in for a bank's 3-D Secure page: one small,
 * self-contained HTML page (no script, no external asset, so the app's CSP allows it as it is), plain
 * forms posting back to the gateway, in English (it plays a bank's page, not Portico's).
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

const style = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; background: #f3f4f6; color: #111827; }
  main { max-width: 28rem; margin: 3rem auto; padding: 2rem; background: #fff; border: 1px solid #d1d5db; border-radius: 0.75rem; }
  h1 { font-size: 1.375rem; margin: 0 0 1rem; }
  p { line-height: 1.5; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 0.5rem 1rem; margin: 1.5rem 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; }
  form { margin: 0; }
  button { font: inherit; font-weight: 600; padding: 0.625rem 1.25rem; border-radius: 0.5rem; border: 2px solid #1f2937; background: #fff; color: #111827; cursor: pointer; }
  button.approve { background: #14532d; border-color: #14532d; color: #fff; }
  button.fail { background: #991b1b; border-color: #991b1b; color: #fff; }
  button:focus-visible, a:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
  a { color: #1d4ed8; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main aria-labelledby="title">
<h1 id="title">${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

export interface ChallengeView {
  paymentId: string;
  amountMinor: number;
  currency: string;
  brand: string;
  last4: string;
  description: string;
  returnUrl: string;
}

export const challengeTitle = 'Test gateway: authentication';

function button(paymentId: string, action: 'approve' | 'fail' | 'abandon', label: string, returnUrl: string): string {
  // Relative to /test-gateway/v1/challenge/<id>: wherever the app is mounted, the form posts back to the gateway.
  return `<form method="post" action="${escapeHtml(`${encodeURIComponent(paymentId)}/${action}`)}">
<input type="hidden" name="return_url" value="${escapeHtml(returnUrl)}">
<button type="submit" class="${action}">${escapeHtml(label)}</button>
</form>`;
}

/** The amount as people read it; a currency outside ISO 4217's table is shown in minor units with its code. */
function amountText(amountMinor: number, currency: string): string {
  try {
    return formatMoney(amountMinor, currency, 'en');
  } catch {
    return `${amountMinor} ${currency} (minor units)`;
  }
}

export function challengePage(view: ChallengeView): string {
  const brand = view.brand.charAt(0).toUpperCase() + view.brand.slice(1);
  return page(
    challengeTitle,
    `<p>Your bank asks you to confirm this payment. This is the test gateway’s stand-in for that step: no bank is asked, and you choose what happens.</p>
<dl>
<dt>Amount</dt><dd>${escapeHtml(amountText(view.amountMinor, view.currency))}</dd>
<dt>Card</dt><dd>${escapeHtml(brand)} ending in ${escapeHtml(view.last4)}</dd>
${view.description ? `<dt>For</dt><dd>${escapeHtml(view.description)}</dd>` : ''}
</dl>
<div class="actions" role="group" aria-label="Authentication">
${button(view.paymentId, 'approve', 'Approve', view.returnUrl)}
${button(view.paymentId, 'fail', 'Fail', view.returnUrl)}
${button(view.paymentId, 'abandon', 'Abandon', view.returnUrl)}
</div>`,
  );
}

/** For a challenge already answered (or a payment no longer waiting for one): where to go back to. */
export function challengeClosedPage(returnUrl: string): string {
  return page(challengeTitle, `<p>This payment is no longer waiting for authentication.</p>\n<p><a href="${escapeHtml(returnUrl)}">Return to the payment</a></p>`);
}
