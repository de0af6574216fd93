import { expect, it } from 'vitest';
import { yearBars } from '../../../src/shared/charts/year-bars';

it('scales bars to the largest year, keeps a small year visible and an empty year flat', () => {
  const chart = yearBars([
    { year: '2022', count: 200 },
    { year: '2023', count: 0 },
    { year: '2024', count: 1 },
  ]);
  expect(chart.bars.map((bar) => bar.height)).toEqual([120, 0, 1]);
  expect(chart.bars.every((bar) => bar.y + bar.height === chart.baseline)).toBe(true);
  expect(chart.bars.map((bar) => bar.x)).toEqual([8, 40, 72]);
  expect(chart.width).toBe(104);
  expect(chart.max).toBe(200);
});
