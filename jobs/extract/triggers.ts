// The phrases that state a status, in three shapes: a verb whose subject (or "for <Title>") is the film
// ("X won", "X is up for"), a verb whose object is the film ("the prize went to X"), and a list
// ("the other nominees were A, B and C"). Hedged or negated phrases ("could win", "was not nominated")
// and compound adjectives ("Oscar-nominated director") state nothing.
import type { ExtractedStatus } from './types';

export type TriggerKind = 'subject' | 'object' | 'list';

export interface Trigger {
  status: ExtractedStatus;
  kind: TriggerKind;
  start: number;
  end: number;
  /** "was not nominated", "could win": kept as a boundary between clauses, but states nothing. */
  isHedged: boolean;
}

const LIST = new RegExp(
  [
    String.raw`\b(?:other\s+|fellow\s+)?(nominees|nominated\s+(?:films|documentaries|titles|works)|contenders|finalists|in\s+contention|in\s+the\s+running|shortlisted\s+(?:films|titles|documentaries|works)|shortlist|short\s+list|winners|honou?rees|recipients)\b[^.;:!?"“\n]{0,60}?\b(?:are|were|include[sd]?|including)\s*:?\s+`,
    String.raw`\b(nominees|nominated|shortlisted|shortlist|finalists|winners)\s*:\s+`,
    String.raw`\b(nominations\s+went\s+to|nominated\s+(?:are|were)|shortlisted\s+(?:are|were))\s+`,
    // "Nominated for Best Documentary Short Film at the 96th Academy Awards: A, B and C".
    String.raw`\b(nominated|shortlisted|nominees|finalists|winners)\s+(?:for|in)\s+[^.;:!?\n]{1,100}?:\s+`,
    // A winner "beating out A, B and C": the others were nominated.
    String.raw`\b(beating|besting|edging)\s+(?:out\s+)?(?:fellow\s+nominees\s+)?`,
  ].join('|'),
  'gi',
);

const SUBJECT_VERBS: [ExtractedStatus, RegExp][] = [
  [
    'won',
    /\b(?:won|wins|win(?=\s+(?:the|best|an?)\b)|took\s+(?:home\s+)?(?:the\s+)?(?:top\s+)?(?:prize|award|honou?rs?|trophy|statuette)|takes\s+(?:home\s+)?(?:the\s+)?(?:top\s+)?(?:prize|award|honou?rs?|trophy)|t(?:ook|akes)\s+home|picked\s+up\s+the|received\s+the|receives\s+the|(?:was|were|is)\s+awarded|claimed|claims|tops|topped|triumphed|scooped|(?:was|is)\s+(?:named\s+)?the\s+winner\s+of|named\s+(?:the\s+)?winner)\b/gi,
  ],
  [
    'shortlisted',
    /\b(?:shortlisted|short-listed|(?:made|on|to|for)\s+the\s+(?:\p{L}+\s+)?short\s*list|advanced?s?\s+(?:to|in)\s+the\s+(?:next|final)\s+round|made\s+the\s+cut)\b/giu,
  ],
  [
    'nominated',
    /\b(?:nominated|leads?\s+(?:the\s+|all\s+)?(?:nominations|field|pack|nominees)|led\s+(?:the\s+|all\s+)?(?:nominations|field|nominees)|up\s+for|in\s+contention\s+for|in\s+the\s+running\s+for|vying\s+for|competing\s+for|among\s+the\s+(?:nominees|contenders|finalists)|a\s+finalist|finalists?\s+for|contenders?\s+for|(?:earned|earns|received|receives|picked\s+up|picks\s+up|scored|scores|landed|lands|garnered|garners|got|gets|secured|secures)\s+(?:\p{L}+\s+){0,2}(?:nominations?|nods?))\b/giu,
  ],
];

const OBJECT_WON =
  /\b(?:(?:went|goes)\s+to|(?:awarded|handed|presented|gave|gives|given)\s+(?:[^.;\n]{0,60}?\s)?to)\s+(?=["“‘\p{Lu}\p{N}])/giu;
const HEDGED =
  /(?:\b(?:not|never|could|may|might|would|should|hopes?\s+to|hoped\s+to|expected\s+to|likely\s+to|predicted\s+to|failed\s+to|fails\s+to)\s+(?:be\s+|have\s+been\s+|have\s+)?|n['’]t\s+(?:be\s+|been\s+)?|-)$/i;

export function findTriggers(masked: string): Trigger[] {
  const triggers: Trigger[] = [];
  const overlaps = (start: number, end: number) => triggers.some((t) => start < t.end && end > t.start);
  for (const match of masked.matchAll(LIST)) {
    const noun = (match.slice(1).find(Boolean) ?? '').toLowerCase();
    const status: ExtractedStatus = /short/.test(noun)
      ? 'shortlisted'
      : /winner|honou?ree|recipient/.test(noun)
        ? 'won'
        : 'nominated';
    triggers.push({ status, kind: 'list', start: match.index, end: match.index + match[0].length, isHedged: false });
  }
  const add = (status: ExtractedStatus, kind: TriggerKind, pattern: RegExp) => {
    for (const match of masked.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (overlaps(match.index, end)) continue;
      const isHedged = HEDGED.test(masked.slice(Math.max(0, match.index - 24), match.index));
      triggers.push({ status, kind, start: match.index, end, isHedged });
    }
  };
  add('won', 'object', OBJECT_WON);
  for (const [status, pattern] of SUBJECT_VERBS) add(status, 'subject', pattern);
  return triggers.sort((a, b) => a.start - b.start);
}

/** Words that show a sentence is about a contest, for verbs such as "won" that have other meanings. */
export const PRIZE_WORDS =
  /\b(?:awards?|prizes?|oscars?|honou?rs?|trophy|statuette|jury|nominat\w*|shortlist\w*|category|categories)\b/i;
