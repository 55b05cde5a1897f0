import type { MessageCatalog, MessageFormat } from './catalog.ts';
import type { CompanyField, ForwardedKind, MessageDocumentKind, MessageParams, PersonalField, ShippingAddressChange } from './message-codes.ts';

const kinds: Record<MessageDocumentKind, string> = {
  invoice: '請求書',
  retainer_invoice: '前受金請求書',
  estimate: '見積書',
  credit_note: 'クレジットノート',
};
const fields: Record<PersonalField | CompanyField, string> = {
  first_name: '名',
  last_name: '姓',
  phone: '電話番号',
  language: '言語',
  tax_number: '税番号',
  company_name: '会社名',
  billing_address: '請求先住所',
  shipping_address: '配送先住所',
};
const listed = (changed: readonly (PersonalField | CompanyField)[], f: MessageFormat) => (changed.length > 0 ? `：${f.list(changed.map((x) => fields[x]))}` : '');
const of = (customer: string | null) => (customer ? `（${customer}）` : '');
/** The changed fields, with their values before and after where the message has them. */
const changed = (p: MessageParams<'portal.company_updated'>, f: MessageFormat) =>
  p.changes && p.changes.length > 0 ? `：${f.list(p.changes.map((c) => `${fields[c.field]}（${c.before ?? '—'} → ${c.after ?? '—'}）`))}` : listed(p.fields, f);
const shippingChanges: Record<ShippingAddressChange, (label: string) => string> = {
  added: (label) => `配送先住所「${label}」を追加しました`,
  updated: (label) => `配送先住所「${label}」を変更しました`,
  removed: (label) => `配送先住所「${label}」を削除しました`,
  made_default: (label) => `「${label}」を既定の配送先住所にしました`,
};
const because = (text: string | null) => (text ? `：${text}` : '');

const forwarded: Record<ForwardedKind, string> = {
  invoice: '請求書',
  retainer_invoice: '前受金請求書',
  estimate: '見積書',
  credit_note: 'クレジットノート',
  sales_order: '注文',
  statement: '取引明細書',
};
const hm = (minutes: number) => `${Math.floor(minutes / 60)}時間${minutes % 60}分`;

