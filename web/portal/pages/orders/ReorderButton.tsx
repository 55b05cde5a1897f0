import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/components/Button.tsx';
import { FormAlert } from '../../../ui/components/Feedback.tsx';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { ReorderState } from '../cart/CartPage.tsx';
import { cartKeys, type Cart } from '../cart/queries.ts';
import { reorder } from './queries.ts';

/** Copies the order's items into the cart at today's prices and stock, then shows the cart with what differed. */
export function ReorderButton({ orderId, number }: { orderId: string; number: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | undefined>();
  const run = useApiMutation({
    mutationFn: () => reorder(orderId),
    onSuccess: (answer) => {
      queryClient.setQueryData<Cart>(cartKeys.all, answer.cart);
      const state: ReorderState = { reorder: { number, differences: answer.differences } };
      void navigate('/cart', { state });
    },
  });
  return (
    <>
      <Button
        variant="primary"
        busy={run.isPending}
        onClick={() => {
          setProblem(undefined);
          run.mutate(undefined, { onError: (error) => setProblem(errorMessage(t, error)) });
        }}
      >
        {t('orders.reorder')}
      </Button>
      {problem ? <FormAlert message={problem} /> : null}
    </>
  );
}
