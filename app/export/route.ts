// /export?edition=AWARD/EDITION, ?award=AWARD or ?film=FILM, format=csv or json: the nominations of an
// edition, an award or a film as a file, linked from their pages (app/_lib/export-download.ts).
import { exportDownload } from '@/app/_lib/export-download';

export const GET = exportDownload;
