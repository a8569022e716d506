// What the tests of <iop-care-quiz> share: finding its parts as a visitor does, and answering its
// questions.
import {nextFrame, waitUntil} from '@open-wc/testing';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import type {QuizAnswers} from '../src/widgets/care-quiz/assess.js';
import {shadow} from './helpers.js';

export const all = (el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(selector),
];
export const one = (el: Element, selector: string) => {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
};
export const heading = (el: Element) => one(el, '[data-focus]');
export const headingText = (el: Element) => heading(el).textContent!.replace(/\s+/g, ' ').trim();
export const buttonNamed = (el: Element, name: string) => {
  const found = all(el, 'button, a').find((each) => each.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
export const settle = async (el: IopCareQuiz) => {
  await el.updateComplete;
  await nextFrame();
};

export async function click(el: IopCareQuiz, target: HTMLElement) {
  target.click();
  await settle(el);
}

export const currentQuestion = (el: Element) =>
  shadow(el).querySelector<HTMLInputElement>('input[type="radio"]')?.name;

export async function choose(el: IopCareQuiz, value: string) {
  const radio = all(el, 'input[type="radio"]').find(
    (each) => (each as HTMLInputElement).value === value,
  );
  if (!radio) throw new Error(`no answer "${value}" for ${currentQuestion(el)}`);
  await click(el, radio);
}

/** Presses Next or "See my result", and waits while the result's code is still loading. */
export async function next(el: IopCareQuiz) {
  await click(el, one(el, 'form button[type="submit"]'));
  await waitUntil(() => !shadow(el).querySelector('[aria-disabled="true"]'), 'the result', {
    timeout: 5000,
  });
}

export async function start(el: IopCareQuiz) {
  await click(el, buttonNamed(el, 'Start the self-check'));
}

/**
 * Answers every question from `answers` (by question id), passing urgent panels, until the result
 * or until the question `until` is shown.
 */
export async function run(el: IopCareQuiz, answers: QuizAnswers, until?: keyof QuizAnswers) {
  if (headingText(el).includes('A private self-check')) await start(el);
  for (let guard = 0; guard < 40; guard++) {
    const name = currentQuestion(el);
    if (name) {
      if (name === until) return;
      const value = answers[name as keyof QuizAnswers];
      if (!value) throw new Error(`profile has no answer for ${name}`);
      await choose(el, value);
      await next(el);
    } else if (shadow(el).querySelector('#urgent-heading[data-focus]')) {
      await click(el, buttonNamed(el, 'Continue the self-check'));
    } else {
      return;
    }
  }
  throw new Error('the quiz did not end');
}
