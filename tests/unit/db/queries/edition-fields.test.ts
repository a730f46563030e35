import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { editionFieldSchemas } from '@/db/queries/edition-fields';

const messages = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? [] : result.error.issues.map((issue) => issue.message);

describe('editionFieldSchemas', () => {
  it('reads an ordinal and a year typed in digits', () => {
    expect(editionFieldSchemas.ordinal.parse(' 89 ')).toBe(89);
    expect(editionFieldSchemas.ordinal.parse('')).toBeNull();
    expect(editionFieldSchemas.year.parse('2016')).toBe(2016);
  });

  it('tells a number too large from one that is not whole, once', () => {
    expect(messages(editionFieldSchemas.ordinal.safeParse('12345678901234567890'))).toEqual([
      'Enter a number below 10,000.',
    ]);
    expect(messages(editionFieldSchemas.year.safeParse('12345678901234567890'))).toEqual([
      'Enter a year from 1900 to 2100.',
    ]);
    expect(messages(editionFieldSchemas.ordinal.safeParse('8.5'))).toEqual([
      'Enter a whole number above 0 (89 for the 89th), or leave it empty.',
    ]);
    expect(messages(editionFieldSchemas.ordinal.safeParse('0'))).toEqual([
      'Enter a whole number above 0 (89 for the 89th), or leave it empty.',
    ]);
  });
});
