import { describe, expect, it } from 'vitest';
import { bannedWordsFrom, DEFAULT_BANNED_WORDS } from '../../server/chat/bannedWords.ts';
import { sanitizeChatText } from '../../shared/chat/rules.ts';
import { mulberry32, randomInt } from '../../shared/net/prng.ts';
import { compileBannedWords, maskBannedWords } from '../../shared/text/wordMask.ts';

const builtIn = compileBannedWords(DEFAULT_BANNED_WORDS);
/** What a chat line becomes on the server: sanitised (as the chat service does), then masked. */
const say = (raw: string, matcher = builtIn): string => {
  const r = sanitizeChatText(raw);
  if (!r.ok) throw new Error(`refused: ${raw}`);
  return maskBannedWords(r.value, matcher);
};
const codePoints = (s: string): number => [...s].length;

describe('banned words: dodges are masked', () => {
  it('masks the built-in words through invisible characters', () => {
    for (const inv of ['\u200d', '\ufe0f', '\u034f', '\u{e0020}', '\u3164', '\u115f', '\uffa0']) {
      expect(say(`야 시${inv}발 진짜`), inv.codePointAt(0)!.toString(16)).toBe('야 ** 진짜');
    }
  });

  it('masks punctuation, digits and symbols inside a word, masking them too', () => {
    expect(say('시.발')).toBe('***');
    expect(say('시1발')).toBe('***');
    expect(say('이런 시~발 뭐야')).toBe('이런 *** 뭐야');
    expect(say('f.u.c.k this')).toBe('******* this');
    expect(say('f-u-c-k')).toBe('*******');
    expect(say('병😡신')).toBe('***');
  });

  it('masks spelled-out jamo, full-width, mathematical and accented letters, look-alikes and leetspeak', () => {
    expect(say('ㅅㅣㅂㅏㄹ')).toBe('*****');
    expect(say('ㅅㅣ발 진짜')).toBe('*** 진짜'); // one * per character typed
    expect(say('ｆｕｃｋ')).toBe('****');
    expect(say('𝐟𝐮𝐜𝐤 off')).toBe('**** off');
    expect(say('fück')).toBe('****');
    expect(say('fu\u0308ck')).toBe('****'); // the combining mark goes with the letter
    expect(say('fuсk')).toBe('****'); // Cyrillic с
    expect(say('ꜱʜɪᴛ')).toBe('****');
    expect(say('sh1t')).toBe('****');
    expect(say('What the FUCK')).toBe('What the ****');
  });

  it('masks words spaced out letter by letter', () => {
    expect(say('시 발')).toBe('* *');
    expect(say('f u c k')).toBe('* * * *');
    expect(say('개 새 끼들')).toBe('* * *들');
    expect(say('ㅅ ㅂ')).toBe('* *');
  });

  it('masks the original characters in place and keeps the line’s shape', () => {
    const text = '오늘 씨발 날씨 shit';
    const masked = say(text);
    expect(masked).toBe('오늘 ** 날씨 ****');
    expect(codePoints(masked)).toBe(codePoints(text));
    // the masked line matches nothing any more
    expect(say(masked)).toBe(masked);
  });

  it('masks the configured extras (BANNED_WORDS) the same way', () => {
    const m = compileBannedWords(bannedWordsFrom('바보, spam ,'));
    expect(say('너 바보야', m)).toBe('너 **야');
    expect(say('너 바 보야', m)).toBe('너 * *야'); // a particle may follow the spaced-out word
    expect(say('너 바\u200b보', m)).toBe('너 **');
    expect(say('ＳＰＡＭ and s.p.a.m', m)).toBe('**** and *******');
    expect(say('씨발', m)).toBe('**'); // the built-in list still applies
  });
});

