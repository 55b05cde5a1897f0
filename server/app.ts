import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import type { DatabaseHandle } from './db/create-db.ts';
import { loadInstanceSecret } from './db/instance-secret.ts';
import { createSmtpTransport, type MailTransport } from './email/transport.ts';
import { registerErrorHandler } from './http/errors.ts';
import { registerOpenApiScopes } from './http/openapi-scopes.ts';
import { clientErrorHandler, frameworkErrorHandler } from './http/framework-errors.ts';
import { registerRequestLog } from './http/request-log.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { portalHostRewriter } from './http/portal-hosts.ts';
import { registerWebApps } from './http/web-apps.ts';
import { type Clock, isoNow, systemClock } from './lib/clock.ts';
import { createGravatarFetcher, type AvatarFetcher } from './lib/gravatar-fetcher.ts';
import { createPasswordHasher } from './lib/passwords.ts';
import { buildMetricsApp } from './metrics-app.ts';
import type { GatewayProvider } from './payments/gateway.ts';
import { createGatewayProvider } from './payments/gateways.ts';
import { startPostgresSignalBus } from './signals/pg-signal-bus.ts';
import { LocalSignalBus, type SignalBus } from './signals/signal-bus.ts';
import { apiKeyRoutes } from './modules/api-key/api-key.routes.ts';
import { customerRoutes } from './modules/customer/customer.routes.ts';
import { jobRoutes } from './modules/job/job.routes.ts';
import { csvImportRoutes } from './modules/csv-import/csv-import.routes.ts';
import { notificationRoutes } from './modules/notification/notification.routes.ts';
import { organizationRoutes } from './modules/organization/organization.routes.ts';
import { outboxRoutes } from './modules/outbox/outbox.routes.ts';
import { portalAccessRoutes } from './modules/portal-access/portal-access.routes.ts';
import { portalAccountRoutes } from './modules/portal-account/portal-account.routes.ts';
import { portalAvatarRoutes } from './modules/avatar/avatar.routes.ts';
import { portalAuthRoutes } from './modules/portal-auth/portal-auth.routes.ts';
import { portalCompanyRoutes } from './modules/portal-company/portal-company.routes.ts';
import { staffSessionRoutes } from './modules/staff-session/staff-session.routes.ts';
import { createMetrics, systemRoutes } from './modules/system/system.routes.ts';
import { taxRoutes } from './modules/tax/tax.routes.ts';
import { itemRoutes } from './modules/item/item.routes.ts';
import { stockRoutes } from './modules/stock/stock.routes.ts';
import { warehouseRoutes } from './modules/warehouse/warehouse.routes.ts';
import { planRoutes } from './modules/plan/plan.routes.ts';
import { projectRoutes } from './modules/project/project.routes.ts';
import { timeEntryRoutes } from './modules/time-entry/time-entry.routes.ts';
import { priceListRoutes } from './modules/price-list/price-list.routes.ts';
import { customerAddressRoutes } from './modules/customer-address/customer-address.routes.ts';
import { companyHistoryRoutes } from './modules/company-history/company-history.routes.ts';
import { numberSeriesRoutes } from './modules/number-series/number-series.routes.ts';
import { documentRoutes } from './modules/document/document.routes.ts';
import { salesOrderRoutes } from './modules/sales-order/sales-order.routes.ts';
import { paymentRoutes } from './modules/payment/payment.routes.ts';
import { refundRoutes } from './modules/refund/refund.routes.ts';
import { paymentSettingsRoutes } from './modules/payment-settings/payment-settings.routes.ts';
import { creditRoutes } from './modules/credit/credit.routes.ts';
import { statementRoutes } from './modules/statement/statement.routes.ts';
import { portalStatementRoutes } from './modules/statement/portal-statement.routes.ts';
import { commentRoutes } from './modules/comment/comment.routes.ts';
import { disputeRoutes } from './modules/dispute/dispute.routes.ts';
import { documentPdfRoutes } from './modules/document-pdf/document-pdf.routes.ts';
import { eInvoiceRoutes, portalEInvoiceRoutes } from './modules/e-invoice/e-invoice.routes.ts';
import { payLinkRoutes } from './modules/pay-link/pay-link.routes.ts';
import { portalDocumentPdfRoutes } from './modules/document-pdf/portal-document-pdf.routes.ts';
import { portalDocumentRoutes } from './modules/portal-document/portal-document.routes.ts';
import { onlinePaymentRoutes } from './modules/online-payment/online-payment.routes.ts';
import { webhookRoutes } from './modules/online-payment/webhook.routes.ts';
import { payLinkPaymentRoutes } from './modules/online-payment/pay-link-payment.routes.ts';
import { registerOnlinePaymentTasks } from './modules/online-payment/online-payment.tasks.ts';
import { subscriptionRoutes } from './modules/subscription/subscription.routes.ts';
import { registerSubscriptionTasks } from './modules/subscription/subscription.tasks.ts';
import { registerSubscriptionActionTasks } from './modules/subscription-action/subscription-action.tasks.ts';
import { paymentScheduleRoutes } from './modules/payment-schedule/payment-schedule.routes.ts';
import { portalPaymentScheduleRoutes } from './modules/payment-schedule/portal-payment-schedule.routes.ts';
import { portalOrderRoutes } from './modules/portal-order/portal-order.routes.ts';
import { portalProjectRoutes } from './modules/portal-project/portal-project.routes.ts';
import { portalProjectCommentRoutes, projectCommentRoutes } from './modules/project-comment/project-comment.routes.ts';
import { testGatewayRoutes } from './payments/test-gateway/index.ts';
import { shipmentRoutes } from './modules/shipment/shipment.routes.ts';
import { subscriptionSettingsRoutes } from './modules/subscription-settings/subscription-settings.routes.ts';
import { subscriptionActionRoutes } from './modules/subscription-action/subscription-action.routes.ts';
import { portalSubscriptionRoutes } from './modules/portal-subscription/portal-subscription.routes.ts';
import { hostedPageRoutes } from './modules/hosted-page/hosted-page.routes.ts';
import { reviewRoutes } from './modules/review/review.routes.ts';
import { portalReviewRoutes } from './modules/review/portal-review.routes.ts';
import { portalSessionRoutes } from './modules/single-sign-on/single-sign-on.routes.ts';
import { portalSingleSignOnRoutes } from './modules/single-sign-on/portal-single-sign-on.routes.ts';
import { documentForwardRoutes } from './modules/document-forward/document-forward.routes.ts';
import { activityReportRoutes } from './modules/activity-report/activity-report.routes.ts';
import { registerActivityReportTasks } from './modules/activity-report/activity-report.tasks.ts';
import { registerOutgoingWebhookTasks } from './modules/outgoing-webhook/outgoing-webhook.tasks.ts';
import { outgoingWebhookRoutes } from './modules/outgoing-webhook/outgoing-webhook.routes.ts';
import { customDomainRoutes } from './modules/custom-domain/custom-domain.routes.ts';
import { PortalHostTable } from './modules/custom-domain/custom-domain-hosts.ts';
import { loadPortalHosts } from './modules/custom-domain/custom-domain.service.ts';
import { resolveTxt } from 'node:dns/promises';
import type { TxtResolver } from './context.ts';
import { batchRoutes } from './modules/batch/batch.routes.ts';


