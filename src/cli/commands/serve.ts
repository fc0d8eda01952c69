import type { Command } from 'commander';
import { type CliContext, writeLine } from '../context';
import { dbOption, DB_HELP, portOption } from '../options';
import { resolveServerSettings } from '../../config/server-settings';
import { describeTrustProxy } from '../../config/trust-proxy';
import { allowedHostNames, describeAllowedHosts } from '../../core/net/allowed-hosts';

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the web app and the JSON API')
    .option('--port <n>', 'port to listen on (default: $PORT or 8080)', portOption)
    .option('--host <h>', 'address to bind (default: $HOST or 127.0.0.1)')
    .option('--db <target>', DB_HELP, dbOption)
    .action(async (opts: { port?: number; host?: string; db?: string }) => {
      if (!ctx.startServer) throw new Error('this build of backstride cannot serve (no server wired in)');
      const settings = resolveServerSettings(ctx.io.env, ctx.io.cwd, opts);
      const server = await ctx.startServer(settings);
      const shown = settings.host === '0.0.0.0' || settings.host === '::' ? 'localhost' : settings.host;
      writeLine(
        ctx.io.stdout,
        `backstride listening on http://${shown}:${settings.port} (${server.store.dialect})`,
      );
      writeLine(ctx.io.stdout, describeAllowedHosts(allowedHostNames(settings.app.allowedOrigins)));
      writeLine(ctx.io.stdout, describeTrustProxy(settings.app.trustProxy));
      const mail = settings.app.mail;
      writeLine(
        ctx.io.stdout,
        mail
          ? `password reset links are emailed through ${mail.smtp.host}:${mail.smtp.port}`
          : 'password reset by email is off (no SMTP settings); use `backstride user set-password`',
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          void server.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
