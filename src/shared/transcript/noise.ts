/**
 * Lines that portals, live text and print add around a transcript but nobody said: share buttons,
 * source and editor lines, photo captions, time stamps, rules, closing date lines, notes.
 * Every pattern is anchored and bounded, so a 100,000-character line costs linear time.
 */

/** What a noise line is, so what is informative (the source, a time) can be kept as metadata. */
export type NoiseKind =
  | 'share'
  | 'editor'
  | 'source'
  | 'time'
  | 'caption'
  | 'rule'
  | 'closing-date'
  | 'note'
  | 'page-tools'
  | 'end'
  | 'byline'
  | 'follow'
  | 'tail'
  | 'header'
  | 'heading'
  | 'page-jump';

/** A line or a tail of a paragraph left out of the questions and answers. */
export interface DroppedText {
  line: number;
  text: string;
  kind: NoiseKind | 'editorial';
  /** Why an editorial file drops the line. */
  reason?: string;
}

const CLOCK = String.raw`\d{1,2}[:：]\d{2}(?:[:：]\d{2})?`;
const DAY = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`;

const WHOLE_LINE: readonly (readonly [NoiseKind, RegExp])[] = [
  ['share', /^分享到[：:]?.{0,40}$/u],
  // `分享 收藏 点赞 在看`: a reprint's buttons, as text.
  ['share', /^(?:(?:分享|收藏|点赞|點讚|点赞|在看|转发|轉發|留言|评论|評論)[\s|｜·]{0,3}){2,6}$/u],
  ['editor', /^[【\[［(（]?\s{0,2}(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|审校|審校|终审|終審|监制|監製|统筹|統籌|制作|製作|策划|策劃|值班编辑|值班編輯|美编|美編|排版|初审|初審|复审|複審)\s{0,2}[：:|｜丨].{0,40}$/u],
  ['editor', /^(?:(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|监制|監製|来源|來源)\s{0,2}[：:|｜丨]\s{0,2}[^：:，。！？]{1,20}\s{1,4}){1,5}(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|监制|監製)\s{0,2}[：:|｜丨].{0,30}$/u],
  ['editor', /^.{0,20}(?:责任编辑|責任編輯)[：:].{0,24}$/u],
  // Page furniture of portals: font size, print, QR code, `A+ A-`, a bare address.
  ['page-tools', /^(?:字号|字號|字体|字體)[：:].{0,40}$/u],
  ['page-tools', /^(?:A\+\s{0,3}A-|A-\s{0,3}A\+|打印|关闭|關閉|收藏|扫一扫|掃一掃|【?我要纠错】?|【?我要糾錯】?)(?:\s.{0,40}|[^。！？]{0,30})$/u],
  // `【打印本页】　【关闭窗口】`, `[打印] [关闭]`: a portal's buttons in brackets.
  ['page-tools', /^(?:[【\[［]\s{0,2}(?:打印本页|打印本頁|打印|关闭窗口|關閉窗口|关闭|關閉|返回顶部|返回頂部|返回|收藏本页|收藏|我要纠错|我要糾錯|字体|字體|字号|字號|大|中|小|\s)+\s{0,2}[】\]］]\s{0,3}){1,6}$/u],
  // `分享`, `列印`, `回上一頁`: a portal's buttons, one to a line.
  ['page-tools', /^(?:分享|列印|打印|回上一頁|回上一页|回頁首|回页首|友善列印|字級|字级|轉寄|转寄|書籤|书签|听新闻|聽新聞|朗读|朗讀|语音播报|語音播報|:::)$/u],
  // `1 2 下一页`, `上一页 1 2`: links to a page's other parts.
  ['page-tools', /^(?:(?:上一页|下一页|上一頁|下一頁|首页|尾页|首頁|尾頁|\d{1,3})[\s|｜]{0,3}){2,12}$/u],
  ['page-tools', /^(?:Print|Share|Close|E-?mail|Back to top|Suggest [Tt]o [Aa] [Ff]riend|Print this page)$/u],
  // A site's footer: who runs it, copyright, registration numbers.
  ['page-tools', /^(?:主办单位|主辦單位|承办单位|承辦單位|主办|主辦|承办|承辦|版权所有|版權所有|技术支持|技術支持|网站标识码|網站標識碼|联系我们|聯繫我們|网站地图|網站地圖|上一篇|下一篇)[：:\s].{0,100}$/u],
  ['page-tools', /^.{0,60}(?:ICP备|ICP證|公网安备|公網安備|Copyright\s|©).{0,100}$/u],
  ['page-tools', /^https?:\/\/[!-~]{1,300}(?:\s[^。！？]{0,60})?$/u],
  ['end', /^[（(]?(?:完|全文完|END|End|end)[)）]?$/u],
  ['end', /^[-—－=\s]{0,6}(?:END|End)[-—－=\s]{0,6}$/u],
  ['source', /^(?:来源|來源|資料來源|资料来源|稿源|转自|轉自|原标题|原標題|文章来源|文章來源|图片来源|圖片來源|发布单位|發布單位|发稿单位|發稿單位|发布机构|發布機構)\s{0,2}[：:|｜丨].{0,80}$/u],
  ['source', /^[（(](?:文章来源|文章來源|来源|來源|稿源|转自|轉自|原载|原載)[：:][^（()）]{0,80}[)）]$/u],
  // `《人民日报》（2024年03月09日　第 04 版）`: a print page's footer.
  ['source', /^《[^》]{1,20}》\s{0,2}[（(]\s{0,2}\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日\s{0,3}(?:第\s{0,2}[\d一二三四五六七八九十]{1,3}\s{0,2}版)?\s{0,2}[)）]$/u],
  // `以下文章来源于商务微新闻，作者…`: a reprint's header naming the account it copies.
  ['source', /^以下文章来源于[^。！？]{1,60}$/u],
  // `（侨报网综合报道）`, `（据新华社）`: a credit line closing a reprint.
  ['source', /^[（(](?:据|據)?[^（()）。！？，]{1,20}(?:综合报道|綜合報導|报道|報導|编译|編譯|社|网|網|报|報|台)[)）]$/u],
  ['editor', /^(?:作者|标签|標籤|关键词|關鍵詞|关键字|關鍵字)\s{0,2}[：:].{0,80}$/u],
  // `记者 张三 李四`, `文/张三`, `（记者 张三）`: a byline.
  ['byline', /^[（(]?(?:本报记者|本報記者|新华社记者|新華社記者|记者|記者|通讯员|通訊員|文|作者)\s{0,2}[/｜|丨]?\s{0,2}(?:[\p{Script=Han}·]{2,4}[\s、，]{0,3}){1,4}[)）]?$/u],
  // `点击关注`, `长按识别二维码`, `扫码关注`: a reprint asking to be followed.
  ['follow', /^.{0,20}(?:点击(?:上方|下方|蓝字)?关注|點擊(?:上方|下方)?關注|长按(?:识别|二维码)|長按(?:識別|二維碼)|扫码关注|掃碼關注|关注我们|關注我們|星标|星標|点个在看|點個在看).{0,30}$/u],
  // `中華民國113年05月02日`: a ROC date line.
  ['closing-date', /^(?:中華民國|中华民国|民國|民国)\s{0,2}\d{2,3}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日.{0,12}$/u],
  ['time', new RegExp(String.raw`^(?:${DAY}\s{1,4})?${CLOCK}$|^[\[［【]${CLOCK}[\]］】]$`, 'u')],
  // `2024年11月21日 20:52 来源：第一财经 作者：韩思远`: a date and time, a source, no sentence.
  ['source', new RegExp(String.raw`^\d{4}年\d{1,2}月\d{1,2}日\s{0,4}(?:${CLOCK})?[^。！？，]{0,60}$`, 'u')],
  ['source', /^(?:发布时间|發布時間|发稿时间|發稿時間|更新时间|更新時間|时间|時間)[：:]\s{0,2}\d{4}[-/.年][^。！？，]{0,60}$/u],
  // `人民网 2017-03-15 13:09:23`: a publisher and a time stamp, no sentence.
  ['source', new RegExp(String.raw`^[^。！？，]{0,40}${DAY}\s{0,4}(?:${CLOCK})?[^。！？，]{0,40}$`, 'u')],
  ['caption', /^.{0,200}(?:记者|記者|摄影|攝影|通讯员|通訊員)\s{0,3}[\p{L}·、\s]{1,24}(?:摄|攝)[)）]?$/u],
  // `（资料图）`, `▲ 发布会现场`, `图为…`, `（新华社发）`: a photo and its caption.
  ['caption', /^[（(【\[]?(?:资料图|資料圖|资料照|資料照|资料图片|資料圖片|图片|圖片|视频|視頻|配图|配圖|新华社发|新華社發|供图|供圖)(?:[：:][^。！？]{0,40})?[)）】\]]?$/u],
  ['caption', /^[▲△▼↑↓☝]\s{0,2}.{0,200}$/u],
  ['caption', /^(?:图为|圖為|图：|圖：|图\/|圖\/|上图|上圖|下图|下圖)[^？?]{0,200}$/u],
  ['caption', /^.{0,200}[（(](?:资料图|資料圖|资料照|資料照|资料图片|資料圖片|图片来源|圖片來源)[^（()）]{0,30}[)）]$/u],
  // `…举行发布会 中国网 许明 摄`, `…朱岚（中评社 王青摄）`: an outlet and a photographer.
  ['caption', /^.{0,200}(?:社|网|網|报|報|台)\s{1,3}[\p{Script=Han}·]{2,4}\s{0,2}(?:摄|攝)[)）]?$/u],
  ['rule', /^[＊*※·•\-—－=＝~～\s]{3,80}$/u],
  ['closing-date', /^\d{4}年\d{1,2}月\d{1,2}日\s{0,2}[（(]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][)）]?$/u],
  ['closing-date', /^香港(?:時間|时间)\s{0,2}\d{1,2}[時时]\d{1,2}分$/u],
  ['note', /^[（(](?:註|注|請同時參閱|请同时参阅|只有中文|只有英文)[^（()）]{0,200}[)）]$/u],
];

/** Tell what kind of noise a whole line is, or null for text. */
export function noiseKindOf(text: string): NoiseKind | null {
  // `• 資料來源：…`: a list bullet says nothing of what the line is.
  const line = text.replace(LIST_BULLET, '');
  for (const [kind, pattern] of WHOLE_LINE) if (pattern.test(line)) return kind;
  return null;
}

const LIST_BULLET = /^[•·▪◦]\s{0,2}/u;

const TRAILING_TIME = new RegExp(String.raw`[\[［【](${CLOCK})[\]］】]$`, 'u');
const TRAILING_EDITOR = /[【\[［](?:责任编辑|責任編輯|编辑|編輯)[：:][^】\]］]{0,24}[】\]］]$/u;

/** Split a live-text time stamp (`…谢谢。[10:32]`) off the end of a paragraph. */
export function trailingTime(text: string): { text: string; time: string } | null {
  const match = TRAILING_TIME.exec(text);
  if (!match?.[1] || match.index === 0) return null;
  return { text: text.slice(0, match.index).trimEnd(), time: match[1].replaceAll('：', ':') };
}

/** Split a portal's editor tag (`…谢谢。【编辑：李新】`) off the end of a paragraph. */
export function trailingEditor(text: string): { text: string; tag: string } | null {
  const match = TRAILING_EDITOR.exec(text);
  if (!match || match.index === 0) return null;
  return { text: text.slice(0, match.index).trimEnd(), tag: match[0] };
}

const ENDING_CLOCK = new RegExp(`(${CLOCK})[\\]］】]?$`, 'u');

/** Read the clock time of a whole-line time stamp (`2024-03-08 08:31:12` → `08:31:12`). */
export function clockOf(text: string): string | null {
  return ENDING_CLOCK.exec(text)?.[1]?.replaceAll('：', ':') ?? null;
}