describe('banned words: ordinary text is left alone', () => {
  const everyday = [
    '안녕하세요! 반갑습니다 😊',
    '이 부스는 몇 시에 열어요?',
    '오후 3시 발표 꼭 보러 갈게요.',
    '두 시 발표회는 어디서 해요?',
    '이번 시 발표회 일정 알려주세요',
    '1시, 2시, 3시 발대식 합니다',
    '아저씨 바로 옆 부스예요.',
    '김씨 바쁘세요?',
    '수박 씨 바르기 체험 있어요?',
    '물 한 병 신청할게요',
    '도시·발전 포럼은 몇 층인가요?',
    '지난 시간에 발표한 내용 좋았어요',
    '입장료는 3,000원이에요.',
    '커피 한 잔에 4,500원, 쿠키는 2,000원입니다.',
    '10:30부터 12:00까지 운영해요.',
    '시웃이랑 사진 찍고 싶어요 📸',
    '사회적경제 부스 어디 있나요?',
    '공정무역 커피 정말 맛있네요 ☕️',
    'Bucheon Social Economy Center 맞죠?',
    '박 지 성 선수 팬이에요',
    '홍 길동 님 안녕하세요',
    '미친 듯이 재밌어요!',
    '2023년에 시작한 프로그램이에요.',
    '감사합니다 🙏🏻 또 올게요!',
    '가족 👨‍👩‍👧 다 같이 왔어요',
    'ㅋㅋㅋ 너무 귀여워요 ㅎㅎ',
    'ㅠㅠ 벌써 끝났어요?',
    '화장실은 어디예요?',
    '엘리베이터 앞에서 기다릴게요.',
    'Wi-Fi 비밀번호 알려주세요',
    'QR 코드 찍으면 할인돼요?',
    '주차는 B2층에 하시면 돼요.',
    'Can I pay by card? 카드 돼요?',
    '세 시 반에 봐요',
    '이 시 발췌한 거예요?',
    '좋은 시. 발 조심하세요',
    'That was sad, but it\u2019s hit or miss.',
    'Classic bass guitar at booth 7',
    '개 산책 가능한가요? 🐕',
    '🇰🇷 대한민국 화이팅',
  ];

  it(`leaves ${everyday.length} everyday lines byte-identical`, () => {
    expect(everyday.length).toBeGreaterThanOrEqual(30);
    const m = compileBannedWords(bannedWordsFrom('바보, spam'));
    for (const line of everyday) {
      expect(sanitizeChatText(line)).toEqual({ ok: true, value: line }); // the fixture is already clean
      expect(maskBannedWords(line, m), line).toBe(line);
    }
  });

  it('does not join the letters of two words across a space, a middle dot or a sentence end', () => {
    const m = compileBannedWords(['시발', 'ass']);
    expect(maskBannedWords('3시 발표', m)).toBe('3시 발표'); // the first letter does not start a word
    expect(maskBannedWords('두 시 발표', m)).toBe('두 시 발표'); // the last letter does not end one
    expect(maskBannedWords('도시·발전', m)).toBe('도시·발전'); // two nouns joined
    expect(maskBannedWords('시. 발', m)).toBe('시. 발'); // two sentences
    expect(maskBannedWords('was sad', m)).toBe('was sad'); // Latin letters split by a space must each stand alone
    expect(maskBannedWords('a s s', m)).toBe('* * *');
  });

  it('still matches inside a word, by design (Korean glues particles on)', () => {
    const m = compileBannedWords(['ass', '시발']);
    expect(maskBannedWords('classy', m)).toBe('cl***y');
    expect(maskBannedWords('시발놈아', m)).toBe('**놈아');
  });
});

describe('banned words: the list', () => {
  it('prefers the longer of overlapping words', () => {
    expect(maskBannedWords('개새끼 개', compileBannedWords(['개', '개새끼']))).toBe('*** *');
  });

  it('matches a listed word by its letters, digits and symbols; spaces and punctuation in it are optional', () => {
    const m = compileBannedWords(['바 보', 'a-b', '😈x']);
    expect(maskBannedWords('너 바보', m)).toBe('너 **');
    expect(maskBannedWords('ab a.b', m)).toBe('** ***');
    const text = 'hi 😈X there 😈x';
    expect(maskBannedWords(text, m)).toBe('hi ** there **');
    expect(maskBannedWords(text, m)).toBe('hi ** there **'); // no state carried between calls
  });

  it('leaves text alone with an empty or blank list', () => {
    expect(compileBannedWords([' ', '', '...']).root).toBeNull();
    expect(maskBannedWords('anything', compileBannedWords([]))).toBe('anything');
  });
});

/** Masking only turns visible characters into '*' and drops invisible ones and marks; all else stays, in order. */
function onlyMasks(text: string, masked: string): boolean {
  const a = [...text];
  const b = [...masked];
  let j = 0;
  for (const ch of a) {
    if (b[j] === ch) j++;
    else if (/[\p{M}\p{Default_Ignorable_Code_Point}]/u.test(ch)) continue;
    else if (b[j] === '*' && !/\s/u.test(ch)) j++;
    else return false;
  }
  return j === b.length;
}

describe('banned words: fuzz', () => {
  it('never splits a character, and only masks (seeded)', () => {
    const rng = mulberry32(7);
    // Letters of listed words and everything that may sit between them.
    const alphabet = [...'시발씨병신개새끼ㅅㅂㅣㅏㄹ fuckshitFUCK.,!?1·-*', '\u200d', '\ufe0f', '\u034f', '\u{e0020}', '\u3164', '\u0301', '𝐟', '😈', '👍🏽', '가', '요'];
    let maskedLines = 0;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let i = randomInt(rng, 0, 24); i > 0; i--) text += alphabet[randomInt(rng, 0, alphabet.length - 1)];
      const masked = maskBannedWords(text, builtIn);
      expect(/\p{Cs}/u.test(masked), JSON.stringify(text)).toBe(false);
      expect(onlyMasks(text, masked), `${JSON.stringify(text)} → ${JSON.stringify(masked)}`).toBe(true);
      if (masked !== text) maskedLines++;
    }
    expect(maskedLines).toBeGreaterThan(50); // the alphabet does spell listed words
  });
});
