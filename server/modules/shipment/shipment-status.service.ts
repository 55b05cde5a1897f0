import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import * as repo from './shipment.repository.ts';
import { shipmentStatusOf } from './shipment.ts';

export interface ShipmentActor {
  type: 'staff' | 'system' | 'api';
  name: string | null;
}

/**
 * After a package shipped or was delivered, in the caller's transaction (which holds the order's
 * row): the order becomes partially shipped, shipped or delivered as its lines and packages say, with
 * an entry in its history when the status changes.
 */
export async function refreshOrderAfterShipment(db: Db, input: { organizationId: string; salesOrderId: string; now: string; actor: ShipmentActor }): Promise<void> {
  const order = await repo.findOrderForShipment(db, input.organizationId, input.salesOrderId);
  if (!order) throw notFound('Sales order');
  const [lines, packages] = await Promise.all([repo.listShipmentProgress(db, order.id), repo.listPackageStatusesOfOrder(db, order.id)]);
  const status = shipmentStatusOf({ lines, packages });
  if (status === null || status === order.status) return;
  if (!(await repo.updateOrderShipmentStatus(db, order.id, order.status, status, input.now))) {
    throw new AppError('STATE_CONFLICT', `${order.number} changed meanwhile; try again`, { sales_order_id: order.id });
  }
  await repo.insertOrderEvent(db, { id: newId(), sales_order_id: order.id, status, note: null, actor_type: input.actor.type, actor_name: input.actor.name, created_at: input.now });
}
