import { Command, Option } from 'commander';
import pino from 'pino';
import { ToexError } from '../../core/errors.js';
import { startServer } from '../../server/server.js';
import { dbOption, openStore } from '../options.js';

/**
 * `toex serve`: the analysts' HTTP API and web app, on loopback by default. Stops cleanly on
 * SIGTERM or SIGINT: in-flight requests finish, then the store is closed.
 */
export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the analysts API (/api/) and web app (dist-web/) over HTTP')
    .addOption(dbOption())
    .option('--port <port>', 'TCP port', '8080')
    .option('--host <host>', 'address to listen on (loopback by default)', '127.0.0.1')
    .addOption(
      new Option(
        '--insecure-cookies',
        'drop the Secure cookie flag: only for plain-http development on loopback',
      ),
    )
    .action(async (opts: { db: string; port: string; host: string; insecureCookies?: boolean }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new ToexError('INVALID_VALUE', `--port ${opts.port} is not a TCP port (0-65535)`);
      const logger = pino({ level: process.env['TOEX_LOG_LEVEL'] ?? 'info' });
      if (opts.insecureCookies && !['127.0.0.1', '::1', 'localhost'].includes(opts.host))
        throw new ToexError('INVALID_VALUE', '--insecure-cookies is allowed on loopback only');
      const server = await startServer({
        store: await openStore(opts.db),
        port,
        host: opts.host,
        logger,
        settings: { secureCookies: !opts.insecureCookies },
      });
      process.stderr.write(`toex: serving ${server.url} (Ctrl-C or SIGTERM stops)\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          logger.info({ signal }, 'stopping: finishing in-flight requests');
          void server.close().then(resolve);
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
    });
}
