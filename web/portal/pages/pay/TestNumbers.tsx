import { useTranslation } from 'react-i18next';

/** The test gateway's numbers (docs/payments.md, server/payments/test-gateway-cards.ts), by what they do. */
const testCards = [
  { number: '4242 4242 4242 4242', outcome: 'succeeds' },
  { number: '5555 5555 5555 4444', outcome: 'succeeds' },
  { number: '4000 0025 0000 3155', outcome: 'authentication' },
  { number: '4000 0000 0000 0002', outcome: 'declined' },
  { number: '4000 0000 0000 9995', outcome: 'insufficientFunds' },
  { number: '4000 0000 0000 0069', outcome: 'expired' },
  { number: '4000 0000 0000 9979', outcome: 'stolen' },
] as const;

const testBankAccounts = [
  { routing: '110000000', account: '000123456789', outcome: 'settles' },
  { routing: '110000000', account: '000111111116', outcome: 'fails' },
] as const;

/** In test mode: which numbers to type, collapsed until asked for. */
export function TestNumbers({ bank }: { bank: boolean }) {
  const { t } = useTranslation();
  return (
    <details className="p-pay-test">
      <summary>{t('pay.test.summary')}</summary>
      <p className="ui-muted ui-small">{t('pay.test.hint')}</p>
      <div className="ui-table-wrap">
        <table className="ui-table">
          <caption className="ui-visually-hidden">{t('pay.test.cards')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pay.test.cardNumber')}</th>
              <th scope="col">{t('pay.test.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {testCards.map((card) => (
              <tr key={card.number}>
                <td className="p-pay-test__number">{card.number}</td>
                <td>{t(`pay.test.outcomes.${card.outcome}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {bank ? (
        <div className="ui-table-wrap">
          <table className="ui-table">
            <caption className="ui-visually-hidden">{t('pay.test.banks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pay.bank.routing')}</th>
                <th scope="col">{t('pay.bank.account')}</th>
                <th scope="col">{t('pay.test.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {testBankAccounts.map((account) => (
                <tr key={account.account}>
                  <td className="p-pay-test__number">{account.routing}</td>
                  <td className="p-pay-test__number">{account.account}</td>
                  <td>{t(`pay.test.outcomes.${account.outcome}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
