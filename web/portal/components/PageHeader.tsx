import { useEffect, type ReactNode } from 'react';
import { usePortal } from '../app/PortalContext.tsx';

/** The page's h1 and the document title that goes with it. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const { branding } = usePortal();
  const portalName = branding.portal_name || branding.name;
  useEffect(() => {
    document.title = `${title} · ${portalName}`;
  }, [title, portalName]);
  return (
    <div className="p-page-header">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
