// The arithmetic of the server-drawn charts: linear scales and round tick values. No library: the
// charts are a few lines of SVG, and drawing them on the server sends no JavaScript at all.

/** Maps a domain [d0, d1] onto a range [r0, r1]; a domain of one value maps to the range's middle. */
export function linearScale(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
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

/** Colours for series, distinguishable and dark enough on white (each also has its own marker shape). */
export const SERIES_COLOURS = ['#1b4f8a', '#a0461a', '#1f6f3a', '#6b3fa0', '#8a6d00', '#0f6e75'] as const;
