import { Link } from 'react-router';
import { usePortal } from '../app/PortalContext.tsx';

/** The organization's logo (with its name as alt text) or its name. */
export function Brand({ to = '/' }: { to?: string }) {
  const { branding } = usePortal();
  const name = branding.portal_name || branding.name;
  return (
    <Link to={to} className="p-brand">
      {/* The name is written beside the logo, so the logo itself needs no alternative text. */}
      {branding.logo_url ? <img src={branding.logo_url} alt="" className="p-brand__logo" /> : null}
      <span className="p-brand__name">{name}</span>
    </Link>
  );
}
