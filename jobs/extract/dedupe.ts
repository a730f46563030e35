// One candidate per (film, status, category): the most confident sentence wins. A fact without a
// category gives way to the same fact with one, and "nominated" gives way to "won" in the same category
// (an announcement of a winner names it among the nominees too).
import { compactKey, titleKey } from './text';
import type { ExtractedCandidate } from './types';

export function dedupeCandidates(candidates: ExtractedCandidate[]): ExtractedCandidate[] {
  const byKey = new Map<string, ExtractedCandidate>();
  for (const c of candidates) {
    const key = `${titleKey(c.film)}\t${c.status}\t${compactKey(c.category ?? '')}`;
    const known = byKey.get(key);
    if (!known || c.confidence > known.confidence) byKey.set(key, c);
  }
  const kept = [...byKey.values()];
  return kept.filter((c) => {
    const film = titleKey(c.film);
    const category = compactKey(c.category ?? '');
    return !kept.some((other) => {
      if (other === c || titleKey(other.film) !== film) return false;
      if (!c.category && other.category && other.status === c.status) return true;
      const sameCategory = !c.category || compactKey(other.category ?? '') === category;
      return c.status === 'nominated' && other.status === 'won' && sameCategory;
    });
  });
}
