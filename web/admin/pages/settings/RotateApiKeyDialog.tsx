import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Notice, Select } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { errorMessage } from '../../lib/errors.ts';
import { apiKeyKeys, rotateApiKey, type ApiKey, type RotatedApiKey } from './queries.ts';
import { ShownOnceKey } from './ShownOnceKey.tsx';

/** How long the old key may keep working, in hours; the API takes 0 to 168. */
export const rotationOverlaps = [0, 1, 24, 72, 168] as const;

/**
 * Rotation: the overlap to give the old key, then the new key, shown this once only. The new key has the
 * old one's name, scopes and expiry.
 */
export function RotateApiKeyDialog({ apiKey, onClose }: { apiKey: ApiKey; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [overlap, setOverlap] = useState<number>(24);
  const [rotated, setRotated] = useState<RotatedApiKey>();
  const rotate = useApiMutation({ mutationFn: rotateApiKey, invalidates: [apiKeyKeys.all] });
  const overlapLabel = (hours: number) => (hours === 0 ? t('apiKeys.overlapNone') : t('apiKeys.overlapHours', { count: hours }));
  return (
    <Dialog
      open
      title={rotated ? t('apiKeys.rotatedTitle', { name: apiKey.name }) : t('apiKeys.rotateTitle', { name: apiKey.name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        rotated ? (
          <Button variant="primary" onClick={onClose}>
            {t('common.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button variant="primary" busy={rotate.isPending} onClick={() => void rotate.mutateAsync({ id: apiKey.id, overlapHours: overlap }).then(setRotated, () => undefined)}>
              {t('apiKeys.rotate')}
            </Button>
          </>
        )
      }
    >
      {rotated ? (
        <ShownOnceKey
          secret={rotated.key}
          notice={rotated.replaces.expires_at > rotated.created_at ? t('apiKeys.oldKeyUntil', { date: formatDateTime(rotated.replaces.expires_at, i18n.language) }) : t('apiKeys.oldKeyEnded')}
        />
      ) : (
        <>
          {rotate.error ? <Notice tone="danger">{errorMessage(t, rotate.error)}</Notice> : null}
          <p>{t('apiKeys.rotateExplain')}</p>
          <Select
            label={t('apiKeys.overlap')}
            hint={t('apiKeys.overlapHint')}
            value={String(overlap)}
            onChange={(event) => setOverlap(Number(event.target.value))}
            options={rotationOverlaps.map((hours) => ({ value: String(hours), label: overlapLabel(hours) }))}
          />
        </>
      )}
    </Dialog>
  );
}
