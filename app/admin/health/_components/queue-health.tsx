// The review queue at a glance: how many candidates wait and how long the oldest has waited.
import Link from 'next/link';
import type { ReviewQueueHealth } from '@/db/queries/health';
import { formatAge } from './durations';

export function QueueHealth({ queue, now }: { queue: ReviewQueueHealth; now: Date }) {
  if (queue.size === 0) return <p>The review queue is empty.</p>;
  const age = queue.oldestCreatedAt ? formatAge(now.getTime() - Date.parse(queue.oldestCreatedAt)) : null;
  return (
    <p>
      <Link href="/admin/review">
        {queue.size} {queue.size === 1 ? 'candidate waits' : 'candidates wait'} for review
      </Link>
      {age ? `; the oldest has waited ${age}.` : '.'}
    </p>
  );
}
