// The shapes of announcement the held-out set taught the extractor, one at a time on fictional titles:
// results blocks, several categories in one clause, a film referred back to, lists opened by other
// verbs, HTML leftovers, and the cues that state nothing (submissions, a premiere, a hedge).
import { describe, expect, it } from 'vitest';
import { builtinExtractCatalogue, extractCandidates } from '@/jobs/extract';
import { cleanText } from '@/jobs/extract/clean';

const facts = (text: string) =>
  extractCandidates(text, builtinExtractCatalogue()).map((c) => [c.film, c.status, c.category]);

describe('results blocks', () => {
  it('reads a heading and one title a line, dropping bullets and credits', () => {
    const text =
      '2031 Harrow Documentary Awards: the nominees\n\nBest Feature Documentary\n• Salt Road, dir. A. Berg\n• Mother Tongue, Father Land, dir. L. Haddad\n\nBEST SHORT DOCUMENTARY\n1. Paper Boats (Yuki Tan)';
    expect(facts(text)).toEqual([
      ['Salt Road', 'nominated', 'Best Feature Documentary'],
      ['Mother Tongue, Father Land', 'nominated', 'Best Feature Documentary'],
      ['Paper Boats', 'nominated', 'Best Short Documentary'],
    ]);
  });

  it('takes the status of a WINNERS line and carries the heading to a later sentence', () => {
    const text = 'Harrow Documentary Awards 2031\n\nWINNERS\nBest Editing\nTin Roof\n\nQuiet Fields won Best Director.';
    expect(facts(text)).toEqual([
      ['Tin Roof', 'won', 'Best Editing'],
      ['Quiet Fields', 'won', 'Best Director'],
    ]);
  });

  it('reads lines introduced by a sentence ending in a colon', () => {
    const text =
      'The films shortlisted for the Best Short award at the 2031 Harrow Documentary Awards are:\n- Nine Bells\n- Rooftop Choir';
    expect(facts(text)).toEqual([
      ['Nine Bells', 'shortlisted', 'Best Short'],
      ['Rooftop Choir', 'shortlisted', 'Best Short'],
    ]);
  });
});

describe('sentences', () => {
  it('gives one fact per category of a clause, and reads "the film" as the film named before', () => {
    const text =
      'Glass Harvest is nominated for Best Feature and Best Editing at the 2031 IDA Documentary Awards. The Danish film is also up for Best Score.';
    expect(facts(text)).toEqual([
      ['Glass Harvest', 'nominated', 'Best Feature'],
      ['Glass Harvest', 'nominated', 'Best Editing'],
      ['Glass Harvest', 'nominated', 'Best Score'],
    ]);
  });

  it('reads a verb after a relative clause as the film’s, and the object of "went to" as one film', () => {
    expect(facts('Tin Roof, which won the Audience Award at the 2031 Harrow Festival, took the Golden Crane.')).toEqual(
      [
        ['Tin Roof', 'won', 'Audience Award'],
        ['Tin Roof', 'won', 'Golden Crane'],
      ],
    );
    expect(
      facts(
        'At the 2031 Harrow Documentary Awards the Best Feature prize went to “Rivermouth”, while “Ash & Ember” took Best Short.',
      ),
    ).toEqual([
      ['Rivermouth', 'won', 'Best Feature'],
      ['Ash & Ember', 'won', 'Best Short'],
    ]);
  });

  it('reads the films a winner was "ahead of", those it "will compete with", and "Among them are"', () => {
    expect(facts('Salt Road won the BAFTA for Documentary, ahead of Tin Roof and Nine Bells.')).toEqual([
      ['Salt Road', 'won', 'Documentary'],
      ['Tin Roof', 'nominated', 'Documentary'],
      ['Nine Bells', 'nominated', 'Documentary'],
    ]);
    const shortlist =
      'Ten films advance in the Best Feature race at the 2031 IDA Documentary Awards. Among them are Salt Road and Tin Roof.';
    expect(facts(shortlist)).toEqual([
      ['Salt Road', 'shortlisted', 'Best Feature'],
      ['Tin Roof', 'shortlisted', 'Best Feature'],
    ]);
  });

  it('pairs each title of a winners list with its category in brackets', () => {
    expect(facts('Alder Prize 2031 winners: Rivermouth (Best Feature), Nine Bells (Best Short).')).toEqual([
      ['Rivermouth', 'won', 'Best Feature'],
      ['Nine Bells', 'won', 'Best Short'],
    ]);
  });

  it('keeps elided articles and full stops inside a quoted title', () => {
    expect(facts('“Sur l’Étang. Fin.” won the Golden Crane at the 2031 Harrow Festival.')).toEqual([
      ['Sur l’Étang. Fin', 'won', 'Golden Crane'],
    ]);
  });
});

describe('what states nothing', () => {
  it('proposes nothing for a submission, a premiere, a hedge or a fact without a category', () => {
    const text = [
      'Salt and Static has been submitted as its country’s entry for Best International Feature Film at the Academy Awards.',
      'Tin Roof, which premiered at the Sundance Film Festival, could win Best Feature at the 2031 IDA Documentary Awards.',
      'Glass Harvest and Copper Season lead the field with three nominations each at the 2031 IDA Documentary Awards.',
      'The director has won acclaim with Nine Bells.',
    ].join(' ');
    expect(facts(text)).toEqual([]);
  });
});

describe('HTML leftovers', () => {
  it('drops tags, decodes entities and turns emphasis into quotes', () => {
    expect(cleanText('<p>The prize went to <em>Ash &amp; Ember</em> &#8212; N&#462;i&nbsp;Nai</p>')).toBe(
      '\nThe prize went to “Ash & Ember” — Nǎi Nai\n',
    );
    expect(cleanText('No markup here.')).toBe('No markup here.');
  });
});
