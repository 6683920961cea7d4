/** Loading-screen strings of the 3D world (the scene engineer's; en in scene-en.ts). */
export const sceneKo = {
  progressLabel: '3D 전시관 불러오기',
  stageEngine: '3D 엔진',
  stageCatalogue: '전시 내용',
  stageFont: '안내판 글꼴',
  stageSigns: '안내판 배치',
  stageFrame: '첫 화면',
  stageDone: '완료',
  stageWaiting: '대기',
  errorTitle: '3D 전시관을 열지 못했습니다.',
  retry: '다시 시도',
  /** 시웃이's speech bubble in the plaza: an interface sentence, never a line the brochure gives him. */
  mascotBubble: '어디로 갈까?',
  /** Title of the plaza's directory board (arrows to every hall and zone). */
  directoryTitle: '길 안내',
  /** The plaza's info desk sign (its panel gives the center's introduction and contacts). */
  infoDeskSign: '안내',
  toList: '목록으로 보기',
} as const;
