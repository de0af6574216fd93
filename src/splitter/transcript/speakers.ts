import type { Person } from './cast';
import { messages, transcriptError } from './errors';
import { isAnswerLabel, isHostLabel, isPressOfficeLabel, isReporter, labelKey, nameAndTitle, questionerOf } from './labels';
import type { Piece } from './pieces';
import type { ReadingLog } from './reading';
import type { Role } from '../../shared/transcript/types';

/** Who a label stands for: one person, their role and how they are shown. */
export interface Speaker {
  /** One key per person, so `国家发展改革委主任 郑远` and `郑远` are the same speaker. */
  key: string;
  role: Role;
  /** The name where it is known, else the title or label. */
  name: string;
  title?: string;
}

/** One labelled turn of the transcript, as the turn-taking sees it. */
interface TurnSeen {
  key: string;
  label: string;
  line: number;
  reporter: boolean;
  /** The text of the turn, up to the next label. */
  text: string;
}

// What a host says: gives the floor, calls on reporters, closes. Short turns only.
const HOST_PHRASES =
  /请提问|請提問|下面请|下面請|请.{0,12}(?:记者|媒体|朋友|提问)|請.{0,12}(?:記者|媒體|朋友|提問)|有请|有請|(?:发布会|發布會|记者会|記者會|吹风会|吹風會|见面会|見面會)(?:到此|就到这里|就到這裡)|到此结束|到此結束|最后一个问题|最後一個問題|最后一位|最後一位|举手|舉手|继续提问|繼續提問|提问环节|提問環節|请.{0,10}(?:回答|回应|介绍)|請.{0,10}(?:回答|回應|介紹)|欢迎.{0,8}(?:出席|参加)|歡迎.{0,8}(?:出席|參加)/u;
const HOST_TURN_LENGTH = 160;
// An official who adds to another's answer says so.
const SUPPLEMENTS = /^.{0,12}(?:补充|補充)/u;
// An answer that stands alone is long; a host's line that hands over rarely is.
const SUPPLEMENT_LENGTH = 200;

/**
 * Tell who each label stands for and what part each person plays. Roles the words state (`…记者`,
 * `主持人`, `答`) or the editorial file declares stand; everyone else's role comes from the turn-taking:
 * a person who answers a reporter alone is an official; one who only gives the floor, calls on
 * reporters and closes, in a host's words, is a host.
 */
export function speakersOf(
  pieces: readonly Piece[],
  persons: ReadonlyMap<string, Person | null>,
  file: string,
  log: ReadingLog,
): Map<string, Speaker> {
  const speakers = new Map<string, Speaker>();
  for (const piece of pieces) {
    const label = piece.speaker?.label;
    if (label === undefined || speakers.has(label)) continue;
    const person = persons.get(label) ?? null;
    if (!person && isAnswerLabel(labelKey(label))) throw transcriptError({ file, line: piece.line }, messages.unnamedAnswerer(label));
    // `问`, `记者问`, `Q1` are shown as who asks (`记者`), not as the label word.
    const name = person?.name ?? person?.key ?? (isReporter(labelKey(label)) ? questionerOf(labelKey(label)) : label);
    const title = titleInLabel(label, name);
    speakers.set(label, { key: person?.key ?? labelKey(label), role: statedRole(label, person) ?? 'official', name, ...(title ? { title } : {}) });
  }
  asksByTurnTaking(turnsSeen(pieces, speakers), speakers, persons, log);
  weighTurnTaking(turnsSeen(pieces, speakers), speakers, persons, log);
  return speakers;
}

/**
 * Labels no word gives a role and that name no one known (`CCTV:`, `AFP:` in an English transcript)
 * ask when the turn-taking shows it: a person the text introduces speaks right after most of their turns.
 */
function asksByTurnTaking(turns: readonly TurnSeen[], speakers: Map<string, Speaker>, persons: ReadonlyMap<string, Person | null>, log: ReadingLog): void {
  const known = new Set([...speakers.entries()].filter(([label]) => persons.get(label)).map(([, speaker]) => speaker.key));
  if (known.size === 0) return;
  for (const [label, speaker] of speakers) {
    if (persons.get(label) || statedRole(label, null) || speaker.role !== 'official') continue;
    const own = turns.flatMap((turn, index) => (turn.label === label ? [index] : []));
    const answered = own.filter((index) => known.has(turns[index + 1]?.key ?? '')).length;
    if (own.length > 0 && answered * 2 >= own.length) {
      speaker.role = 'reporter';
      log(turns[own[0] ?? 0]?.line ?? 0, `"${label}" asks: a person the text introduces answers right after ${answered} of its ${own.length} turns`);
    }
  }
}

