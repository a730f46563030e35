import { describe, expect, it } from 'vitest';
import { quoted } from '@/app/_lib/quoted';

describe('quoted', () => {
  it('puts words in curly quotes', () => {
    expect(quoted('lovers despot')).toBe('“lovers despot”');
    expect(quoted('say "hi" now')).toBe('“say "hi" now”');
  });

  it('leaves words that are already a quoted phrase as typed', () => {
    expect(quoted('"in"')).toBe('"in"');
    expect(quoted('“made in america”')).toBe('“made in america”');
  });

  it('quotes a lone quote mark or one that is open at one end only', () => {
    expect(quoted('"')).toBe('“"”');
    expect(quoted('"made in')).toBe('“"made in”');
  });
});
