// The first step of a merge: find the duplicate by title or name, or by pasting its address (slug). A GET
// form, so the search and its results have an address and work without JavaScript.
interface Props {
  action: string;
  label: string;
  query: string;
}

export function MergeSearchForm({ action, label, query }: Props) {
  return (
    <form method="get" autoComplete="off" action={action} className="search-form" role="search">
      <label htmlFor="merge-q">{label}</label>
      <input id="merge-q" name="q" type="search" defaultValue={query} required maxLength={300} />
      <button type="submit">Find</button>
    </form>
  );
}
