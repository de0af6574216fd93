import { datelineOf } from '../../shared/transcript/dateline';

/**
 * The shapes a speaker label takes at the start of a paragraph, and the grammar of label words:
 * `王毅：…`, `问：`, `[许岚]：`, `【张晓峰】…`, `国家统计局副局长 郑和平：` (on a line of its own),
 * `林远首先发布消息：`, `问 今年的论坛…`. A shape only says a line may start with a label; whether it does
 * is decided from the whole transcript (`reading.ts`). Every pattern is anchored and bounded.
 */

/** A speaker label read off the start of a paragraph. */
export interface SpeakerLabel {
  /** The label as printed, without brackets, colon or invisible characters (`主持人 许岚`). */
  label: string;
  /** The paragraph after the label ('' when the label stands alone). */
  rest: string;
  /**
   * How the label is printed: plain with a colon, in brackets, with a title and a name, as an
   * announcement, or as a question/answer marker without a colon (`问 今年…`, `Q1. …`).
   */
  form: 'plain' | 'bracket' | 'titled' | 'announces' | 'marker' | 'line';
}

/** A colon, full-width or half-width, or one of its look-alikes (`∶` U+2236, `︰` U+FE30, `﹕` U+FE55). */
export const COLON = '[：:∶︰﹕]';
// Characters no one sees, which copies from web pages leave inside labels.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
// Sentence punctuation and brackets that never occur inside a plain label.
const NOT_IN_LABEL = String.raw`，。！？；：∶︰﹕“”‘’「」『』,!?;:\[\]【】［］/\\`;
const PLAIN = new RegExp(String.raw`^([^${NOT_IN_LABEL}]{1,48}?)[ \u3000]{0,3}(${COLON})`, 'u');
// A title (may hold 、 and brackets), a space, a name: `十四届全国人大二次会议新闻中心副主任、新闻发言人 田野：`.
const TITLED = new RegExp(String.raw`^([^\s，。！？；：“”‘’「」『』,.!?;:]{1,60}[ \u3000]{1,3}[\p{Script=Han}·]{2,6})[ \u3000]{0,3}(${COLON})`, 'u');
// `[许岚]：`, `［主持人 许岚］：`, `【张晓峰】…` (the portal layout prints no colon); never a Markdown link `[…](…)`.
const BRACKETED = new RegExp(String.raw`^[[［【]([^\]］】\d：:，。！？]{1,40})[\]］】](?![(（])\s{0,2}(?:${COLON})?\s{0,2}`, 'u');
const QUOTING_REPORTER = new RegExp(String.raw`^([^“”「」『』${NOT_IN_LABEL}][^${NOT_IN_LABEL.replace('“”‘’「」『』', '')}]{0,60}?(?:记者|記者|采访人员|採訪人員))[ \u3000]{0,3}(${COLON})`, 'u');
// `林远首先发布消息：`: a spokesperson's announcements.
const ANNOUNCES = new RegExp(
  String.raw`^(\p{Script=Han}{2,4}?)(?:首先|先)?(?:发布|發佈|發布|宣布|介绍|介紹)(?:消息|以下消息|一则消息|一條消息|几条消息|幾條消息)?${COLON}`,
  'u',
);
// `问 今年…`, `问1．…`, `Q1. …`, `Q This year's…`, `答 …`: a question or answer marker without a colon.
const MARKER = /^((?:问|問|答|Q|A)\d{0,3})(?:[ \u3000]{1,3}|[.．、:：∶︰﹕][ \u3000]{0,3})(?=\S)/u;
// `问今年的论坛…`: a marker glued to its text, a label only where the transcript shows the layout.
const GLUED_MARKER = /^(问|問|答)(?=\p{Script=Han})/u;
// `实录如下：`, `以下是记者会问答全文：`: a line that introduces the record, spoken by nobody.
const INTRODUCES = /^(?:以下(?:是|为|為|係)|下面是|现将|現將)|(?:如下|全文|实录|實錄)[：:]$/u;
const HAN = /\p{Script=Han}/u;

/** Tell whether text holds a Chinese character. */
export function holdsHan(text: string): boolean {
  return HAN.test(text);
}

/** Remove the invisible characters a label may hold (a zero-width space copied from a web page). */
export function visibleLabel(label: string): string {
  return label.replace(INVISIBLE, '').trim();
}

