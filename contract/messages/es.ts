import type { MessageCatalog, MessageFormat } from './catalog.ts';
import type { CompanyField, ForwardedKind, MessageDocumentKind, MessageParams, PersonalField, ShippingAddressChange } from './message-codes.ts';

/** With the article, as the object of a sentence. */
const kinds: Record<MessageDocumentKind, string> = {
  invoice: 'la factura',
  retainer_invoice: 'la factura de anticipo',
  estimate: 'el presupuesto',
  credit_note: 'la nota de crédito',
};
const fields: Record<PersonalField | CompanyField, string> = {
  first_name: 'nombre',
  last_name: 'apellidos',
  phone: 'teléfono',
  language: 'idioma',
  tax_number: 'número fiscal',
  company_name: 'nombre de la empresa',
  billing_address: 'dirección de facturación',
  shipping_address: 'dirección de envío',
};
const listed = (changed: readonly (PersonalField | CompanyField)[], f: MessageFormat) => (changed.length > 0 ? `: ${f.list(changed.map((x) => fields[x]))}` : '');
const of = (customer: string | null) => (customer ? ` (${customer})` : '');
/** The changed fields, with their values before and after where the message has them. */
const changed = (p: MessageParams<'portal.company_updated'>, f: MessageFormat) =>
  p.changes && p.changes.length > 0 ? `: ${f.list(p.changes.map((c) => `${fields[c.field]} (${c.before ?? '—'} → ${c.after ?? '—'})`))}` : listed(p.fields, f);
const shippingChanges: Record<ShippingAddressChange, (label: string) => string> = {
  added: (label) => `añadió la dirección de envío ${label}`,
  updated: (label) => `modificó la dirección de envío ${label}`,
  removed: (label) => `eliminó la dirección de envío ${label}`,
  made_default: (label) => `estableció ${label} como dirección de envío predeterminada`,
};
const because = (text: string | null) => (text ? `: ${text}` : '');

const forwarded: Record<ForwardedKind, string> = {
  invoice: 'la factura',
  retainer_invoice: 'la factura de anticipo',
  estimate: 'el presupuesto',
  credit_note: 'la nota de crédito',
  sales_order: 'el pedido',
  statement: 'el estado de cuenta',
};
const hm = (minutes: number) => `${Math.floor(minutes / 60)} h ${minutes % 60} min`;

