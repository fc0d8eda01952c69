import { SMTPServer } from 'smtp-server';
import { freePort } from '../../support/spawn';

export interface CapturedMail {
  to: string[];
  raw: string;
  /** The plain-text body, transfer encoding undone. */
  text: string;
}

/**
 * A local SMTP server that keeps every message instead of delivering it: what the real server sends
 * password reset emails to in e2e tests. Plain SMTP on 127.0.0.1, no TLS or login.
 */
export async function startMailSink(): Promise<{
  port: number;
  messages: CapturedMail[];
  /** Resolves with the first message after `count` have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<CapturedMail>;
  stop(): Promise<void>;
}> {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: bodyText(raw) });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port,
    messages,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`no email ${count} after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const mail = messages[count - 1];
      if (!mail) throw new Error('lost an email');
      return mail;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The body of a single-part text message, decoded from quoted-printable or base64 when so marked. */
function bodyText(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'quoted-printable') {
    return body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}
