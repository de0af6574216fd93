import { escapeRegExp } from '../text';
import { spokespersonOf } from './headline';
import { endsInTitle, isAnswerLabel, isHostLabel, isReporter, nameAndTitle } from './labels';
import type { Piece, SpeakerHints } from './pieces';
import type { Role } from './types';

/** Who a label stands for: one person, their role and how they are shown. */
export interface Speaker {
  /** One key per person, so `国家发展改革委主任 郑远` and `郑远` are the same speaker. */
  key: string;
  role: Role;
  /** The name where it is known, else the title or label. */
  name: string;
  title?: string;
}


/**
 * Tell who each label in a transcript stands for.
 * @param context the headline and lead text, where names of titled speakers and of `答` are printed
 */
export function resolveSpeakers(pieces: readonly Piece[], context: string, hints: SpeakerHints): Map<string, Speaker> {
  const labels = [...new Set(pieces.flatMap((piece) => (piece.speaker ? [piece.speaker.label] : [])))];
  const declaredHosts = new Set(hints.hosts ?? []);
  const speakers = new Map<string, Speaker>();
  for (const label of labels) {
    const { name, title } = identify(label, context, hints);
    const role: Role = isReporter(label)
      ? 'reporter'
      : isHostLabel(label) || declaredHosts.has(label) || (name !== null && declaredHosts.has(name))
        ? 'host'
        : 'official';
    speakers.set(label, { key: name ?? label, role, name: name ?? label, ...(title ? { title } : {}) });
  }
  // One person, one role: `主持人 许岚` makes `许岚` a host too.
  const hostKeys = new Set([...speakers.values()].filter((speaker) => speaker.role === 'host').map((speaker) => speaker.key));
  for (const speaker of speakers.values()) if (hostKeys.has(speaker.key) && speaker.role === 'official') speaker.role = 'host';
  if (hostKeys.size === 0) detectHost(pieces, speakers);
  return speakers;
}

function identify(label: string, context: string, hints: SpeakerHints): { name: string | null; title: string | null } {
  const declared = hints.speakers?.get(label);
  if (declared) return { name: declared, title: null };
  if (isAnswerLabel(label)) return { name: spokespersonOf(context), title: null };
  const parts = nameAndTitle(label);
  if (parts.name) return parts;
  if (!isReporter(label) && (endsInTitle(label) || isHostLabel(label))) {
    const name = nameAfterTitle(label, context);
    if (name) return { name, title: label };
  }
  return { name: null, title: null };
}

/** Find the name printed after a title in the intro: `财政司司长陈远今日…` → 陈远. */
function nameAfterTitle(title: string, context: string): string | null {
  const pattern = new RegExp(
    `${escapeRegExp(title)}(\\p{Script=Han}{2,3}?)(?=今日|今天|昨日|昨天|于|於|在|出席|主持|表示|与|與|和|及|联同|聯同|、|，|,|（|\\()`,
    'u',
  );
  return pattern.exec(context)?.[1] ?? null;
}

/**
 * Without a label that says so, the host is the official who calls on reporters but does not
 * answer them: one who speaks right before questions at least twice, right after them at most
 * half as often, and is never the only official to answer a question. It takes two officials for
 * one to be a host.
 */
function detectHost(pieces: readonly Piece[], speakers: Map<string, Speaker>): void {
  const turns = pieces.flatMap((piece) => (piece.speaker ? [speakers.get(piece.speaker.label)] : [])).filter((s) => s !== undefined);
  const officials = new Set(turns.filter((speaker) => speaker.role === 'official').map((speaker) => speaker.key));
  if (officials.size < 2) return;
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  const answersAlone = new Set<string>();
  let sinceQuestion: Set<string> | null = null;
  turns.forEach((speaker, index) => {
    if (speaker.role === 'reporter') {
      if (sinceQuestion?.size === 1) answersAlone.add([...sinceQuestion][0] ?? '');
      sinceQuestion = new Set();
      return;
    }
    if (speaker.role !== 'official') return;
    sinceQuestion?.add(speaker.key);
    if (turns[index + 1]?.role === 'reporter') before.set(speaker.key, (before.get(speaker.key) ?? 0) + 1);
    if (turns[index - 1]?.role === 'reporter') after.set(speaker.key, (after.get(speaker.key) ?? 0) + 1);
  });
  if ((sinceQuestion as Set<string> | null)?.size === 1) answersAlone.add([...(sinceQuestion as unknown as Set<string>)][0] ?? '');
  for (const key of officials) {
    const calls = before.get(key) ?? 0;
    if (calls >= 2 && (after.get(key) ?? 0) * 2 <= calls && !answersAlone.has(key)) {
      for (const speaker of speakers.values()) if (speaker.key === key) speaker.role = 'host';
    }
  }
}
