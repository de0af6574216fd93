import type { NumberedLine } from './lines';

/**
 * A header block: `时间：…` `地点：…` `发布人：…` `主持人：…` lines before the record. They look like
 * speaker labels but say who and when; the parser keeps them as metadata and learns names from them.
 */

/** One line of a header block. */
export interface HeaderEntry {
  key: string;
  value: string;
  line: number;
}

const HEADER_LINE =
  /^(时间|時間|日期|地点|地點|发布人|發布人|发布嘉宾|發布嘉賓|嘉宾|嘉賓|出席|出席人员|出席人員|主持人|主持|主题|主題|发布会主题|發布會主題|发布内容|發布內容|发言人|發言人)[ \u3000]{0,2}[：:∶︰﹕][ \u3000]{0,2}([^。！？]{0,120})$/u;
// A block says when or where, or who presents: a lone `主持人：…` may be the host speaking.
const DEFINING = /^(?:时间|時間|日期|地点|地點|发布人|發布人|发布嘉宾|發布嘉賓|嘉宾|嘉賓|出席|出席人员|出席人員|主题|主題|发布会主题|發布會主題|发布内容|發布內容)$/u;

const CONTINUES_VALUE = /^[^。！？：:，,]{2,40}$/u;

/** Read a header line (`地点：国务院新闻办新闻发布厅`), or null. */
export function headerEntryOf(numbered: NumberedLine): HeaderEntry | null {
  const match = HEADER_LINE.exec(numbered.text);
  return match?.[1] && match[2] !== undefined ? { key: match[1], value: match[2].trim(), line: numbered.line } : null;
}

/**
 * Find the header blocks among the lines before the record: runs of header lines of which one at
 * least says when, where or who presents. Gives the indexes of the lines they take.
 */
export function headerBlocks(lines: readonly NumberedLine[]): { entries: HeaderEntry[]; indexes: Set<number> } {
  const entries: HeaderEntry[] = [];
  const indexes = new Set<number>();
  let run: { entry: HeaderEntry; index: number }[] = [];
  const close = () => {
    if (run.some(({ entry }) => DEFINING.test(entry.key))) {
      for (const { entry, index } of run) {
        if (entry.value !== '' && !entries.includes(entry)) entries.push(entry);
        indexes.add(index);
      }
    }
    run = [];
  };
  lines.forEach((numbered, index) => {
    const entry = headerEntryOf(numbered);
    const last = run.at(-1);
    if (entry) run.push({ entry, index });
    // `　　　　省文化和旅游厅副厅长 林秋月` under `发布人：…`: one more value of the entry above.
    else if (last && CONTINUES_VALUE.test(numbered.text)) {
      last.entry.value += last.entry.value === '' ? numbered.text : `、${numbered.text}`;
      run.push({ entry: last.entry, index });
    } else close();
  });
  close();
  return { entries, indexes };
}

/** Tell whether a header key names the host. */
export function namesHost(key: string): boolean {
  return key.startsWith('主持');
}
