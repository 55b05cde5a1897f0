import { describe, expect, it } from 'vitest';
import { testMe } from '../../test/portal.tsx';
import { visibleNavItems } from './navItems.ts';

const contact = testMe().contact!;
const paths = (me: ReturnType<typeof testMe>) => visibleNavItems(me).map((item) => item.to);

describe('the navigation', () => {
  it('shows orders and shipments where the business shows sales orders, and the catalogue and cart only to contacts who may order', () => {
    const viewer = testMe({ contact: { ...contact, permissions: ['view_documents'] } });
    expect(paths(viewer)).toEqual(expect.arrayContaining(['/orders', '/shipments']));
    expect(paths(viewer)).not.toContain('/catalog');
    expect(paths(viewer)).not.toContain('/cart');
    const buyer = testMe({ contact: { ...contact, permissions: ['place_orders'] } });
    expect(paths(buyer)).toEqual(['/', '/catalog', '/orders', '/shipments', '/cart', '/company']);
  });

  it('shows nothing of ordering where the business hides sales orders', () => {
    const buyer = { ...testMe({ contact: { ...contact, permissions: ['view_documents', 'place_orders'] } }), show_sales_orders: false };
    expect(paths(buyer).filter((path) => ['/catalog', '/orders', '/shipments', '/cart'].includes(path))).toEqual([]);
  });

  it('shows reviews only where the business allows them', () => {
    expect(paths(testMe())).not.toContain('/reviews');
    expect(paths(testMe({ allow_reviews: true }))).toContain('/reviews');
  });
});
