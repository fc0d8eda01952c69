import { useEffect } from 'react';

export const APP_NAME = 'backstride';

/**
 * The tab's title for a page: its name first (what a screen reader and a tab strip show), then the app.
 * @example pageTitle('Runs') // 'Runs · backstride'
 * @example pageTitle(null) // 'backstride'
 */
export function pageTitle(name?: string | null): string {
  const trimmed = name?.trim();
  return trimmed ? `${trimmed} · ${APP_NAME}` : APP_NAME;
}

/**
 * Sets `document.title` while the page is shown and puts back the plain app name when it goes, so a page
 * without a title never keeps the previous page's. Pass the page's name as its heading says it; pass
 * `null` while it is unknown (a run still loading) or when a child component sets it.
 * @example usePageTitle('Runs');
 * @example usePageTitle(run ? runTitle(run) : null);
 */
export function usePageTitle(name: string | null | undefined): void {
  useEffect(() => {
    // null: leave the title to a child that knows better (effects run child first, then parent).
    if (!name?.trim()) return;
    document.title = pageTitle(name);
    return () => {
      document.title = APP_NAME;
    };
  }, [name]);
}
