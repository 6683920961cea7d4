/** Korean for namespace 'adminSales': /admin's sales per booth (loaded with /admin only). */
export const adminSalesKo = {
  nav: '판매',
  intro: '부스별 주문과 금액입니다. 확정은 판매자가 입금이나 배송을 확인한 주문, 예약 중은 아직 확인을 기다리는 주문입니다.',
  loading: '판매 현황을 불러오는 중입니다.',
  loadFailed: '판매 현황을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.',
  empty: '아직 판매 상품이 없습니다.',
  caption: '부스별 판매 현황',
  booth: '부스',
  confirmedOrders: '확정 주문',
  confirmedWon: '확정 금액',
  reservedOrders: '예약 중 주문',
  reservedWon: '예약 중 금액',
  cancelledOrders: '취소·만료',
  total: '합계',
  orders: '{{count}}건',
  won: '{{price}}원',
};
