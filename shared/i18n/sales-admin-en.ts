import type { adminSalesKo } from './sales-admin-ko.ts';

/** English for namespace 'adminSales'; the type makes a missing key a compile error. */
export const adminSalesEn: { [K in keyof typeof adminSalesKo]: string } = {
  nav: 'Sales',
  intro: 'Orders and amounts per booth. Confirmed: the seller saw the transfer or delivered. Reserved: still waiting for the seller to confirm.',
  loading: 'Loading the sales…',
  loadFailed: 'The sales could not be loaded. Please try again shortly.',
  empty: 'Nothing is on sale yet.',
  caption: 'Sales per booth',
  booth: 'Booth',
  confirmedOrders: 'Confirmed orders',
  confirmedWon: 'Confirmed amount',
  reservedOrders: 'Reserved orders',
  reservedWon: 'Reserved amount',
  cancelledOrders: 'Cancelled or expired',
  total: 'Total',
  orders: '{{count}}',
  won: '₩{{price}}',
};
