// The extractor on sentences written for these tests (fictional titles): each status and its wording,
// lists, possessives, quotes, negated and hedged phrases, fuzzy award and category names, ordinals.
import { describe, expect, it } from 'vitest';
import { builtinExtractCatalogue, extractCandidates } from '@/jobs/extract';

const catalogue = builtinExtractCatalogue();
const extract = (text: string, hints = {}) => extractCandidates(text, catalogue, hints);
const facts = (text: string, hints = {}) => extract(text, hints).map((c) => [c.film, c.status, c.category]);

describe('statuses', () => {
  it('reads a win, a nomination and a shortlist', () => {
    expect(facts('Glass Harbour won the Oscar for Best Documentary Feature.')).toEqual([
      ['Glass Harbour', 'won', 'Documentary (Feature)'],
    ]);
    expect(facts('Test Film Alpha is up for the Best Feature award at the IDA Documentary Awards.')).toEqual([
      ['Test Film Alpha', 'nominated', 'Best Feature'],
    ]);
    expect(facts('Paper Lanterns has been shortlisted for the documentary short Oscar.')).toEqual([
      ['Paper Lanterns', 'shortlisted', 'Documentary (Short Subject)'],
    ]);
  });

  it('reads a category written as the catalogue writes it, parenthesis and all', () => {
    expect(facts('Glass Harbour won Documentary (Feature) at the 90th Academy Awards.')).toEqual([
      ['Glass Harbour', 'won', 'Documentary (Feature)'],
    ]);
    expect(facts('"Salt Road" was nominated for Documentary (Short Subject) at the 2017 Oscars.')).toEqual([
      ['Salt Road', 'nominated', 'Documentary (Short Subject)'],
    ]);
  });

  it('takes "took the top prize" and "went to" as wins', () => {
    expect(facts('At the IDA Documentary Awards, Salt Road took the top prize for Best Feature.')).toEqual([
      ['Salt Road', 'won', 'Best Feature'],
    ]);
    expect(facts('At the 2019 IDA Documentary Awards the Best Feature award went to River Of Glass.')).toEqual([
      ['River Of Glass', 'won', 'Best Feature'],
    ]);
  });

  it('does not read "won" outside a contest', () => {
    expect(extract('Over the years the couple won the trust of the Northern Lights Committee.')).toEqual([]);
  });
});

describe('lists', () => {
  it('reads "the nominees were A, B and C" with the category of the sentence before', () => {
    const text =
      'Salt Road won the Oscar for Documentary Short Subject at the 80th Academy Awards. The other nominees in the category were Quiet Fields, Nine Doors and Lanterns of the North.';
    expect(facts(text)).toEqual([
      ['Salt Road', 'won', 'Documentary (Short Subject)'],
      ['Quiet Fields', 'nominated', 'Documentary (Short Subject)'],
      ['Nine Doors', 'nominated', 'Documentary (Short Subject)'],
      ['Lanterns of the North', 'nominated', 'Documentary (Short Subject)'],
    ]);
  });

  it('reads a semicolon list with appositives and drops a director named as possessor', () => {
    const text =
      "The nominees for the ABC News VideoSource Award at the 2030 IDA Documentary Awards are out. Among the films in contention are Maria Olsen Vega's Night Train: A Story, which revisits an old report; Stone Harbour, from Ann Lee and Bo Kim; and The Keepers, Tom Reyes's portrait of a family.";
    expect(facts(text).map(([film]) => film)).toEqual(['Night Train: A Story', 'Stone Harbour', 'The Keepers']);
  });

  it('keeps a one-word possessive that belongs to the title', () => {
    const text =
      "At the 70th Academy Awards the nominees for Documentary Short Subject were Sam's Garden and Tin Roof.";
    expect(facts(text).map(([film]) => film)).toEqual(["Sam's Garden", 'Tin Roof']);
  });

  it('reads a list of subjects before the verb', () => {
    const text =
      'Blue Hour, from director Ana Ruiz, and Tin Roof were nominated for Best Feature at the IDA Documentary Awards.';
    expect(facts(text).map(([film]) => film)).toEqual(['Blue Hour', 'Tin Roof']);
  });

  it('reads the films a winner beat as nominated, and colon lists', () => {
    expect(
      facts('Salt Road won the Oscar for Best Documentary Feature, beating out Tin Roof and Quiet Fields.'),
    ).toEqual([
      ['Salt Road', 'won', 'Documentary (Feature)'],
      ['Tin Roof', 'nominated', 'Documentary (Feature)'],
      ['Quiet Fields', 'nominated', 'Documentary (Feature)'],
    ]);
    expect(
      facts('Nominated for Best Documentary Short Film at the Oscars: Salt & Pepper, Tin Roof and Nine Doors.'),
    ).toEqual([
      ['Salt & Pepper', 'nominated', 'Documentary (Short Subject)'],
      ['Tin Roof', 'nominated', 'Documentary (Short Subject)'],
      ['Nine Doors', 'nominated', 'Documentary (Short Subject)'],
    ]);
  });

  it('reads results-sheet lines under a winners headline', () => {
    const text = 'IDA Documentary Awards 2031 winners\n\nBest Feature: Salt Road\nABC News VideoSource Award: Tin Roof';
    expect(facts(text)).toEqual([
      ['Salt Road', 'won', 'Best Feature'],
      ['Tin Roof', 'won', 'ABC News VideoSource Award'],
    ]);
  });
});

