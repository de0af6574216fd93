import { TITLE_WORDS } from './labels';

/**
 * Personal names in titles and running text: `新闻局局长李明`, `吴志远总统`, `发言人林远回答了…`.
 * Chinese prints no space between a title and a name, so a name is read where the text around it
 * shows one: after a title word and before a verb or punctuation, or as a surname and a given name
 * before a title word. Every pattern is bounded.
 */

/** A person named with a title. */
export interface NamedPerson {
  name: string;
  title: string;
}

// The commonest surnames (about nine in ten people), single and double, in both scripts.
const SURNAMES = new Set(
  [
    ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董潘袁蔡蒋蔣余于於杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范範汪廖石金韦韋贾賈夏付傅方邹鄒熊白孟秦邱侯江尹薛阎閻段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬覃武钱錢戴严嚴莫孔向常汤湯康易乔喬赖賴文施洪辛柯庄莊牛单單殷岳柴祝倪翟骆駱纪紀欧歐管宁寧卞詹裴左包游滕鲁魯耿甘聂聶屈伍焦齐齊关關边邊华華蒙房应應宫宮葛凌梅颜顏栗童寿壽瞿霍晏蓝藍商席俞戚芦蘆阮盛尚柳艾舒卓丛叢季仇温溫景车車褚岑荣榮苗谷米迟遲安鲍鮑涂窦竇农農和'.split(''),
    '欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '令狐', '慕容', '端木', '公孙', '公孫', '尉迟', '尉遲',
  ],
);
// Characters that make a run of Han an institution or a title, not a given name.
const NOT_IN_NAME = /[会會部局委院署司厅廳办辦处處省市县縣区區府室组組团團社报報台网網中国國党黨]/u;
const TITLE_AT_END = new RegExp(`(?:${TITLE_WORDS})$`, 'u');
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
// What follows a name in running text: a verb of the conference, a courtesy, a preposition, punctuation.
const AFTER_NAME =
  '今日|今天|昨日|昨天|日前|近日|于|於|在|出席|主持|表示|与|與|和|及|同|联同|聯同|、|，|,|（|\\(|就|回答|回應|回应|答|介绍|介紹|' +
  '说|說|指出|宣布|通报|通報|向|对|對|称|稱|强调|強調|发布|發佈|接受|共同|一起|。|：|:|先生|女士|同志|博士|教授|' +
  '大校|上校|中校|少校|少将|少將|中将|中將|上将|上將|大使|一同|一併|一并|陪同|列席|等|率|今[（(]|\\s|$';
const TITLE_THEN_NAME = new RegExp(`^(.{0,60}?(?:${TITLE_WORDS}))(\\p{Script=Han}{2,4})$`, 'u');
const NAME_THEN_TITLE = new RegExp(`^(\\p{Script=Han}{2,4}?)((?:${TITLE_WORDS}))$`, 'u');
const ONE_TITLE = new RegExp(`^(?:${TITLE_WORDS})$`, 'u');
const TITLE_WORD = new RegExp(`(?:${TITLE_WORDS})`, 'gu');
const NAME_AFTER_TITLE = new RegExp(`^(\\p{Script=Han}{2,3}?)(?=${AFTER_NAME})`, 'u');
const NAME_BEFORE_TITLE = new RegExp(`(\\p{Script=Han}{2,3})$`, 'u');
const FOLLOWS_NAME = new RegExp(`^(?:${AFTER_NAME})`, 'u');
// Where a title phrase starts: after punctuation or a space, at most thirty characters back.
const TITLE_PHRASE_START = /[，。、；\s：:“”「」（）()《》]/u;
const TITLE_PHRASE_LENGTH = 30;

/** Tell whether a run of Han characters can be a personal name: a known surname, no institution or title word. */
export function looksLikeName(text: string): boolean {
  if (!HAN_NAME.test(text) || NOT_IN_NAME.test(text) || TITLE_AT_END.test(text)) return false;
  const characters = [...text];
  const double = characters.slice(0, 2).join('');
  if (SURNAMES.has(double)) return characters.length >= 3;
  return SURNAMES.has(characters[0] ?? '') && characters.length <= 3;
}

/** Split a label printed without a space into a title and a name: `新闻局局长李明`, `吴志远总统`, `总统吴志远`. */
export function splitTitleAndName(label: string): NamedPerson | null {
  const titleFirst = TITLE_THEN_NAME.exec(label);
  if (titleFirst?.[1] && titleFirst[2] && looksLikeName(titleFirst[2])) return { title: titleFirst[1], name: titleFirst[2] };
  const nameFirst = NAME_THEN_TITLE.exec(label);
  if (nameFirst?.[1] && nameFirst[2] && looksLikeName(nameFirst[1])) return { name: nameFirst[1], title: nameFirst[2] };
  return null;
}

