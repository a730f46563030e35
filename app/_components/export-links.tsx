// Download links for one edition, award or film in both formats /export writes (CSV and JSON).
// prefetch is off: a download is a file, not a page, and must not be fetched until asked for.
import Link from 'next/link';

interface ExportLinksProps {
  /** What the export route's query names: edition=AWARD/EDITION, award=AWARD or film=FILM. */
  scope: 'edition' | 'award' | 'film';
  value: string;
  /** What the downloads hold, for the label ("this edition's nominations"). */
  label: string;
}

export function ExportLinks({ scope, value, label }: ExportLinksProps) {
  const href = (format: 'csv' | 'json') => `/export?${new URLSearchParams({ [scope]: value, format }).toString()}`;
  return (
    <p className="export-links">
      Download {label}:{' '}
      <Link href={href('csv')} prefetch={false}>
        CSV
      </Link>{' '}
      ·{' '}
      <Link href={href('json')} prefetch={false}>
        JSON
      </Link>
    </p>
  );
}
