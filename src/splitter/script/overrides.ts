/**
 * Corrections to OpenCC's simplified → Taiwan-traditional (cn → tw) output.
 *
 * Each entry is `[simplified, traditional, reason]`. Keys join OpenCC's phrase
 * dictionary in its longest-match lookup and win over a phrase with the same
 * key, so a key only has to be long enough to outrank the phrase that causes
 * the mistake. Keep each value the same length as its key: positions in the
 * two scripts are compared one to one.
 *
 * The usual one-to-many traps (头发/发展, 之后/皇后, 干部/干涉/干净, 面条/方面,
 * 里面/公里, 关系/联系, 制度/制造, 台湾/平台, 准则, 范式, 支持, 着力) already
 * come out right from OpenCC; tests pin them instead of listing them here.
 */
export type Override = readonly [simplified: string, traditional: string, reason: string];

/** Entries that OpenCC's cn → tw dictionaries get wrong, each with the reason. */
export const OVERRIDES: readonly Override[] = [
  // Greedy longest match grabs a phrase across a word boundary.
  ['个中国', '個中國', 'greedy match reads 个中 (箇中, "therein") out of 一个中国'],
  ['阐明了', '闡明了', 'greedy match reads 明了 (明瞭, "clear") out of verb + particle 了'],
  ['指明了', '指明了', 'greedy match reads 明了 (明瞭, "clear") out of verb + particle 了'],
  ['声明了', '聲明了', 'greedy match reads 明了 (明瞭, "clear") out of verb + particle 了'],
  ['申明了', '申明了', 'greedy match reads 明了 (明瞭, "clear") out of verb + particle 了'],
  ['查明了', '查明了', 'greedy match reads 明了 (明瞭, "clear") out of verb + particle 了'],
  ['讲明了', '講明了', 'greedy match reads 明了 (明瞭, "clear") out of verb + particle 了'],
  ['新征程', '新征程', 'greedy match reads 新征 (新徵, "new recruits") out of 新 + 征程 (journey)'],
  ['新征途', '新征途', 'greedy match reads 新征 (新徵, "new recruits") out of 新 + 征途 (journey)'],

  // Dictionary entries that are wrong, or that pick a character inconsistently.
  ['中俄关系', '中俄關係', 'OpenCC phrase entry gives 關系; every other X关系 gives 關係'],
  ['克制', '克制', 'restraint is 克制; OpenCC gives 剋制 (subdue) except inside 保持克制'],
  ['免签', '免簽', '签 defaults to 籤 (lot, label); a visa waiver is about signing, 簽'],
  ['商签', '商簽', '签 defaults to 籤 (lot, label); "negotiate and sign" is 簽'],
  ['战略伙伴', '戰略夥伴', 'OpenCC keeps 伙 in a few phrases but gives 夥伴 for 伙伴 and 伙伴关系'],
  ['战略合作伙伴', '戰略合作夥伴', 'OpenCC keeps 伙 in a few phrases but gives 夥伴 for 伙伴 and 伙伴关系'],
  ['合作伙伴', '合作夥伴', 'OpenCC keeps 伙 in a few phrases but gives 夥伴 for 伙伴 and 伙伴关系'],
  ['贸易伙伴', '貿易夥伴', 'OpenCC keeps 伙 in a few phrases but gives 夥伴 for 伙伴 and 伙伴关系'],

  // Proper names.
  ['总台', '總臺', 'China Media Group (中央广播电视总台) is 總臺 like 電視臺; 總檯 is a front desk'],
  ['香港电台', '香港電台', 'Radio Television Hong Kong calls itself 香港電台, not the Taiwan-standard 電臺'],
  // People named in answers, whom the splitter does not learn as speakers (see names.ts for those it does).
  ['周岩', '周岩', 'a name: 岩 stays 岩, a standard character; OpenCC gives the variant 巖'],
  ['王岩', '王岩', 'a name: 岩 stays 岩, a standard character; OpenCC gives the variant 巖'],
  ['于洪君', '于洪君', 'a name: the surname 于 stays 于; OpenCC reads the preposition 於'],
  ['范长龙', '范長龍', 'a name: the surname 范 stays 范; OpenCC reads 範 (model, scope)'],
  ['胡占凡', '胡占凡', 'a name: 占 stays 占; OpenCC reads 佔 (occupy)'],

  // Pins against dictionary drift: OpenCC's current output, which older data got otherwise.
  ['桥梁', '橋梁', 'Taiwan standard form; OpenCC data before 1.4 gave 橋樑'],
];
