// How often a search's terms were said: its matching answers per year and per answerer, drawn as plain
// SVG from Pagefind's counts, each bar a link to those results, with the same figures in a table.
// Loaded when the reader opens the disclosure that holds it on the search page, never before.
import type { StringKey } from '../site/i18n/strings';
import type { Script } from '../shared/content/schema';
import { nameBars } from '../shared/charts/name-bars';
import { yearBars } from '../shared/charts/year-bars';
import { QUESTION_YEAR } from '../shared/search/filters';
import { searchOf, type PagefindFilters, type SearchState } from '../shared/search/state';
import { answererSearch, termAnswerers, termYears, yearSearch, type TermAnswerer, type TermYear } from '../shared/search/term-counts';
import { element } from './dom';
import { countMatches } from './search-counts';
import type { Engine } from './search-engine';

type Strings = (key: StringKey, values?: Record<string, string | number>) => string;

/** The search counted: what the address holds, and the Pagefind filters it gives. */
export interface TermSearch {
  engine: Engine;
  script: Script;
  t: Strings;
  state: SearchState;
  filters: PagefindFilters;
}

const SVG = 'http://www.w3.org/2000/svg';
// Answerers drawn at most (the table lists them all).
const CHART_NAMES = 20;
// Whether the years show per 100 answers: kept while the reader searches on.
let perAnswers = false;

/** Count a search and show its charts in `box`, unless `current()` says a newer search has replaced it meanwhile. */
export async function showTermCounts(box: HTMLElement, search: TermSearch, current: () => boolean): Promise<void> {
  const { engine, script, t, state, filters } = search;
  box.setAttribute('aria-busy', 'true');
  box.replaceChildren(element('p', { className: 'search-terms-note', textContent: t('search.termsLoading') }));
  const counts = await countMatches(engine, script, state.q || null, filters).finally(() => {
    if (current()) box.removeAttribute('aria-busy');
  });
  if (!current()) return;
  const years = termYears(counts.matching[QUESTION_YEAR], counts.all[QUESTION_YEAR]);
  if (years.every((year) => year.count === 0)) {
    box.replaceChildren(element('p', { className: 'search-terms-note', textContent: t('search.termsNone') }));
    return;
  }
  const rate = element('input', { type: 'checkbox', checked: perAnswers });
  const byYear = element('figure', { className: 'year-chart search-terms-years' });
  const draw = () => byYear.replaceChildren(...yearChart(years, rate.checked, search));
  rate.addEventListener('change', () => {
    perAnswers = rate.checked;
    draw();
  });
  draw();
  const answerers = termAnswerers(counts.matching['answerer']);
  box.replaceChildren(
    element('label', { className: 'search-terms-rate' }, rate, ` ${t('search.termsRate')}`),
    byYear,
    element('figure', { className: 'name-chart search-terms-answerers' }, ...answererChart(answerers, search)),
  );
}

