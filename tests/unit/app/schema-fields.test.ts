// The whole numbers of the admin forms: digits only, so that what z.coerce would read as a number
// ("0x10" as 16, "1e3" as 1000, a blank as 0) is refused with the field's own message, and a number out
// of range gets one message, not two.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nameText, optionalText, wholeNumber } from '@/app/_lib/schema-fields';
import { updateCategorySchema } from '@/app/admin/editions/[award]/[edition]/categories/category-schema';

const messages = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? [] : result.error.issues.map((i) => i.message);

describe('wholeNumber', () => {
  const position = wholeNumber('Enter a whole number.', (number) => number.min(0, 'From 0.').max(10, 'To 10.'));

  it('reads digits, with spaces around them, and numbers given as numbers', () => {
    expect(position.parse('7')).toBe(7);
    expect(position.parse(' 10 ')).toBe(10);
    expect(position.parse(3)).toBe(3);
  });

  it('refuses what is not written in digits with the field’s message, and a number out of range once', () => {
    for (const typed of ['0x10', '1e1', '1.5', 'seven', '', ' ', '+3']) {
      expect(messages(position.safeParse(typed)), typed).toEqual(['Enter a whole number.']);
    }
    expect(messages(position.safeParse('11'))).toEqual(['To 10.']);
    // Past what a number holds exactly, still a whole number: too large, and said so once.
    expect(messages(position.safeParse('99999999999999999999'))).toEqual(['To 10.']);
    expect(messages(position.safeParse('-99999999999999999999'))).toEqual(['From 0.']);
    expect(messages(position.safeParse('-1'))).toEqual(['From 0.']);
  });

  it('is what the category form reads its position with', () => {
    const form = { categoryId: '1', expectedVersion: '1', name: 'Best Feature', canonical: '' };
    expect(updateCategorySchema.safeParse({ ...form, position: '' })).toMatchObject({ data: { position: 0 } });
    expect(messages(updateCategorySchema.safeParse({ ...form, position: '0x10' }))).toEqual([
      'Enter a whole number, e.g. 1 for the first category.',
    ]);
  });
});

describe('nameText', () => {
  const title = nameText('A film needs a title.', 20);

  it('keeps a name as typed, single-spaced, without spaces or invisible characters at its ends', () => {
    expect(title.parse('  The   Act of Killing ')).toBe('The Act of Killing');
    expect(title.parse('\u200B13th\u200D ')).toBe('13th');
    // Inside a name, a joiner is part of it (an emoji sequence, a script that needs one).
    expect(title.parse('a\u200Db')).toBe('a\u200Db');
  });

  it('refuses a name of spaces or invisible characters only, as it refuses an empty one', () => {
    for (const typed of ['', '   ', '\u200B', ' \u200B \u200D\u00A0', '\u2060\uFEFF']) {
      expect(messages(title.safeParse(typed)), JSON.stringify(typed)).toEqual(['A film needs a title.']);
    }
    expect(messages(title.safeParse('x'.repeat(21)))).toEqual(['At most 20 characters.']);
  });
});

describe('optionalText', () => {
  it('is null for nothing visible, zero-width characters included, and trims them from the ends', () => {
    const text = optionalText(10);
    for (const typed of [undefined, '', '  ', '\u200B\u200B', ' \uFEFF ']) expect(text.parse(typed)).toBeNull();
    expect(text.parse('\u200B Jagal \u2060')).toBe('Jagal');
  });
});
