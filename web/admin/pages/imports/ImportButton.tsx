import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/index.ts';
import { ImportDialog } from './ImportDialog.tsx';
import type { ImportKind } from './queries.ts';

/** "Import CSV" on a list: opens the import wizard; what an import wrote makes `stale` reload. */
export function ImportButton({ kind, stale, label }: { kind: ImportKind; stale: QueryKey; label?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{label ?? t('imports.import')}</Button>
      <ImportDialog
        open={open}
        kind={kind}
        onClose={(imported) => {
          setOpen(false);
          if (imported) void queryClient.invalidateQueries({ queryKey: stale });
        }}
      />
    </>
  );
}
