// The reader's place across the script switch: loaded when the switch is used, and on the page it
// opens, so pages carry none of it before.

const PLACE_KEY = 'script-place';
/** Where the reader was before switching script: the twin page, a paragraph and its distance from the viewport's top. */
type Place = { twin?: string; id?: string; top?: number };

/** Remember the paragraph nearest the top of the viewport (below the sticky header), and where it stands, for the twin page. */
export function keepPlace(twin: string): void {
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const paragraph = [...document.querySelectorAll<HTMLElement>('main p[id]')].find((element) => element.getBoundingClientRect().bottom > header);
  if (!paragraph) return;
  try {
    sessionStorage.setItem(PLACE_KEY, JSON.stringify({ twin, id: paragraph.id, top: paragraph.getBoundingClientRect().top } satisfies Place));
  } catch {}
}

/** Scroll the page opened by the switch so the paragraph read before stands where it stood. */
export function restorePlace(): void {
  let place: Place | null = null;
  try {
    place = JSON.parse(sessionStorage.getItem(PLACE_KEY) ?? 'null') as Place | null;
    sessionStorage.removeItem(PLACE_KEY);
  } catch {}
  if (!place || place.twin !== location.pathname || location.hash || typeof place.top !== 'number') return;
  const paragraph = place.id ? document.getElementById(place.id) : null;
  if (paragraph) scrollBy(0, paragraph.getBoundingClientRect().top - place.top);
}
