// Shown instead of creating a film or a person that looks like one already in the catalogue: each with a
// link to its edit page, and the box that creates it anyway (a namesake, a remake).
import Link from 'next/link';

export function AlreadyInCatalogue(props: {
  /** The form's field prefix ("film", "person"): the ids of the list and the box. */
  idPrefix: string;
  /** Each record as the form names it, and the edit page it links to. */
  records: readonly { label: string; href: string }[];
  confirmLabel: string;
}) {
  const { idPrefix, records, confirmLabel } = props;
  if (!records.length) return null;
  const listId = `${idPrefix}-already-known`;
  const boxId = `${idPrefix}-createAnyway`;
  return (
    <fieldset aria-describedby={listId}>
      <legend>Already in the catalogue</legend>
      <ul id={listId} className="plain">
        {records.map((record, i) => (
          <li key={record.href + i}>
            <Link href={record.href}>{record.label}</Link>
          </li>
        ))}
      </ul>
      <input id={boxId} name="createAnyway" type="checkbox" /> <label htmlFor={boxId}>{confirmLabel}</label>
    </fieldset>
  );
}
