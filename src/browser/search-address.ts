// The search page's address holds the search (shareable, and Back returns to the one before); the
// 简/繁 switch follows it, so the twin page opens on the same search.
import { searchOf, stateOf, type SearchState } from '../shared/search/state';

/** How a search changed: typing, Enter, or a filter. */
export type Change = 'type' | 'enter' | 'filter';

export interface SearchAddress {
  /** Read the search the address holds. */
  read: () => SearchState;
  /**
   * Write a search into the address: typing after a finished search starts a new history entry and
   * rewrites it while the typing goes on; Enter finishes it; a filter is an entry of its own.
   */
  record: (state: SearchState, how: Change) => void;
  /** Note that the address's search has just been shown (on arrival, Back and Forward). */
  restored: () => void;
}

/** Keep searches in the address of the search page. */
export function searchAddress(maxQuery: number): SearchAddress {
  let finished = true;
  const followSwitch = () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-script-switch]')) link.search = location.search;
  };
  return {
    read: () => stateOf(location.search, maxQuery),
    record: (state, how) => {
      const url = `${location.pathname}${searchOf(state)}`;
      if (url !== `${location.pathname}${location.search}`) {
        if (how === 'filter' || (how === 'type' && finished)) history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
      finished = how !== 'type';
      followSwitch();
    },
    restored: () => {
      finished = true;
      followSwitch();
    },
  };
}
