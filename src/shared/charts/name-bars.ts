import { barLength } from './year-bars';

/** One bar of a chart of named counts (answerers), in the chart's own units. */
export interface NameBar {
  name: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A chart of named counts laid out for an SVG `viewBox`: a row per name, the name at the left of its bar. */
export interface NameBars {
  width: number;
  height: number;
  /** The x the bars start at; names end just before it. */
  start: number;
  /** The height of one row (its bar and the gap under it). */
  row: number;
  max: number;
  bars: NameBar[];
}

const ROW = 20;
const BAR = 14;
const LABEL = 112;
const PLOT = 240;
const COUNT = 40;

/**
 * Lay out a chart of named counts: one row per name in the order given, bars from a common start,
 * lengths to scale with the largest, a non-zero count at least one unit long so it never looks empty.
 */
export function nameBars(counts: readonly { name: string; count: number }[]): NameBars {
  const max = Math.max(1, ...counts.map((entry) => entry.count));
  const bars = counts.map((entry, index) => ({
    name: entry.name,
    count: entry.count,
    x: LABEL,
    y: index * ROW + (ROW - BAR) / 2,
    width: barLength(entry.count, max, PLOT),
    height: BAR,
  }));
  return { width: LABEL + PLOT + COUNT, height: counts.length * ROW, start: LABEL, row: ROW, max, bars };
}
