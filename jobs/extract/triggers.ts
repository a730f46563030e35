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
  /** "was not nominated", "could win", "leads the field": kept as a boundary between clauses, but states nothing. */
  isHedged: boolean;
  /** "Among them are A, B": the status is the one the previous sentence stated. */
  inherits?: boolean;
}

/** Where award and category names were blanked out of a sentence (see index.ts). */
export const MASK = '\u0001';

const LIST = new RegExp(
  [
    String.raw`\b(?:other\s+|fellow\s+)?(nominees|nominated\s+(?:films|documentaries|titles|works)|contenders|finalists|in\s+contention|in\s+the\s+running|shortlisted\s+(?:films|titles|documentaries|works)|shortlist|short\s+list|winners|honou?rees|recipients)\b[^.;:!?"“\n]{0,60}?\b(?:are|were|include[sd]?|including)\s*:?\s+`,
    String.raw`\b(nominees|nominated|shortlisted|shortlist|finalists|winners)\s*:\s+`,
    String.raw`\b(nominations\s+went\s+to|nominated\s+(?:are|were)|shortlisted\s+(?:are|were))\s+`,
    // "Nominated for Best Documentary Short Film at the 96th Academy Awards: A, B and C".
    String.raw`\b(nominated|shortlisted|nominees|finalists|winners)\s+(?:for|in)\s+[^.;:!?\n]{1,100}?:\s+`,
    // A winner "beating out A, B and C", "topping a field that included A and B", or one who "won
    // <Category> over A and B": the others were nominated. So were those a film "will compete with".
    String.raw`\b(beating|besting|edging|topping|ahead\s+of)\s+(?:out\s+)?(?:fellow\s+nominees\s+|a\s+field\s+(?:that\s+)?(?:included|includes|including|of)\s+)?`,
    // (The look-behind comes after "over" so that it runs only where "over" is.)
    String.raw`\s(over)(?<=${MASK}[^.;${MASK}]{0,30}?\sover)\s+(?=["“‘\p{Lu}\p{N}])`,
    String.raw`\b(beat|beats|bested|edged\s+out)\s+(?=["“‘\p{Lu}\p{N}])`,
    String.raw`\b(?:will\s+)?(compete\s+(?:with|against)|competes\s+(?:with|against)|competing\s+(?:with|against)|(?:goes|go|went)\s+up\s+against)\s+`,
    // "15 films advance in the Documentary Feature category: A, B, …" names a shortlist.
    String.raw`\b(advance[sd]?|advancing|move[sd]?\s+on|moving\s+on)\b[^.;:!?\n]{0,120}?:\s+`,
    // "…, alongside A and B": the status of the clause before.
    String.raw`,\s*(alongside)\s+(?=["“‘\p{Lu}\p{N}])`,
    // "Among them are A, B and C": whatever the sentence before said of "them".
    String.raw`(?:^|\b)(among\s+them|they|these)\s+(?:are|were|include[sd]?)\s*:?\s+(?=["“‘\p{Lu}\p{N}])`,
  ].join('|'),
  'giu',
);

const SUBJECT_VERBS: [ExtractedStatus, RegExp][] = [
  // A verb right before a (blanked-out) category or award is about a prize: "took the Golden Bear",
  // "was named Best Documentary (Theatrical)", "received Best First Documentary".
  [
    'won',
    new RegExp(
      String.raw`\b(?:took|takes|received|receives|collected|collects|scooped|claimed|(?:was|were|is)\s+named|named)\s+(?:home\s+)?(?:both\s+)?(?:the\s+)?(?=${MASK})`,
      'giu',
    ),
  ],
  [
    'won',
    /\b(?:won|wins|win(?=\s+(?:the|best|an?)\b)|took\s+(?:home\s+)?(?:the\s+)?(?:top\s+)?(?:prize|award|honou?rs?|trophy|statuette)|takes\s+(?:home\s+)?(?:the\s+)?(?:top\s+)?(?:prize|award|honou?rs?|trophy)|t(?:ook|akes)\s+home|picked\s+up\s+the|received\s+the|receives\s+the|(?:was|were|is)\s+awarded|claimed|claims|tops|topped|triumphed|scooped|(?:was|is)\s+(?:named\s+)?the\s+winner\s+of|named\s+(?:the\s+)?winner)\b/gi,
  ],
  [
    'shortlisted',
    /\b(?:shortlisted|short-listed|(?:made|on|to|for)\s+the\s+(?:\p{L}+\s+)?short\s*list|advanc(?:e|es|ed|ing)\s+(?:to|in|into)|made\s+the\s+cut)\b/giu,
  ],
  [
    'nominated',
    /\b(?:nominated|leads?\s+(?:the\s+|all\s+)?(?:nominations|field|pack|nominees)|led\s+(?:the\s+|all\s+)?(?:nominations|field|nominees)|up\s+for|in\s+contention\s+for|in\s+the\s+running\s+for|vying\s+for|competing\s+for|among\s+(?:the\s+)?(?:\p{L}+\s+)?(?:nominees|contenders|finalists)|round(?:s|ed|ing)?\s+out|a\s+finalist|finalists?\s+for|contenders?\s+for|(?:earned|earns|received|receives|picked\s+up|picks\s+up|scored|scores|landed|lands|garnered|garners|got|gets|secured|secures)\s+(?:\p{L}+\s+){0,2}(?:nominations?|nods?))\b/giu,
  ],
];

const OBJECT_WON =
  /\b(?:(?:went|goes)\s+to|(?:awarded|handed|presented|gave|gives|given)\s+(?:[^.;\n]{0,60}?\s)??to|(?:honou?red|recogni[sz]ed|rewarded)(?=\s+["“‘\p{Lu}\p{N}][^.;]{0,80}?\swith\s+(?:its|their|the|a)\s))\s+(?=["“‘\p{Lu}\p{N}])/giu;
const HEDGED =
  /(?:\b(?:not|never|could|may|might|would|should|hopes?\s+to|hoped\s+to|expected\s+to|likely\s+to|predicted\s+to|failed\s+to|fails\s+to)\s+(?:be\s+|have\s+been\s+|have\s+)?|n['’]t\s+(?:be\s+|been\s+)?|-)$/i;

export function findTriggers(masked: string): Trigger[] {
  const triggers: Trigger[] = [];
  const overlaps = (start: number, end: number) => triggers.some((t) => start < t.end && end > t.start);
  for (const match of masked.matchAll(LIST)) {
    const noun = (match.slice(1).find(Boolean) ?? '').toLowerCase();
    const inherits = /^(?:among|they|these|alongside)/.test(noun);
    const status: ExtractedStatus = /short|advanc|move|moving/.test(noun)
      ? 'shortlisted'
      : /winner|honou?ree|recipient/.test(noun)
        ? 'won'
        : 'nominated';
    const end = match.index + match[0].length;
    triggers.push({ status, kind: 'list', start: match.index, end, isHedged: false, inherits });
  }
  const add = (status: ExtractedStatus, kind: TriggerKind, pattern: RegExp) => {
    for (const match of masked.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (overlaps(match.index, end)) continue;
      // "X and Y lead the field with three nominations each" counts nominations but names no category.
      const isCount = /^le(?:ad|d)/i.test(match[0]);
      const isHedged = isCount || HEDGED.test(masked.slice(Math.max(0, match.index - 24), match.index));
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
