import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, FormAlert, TextInput, useToast } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { imageProblem, imageTypes, imageUpload, maxImageBytes } from './image-upload.ts';
import { deleteItemImage, itemKeys, uploadItemImage, type ItemDetail, type ItemImage } from './queries.ts';

/** The item's pictures as the portal's catalogue shows them: upload (PNG, JPEG, WebP), see, delete. */
export function ItemImagesCard({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const toast = useToast();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [altText, setAltText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [deleting, setDeleting] = useState<ItemImage>();
  // The item's answer carries its pictures.
  const changes = [itemKeys.detail(item.id), itemKeys.lists()];
  const upload = useApiMutation({ mutationFn: async (picked: File) => uploadItemImage(item.id, await imageUpload(picked, altText)), invalidates: changes });
  const remove = useApiMutation({ mutationFn: (image: ItemImage) => deleteItemImage(item.id, image.id), invalidates: changes });

  const pick = (picked: File | undefined) => {
    setFile(picked);
    const found = picked ? imageProblem(picked) : undefined;
    setProblem(found ? t(`images.problems.${found}`, { max: Math.round(maxImageBytes / 1024 / 1024) }) : undefined);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(t('images.pickFirst'));
    if (problem) return;
    try {
      await upload.mutateAsync(file);
      toast.show(t('images.uploaded', { name: item.name }));
      setFile(undefined);
      setAltText('');
      if (fileInput.current) fileInput.current.value = '';
    } catch (failure) {
      setProblem(errorMessage(t, failure));
    }
  };

  const list = item.images;
  return (
    <section className="ui-card" aria-labelledby="item-images-heading">
      <h2 id="item-images-heading">{t('images.title')}</h2>
      {list.length === 0 ? (
        <EmptyState title={t('images.empty')} description={t('images.emptyHint')} />
      ) : (
        <ul className="admin-item-images">
          {list.map((image, index) => (
            <li key={image.id} className="admin-item-images__item">
              <img src={image.url} alt={image.alt_text ?? t('images.altFallback', { name: item.name, number: index + 1 })} className="admin-item-images__thumb" loading="lazy" />
              <Button size="small" variant="ghost" onClick={() => setDeleting(image)} aria-label={t('images.deleteNamed', { number: index + 1 })}>
                {t('images.delete')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {item.archived ? null : (
        <form className="admin-image-upload" onSubmit={(event) => void submit(event)} noValidate aria-label={t('images.upload')}>
          <FormAlert message={problem} />
          <div className="ui-field">
            <label htmlFor={fileId} className="ui-field__label">
              {t('images.file')}
            </label>
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              accept={imageTypes.join(',')}
              className="ui-input"
              aria-describedby={`${fileId}-hint`}
              aria-invalid={problem ? true : undefined}
              onChange={(event) => pick(event.target.files?.[0])}
            />
            <div id={`${fileId}-hint`} className="ui-field__hint">
              {t('images.fileHint', { max: Math.round(maxImageBytes / 1024 / 1024) })}
            </div>
          </div>
          <TextInput label={t('images.altText')} hint={t('images.altTextHint')} value={altText} onChange={(event) => setAltText(event.target.value)} maxLength={200} autoComplete="off" />
          <Button type="submit" busy={upload.isPending}>
            {t('images.upload')}
          </Button>
        </form>
      )}
      {deleting ? (
        <ConfirmDialog
          open
          danger
          title={t('images.deleteTitle')}
          confirmLabel={t('images.delete')}
          onClose={() => setDeleting(undefined)}
          onConfirm={async () => {
            await remove.mutateAsync(deleting);
            toast.show(t('images.deleted'));
          }}
        >
          <p>{t('images.deleteExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
