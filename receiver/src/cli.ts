import {parseArgs} from 'node:util';
import {KeyError} from './crypto.js';
import {DatabaseUrlError} from './store/open.js';
import {
  deleteCommand,
  exportCommand,
  keygen,
  migrateCommand,
  purgeCommand,
  serveCommand,
  type Flags,
} from './commands.js';
import {UsageError} from './options.js';
import {errorCode} from './log.js';

export const usage = `iop-buddy-receiver: receives <iop-buddy-signup> requests and keeps them encrypted.

  serve   --origin https://clinic.example [--origin …] [--db sqlite:./signups.db | postgres://…]
          [--host 127.0.0.1] [--port 8787] [--path /signups] [--retention-days 365]
          [--rate-limit 60 --rate-window 600] [--body-limit 16384] [--trust-proxy]
          [--notify-to staff@clinic.example [--notify-from …]]   (SMTP: IOP_RECEIVER_SMTP_URL)
  export  [--format csv|json] [--from 2025-01-01] [--to 2025-01-31] [--out file] [--db …]
  delete  --id <signup id> [--db …]
  purge   [--retention-days 365] [--db …]
  migrate [--db …]
  keygen  prints a new IOP_RECEIVER_KEY

The key: IOP_RECEIVER_KEY (base64, 32 bytes), needed by serve and export.
Environment instead of flags: IOP_RECEIVER_DB, IOP_RECEIVER_ORIGINS, IOP_RECEIVER_RETENTION_DAYS,
IOP_RECEIVER_NOTIFY_TO, IOP_RECEIVER_SMTP_URL, HOST, PORT.`;

const options = {
  origin: {type: 'string', multiple: true},
  db: {type: 'string'},
  host: {type: 'string'},
  port: {type: 'string'},
  path: {type: 'string'},
  'retention-days': {type: 'string'},
  'rate-limit': {type: 'string'},
  'rate-window': {type: 'string'},
  'body-limit': {type: 'string'},
  'trust-proxy': {type: 'boolean'},
  'notify-to': {type: 'string'},
  'notify-from': {type: 'string'},
  format: {type: 'string'},
  from: {type: 'string'},
  to: {type: 'string'},
  out: {type: 'string'},
  id: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
} as const;

/** Runs one command line; returns the exit code (0 done, 1 failed, 2 usage). Never throws. */
export async function main(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const print = (line: string) => process.stdout.write(line + '\n');
  const warn = (line: string) => process.stderr.write(line + '\n');
  try {
    const {values, positionals} = parseArgs({
      args: argv,
      options,
      allowPositionals: true,
      strict: true,
    });
    const flags = values as Flags;
    const [command] = positionals;
    if (values.help || !command || command === 'help') {
      print(usage);
      return command || values.help ? 0 : 2;
    }
    switch (command) {
      case 'serve':
        return await serveCommand(flags, env, print);
      case 'export':
        return await exportCommand(flags, env, print, warn);
      case 'delete':
        return await deleteCommand(flags, env, print);
      case 'purge':
        return await purgeCommand(flags, env, print);
      case 'migrate':
        return await migrateCommand(flags, env, print);
      case 'keygen':
        return keygen(print);
      default:
        throw new UsageError(`unknown command "${command}"; try --help`);
    }
  } catch (error) {
    if (
      error instanceof KeyError ||
      error instanceof UsageError ||
      error instanceof DatabaseUrlError
    ) {
      warn(`iop-buddy-receiver: ${error.message}`);
      return 2;
    }
    if ((error as {code?: string})?.code?.startsWith('ERR_PARSE_ARGS')) {
      warn(`iop-buddy-receiver: ${(error as Error).message}; try --help`);
      return 2;
    }
    // Failures here come from the setup (database, port), never from a visitor's data.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    warn(`iop-buddy-receiver: failed (${errorCode(error)}): ${message}`);
    return 1;
  }
}
