import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { escapeHtml } from '../email/render.ts';
import { portalHostOf } from './portal-hosts.ts';
import { findOrganizationBySlug } from '../modules/organization/organization.repository.ts';
import { parsePortalSettings } from '../modules/organization/organization.ts';

const webRoot = resolve(import.meta.dirname, '../../dist/web');

function sendPage(reply: FastifyReply, html: string | undefined, status = 200) {
  if (!html) {
    return reply
      .status(503)
      .type('text/plain; charset=utf-8')
      .send('The web apps are not built yet: run `npm run build` (npm start does it for you).');
  }
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
}

/** Portico's own browser icon, for a portal without one of its own (and the console). */
export const defaultFaviconUrl =
  'data:image/svg+xml,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f5fbf"/><path d="M10 24V8h7a5 5 0 0 1 0 10h-7" fill="none" stroke="#fff" stroke-width="3"/></svg>');

/**
 * The page with its browser icon: the organization's `favicon_url` (an https URL, validated when saved,
 * escaped here all the same), else Portico's own.
 */
export function withFavicon(html: string, faviconUrl: string | undefined): string {
  const href = faviconUrl ? faviconUrl : defaultFaviconUrl;
  // A replacer function: a `$&` in the URL stays part of it.
  return html.replace('</head>', () => `<link rel="icon" href="${escapeHtml(href)}">\n</head>`);
}

/**
 * The page with the portal's base path for the app (web/portal/lib/base-path.ts): `/` on the portal's
 * custom domain, `/portal/<slug>` on Portico's host. Links, the router and the API client follow it.
 */
export function withBasePath(html: string, basePath: string): string {
  return html.replace('</head>', () => `<meta name="portico-base-path" content="${escapeHtml(basePath)}">\n</head>`);
}

/** Serves the two single-page apps (admin console and portal) built by Vite into dist/web. */
export async function registerWebApps(app: FastifyInstance, ctx: AppContext, options: { portalHtml?: string } = {}): Promise<void> {
  const adminHtml = existsSync(join(webRoot, 'admin/index.html')) ? readFileSync(join(webRoot, 'admin/index.html'), 'utf8') : undefined;
  const portalHtml = options.portalHtml ?? (existsSync(join(webRoot, 'portal/index.html')) ? readFileSync(join(webRoot, 'portal/index.html'), 'utf8') : undefined);
  if (existsSync(join(webRoot, 'assets'))) {
    await app.register(fastifyStatic, {
      root: join(webRoot, 'assets'),
      prefix: '/assets/',
      maxAge: '365d',
      immutable: true,
    });
  }

  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/admin'));
  app.get('/admin', { schema: { hide: true } }, async (_request, reply) => sendPage(reply, adminHtml));
  app.get('/admin/*', { schema: { hide: true } }, async (_request, reply) => sendPage(reply, adminHtml));

  const portalPage = async (request: FastifyRequest, reply: FastifyReply) => {
    const { slug } = request.params as { slug: string };
    if (request.url.startsWith(`/portal/${slug}/api/`)) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Not found' } });
    }
    const organization = await findOrganizationBySlug(ctx.db, slug);
    if (!organization) return sendPage(reply, portalHtml && withFavicon(portalHtml, undefined), 404);
    if (organization.slug !== slug) {
      // A former address of the portal: send people (and old email links) to the current one.
      const rest = request.url.slice(`/portal/${slug}`.length);
      return reply.redirect(`/portal/${organization.slug}${rest}`, 301);
    }
    const onCustomDomain = portalHostOf(request) !== undefined;
    if (onCustomDomain && request.originalUrl.startsWith(`/portal/${slug}`)) {
      // The slug path of a page on the custom domain: its address there is at the root.
      const rest = request.originalUrl.slice(`/portal/${slug}`.length);
      return reply.redirect(rest.startsWith('/') ? rest : `/${rest}`, 301);
    }
    const basePath = onCustomDomain ? '/' : `/portal/${organization.slug}`;
    return sendPage(reply, portalHtml && withFavicon(withBasePath(portalHtml, basePath), parsePortalSettings(organization.portal_settings).favicon_url));
  };
  app.get('/portal/:slug', { schema: { hide: true } }, portalPage);
  app.get('/portal/:slug/*', { schema: { hide: true } }, portalPage);

  // A plan's hosted payment page (docs/subscriptions.md), a page of the portal app outside /portal.
  const hostedPage = async (request: { params: unknown; url: string }, reply: FastifyReply) => {
    const { slug } = request.params as { slug: string };
    const organization = await findOrganizationBySlug(ctx.db, slug);
    if (!organization) return sendPage(reply, portalHtml && withFavicon(portalHtml, undefined), 404);
    if (organization.slug !== slug) return reply.redirect(`/pay/${organization.slug}${request.url.slice(`/pay/${slug}`.length)}`, 301);
    return sendPage(reply, portalHtml && withFavicon(portalHtml, parsePortalSettings(organization.portal_settings).favicon_url));
  };
  app.get('/pay/:slug/:plan_code', { schema: { hide: true } }, hostedPage);
  app.get('/pay/:slug/:plan_code/*', { schema: { hide: true } }, hostedPage);
}
