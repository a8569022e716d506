import nodemailer, {type Transporter} from 'nodemailer';
import {errorCode, type Logger} from './log.js';

/** Where staff emails go, and through which SMTP server. */
export interface NotifyOptions {
  /** `smtp://user:password@host:587` or `smtps://…`, from the environment (it holds a password). */
  smtpUrl: string;
  /** The programme staff's address (or several, comma-separated). */
  to: string;
  /** The sender address (default: the first `to` address). */
  from?: string;
  logger: Logger;
  /** A nodemailer transport to use instead of `smtpUrl` (tests). */
  transport?: Transporter;
}

/** The email's words: that a request arrived, and how to read it. Nothing about the person. */
export const notifySubject = 'A new recovery-buddy request arrived';
export const notifyText = [
  'A new recovery-buddy request arrived.',
  '',
  "For the person's privacy this email holds none of their details.",
  'Read new requests with: npx iop-buddy-receiver export --format csv --from <date>',
].join('\n');

/**
 * Makes the staff notifier: one email per new signup, sent in the background. A failure is logged
 * with its error code only and never affects the signup, which is already stored.
 */
export function createNotifier(options: NotifyOptions): () => void {
  const transport = options.transport ?? nodemailer.createTransport(options.smtpUrl);
  const from = options.from ?? options.to.split(',')[0].trim();
  return () => {
    transport
      .sendMail({from, to: options.to, subject: notifySubject, text: notifyText})
      .then(() => options.logger.info('staff-notified'))
      .catch((error: unknown) =>
        options.logger.warn('staff-notify-failed', {code: errorCode(error)}),
      );
  };
}
