import { expect, it } from 'vitest';
import { nameBars } from '../../../src/shared/charts/name-bars';

it('gives each name a row, bars from one start scaled to the largest, a small count still visible', () => {
  const chart = nameBars([
    { name: '王毅', count: 300 },
    { name: '毛宁', count: 1 },
    { name: '林远', count: 0 },
  ]);
  expect(chart.bars.map((bar) => bar.width)).toEqual([240, 1, 0]);
  expect(chart.bars.map((bar) => bar.y)).toEqual([3, 23, 43]);
  expect(chart.bars.every((bar) => bar.x === chart.start)).toBe(true);
  expect(chart.height).toBe(3 * chart.row);
  expect(chart.max).toBe(300);
});

it('lays out nothing for no names', () => {
  expect(nameBars([])).toMatchObject({ height: 0, max: 1, bars: [] });
});
