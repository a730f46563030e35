// Shown (with status 403) when a signed-in editor opens a page only admins may use (requireUser('admin')).
import Link from 'next/link';

export default function Forbidden() {
  return (
    <>
      <h1>Admins only</h1>
      <p className="lede">You need an admin account for this page.</p>
      <p>
        Go back to the <Link href="/admin">admin home</Link>, or ask an admin to do this for you.
      </p>
    </>
  );
}
