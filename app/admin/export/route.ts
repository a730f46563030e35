// The download of the catalogue at its first address, /admin/export, which editors' links and bookmarks
// name. The admin side checks the session and role in every handler, so this one does too; the same files
// are open to anyone at /export (app/_lib/export-download.ts).
import { currentUser, hasRole } from '@/app/_lib/auth';
import { exportDownload, exportProblem } from '@/app/_lib/export-download';

export async function GET(request: Request): Promise<Response> {
  const user = await currentUser();
  if (!user) return exportProblem(401, 'Sign in as an editor or admin to download exports here, or use /export.');
  if (!hasRole(user, 'editor')) return exportProblem(403, 'This address is for editors and admins: use /export.');
  return exportDownload(request);
}
