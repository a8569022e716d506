// A logger of our own, because its one job is to make personal data unloggable: it takes an event
// name and a fixed set of non-personal fields (numbers and short codes), never free text.

/** The only fields a log line may carry. */
export interface LogFields {
  status?: number;
  ms?: number;
  count?: number;
  code?: string;
  database?: 'sqlite' | 'postgres';
  port?: number;
  migrations?: number;
}

/** Receives log lines; the default writes one JSON object per line to standard error. */
export type LogSink = (line: string) => void;

/** A structured logger that accepts only event names and `LogFields`. */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const allowed: (keyof LogFields)[] = [
  'status',
  'ms',
  'count',
  'code',
  'database',
  'port',
  'migrations',
];
const codePattern = /^[a-z0-9_.:-]{1,48}$/i;

/** Keeps only allowed fields of the allowed type; a code that is not a short token is dropped. */
function clean(fields: LogFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of allowed) {
    const value = fields[name];
    if (typeof value === 'number' && Number.isFinite(value)) out[name] = value;
    else if (typeof value === 'string' && codePattern.test(value)) out[name] = value;
  }
  return out;
}

/** Makes a logger that writes JSON lines to `sink` (standard error by default). */
export function createLogger(sink: LogSink = (line) => process.stderr.write(line + '\n')): Logger {
  const write = (level: string, event: string, fields: LogFields = {}) => {
    const name = codePattern.test(event) ? event : 'event';
    sink(JSON.stringify({time: new Date().toISOString(), level, event: name, ...clean(fields)}));
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

/** A logger that drops everything, for library use without logs. */
export const silentLogger: Logger = {info() {}, warn() {}, error() {}};

/** A short, non-personal code for an error: its `code` property when it is a token, else its class. */
export function errorCode(error: unknown): string {
  const code = (error as {code?: unknown})?.code;
  if (typeof code === 'string' && codePattern.test(code)) return code;
  return error instanceof Error && codePattern.test(error.name) ? error.name : 'unknown';
}