/** Read the speaker label at the start of a paragraph, if it may have one. */
export function speakerLabelOf(text: string): SpeakerLabel | null {
  // `新华社北京5月1日电 王毅表示：…` is a dateline, not a title and a name.
  if (INTRODUCES.test(text) || datelineOf(text)) return null;
  const bracketed = BRACKETED.exec(text);
  if (bracketed?.[1] && HAN.test(bracketed[1])) {
    return { label: visibleLabel(bracketed[1]), rest: text.slice(bracketed[0].length), form: 'bracket' };
  }
  const announces = ANNOUNCES.exec(text);
  if (announces?.[1]) return { label: announces[1], rest: text.slice(announces[0].length).trimStart(), form: 'announces' };
  const titled = TITLED.exec(text);
  if (titled?.[1] && (titled[2] !== ':' || HAN.test(titled[1]))) {
    return { label: visibleLabel(titled[1]).replace(/[ \u3000]+/gu, ' '), rest: text.slice(titled[0].length).trimStart(), form: 'titled' };
  }
  // `中央广播电视总台央视新闻新媒体中心“两会你问我答”栏目记者：`: a reporter's label may quote a programme's name.
  const reporter = QUOTING_REPORTER.exec(text);
  if (reporter?.[1]) return { label: visibleLabel(reporter[1]), rest: text.slice(reporter[0].length).trimStart(), form: 'plain' };
  const plain = PLAIN.exec(text);
  if (plain?.[1] && plainLabelFits(plain[1], plain[2] ?? '', text.slice(plain[0].length))) {
    return { label: visibleLabel(plain[1]), rest: text.slice(plain[0].length).trimStart(), form: 'plain' };
  }
  const marker = MARKER.exec(text);
  if (marker?.[1]) return { label: marker[1], rest: text.slice(marker[0].length), form: 'marker' };
  return null;
}

// A label printed as a line of its own without a colon: no sentence in it.
const OWN_LINE = /^[^，。！？；：:,.!?;“”「」]{2,60}$/u;

/** Read a whole line as a label without a colon (`新华社记者`, `中央政策研究室副主任吴立诚`), for layouts that print them so. */
export function ownLineLabelOf(text: string): SpeakerLabel | null {
  return OWN_LINE.test(text) && HAN.test(text) ? { label: visibleLabel(text).replace(/[ \u3000]+/gu, ' '), rest: '', form: 'line' } : null;
}

/** Read a question or answer marker glued to its text (`问今年…`), for layouts that print them so. */
export function gluedMarkerOf(text: string): SpeakerLabel | null {
  const glued = GLUED_MARKER.exec(text);
  return glued?.[1] ? { label: glued[1], rest: text.slice(glued[0].length), form: 'marker' } : null;
}

function plainLabelFits(label: string, colon: string, rest: string): boolean {
  const visible = visibleLabel(label);
  if (visible === '') return false;
  // `2024年11月21日 20:52`: a clock, not a label.
  if (/\d$/u.test(visible) && /^\d{2}/u.test(rest)) return false;
  // An ASCII colon after Latin words is an English line (`CCTV: …`), and `http://` is an address.
  if (colon === ':' && (!HAN.test(visible) || rest.startsWith('//'))) return false;
  // A long label must be a reporter's (`中央广播电视总台央视新闻新媒体中心记者`) or a title and a name.
  return [...visible].length <= 24 || isReporter(visible) || /[ \u3000]/u.test(visible);
}

const REPORTER = /(?:记者|記者|采访人员|採訪人員)(?:[ \u3000]{0,2}[（(][^（）()]{1,12}[）)])?(?:[ \u3000]{1,2}\p{Script=Han}{2,4})?$/u;
const ASKS = /^(?:有)?(?:记者|記者)?(?:提)?(?:问|問)(?:[ \u3000]?\d{1,3})?$|^(?:Q|Question)(?:[ \u3000]?\d{1,3})?$|^(?:问题|問題)[ \u3000]?\d{1,3}$|^(?:Reporter|Journalist)$/u;
const FOLLOW_UP = /^(?:追问|追問|又问|又問|再问|再問|记者追问|記者追問|Follow-up|Follow-up question)$/iu;
const ANSWERS = /^(?:答|回答|A|Answer)(?:[ \u3000]?\d{1,3})?$/u;
// Outlets that print their own name as the label (`凤凰卫视：`, `路透社：`).
const OUTLET = /(?:通讯社|通訊社|电视台|電視台|电台|電台|卫视|衛視|日报|日報|时报|時報|晚报|晚報|新闻社|新聞社|[^办辦]社|(?<!通|汇|匯|情|举|舉|预|預|简|簡|公|画|畫|海)(?:报|報)|网|網)$/u;
const HOST = /主持/u;
// A government press office's officers host the conferences of others.
const PRESS_OFFICE = /新闻办|新聞辦|国新办|國新辦|新闻中心|新聞中心|新闻局|新聞局/u;
const SPOKESPERSON = /发言人|發言人/u;
// Titles that end a label: `财政司司长`, `国家发展改革委主任`, `外交部发言人`, `总统`.
export const TITLE_WORDS =
  '副主任委员|主任委员|主委|副主委|发言人|發言人|负责人|負責人|总统|總統|副总统|副總統|总理|總理|主任|主席|理事|大使|部长|部長|书记|書記|委员|委員|' +
  '司长|司長|局长|局長|署长|署長|处长|處長|厅长|廳長|院长|院長|行长|行長|省长|省長|市长|市長|总监|總監|专员|專員|秘书长|秘書長|秘书|秘書|' +
  '行政长官|行政長官|特首|顾问|顧問|参赞|參贊|代表|主管|总裁|總裁|校长|校長|会长|會長|董事长|董事長|总经理|總經理|政委|司令员|司令員|' +
  '教授|研究员|研究員|专家|專家|长|長';
