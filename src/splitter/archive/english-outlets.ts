import { englishLabelOf } from '../transcript/english';
import type { Conference } from '../../shared/transcript/types';

/** English labels that name no outlet: a bare question, a follow-up, a reporter. */
const NOT_OUTLETS = /^(?:Q|A|Follow-?up|Reporter|Journalist|Question)$/iu;

/**
 * Learn outlets' English names from a bilingual transcript's own labels: a question printed
 * `法新社记者：…` with its translation `AFP: …` names 法新社 AFP.
 * @param lines the transcript's lines, as its line numbers count them
 */
export function englishOutletNames(conference: Conference, lines: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const question of conference.questions) {
    const line = question.question[0]?.english[0]?.line;
    if (question.outlet === undefined || line === undefined || names.has(question.outlet)) continue;
    const label = englishLabelOf(lines[line - 1]?.trim() ?? '')?.label;
    if (label && !NOT_OUTLETS.test(label)) names.set(question.outlet, label);
  }
  return names;
}
