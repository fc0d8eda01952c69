/** How to reach the SMTP server that sends password reset emails. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465, smtps://); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
}

export interface MailSettings {
  smtp: SmtpSettings;
  /** The From address of every email, e.g. `backstride <no-reply@example.org>`. */
  from: string;
}

const SMTP_PARTS = ['SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_SECURE', 'MAIL_FROM'] as const;

/**
 * `PUBLIC_URL`, the origin people open the app at (used to build links in emails): http(s), no path.
 * @example parsePublicUrl('https://back.example.org/') // 'https://back.example.org'
 */
export function parsePublicUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`PUBLIC_URL must be a URL like https://back.example.org, got "${value}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `PUBLIC_URL must be an http(s) origin with no path, like https://back.example.org, got "${value}"`,
    );
  }
  return url.origin;
}

/**
 * Email settings from the environment: `SMTP_URL` (smtp:// or smtps://, credentials optional) or
 * `SMTP_HOST` with `SMTP_PORT`, `SMTP_USER`, `SMTP_PASSWORD`, `SMTP_SECURE`; plus `MAIL_FROM`. Null when no
 * SMTP server is set. With one set, `MAIL_FROM` and `PUBLIC_URL` are required: a reset link must point at
 * the address people really use, never at whatever Host a request claimed.
 */
export function resolveMailSettings(
  env: Record<string, string | undefined>,
  publicUrl: string | null,
): MailSettings | null {
  const set = (name: string) => (env[name] ?? '').trim() !== '';
  if (set('SMTP_URL') && set('SMTP_HOST')) throw new Error('Set SMTP_URL or SMTP_HOST, not both.');
  if (!set('SMTP_URL') && !set('SMTP_HOST')) {
    const stray = SMTP_PARTS.filter(set);
    if (stray.length > 0) {
      throw new Error(
        `${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but SMTP_HOST (or SMTP_URL) is not.`,
      );
    }
    return null;
  }
  const smtp = set('SMTP_URL') ? fromUrl(env.SMTP_URL ?? '') : fromParts(env);
  const from = (env.MAIL_FROM ?? '').trim();
  if (!from)
    throw new Error('MAIL_FROM must be set when SMTP is configured: the address reset emails come from.');
  if (!publicUrl) {
    throw new Error(
      'PUBLIC_URL must be set when SMTP is configured: the address people open backstride at, used in reset links.',
    );
  }
  return { smtp, from };
}

function fromUrl(value: string): SmtpSettings {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error('SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://…');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}//"`);
  }
  if (!url.hostname) throw new Error('SMTP_URL has no host name.');
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? portNumber(url.port, 'the port in SMTP_URL') : secure ? 465 : 587,
    secure,
    auth: user ? { user, pass: decodeURIComponent(url.password) } : null,
  };
}

function fromParts(env: Record<string, string | undefined>): SmtpSettings {
  const secureText = (env.SMTP_SECURE ?? '').trim().toLowerCase();
  if (secureText && !['true', '1', 'false', '0'].includes(secureText)) {
    throw new Error(`SMTP_SECURE must be true or false, got "${env.SMTP_SECURE}"`);
  }
  const port = env.SMTP_PORT?.trim()
    ? portNumber(env.SMTP_PORT.trim(), 'SMTP_PORT')
    : secureText === 'true' || secureText === '1'
      ? 465
      : 587;
  const secure = secureText ? secureText === 'true' || secureText === '1' : port === 465;
  const user = (env.SMTP_USER ?? '').trim();
  if (!user && env.SMTP_PASSWORD) throw new Error('SMTP_PASSWORD is set but SMTP_USER is not.');
  return {
    host: (env.SMTP_HOST ?? '').trim(),
    port,
    secure,
    auth: user ? { user, pass: env.SMTP_PASSWORD ?? '' } : null,
  };
}

function portNumber(value: string, name: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535)
    throw new Error(`${name} must be a port number 1-65535, got "${value}"`);
  return port;
}
