import { useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'backstride.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const stored = (): ThemeChoice => {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
};

/** Sets the one attribute the CSS reads: the runner's choice, or what the device prefers. */
function apply(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
}

/** Follows prefers-color-scheme unless the runner picked a theme; the choice stays on this device. */
export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(stored);
  useEffect(() => {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
    apply(choice);
  }, [choice]);
  return [choice, setChoice];
}

/** Applies the theme before React renders (no flash of the wrong one) and follows the device while on "system". */
export function applyStoredTheme(): void {
  apply(stored());
  window.matchMedia(DARK_QUERY).addEventListener('change', () => apply(stored()));
}
