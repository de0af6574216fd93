/**
 * Names CLDR lacks, each with the regions it stands for and why. Chinese diplomatic text names a
 * country by the side it speaks for (`美方`), pairs countries in one word (`中美关系`), and uses a
 * few names CLDR spells otherwise (`巴勒斯坦`, `香港`); and some CLDR names mean something else in it
 * (`中非` is China–Africa, not Middle Africa).
 */

/** A name and the region codes it stands for (none: a longer word that must not be read as a name in it). */
export interface Alias {
  name: string;
  codes: readonly string[];
  reason: string;
}

const SIDES: readonly (readonly [string, string])[] = [
  ['中', 'CN'], ['美', 'US'], ['俄', 'RU'], ['日', 'JP'], ['韩', 'KR'], ['朝', 'KP'], ['英', 'GB'], ['法', 'FR'], ['德', 'DE'],
  ['印', 'IN'], ['越', 'VN'], ['菲', 'PH'], ['澳', 'AU'], ['加', 'CA'], ['乌', 'UA'], ['以', 'IL'], ['巴', 'PS'],
];
const PAIRED_WITH_CHINA: readonly (readonly [string, string])[] = [
  ['美', 'US'], ['俄', 'RU'], ['日', 'JP'], ['韩', 'KR'], ['朝', 'KP'], ['英', 'GB'], ['法', 'FR'], ['德', 'DE'],
  ['印', 'IN'], ['越', 'VN'], ['菲', 'PH'], ['澳', 'AU'], ['加', 'CA'], ['乌', 'UA'],
];

/** The aliases of the gazetteer, in simplified characters (traditional forms are made from them). */
export const ALIASES: readonly Alias[] = [
  ...SIDES.map(([short, code]) => ({ name: `${short}方`, codes: [code], reason: `${short}方 is the ${code} side, as officials speak of a country` })),
  ...PAIRED_WITH_CHINA.map(([short, code]) => ({ name: `中${short}`, codes: ['CN', code], reason: `中${short}(关系) pairs China with ${code}` })),
  { name: '中国台湾', codes: ['TW'], reason: 'the region as PRC text names it' },
  { name: '巴以', codes: ['PS', 'IL'], reason: 'Palestine and Israel in one word (巴以冲突)' },
  { name: '巴勒斯坦', codes: ['PS'], reason: 'CLDR says 巴勒斯坦领土 (the territories); the text says the state' },
  { name: '香港', codes: ['HK'], reason: 'CLDR says 中国香港特别行政区' },
  { name: '澳门', codes: ['MO'], reason: 'CLDR says 中国澳门特别行政区' },
  { name: '沙特', codes: ['SA'], reason: 'CLDR says 沙特阿拉伯; the text says 沙特 (沙特伊朗和解)' },
  { name: '阿联酋', codes: ['AE'], reason: 'CLDR says 阿拉伯联合酋长国' },
  { name: '波黑', codes: ['BA'], reason: 'CLDR says 波斯尼亚和黑塞哥维那' },
  { name: '刚果共和国', codes: ['CG'], reason: 'CLDR says 刚果（布）' },
  { name: '刚果民主共和国', codes: ['CD'], reason: 'CLDR says 刚果（金）' },
  { name: '中非', codes: ['CN', '002'], reason: 'China–Africa (中非合作论坛), not CLDR\'s Middle Africa' },
  { name: '中非共和国', codes: ['CF'], reason: 'the Central African Republic, whose CLDR name 中非共和国 must win over 中非' },
  { name: '中欧', codes: ['CN', '150'], reason: 'China–Europe (中欧关系), not Central Europe' },
  { name: '中拉', codes: ['CN', '419'], reason: 'China–Latin America (中拉论坛)' },
  { name: '中东', codes: ['145'], reason: 'the Middle East, which CLDR does not name; Western Asia is the nearest area' },
  { name: '朝鲜半岛', codes: ['KP', 'KR'], reason: 'the Korean Peninsula is both Koreas, not 朝鲜 (North Korea) alone' },
  { name: '半岛', codes: [], reason: 'kept whole so that 朝鲜半岛 is not read from its middle' },
];
