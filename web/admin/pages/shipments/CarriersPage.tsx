import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DataTable, FormDialog, StatusBadge, useToast, type Column } from '../../../ui/components/index.ts';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { adminClient } from '../../lib/client.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { carrierFormSchema, previewTrackingUrl, type CarrierFormValues } from './package-form.ts';
import { carrierKeys, carriersQuery, type Carrier } from './queries.ts';

const exampleNumber = '1Z999AA10123456784';

function CarrierDialog({ carrier, onClose }: { carrier: Carrier; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const form = useZodForm(carrierFormSchema, { defaultValues: { name: carrier.name, tracking_url_template: carrier.tracking_url_template ?? '' } });
  const save = useApiMutation({
    mutationFn: (values: CarrierFormValues) => adminClient.put('/carriers', { body: { carrier: carrier.carrier, name: values.name.trim(), tracking_url_template: values.tracking_url_template.trim() } }),
    invalidates: [carrierKeys.all, ['packages']],
  });
  const template = form.watch('tracking_url_template');
  return (
    <FormDialog
      open
      size="wide"
      resetOnOpen={false}
      title={t('carriers.editTitle', { name: carrier.name })}
      form={form}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={async (values) => {
        await save.mutateAsync(values);
        toast.show(t('carriers.saved', { name: values.name.trim() }));
      }}
    >
      <FormTextInput control={form.control} name="name" label={t('carriers.name')} required maxLength={100} />
      <FormTextInput control={form.control} name="tracking_url_template" label={t('carriers.template')} required maxLength={500} hint={t('carriers.templateHint')} />
      <p className="ui-small">
        {t('carriers.example')} <span className="admin-mono admin-break">{template.includes('{tracking_number}') ? previewTrackingUrl(template.trim(), exampleNumber) : '—'}</span>
      </p>
      {carrier.default_template ? <p className="ui-muted ui-small admin-break">{t('carriers.defaultIs', { template: carrier.default_template })}</p> : null}
    </FormDialog>
  );
}

/** The carriers packages ship with and their tracking link templates: Portico's defaults, changed where the organization wants. */
export function CarriersPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const title = t('carriers.title');
  useDocumentTitle(title);
  const carriers = useQuery(carriersQuery);
  const [editing, setEditing] = useState<Carrier>();
  const [resetting, setResetting] = useState<Carrier>();
  const reset = useApiMutation({
    mutationFn: (carrier: Carrier) => adminClient.put('/carriers', { body: { carrier: carrier.carrier, tracking_url_template: null } }),
    invalidates: [carrierKeys.all, ['packages']],
  });
  const columns: Column<Carrier>[] = [
    {
      id: 'name',
      header: t('carriers.name'),
      rowHeader: true,
      cell: (carrier) => (
        <>
          {carrier.name} {carrier.customized ? <StatusBadge tone="info">{t('carriers.customized')}</StatusBadge> : null}
        </>
      ),
    },
    { id: 'template', header: t('carriers.template'), cell: (carrier) => <span className="admin-mono admin-break">{carrier.tracking_url_template ?? '—'}</span> },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (carrier) => (
        <div className="ui-button-row">
          <Button size="small" onClick={() => setEditing(carrier)} aria-label={t('carriers.editNamed', { name: carrier.name })}>
            {t('common.edit')}
          </Button>
          {carrier.customized && carrier.default_template ? (
            <Button size="small" variant="ghost" onClick={() => setResetting(carrier)} aria-label={t('carriers.resetNamed', { name: carrier.name })}>
              {t('carriers.reset')}
            </Button>
          ) : null}
        </div>
      ),
    },
  ];
  return (
    <>
      <div className="admin-page-header">
        <h1>{title}</h1>
      </div>
      <p className="ui-muted">{t('carriers.intro')}</p>
      <DataTable caption={title} columns={columns} rows={carriers.data ?? []} rowKey={(carrier) => carrier.carrier} status={carriers.status} error={carriers.error} onRetry={() => void carriers.refetch()} stacked loadingLabel={t('common.loading')} errorTitle={t('carriers.loadFailed')} empty={t('carriers.empty')} />
      {editing ? <CarrierDialog key={editing.carrier} carrier={editing} onClose={() => setEditing(undefined)} /> : null}
      <ConfirmDialog
        open={resetting !== undefined}
        title={t('carriers.resetTitle', { name: resetting?.name ?? '' })}
        confirmLabel={t('carriers.reset')}
        onClose={() => setResetting(undefined)}
        onConfirm={async () => {
          if (!resetting) return;
          await reset.mutateAsync(resetting);
          toast.show(t('carriers.resetDone', { name: resetting.name }));
        }}
      >
        <p>{t('carriers.resetExplain', { template: resetting?.default_template ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
