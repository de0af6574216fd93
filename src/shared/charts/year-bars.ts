/** How many items fall in one year (a count, or a rate). */
export interface YearCount {
  year: string;
  count: number;
}

/** One bar of a per-year chart, in the chart's own units. */
export interface YearBar {
  year: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A per-year bar chart laid out for an SVG `viewBox`: bars, and where the axis labels go. */
export interface YearBars {
  width: number;
  height: number;
  /** The y of the baseline the bars stand on; year labels go below it. */
  baseline: number;
  max: number;
  bars: YearBar[];
}

const BAR = 24;
const GAP = 8;
const PLOT = 120;
const TOP = 16;
const BOTTOM = 20;

/** A bar's length for a count, to scale with the largest count: a non-zero count at least one unit long, so it never looks empty. */
export function barLength(count: number, max: number, plot: number): number {
  return count === 0 ? 0 : Math.max(1, Math.round((count / max) * plot));
}

/**
 * Lay out a per-year bar chart: one bar a year, oldest at the left, heights to scale with the largest
 * year, a non-zero year at least one unit tall so it never looks empty. Drawn as SVG at build time (record pages) and in the browser (the search's counts).
 */
export function yearBars(counts: readonly YearCount[]): YearBars {
  const max = Math.max(1, ...counts.map((entry) => entry.count));
  const baseline = TOP + PLOT;
  const bars = counts.map((entry, index) => {
    const height = barLength(entry.count, max, PLOT);
    return { year: entry.year, count: entry.count, x: GAP + index * (BAR + GAP), y: baseline - height, width: BAR, height };
  });
  return { width: GAP + counts.length * (BAR + GAP), height: baseline + BOTTOM, baseline, max, bars };
}
