// The statuses an announcement can state, and the order an award moves through them: a candidate is
// applied automatically only when it moves a nomination forward along this order.
import { CANDIDATE_STATUSES, type NominationStatus } from '../../schema';

export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

const FORWARD_RANK: Partial<Record<NominationStatus, number>> = {
  submitted: 0,
  shortlisted: 1,
  nominated: 2,
  won: 3,
};

/** True when `to` is further along than `from` in submitted → shortlisted → nominated → won. */
export function isForwardMove(from: NominationStatus, to: CandidateStatus): boolean {
  const rank = FORWARD_RANK[from];
  return rank !== undefined && rank < (FORWARD_RANK[to] ?? -1);
}
