import {IopProgramExplainer} from './program-explainer.js';

IopProgramExplainer.define('iop-program-explainer');

export {IopProgramExplainer};
export type {IopCtaDetail} from './program-explainer.js';
