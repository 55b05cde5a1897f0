import type { MessageCatalog, MessageFormat } from './catalog.ts';
import type { CompanyField, ForwardedKind, MessageDocumentKind, MessageParams, PersonalField, ShippingAddressChange } from './message-codes.ts';

/** With the article, as the object of a sentence. */
const kinds: Record<MessageDocumentKind, string> = {
  invoice: 'la facture',
  retainer_invoice: 'la facture d’acompte',
  estimate: 'le devis',
  credit_note: 'l’avoir',
};
const fields: Record<PersonalField | CompanyField, string> = {
  first_name: 'prénom',
  last_name: 'nom',
  phone: 'téléphone',
  language: 'langue',
  tax_number: 'numéro fiscal',
  company_name: 'raison sociale',
  billing_address: 'adresse de facturation',
  shipping_address: 'adresse de livraison',
};
const listed = (changed: readonly (PersonalField | CompanyField)[], f: MessageFormat) => (changed.length > 0 ? `\u202f: ${f.list(changed.map((x) => fields[x]))}` : '');
const of = (customer: string | null) => (customer ? ` (${customer})` : '');
/** The changed fields, with their values before and after where the message has them. */
const changed = (p: MessageParams<'portal.company_updated'>, f: MessageFormat) =>
  p.changes && p.changes.length > 0 ? `\u202f: ${f.list(p.changes.map((c) => `${fields[c.field]} (${c.before ?? '—'} → ${c.after ?? '—'})`))}` : listed(p.fields, f);
const shippingChanges: Record<ShippingAddressChange, (label: string) => string> = {
  added: (label) => `a ajouté l’adresse de livraison ${label}`,
  updated: (label) => `a modifié l’adresse de livraison ${label}`,
  removed: (label) => `a supprimé l’adresse de livraison ${label}`,
  made_default: (label) => `a choisi ${label} comme adresse de livraison par défaut`,
};
// French typography: a narrow no-break space before the colon.
const because = (text: string | null) => (text ? `\u202f: ${text}` : '');

const forwarded: Record<ForwardedKind, string> = {
  invoice: 'la facture',
  retainer_invoice: 'la facture d’acompte',
  estimate: 'le devis',
  credit_note: 'l’avoir',
  sales_order: 'la commande',
  statement: 'le relevé de compte',
};
const hm = (minutes: number) => `${Math.floor(minutes / 60)} h ${minutes % 60} min`;

