import { datelineOf } from './dateline';

/**
 * Speaker labels at the start of a paragraph, in the forms transcripts print them:
 * `王毅：…`, `问：`, `[许岚]：`, `【张晓峰】…`, `国家统计局副局长 郑和平：` (on a line of its own),
 * `林远首先发布消息：`. Every pattern is anchored and bounded.
 */

/** A speaker label read off the start of a paragraph. */
export interface SpeakerLabel {
  /** The label as printed, without brackets or colon (`主持人 许岚`). */
  label: string;
  /** The paragraph after the label ('' when the label stands alone). */
  rest: string;
  /** How the label is printed: plain with a colon, in brackets, or with a title and a name. */
  form: 'plain' | 'bracket' | 'titled' | 'announces';
}

const PUNCTUATION = String.raw`\s，。！？；：、“”‘’「」『』（）(),.!?;:`;
const PLAIN = new RegExp(String.raw`^([^${PUNCTUATION}]{1,24})([：:])`, 'u');
// A title (may hold 、 and brackets), a space, a name: `十四届全国人大二次会议新闻中心副主任、新闻发言人 田野：`.
const TITLED = /^([^\s，。！？；：“”‘’「」『』,.!?;:]{1,60}[ \u3000]{1,3}[\p{Script=Han}·]{2,6})\s{0,2}([：:])/u;
// `[许岚]：`, `［主持人 许岚］：`, `【张晓峰】…` (the portal layout prints no colon).
const BRACKETED = /^[[［【]([^\]］】\d：:，。！？]{1,40})[\]］】]\s{0,2}[：:]?\s{0,2}/u;
// `林远首先发布消息：`: a spokesperson's announcements.
const ANNOUNCES = /^(\p{Script=Han}{2,4}?)(?:首先|先)?(?:发布|發佈|發布|宣布|介绍|介紹)(?:消息|以下消息|一则消息|一條消息|几条消息|幾條消息)?[：:]/u;
// `实录如下：`, `以下是记者会问答全文：`: a line that introduces the record, spoken by nobody.
const INTRODUCES = /^(?:以下(?:是|为|為|係)|下面是|现将|現將)|(?:如下|全文|实录|實錄)[：:]$/u;
const HAN = /\p{Script=Han}/u;

/** Read the speaker label at the start of a paragraph, if it has one. */
export function speakerLabelOf(text: string): SpeakerLabel | null {
  // `新华社北京5月1日电 王毅表示：…` is a dateline, not a title and a name.
  if (INTRODUCES.test(text) || datelineOf(text)) return null;
  const bracketed = BRACKETED.exec(text);
  if (bracketed?.[1] && HAN.test(bracketed[1])) {
    return { label: bracketed[1].trim(), rest: text.slice(bracketed[0].length), form: 'bracket' };
  }
  const announces = ANNOUNCES.exec(text);
  if (announces?.[1]) return { label: announces[1], rest: text.slice(announces[0].length).trimStart(), form: 'announces' };
  const titled = TITLED.exec(text);
  if (titled?.[1] && (titled[2] === '：' || HAN.test(titled[1]))) {
    return { label: titled[1].replace(/[ \u3000]+/gu, ' '), rest: text.slice(titled[0].length).trimStart(), form: 'titled' };
  }
  const plain = PLAIN.exec(text);
  // An ASCII colon after Latin words is an English line (`CCTV: …`), not a Chinese speaker label.
  if (!plain?.[1] || (plain[2] === ':' && !HAN.test(plain[1]))) return null;
  return { label: plain[1], rest: text.slice(plain[0].length).trimStart(), form: 'plain' };
}

const REPORTER = /(?:记者|記者)(?:[ \u3000]\p{Script=Han}{2,4})?$/u;
const ASKS = /^(?:问|問|提问|提問|记者问|記者問)$/u;
const FOLLOW_UP = /^(?:追问|追問|又问|又問|再问|再問)$/u;
const ANSWERS = /^(?:答|回答)$/u;
// Outlets that print their own name as the label (`凤凰卫视：`, `路透社：`).
const OUTLET = /(?:通讯社|通訊社|电视台|電視台|电台|電台|卫视|衛視|日报|日報|时报|時報|晚报|晚報|新闻社|新聞社|[^办辦]社|报|報|网|網)$/u;
const HOST = /主持/u;
// A government press office's spokesperson hosts the conferences of others.
const PRESS_OFFICE = /新闻办|新聞辦|国新办|國新辦|新闻中心|新聞中心|新闻局|新聞局/u;
const SPOKESPERSON = /发言人|發言人/u;
// Titles that end a label: `财政司司长`, `国家发展改革委主任`, `外交部发言人`.
const TITLE = /(?:长|長|主任|主席|总理|總理|理事|发言人|發言人|大使|部长|部長|书记|書記|委员|委員|司长|司長|局长|局長|署长|署長|处长|處長|总监|總監|专员|專員|秘书|秘書|行政官|顾问|顧問|参赞|參贊|代表|特首|主管|总裁|總裁|校长|校長)$/u;

/** Tell whether a label is a reporter's (`…记者`, `问`, `追问`, an outlet's name). */
export function isReporter(label: string): boolean {
  return REPORTER.test(label) || ASKS.test(label) || FOLLOW_UP.test(label) || (OUTLET.test(label) && !label.includes(' '));
}

/** Tell whether a reporter's label marks a follow-up (`追问`). */
export function isFollowUpLabel(label: string): boolean {
  return FOLLOW_UP.test(label);
}

/** Tell whether a label is the generic answer label (`答`), whose speaker the headline names. */
export function isAnswerLabel(label: string): boolean {
  return ANSWERS.test(label);
}

/** Tell whether a label names a host or moderator (`主持人`, `新闻办新闻发言人 周敏`). */
export function isHostLabel(label: string): boolean {
  return HOST.test(label) || (PRESS_OFFICE.test(label) && SPOKESPERSON.test(label));
}

/** Tell whether a label ends in an official's title (`财经事务及库务局局长`). */
export function endsInTitle(label: string): boolean {
  return TITLE.test(label);
}

/** Tell whether a reporter's label names no outlet (`记者`, `问`). */
export function isBareReporter(label: string): boolean {
  return /^(?:记者|記者)$/u.test(label) || ASKS.test(label) || FOLLOW_UP.test(label);
}

/** Give how a questioner is shown: `问` and `追问` are a reporter (`记者`, `記者` in a traditional text). */
export function questionerOf(label: string): string {
  if (ASKS.test(label) || FOLLOW_UP.test(label)) return /[問]/u.test(label) ? '記者' : '记者';
  return label;
}

/** Give the outlet named by a reporter's label: the label without `记者` (or the label itself). */
export function outletOf(label: string): string {
  return label.replace(/(?:记者|記者)(?:[ \u3000]\p{Script=Han}{2,4})?$/u, '') || label;
}

/** Split a label into a title and a name: `主持人 许岚` → 主持人, 许岚; `王毅` → no title. */
export function nameAndTitle(label: string): { name: string | null; title: string | null } {
  const space = label.lastIndexOf(' ');
  if (space > 0) return { title: label.slice(0, space), name: label.slice(space + 1) };
  return { title: null, name: null };
}
