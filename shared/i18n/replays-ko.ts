/** Korean for namespace 'replays': a booth's recorded lives, in the world's booth panel and on /list's booth page. */
export const replaysKo = {
  title: '다시보기',
  videoLabel: '{{date}} 라이브 다시보기',
  length: '길이 {{length}}',
  tagsTitle: '방송 중 소개한 상품',
  tagJump: '{{time}} {{name}}, 이 장면부터 재생',
};
