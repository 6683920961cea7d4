/**
 * /admin/sales ("판매"): for staff, each booth's confirmed and reserved orders and amounts, and the
 * cancelled or expired ones, from GET /api/admin/sales for the permanent exhibition, as a table
 * with a total row. Read once when opened; 다시 불러오기 after a failure.
 */
import './i18n.ts';
import './sales.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/account.ts';
import { ORDER_ROUTES, SalesSchema } from '../../../shared/api/orders.ts';
import { findBooth } from '../../../shared/catalogue/booths.ts';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { wonDigits } from '../../orders/format.ts';
import { ordersCall } from '../../orders/ordersHttp.ts';
import { AdminPage, LoadProblem } from '../AdminPage.tsx';
import { salesPerBooth, salesTotal, type BoothSalesTotals } from './boothSales.ts';

/** The permanent exhibition: the fair whose sales staff read here. */
const FAIR_ID = 1;

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; booths: BoothSalesTotals[] };

export function SalesSection({ me }: { me: Account }) {
  const { t } = useTranslation('adminSales');
  const { lang, l } = useLang();
  const venue = useCatalogue();
  const [state, setState] = useState<State>({ status: 'loading' });
  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const r = await ordersCall(`${ORDER_ROUTES.adminSales}?fairId=${FAIR_ID}`, SalesSchema);
    setState(r.ok ? { status: 'ready', booths: salesPerBooth(r.data.sales) } : { status: 'error' });
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const nameOf = (boothId: string): string => {
    const booth = venue.status === 'ready' ? findBooth(venue.catalogue, boothId) : undefined;
    return booth ? l(booth.summary.title) : boothId;
  };
  const won = (n: number) => t('won', { price: wonDigits(n, lang) });
  const cells = (b: Omit<BoothSalesTotals, 'boothId'>) => (
    <>
      <td>{t('orders', { count: b.confirmed.orders })}</td>
      <td>{won(b.confirmed.won)}</td>
      <td>{t('orders', { count: b.reserved.orders })}</td>
      <td>{won(b.reserved.won)}</td>
      <td>{t('orders', { count: b.lapsed })}</td>
    </>
  );

  return (
    <AdminPage account={me} title={t('nav')}>
      <p>{t('intro')}</p>
      {state.status === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {state.status === 'error' ? <LoadProblem text={t('loadFailed')} onRetry={() => void load()} /> : null}
      {state.status === 'ready' && state.booths.length === 0 ? <p>{t('empty')}</p> : null}
      {state.status === 'ready' && state.booths.length > 0 ? (
        <div className="sales-table-scroll" role="region" aria-label={t('caption')} tabIndex={0}>
          <table className="sales-table">
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('booth')}</th>
                <th scope="col">{t('confirmedOrders')}</th>
                <th scope="col">{t('confirmedWon')}</th>
                <th scope="col">{t('reservedOrders')}</th>
                <th scope="col">{t('reservedWon')}</th>
                <th scope="col">{t('cancelledOrders')}</th>
              </tr>
            </thead>
            <tbody>
              {state.booths.map((b) => (
                <tr key={b.boothId}>
                  <th scope="row">{nameOf(b.boothId)}</th>
                  {cells(b)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('total')}</th>
                {cells(salesTotal(state.booths))}
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
    </AdminPage>
  );
}
