import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageHeader } from '../components/PageHeader.tsx';
import { canOrder, showsSalesOrders } from '../lib/ordering.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { useMe } from './PortalContext.tsx';

/** The ordering pages exist only where the business shows sales orders; the catalogue and cart need place_orders too. */
export function RequireOrdering({ placing = false }: { placing?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!showsSalesOrders(me)) return <NotFoundPage />;
  if (placing && !canOrder(me)) {
    return (
      <>
        <PageHeader title={t('catalog.title')} />
        <p>{t('catalog.noPermission')}</p>
      </>
    );
  }
  return <Outlet />;
}
