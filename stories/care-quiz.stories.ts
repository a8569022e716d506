import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/widgets/care-quiz/define.js';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import type {QuizAnswers} from '../src/widgets/care-quiz/assess.js';
import type {QuestionId} from '../src/widgets/care-quiz/questions.js';
import {regions} from '../src/core/regions.js';
import {profiles} from '../test/quiz-profiles.js';

/** The attributes a page author sets, as story args. */
interface CareQuizArgs {
  'clinic-name'?: string;
  phone?: string;
  'intake-url'?: string;
  region?: string;
  'share-answers'?: boolean;
  'exit-url'?: string;
}

const careQuiz = (args: CareQuizArgs) =>
  html`<iop-care-quiz
    clinic-name=${ifDefined(args['clinic-name'])}
    phone=${ifDefined(args.phone)}
    intake-url=${ifDefined(args['intake-url'])}
    region=${ifDefined(args.region)}
    ?share-answers=${args['share-answers']}
    exit-url=${ifDefined(args['exit-url'])}
  ></iop-care-quiz>`;

const meta = {
  title: 'Widgets/Care quiz',
  component: 'iop-care-quiz',
  render: careQuiz,
  args: {
    'clinic-name': 'Harbor Recovery',
    phone: '+1 555 010 4477',
    'intake-url': 'https://harbor.example/intake',
    region: 'US',
    'share-answers': false,
  },
  argTypes: {
    region: {control: 'select', options: [...regions]},
    'share-answers': {control: 'boolean'},
  },
  parameters: {
    docs: {
      description: {
        component:
          'A private two-minute self-check. Safety questions come first, and any “yes” shows the region’s crisis lines at once. Then the AUDIT-C, other drugs and questions “to help you talk with a program”. The result suggests one level of care to *ask about*, shows the whole continuum, and never diagnoses. Answers never leave the page. The stories below reach each state by answering as a visitor would (in a `play` function); the widget has no way to be preloaded with answers.',
      },
    },
  },
} satisfies Meta<CareQuizArgs>;

export default meta;

type Story = StoryObj<CareQuizArgs>;

async function quizIn(canvas: HTMLElement): Promise<IopCareQuiz> {
  const element = canvas.querySelector('iop-care-quiz')!;
  await element.updateComplete;
  return element;
}

async function press(element: IopCareQuiz, target: Element | null | undefined) {
  (target as HTMLElement | null)?.click();
  await element.updateComplete;
}

/**
 * Answers as a visitor would, by clicking (in any language): starts, then answers each question
 * from `answers`, continuing past urgent panels unless stopping at the question `until`.
 */
async function answer(element: IopCareQuiz, answers: QuizAnswers, until?: QuestionId) {
  const root = element.shadowRoot!;
  const proceed = () => root.querySelector('.step > .actions > button');
  await press(element, proceed());
  for (let step = 0; step < 40; step++) {
    const name = root.querySelector<HTMLInputElement>('input[type="radio"]')?.name as
      QuestionId | undefined;
    if (name) {
      if (name === until) return;
      const value = answers[name];
      if (!value) return;
      await press(element, root.querySelector(`input[type="radio"][value="${value}"]`));
      await press(element, root.querySelector('form button[type="submit"]'));
      // "See my result" waits for the result's code if it has not arrived yet.
      while (root.querySelector('[aria-disabled="true"]')) {
        await new Promise((done) => setTimeout(done, 20));
      }
    } else if (root.querySelector('#urgent-heading[data-focus]') && !until) {
      await press(element, proceed());
    } else {
      return;
    }
  }
}

const playUntil =
  (answers: QuizAnswers, until?: QuestionId): Story['play'] =>
  async ({canvasElement}) => {
    await answer(await quizIn(canvasElement), answers, until);
  };

/** The start: what the self-check is, that answers stay private, and Start. */
export const Start: Story = {};

/** When the page opts in with `share-answers`, the start says so. */
export const StartSharingAnswers: Story = {args: {'share-answers': true}};

/** A yes/no safety question, the first step. */
export const SafetyQuestion: Story = {play: playUntil(profiles.iop, 'selfHarm')};

