import type { Dateline } from './types';

// `新华社北京3月7日电`: agency, place, month, day. Wire datelines print no year.
const DATELINE = /^(\S*?社)(\S*?)(\d{1,2})月(\d{1,2})日电/u;

/** Read a wire dateline such as `新华社北京3月7日电` at the start of a paragraph. */
export function datelineOf(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  if (!match) return null;
  const [label, agency = '', place = '', month = '', day = ''] = match;
  return { label, agency, place, month: Number(month), day: Number(day) };
}
