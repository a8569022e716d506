/**
 * iop-buddy-receiver: the receiving end of `<iop-buddy-signup>`. `createHandler()` is a
 * web-standard `(Request) => Promise<Response>` for Node and serverless functions; `startServer()`
 * runs it on Node's HTTP server; `openStore()` opens SQLite or PostgreSQL.
 */
export {
  createHandler,
  honeypotField,
  type HandlerOptions,
  type ReceiverHandler,
} from './handler.js';
export {nodeListener, startServer, type RunningServer, type ServerOptions} from './server.js';
export {openStore, defaultDatabase, describeDatabase} from './store/open.js';
export type {Store, StoredRow, Range, InsertResult} from './store/types.js';
export {parseKey, newKey, keyVariable, type Keys} from './crypto.js';
export {createLogger, silentLogger, type Logger, type LogFields} from './log.js';
export {readSignups, toCsv, toJson, type ExportedSignup} from './export.js';
export {createNotifier, type NotifyOptions} from './notify.js';
export {createValidator, type SignupPayload} from './schema.js';
export {defaultRetentionDays} from './options.js';
export {main} from './cli.js';
