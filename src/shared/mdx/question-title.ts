/**
 * A question's title when the editorial file gives it no topic: the sentence that asks, not the
 * greeting, thanks or introduction a reporter opens with, cut to fit at a clause or word boundary.
 */

/** The longest title, in characters, ellipsis included. */
export const TITLE_LENGTH = 24;
/** How much of a question is read for its title: the asking sentence comes early, and a huge paragraph must not cost more. */
const READ_LIMIT = 4000;

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const CLOSING = new Set(['”', '’', '」', '』', '）', ')']);
const CLAUSE_END = new Set(['，', ',', '；', ';', '：', ':']);
const LIST_COMMA = '、';

// `郑主任您好。`, `司长，你好。`, `总理好。`, `大家上午好！`
const GREETING = /^[^。！？!?]{0,12}好[。！!]?$/u;
// `谢谢。`, `谢谢主持人。`, `感谢您。`
const THANKS = /^(?:谢谢|謝謝|感谢|感謝|多谢|多謝)[^。！？!?]{0,10}[。！!]?$/u;
// `我是新华社记者。`, `我有两个问题。`, `我的问题是关于台湾的。`
const INTRODUCTION = /^(?:我是|我来自|我來自|我的问题|我的問題|我有|我想(?:问|問|提))[^？?]{0,40}[。！!：:]$/u;
// A clause that only leads in to the question: `首先请您介绍一下，`, `对此，`, `第一，`, `我想请问，`
const LEAD_IN_CLAUSE =
  /^(?:首先|另外|其次|还有|還有|此外|最后|最後|那么|那麼|对此|對此|第[一二三四五六七八九十]+|[一二三四五]是)?(?:我?(?:想|要)?(?:请问|請問|问一下|問一下|请教|請教|了解一下)|请您?(?:介绍|介紹|谈谈|談談|讲讲|講講)一下|我的(?:第[一二三]个|第[一二三]個)?(?:问题|問題)是)?[，,：:]$/u;
// A clause that only names whom the question is for: `马部长，`, `想問局長，`.
const ADDRESS_CLAUSE = /^(?:请问|請問|想问|想問|问|問)?\p{Script=Han}{0,3}?(?:部长|部長|主任|局长|局長|司长|司長|总理|總理|发言人|發言人|大使|主席|行长|行長|署长|署長|市长|市長|省长|省長)[，,：:]$/u;
const ASKS = /请问|請問/u;
const ENDS_ASKING = /[？?][”’」』）)]*$/u;
/** An ask shorter than this says little on its own (`进展如何？`, `中方对此有何评论？`): what it asks about says more. */
const GENERIC_LENGTH = 10;
// How a reporter introduces what the question is about: `有报道说，`, `据了解，`.
const REPORTED = /^(?:有媒体报道|有媒體報導|有报道说|有报道称|有報導說|有報導稱|有报道|有報導|据报道|據報道|據報導|据了解|據了解|据悉|據悉|我们注意到|我們注意到|有消息说|有消息稱|有消息称)[，,：:]?/u;

/** Split text into sentences, each with its closing punctuation and quotes. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let current = '';
  const characters = [...text];
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index] ?? '';
    current += character;
    if (!SENTENCE_END.has(character)) continue;
    while (index + 1 < characters.length && (CLOSING.has(characters[index + 1] ?? '') || SENTENCE_END.has(characters[index + 1] ?? ''))) {
      current += characters[++index];
    }
    sentences.push(current.trim());
    current = '';
  }
  if (current.trim()) sentences.push(current.trim());
  return sentences.filter((sentence) => sentence.length > 0);
}

/** Split a sentence into clauses, each with the comma, semicolon or colon that ends it. */
function clausesOf(sentence: string): string[] {
  return sentence.match(/[^，,；;：:]+[，,；;：:]?|[，,；;：:]/gu) ?? [];
}

/** Tell whether a sentence only greets, thanks or introduces the reporter. */
function isPreamble(sentence: string): boolean {
  return GREETING.test(sentence) || THANKS.test(sentence) || INTRODUCTION.test(sentence);
}

/** Drop the clauses that lead in to the question, and a `请问` that opens what is left. */
function withoutLeadIn(sentence: string): string {
  const clauses = clausesOf(sentence);
  while (clauses.length > 1 && (LEAD_IN_CLAUSE.test(clauses[0] ?? '') || ADDRESS_CLAUSE.test(clauses[0] ?? ''))) clauses.shift();
  const rest = clauses.join('');
  const asked = /^.{0,12}?(?:请问|請問)[，,：:]?/u.exec(rest);
  return asked && [...rest].length - [...asked[0]].length >= 4 ? rest.slice(asked[0].length) : rest;
}

/** Cut a sentence to the title length at the last clause or word boundary that fits, and mark the cut. */
function cut(sentence: string): string {
  const characters = [...sentence];
  if (characters.length <= TITLE_LENGTH) return sentence;
  const budget = TITLE_LENGTH - 1;
  // A question's asking clause is its last: keep it whole when it fits, and says enough.
  if (ENDS_ASKING.test(sentence)) {
    const clauses = clausesOf(sentence);
    for (let start = 1; start < clauses.length; start++) {
      const tail = clauses.slice(start).join('').replace(/^(?:请问|請問)[，,：:]?/u, '');
      if ([...tail].length <= TITLE_LENGTH && [...tail].length >= GENERIC_LENGTH) return tail;
    }
  }
  const head = characters.slice(0, TITLE_LENGTH * 2).join('');
  let clauseEnd = 0;
  let wordEnd = 0;
  let position = 0;
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(head)) {
    const length = [...segment].length;
    if (position + length > budget) break;
    position += length;
    if (CLAUSE_END.has(segment) || segment === LIST_COMMA) clauseEnd = position;
    wordEnd = position;
  }
  const end = clauseEnd >= budget / 2 ? clauseEnd : wordEnd > 0 ? wordEnd : budget;
  const kept = characters.slice(0, end).join('').replace(/[，,、；;：:\s]+$/u, '');
  return `${kept}…`;
}

/** Give a question's title: the sentence that asks (with what it asks about when it says little alone), without greetings and lead-ins, cut to fit at a word boundary. */
export function questionTitle(text: string): string {
  const sentences = sentencesOf(text.slice(0, READ_LIMIT));
  const candidates = sentences.filter((sentence) => !isPreamble(sentence));
  const asking =
    candidates.find((sentence) => ASKS.test(sentence)) ??
    candidates.find((sentence) => ENDS_ASKING.test(sentence)) ??
    candidates[0];
  if (asking === undefined) return cut(sentences[0] ?? '');
  const asked = withoutLeadIn(asking);
  const context = candidates[candidates.indexOf(asking) - 1];
  if ([...asked].length >= GENERIC_LENGTH || context === undefined || ENDS_ASKING.test(context)) return cut(asked);
  // A short ask is titled with what it asks about: both when they fit, else the subject alone.
  const about = context.replace(REPORTED, '').replace(/[。！!]$/u, '');
  const both = `${about}，${asked}`;
  return [...both].length <= TITLE_LENGTH ? both : cut(about);
}