/** Give the title a label prints with or for its speaker (`主持人 许岚` → 主持人, `总统` → 总统), or undefined. */
function titleInLabel(label: string, name: string): string | undefined {
  const key = labelKey(label);
  if (key === name || isAnswerLabel(key) || isReporter(key)) return undefined;
  const spaced = nameAndTitle(label);
  if (spaced.title) return spaced.title;
  const at = key.indexOf(name);
  const title = at < 0 ? key : `${key.slice(0, at)}${key.slice(at + name.length)}`;
  return title === '' ? undefined : title;
}

function statedRole(label: string, person: Person | null): Role | null {
  const key = labelKey(label);
  if (isReporter(key)) return 'reporter';
  if (person?.stated) return person.stated;
  if (isHostLabel(key)) return 'host';
  if (isAnswerLabel(key)) return 'official';
  return null;
}

function turnsSeen(pieces: readonly Piece[], speakers: ReadonlyMap<string, Speaker>): TurnSeen[] {
  const turns: TurnSeen[] = [];
  for (const piece of pieces) {
    const speaker = piece.speaker ? speakers.get(piece.speaker.label) : undefined;
    const current = turns.at(-1);
    if (piece.speaker && speaker && !(current && current.key === speaker.key && speaker.role !== 'reporter')) {
      turns.push({ key: speaker.key, label: piece.speaker.label, line: piece.line, reporter: speaker.role === 'reporter', text: piece.text });
    } else if (current && !piece.english) current.text += piece.text;
  }
  return turns;
}

/** Weigh, for each person whose role no word states, the evidence of hosting against that of answering. */
function weighTurnTaking(turns: readonly TurnSeen[], speakers: Map<string, Speaker>, persons: ReadonlyMap<string, Person | null>, log: ReadingLog): void {
  const open = new Set(
    [...speakers.entries()].filter(([label, speaker]) => statedRole(label, persons.get(label) ?? null) === null && speaker.role === 'official').map(([, speaker]) => speaker.key),
  );
  if (open.size === 0) return;
  const host = new Map<string, number>();
  const official = new Map<string, number>();
  const add = (scores: Map<string, number>, key: string, weight: number) => scores.set(key, (scores.get(key) ?? 0) + weight);
  const firstQuestion = turns.findIndex((turn) => turn.reporter);
  // `由李明主持` in the intro: evidence of hosting that answering reporters alone outweighs.
  for (const person of persons.values()) if (person?.hinted === 'host' && open.has(person.key)) host.set(person.key, 2);
  turns.forEach((turn, index) => {
    if (turn.reporter || !open.has(turn.key)) return;
    const length = [...turn.text].length;
    const hostWords = length <= HOST_TURN_LENGTH && HOST_PHRASES.test(turn.text);
    const previous = turns[index - 1];
    const next = turns[index + 1];
    const inQuestion = firstQuestion >= 0 && firstQuestion < index;
    const othersInQuestion = answerTurnsAround(turns, index).filter((other) => other.key !== turn.key && !other.reporter);
    if (hostWords) add(host, turn.key, 2);
    if (isPressOfficeLabel(labelKey(turn.label))) add(host, turn.key, 1);
    if (SUPPLEMENTS.test(turn.text)) add(official, turn.key, 2);
    if (!inQuestion) {
      if (length > SUPPLEMENT_LENGTH) add(official, turn.key, 1);
      return;
    }
    if (previous?.reporter && othersInQuestion.length === 0) add(official, turn.key, 3);
    else if (previous?.reporter && next && !next.reporter && hostWords) add(host, turn.key, 1);
    else if (!previous?.reporter && (next === undefined || next.reporter)) {
      if (length > SUPPLEMENT_LENGTH) add(official, turn.key, 1);
      else add(host, turn.key, 0.5);
    } else add(official, turn.key, 1);
  });
  for (const speaker of speakers.values()) {
    if (!open.has(speaker.key)) continue;
    const hosting = host.get(speaker.key) ?? 0;
    const answering = official.get(speaker.key) ?? 0;
    if (hosting > answering && hosting >= 1) speaker.role = 'host';
  }
  for (const key of open) {
    const role = [...speakers.values()].find((speaker) => speaker.key === key)?.role;
    const first = turns.find((turn) => turn.key === key);
    if (first) log(first.line, `${key} is ${role === 'host' ? 'a host' : 'an official'} by the turn-taking (hosting ${host.get(key) ?? 0}, answering ${official.get(key) ?? 0})`);
  }
}

/** The turns of the question a turn belongs to, after its reporter's turn and before the next question's. */
function answerTurnsAround(turns: readonly TurnSeen[], index: number): TurnSeen[] {
  let start = index;
  while (start > 0 && !turns[start - 1]?.reporter) start--;
  let end = index;
  while (end + 1 < turns.length && !turns[end + 1]?.reporter) end++;
  return start === 0 && !turns[0]?.reporter ? [] : turns.slice(start, end + 1);
}
