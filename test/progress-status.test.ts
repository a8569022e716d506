import {expect} from '@open-wc/testing';
import type {DeliveryProgress} from '../src/widgets/buddy-signup/delivery.js';
import {statusAfterProgress} from '../src/widgets/buddy-signup/progress-status.js';
import type {Status} from '../src/widgets/buddy-signup/status.js';

const attempt: DeliveryProgress = {type: 'attempt', attempt: 2, maxAttempts: 5};
const retryWait: DeliveryProgress = {
  type: 'retry-wait',
  attempt: 3,
  maxAttempts: 5,
  delayMs: 2000,
  reason: 'timeout',
};
const offline: DeliveryProgress = {type: 'offline'};

describe('statusAfterProgress', () => {
  const cases: [Status, DeliveryProgress, Status | undefined][] = [
    [{type: 'sending'}, offline, {type: 'offline'}],
    [{type: 'offline'}, offline, undefined],
    [{type: 'offline'}, attempt, {type: 'sending'}],
    [{type: 'sending'}, attempt, undefined],
    [{type: 'sending'}, retryWait, {type: 'retrying', attempt: 3, maxAttempts: 5}],
    [{type: 'retrying', attempt: 2, maxAttempts: 5}, attempt, undefined],
    [{type: 'retrying', attempt: 2, maxAttempts: 5}, offline, {type: 'offline'}],
    // Reports after the end change nothing.
    [{type: 'idle'}, attempt, undefined],
    [{type: 'sent'}, offline, undefined],
    [{type: 'failed', reason: 'network'}, retryWait, undefined],
    [{type: 'not-connected'}, attempt, undefined],
  ];
  for (const [status, progress, expected] of cases) {
    it(`${status.type} + ${progress.type} gives ${expected?.type ?? 'no change'}`, () => {
      expect(statusAfterProgress(status, progress)).to.deep.equal(expected);
    });
  }
});
