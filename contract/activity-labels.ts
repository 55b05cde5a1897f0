/**
 * Names of portal activities' modules and actions in the five languages, for the console's activities
 * report and the staff digest email. Activities store open-ended codes (`sales_orders`, `payment_received`);
 * a code without a name here reads as itself with spaces ("time entries approved").
 */
import type { Language } from './portal.ts';

type Names = Record<Language, string>;

const modules: Record<string, Names> = {
  portal: { en: 'Portal account', de: 'Portal-Konto', fr: 'Compte du portail', es: 'Cuenta del portal', ja: 'ポータルアカウント' },
  company: { en: 'Company details', de: 'Firmendaten', fr: 'Coordonnées de l’entreprise', es: 'Datos de la empresa', ja: '会社情報' },
  estimates: { en: 'Estimates', de: 'Angebote', fr: 'Devis', es: 'Presupuestos', ja: '見積書' },
  invoices: { en: 'Invoices', de: 'Rechnungen', fr: 'Factures', es: 'Facturas', ja: '請求書' },
  'retainer-invoices': { en: 'Retainer invoices', de: 'Vorschussrechnungen', fr: 'Factures d’acompte', es: 'Facturas de anticipo', ja: '前受金請求書' },
  'credit-notes': { en: 'Credit notes', de: 'Gutschriften', fr: 'Avoirs', es: 'Notas de crédito', ja: 'クレジットノート' },
  payments: { en: 'Payments', de: 'Zahlungen', fr: 'Paiements', es: 'Pagos', ja: '支払い' },
  sales_orders: { en: 'Sales orders', de: 'Aufträge', fr: 'Commandes', es: 'Pedidos', ja: '受注' },
  statement: { en: 'Statements', de: 'Kontoauszüge', fr: 'Relevés', es: 'Estados de cuenta', ja: '取引明細' },
  subscriptions: { en: 'Subscriptions', de: 'Abonnements', fr: 'Abonnements', es: 'Suscripciones', ja: 'サブスクリプション' },
  project: { en: 'Projects', de: 'Projekte', fr: 'Projets', es: 'Proyectos', ja: 'プロジェクト' },
  projects: { en: 'Projects', de: 'Projekte', fr: 'Projets', es: 'Proyectos', ja: 'プロジェクト' },
  review: { en: 'Reviews', de: 'Bewertungen', fr: 'Avis', es: 'Reseñas', ja: 'レビュー' },
  reviews: { en: 'Reviews', de: 'Bewertungen', fr: 'Avis', es: 'Reseñas', ja: 'レビュー' },
};

