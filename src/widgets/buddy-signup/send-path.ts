/**
 * The buddy signup's send path: the page's `iop-buddy-submit` handler, the endpoint check, the
 * delivery with its retries (and the status each of its reports leads to), and the guard against
 * leaving with a signup unsent. The widget loads
 * it with `import()` when the browser is idle after the first render, long before a person can
 * send the form, so a signup waiting for the network never waits for code.
 */
export {deliver} from './delivery.js';
export {checkEndpoint, endpointProblem} from './endpoint.js';
export {LeaveGuard} from './leave-guard.js';
export {statusAfterProgress} from './progress-status.js';
export {dispatchSubmit} from './submit-event.js';
