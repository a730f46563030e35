import { describe, expect, it } from 'vitest';
import { decidedWhy } from '@/app/admin/review/decided-why';

describe('the review queue’s notice after a decision', () => {
  it('says the reason once: the note of a rejection, nothing when there is none', () => {
    expect(decidedWhy('rejected', 'rejected')).toBe('');
    expect(decidedWhy('rejected', 'rejected: not a documentary')).toBe(' (not a documentary)');
    expect(decidedWhy('accepted', 'applied as a new nomination')).toBe(' (applied as a new nomination)');
    expect(decidedWhy('accepted', null)).toBe('');
  });
});
