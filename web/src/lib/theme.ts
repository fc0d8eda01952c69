import { useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'backstride.theme';

const stored = (): ThemeChoice => {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
};

/** Follows prefers-color-scheme unless the runner picked a theme; the choice stays on this device. */
export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(stored);
  useEffect(() => {
    const root = document.documentElement;
    if (choice === 'system') {
      root.removeAttribute('data-theme');
      localStorage.removeItem(KEY);
    } else {
      root.setAttribute('data-theme', choice);
      localStorage.setItem(KEY, choice);
    }
  }, [choice]);
  return [choice, setChoice];
}

/** Applies a stored theme before React renders, so there is no flash of the wrong one. */
export function applyStoredTheme(): void {
  const choice = stored();
  if (choice !== 'system') document.documentElement.setAttribute('data-theme', choice);
}
