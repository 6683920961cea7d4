/** 3D world UI strings (namespace 'world'). Owned by the world engineers; en in world-en.ts. */
export const worldKo = {
  loading: '3D 전시관을 불러오는 중입니다…',
  enter: '입장하기',

  // HUD chrome
  hudLabel: '전시관 도구',
  toList: '목록 보기',
  toListHint: '3D 없이 전시 내용을 목록으로 봅니다',

  // Booth prompt and dialog
  promptOpen: '부스 열기',
  promptKeys: 'E 또는 Enter',
  promptTap: '눌러서 열기',
  dialogClose: '닫기',
  dialogCloseHint: 'Esc 키로도 닫을 수 있습니다',
  boothNotFoundTitle: '부스를 찾을 수 없습니다',
  boothNotFoundBody: '‘{{id}}’ 부스는 이 전시관에 없습니다. 지도나 검색으로 다른 부스를 찾아 보세요.',

  // Mini-map
  mapTitle: '전시관 지도',
  mapShow: '지도 펼치기',
  mapHide: '지도 접기',
  mapYouAreHere: '현재 위치',
  mapGoAreas: '구역으로 이동',
  mapGoBooths: '부스로 이동',
  mapBooths: '부스',

  // Search
  searchMoved: '{{name}}(으)로 이동했습니다',

  // Controls help
  helpButton: '조작 방법',
  helpTitle: '조작 방법',
  helpIntro: '걸어 다니며 부스를 둘러보세요. 부스 앞에 서면 안내가 나타납니다.',
  helpKeyboard: '키보드',
  helpMouse: '마우스',
  helpTouch: '터치',
  helpMove: '걷기',
  helpMoveArrows: '걷기 (화살표 키)',
  helpRun: '누른 채로 달리기',
  helpInteract: '가까운 부스 열기',
  helpHelp: '이 도움말 열기·닫기',
  helpClose: '창 닫기',
  helpClickFloor: '바닥을 클릭하면 그곳으로 걸어갑니다',
  helpDragLook: '끌어서 주위를 둘러봅니다',
  helpClickBooth: '부스를 클릭하면 열립니다',
  helpJoystick: '왼쪽 아래 조이스틱을 밀어서 걷습니다 (끝까지 밀면 달리기)',
  helpTapFloor: '바닥을 누르면 그곳으로 걸어갑니다',
  helpSwipeLook: '화면을 밀어서 주위를 둘러봅니다',
  helpTapBooth: '부스를 누르면 열립니다',
  helpMapHint: '지도에서 구역이나 부스를 누르면 바로 이동합니다.',
  helpStart: '시작하기',

  // Joystick
  joystickLabel: '이동 조이스틱',
  joystickHint: '끌어서 걷기',
} as const;
