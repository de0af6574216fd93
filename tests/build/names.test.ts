import { beforeAll, describe, expect, it } from 'vitest';
import { attributeOf, textOf } from '../helpers/html';
import { conferencePath, DIST, distFiles, QUESTIONS, questionPath, readDist, requireBuild, SCRIPTS } from '../helpers/site';
import { parsePage } from './pages';

// Names are text from transcripts: on the built pages each stands in an element of its own that
// isolates its direction (a <bdi>, or a class the stylesheet isolates), so a name cannot reorder a line.

beforeAll(() => requireBuild());

const fileOf = (path: string) => `${path.slice(1)}index.html`;
const kickerNames = (file: string) => {
  const { elements } = parsePage(file);
  const kicker = elements.find((element) => element.tagName === 'p' && (attributeOf(element, 'class') ?? '').split(/\s+/).includes('kicker'));
  expect(kicker, file).toBeDefined();
  return (kicker?.querySelectorAll('bdi') ?? []).map((element) => textOf(element));
};

describe.each(SCRIPTS)('names in the kickers (%s)', (script) => {
  it('isolates each official on the conference page', () => {
    expect(kickerNames(fileOf(conferencePath(script)))).toEqual(['王毅']);
  });

  it('isolates the outlet and each answerer on every question page', () => {
    for (const number of QUESTIONS) {
      const names = kickerNames(fileOf(questionPath(number, script)));
      expect(names.length, `question ${number}`).toBeGreaterThanOrEqual(2);
      expect(names.at(-1), `question ${number}`).toBe('王毅');
    }
  });
});

describe('the stylesheet', () => {
  it('isolates speaker names and titles, and names in lists', () => {
    // Astro inlines a small stylesheet into the page, else links it.
    const css = [...distFiles(DIST).filter((file) => file.endsWith('.css')), fileOf(conferencePath())].map((file) => readDist(file)).join('\n');
    expect(css).toMatch(/\.speaker-name[^{]*\{[^}]*unicode-bidi:\s*isolate/u);
  });
});
