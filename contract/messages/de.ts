import type { MessageCatalog, MessageFormat } from './catalog.ts';
import type { CompanyField, ForwardedKind, MessageDocumentKind, MessageParams, PersonalField, ShippingAddressChange } from './message-codes.ts';

/** With the article, as the object of a sentence (the same in nominative and accusative for these nouns). */
const kinds: Record<MessageDocumentKind, string> = {
  invoice: 'die Rechnung',
  retainer_invoice: 'die Vorschussrechnung',
  estimate: 'das Angebot',
  credit_note: 'die Gutschrift',
};
const fields: Record<PersonalField | CompanyField, string> = {
  first_name: 'Vorname',
  last_name: 'Nachname',
  phone: 'Telefon',
  language: 'Sprache',
  tax_number: 'Steuernummer',
  company_name: 'Firmenname',
  billing_address: 'Rechnungsadresse',
  shipping_address: 'Lieferadresse',
};
const listed = (changed: readonly (PersonalField | CompanyField)[], f: MessageFormat) => (changed.length > 0 ? `: ${f.list(changed.map((x) => fields[x]))}` : '');
const of = (customer: string | null) => (customer ? ` (${customer})` : '');
/** The changed fields, with their values before and after where the message has them. */
const changed = (p: MessageParams<'portal.company_updated'>, f: MessageFormat) =>
  p.changes && p.changes.length > 0 ? `: ${f.list(p.changes.map((c) => `${fields[c.field]} (${c.before ?? '—'} → ${c.after ?? '—'})`))}` : listed(p.fields, f);
const shippingChanges: Record<ShippingAddressChange, (label: string) => string> = {
  added: (label) => `hat die Lieferadresse ${label} hinzugefügt`,
  updated: (label) => `hat die Lieferadresse ${label} geändert`,
  removed: (label) => `hat die Lieferadresse ${label} entfernt`,
  made_default: (label) => `hat ${label} zur Standard-Lieferadresse gemacht`,
};
const because = (text: string | null) => (text ? `: ${text}` : '');

const forwarded: Record<ForwardedKind, string> = {
  invoice: 'die Rechnung',
  retainer_invoice: 'die Vorschussrechnung',
  estimate: 'das Angebot',
  credit_note: 'die Gutschrift',
  sales_order: 'die Bestellung',
  statement: 'den Kontoauszug',
};
const hm = (minutes: number) => `${Math.floor(minutes / 60)} Std. ${minutes % 60} Min.`;

