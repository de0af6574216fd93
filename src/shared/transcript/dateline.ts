import type { Dateline } from './types';

// `新华社北京3月7日电`, `中评社北京4月12日电`, `中新网4月12日电`, `本报北京3月7日讯`, `中央社台北12日電`:
// an agency, a place, an optional year, a month (optional in some), a day, then 电/電/讯/訊. Bounded, so linear.
const DATELINE =
  /^([^\s\d，。：:（(]{1,12}?(?:社|网|網|报|報|台|处|處|部|办|辦))([^\s\d，。：:（(]{0,8}?)(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:电|電|讯|訊)/u;

/** Read a dateline such as `新华社北京3月7日电` at the start of a paragraph. */
export function datelineOf(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  if (!match) return null;
  const [label, agency = '', place = '', year, month, day = ''] = match;
  return {
    label,
    agency,
    place,
    ...(year ? { year: Number(year) } : {}),
    ...(month ? { month: Number(month) } : {}),
    day: Number(day),
  };
}

/** Tell whether a dateline's date disagrees with an ISO date (parts it does not print cannot disagree). */
export function datelineDisagrees(dateline: Dateline, isoDate: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number);
  return (
    (dateline.year !== undefined && dateline.year !== year) ||
    (dateline.month !== undefined && dateline.month !== month) ||
    dateline.day !== day
  );
}