export interface AppDeps {
  config: Readonly<Config>;
  database: DatabaseHandle;
  clock?: Clock;
  /** Overrides the SMTP transport built from SMTP_URL (tests pass their own). */
  mailTransport?: MailTransport;
  logger?: Logger;
  /** Overrides the payment gateways (tests that script a gateway's answers). */
  gateways?: GatewayProvider;
  /** Overrides the signal bus (PostgreSQL instances relay each other's through LISTEN/NOTIFY). */
  signals?: SignalBus;
  /** Overrides how Gravatar is asked for pictures (tests use a local stand-in). */
  avatarFetcher?: AvatarFetcher;
  /** Overrides the DNS TXT look-up of custom domain verification (tests answer from a table). */
  resolveTxt?: TxtResolver;
  /** The portal app's page instead of the one built into dist/web (tests). */
  portalHtml?: string;
}

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
  /** With METRICS_PORT: the listener serving only /metrics; main.ts makes it listen, closing `app` closes it. */
  metricsApp?: FastifyInstance;
}

/** Secrets and personal data that must never reach a log line (card and bank numbers as the test gateway's token body names them). */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.current_password',
  '*.new_password',
  '*.token',
  '*.number',
  '*.cvc',
  '*.account_number',
  '*.routing_number',
  '*.card.number',
  '*.card.cvc',
  '*.bank_account.account_number',
  'req.body.card.number',
  'req.body.card.cvc',
  'req.body.bank_account.account_number',
];

