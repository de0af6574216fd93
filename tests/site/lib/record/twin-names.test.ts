import { expect, it } from 'vitest';
import { twinNames } from '../../../../src/site/lib/record/twin-names';

it('maps each printed name to the name of the same position on the twin page', () => {
  const keys = twinNames([
    [['陈远', '何嘉明'], ['陳遠', '何嘉明']],
    [['陈远'], ['陳遠']],
    [['云'], ['雲']],
    [['雲'], ['雲']],
  ]);
  expect([...keys]).toEqual([
    ['陳遠', '陈远'],
    ['何嘉明', '何嘉明'],
    ['雲', '云'],
  ]);
});