/** Draw the years, as counts or per 100 answers, with their table. */
function yearChart(years: readonly TermYear[], rate: boolean, { t, state }: TermSearch): Node[] {
  const shown = years.map(({ year, count, per100 }) => ({ year, count: rate ? per100 : count }));
  const chart = yearBars(shown);
  const title = t(rate ? 'search.termsYearsRate' : 'search.termsYears');
  const size = { viewBox: `0 0 ${chart.width} ${chart.height}`, width: chart.width, height: chart.height };
  const image = svg(
    'svg',
    { role: 'img', 'aria-labelledby': 'search-terms-years-title', ...size },
    svg('title', { id: 'search-terms-years-title' }, `${title}：${shown.map(({ year, count }) => t('chart.yearCount', { year, count: figure(count) })).join('，')}`),
    svg('line', { x1: 0, x2: chart.width, y1: chart.baseline, y2: chart.baseline, class: 'axis' }),
    ...chart.bars.flatMap((bar) => [
      svg('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, class: 'bar' }),
      ...(bar.count > 0 ? [svg('text', { x: bar.x + bar.width / 2, y: bar.y - 3, class: 'count' }, figure(bar.count))] : []),
      svg('text', { x: bar.x + bar.width / 2, y: chart.baseline + 13, class: 'year' }, bar.year.slice(2)),
    ]),
  );
  const linked = years.filter((year) => year.count > 0);
  const links = svg(
    'svg',
    { class: 'chart-links', role: 'group', ...size },
    ...linked.map((year) => {
      const bar = chart.bars.find((each) => each.year === year.year);
      const label = t('search.termsYearLink', { year: year.year, count: year.count, total: year.total });
      return svg('a', { href: hrefOf(yearSearch(state, year.year)), 'aria-label': label }, svg('rect', { x: (bar?.x ?? 0) - 2, y: 0, width: (bar?.width ?? 0) + 4, height: chart.height, class: 'hit' }));
    }),
  );
  const rows = years.map((year) =>
    element(
      'tr',
      {},
      element('th', { scope: 'row' }, year.count > 0 ? element('a', { href: hrefOf(yearSearch(state, year.year)), textContent: year.year }) : year.year),
      element('td', { textContent: String(year.count) }),
      element('td', { textContent: String(year.total) }),
      // A year without answers has no rate.
      element('td', { textContent: year.total > 0 ? figure(year.per100) : '—' }),
    ),
  );
  const head = [t('chart.year'), t('search.termsCount'), t('search.termsTotal'), t('search.termsPer100')];
  return [element('figcaption', { textContent: title }), element('div', { className: 'chart-frame' }, image, links), table(title, head, rows, t)];
}

/** Draw the answerers, most answers first (the first few; the table has them all). */
function answererChart(answerers: readonly TermAnswerer[], { t, state }: TermSearch): Node[] {
  const title = t('search.termsAnswerers');
  const shown = answerers.slice(0, CHART_NAMES);
  const chart = nameBars(shown);
  const size = { viewBox: `0 0 ${chart.width} ${chart.height}`, width: chart.width, height: chart.height };
  const image = svg(
    'svg',
    { role: 'img', 'aria-labelledby': 'search-terms-answerers-title', ...size },
    svg('title', { id: 'search-terms-answerers-title' }, `${title}：${shown.map(({ name, count }) => `${name}${count}`).join('，')}`),
    ...chart.bars.flatMap((bar) => [
      svg('text', { x: chart.start - 6, y: bar.y + bar.height - 3, class: 'name' }, bar.name),
      svg('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, class: 'bar' }),
      svg('text', { x: bar.x + bar.width + 4, y: bar.y + bar.height - 3, class: 'count' }, String(bar.count)),
    ]),
  );
  const links = svg(
    'svg',
    { class: 'chart-links', role: 'group', ...size },
    ...chart.bars.map((bar) =>
      svg(
        'a',
        { href: hrefOf(answererSearch(state, bar.name)), 'aria-label': t('search.termsAnswererLink', { name: bar.name, count: bar.count }) },
        svg('rect', { x: 0, y: bar.y - (chart.row - bar.height) / 2, width: chart.width, height: chart.row, class: 'hit' }),
      ),
    ),
  );
  const rows = answerers.map(({ name, count }) =>
    element('tr', {}, element('th', { scope: 'row' }, element('a', { href: hrefOf(answererSearch(state, name)), textContent: name })), element('td', { textContent: String(count) })),
  );
  const note = answerers.length > CHART_NAMES ? [element('p', { className: 'search-terms-note', textContent: t('search.termsTop', { count: CHART_NAMES }) })] : [];
  return [element('figcaption', { textContent: title }), element('div', { className: 'chart-frame' }, image, links), ...note, table(title, [t('search.answerer'), t('search.termsCount')], rows, t)];
}

/** Give the same figures as a table with its caption, under the disclosure the record pages' charts use. */
function table(caption: string, head: string[], rows: HTMLTableRowElement[], t: Strings): HTMLDetailsElement {
  return element(
    'details',
    {},
    element('summary', { textContent: t('chart.table') }),
    element(
      'table',
      {},
      element('caption', { textContent: caption }),
      element('thead', {}, element('tr', {}, ...head.map((text) => element('th', { scope: 'col', textContent: text })))),
      element('tbody', {}, ...rows),
    ),
  );
}

/** Give the search page's address for a search. */
function hrefOf(state: SearchState): string {
  return `${location.pathname}${searchOf(state)}`;
}

/** Write a count as it is and a rate to one decimal. */
function figure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Create an SVG element with attributes and children. */
function svg(tag: string, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}
