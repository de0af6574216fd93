import { beforeAll, expect, it } from 'vitest';
import { archivePath, searchFiltersPath } from '../../src/shared/paths';
import type { FilterMenus, FilterValues } from '../../src/shared/search/filters';
import { attributeOf } from '../helpers/html';
import { readDist, requireBuild, SCRIPTS } from '../helpers/site';
import { parsedPages } from './pages';

beforeAll(() => requireBuild());

it("each script's search-filter file offers exactly the values its pages give Pagefind, sorted", () => {
  for (const script of SCRIPTS) {
    const { names, ...offered } = JSON.parse(readDist(searchFiltersPath(script).slice(1))) as FilterMenus;
    const inPages = new Map<string, Set<string>>();
    const prefix = archivePath(script).slice(1);
    for (const page of parsedPages().filter((parsed) => parsed.lang === script && parsed.file.startsWith(prefix))) {
      for (const element of page.elements) {
        const filter = attributeOf(element, 'data-pagefind-filter');
        if (filter === null) continue;
        const [key = '', value] = [filter.slice(0, filter.indexOf(':')), filter.slice(filter.indexOf(':') + 1)];
        inPages.set(key, (inPages.get(key) ?? new Set()).add(value));
      }
    }
    expect(Object.keys(offered).sort(), script).toEqual([...inPages.keys()].sort());
    for (const [key, values] of inPages) expect([...offered[key as keyof FilterValues]].sort(), `${script} ${key}`).toEqual([...values].sort());
    expect(offered.date, script).toEqual([...offered.date].sort());
    expect(offered.outlet.length, script).toBeGreaterThan(5);
    // Each conference is offered by its id and named by its date and headline.
    expect(Object.keys(names).sort(), script).toEqual([...offered.conference].sort());
    for (const name of Object.values(names)) expect(name, script).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \S/u);
  }
});
