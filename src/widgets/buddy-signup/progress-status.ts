/** How the delivery's progress reports move the form's status; part of the send code. */
import type {DeliveryProgress} from './delivery.js';
import {isBusy, type Status} from './status.js';

/**
 * The status after a delivery progress report, or `undefined` when it does not change: offline,
 * a retry's wait, or sending again once back online. Reports after the end are ignored.
 */
export function statusAfterProgress(
  status: Status,
  progress: DeliveryProgress,
): Status | undefined {
  if (!isBusy(status)) return undefined;
  if (progress.type === 'offline') return status.type === 'offline' ? undefined : {type: 'offline'};
  if (progress.type === 'retry-wait') {
    const {attempt, maxAttempts} = progress;
    return {type: 'retrying', attempt, maxAttempts};
  }
  return status.type === 'offline' ? {type: 'sending'} : undefined;
}
