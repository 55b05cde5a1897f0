/** The first focusable element of a page: jumps over the navigation to the main content. */
export function SkipLink({ targetId = 'main', label }: { targetId?: string; label: string }) {
  return (
    <a className="ui-skip-link" href={`#${targetId}`}>
      {label}
    </a>
  );
}
