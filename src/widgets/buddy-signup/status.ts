import type {BuddyErrorReason} from './events.js';

/** Where the form stands. */
export type Status =
  | {type: 'idle'}
  | {type: 'sending'}
  | {type: 'retrying'; attempt: number; maxAttempts: number}
  | {type: 'offline'}
  | {type: 'failed'; reason: BuddyErrorReason}
  | {type: 'not-connected'}
  | {type: 'too-fast'}
  | {type: 'blocked'}
  | {type: 'sent'};

/** True while a submission is on its way; the send button then does nothing. */
export const isBusy = (status: Status) =>
  status.type === 'sending' || status.type === 'retrying' || status.type === 'offline';

/** The status that ends a submission that was not delivered. */
export const statusForFailure = (reason: BuddyErrorReason): Status =>
  reason === 'not-connected'
    ? {type: 'not-connected'}
    : reason === 'spam'
      ? {type: 'blocked'}
      : {type: 'failed', reason};
