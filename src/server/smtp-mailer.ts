import nodemailer from 'nodemailer';
import type { Mailer } from '../app/accounts';
import type { MailSettings } from '../config/mail-config';

/**
 * A Mailer over SMTP (nodemailer). Timeouts are short: a reset email is sent in the background, and a
 * mail server that does not answer must not hold the server's shutdown for minutes.
 */
export function createSmtpMailer(settings: MailSettings): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(
    {
      host: settings.smtp.host,
      port: settings.smtp.port,
      secure: settings.smtp.secure,
      ...(settings.smtp.auth ? { auth: settings.smtp.auth } : {}),
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    },
    { from: settings.from },
  );
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}
