/** A button that opens a short list of downloads (a disclosure: keyboard and screen readers get it natively). */
export function DownloadMenu({ label, items, className }: { label: string; items: { href: string; label: string }[]; className?: string }) {
  return (
    <details className={['ui-download-menu', className].filter(Boolean).join(' ')}>
      <summary className="ui-button ui-button--secondary">{label}</summary>
      <ul className="ui-download-menu__list">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} download>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
