/** Korean for namespace 'liveNow': lives on air now (landing page, /list, the world) and 알림 받기. */
export const liveNowKo = {
  title: '지금 라이브',
  listLabel: '지금 방송 중인 라이브',
  viewers: '{{count}}명 시청 중',
  reconnecting: '잠시 후 이어집니다',
  since: '{{time}} 시작',
  pinned: '판매 중: {{name}} {{price}}원',
  openInWorld: '3D 전시장에서 보기',
  openInList: '목록에서 보기',
  alertAsk: '방송 시작 알림 받기',
  alertHint: '이 페이지를 열어 두면 방송이 시작될 때 알려 드립니다.',
  alertOn: '방송이 시작되면 알려 드립니다.',
  alertStarted: '{{booth}} 라이브가 시작되었습니다',
  ended: '{{booth}} 라이브가 끝났습니다',
  alertWatch: '보러 가기',
  alertDismiss: '닫기',
  notificationBody: '지금 보러 가세요.',
};
