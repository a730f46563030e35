import { describe, expect, it } from 'vitest';
import {
  parseSeason,
  seasonBounds,
  seasonLabel,
  seasonOfDate,
  seasonOfEdition,
  seasonParam,
} from '@/db/rules/awards-season';

describe('awards season', () => {
  it('runs from 1 September to 31 August', () => {
    expect(seasonOfDate('2016-09-01')).toBe(2016);
    expect(seasonOfDate('2016-08-31')).toBe(2015);
    expect(seasonOfDate('2017-02-26')).toBe(2016);
    expect(seasonBounds(2016)).toEqual({ from: '2016-09-01', to: '2017-08-31' });
  });

  it('places an edition by its ceremony date, else by its awards year', () => {
    expect(seasonOfEdition({ ceremonyDate: '2017-02-26', year: 2016 })).toBe(2016);
    expect(seasonOfEdition({ ceremonyDate: '2016-12-09', year: 2016 })).toBe(2016);
    expect(seasonOfEdition({ ceremonyDate: null, year: 2016 })).toBe(2016);
  });

  it('is written 2016–17 and read back from a link', () => {
    expect(seasonLabel(2016)).toBe('2016–17');
    // Across a century the second year is whole: "1999–00" reads as a year 0.
    expect(seasonLabel(1999)).toBe('1999–2000');
    expect(seasonLabel(2000)).toBe('2000–01');
    expect(seasonParam(1999)).toBe('1999-2000');
    expect(parseSeason(seasonParam(1999))).toBe(1999);
    expect(seasonParam(2016)).toBe('2016-17');
    expect(parseSeason('2016-17')).toBe(2016);
    expect(parseSeason('2016–17')).toBe(2016);
    expect(parseSeason('2016')).toBe(2016);
    expect(parseSeason('2016-18')).toBeNull();
    // The second year written whole, as the label 1999–2000 has it, or in two digits, as older links had it.
    expect(parseSeason('1999-2000')).toBe(1999);
    expect(parseSeason('1999-00')).toBe(1999);
    expect(parseSeason('2016/2017')).toBe(2016);
    expect(parseSeason('2016-2018')).toBeNull();
    expect(parseSeason('latest')).toBeNull();
    // No season ends in a year of five digits.
    expect(parseSeason('9999-00')).toBeNull();
    expect(parseSeason('9999')).toBeNull();
    expect(parseSeason('9998-99')).toBe(9998);
    expect(parseSeason(undefined)).toBeNull();
  });
});
