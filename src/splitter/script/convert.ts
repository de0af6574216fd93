/**
 * Build-time conversion between simplified and Taiwan-standard traditional text.
 *
 * Both directions use opencc-js's Taiwan configs (`s2tw`, `tw2s`): character
 * and variant conversion only, without the `twp` phrase substitution that
 * would rewrite wording (支持 → 支援, 通过 → 透過) in quoted speech.
 *
 * Length: OpenCC maps code point to code point, and the overrides keep their
 * keys' length, so the output has the input's UTF-16 length for ordinary text.
 * It does not hold for a few hundred rare characters that OpenCC maps across
 * the BMP / supplementary-plane boundary (暅 → 𣈶, 鵟 → 𫛭); callers that align
 * positions must compare lengths rather than assume them.
 */
import { ConverterBuilder, ConverterFactory } from 'opencc-js/core';
import type { ConverterFunction, DictGroup } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { OVERRIDES } from './overrides';

/** The parts of an opencc-js preset config used here; its typings omit normalizationChain. */
interface PresetConfig {
  normalizationChain?: readonly DictGroup[];
  conversionChain: readonly DictGroup[];
}

let traditionalConverter: ConverterFunction | undefined;
const simplifiedConverters = new Map<TraditionalVariant, ConverterFunction>();

/** The regional standard of a traditional text: Taiwan or Hong Kong characters. */
export type TraditionalVariant = 'tw' | 'hk';

/**
 * Build s2tw from the preset's own dictionary chain with the given overrides put first in the
 * phrase-and-character group, so they take part in the same longest-match lookup as OpenCC's
 * phrases. (The documented `ConverterFactory(Locale.from.cn, Locale.to.tw, [dict])` would drop the
 * regional phrase list that keeps 索马里 → 索馬里, and could only patch the traditional output afterwards.)
 */
export function createTraditionalConverter(overrides: readonly (readonly [string, string, ...unknown[]])[]): ConverterFunction {
  const config: PresetConfig | undefined = Locale.configs['s2tw'];
  const [phrasesAndCharacters, ...laterStages] = config?.conversionChain ?? [];
  if (!config || !phrasesAndCharacters) throw new Error('opencc-js preset has no s2tw conversion chain');
  const entries = overrides.map(([simplified, traditional]) => [simplified, traditional] as const);
  return ConverterFactory(...(config.normalizationChain ?? []), [entries, ...phrasesAndCharacters], ...laterStages);
}

/** Simplified → traditional conversion, built on first use: loading the tables takes tens of ms. */
function traditional(): ConverterFunction {
  traditionalConverter ??= createTraditionalConverter(OVERRIDES);
  return traditionalConverter;
}

/** Traditional → simplified conversion from a regional standard, built on first use. */
function simplified(variant: TraditionalVariant): ConverterFunction {
  let converter = simplifiedConverters.get(variant);
  if (!converter) {
    converter = ConverterBuilder(Locale)({ from: variant, to: 'cn' });
    simplifiedConverters.set(variant, converter);
  }
  return converter;
}

const TAIWAN_QUOTES: Readonly<Record<string, string>> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const MAINLAND_QUOTES: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/**
 * Swaps curly quotes for corner brackets, which OpenCC's s2tw leaves alone.
 * A ’ between two Latin letters or digits is an apostrophe (China’s), not a
 * closing quote, and stays.
 */
function toTaiwanQuotes(text: string): string {
  return text.replace(/[“”‘]|(?<![A-Za-z0-9])’|’(?![A-Za-z0-9])/g, (quote) => TAIWAN_QUOTES[quote] ?? quote);
}

/** Swaps corner brackets back for curly quotes. */
function toMainlandQuotes(text: string): string {
  return text.replace(/[「」『』]/g, (quote) => MAINLAND_QUOTES[quote] ?? quote);
}

/** Convert simplified Chinese text to Taiwan-standard traditional characters, without phrase substitution. */
export function toTraditional(text: string): string {
  return toTaiwanQuotes(traditional()(text));
}

/** Convert traditional Chinese text (Taiwan characters unless told) to simplified (mainland) characters. */
export function toSimplified(text: string, variant: TraditionalVariant = 'tw'): string {
  return toMainlandQuotes(simplified(variant)(text));
}
