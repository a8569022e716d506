import {questions, type QuizAnswers, type Screener} from './questions.js';

const shown = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : `${String(value)} (${typeof value})`;

/**
 * Checks answers against the question bank and returns them unchanged. Throws a `TypeError` that
 * names the question and the value for anything that is not a plain object of known question ids
 * to one of their answer ids (a missing answer is `undefined` or left out). Nothing is guessed: a
 * red flag given as `true` or `'Yes'` is an error, never a silent "no".
 */
export function validateAnswers(input: unknown, screener: Screener = 'audit-c'): QuizAnswers {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(`assessCare: answers must be an object, not ${shown(input)}`);
  }
  if (screener !== 'audit-c' && screener !== 'audit-c-uk') {
    throw new TypeError(
      `assessCare: screener must be "audit-c" or "audit-c-uk", not ${shown(screener)}`,
    );
  }
  for (const [id, value] of Object.entries(input)) {
    const question = questions.find((each) => each.id === id);
    if (!question) {
      throw new TypeError(`assessCare: "${id}" is not a question of the self-check`);
    }
    if (value === undefined) continue;
    const options = question.options.map((option) => option.id as string);
    if (typeof value !== 'string' || !options.includes(value)) {
      throw new TypeError(
        `assessCare: ${shown(value)} is not an answer to "${id}"; expected one of ${options.map((option) => `"${option}"`).join(', ')}`,
      );
    }
  }
  return input as QuizAnswers;
}
