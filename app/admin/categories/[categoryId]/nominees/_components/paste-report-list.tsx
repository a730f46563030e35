// What "Add nominees" did: the nominees added, those moved on to the pasted status, and each line that was
// not written with the reason.
import type { PasteReport } from '@/db/queries/nominee-paste-write';
import { STATUS_LABELS } from '@/db/rules/status';

export function PasteReportList({ report }: { report: PasteReport }) {
  return (
    <section aria-labelledby="paste-report-heading" className="paste-report">
      <h2 id="paste-report-heading">Result</h2>
      {report.added.length ? (
        <>
          <h3>Added</h3>
          <ul>
            {report.added.map((line) => (
              <li key={line.nominationId}>
                Line {line.lineNo}: {line.title}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.moved.length ? (
        <>
          <h3>Moved on</h3>
          <ul>
            {report.moved.map((line) => (
              <li key={line.nominationId}>
                Line {line.lineNo}: {line.title}, {STATUS_LABELS[line.from].toLowerCase()} before
                {line.newPeople.length
                  ? ` (not added to it: ${line.newPeople.join(', ')}; add them on its page)`
                  : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.skipped.length ? (
        <>
          <h3>Not added</h3>
          <ul>
            {report.skipped.map((line) => (
              <li key={line.lineNo}>
                Line {line.lineNo}: {line.text} — {line.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
