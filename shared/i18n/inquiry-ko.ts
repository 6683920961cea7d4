/**
 * Inquiries in every visitor's page (namespace 'inquiry'): the buttons under a booth, kinds and
 * statuses, and the notices' purposes and items (the form and /privacy both state them). The form's
 * own sentences load with it (inquiry-form-*). English in inquiry-en.ts.
 */
export const inquiryKo = {
  openConsultation: '상담 신청',
  openPurchase: '구매 문의',
  openSos: 'SOS 컨설팅 신청',
  actionsLabel: '문의하기',
  loadingForm: '신청서를 여는 중…',
  purpose_consultation: '상담 신청의 확인과 답변',
  purpose_purchase: '구매 문의의 확인과 답변, 센터의 우선구매 실적 집계',
  purpose_provision: '문의한 기업이 직접 답변하기 위함',
  item_name: '이름',
  item_contact: '연락처(이메일 또는 전화번호)',
  item_message: '문의 내용',
  item_organisation: '기관명',
  item_purpose: '구매 목적',
  item_quantity: '수량',
  item_budget: '예산',
  item_wantedBy: '희망 납품일',
  itemsJoin: ', ',
  kind_consultation: '상담 신청',
  kind_purchase: '구매 문의',
  kind_sos: 'SOS 컨설팅',
  status_new: '새 문의',
  status_answered: '답변함',
  status_closed: '종료',
};
