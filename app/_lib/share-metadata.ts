// The metadata of a public page a fan may share: its title and description, and the same again as the
// Open Graph and Twitter cards link previews read (Next.js merges metadata one key deep, so a page that
// sets only its title would share the site's card). No og:url or canonical link: a cached page cannot
// know the origin it is read under (no metadataBase; see app/_lib/public-origin.ts).
import type { Metadata } from 'next';

export const SITE_NAME = 'Laurels';

export function shareMetadata(title: string, description: string, type: 'website' | 'profile' = 'website'): Metadata {
  return {
    title,
    description,
    openGraph: { title, description, type, siteName: SITE_NAME, locale: 'en' },
    twitter: { card: 'summary', title, description },
  };
}
