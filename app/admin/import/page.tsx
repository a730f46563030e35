// Importing nominations from a CSV for editors: upload a file (or paste it), see what it would change,
// then apply it. The format is the export's (/admin/export), so an exported edition can be edited in a
// spreadsheet and brought back. Rules of the import, as the page states them:
//  - awards, editions and categories must exist (the CSV never creates them: a typo would otherwise
//    create a category); films and people are matched by IMDb id, title or name, and created when new;
//  - only the status of a nomination we hold changes, along the status rules; its other fields stay;
//  - nothing is written while any row has an error, and nothing if the catalogue changed since the preview.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/app/_lib/auth';
import { Breadcrumbs } from '@/app/_components/award-breadcrumbs';
import { CSV_COLUMNS } from '@/db/queries/export';
import { ImportWorkbench } from './_components/import-workbench';

export const metadata: Metadata = { title: 'Import nominations', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  // The page checks the session itself: nothing in front of it is trusted to have done so.
  await requireUser('editor');
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Admin', href: '/admin' }, { label: 'Import nominations' }]} />
      <h1>Import nominations from CSV</h1>
      <p className="lede">
        Use the columns of an export, for example{' '}
        <Link href="/admin/export?edition=ida-documentary-awards/2016" prefetch={false}>
          the 2016 IDA Documentary Awards as CSV
        </Link>
        : edit it in a spreadsheet and upload it here. You see what would change before anything is written.
      </p>
      <details>
        <summary>How rows are read</summary>
        <ul>
          <li>
            Columns: {CSV_COLUMNS.join(', ')}. Required: award, edition, category, films, nominees, status. Several
            films or people in one cell are separated by “; ”. The note column is the note on the status (why it is
            believed); nomination_note is the nomination’s own note.
          </li>
          <li>
            The award, edition and category must already exist (by name or slug); add a missing category in the
            catalogue editor first. Films are matched by IMDb id, then by title or alias; people by name or alias.
            Anything not found is created as new, and listed in the preview.
          </li>
          <li>
            A new nomination takes its credited_as, detail, citation and nomination_note from the row. For a nomination
            already held, only its status changes, and only as the status rules allow; edit its other fields on its own
            page. Put the source of a new status in source_url; a source copied from an export belongs to the old status
            and is not cited again. Every status imported carries the note “Imported from (file)”; the audit log and the
            status history record that it was you.
          </li>
          <li>
            Nothing is written while any row has an error. When you apply, the file is checked again; if the catalogue
            changed since your preview, nothing is written and you see the new preview.
          </li>
        </ul>
      </details>
      <ImportWorkbench />
    </>
  );
}
