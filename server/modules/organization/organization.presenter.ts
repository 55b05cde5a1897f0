import type { StaffRole } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { OrganizationRow, StaffUserRow } from '../../db/database.ts';
import { asLanguage } from '../../lib/accept-language.ts';
import { portalUrl } from './organization.service.ts';

export function toOrganizationResponse(ctx: AppContext, organization: OrganizationRow) {
  return {
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    portal_url: portalUrl(ctx, organization),
    brand_color: organization.brand_color,
    logo_url: organization.logo_url,
    time_zone: organization.time_zone,
  };
}

export function toStaffUserResponse(user: StaffUserRow) {
  return { id: user.id, name: user.name, email: user.email, role: user.role as StaffRole, language: asLanguage(user.language) ?? 'en' };
}
