import type { inquiryKo } from './inquiry-ko.ts';

/** English for namespace 'inquiry'; the type makes a missing key a compile error. */
export const inquiryEn: { [K in keyof typeof inquiryKo]: string } = {
  openConsultation: 'Request a consultation',
  openPurchase: 'Purchase inquiry',
  openSos: 'Request SOS consulting',
  actionsLabel: 'Contact',
  loadingForm: 'Opening the form…',
  purpose_consultation: 'Confirming and answering the consultation request',
  purpose_purchase: "Confirming and answering the purchase inquiry; the center's priority-purchase statistics",
  purpose_provision: 'So that the enterprise you asked can answer you directly',
  item_name: 'name',
  item_contact: 'contact (email or phone)',
  item_message: 'message',
  item_organisation: 'organisation',
  item_purpose: 'purpose of purchase',
  item_quantity: 'quantity',
  item_budget: 'budget',
  item_wantedBy: 'date wanted',
  itemsJoin: ', ',
  kind_consultation: 'consultation request',
  kind_purchase: 'purchase inquiry',
  kind_sos: 'SOS consulting',
  status_new: 'New',
  status_answered: 'Answered',
  status_closed: 'Closed',
};
