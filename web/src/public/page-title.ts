import { useEffect } from 'react';

/**
 * Names the browser tab for the public pages: "Log in · backstride". Kept tiny so the shared page-title
 * mechanism of the signed-in pages can replace it in one place.
 * @example usePublicPageTitle('Log in')
 */
export function usePublicPageTitle(page: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} · backstride` : 'backstride: running with a sore back, safely';
    // Leaving the page (e.g. logging in) must not leave its name on the next one.
    return () => {
      document.title = 'backstride';
    };
  }, [page]);
}