const actions: Record<string, Names> = {
  signin: { en: 'Signed in', de: 'Angemeldet', fr: 'Connexion', es: 'Inicio de sesión', ja: 'サインイン' },
  signup: { en: 'Signed up', de: 'Registriert', fr: 'Inscription', es: 'Registro', ja: 'サインアップ' },
  invitation_accepted: { en: 'Invitation accepted', de: 'Einladung angenommen', fr: 'Invitation acceptée', es: 'Invitación aceptada', ja: '招待を承諾' },
  password_changed: { en: 'Password changed', de: 'Passwort geändert', fr: 'Mot de passe modifié', es: 'Contraseña cambiada', ja: 'パスワード変更' },
  account_updated: { en: 'Account updated', de: 'Konto geändert', fr: 'Compte modifié', es: 'Cuenta actualizada', ja: 'アカウント更新' },
  company_updated: { en: 'Company details changed', de: 'Firmendaten geändert', fr: 'Coordonnées modifiées', es: 'Datos de la empresa cambiados', ja: '会社情報を変更' },
  document_viewed: { en: 'Viewed', de: 'Angesehen', fr: 'Consulté', es: 'Visto', ja: '閲覧' },
  estimate_accepted: { en: 'Estimate accepted', de: 'Angebot angenommen', fr: 'Devis accepté', es: 'Presupuesto aceptado', ja: '見積を承諾' },
  estimate_declined: { en: 'Estimate declined', de: 'Angebot abgelehnt', fr: 'Devis refusé', es: 'Presupuesto rechazado', ja: '見積を辞退' },
  changes_requested: { en: 'Changes requested', de: 'Änderungen erbeten', fr: 'Modifications demandées', es: 'Cambios solicitados', ja: '変更を依頼' },
  comment_added: { en: 'Comment added', de: 'Kommentar hinzugefügt', fr: 'Commentaire ajouté', es: 'Comentario añadido', ja: 'コメントを追加' },
  invoice_disputed: { en: 'Invoice disputed', de: 'Rechnung beanstandet', fr: 'Facture contestée', es: 'Factura disputada', ja: '請求書に異議' },
  statement_downloaded: { en: 'Statement downloaded', de: 'Kontoauszug heruntergeladen', fr: 'Relevé téléchargé', es: 'Estado de cuenta descargado', ja: '明細をダウンロード' },
  payment_received: { en: 'Payment received', de: 'Zahlung eingegangen', fr: 'Paiement reçu', es: 'Pago recibido', ja: '入金' },
  payment_failed: { en: 'Payment failed', de: 'Zahlung fehlgeschlagen', fr: 'Paiement échoué', es: 'Pago fallido', ja: '支払い失敗' },
  refund_issued: { en: 'Refund issued', de: 'Erstattung ausgeführt', fr: 'Remboursement effectué', es: 'Reembolso emitido', ja: '返金' },
  order_placed: { en: 'Order placed', de: 'Bestellung aufgegeben', fr: 'Commande passée', es: 'Pedido realizado', ja: '注文' },
  subscription_changed: { en: 'Subscription changed', de: 'Abonnement geändert', fr: 'Abonnement modifié', es: 'Suscripción cambiada', ja: 'サブスクリプション変更' },
  subscription_cancelled: { en: 'Subscription cancelled', de: 'Abonnement gekündigt', fr: 'Abonnement résilié', es: 'Suscripción cancelada', ja: 'サブスクリプション解約' },
  subscription_paused: { en: 'Subscription paused', de: 'Abonnement pausiert', fr: 'Abonnement suspendu', es: 'Suscripción en pausa', ja: 'サブスクリプション一時停止' },
  subscription_resumed: { en: 'Subscription resumed', de: 'Abonnement fortgesetzt', fr: 'Abonnement repris', es: 'Suscripción reanudada', ja: 'サブスクリプション再開' },
  subscription_reactivated: { en: 'Subscription reactivated', de: 'Abonnement reaktiviert', fr: 'Abonnement réactivé', es: 'Suscripción reactivada', ja: 'サブスクリプション再有効化' },
  subscription_trial_converted: { en: 'Trial converted', de: 'Testphase umgewandelt', fr: 'Essai converti', es: 'Prueba convertida', ja: 'トライアルを本契約に移行' },
  subscription_trial_extended: { en: 'Trial extended', de: 'Testphase verlängert', fr: 'Essai prolongé', es: 'Prueba ampliada', ja: 'トライアル延長' },
  subscription_payment_method_changed: { en: 'Payment method changed', de: 'Zahlungsmethode geändert', fr: 'Moyen de paiement modifié', es: 'Método de pago cambiado', ja: '支払い方法を変更' },
  document_forwarded: { en: 'Document forwarded', de: 'Dokument weitergeleitet', fr: 'Document transféré', es: 'Documento reenviado', ja: '書類を転送' },
  time_approved: { en: 'Time approved', de: 'Zeit freigegeben', fr: 'Temps approuvé', es: 'Tiempo aprobado', ja: '作業時間を承認' },
  time_queried: { en: 'Time queried', de: 'Rückfrage zur Zeit', fr: 'Temps contesté', es: 'Tiempo cuestionado', ja: '作業時間に問い合わせ' },
  review_submitted: { en: 'Review submitted', de: 'Bewertung abgegeben', fr: 'Avis publié', es: 'Reseña enviada', ja: 'レビューを投稿' },
};

const asWords = (code: string) => code.replace(/[_-]+/g, ' ').trim();

export function activityModuleLabel(language: Language, module: string): string {
  return modules[module]?.[language] ?? asWords(module);
}

export function activityActionLabel(language: Language, action: string): string {
  return actions[action]?.[language] ?? asWords(action);
}

/** The modules and actions Portico records, for the report's filters (others still show when they occur). */
// Projects record `project` and reviews `reviews`: the other spellings are named too but never recorded.
export const knownActivityModules = Object.keys(modules).filter((module) => module !== 'projects' && module !== 'review');
export const knownActivityActions = Object.keys(actions);
