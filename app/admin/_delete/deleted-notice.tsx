// The message on the page a deletion leads back to: "“ZZ Test Award” was deleted." The name comes from the
// address (?deleted=), and React shows it as text.
type Search = Record<string, string | string[] | undefined>;

export function DeletedNotice({ search }: { search: Search }) {
  const name = search.deleted;
  if (typeof name !== 'string' || !name) return null;
  return (
    <p role="status" className="notice">
      “{name.slice(0, 200)}” was deleted. The audit log keeps a copy.
    </p>
  );
}
