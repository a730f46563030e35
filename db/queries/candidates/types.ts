// The types of candidate processing. ExtractedCandidate is the extractor's contract (jobs/extract/types.ts,
// a module of types only), re-exported so that db code names one shape.
export type { ExtractedCandidate } from '../../../jobs/extract/types';

/** What a candidate matched in the catalogue (null where nothing did), and what is missing. */
export interface CandidateMatch {
  awardId: number | null;
  awardName: string | null;
  editionId: number | null;
  editionName: string | null;
  editionYear: number | null;
  categoryId: number | null;
  categoryName: string | null;
  filmId: number | null;
  filmTitle: string | null;
  nominationId: number | null;
  missing: MissingPart[];
  /** Why the first missing part is missing, in words for the review queue. */
  reason: string | null;
}

export type MissingPart = 'award' | 'edition' | 'category' | 'film' | 'nomination';
