// The arithmetic of the server-drawn charts: linear scales and round tick values. No library: the
// charts are a few lines of SVG, and drawing them on the server sends no JavaScript at all.

/**
 * A coordinate to a tenth of a unit. The charts' view boxes are a few hundred units wide, so a tenth is
 * finer than any screen shows, and a chart of a few hundred points is written in a third of the bytes
 * (each coordinate appears in the HTML and again in the page's RSC payload).
 */
export const roundCoordinate = (value: number) => Math.round(value * 10) / 10;

/**
 * Maps a domain [d0, d1] onto a range [r0, r1], rounded (roundCoordinate); a domain of one value maps to
 * the range's middle.
 */
export function linearScale(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => roundCoordinate((r0 + r1) / 2);
  return (value) => roundCoordinate(r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));
}

/** About `count` round values from 0 to at least `max` (1, 2 or 5 times a power of ten apart). */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? raw;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(Math.round(value * 1e6) / 1e6);
  return ticks;
}

/** Years to label on an axis: the first, the last, and round ones between, about `count` in all. */
export function yearTicks(first: number, last: number, count = 6): number[] {
  if (last <= first) return [first];
  const span = last - first;
  const step = [1, 2, 5, 10, 20, 25, 50].find((candidate) => span / candidate <= count) ?? 100;
  const ticks = new Set<number>([first]);
  for (let year = Math.ceil(first / step) * step; year < last; year += step) ticks.add(year);
  ticks.add(last);
  // Drop a round year crowding the first or the last, whose labels would overlap.
  return [...ticks].filter(
    (year) => year === first || year === last || (year - first >= step / 2 && last - year >= step / 2),
  );
}

/**
 * Colours for series, distinguishable and dark enough on white. Each series also has its own dash pattern
 * (and marker shape, where points are drawn), so the lines can be told apart without telling colours apart.
 */
export const SERIES_COLOURS = ['#1b4f8a', '#a0461a', '#1f6f3a', '#6b3fa0', '#8a6d00', '#0f6e75'] as const;
export const SERIES_DASHES = [undefined, '7 3', '2 2', '9 3 2 3', '4 4', '12 3 2 3 2 3'] as const;

export function seriesStyle(index: number): { colour: string; dash: string | undefined } {
  return { colour: SERIES_COLOURS[index % SERIES_COLOURS.length]!, dash: SERIES_DASHES[index % SERIES_DASHES.length] };
}
