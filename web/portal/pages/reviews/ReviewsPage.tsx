import { useQuery } from '@tanstack/react-query';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '../../../ui/components/Button.tsx';
import { FormAlert, Notice } from '../../../ui/components/Feedback.tsx';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormTextArea, useFieldErrorText } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { portalClient } from '../../lib/client.ts';
import { calendarDate } from '../../lib/money.ts';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { reviewBody, reviewDefaults, reviewSchema, type ReviewValues } from './review-form.ts';

export const reviewKeys = { all: ['reviews'] as const };

type Reviews = Awaited<ReturnType<typeof fetchReviews>>;

function fetchReviews(signal: AbortSignal) {
  return portalClient.get('/reviews', { signal });
}

/** Stars 1–5 as a radio group: a fieldset with its legend, each star a labelled radio. */
export function StarRating({ control }: { control: Control<ReviewValues> }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name="rating"
      render={({ field, fieldState }) => <StarRadios value={field.value} onChange={field.onChange} name={field.name} error={fieldState.error} legend={t('reviews.rating')} />}
    />
  );
}

function StarRadios({ value, onChange, name, error, legend }: { value: string; onChange: (value: string) => void; name: string; error: Parameters<typeof useFieldErrorText>[0]; legend: string }) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText(error);
  return (
    <fieldset className="p-stars" aria-describedby={errorText ? `${name}-error` : undefined} aria-invalid={errorText ? true : undefined}>
      <legend>{legend}</legend>
      <div className="p-stars__options">
        {(['1', '2', '3', '4', '5'] as const).map((star) => (
          <label key={star} className="p-stars__option">
            <input type="radio" name={name} value={star} checked={value === star} onChange={() => onChange(star)} />
            <span aria-hidden="true">{Number(value) >= Number(star) ? '★' : '☆'}</span>
            <span className="ui-visually-hidden">{t('reviews.stars', { count: Number(star) })}</span>
          </label>
        ))}
      </div>
      {errorText ? (
        <p id={`${name}-error`} className="ui-field__error">
          {errorText}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The review form of this period. */
export function ReviewForm({ onSubmitted }: { onSubmitted: () => void }) {
  const { t } = useTranslation();
  const form = useZodForm(reviewSchema, { defaultValues: reviewDefaults });
  const submit = useApiMutation({ mutationFn: (body: { rating: number; body: string }) => portalClient.post('/reviews', { body }), invalidates: [reviewKeys.all] });
  const onSubmit = useServerSubmit(form, async (values: z.output<typeof reviewSchema>) => {
    try {
      await submit.mutateAsync(reviewBody(values));
    } catch (error) {
      throw isApiError(error, 'CONFLICT') ? new FormMessageError(t('reviews.already')) : error;
    }
    onSubmitted();
  });
  return (
    <form className="p-card p-stack" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="review-form-heading">
      <h2 id="review-form-heading" className="p-card__title">
        {t('reviews.formTitle')}
      </h2>
      <FormAlert message={formErrorMessage(form)} />
      <StarRating control={form.control} />
      <FormTextArea control={form.control} name="body" label={t('reviews.body')} required maxLength={5000} />
      <div className="ui-button-row">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('reviews.submit')}
        </Button>
      </div>
    </form>
  );
}

function ReviewList({ reviews }: { reviews: Reviews['data'] }) {
  const { t } = useTranslation();
  if (reviews.length === 0) return <p className="ui-muted">{t('reviews.none')}</p>;
  return (
    <ul className="p-applied">
      {reviews.map((review) => (
        <li key={review.id} className="p-dispute">
          <p className="p-comment__meta">
            <strong>{t('reviews.stars', { count: review.rating })}</strong> <span className="ui-muted">{calendarDate(review.created_at.slice(0, 10))}</span>
          </p>
          <p className="p-pre-line">{review.body}</p>
          {review.reply ? (
            <p className="p-pre-line">
              <strong>{t('reviews.reply')}:</strong> {review.reply}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Review the business once per period, and see earlier reviews with the business's replies. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const reviews = useQuery({ queryKey: reviewKeys.all, queryFn: ({ signal }) => fetchReviews(signal) });
  const data = reviews.data;
  let body;
  if (!data) body = reviews.isPending ? <Loading /> : <LoadFailed message={errorMessage(t, reviews.error)} onRetry={() => void reviews.refetch()} />;
  else
    body = (
      <div className="p-stack">
        {data.can_review ? (
          <ReviewForm onSubmitted={() => undefined} />
        ) : (
          <Notice tone="success">{data.next_period_starts ? t('reviews.thanksUntil', { date: calendarDate(data.next_period_starts) }) : t('reviews.thanks')}</Notice>
        )}
        <section className="p-card" aria-labelledby="reviews-heading">
          <h2 id="reviews-heading" className="p-card__title">
            {t('reviews.yours')}
          </h2>
          <ReviewList reviews={data.data} />
        </section>
      </div>
    );
  return (
    <>
      <PageHeader title={t('reviews.title')} />
      {body}
    </>
  );
}