/** A safety question with a list of warning signs (“any of these”). */
export const SafetyChecklist: Story = {play: playUntil(profiles.iop, 'withdrawalDanger')};

/** An AUDIT-C item, with the published answers in order. */
export const ScreenerQuestion: Story = {play: playUntil(profiles.iop, 'auditFrequency')};

/** An AUDIT-C item with the standard-drink help text. */
export const ScreenerWithDrinkHelp: Story = {play: playUntil(profiles.iop, 'auditTypical')};

/** The respectful, optional choice of cut-off. */
export const CutoffQuestion: Story = {play: playUntil(profiles.iop, 'cutoff')};

/** The other-drugs question: context, not scored. */
export const OtherDrugsQuestion: Story = {play: playUntil(profiles.iop, 'drugs')};

/** A context question, labelled “To help you talk with a program”. */
export const ContextQuestion: Story = {play: playUntil(profiles.iop, 'home')};

/** Next without an answer: the error, in text, linked to the question. */
export const MissingAnswer: Story = {
  play: async ({canvasElement}) => {
    const element = await quizIn(canvasElement);
    await answer(element, profiles.iop, 'auditFrequency');
    await press(element, element.shadowRoot!.querySelector('form button[type="submit"]'));
  },
};

/** “Need help now?” open: the emergency number and the region’s lines. */
export const HelpOpen: Story = {
  play: async ({canvasElement}) => {
    const element = await quizIn(canvasElement);
    await press(element, element.shadowRoot!.querySelector('.help-button'));
  },
};

/** “Need help now?” for a region the widgets do not know: the local emergency number and a directory. */
export const HelpOpenUnknownRegion: Story = {
  args: {region: 'NZ'},
  play: HelpOpen.play,
};

/** The UK AUDIT-C's item 3 (region GB): units, and its own numbers for women and men. */
export const ScreenerQuestionGB: Story = {
  args: {region: 'GB'},
  play: playUntil(profiles.iop, 'auditSixOrMore'),
};

/** The urgent-help panel after “yes” to thoughts of self-harm (US lines). */
export const UrgentPanel: Story = {
  play: playUntil({...profiles.iop, selfHarm: 'yes'}, 'withdrawalDanger'),
};

/** The urgent-help panel for dangerous withdrawal, with the United Kingdom’s lines. */
export const UrgentPanelWithdrawalGB: Story = {
  args: {region: 'GB'},
  play: playUntil({...profiles.iop, withdrawalDanger: 'yes'}, 'overdose'),
};

/** The urgent-help panel for an overdose risk: 911, naloxone, Good Samaritan laws. */
export const UrgentPanelOverdose: Story = {
  play: playUntil({...profiles.iop, overdose: 'yes'}, 'auditFrequency'),
};

/** Result: urgent help now, with the panel shown again. */
export const ResultUrgent: Story = {play: playUntil(profiles.urgent)};

/** Result: a medical check-up for withdrawal. */
export const ResultWithdrawalCheck: Story = {play: playUntil(profiles['withdrawal-check'])};

/** Result: day treatment or residential care. */
export const ResultResidentialOrDay: Story = {play: playUntil(profiles['residential-or-day'])};

/** Result: an intensive outpatient program (IOP). */
export const ResultIop: Story = {play: playUntil(profiles.iop)};

/** Result: a doctor or outpatient counseling. */
export const ResultOutpatient: Story = {play: playUntil(profiles.outpatient)};

/** Result: information, and a talk with a doctor (“you may not need a program”). */
export const ResultInformation: Story = {play: playUntil(profiles.information)};

/** A result without clinic details: no call or intake buttons, nothing else changes. */
export const ResultWithoutClinic: Story = {
  args: {'clinic-name': undefined, phone: undefined, 'intake-url': undefined},
  play: playUntil(profiles.iop),
};

/** The print summary, with the reasons added (answers left out until the visitor adds them). */
export const PrintSummary: Story = {
  play: async ({canvasElement}) => {
    const element = await quizIn(canvasElement);
    await answer(element, profiles.iop);
    await press(element, element.shadowRoot!.querySelector('.result .actions button'));
    await press(element, element.shadowRoot!.querySelector('input[name="reasons"]'));
  },
};
