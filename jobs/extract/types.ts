// The extractor's contract: what it reads (an announcement's plain text and a catalogue of known
// awards, categories and films) and what it proposes (candidate facts, each with the sentence saying it).
// Other tools rely on ExtractedCandidate's shape through `laurels extract --json`.

export const EXTRACTED_STATUSES = ['shortlisted', 'nominated', 'won'] as const;
export type ExtractedStatus = (typeof EXTRACTED_STATUSES)[number];

export interface ExtractedCandidate {
  film: string;
  status: ExtractedStatus;
  category: string | null;
  award: string | null;
  year: number | null;
  /** 0..1: how the fact was found (explicit award, category and trigger in one sentence is high). */
  confidence: number;
  /** The sentence that says it. */
  evidence: string;
}

export interface ExtractHints {
  /** An award the source is about: its slug or name. */
  award?: string | null;
  /** ISO date the announcement was published, for the edition year when the text gives none. */
  publishedAt?: string | null;
}

/** A known edition: its ordinal (the 89th), the year it honours and the year of its ceremony. */
export interface CatalogueEditionInput {
  ordinal: number | null;
  year: number;
  ceremonyYear: number | null;
}

export interface CatalogueAwardInput {
  slug: string;
  name: string;
  aliases: string[];
  /** The names of the organisation that gives it, when it gives no other award ("the IDA announced"). */
  organizationNames?: string[];
  editions: CatalogueEditionInput[];
  /** Category names with their aliases. */
  categories: { name: string; aliases: string[] }[];
}

export interface CatalogueInput {
  awards: CatalogueAwardInput[];
  /** Film titles and aliases, each with the catalogue's title. */
  films: { title: string; aliases: string[] }[];
}
