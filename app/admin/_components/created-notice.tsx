// The message on a record's edit page right after it was created ("?created=1"). The name is the record's
// own, read from the database: the address only says that it was just made.
export function CreatedNotice({ created, name }: { created: string | string[] | undefined; name: string }) {
  if (created !== '1') return null;
  return (
    <p role="status" className="notice">
      “{name}” was created. Add what else you know below.
    </p>
  );
}