/** Portico's logger: JSON lines with the paths above redacted; `destination` defaults to stdout. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: redactedPaths, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

export async function buildApp(deps: AppDeps): Promise<BuiltApp> {
  const { config } = deps;
  const logger = deps.logger ?? createLogger(config.logLevel);
  const clock = deps.clock ?? systemClock;
  const secret = await loadInstanceSecret(deps.database.db, config.sessionSecret, isoNow(clock));
  const https = config.publicUrl.startsWith('https://');
  // On PostgreSQL the instances sharing the database hear each other's signals (LISTEN/NOTIFY).
  const { connectionString } = deps.database;
  const signals =
    deps.signals ??
    (deps.database.dialect === 'postgres' && connectionString
      ? await startPostgresSignalBus({ db: deps.database.db, connectionString, logger })
      : new LocalSignalBus());
  const ctx: AppContext = {
    db: deps.database.db,
    dialect: deps.database.dialect,
    config,
    clock,
    hasher: createPasswordHasher(config.passwordHashing),
    secret,
    mailTransport: deps.mailTransport ?? (config.smtpUrl ? createSmtpTransport(config.smtpUrl) : undefined),
    logger,
    gateways: deps.gateways ?? createGatewayProvider({ db: deps.database.db, clock, secret, config }),
    signals,
    avatarFetcher: deps.avatarFetcher ?? createGravatarFetcher(),
    portalHosts: new PortalHostTable(() => loadPortalHosts(deps.database.db), clock, (error) => logger.error({ err: error }, 'reading the custom domains failed')),
    resolveTxt: deps.resolveTxt ?? ((name) => resolveTxt(name)),
  };
  // Routing by Host reads the table synchronously: it is there before the first request.
  await ctx.portalHosts.refresh();

  const app = Fastify({
    // Typed as Fastify's logger so the instance keeps FastifyBaseLogger (plugins are typed against it).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- removing it changes the instance's type
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    // Pay-link tokens in the path are longer than Fastify's default of 100 characters.
    routerOptions: { maxParamLength: 500 },
    trustProxy: config.trustProxy,
    // A verified custom domain serves its organization's portal at the root (server/http/portal-hosts.ts).
    rewriteUrl: portalHostRewriter(ctx.portalHosts, config.trustProxy),
    // One line per request instead (server/http/request-log.ts); answers made before routing carry the security headers too.
    logController: new LogController({ disableRequestLogging: true }),
    clientErrorHandler: clientErrorHandler({ https }),
    frameworkErrors: frameworkErrorHandler({ https }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerSecurityHeaders(app, { https });
  registerRequestLog(app);

  registerOnlinePaymentTasks();
  // Paused subscriptions due to resume come back before the renewal job bills what is due.
  registerSubscriptionActionTasks();
  registerSubscriptionTasks();
  registerActivityReportTasks();
  registerOutgoingWebhookTasks();
  const metrics = createMetrics();
  app.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration
      .labels(request.method, request.routeOptions.url ?? 'unmatched', String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
  });

  await app.register(cookie);
  registerOpenApiScopes(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Portico API', version: '1.0.0', description: 'Staff and integration API (/api/v1) and the portal API (/portal/{slug}/api).' },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key created under Settings → API keys' },
          staffSession: { type: 'apiKey', in: 'cookie', name: 'portico_staff' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(systemRoutes(ctx, metrics));
  await app.register(
    async (api) => {
      await api.register(organizationRoutes(ctx));
      await api.register(staffSessionRoutes(ctx));
      await api.register(apiKeyRoutes(ctx));
      await api.register(customerRoutes(ctx));
      await api.register(portalAccessRoutes(ctx));
      await api.register(notificationRoutes(ctx));
      await api.register(outboxRoutes(ctx));
      await api.register(jobRoutes(ctx));
      await api.register(csvImportRoutes(ctx));
      await api.register(taxRoutes(ctx));
      await api.register(itemRoutes(ctx));
      await api.register(stockRoutes(ctx));
      await api.register(warehouseRoutes(ctx));
      await api.register(numberSeriesRoutes(ctx));
      await api.register(documentRoutes(ctx));
      await api.register(salesOrderRoutes(ctx));
      await api.register(paymentRoutes(ctx));
      await api.register(refundRoutes(ctx));
      await api.register(paymentSettingsRoutes(ctx));
      await api.register(creditRoutes(ctx));
      await api.register(statementRoutes(ctx));
      await api.register(commentRoutes(ctx));
      await api.register(disputeRoutes(ctx));
      await api.register(documentPdfRoutes(ctx));
      await api.register(eInvoiceRoutes(ctx));
      await api.register(paymentScheduleRoutes(ctx));
      await api.register(payLinkRoutes(ctx));
      await api.register(priceListRoutes(ctx));
      await api.register(customerAddressRoutes(ctx));
      await api.register(companyHistoryRoutes(ctx));
      await api.register(shipmentRoutes(ctx));
      await api.register(planRoutes(ctx));
      await api.register(subscriptionSettingsRoutes(ctx));
      await api.register(subscriptionRoutes(ctx));
      await api.register(subscriptionActionRoutes(ctx));
      await api.register(projectCommentRoutes(ctx));
      await api.register(reviewRoutes(ctx));
      await api.register(projectRoutes(ctx));
      await api.register(timeEntryRoutes(ctx));
      await api.register(activityReportRoutes(ctx));
      await api.register(portalSessionRoutes(ctx));
      await api.register(outgoingWebhookRoutes(ctx));
      await api.register(customDomainRoutes(ctx));
      await api.register(batchRoutes(ctx));
    },
    { prefix: '/api/v1' },
  );
  await app.register(
    async (portal) => {
      await portal.register(portalAuthRoutes(ctx));
      await portal.register(portalAccountRoutes(ctx));
      await portal.register(portalAvatarRoutes(ctx));
      await portal.register(portalCompanyRoutes(ctx));
      await portal.register(portalDocumentRoutes(ctx));
      await portal.register(portalStatementRoutes(ctx));
      await portal.register(portalDocumentPdfRoutes(ctx));
      await portal.register(portalEInvoiceRoutes(ctx));
      await portal.register(onlinePaymentRoutes(ctx));
      await portal.register(payLinkPaymentRoutes(ctx));
      await portal.register(portalPaymentScheduleRoutes(ctx));
      await portal.register(portalOrderRoutes(ctx));
      await portal.register(portalSubscriptionRoutes(ctx));
      await portal.register(portalProjectRoutes(ctx));
      await portal.register(portalProjectCommentRoutes(ctx));
      await portal.register(hostedPageRoutes(ctx));
      await portal.register(portalReviewRoutes(ctx));
      await portal.register(documentForwardRoutes(ctx));
      await portal.register(portalSingleSignOnRoutes(ctx));
    },
    { prefix: '/portal/:slug/api' },
  );
  await app.register(webhookRoutes(ctx));
  await app.register(testGatewayRoutes(ctx));
  await registerWebApps(app, ctx, deps.portalHtml === undefined ? {} : { portalHtml: deps.portalHtml });
  app.addHook('onClose', async () => ctx.mailTransport?.close());
  app.addHook('onClose', async () => ctx.signals.close());
  const metricsApp = config.metricsPort === undefined ? undefined : await buildMetricsApp({ metrics, logger, https });
  if (metricsApp) app.addHook('onClose', async () => metricsApp.close());
  return { app, ctx, ...(metricsApp ? { metricsApp } : {}) };
}
