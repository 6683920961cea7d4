/**
 * /studio, where enterprise members keep their booths (made for a phone): a lazy chunk of its own
 * behind the sign-in gate. "My booths" lists the account's booths; /studio/booths/:id is the booth
 * editor (editor/); …/listings and …/orders what the booth sells and its orders (orders/).
 */
import '../account/i18n.ts';
import './i18n.ts';
import '../account/account.css';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RequireAccount } from '../account/Gate.tsx';
import { BoothEditorRoute } from './editor/BoothEditor.tsx';
import { InboxRoute } from '../inquiry/inbox/InboxRoute.tsx';
import { MyBooths } from './MyBooths.tsx';
import { ListingsRoute } from './orders/ListingsRoute.tsx';
import { OrdersRoute } from './orders/OrdersRoute.tsx';
import { BoothAnalyticsRoute } from './analytics/BoothAnalyticsRoute.tsx';

export default function StudioApp() {
  const { t } = useTranslation();
  return (
    <RequireAccount title={t('studio:title')}>
      {(me) => (
        <Routes>
          <Route path="booths/:id" element={<BoothEditorRoute me={me} />} />
          <Route path="booths/:id/inquiries" element={<InboxRoute me={me} />} />
          <Route path="booths/:id/listings" element={<ListingsRoute me={me} />} />
          <Route path="booths/:id/orders" element={<OrdersRoute me={me} />} />
          <Route path="booths/:id/analytics" element={<BoothAnalyticsRoute me={me} />} />
          <Route path="*" element={<MyBooths me={me} />} />
        </Routes>
      )}
    </RequireAccount>
  );
}
