import type { Script } from '../../shared/content/schema';
import { toSimplified, toTraditional, type TraditionalVariant } from './convert';

/** The script a source is printed in, and for traditional text its regional standard. */
export interface SourceScript {
  script: Script;
  variant: TraditionalVariant | null;
}

const HAN = /\p{Script=Han}/u;
// Hong Kong's own words: a Hong Kong government transcript uses several of these.
const HONG_KONG = /香港|特區|特首|司長|局長|立法會|政務司|律政司|財政司/gu;

/** Count the Han characters a conversion changes. */
function changedBy(convert: (text: string) => string, text: string): number {
  const converted = [...convert(text)];
  return [...text].filter((character, index) => HAN.test(character) && converted[index] !== character).length;
}

/**
 * Tell whether a transcript is printed in simplified or traditional characters: whichever
 * conversion changes fewer characters is the one the text is already in.
 */
export function detectScript(text: string): SourceScript {
  const sample = text.slice(0, 20_000);
  const traditional = changedBy(toSimplified, sample) > changedBy(toTraditional, sample);
  if (!traditional) return { script: 'zh-Hans', variant: null };
  return { script: 'zh-Hant', variant: (sample.match(HONG_KONG)?.length ?? 0) >= 2 ? 'hk' : 'tw' };
}
