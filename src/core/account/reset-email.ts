import { RESET_TOKEN_TTL_MS } from './password-reset';

export interface ResetEmail {
  subject: string;
  text: string;
}

/**
 * The password-reset email, in plain text (no tracking, no remote images; every mail client shows it).
 * @example resetEmail({ link: 'https://back.example.org/reset-password#token=abc', site: 'back.example.org' }).subject
 * // 'Set a new backstride password'
 */
export function resetEmail({ link, site }: { link: string; site: string }): ResetEmail {
  const minutes = Math.round(RESET_TOKEN_TTL_MS / 60_000);
  const lasts = minutes === 60 ? 'one hour' : `${minutes} minutes`;
  return {
    subject: 'Set a new backstride password',
    text: [
      'Hello,',
      '',
      `Someone, we hope you, asked to set a new password for your backstride account on ${site}.`,
      '',
      `To choose a new password, open this link within ${lasts}:`,
      '',
      link,
      '',
      'The link works once. Setting a new password logs you out everywhere you were logged in.',
      '',
      'If you did not ask for this, you can ignore this email: your password stays as it is.',
      '',
      '-- backstride',
      '',
    ].join('\n'),
  };
}
