import {IopCareQuiz} from './care-quiz.js';

IopCareQuiz.define('iop-care-quiz');

export {IopCareQuiz};