/**
 * Find the people a text names with their titles (`外交部发言人林远回答了…`, `吴志远总统表示`), in order.
 * Looks from each title word outwards, so the cost stays linear in the text.
 */
export function namedPeopleIn(text: string): NamedPerson[] {
  const found: (NamedPerson & { at: number })[] = [];
  for (const match of text.matchAll(TITLE_WORD)) {
    const end = match.index + match[0].length;
    const after = NAME_AFTER_TITLE.exec(text.slice(end, end + 8))?.[1];
    if (after && looksLikeName(after) && !found.some((person) => person.name === after)) {
      found.push({ name: after, title: titlePhraseBefore(text, end), at: match.index });
      continue;
    }
    const before = NAME_BEFORE_TITLE.exec(text.slice(Math.max(0, match.index - 3), match.index))?.[1];
    const name = before && [before, before.slice(1)].find((candidate) => looksLikeName(candidate));
    if (name && FOLLOWS_NAME.test(text.slice(end, end + 4)) && !found.some((person) => person.name === name)) {
      found.push({ name, title: match[0], at: match.index - name.length });
    }
  }
  return found.sort((left, right) => left.at - right.at).map(({ name, title }) => ({ name, title }));
}

/** Give the title phrase that ends at a position: back to the punctuation before it, thirty characters at most. */
function titlePhraseBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < TITLE_PHRASE_LENGTH && !TITLE_PHRASE_START.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

// Titles printed short in labels and headlines: `主委` is `主任委员`.
const SHORT_TITLES: readonly (readonly [string, string])[] = [
  ['主委', '主任委员'],
  ['主委', '主任委員'],
];

/** Give the titles a label's title may stand for: itself, and what it abbreviates (`主委` → 主任委员). */
export function titleForms(title: string): string[] {
  const forms = [title];
  for (const [short, long] of SHORT_TITLES) if (title.includes(short)) forms.push(title.replace(short, long));
  return forms;
}

/** Tell whether a full title holds a short one as its own title, not as part of a deputy's (`主任委员` is not in `副主任委员`). */
export function holdsTitle(full: string, title: string): boolean {
  return titleForms(title).some((form) => {
    let at = full.indexOf(form);
    while (at >= 0) {
      const deputy = full[at - 1] === '副' && !form.startsWith('副');
      const after = full.slice(at + form.length);
      if (!deputy && (after === '' || /^[兼、，,\s]/u.test(after))) return true;
      at = full.indexOf(form, at + 1);
    }
    return false;
  });
}

/** Split a label that is a surname and a title (`梁司长`, `苏主委`), or null. */
export function surnameAndTitle(label: string): { surname: string; title: string } | null {
  for (const length of [2, 1]) {
    const surname = label.slice(0, length);
    const title = label.slice(length);
    if (SURNAMES.has(surname) && title.length >= 1 && ONE_TITLE.test(title)) return { surname, title };
  }
  return null;
}

/** Find a name printed right before a word (`…局长韦东主持` → 韦东): three characters if they make a name, else two. */
export function nameBefore(text: string, index: number): string | null {
  for (const length of [3, 2]) {
    const name = text.slice(Math.max(0, index - length), index);
    if ([...name].length === length && looksLikeName(name)) return name;
  }
  return null;
}

const ENGLISH_TITLED = /\b(Spokesperson|Spokesman|Spokeswoman|Minister|Premier|President|Director|Chairman|Secretary|Ambassador|Chief Executive)\s+((?:[A-Z][a-z]+[ -]){1,2}[A-Z][a-z]+)/gu;

/** Find the people an English text names with their titles (`Spokesperson Lin Yuan's…`). */
export function namedPeopleInEnglish(text: string): NamedPerson[] {
  return [...text.matchAll(ENGLISH_TITLED)].map((match) => ({ title: match[1] ?? '', name: match[2] ?? '' }));
}

// `国家发展改革委有关负责人就…答记者问`, `…——农业农村部有关负责人答记者问`: a title that answers with no name given.
const UNNAMED_ANSWERER = new RegExp(`([^，。、：:\\s“”「」—－-]{2,30}?(?:${TITLE_WORDS}))(?=就|答|回答|接受|表示|谈|談|介绍|介紹)`, 'u');

/** Give the title a headline names as answering when it names no person (`国家发展改革委有关负责人`), or null. */
export function unnamedAnswererOf(headline: string): string | null {
  return UNNAMED_ANSWERER.exec(headline)?.[1] ?? null;
}
