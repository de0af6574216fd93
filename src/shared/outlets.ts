/**
 * The news outlets that ask at press conferences, shared by every conference: each with the name
 * the site files it under (in each script), the other names transcripts print for it, and its
 * English name. A conference's editorial file may still name an outlet's English name itself.
 */

/** One outlet: its names in each script (the first is the one it is filed under) and its English name. */
interface Outlet {
  hans: readonly string[];
  hant: readonly string[];
  english: string;
}

const OUTLETS: readonly Outlet[] = [
  { hans: ['新华社', '新华通讯社'], hant: ['新華社', '新華通訊社'], english: 'Xinhua' },
  { hans: ['人民日报'], hant: ['人民日報'], english: "People's Daily" },
  { hans: ['中新社', '中国新闻社'], hant: ['中新社', '中國新聞社'], english: 'China News Service' },
  {
    hans: ['总台央视', '中央广播电视总台央视', '中央电视台', '央视'],
    hant: ['總臺央視', '中央廣播電視總臺央視', '中央電視臺', '央視'],
    english: 'CCTV',
  },
  { hans: ['总台央广', '中央广播电视总台央广', '中央人民广播电台'], hant: ['總臺央廣', '中央廣播電視總臺央廣', '中央人民廣播電臺'], english: 'CNR' },
  { hans: ['CGTN', '中国国际电视台'], hant: ['CGTN', '中國國際電視臺'], english: 'CGTN' },
  { hans: ['中国日报'], hant: ['中國日報'], english: 'China Daily' },
  { hans: ['环球时报'], hant: ['環球時報'], english: 'Global Times' },
  { hans: ['光明日报'], hant: ['光明日報'], english: 'Guangming Daily' },
  { hans: ['经济日报'], hant: ['經濟日報'], english: 'Economic Daily' },
  { hans: ['北京青年报'], hant: ['北京青年報'], english: 'Beijing Youth Daily' },
  { hans: ['第一财经'], hant: ['第一財經'], english: 'Yicai' },
  { hans: ['凤凰卫视'], hant: ['鳳凰衛視'], english: 'Phoenix TV' },
  { hans: ['中评社', '香港中评社', '中国评论通讯社'], hant: ['中評社', '香港中評社', '中國評論通訊社'], english: 'CRNTT' },
  { hans: ['香港文汇报', '文汇报'], hant: ['香港文匯報', '文匯報'], english: 'Wen Wei Po' },
  { hans: ['香港商报'], hant: ['香港商報'], english: 'Hong Kong Commercial Daily' },
  { hans: ['联合早报'], hant: ['聯合早報'], english: 'Lianhe Zaobao' },
  { hans: ['彭博社'], hant: ['彭博社'], english: 'Bloomberg' },
  { hans: ['路透社'], hant: ['路透社'], english: 'Reuters' },
  { hans: ['法新社'], hant: ['法新社'], english: 'AFP' },
  { hans: ['美联社'], hant: ['美聯社'], english: 'AP' },
  { hans: ['埃菲社'], hant: ['埃菲社'], english: 'EFE' },
  { hans: ['塔斯社'], hant: ['塔斯社'], english: 'TASS' },
  { hans: ['今日俄罗斯国际通讯社'], hant: ['今日俄羅斯國際通訊社'], english: 'Rossiya Segodnya' },
  { hans: ['共同社'], hant: ['共同社'], english: 'Kyodo News' },
  { hans: ['韩联社'], hant: ['韓聯社'], english: 'Yonhap' },
  { hans: ['日本广播协会'], hant: ['日本廣播協會'], english: 'NHK' },
  { hans: ['美国有线电视新闻网'], hant: ['美國有線電視新聞網'], english: 'CNN' },
  { hans: ['英国广播公司'], hant: ['英國廣播公司'], english: 'BBC' },
  { hans: ['半岛电视台'], hant: ['半島電視臺'], english: 'Al Jazeera' },
  { hans: ['印尼安塔拉通讯社', '安塔拉通讯社'], hant: ['印尼安塔拉通訊社', '安塔拉通訊社'], english: 'ANTARA' },
  { hans: ['埃及尼罗河电视台'], hant: ['埃及尼羅河電視臺'], english: 'Nile TV' },
  { hans: ['金融时报'], hant: ['金融時報'], english: 'Financial Times' },
];

/** Every printed name, without book-title marks, and the outlet and script it names. */
const BY_NAME = new Map<string, { outlet: Outlet; script: 'hans' | 'hant' }>();
for (const outlet of OUTLETS) {
  for (const script of ['hans', 'hant'] as const) for (const name of outlet[script]) if (!BY_NAME.has(name)) BY_NAME.set(name, { outlet, script });
}

/** Strip the marks a newspaper's name is printed in (`《人民日报》` → `人民日报`). */
const bare = (name: string) => name.trim().replace(/^《(.+)》$/u, '$1');

/** Give the name an outlet is filed under, in the script it was printed in (`《人民日报》` → `人民日报`, `中国新闻社` → `中新社`). */
export function outletName(printed: string): string {
  const found = BY_NAME.get(bare(printed));
  return found ? found.outlet[found.script][0]! : bare(printed);
}

/** Give an outlet's English name from the shared table (`中央广播电视总台央视` → `CCTV`), if it is there. */
export function outletEnglishOf(printed: string): string | undefined {
  return BY_NAME.get(bare(printed))?.outlet.english;
}
