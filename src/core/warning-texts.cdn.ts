import type {warningMessage as fullMessage} from './warning-texts.js';

/**
 * The CDN files' stand-in for `warning-texts.ts` (rollup.config.mjs swaps it in): a warning's code
 * and its values, each as JSON, and where the sentences are written down.
 */
export const warningMessage: typeof fullMessage = (code, values) =>
  `iop-widgets ${code}: ${values.map((value) => JSON.stringify(value)).join(' ')} — see docs/warnings.md in the iop-widgets package`;