export const ja: MessageCatalog = {
  'portal.signed_up': {
    staff: (p) => `${p.actor}さんが${p.company}としてポータルに登録しました`,
    customer: (p) => `${p.actor}さんがポータルに登録しました`,
  },
  'portal.invitation_accepted': {
    staff: (p) => `${p.actor}さん${of(p.customer)}がポータルへの招待を承諾しました`,
    customer: (p) => `${p.actor}さんが招待を承諾しました`,
  },
  'portal.signed_in': {
    staff: (p) => `${p.actor}さん${of(p.customer)}がポータルにサインインしました`,
    customer: (p) => `${p.actor}さんがサインインしました`,
  },
  'portal.password_changed': {
    staff: (p) => `${p.actor}さん${of(p.customer)}がポータルのパスワードを変更しました`,
    customer: (p) => `${p.actor}さんがパスワードを変更しました`,
  },
  'portal.password_reset': {
    staff: (p) => `${p.actor}さん${of(p.customer)}がポータルのパスワードを再設定しました`,
    customer: (p) => `${p.actor}さんがパスワードを再設定しました`,
  },
  'portal.details_updated': {
    staff: (p, f) => `${p.actor}さん${of(p.customer)}が登録情報を更新しました${listed(p.fields, f)}`,
    customer: (p, f) => `${p.actor}さんがアカウント情報を更新しました${listed(p.fields, f)}`,
  },
  'portal.company_updated': {
    staff: (p, f) => `${p.actor}さん${of(p.customer)}が会社情報を更新しました${changed(p, f)}`,
    customer: (p, f) => `${p.actor}さんが会社情報を更新しました${changed(p, f)}`,
  },
  'portal.shipping_address_changed': {
    staff: (p) => `${p.actor}さん${of(p.customer)}が${shippingChanges[p.change](p.label)}`,
    customer: (p) => `${p.actor}さんが${shippingChanges[p.change](p.label)}`,
  },
  'document.viewed': {
    staff: (p) => `${p.actor}さん${of(p.customer)}が${kinds[p.kind]} ${p.number} を閲覧しました`,
    customer: (p) => `${p.actor}さんが${kinds[p.kind]} ${p.number} を閲覧しました`,
  },
  'document.commented': {
    staff: (p) => `${p.actor}さん${of(p.customer)}が${kinds[p.kind]} ${p.number} にコメントしました`,
    customer: (p) => `${p.actor}さんが${kinds[p.kind]} ${p.number} にコメントしました`,
  },
  'document.sent': {
    staff: (p) => `${p.business}が${kinds[p.kind]} ${p.number} を送信しました`,
    customer: (p) => `${p.business}から${kinds[p.kind]} ${p.number} が届きました`,
  },
  'payment.recorded': {
    staff: (p, f) => `${p.business}が ${f.money(p.amount)} の支払いを記録しました`,
    customer: (p, f) => `${p.business}がお支払い ${f.money(p.amount)} を記録しました`,
  },
  'payment.received': {
    staff: (p, f) => `${p.actor}さん${p.actor === p.customer ? '' : of(p.customer)}が${p.documents.length > 0 ? `${f.list(p.documents)} の` : ''} ${f.money(p.amount)} を支払いました（${p.number}）`,
    customer: (p, f) => `${p.actor}さんが${p.documents.length > 0 ? `${f.list(p.documents)} の` : ''} ${f.money(p.amount)} を支払いました（${p.number}）`,
  },
  'payment.failed': {
    staff: (p, f) => `${p.actor}さん${p.actor === p.customer ? '' : of(p.customer)}による${p.documents.length > 0 ? `${f.list(p.documents)} の` : ''}銀行支払い ${f.money(p.amount)} が失敗しました${because(p.reason)}`,
    customer: (p, f) => `${p.actor}さんによる${p.documents.length > 0 ? `${f.list(p.documents)} の` : ''}銀行支払い ${f.money(p.amount)} が失敗しました${because(p.reason)}。残高は再び未払いです`,
  },
  'payment.refunded': {
    staff: (p, f) => `${p.business}が支払い ${p.number}${of(p.customer)}のうち ${f.money(p.amount)} を返金しました`,
    customer: (p, f) => `${p.business}がお支払い ${p.number} のうち ${f.money(p.amount)} を返金しました`,
  },
  'invoice.disputed': {
    staff: (p) => `${p.actor}さん${of(p.customer)}が請求書 ${p.number} ${p.line ? `の明細「${p.line}」` : ''}に異議を申し立てました${because(p.reason)}`,
    customer: (p) => `${p.actor}さんが請求書 ${p.number} ${p.line ? `の明細「${p.line}」` : ''}に異議を申し立てました${because(p.reason)}`,
  },
  'estimate.accepted': {
    staff: (p) => `${p.actor}さん${of(p.customer)}が見積書 ${p.number} を承認しました`,
    customer: (p) => `${p.actor}さんが見積書 ${p.number} を承認しました`,
  },
  'estimate.declined': {
    staff: (p) => `${p.actor}さん${of(p.customer)}が見積書 ${p.number} を辞退しました${because(p.reason)}`,
    customer: (p) => `${p.actor}さんが見積書 ${p.number} を辞退しました${because(p.reason)}`,
  },
  'estimate.changes_requested': {
    staff: (p) => `${p.actor}さん${of(p.customer)}が見積書 ${p.number} の変更を依頼しました${because(p.message)}`,
    customer: (p) => `${p.actor}さんが見積書 ${p.number} の変更を依頼しました${because(p.message)}`,
  },
  'statement.downloaded': {
    staff: (p, f) => `${p.actor}さん${of(p.customer)}が ${f.date(p.from)}～${f.date(p.to)} の取引明細書をダウンロードしました`,
    customer: (p, f) => `${p.actor}さんが ${f.date(p.from)}～${f.date(p.to)} の取引明細書をダウンロードしました`,
  },
  'sales_order.placed': {
    staff: (p, f) => `${p.actor}さん${of(p.customer)}が注文 ${p.number}（${f.money(p.amount)}）を行いました${p.awaiting_approval ? '。承認待ちです' : ''}`,
    customer: (p, f) => `${p.actor}さんが注文 ${p.number}（${f.money(p.amount)}）を行いました`,
  },
  'sales_order.commented': {
    staff: (p) => `${p.actor}さん${of(p.customer)}が注文 ${p.number} にコメントしました`,
    customer: (p) => `${p.actor}さんが注文 ${p.number} にコメントしました`,
  },
  'subscription.cancelled': {
    staff: (p, f) => `${p.actor}さん${of(p.customer)}がサブスクリプション ${p.number}（${p.plan}）を${p.immediately ? `${f.date(p.ends_on)} 付けで即時解約しました` : `期間終了時（${f.date(p.ends_on)}）に解約するよう設定しました`}${because(p.reason)}`,
    customer: (p, f) => `${p.actor}さんがサブスクリプション ${p.number}（${p.plan}）を${p.immediately ? `${f.date(p.ends_on)} 付けで即時解約しました` : `期間終了時（${f.date(p.ends_on)}）に解約するよう設定しました`}${because(p.reason)}`,
  },
  'subscription.reactivated': {
    staff: (p) => `${p.actor}さん${of(p.customer)}がサブスクリプション ${p.number}（${p.plan}）を再有効化しました`,
    customer: (p) => `${p.actor}さんがサブスクリプション ${p.number}（${p.plan}）を再有効化しました`,
  },
  'subscription.trial_converted': {
    staff: (p) => `${p.actor}さん${of(p.customer)}がサブスクリプション ${p.number}（${p.plan}）の試用期間を有料契約に切り替えました`,
    customer: (p) => `${p.actor}さんがサブスクリプション ${p.number}（${p.plan}）の試用期間を有料契約に切り替えました`,
  },
  'subscription.trial_extended': {
    staff: (p, f) => `${p.actor}さん${of(p.customer)}がサブスクリプション ${p.number}（${p.plan}）の試用期間を ${p.days} 日延長しました（${f.date(p.trial_end)} まで）`,
    customer: (p, f) => `${p.actor}さんがサブスクリプション ${p.number}（${p.plan}）の試用期間を ${p.days} 日延長しました（${f.date(p.trial_end)} まで）`,
  },
  'subscription.changed': {
    staff: (p, f) => p.scheduled ? `${p.actor}さん${of(p.customer)}がサブスクリプション ${p.number} を ${f.date(p.effective_on)} から ${p.plan} に変更するよう予約しました` : `${p.actor}さん${of(p.customer)}がサブスクリプション ${p.number} を ${f.date(p.effective_on)} 付けで ${p.plan} に変更しました`,
    customer: (p, f) => p.scheduled ? `${p.actor}さんがサブスクリプション ${p.number} を ${f.date(p.effective_on)} から ${p.plan} に変更するよう予約しました` : `${p.actor}さんがサブスクリプション ${p.number} を ${f.date(p.effective_on)} 付けで ${p.plan} に変更しました`,
  },
  'subscription.paused': {
    staff: (p, f) => `${p.actor}さん${of(p.customer)}がサブスクリプション ${p.number}（${p.plan}）を一時停止しました${p.resume_on ? `（${f.date(p.resume_on)} まで）` : ''}`,
    customer: (p, f) => `${p.actor}さんがサブスクリプション ${p.number}（${p.plan}）を一時停止しました${p.resume_on ? `（${f.date(p.resume_on)} まで）` : ''}`,
  },
  'subscription.resumed': {
    staff: (p) => `${p.actor}さん${of(p.customer)}がサブスクリプション ${p.number}（${p.plan}）を再開しました`,
    customer: (p) => `${p.actor}さんがサブスクリプション ${p.number}（${p.plan}）を再開しました`,
  },
  'subscription.payment_method_changed': {
    staff: (p) => `${p.actor}さん${of(p.customer)}がサブスクリプション ${p.number}（${p.plan}）の支払い方法を ${p.method} に変更しました`,
    customer: (p) => `${p.actor}さんがサブスクリプション ${p.number}（${p.plan}）の支払い方法を ${p.method} に変更しました`,
  },
  'review.submitted': {
    staff: (p) => `${p.actor}さん${of(p.customer)}が5段階中${p.rating}の評価をしました${because(p.body)}`,
    customer: (p) => `${p.actor}さんが5段階中${p.rating}のレビューを投稿しました${because(p.body)}`,
  },
  'document.forwarded': {
    staff: (p) => `${p.actor}さん${of(p.customer)}が${forwarded[p.kind]}${p.number ? ` ${p.number} ` : ''}を ${p.recipient} に転送しました`,
    customer: (p) => `${p.actor}さんが${forwarded[p.kind]}${p.number ? ` ${p.number} ` : ''}を ${p.recipient} に転送しました`,
  },
  'comment.estimate_accepted': (p) => `${p.signer}さんが承認しました`,
  'comment.estimate_marked_accepted': {
    staff: (p) => `${p.staff}さんが顧客に代わって承認済みにしました${p.signer ? `（承認者：${p.signer}）` : ''}`,
    customer: (p) => `${p.staff}さんが承認を記録しました${p.signer ? `（承認者：${p.signer}）` : ''}`,
  },
  'comment.estimate_marked_declined': {
    staff: (p) => `${p.staff}さんが顧客に代わって辞退済みにしました${because(p.reason)}`,
    customer: (p) => `${p.staff}さんが辞退を記録しました${because(p.reason)}`,
  },
  'project.time_approved': {
    staff: (p, f) => `${p.actor}さん${of(p.customer)}がプロジェクト ${p.project} の作業時間 ${p.count} 件（${hm(p.minutes)}）を承認しました${p.week_start ? `（${f.date(p.week_start)} の週）` : ''}`,
    customer: (p, f) => `${p.actor}さんがプロジェクト ${p.project} の作業時間 ${p.count} 件（${hm(p.minutes)}）を承認しました${p.week_start ? `（${f.date(p.week_start)} の週）` : ''}`,
  },
  'project.time_queried': {
    staff: (p, f) => `${p.actor}さん${of(p.customer)}がプロジェクト ${p.project} の ${f.date(p.work_date)} の ${p.task} の作業時間に問い合わせました${because(p.comment)}`,
    customer: (p, f) => `${p.actor}さんがプロジェクト ${p.project} の ${f.date(p.work_date)} の ${p.task} の作業時間に問い合わせました${because(p.comment)}`,
  },
  'project.time_submitted': {
    staff: (p) => `${p.business}がプロジェクト ${p.project}${of(p.customer)} の作業時間 ${p.count} 件（${hm(p.minutes)}）を承認依頼しました`,
    customer: (p) => `${p.business}からプロジェクト ${p.project} の作業時間 ${p.count} 件（${hm(p.minutes)}）の承認依頼が届いています`,
  },
  'project.query_answered': {
    staff: (p, f) => `${p.business}がプロジェクト ${p.project}${of(p.customer)} の ${f.date(p.work_date)} の ${p.task} への問い合わせに回答しました${because(p.comment)}`,
    customer: (p, f) => `${p.business}がプロジェクト ${p.project} の ${f.date(p.work_date)} の ${p.task} の作業時間についてのお問い合わせに回答しました${because(p.comment)}`,
  },
  'project.commented': {
    staff: (p) => `${p.actor}さん${of(p.customer)}がプロジェクト ${p.project} にコメントしました`,
    customer: (p) => `${p.actor}さんがプロジェクト ${p.project} にコメントしました`,
  },
  'comment.line_disputed': (p) => `「${p.line}」：${p.reason}`,
};
