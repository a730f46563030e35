// Which year an announcement's year names. An announcement dates an edition by its ceremony ("at the 96th
// Academy Awards" is the 2024 ceremony), while an edition is filed under the year it honours (the 96th
// honours the films of 2023). For most awards the two are the same year; for one held early in the next
// year (the Academy Awards) they differ by one. An award's offset is learnt from its editions whose
// ceremony date is known, so nothing is guessed for an award without any.

export interface DatedEdition {
  year: number;
  ceremonyYear: number | null;
}

/** Years from an edition's awards year to its ceremony, as this award's dated editions show (0 if none). */
export function ceremonyOffset(editions: readonly DatedEdition[]): number {
  const offsets = editions.filter((e) => e.ceremonyYear !== null).map((e) => e.ceremonyYear! - e.year);
  return offsets.length ? Math.max(0, Math.round(offsets.reduce((a, b) => a + b, 0) / offsets.length)) : 0;
}
