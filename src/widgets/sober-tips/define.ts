import {IopSoberTips} from './sober-tips.js';

IopSoberTips.define('iop-sober-tips');

export {IopSoberTips};