export const es: MessageCatalog = {
  'portal.signed_up': {
    staff: (p) => `${p.actor} se registró en el portal como ${p.company}`,
    customer: (p) => `${p.actor} se registró en el portal`,
  },
  'portal.invitation_accepted': {
    staff: (p) => `${p.actor}${of(p.customer)} aceptó la invitación al portal`,
    customer: (p) => `${p.actor} aceptó la invitación`,
  },
  'portal.signed_in': {
    staff: (p) => `${p.actor}${of(p.customer)} inició sesión en el portal`,
    customer: (p) => `${p.actor} inició sesión`,
  },
  'portal.password_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} cambió su contraseña del portal`,
    customer: (p) => `${p.actor} cambió la contraseña`,
  },
  'portal.password_reset': {
    staff: (p) => `${p.actor}${of(p.customer)} restableció su contraseña del portal`,
    customer: (p) => `${p.actor} restableció la contraseña`,
  },
  'portal.details_updated': {
    staff: (p, f) => `${p.actor}${of(p.customer)} actualizó sus datos${listed(p.fields, f)}`,
    customer: (p, f) => `${p.actor} actualizó los datos de la cuenta${listed(p.fields, f)}`,
  },
  'portal.company_updated': {
    staff: (p, f) => `${p.actor}${of(p.customer)} actualizó los datos de la empresa${changed(p, f)}`,
    customer: (p, f) => `${p.actor} actualizó los datos de la empresa${changed(p, f)}`,
  },
  'portal.shipping_address_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} ${shippingChanges[p.change](p.label)}`,
    customer: (p) => `${p.actor} ${shippingChanges[p.change](p.label)}`,
  },
  'document.viewed': {
    staff: (p) => `${p.actor}${of(p.customer)} vio ${kinds[p.kind]} ${p.number}`,
    customer: (p) => `${p.actor} vio ${kinds[p.kind]} ${p.number}`,
  },
  'document.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} comentó ${kinds[p.kind]} ${p.number}`,
    customer: (p) => `${p.actor} comentó ${kinds[p.kind]} ${p.number}`,
  },
  'document.sent': {
    staff: (p) => `${p.business} envió ${kinds[p.kind]} ${p.number}`,
    customer: (p) => `${p.business} le envió ${kinds[p.kind]} ${p.number}`,
  },
  'payment.recorded': {
    staff: (p, f) => `${p.business} registró un pago de ${f.money(p.amount)}`,
    customer: (p, f) => `${p.business} registró su pago de ${f.money(p.amount)}`,
  },
  'payment.received': {
    staff: (p, f) => `${p.actor}${p.actor === p.customer ? '' : of(p.customer)} pagó ${f.money(p.amount)}${p.documents.length > 0 ? ` por ${f.list(p.documents)}` : ''} (${p.number})`,
    customer: (p, f) => `${p.actor} pagó ${f.money(p.amount)}${p.documents.length > 0 ? ` por ${f.list(p.documents)}` : ''} (${p.number})`,
  },
  'payment.failed': {
    staff: (p, f) => `El pago bancario de ${f.money(p.amount)} de ${p.actor}${p.actor === p.customer ? '' : of(p.customer)}${p.documents.length > 0 ? ` por ${f.list(p.documents)}` : ''} falló${because(p.reason)}`,
    customer: (p, f) => `El pago bancario de ${f.money(p.amount)} de ${p.actor}${p.documents.length > 0 ? ` por ${f.list(p.documents)}` : ''} falló${because(p.reason)}; el saldo vuelve a estar pendiente`,
  },
  'payment.refunded': {
    staff: (p, f) => `${p.business} reembolsó ${f.money(p.amount)} del pago ${p.number}${of(p.customer)}`,
    customer: (p, f) => `${p.business} reembolsó ${f.money(p.amount)} de su pago ${p.number}`,
  },
  'invoice.disputed': {
    staff: (p) => `${p.actor}${of(p.customer)} impugnó ${p.line ? `una línea («${p.line}») de la factura` : 'la factura'} ${p.number}${because(p.reason)}`,
    customer: (p) => `${p.actor} impugnó ${p.line ? `una línea («${p.line}») de la factura` : 'la factura'} ${p.number}${because(p.reason)}`,
  },
  'estimate.accepted': {
    staff: (p) => `${p.actor}${of(p.customer)} aceptó el presupuesto ${p.number}`,
    customer: (p) => `${p.actor} aceptó el presupuesto ${p.number}`,
  },
  'estimate.declined': {
    staff: (p) => `${p.actor}${of(p.customer)} rechazó el presupuesto ${p.number}${because(p.reason)}`,
    customer: (p) => `${p.actor} rechazó el presupuesto ${p.number}${because(p.reason)}`,
  },
  'estimate.changes_requested': {
    staff: (p) => `${p.actor}${of(p.customer)} pidió cambios en el presupuesto ${p.number}${because(p.message)}`,
    customer: (p) => `${p.actor} pidió cambios en el presupuesto ${p.number}${because(p.message)}`,
  },
  'statement.downloaded': {
    staff: (p, f) => `${p.actor}${of(p.customer)} descargó el estado de cuenta del ${f.date(p.from)} al ${f.date(p.to)}`,
    customer: (p, f) => `${p.actor} descargó el estado de cuenta del ${f.date(p.from)} al ${f.date(p.to)}`,
  },
  'sales_order.placed': {
    staff: (p, f) => `${p.actor}${of(p.customer)} realizó el pedido ${p.number} por ${f.money(p.amount)}${p.awaiting_approval ? ', pendiente de su aprobación' : ''}`,
    customer: (p, f) => `${p.actor} realizó el pedido ${p.number} por ${f.money(p.amount)}`,
  },
  'sales_order.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} comentó el pedido ${p.number}`,
    customer: (p) => `${p.actor} comentó el pedido ${p.number}`,
  },
  'subscription.cancelled': {
    staff: (p, f) => `${p.actor}${of(p.customer)} canceló la suscripción ${p.number} (${p.plan}) ${p.immediately ? `con efecto inmediato el ${f.date(p.ends_on)}` : `al final del período, el ${f.date(p.ends_on)}`}${because(p.reason)}`,
    customer: (p, f) => `${p.actor} canceló la suscripción ${p.number} (${p.plan}) ${p.immediately ? `con efecto inmediato el ${f.date(p.ends_on)}` : `al final del período, el ${f.date(p.ends_on)}`}${because(p.reason)}`,
  },
  'subscription.reactivated': {
    staff: (p) => `${p.actor}${of(p.customer)} reactivó la suscripción ${p.number} (${p.plan})`,
    customer: (p) => `${p.actor} reactivó la suscripción ${p.number} (${p.plan})`,
  },
  'subscription.trial_converted': {
    staff: (p) => `${p.actor}${of(p.customer)} convirtió la prueba de la suscripción ${p.number} (${p.plan}) en una suscripción de pago`,
    customer: (p) => `${p.actor} convirtió la prueba de la suscripción ${p.number} (${p.plan}) en una suscripción de pago`,
  },
  'subscription.trial_extended': {
    staff: (p, f) => `${p.actor}${of(p.customer)} amplió la prueba de la suscripción ${p.number} (${p.plan}) ${p.days} días, hasta el ${f.date(p.trial_end)}`,
    customer: (p, f) => `${p.actor} amplió la prueba de la suscripción ${p.number} (${p.plan}) ${p.days} días, hasta el ${f.date(p.trial_end)}`,
  },
  'subscription.changed': {
    staff: (p, f) => p.scheduled ? `${p.actor}${of(p.customer)} programó el cambio de la suscripción ${p.number} a ${p.plan} para el ${f.date(p.effective_on)}` : `${p.actor}${of(p.customer)} cambió la suscripción ${p.number} a ${p.plan} con efecto el ${f.date(p.effective_on)}`,
    customer: (p, f) => p.scheduled ? `${p.actor} programó el cambio de la suscripción ${p.number} a ${p.plan} para el ${f.date(p.effective_on)}` : `${p.actor} cambió la suscripción ${p.number} a ${p.plan} con efecto el ${f.date(p.effective_on)}`,
  },
  'subscription.paused': {
    staff: (p, f) => `${p.actor}${of(p.customer)} pausó la suscripción ${p.number} (${p.plan})${p.resume_on ? ` hasta el ${f.date(p.resume_on)}` : ''}`,
    customer: (p, f) => `${p.actor} pausó la suscripción ${p.number} (${p.plan})${p.resume_on ? ` hasta el ${f.date(p.resume_on)}` : ''}`,
  },
  'subscription.resumed': {
    staff: (p) => `${p.actor}${of(p.customer)} reanudó la suscripción ${p.number} (${p.plan})`,
    customer: (p) => `${p.actor} reanudó la suscripción ${p.number} (${p.plan})`,
  },
  'subscription.payment_method_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} cambió el método de pago de la suscripción ${p.number} (${p.plan}) a ${p.method}`,
    customer: (p) => `${p.actor} cambió el método de pago de la suscripción ${p.number} (${p.plan}) a ${p.method}`,
  },
  'review.submitted': {
    staff: (p) => `${p.actor}${of(p.customer)} le valoró con ${p.rating} de 5${because(p.body)}`,
    customer: (p) => `${p.actor} dejó una reseña de ${p.rating} de 5${because(p.body)}`,
  },
  'document.forwarded': {
    staff: (p) => `${p.actor}${of(p.customer)} reenvió ${forwarded[p.kind]}${p.number ? ` ${p.number}` : ''} a ${p.recipient}`,
    customer: (p) => `${p.actor} reenvió ${forwarded[p.kind]}${p.number ? ` ${p.number}` : ''} a ${p.recipient}`,
  },
  'comment.estimate_accepted': (p) => `Aceptado por ${p.signer}`,
  'comment.estimate_marked_accepted': {
    staff: (p) => `Marcado como aceptado en nombre del cliente por ${p.staff}${p.signer ? `; aceptado por ${p.signer}` : ''}`,
    customer: (p) => `Registrado como aceptado por ${p.staff}${p.signer ? ` (aceptado por ${p.signer})` : ''}`,
  },
  'comment.estimate_marked_declined': {
    staff: (p) => `Marcado como rechazado en nombre del cliente por ${p.staff}${because(p.reason)}`,
    customer: (p) => `Registrado como rechazado por ${p.staff}${because(p.reason)}`,
  },
  'project.time_approved': {
    staff: (p, f) => `${p.actor}${of(p.customer)} aprobó ${p.count} ${p.count === 1 ? 'registro de tiempo' : 'registros de tiempo'} (${hm(p.minutes)}) del proyecto ${p.project}${p.week_start ? ` de la semana del ${f.date(p.week_start)}` : ''}`,
    customer: (p, f) => `${p.actor} aprobó ${p.count} ${p.count === 1 ? 'registro de tiempo' : 'registros de tiempo'} (${hm(p.minutes)}) del proyecto ${p.project}${p.week_start ? ` de la semana del ${f.date(p.week_start)}` : ''}`,
  },
  'project.time_queried': {
    staff: (p, f) => `${p.actor}${of(p.customer)} cuestionó el tiempo de ${p.task} del ${f.date(p.work_date)} en el proyecto ${p.project}${because(p.comment)}`,
    customer: (p, f) => `${p.actor} cuestionó el tiempo de ${p.task} del ${f.date(p.work_date)} en el proyecto ${p.project}${because(p.comment)}`,
  },
  'project.time_submitted': {
    staff: (p) => `${p.business} envió ${p.count} ${p.count === 1 ? 'registro de tiempo' : 'registros de tiempo'} (${hm(p.minutes)}) del proyecto ${p.project}${of(p.customer)} para su aprobación`,
    customer: (p) => `${p.business} le envió ${p.count} ${p.count === 1 ? 'registro de tiempo' : 'registros de tiempo'} (${hm(p.minutes)}) del proyecto ${p.project} para su aprobación`,
  },
  'project.query_answered': {
    staff: (p, f) => `${p.business} respondió la consulta sobre ${p.task} del ${f.date(p.work_date)} en el proyecto ${p.project}${of(p.customer)}${because(p.comment)}`,
    customer: (p, f) => `${p.business} respondió su consulta sobre el tiempo de ${p.task} del ${f.date(p.work_date)} en el proyecto ${p.project}${because(p.comment)}`,
  },
  'project.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} comentó el proyecto ${p.project}`,
    customer: (p) => `${p.actor} comentó el proyecto ${p.project}`,
  },
  'comment.line_disputed': (p) => `«${p.line}»: ${p.reason}`,
};
