// The review queue's notice after a decision: "“Film”: rejected (the editor's note)." The stored reason
// of a rejection repeats the state ("rejected: note", or "rejected" alone), which the notice names already.

/** What the reason adds to the state it follows: " (the note)", never "rejected (rejected)". */
export function decidedWhy(state: string, reason: string | null): string {
  const why = reason?.startsWith(`${state}: `) ? reason.slice(state.length + 2) : reason;
  return why && why !== state ? ` (${why})` : '';
}
