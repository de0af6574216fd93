import type { SpeakerLabel } from './labels';

/** English lines of bilingual transcripts: translations printed after each Chinese paragraph. */

const HAN = /\p{Script=Han}/gu;
const LATIN_LETTER = /[A-Za-z]/g;
// `CCTV:`, `Wu Zhe:`, `AFP:`, `China Daily:`, `Follow-up:`: at most five capitalised words before a colon.
const ENGLISH_LABEL = /^((?:[A-Z][\w.'’&-]{0,30}\s?){1,5}):\s{1,3}(?=\S)/u;

/** Tell whether a line is English text rather than Chinese (a bilingual transcript's translation). */
export function isEnglish(text: string): boolean {
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (latin < 8) return false;
  const han = text.match(HAN)?.length ?? 0;
  return han * 10 < latin;
}

/** Remove the speaker label an English line repeats (`CCTV: …` → `…`). */
export function withoutEnglishLabel(text: string): string {
  const match = ENGLISH_LABEL.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** Read the label of an English transcript's paragraph (`Spokesperson Lin Yuan: …`, `Q: …`), if it has one. */
export function englishLabelOf(text: string): SpeakerLabel | null {
  const match = ENGLISH_LABEL.exec(text) ?? /^(Q|A)\d{0,3}[.:]\s{0,3}(?=\S)/u.exec(text);
  const label = match?.[1]?.trim();
  return match && label ? { label, rest: text.slice(match[0].length), form: 'plain' } : null;
}
