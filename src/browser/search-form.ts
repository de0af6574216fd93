// The search form: the field, its one line of help, and the filters and order behind a disclosure, so
// that the first result is a few Tab stops from the field. It reads and writes a search as the address holds it.
import type { Strings } from '../site/i18n/strings';
import { spansMoreThanAYear } from '../shared/search/dates';
import type { FilterMenus } from '../shared/search/filters';
import { orderOf } from '../shared/search/order';
import { FILTER_KEYS, matchFilters, STATE_KEYS, type SearchState } from '../shared/search/state';
import { element } from './dom';

/** The longest query searched, in characters. */
export const MAX_QUERY = 200;

export interface SearchForm {
  form: HTMLFormElement;
  field: HTMLInputElement;
  /** The close button, in a dialog only. */
  close: HTMLButtonElement | null;
  /** Every filter and the order: each change runs the search again. */
  controls: (HTMLSelectElement | HTMLInputElement)[];
  /** Read the search the form holds. */
  read: () => SearchState;
  /** Show a search in the form, its filter values matched to the menus (see `matchFilters`). */
  write: (state: SearchState, fold: (text: string) => string) => void;
  /** Fill the menus, and offer a date range when the archive spans more than a year. */
  fill: (menus: FilterMenus) => void;
  /** Count the filters in use on the disclosure that holds them. */
  updateSummary: () => void;
}

/** Build the search form (with a close button in a dialog). */
export function buildSearchForm(t: Strings, { closable }: { closable: boolean }): SearchForm {
  const field = element('input', { type: 'search', name: 'q', maxLength: MAX_QUERY, placeholder: t('search.placeholder'), autocomplete: 'off' });
  field.setAttribute('aria-label', t('search.label'));
  field.setAttribute('enterkeyhint', 'search');
  const help = element('p', { id: 'search-help', className: 'search-help', textContent: t('search.help') });
  field.setAttribute('aria-describedby', help.id);
  const menu = (name: string, label: string, options: [string, string][]) => {
    const select = element('select', { name }, ...options.map(([value, text]) => element('option', { value, textContent: text })));
    return { select, label: element('label', {}, `${label} `, select) };
  };
  const order = menu('sort', t('search.order'), [['', t('search.newest')], ['relevance', t('search.relevance')]]);
  const selects = {
    outlet: menu('outlet', t('search.outlet'), [['', t('search.all')]]),
    answerer: menu('answerer', t('search.answerer'), [['', t('search.all')]]),
    conference: menu('conference', t('search.conference'), [['', t('search.all')]]),
  };
  const dateInput = (name: string, label: string) => {
    const input = element('input', { type: 'date', name });
    return { input, label: element('label', {}, `${label} `, input) };
  };
  const range = { from: dateInput('from', t('search.from')), to: dateInput('to', t('search.to')) };
  const summary = element('summary', { textContent: t('search.filters') });
  const menus = element('div', { className: 'search-filter-menus' }, order.label, ...FILTER_KEYS.map((key) => selects[key].label));
  const filters = element('details', { className: 'search-filters' }, summary, menus);
  const close = closable ? element('button', { type: 'button', className: 'search-close', textContent: t('search.close') }) : null;
  const form = element('form', { className: 'search-form', role: 'search' }, field, ...(close ? [close] : []), help, filters);

  const read = (): SearchState => ({
    q: [...field.value.trim()].slice(0, MAX_QUERY).join(''),
    outlet: selects.outlet.select.value,
    answerer: selects.answerer.select.value,
    conference: selects.conference.select.value,
    from: range.from.input.value,
    to: range.to.input.value,
    sort: order.select.value,
  });
  const inUse = () => STATE_KEYS.filter((key) => key !== 'q' && read()[key]).length;
  const updateSummary = () => {
    const count = inUse();
    summary.textContent = count > 0 ? t('search.filtersActive', { count }) : t('search.filters');
  };
  let offered: Record<(typeof FILTER_KEYS)[number], string[]> = { outlet: [], answerer: [], conference: [] };
  return {
    form,
    field,
    close,
    controls: [order.select, ...FILTER_KEYS.map((key) => selects[key].select), range.from.input, range.to.input],
    read,
    write: (state, fold) => {
      const matched = matchFilters(state, offered, fold);
      field.value = matched.q;
      for (const key of FILTER_KEYS) selects[key].select.value = matched[key];
      range.from.input.value = matched.from;
      range.to.input.value = matched.to;
      order.select.value = orderOf(matched.sort) === 'relevance' ? 'relevance' : '';
      updateSummary();
      // The filters in use show: the reader sees what narrows the results.
      if (inUse() > 0) filters.open = true;
    },
    fill: (values) => {
      offered = { outlet: values.outlet, answerer: values.answerer, conference: values.conference };
      for (const key of FILTER_KEYS) {
        const names = key === 'conference' ? values.names : {};
        selects[key].select.append(...values[key].map((value) => element('option', { value, textContent: names[value] ?? value })));
      }
      if (spansMoreThanAYear(values.date)) {
        for (const { input, label } of [range.from, range.to]) {
          Object.assign(input, { min: values.date[0], max: values.date.at(-1) });
          menus.append(label);
        }
      }
    },
    updateSummary,
  };
}
