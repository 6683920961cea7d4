/** /studio, where enterprise members keep their booths (namespace 'studio'). English in studio-en.ts. */
export const studioKo = {
  title: '내 부스',
  lead: '맡은 부스를 여기서 관리합니다.',
  empty: '아직 맡은 부스가 없습니다. 센터에 초대 링크를 요청하세요.',
  staffNote: '스태프 계정에는 맡은 부스가 없습니다. 부스와 계정은 관리 화면에서 관리합니다.',
  toAdmin: '관리 화면으로',
  edit: '부스 편집',
  viewInWorld: '전시관에서 보기',
  viewInList: '목록에서 보기',
  boothMissing: '전시에서 빠진 부스입니다 ({{id}}). 센터에 문의해 주세요.',
};