export const de: MessageCatalog = {
  'portal.signed_up': {
    staff: (p) => `${p.actor} hat sich als ${p.company} für das Portal registriert`,
    customer: (p) => `${p.actor} hat sich für das Portal registriert`,
  },
  'portal.invitation_accepted': {
    staff: (p) => `${p.actor}${of(p.customer)} hat die Einladung zum Portal angenommen`,
    customer: (p) => `${p.actor} hat die Einladung angenommen`,
  },
  'portal.signed_in': {
    staff: (p) => `${p.actor}${of(p.customer)} hat sich im Portal angemeldet`,
    customer: (p) => `${p.actor} hat sich angemeldet`,
  },
  'portal.password_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} hat das Portal-Passwort geändert`,
    customer: (p) => `${p.actor} hat das Passwort geändert`,
  },
  'portal.password_reset': {
    staff: (p) => `${p.actor}${of(p.customer)} hat das Portal-Passwort zurückgesetzt`,
    customer: (p) => `${p.actor} hat das Passwort zurückgesetzt`,
  },
  'portal.details_updated': {
    staff: (p, f) => `${p.actor}${of(p.customer)} hat die eigenen Angaben geändert${listed(p.fields, f)}`,
    customer: (p, f) => `${p.actor} hat die Kontodaten geändert${listed(p.fields, f)}`,
  },
  'portal.company_updated': {
    staff: (p, f) => `${p.actor}${of(p.customer)} hat die Firmendaten geändert${changed(p, f)}`,
    customer: (p, f) => `${p.actor} hat die Firmendaten geändert${changed(p, f)}`,
  },
  'portal.shipping_address_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} ${shippingChanges[p.change](p.label)}`,
    customer: (p) => `${p.actor} ${shippingChanges[p.change](p.label)}`,
  },
  'document.viewed': {
    staff: (p) => `${p.actor}${of(p.customer)} hat ${kinds[p.kind]} ${p.number} angesehen`,
    customer: (p) => `${p.actor} hat ${kinds[p.kind]} ${p.number} angesehen`,
  },
  'document.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} hat ${kinds[p.kind]} ${p.number} kommentiert`,
    customer: (p) => `${p.actor} hat ${kinds[p.kind]} ${p.number} kommentiert`,
  },
  'document.sent': {
    staff: (p) => `${p.business} hat ${kinds[p.kind]} ${p.number} gesendet`,
    customer: (p) => `${p.business} hat Ihnen ${kinds[p.kind]} ${p.number} gesendet`,
  },
  'payment.recorded': {
    staff: (p, f) => `${p.business} hat eine Zahlung über ${f.money(p.amount)} erfasst`,
    customer: (p, f) => `${p.business} hat Ihre Zahlung über ${f.money(p.amount)} erfasst`,
  },
  'payment.received': {
    staff: (p, f) => `${p.actor}${p.actor === p.customer ? '' : of(p.customer)} hat ${f.money(p.amount)}${p.documents.length > 0 ? ` für ${f.list(p.documents)}` : ''} bezahlt (${p.number})`,
    customer: (p, f) => `${p.actor} hat ${f.money(p.amount)}${p.documents.length > 0 ? ` für ${f.list(p.documents)}` : ''} bezahlt (${p.number})`,
  },
  'payment.failed': {
    staff: (p, f) => `Die Bankzahlung über ${f.money(p.amount)} von ${p.actor}${p.actor === p.customer ? '' : of(p.customer)}${p.documents.length > 0 ? ` für ${f.list(p.documents)}` : ''} ist fehlgeschlagen${because(p.reason)}`,
    customer: (p, f) => `Die Bankzahlung über ${f.money(p.amount)} von ${p.actor}${p.documents.length > 0 ? ` für ${f.list(p.documents)}` : ''} ist fehlgeschlagen${because(p.reason)}; der Betrag ist wieder offen`,
  },
  'payment.refunded': {
    staff: (p, f) => `${p.business} hat ${f.money(p.amount)} der Zahlung ${p.number}${of(p.customer)} erstattet`,
    customer: (p, f) => `${p.business} hat ${f.money(p.amount)} Ihrer Zahlung ${p.number} erstattet`,
  },
  'invoice.disputed': {
    staff: (p) => `${p.actor}${of(p.customer)} hat ${p.line ? `eine Position („${p.line}“) der Rechnung` : 'die Rechnung'} ${p.number} beanstandet${because(p.reason)}`,
    customer: (p) => `${p.actor} hat ${p.line ? `eine Position („${p.line}“) der Rechnung` : 'die Rechnung'} ${p.number} beanstandet${because(p.reason)}`,
  },
  'estimate.accepted': {
    staff: (p) => `${p.actor}${of(p.customer)} hat das Angebot ${p.number} angenommen`,
    customer: (p) => `${p.actor} hat das Angebot ${p.number} angenommen`,
  },
  'estimate.declined': {
    staff: (p) => `${p.actor}${of(p.customer)} hat das Angebot ${p.number} abgelehnt${because(p.reason)}`,
    customer: (p) => `${p.actor} hat das Angebot ${p.number} abgelehnt${because(p.reason)}`,
  },
  'estimate.changes_requested': {
    staff: (p) => `${p.actor}${of(p.customer)} hat Änderungen am Angebot ${p.number} erbeten${because(p.message)}`,
    customer: (p) => `${p.actor} hat Änderungen am Angebot ${p.number} erbeten${because(p.message)}`,
  },
  'statement.downloaded': {
    staff: (p, f) => `${p.actor}${of(p.customer)} hat den Kontoauszug für ${f.date(p.from)} – ${f.date(p.to)} heruntergeladen`,
    customer: (p, f) => `${p.actor} hat den Kontoauszug für ${f.date(p.from)} – ${f.date(p.to)} heruntergeladen`,
  },
  'sales_order.placed': {
    staff: (p, f) => `${p.actor}${of(p.customer)} hat die Bestellung ${p.number} über ${f.money(p.amount)} aufgegeben${p.awaiting_approval ? ', sie wartet auf Ihre Freigabe' : ''}`,
    customer: (p, f) => `${p.actor} hat die Bestellung ${p.number} über ${f.money(p.amount)} aufgegeben`,
  },
  'sales_order.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} hat die Bestellung ${p.number} kommentiert`,
    customer: (p) => `${p.actor} hat die Bestellung ${p.number} kommentiert`,
  },
  'subscription.cancelled': {
    staff: (p, f) => `${p.actor}${of(p.customer)} hat das Abonnement ${p.number} (${p.plan}) ${p.immediately ? `mit sofortiger Wirkung zum ${f.date(p.ends_on)}` : `zum Ende des Zeitraums am ${f.date(p.ends_on)}`} gekündigt${because(p.reason)}`,
    customer: (p, f) => `${p.actor} hat das Abonnement ${p.number} (${p.plan}) ${p.immediately ? `mit sofortiger Wirkung zum ${f.date(p.ends_on)}` : `zum Ende des Zeitraums am ${f.date(p.ends_on)}`} gekündigt${because(p.reason)}`,
  },
  'subscription.reactivated': {
    staff: (p) => `${p.actor}${of(p.customer)} hat das Abonnement ${p.number} (${p.plan}) reaktiviert`,
    customer: (p) => `${p.actor} hat das Abonnement ${p.number} (${p.plan}) reaktiviert`,
  },
  'subscription.trial_converted': {
    staff: (p) => `${p.actor}${of(p.customer)} hat die Testphase des Abonnements ${p.number} (${p.plan}) in ein kostenpflichtiges Abonnement umgewandelt`,
    customer: (p) => `${p.actor} hat die Testphase des Abonnements ${p.number} (${p.plan}) in ein kostenpflichtiges Abonnement umgewandelt`,
  },
  'subscription.trial_extended': {
    staff: (p, f) => `${p.actor}${of(p.customer)} hat die Testphase des Abonnements ${p.number} (${p.plan}) um ${p.days} Tage bis ${f.date(p.trial_end)} verlängert`,
    customer: (p, f) => `${p.actor} hat die Testphase des Abonnements ${p.number} (${p.plan}) um ${p.days} Tage bis ${f.date(p.trial_end)} verlängert`,
  },
  'subscription.changed': {
    staff: (p, f) => p.scheduled ? `${p.actor}${of(p.customer)} hat eine Änderung des Abonnements ${p.number} auf ${p.plan} zum ${f.date(p.effective_on)} vorgemerkt` : `${p.actor}${of(p.customer)} hat das Abonnement ${p.number} mit Wirkung vom ${f.date(p.effective_on)} auf ${p.plan} geändert`,
    customer: (p, f) => p.scheduled ? `${p.actor} hat eine Änderung des Abonnements ${p.number} auf ${p.plan} zum ${f.date(p.effective_on)} vorgemerkt` : `${p.actor} hat das Abonnement ${p.number} mit Wirkung vom ${f.date(p.effective_on)} auf ${p.plan} geändert`,
  },
  'subscription.paused': {
    staff: (p, f) => `${p.actor}${of(p.customer)} hat das Abonnement ${p.number} (${p.plan}) pausiert${p.resume_on ? ` bis ${f.date(p.resume_on)}` : ''}`,
    customer: (p, f) => `${p.actor} hat das Abonnement ${p.number} (${p.plan}) pausiert${p.resume_on ? ` bis ${f.date(p.resume_on)}` : ''}`,
  },
  'subscription.resumed': {
    staff: (p) => `${p.actor}${of(p.customer)} hat das Abonnement ${p.number} (${p.plan}) fortgesetzt`,
    customer: (p) => `${p.actor} hat das Abonnement ${p.number} (${p.plan}) fortgesetzt`,
  },
  'subscription.payment_method_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} hat die Zahlungsmethode des Abonnements ${p.number} (${p.plan}) auf ${p.method} geändert`,
    customer: (p) => `${p.actor} hat die Zahlungsmethode des Abonnements ${p.number} (${p.plan}) auf ${p.method} geändert`,
  },
  'review.submitted': {
    staff: (p) => `${p.actor}${of(p.customer)} hat Sie mit ${p.rating} von 5 bewertet${because(p.body)}`,
    customer: (p) => `${p.actor} hat eine Bewertung mit ${p.rating} von 5 abgegeben${because(p.body)}`,
  },
  'document.forwarded': {
    staff: (p) => `${p.actor}${of(p.customer)} hat ${forwarded[p.kind]}${p.number ? ` ${p.number}` : ''} an ${p.recipient} weitergeleitet`,
    customer: (p) => `${p.actor} hat ${forwarded[p.kind]}${p.number ? ` ${p.number}` : ''} an ${p.recipient} weitergeleitet`,
  },
  'comment.estimate_accepted': (p) => `Angenommen von ${p.signer}`,
  'comment.estimate_marked_accepted': {
    staff: (p) => `Im Auftrag des Kunden als angenommen markiert von ${p.staff}${p.signer ? `; angenommen von ${p.signer}` : ''}`,
    customer: (p) => `Von ${p.staff} als angenommen erfasst${p.signer ? ` (angenommen von ${p.signer})` : ''}`,
  },
  'comment.estimate_marked_declined': {
    staff: (p) => `Im Auftrag des Kunden als abgelehnt markiert von ${p.staff}${because(p.reason)}`,
    customer: (p) => `Von ${p.staff} als abgelehnt erfasst${because(p.reason)}`,
  },
  'project.time_approved': {
    staff: (p, f) => `${p.actor}${of(p.customer)} hat ${p.count} ${p.count === 1 ? 'Zeiteintrag' : 'Zeiteinträge'} (${hm(p.minutes)}) im Projekt ${p.project} freigegeben${p.week_start ? ` (Woche ab ${f.date(p.week_start)})` : ''}`,
    customer: (p, f) => `${p.actor} hat ${p.count} ${p.count === 1 ? 'Zeiteintrag' : 'Zeiteinträge'} (${hm(p.minutes)}) im Projekt ${p.project} freigegeben${p.week_start ? ` (Woche ab ${f.date(p.week_start)})` : ''}`,
  },
  'project.time_queried': {
    staff: (p, f) => `${p.actor}${of(p.customer)} hat die Zeit für ${p.task} am ${f.date(p.work_date)} im Projekt ${p.project} beanstandet${because(p.comment)}`,
    customer: (p, f) => `${p.actor} hat die Zeit für ${p.task} am ${f.date(p.work_date)} im Projekt ${p.project} beanstandet${because(p.comment)}`,
  },
  'project.time_submitted': {
    staff: (p) => `${p.business} hat ${p.count} ${p.count === 1 ? 'Zeiteintrag' : 'Zeiteinträge'} (${hm(p.minutes)}) des Projekts ${p.project}${of(p.customer)} zur Freigabe vorgelegt`,
    customer: (p) => `${p.business} hat Ihnen ${p.count} ${p.count === 1 ? 'Zeiteintrag' : 'Zeiteinträge'} (${hm(p.minutes)}) des Projekts ${p.project} zur Freigabe vorgelegt`,
  },
  'project.query_answered': {
    staff: (p, f) => `${p.business} hat die Rückfrage zu ${p.task} am ${f.date(p.work_date)} im Projekt ${p.project}${of(p.customer)} beantwortet${because(p.comment)}`,
    customer: (p, f) => `${p.business} hat Ihre Rückfrage zur Zeit für ${p.task} am ${f.date(p.work_date)} im Projekt ${p.project} beantwortet${because(p.comment)}`,
  },
  'project.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} hat das Projekt ${p.project} kommentiert`,
    customer: (p) => `${p.actor} hat das Projekt ${p.project} kommentiert`,
  },
  'comment.line_disputed': (p) => `„${p.line}“: ${p.reason}`,
};