export const fr: MessageCatalog = {
  'portal.signed_up': {
    staff: (p) => `${p.actor} a créé un compte sur le portail pour ${p.company}`,
    customer: (p) => `${p.actor} a créé un compte sur le portail`,
  },
  'portal.invitation_accepted': {
    staff: (p) => `${p.actor}${of(p.customer)} a accepté l’invitation au portail`,
    customer: (p) => `${p.actor} a accepté l’invitation`,
  },
  // Phrased without a past participle (which would agree with the person's gender) or « de » (which elides).
  'portal.signed_in': {
    staff: (p) => `Connexion au portail\u202f: ${p.actor}${of(p.customer)}`,
    customer: (p) => `Connexion\u202f: ${p.actor}`,
  },
  'portal.password_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} a modifié son mot de passe du portail`,
    customer: (p) => `${p.actor} a modifié le mot de passe`,
  },
  'portal.password_reset': {
    staff: (p) => `${p.actor}${of(p.customer)} a réinitialisé son mot de passe du portail`,
    customer: (p) => `${p.actor} a réinitialisé le mot de passe`,
  },
  'portal.details_updated': {
    staff: (p, f) => `${p.actor}${of(p.customer)} a modifié ses coordonnées${listed(p.fields, f)}`,
    customer: (p, f) => `${p.actor} a modifié les informations du compte${listed(p.fields, f)}`,
  },
  'portal.company_updated': {
    staff: (p, f) => `${p.actor}${of(p.customer)} a modifié les informations de l’entreprise${changed(p, f)}`,
    customer: (p, f) => `${p.actor} a modifié les informations de l’entreprise${changed(p, f)}`,
  },
  'portal.shipping_address_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} ${shippingChanges[p.change](p.label)}`,
    customer: (p) => `${p.actor} ${shippingChanges[p.change](p.label)}`,
  },
  'document.viewed': {
    staff: (p) => `${p.actor}${of(p.customer)} a consulté ${kinds[p.kind]} ${p.number}`,
    customer: (p) => `${p.actor} a consulté ${kinds[p.kind]} ${p.number}`,
  },
  'document.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} a commenté ${kinds[p.kind]} ${p.number}`,
    customer: (p) => `${p.actor} a commenté ${kinds[p.kind]} ${p.number}`,
  },
  'document.sent': {
    staff: (p) => `${p.business} a envoyé ${kinds[p.kind]} ${p.number}`,
    customer: (p) => `${p.business} vous a envoyé ${kinds[p.kind]} ${p.number}`,
  },
  'payment.recorded': {
    staff: (p, f) => `${p.business} a enregistré un paiement de ${f.money(p.amount)}`,
    customer: (p, f) => `${p.business} a enregistré votre paiement de ${f.money(p.amount)}`,
  },
  'payment.received': {
    staff: (p, f) => `${p.actor}${p.actor === p.customer ? '' : of(p.customer)} a payé ${f.money(p.amount)}${p.documents.length > 0 ? ` pour ${f.list(p.documents)}` : ''} (${p.number})`,
    customer: (p, f) => `${p.actor} a payé ${f.money(p.amount)}${p.documents.length > 0 ? ` pour ${f.list(p.documents)}` : ''} (${p.number})`,
  },
  'payment.failed': {
    staff: (p, f) => `Le paiement bancaire de ${f.money(p.amount)} de ${p.actor}${p.actor === p.customer ? '' : of(p.customer)}${p.documents.length > 0 ? ` pour ${f.list(p.documents)}` : ''} a échoué${because(p.reason)}`,
    customer: (p, f) => `Le paiement bancaire de ${f.money(p.amount)} de ${p.actor}${p.documents.length > 0 ? ` pour ${f.list(p.documents)}` : ''} a échoué${because(p.reason)} ; le solde est de nouveau dû`,
  },
  'payment.refunded': {
    staff: (p, f) => `${p.business} a remboursé ${f.money(p.amount)} du paiement ${p.number}${of(p.customer)}`,
    customer: (p, f) => `${p.business} a remboursé ${f.money(p.amount)} de votre paiement ${p.number}`,
  },
  'invoice.disputed': {
    staff: (p) => `${p.actor}${of(p.customer)} a contesté ${p.line ? `une ligne («\u202f${p.line}\u202f») de la facture` : 'la facture'} ${p.number}${because(p.reason)}`,
    customer: (p) => `${p.actor} a contesté ${p.line ? `une ligne («\u202f${p.line}\u202f») de la facture` : 'la facture'} ${p.number}${because(p.reason)}`,
  },
  'estimate.accepted': {
    staff: (p) => `${p.actor}${of(p.customer)} a accepté le devis ${p.number}`,
    customer: (p) => `${p.actor} a accepté le devis ${p.number}`,
  },
  'estimate.declined': {
    staff: (p) => `${p.actor}${of(p.customer)} a refusé le devis ${p.number}${because(p.reason)}`,
    customer: (p) => `${p.actor} a refusé le devis ${p.number}${because(p.reason)}`,
  },
  'estimate.changes_requested': {
    staff: (p) => `${p.actor}${of(p.customer)} a demandé des modifications du devis ${p.number}${because(p.message)}`,
    customer: (p) => `${p.actor} a demandé des modifications du devis ${p.number}${because(p.message)}`,
  },
  'statement.downloaded': {
    staff: (p, f) => `${p.actor}${of(p.customer)} a téléchargé le relevé du ${f.date(p.from)} au ${f.date(p.to)}`,
    customer: (p, f) => `${p.actor} a téléchargé le relevé du ${f.date(p.from)} au ${f.date(p.to)}`,
  },
  'sales_order.placed': {
    staff: (p, f) => `${p.actor}${of(p.customer)} a passé la commande ${p.number} de ${f.money(p.amount)}${p.awaiting_approval ? ', en attente de votre validation' : ''}`,
    customer: (p, f) => `${p.actor} a passé la commande ${p.number} de ${f.money(p.amount)}`,
  },
  'sales_order.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} a commenté la commande ${p.number}`,
    customer: (p) => `${p.actor} a commenté la commande ${p.number}`,
  },
  'subscription.cancelled': {
    staff: (p, f) => `${p.actor}${of(p.customer)} a résilié l’abonnement ${p.number} (${p.plan}) ${p.immediately ? `avec effet immédiat le ${f.date(p.ends_on)}` : `à la fin de la période, le ${f.date(p.ends_on)}`}${because(p.reason)}`,
    customer: (p, f) => `${p.actor} a résilié l’abonnement ${p.number} (${p.plan}) ${p.immediately ? `avec effet immédiat le ${f.date(p.ends_on)}` : `à la fin de la période, le ${f.date(p.ends_on)}`}${because(p.reason)}`,
  },
  'subscription.reactivated': {
    staff: (p) => `${p.actor}${of(p.customer)} a réactivé l’abonnement ${p.number} (${p.plan})`,
    customer: (p) => `${p.actor} a réactivé l’abonnement ${p.number} (${p.plan})`,
  },
  'subscription.trial_converted': {
    staff: (p) => `${p.actor}${of(p.customer)} a converti l’essai de l’abonnement ${p.number} (${p.plan}) en abonnement payant`,
    customer: (p) => `${p.actor} a converti l’essai de l’abonnement ${p.number} (${p.plan}) en abonnement payant`,
  },
  'subscription.trial_extended': {
    staff: (p, f) => `${p.actor}${of(p.customer)} a prolongé l’essai de l’abonnement ${p.number} (${p.plan}) de ${p.days} jours, jusqu’au ${f.date(p.trial_end)}`,
    customer: (p, f) => `${p.actor} a prolongé l’essai de l’abonnement ${p.number} (${p.plan}) de ${p.days} jours, jusqu’au ${f.date(p.trial_end)}`,
  },
  'subscription.changed': {
    staff: (p, f) => p.scheduled ? `${p.actor}${of(p.customer)} a programmé le passage de l’abonnement ${p.number} à ${p.plan} le ${f.date(p.effective_on)}` : `${p.actor}${of(p.customer)} a fait passer l’abonnement ${p.number} à ${p.plan} le ${f.date(p.effective_on)}`,
    customer: (p, f) => p.scheduled ? `${p.actor} a programmé le passage de l’abonnement ${p.number} à ${p.plan} le ${f.date(p.effective_on)}` : `${p.actor} a fait passer l’abonnement ${p.number} à ${p.plan} le ${f.date(p.effective_on)}`,
  },
  'subscription.paused': {
    staff: (p, f) => `${p.actor}${of(p.customer)} a suspendu l’abonnement ${p.number} (${p.plan})${p.resume_on ? ` jusqu’au ${f.date(p.resume_on)}` : ''}`,
    customer: (p, f) => `${p.actor} a suspendu l’abonnement ${p.number} (${p.plan})${p.resume_on ? ` jusqu’au ${f.date(p.resume_on)}` : ''}`,
  },
  'subscription.resumed': {
    staff: (p) => `${p.actor}${of(p.customer)} a repris l’abonnement ${p.number} (${p.plan})`,
    customer: (p) => `${p.actor} a repris l’abonnement ${p.number} (${p.plan})`,
  },
  'subscription.payment_method_changed': {
    staff: (p) => `${p.actor}${of(p.customer)} a remplacé le moyen de paiement de l’abonnement ${p.number} (${p.plan}) par ${p.method}`,
    customer: (p) => `${p.actor} a remplacé le moyen de paiement de l’abonnement ${p.number} (${p.plan}) par ${p.method}`,
  },
  'review.submitted': {
    staff: (p) => `${p.actor}${of(p.customer)} vous a attribué la note de ${p.rating} sur 5${because(p.body)}`,
    customer: (p) => `${p.actor} a laissé un avis de ${p.rating} sur 5${because(p.body)}`,
  },
  'document.forwarded': {
    staff: (p) => `${p.actor}${of(p.customer)} a transféré ${forwarded[p.kind]}${p.number ? ` ${p.number}` : ''} à ${p.recipient}`,
    customer: (p) => `${p.actor} a transféré ${forwarded[p.kind]}${p.number ? ` ${p.number}` : ''} à ${p.recipient}`,
  },
  'comment.estimate_accepted': (p) => `Accepté par ${p.signer}`,
  'comment.estimate_marked_accepted': {
    staff: (p) => `Marqué comme accepté pour le compte du client par ${p.staff}${p.signer ? `\u202f; accepté par ${p.signer}` : ''}`,
    customer: (p) => `Enregistré comme accepté par ${p.staff}${p.signer ? ` (accepté par ${p.signer})` : ''}`,
  },
  'comment.estimate_marked_declined': {
    staff: (p) => `Marqué comme refusé pour le compte du client par ${p.staff}${because(p.reason)}`,
    customer: (p) => `Enregistré comme refusé par ${p.staff}${because(p.reason)}`,
  },
  'project.time_approved': {
    staff: (p, f) => `${p.actor}${of(p.customer)} a approuvé ${p.count} ${p.count === 1 ? 'saisie de temps' : 'saisies de temps'} (${hm(p.minutes)}) du projet ${p.project}${p.week_start ? ` pour la semaine du ${f.date(p.week_start)}` : ''}`,
    customer: (p, f) => `${p.actor} a approuvé ${p.count} ${p.count === 1 ? 'saisie de temps' : 'saisies de temps'} (${hm(p.minutes)}) du projet ${p.project}${p.week_start ? ` pour la semaine du ${f.date(p.week_start)}` : ''}`,
  },
  'project.time_queried': {
    staff: (p, f) => `${p.actor}${of(p.customer)} a contesté le temps de ${p.task} du ${f.date(p.work_date)} dans le projet ${p.project}${because(p.comment)}`,
    customer: (p, f) => `${p.actor} a contesté le temps de ${p.task} du ${f.date(p.work_date)} dans le projet ${p.project}${because(p.comment)}`,
  },
  'project.time_submitted': {
    staff: (p) => `${p.business} a soumis ${p.count} ${p.count === 1 ? 'saisie de temps' : 'saisies de temps'} (${hm(p.minutes)}) du projet ${p.project}${of(p.customer)} pour approbation`,
    customer: (p) => `${p.business} a soumis ${p.count} ${p.count === 1 ? 'saisie de temps' : 'saisies de temps'} (${hm(p.minutes)}) du projet ${p.project} à votre approbation`,
  },
  'project.query_answered': {
    staff: (p, f) => `${p.business} a répondu à la question sur ${p.task} du ${f.date(p.work_date)} dans le projet ${p.project}${of(p.customer)}${because(p.comment)}`,
    customer: (p, f) => `${p.business} a répondu à votre question sur le temps de ${p.task} du ${f.date(p.work_date)} dans le projet ${p.project}${because(p.comment)}`,
  },
  'project.commented': {
    staff: (p) => `${p.actor}${of(p.customer)} a commenté le projet ${p.project}`,
    customer: (p) => `${p.actor} a commenté le projet ${p.project}`,
  },
  'comment.line_disputed': (p) => `«\u202f${p.line}\u202f»\u202f: ${p.reason}`,
};
