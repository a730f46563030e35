// What the admin indexes of films and people show under their search box: a sentence saying what is
// listed, the table of records (the first column links to the record's edit page), the other records with
// the words anywhere in a name, and the pager. Each index passes its own columns and wording.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { FindPager, WordMatches } from './admin-find';
import { ScrollRegion } from '@/app/_components/scroll-region';

export interface FoundRow {
  id: number;
  slug: string;
  label: string;
  /** The cells after the linked first one, in the order of the columns. */
  cells: ReactNode[];
}

interface Props {
  /** The edit pages' base address ("/admin/films"). */
  base: string;
  words: string;
  page: number;
  hasNext: boolean;
  columns: string[];
  rows: FoundRow[];
  /** What the status line says: with rows (listing matches, or the newest), and with none. */
  status: { matches: string; newest: string; noMatch: string; empty: string };
  others: { heading: string; hits: { id: number; slug: string; label: string }[] };
}

export function FindResults({ base, words, page, hasNext, columns, rows, status, others }: Props) {
  const said = rows.length ? (words ? status.matches : status.newest) : words ? status.noMatch : status.empty;
  return (
    <>
      <p role="status">{said}</p>
      {rows.length ? (
        <ScrollRegion label="Results">
          <table className="search-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link href={`${base}/${row.slug}`}>{row.label}</Link>
                  </td>
                  {row.cells.map((cell, index) => (
                    <td key={index}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      <WordMatches heading={others.heading} base={base} hits={others.hits} />
      <FindPager base={base} words={words} page={page} hasNext={hasNext} />
    </>
  );
}
