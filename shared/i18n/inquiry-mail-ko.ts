/**
 * What the server writes about inquiries: the mails (plain text) and the CSV export's headers. Apart
 * from inquiry-ko.ts so the client's bundle does not carry them; the kinds, statuses and field
 * labels they use come from there. English in inquiry-mail-en.ts.
 */
export const inquiryMailKo = {
  mail_newSubject: '[시웃월드] 새 {{kind}} {{reference}}',
  mail_newBody:
    '시웃월드에서 새 {{kind}}이(가) 왔습니다.\n\n접수 번호: {{reference}}\n부스: {{booth}}\n이름: {{name}}\n연락처: {{contact}}\n\n{{message}}\n{{details}}\n스튜디오의 문의함에서 답변 상태를 바꿀 수 있습니다.\n개인정보는 {{date}}에 자동으로 파기됩니다. 문의에 답하는 데에만 사용해 주세요.',
  mail_receiptSubject: '[시웃월드] {{kind}} 접수 확인 {{reference}}',
  mail_receiptBody:
    '{{name}}님, 문의가 접수되었습니다.\n\n접수 번호: {{reference}}\n받는 곳: {{recipient}}\n\n{{message}}\n\n남겨 주신 연락처로 답변드립니다.\n개인정보는 {{date}}까지 보관한 뒤 자동으로 파기합니다. 그 전에 삭제를 원하시면 접수 번호와 함께 {{centerEmail}}로 요청해 주세요.',
  mail_detailLine: '{{label}}: {{value}}',
  csv_reference: '접수 번호',
  csv_createdAt: '접수 일시',
  csv_kind: '종류',
  csv_booth: '부스',
  csv_status: '상태',
  csv_name: '이름',
  csv_email: '이메일',
  csv_phone: '전화번호',
  csv_message: '문의 내용',
  csv_organisation: '기관명',
  csv_purpose: '구매 목적',
  csv_quantity: '수량',
  csv_budget: '예산(원)',
  csv_wantedBy: '희망 납품일',
  csv_erasedAt: '개인정보 파기 일시',
};
