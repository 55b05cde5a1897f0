import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/components/index.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { adminClient } from '../../lib/client.ts';
import { kindConfigs } from '../../lib/document-kinds.ts';
import { DocumentTable } from '../documents/DocumentTable.tsx';
import { documentKeys, fetchDocuments, type DocumentKind } from '../documents/queries.ts';
import { PaymentTable } from '../payments/PaymentTable.tsx';
import { paymentKeys } from '../payments/queries.ts';

type Tab = DocumentKind | 'payment';
const tabs: Tab[] = ['invoice', 'estimate', 'retainer_invoice', 'payment', 'credit_note'];

function DocumentsPanel({ kind, customerId }: { kind: DocumentKind; customerId: string }) {
  const { t } = useTranslation();
  const config = kindConfigs[kind];
  const list = useCursorList({
    queryKey: documentKeys.list({ kind, customer_id: customerId, limit: 10 }),
    fetchPage: ({ cursor, signal }) => fetchDocuments(kind, { customer_id: customerId, limit: 10, cursor }, signal),
  });
  const newLink = (
    <Link to={`/${config.path}/new?customer=${customerId}`} className="ui-button ui-button--secondary ui-button--small">
      {t(`kinds.${config.key}.new`)}
    </Link>
  );
  return (
    <>
      <div className="admin-tab-actions">{newLink}</div>
      <DocumentTable config={config} list={list} caption={t(`kinds.${config.key}.title`)} showCustomer={false} empty={<EmptyState title={t(`kinds.${config.key}.empty`)} />} />
    </>
  );
}

function PaymentsPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const list = useCursorList({
    queryKey: paymentKeys.list({ customer_id: customerId, limit: 10 }),
    fetchPage: ({ cursor, signal }) => adminClient.get('/payments', { params: { query: { customer_id: customerId, limit: 10, cursor } }, signal }),
  });
  return (
    <>
      <div className="admin-tab-actions">
        <Link to={`/payments/new?customer=${customerId}`} className="ui-button ui-button--secondary ui-button--small">
          {t('payments.record')}
        </Link>
      </div>
      <PaymentTable list={list} caption={t('payments.title')} showCustomer={false} empty={<EmptyState title={t('payments.empty')} />} />
    </>
  );
}

/** The customer's invoices, estimates, retainer invoices, payments and credit notes as tabs (arrow keys move). */
export function CustomerDocuments({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const [active, setActive] = useState<Tab>('invoice');
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const label = (tab: Tab) => (tab === 'payment' ? t('payments.title') : t(`kinds.${kindConfigs[tab].key}.title`));
  const onKey = (event: KeyboardEvent) => {
    const index = tabs.indexOf(active);
    const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let next: Tab | undefined;
    if (move) next = tabs[(index + move + tabs.length) % tabs.length];
    if (event.key === 'Home') next = tabs[0];
    if (event.key === 'End') next = tabs[tabs.length - 1];
    if (!next) return;
    event.preventDefault();
    setActive(next);
    refs.current[next]?.focus();
  };
  return (
    <section className="ui-card" aria-labelledby="customer-documents-heading">
      <h2 id="customer-documents-heading">{t('overview.documents')}</h2>
      <div role="tablist" aria-labelledby="customer-documents-heading" className="admin-tabs" onKeyDown={onKey}>
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              refs.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={active === tab}
            aria-controls={`panel-${tab}`}
            tabIndex={active === tab ? 0 : -1}
            className="admin-tabs__tab"
            onClick={() => setActive(tab)}
          >
            {label(tab)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} className="admin-tabs__panel">
        {active === 'payment' ? <PaymentsPanel customerId={customerId} /> : <DocumentsPanel key={active} kind={active} customerId={customerId} />}
      </div>
    </section>
  );
}
