/**
 * Friendly, bilingual texts for refused chat actions. The client may show its own i18n string for
 * the code; these exist so a line is never refused without a sentence a person understands.
 */
export const CHAT_ERROR_CODES = ['rateLimited', 'slowMode', 'networkBusy', 'tooLong', 'empty', 'muted', 'banned', 'invalid', 'notAtBooth', 'notFound'] as const;
export type ChatErrorCode = (typeof CHAT_ERROR_CODES)[number];

export interface ChatError {
  code: ChatErrorCode;
  /** How long until the same action would be accepted, when that is known. */
  retryAfterMs?: number;
  message: { ko: string; en: string };
}

const secs = (ms: number | undefined) => Math.max(1, Math.ceil((ms ?? 1000) / 1000));

const TEXTS: Record<ChatErrorCode, (retryMs: number | undefined) => { ko: string; en: string }> = {
  rateLimited: (ms) => ({ ko: `메시지를 너무 빨리 보내고 있어요. ${secs(ms)}초 뒤에 다시 보내 주세요.`, en: `You're sending messages too fast. Try again in ${secs(ms)} s.` }),
  slowMode: (ms) => ({ ko: `전체 채팅은 천천히 모드예요. ${secs(ms)}초 뒤에 보낼 수 있어요.`, en: `Hall chat is in slow mode. You can send again in ${secs(ms)} s.` }),
  networkBusy: (ms) => ({ ko: `같은 네트워크에서 한꺼번에 많이 보내고 있어요. ${secs(ms)}초 뒤에 다시 보내 주세요.`, en: `Many people on your network are sending at once. Try again in ${secs(ms)} s.` }),
  tooLong: () => ({ ko: '메시지는 300자까지 보낼 수 있어요.', en: 'Messages can be up to 300 characters.' }),
  empty: () => ({ ko: '빈 메시지는 보낼 수 없어요.', en: "Empty messages can't be sent." }),
  muted: (ms) => ({ ko: `운영자가 채팅을 잠시 막았어요. ${Math.ceil(secs(ms) / 60)}분 뒤에 다시 쓸 수 있어요.`, en: `A moderator muted your chat. You can write again in ${Math.ceil(secs(ms) / 60)} min.` }),
  banned: () => ({ ko: '이 전시장에 들어올 수 없도록 제한되었어요.', en: 'You have been banned from this hall.' }),
  invalid: () => ({ ko: '보낼 수 없는 메시지예요.', en: "This message can't be sent." }),
  notAtBooth: () => ({ ko: '부스 채팅은 부스 안에 있을 때만 쓸 수 있어요.', en: 'Booth chat works only while you are at a booth.' }),
  notFound: () => ({ ko: '그 메시지를 찾을 수 없어요.', en: "That message can't be found." }),
};

export function chatError(code: ChatErrorCode, retryAfterMs?: number): ChatError {
  const e: ChatError = { code, message: TEXTS[code](retryAfterMs) };
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs)) e.retryAfterMs = Math.max(0, Math.ceil(retryAfterMs));
  return e;
}