describe('titles', () => {
  it('takes a quoted title and leaves the person who won', () => {
    const text =
      'Filmmaker Jo Park won Best Director for "The Long Quiet," which premiered at the Venice Film Festival, at the 2030 IDA Documentary Awards.';
    expect(facts(text)).toEqual([['The Long Quiet', 'won', 'Best Director']]);
  });

  it('takes "for <Title>" after the category when the subject is a person', () => {
    expect(facts('Director Jo Park won Best Director for The Long Quiet at the IDA Documentary Awards.')).toEqual([
      ['The Long Quiet', 'won', 'Best Director'],
    ]);
  });

  it('ignores quoted speech', () => {
    const text =
      '"We are thrilled to be here," said Jo Park, whose film Salt Road is nominated for Best Feature at the IDA Documentary Awards.';
    expect(facts(text).map(([film]) => film)).toEqual(['Salt Road']);
  });

  it('uses the catalogue title for a known alias', () => {
    expect(facts('OJ: Made in America won Best Feature at the IDA Documentary Awards.')).toEqual([
      ['O.J.: Made in America', 'won', 'Best Feature'],
    ]);
  });
});

describe('negative cues', () => {
  it('does not take a festival premiere or selection for a nomination', () => {
    expect(
      extract('Salt Road premiered at the Sundance Film Festival and was selected for the Berlin Film Festival.'),
    ).toEqual([]);
  });

  it('does not read negated, hedged or compound phrases', () => {
    expect(extract('"Salt Road" was not nominated for the Oscar.')).toEqual([]);
    expect(extract('Critics think Salt Road could win the Oscar for Best Documentary Feature.')).toEqual([]);
    expect(
      extract('The Oscar-nominated director Jo Park returns with a new film at the 2030 IDA Documentary Awards.'),
    ).toEqual([]);
  });
});

describe('awards and years', () => {
  it('matches award and category names fuzzily', () => {
    const [found] = extract(
      'Their film, "Glass Harbour," is up for the ABC News Video Source Award at the 2030 International Documentary Association Awards.',
    );
    expect(found).toMatchObject({
      film: 'Glass Harbour',
      status: 'nominated',
      category: 'ABC News VideoSource Award',
      award: 'IDA Documentary Awards',
      year: 2030,
    });
    expect(found!.confidence).toBeGreaterThan(0.8);
    expect(found!.evidence).toContain('is up for the ABC News Video Source Award');
  });

  it("takes the organisation's name for its only award", () => {
    expect(
      extract('The International Documentary Association handed its Best Feature award to Tin Roof.')[0],
    ).toMatchObject({
      film: 'Tin Roof',
      status: 'won',
      award: 'IDA Documentary Awards',
    });
  });

  it('turns an Academy Awards ordinal into the ceremony year', () => {
    const [found] = extract('At the 90th Academy Awards, Quiet Fields won the Oscar for Best Documentary Feature.');
    expect(found).toMatchObject({ award: 'Academy Awards', year: 2018 });
  });

  it('counts an ordinal from a known annual edition', () => {
    const [found] = extract('Quiet Fields won Best Feature at the 35th IDA Documentary Awards.');
    expect(found).toMatchObject({ award: 'IDA Documentary Awards', year: 2019 });
  });

  it('names an award the catalogue does not know as written, and uses hints when the text is silent', () => {
    expect(extract('Tin Roof won the Grand Jury Prize at the 2030 Riverbend Documentary Festival.')[0]).toMatchObject({
      award: 'Riverbend Documentary Festival',
      year: 2030,
      category: 'Grand Jury Prize',
    });
    const hinted = extract('Tin Roof is nominated for Best Feature.', {
      award: 'ida-documentary-awards',
      publishedAt: '2031-10-20',
    });
    expect(hinted[0]).toMatchObject({ award: 'IDA Documentary Awards', year: 2031 });
  });
});
