/**
 * The end of the self-check: the assessment of the answers, the result and its print summary.
 * The widget needs them only after the last question, so it loads this module with `import()`
 * (see `core/lazy-module.ts`) when the page is idle after its first render.
 */
export {assessCare, redFlagsOf} from './assess.js';
export {renderPrintSummary} from './views/print-summary.js';
export {renderResult} from './views/result.js';