const TITLE = new RegExp(`(?:${TITLE_WORDS})$`, 'u');

/** Give a label as compared with others: no spaces, no invisible characters. */
export function labelKey(label: string): string {
  const visible = visibleLabel(label);
  // Spaces part Latin words (`Lin Yuan`) but not Chinese ones (`主持人 许岚`).
  return HAN.test(visible) ? visible.replace(/[ \u3000]+/gu, '') : visible.replace(/\s+/gu, ' ');
}

/** Tell whether a label is a reporter's (`…记者`, `问`, `追问`, `Q1`, an outlet's name). */
export function isReporter(label: string): boolean {
  return REPORTER.test(label) || ASKS.test(label) || FOLLOW_UP.test(label) || (OUTLET.test(label) && !/[ \u3000]/u.test(label) && !TITLE.test(label));
}

/** Tell whether a reporter's label marks a follow-up (`追问`). */
export function isFollowUpLabel(label: string): boolean {
  return FOLLOW_UP.test(label);
}

/** Tell whether a label is an answer label (`答`, `A1`, `主委答`), whose speaker the text names elsewhere. */
export function isAnswerLabel(label: string): boolean {
  return ANSWERS.test(label) || answeringTitleOf(label) !== null;
}

/** Give the title of a titled answer label (`主委答` → 主委), or null. */
export function answeringTitleOf(label: string): string | null {
  const match = /^(\p{Script=Han}{1,12})答$/u.exec(label);
  return match?.[1] && TITLE.test(match[1]) ? match[1] : null;
}

/** Tell whether a label names a host or moderator (`主持人`, `主持人 许岚`). */
export function isHostLabel(label: string): boolean {
  return HOST.test(label);
}

/** Tell whether a label is a press office's spokesperson's, who usually hosts (`国新办新闻局副局长 周敏`). */
export function isPressOfficeLabel(label: string): boolean {
  return PRESS_OFFICE.test(label) && (SPOKESPERSON.test(label) || TITLE.test(nameAndTitle(label).title ?? label));
}

/** Tell whether a label ends in an official's title (`财经事务及库务局局长`). */
export function endsInTitle(label: string): boolean {
  return TITLE.test(label);
}

/** Tell whether a reporter's label names no outlet (`记者`, `问`, `Q1`). */
export function isBareReporter(label: string): boolean {
  return /^(?:记者|記者|采访人员|採訪人員)$/u.test(label) || ASKS.test(label) || FOLLOW_UP.test(label);
}

/** Give how a questioner is shown: `问`, `Q1` and `追问` are a reporter (`记者`, `記者` in a traditional text). */
export function questionerOf(label: string): string {
  if (ASKS.test(label) || FOLLOW_UP.test(label)) return /[問]/u.test(label) ? '記者' : '记者';
  return label;
}

/** Give the outlet named by a reporter's label: the label without `记者`, a note and a name (or the label itself). */
export function outletOf(label: string): string {
  return label.replace(/(?:记者|記者|采访人员|採訪人員)(?:[ \u3000]{0,2}[（(][^（）()]{1,12}[）)])?(?:[ \u3000]{1,2}\p{Script=Han}{2,4})?$/u, '') || label;
}

/** Split a label printed with a space into a title and a name: `主持人 许岚` → 主持人, 许岚; `王毅` → no title. */
export function nameAndTitle(label: string): { name: string | null; title: string | null } {
  const space = label.lastIndexOf(' ');
  if (space > 0) return { title: label.slice(0, space), name: label.slice(space + 1) };
  return { title: null, name: null };
}
