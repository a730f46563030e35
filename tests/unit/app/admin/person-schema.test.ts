// The person form's "Filed under": blank or absent files by the rule (null), a filing is kept as typed with its
// spaces tidied, and one without a letter or digit to file by is refused with what to type.
import { describe, expect, it } from 'vitest';
import { personFieldsSchema } from '@/app/admin/people/person-schema';

const filing = personFieldsSchema.pick({ filedUnder: true });

describe('Filed under', () => {
  it('reads blank as the rule and keeps a filing as typed', () => {
    expect(filing.parse({ filedUnder: '   ' })).toEqual({ filedUnder: null });
    expect(filing.parse({})).toEqual({ filedUnder: null });
    expect(filing.parse({ filedUnder: '  Bong   Joon-ho ' })).toEqual({ filedUnder: 'Bong Joon-ho' });
  });

  it('refuses a filing with nothing to file by', () => {
    const result = filing.safeParse({ filedUnder: '?!' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Type the name as the list should file it, in letters: Bong Joon-ho.',
    );
    expect(filing.safeParse({ filedUnder: 'x'.repeat(301) }).success).toBe(false);
  });
});
