import {msg} from '@lit/localize';
import type {HelpRegion} from '../../core/regions.js';

/**
 * The self-check's question bank as data: question ids, answer ids in the order they are shown
 * and, for the AUDIT-C items, the published points. Texts live in `questionText` as functions, so
 * they are read in the visitor's language when a question is shown.
 */

/** The part of the self-check a question belongs to; its label is shown above the question. */
export type Section = 'safety' | 'drinking' | 'drugs' | 'context';

/**
 * Which AUDIT-C is asked: the WHO items (`audit-c`, with the region's standard drink in the help
 * text) or the UK version (`audit-c-uk`: units, a sex-specific item 3, one cut-off of 5). Content
 * reference 3.1 and 5: GB uses the UK version; every other region the WHO items.
 */
export type Screener = 'audit-c' | 'audit-c-uk';

/** The AUDIT-C version for a region: the UK version for GB, the WHO items elsewhere. */
export const screenerFor = (region: HelpRegion): Screener =>
  region === 'GB' ? 'audit-c-uk' : 'audit-c';

interface OptionData {
  readonly id: string;
  /** AUDIT-C points (0–4 in the published answer order); other questions are not scored. */
  readonly points?: number;
}

interface QuestionData {
  readonly id: string;
  readonly section: Section;
  /** A red flag: the answer `yes` shows the urgent-help panel before the next question. */
  readonly redFlag?: boolean;
  readonly options: readonly OptionData[];
}

const yesNo = [{id: 'yes'}, {id: 'no'}] as const;

/** AUDIT item 3's answer set (also used, unscored, for how often other drugs are used). */
const howOften = [
  {id: 'never', points: 0},
  {id: 'less-than-monthly', points: 1},
  {id: 'monthly', points: 2},
  {id: 'weekly', points: 3},
  {id: 'daily', points: 4},
] as const;

/** Every question, in the order they are asked. */
export const questions = [
  {id: 'selfHarm', section: 'safety', redFlag: true, options: yesNo},
  {id: 'withdrawalDanger', section: 'safety', redFlag: true, options: yesNo},
  {id: 'overdose', section: 'safety', redFlag: true, options: yesNo},
  {
    id: 'auditFrequency',
    section: 'drinking',
    options: [
      {id: 'never', points: 0},
      {id: 'monthly-or-less', points: 1},
      {id: '2-4-a-month', points: 2},
      {id: '2-3-a-week', points: 3},
      {id: '4-or-more-a-week', points: 4},
    ],
  },
  {
    id: 'auditTypical',
    section: 'drinking',
    options: [
      {id: '1-2', points: 0},
      {id: '3-4', points: 1},
      {id: '5-6', points: 2},
      {id: '7-9', points: 3},
      {id: '10-or-more', points: 4},
    ],
  },
  {id: 'auditSixOrMore', section: 'drinking', options: howOften},
  {id: 'cutoff', section: 'drinking', options: [{id: 'men'}, {id: 'women'}, {id: 'not-say'}]},
  {
    id: 'drugs',
    section: 'drugs',
    options: [
      {id: 'never'},
      {id: 'less-than-monthly'},
      {id: 'monthly'},
      {id: 'weekly'},
      {id: 'daily'},
    ],
  },
  {
    id: 'withdrawalSigns',
    section: 'context',
    options: [{id: 'yes'}, {id: 'no'}, {id: 'not-tried'}],
  },
  {id: 'physicalHealth', section: 'context', options: [{id: 'yes'}, {id: 'no'}, {id: 'not-sure'}]},
  {
    id: 'mentalHealth',
    section: 'context',
    options: [{id: 'no'}, {id: 'sometimes'}, {id: 'most-days'}],
  },
  {
    id: 'home',
    section: 'context',
    options: [{id: 'yes'}, {id: 'using'}, {id: 'unsafe'}, {id: 'unstable'}],
  },
  {id: 'triedBefore', section: 'context', options: [{id: 'no'}, {id: 'yes'}, {id: 'repeated'}]},
  {id: 'attend', section: 'context', options: [{id: 'yes'}, {id: 'not-sure'}, {id: 'no'}]},
  {id: 'commitments', section: 'context', options: yesNo},
] as const satisfies readonly QuestionData[];

/** One question of the bank. */
export type Question = (typeof questions)[number];

/** The id of a question, such as `auditFrequency`. */
export type QuestionId = Question['id'];

/** The answer ids a question accepts. */
export type OptionId<Q extends QuestionId> = Extract<Question, {id: Q}>['options'][number]['id'];

/** The id of a safety question whose `yes` shows the urgent-help panel. */
export type RedFlagId = Extract<Question, {redFlag: true}>['id'];

/**
 * A visitor's answers: question id → answer id. A question that was not asked or not answered is
 * left out.
 */
export type QuizAnswers = {[Q in QuestionId]?: OptionId<Q>};

/** The red-flag questions, in the order they are asked. */
export const redFlagIds: readonly RedFlagId[] = questions
  .filter((question): question is Extract<Question, {redFlag: true}> => 'redFlag' in question)
  .map((question) => question.id);

/** The question with `id`. */
export function questionById<Q extends QuestionId>(id: Q): Extract<Question, {id: Q}> {
  return questions.find((question) => question.id === id) as Extract<Question, {id: Q}>;
}

/** Whether `value` is one of the answers question `id` accepts. */
export function isOption(id: QuestionId, value: unknown): boolean {
  return questionById(id).options.some((option) => option.id === value);
}

/**
 * The questions asked for these answers, in order. As the WHO AUDIT instructs, a person who never
 * drinks skips AUDIT items 2 and 3 (and so the cut-off question); the question on withdrawal signs
 * is skipped for a person who neither drinks nor uses other drugs. The UK AUDIT-C has one cut-off
 * for everyone, so it never asks which cut-off to use.
 */
export function askedQuestions(answers: QuizAnswers, screener: Screener = 'audit-c'): Question[] {
  const neverDrinks = answers.auditFrequency === 'never';
  const noDrugs = answers.drugs === 'never';
  return questions.filter((question) => {
    switch (question.id) {
      case 'auditTypical':
      case 'auditSixOrMore':
        return !neverDrinks;
      case 'cutoff':
        return !neverDrinks && screener === 'audit-c';
      case 'withdrawalSigns':
        return !(neverDrinks && noDrugs);
      default:
        return true;
    }
  });
}

/** Only the answers to questions that were asked, with known answer ids. */
export function askedAnswers(answers: QuizAnswers, screener: Screener = 'audit-c'): QuizAnswers {
  const kept: Record<string, string> = {};
  for (const question of askedQuestions(answers, screener)) {
    const value = answers[question.id];
    if (value !== undefined && isOption(question.id, value)) kept[question.id] = value;
  }
  return kept as QuizAnswers;
}

/** A question's words in the visitor's language. */
export interface QuestionText<Q extends QuestionId = QuestionId> {
  /** The question itself. */
  legend: string;
  /** Help text shown under the question. */
  hint?: string;
  /** Items that belong to the question ("any of these"), shown as a list. */
  list?: string[];
  /** The label of each answer. */
  options: Record<OptionId<Q>, string>;
}

const yesNoText = () => ({
  yes: msg('Yes', {id: 'quiz.option.yes'}),
  no: msg('No', {id: 'quiz.option.no'}),
});

const anyOfTheseText = () => ({
  yes: msg('Yes, at least one of these', {id: 'quiz.option.any-yes'}),
  no: msg('No, none of these', {id: 'quiz.option.any-no'}),
});

const howOftenText = () => ({
  never: msg('Never', {id: 'quiz.option.never'}),
  'less-than-monthly': msg('Less than monthly', {id: 'quiz.option.less-than-monthly'}),
  monthly: msg('Monthly', {id: 'quiz.option.monthly'}),
  weekly: msg('Weekly', {id: 'quiz.option.weekly'}),
  daily: msg('Daily or almost daily', {id: 'quiz.option.daily'}),
});

/** What one drink means where the visitor lives (content reference 3.1 and 5). */
const standardDrink = (region: HelpRegion): string => {
  switch (region) {
    case 'US':
      return msg(
        'One drink means one standard drink: 12 oz (355 ml) of beer with about 5% alcohol, 5 oz (148 ml) of wine with about 12% alcohol, or 1.5 oz (44 ml) of 80-proof spirits (40% alcohol), like vodka or whiskey. Some mixed drinks count as more than one: a piña colada is about 2.',
        {id: 'quiz.hint.standard-drink'},
      );
    case 'CA':
      return msg(
        'One drink means one standard drink. In Canada, a standard drink is usually counted as 17 ml (13.45 g) of pure alcohol. Some drinks count as more than one.',
        {id: 'quiz.hint.standard-drink-ca'},
      );
    case 'IE':
      return msg(
        'One drink means one standard drink. In Ireland, a standard drink is usually counted as 10 g of pure alcohol. Some drinks count as more than one.',
        {id: 'quiz.hint.standard-drink-ie'},
      );
    case 'AU':
      return msg(
        'One drink means one standard drink. In Australia, a standard drink is usually counted as 10 g of pure alcohol. Some drinks count as more than one.',
        {id: 'quiz.hint.standard-drink-au'},
      );
    case 'GB':
      return msg(
        'One unit is 8 g (10 ml) of pure alcohol. The label on a can, bottle or glass often says how many units it holds.',
        {id: 'quiz.hint.unit'},
      );
    default:
      return msg(
        'One drink means one standard drink, as the health guidance where you live counts it. Some drinks count as more than one.',
        {id: 'quiz.hint.standard-drink-any'},
      );
  }
};

/** What a question's words depend on: the screener version and the region's standard drink. */
export interface WordingContext {
  screener: Screener;
  region: HelpRegion;
}

/** The words of every question, read in the current language when called. */
export const questionText: {[Q in QuestionId]: (context: WordingContext) => QuestionText<Q>} = {
  selfHarm: () => ({
    legend: msg('Right now, are you having thoughts of hurting yourself or ending your life?', {
      id: 'quiz.q.self-harm',
    }),
    options: yesNoText(),
  }),
  withdrawalDanger: () => ({
    legend: msg('Have you had any of these signs of dangerous withdrawal?', {
      id: 'quiz.q.withdrawal-danger',
    }),
    list: [
      msg(
        'A seizure, DTs (severe shaking and confusion), or seeing or hearing things that were not there, after you stopped or cut down on alcohol or sedatives, like benzodiazepines (“benzos”) or sleeping pills',
        {id: 'quiz.q.withdrawal-danger.past'},
      ),
      msg('Shaking, sweating or confusion right now, since you drank less', {
        id: 'quiz.q.withdrawal-danger.now',
      }),
      msg('Needing a drink first thing in the morning, most days, to steady your nerves', {
        id: 'quiz.q.withdrawal-danger.morning',
      }),
    ],
    options: anyOfTheseText(),
  }),
  overdose: () => ({
    legend: msg('Do any of these overdose risks apply to you?', {id: 'quiz.q.overdose'}),
    list: [
      msg('You overdosed recently', {id: 'quiz.q.overdose.recent'}),
      msg('You use opioids when you are alone', {id: 'quiz.q.overdose.alone'}),
      msg('Someone with you now is hard to wake or is breathing slowly', {
        id: 'quiz.q.overdose.someone',
      }),
    ],
    options: anyOfTheseText(),
  }),
  auditFrequency: () => ({
    legend: msg('How often do you have a drink containing alcohol?', {id: 'quiz.q.audit-1'}),
    hint: msg('Count beer, wine, spirits and mixed drinks.', {id: 'quiz.q.audit-1.hint'}),
    options: {
      never: msg('Never', {id: 'quiz.option.never'}),
      'monthly-or-less': msg('Monthly or less', {id: 'quiz.option.monthly-or-less'}),
      '2-4-a-month': msg('2 to 4 times a month', {id: 'quiz.option.2-4-a-month'}),
      '2-3-a-week': msg('2 to 3 times a week', {id: 'quiz.option.2-3-a-week'}),
      '4-or-more-a-week': msg('4 or more times a week', {id: 'quiz.option.4-or-more-a-week'}),
    },
  }),
  auditTypical: ({screener, region}) => ({
    legend:
      screener === 'audit-c-uk'
        ? msg('How many units of alcohol do you drink on a typical day when you are drinking?', {
            id: 'quiz.q.audit-2-uk',
          })
        : msg(
            'How many drinks containing alcohol do you have on a typical day when you are drinking?',
            {id: 'quiz.q.audit-2'},
          ),
    hint: standardDrink(region),
    options: {
      '1-2': msg('1 or 2', {id: 'quiz.option.1-2'}),
      '3-4': msg('3 or 4', {id: 'quiz.option.3-4'}),
      '5-6': msg('5 or 6', {id: 'quiz.option.5-6'}),
      '7-9': msg('7 to 9', {id: 'quiz.option.7-9'}),
      '10-or-more': msg('10 or more', {id: 'quiz.option.10-or-more'}),
    },
  }),
  auditSixOrMore: ({screener, region}) => ({
    legend:
      screener === 'audit-c-uk'
        ? msg(
            'How often have you had 6 or more units if female, or 8 or more if male, on a single occasion in the last year?',
            {id: 'quiz.q.audit-3-uk'},
          )
        : msg('How often do you have six or more drinks on one occasion?', {
            id: 'quiz.q.audit-3',
          }),
    hint: standardDrink(region),
    options: howOftenText(),
  }),
  cutoff: () => ({
    legend: msg('Which cut-off should we use for your score?', {id: 'quiz.q.cutoff'}),
    hint: msg(
      'This screener has two published cut-offs: one for men, and a lower one for women. They come from studies that grouped people by sex assigned at birth. Choose the one that fits you, or choose not to say. Then we use the lower cut-off.',
      {id: 'quiz.q.cutoff.hint'},
    ),
    options: {
      men: msg('The cut-off for men (4 points)', {id: 'quiz.option.cutoff-men'}),
      women: msg('The cut-off for women (3 points)', {id: 'quiz.option.cutoff-women'}),
      'not-say': msg('I’d rather not say (we use 3 points)', {id: 'quiz.option.cutoff-not-say'}),
    },
  }),
  drugs: () => ({
    legend: msg(
      'In the past year, how often have you used drugs other than alcohol, or medicines in ways not prescribed?',
      {id: 'quiz.q.drugs'},
    ),
    hint: msg(
      'For example cannabis, cocaine, opioids, or someone else’s pain or sleeping pills. This is not scored. It helps you talk with a program.',
      {id: 'quiz.q.drugs.hint'},
    ),
    options: howOftenText(),
  }),
  withdrawalSigns: () => ({
    legend: msg(
      'When you cut down or stopped drinking or using drugs before, did you feel shaky, sweaty, sick to your stomach or unable to sleep?',
      {id: 'quiz.q.withdrawal-signs'},
    ),
    hint: msg('This includes sedatives, like benzos or sleeping pills.', {
      id: 'quiz.q.withdrawal-signs.hint',
    }),
    options: {
      ...yesNoText(),
      'not-tried': msg('I have not cut down or stopped', {id: 'quiz.option.not-tried'}),
    },
  }),
  physicalHealth: () => ({
    legend: msg('Do you have a physical health problem that needs care now?', {
      id: 'quiz.q.physical-health',
    }),
    options: {...yesNoText(), 'not-sure': msg('Not sure', {id: 'quiz.option.not-sure'})},
  }),
  mentalHealth: () => ({
    legend: msg('Do feelings like sadness, worry or stress get in the way of your daily life?', {
      id: 'quiz.q.mental-health',
    }),
    options: {
      no: msg('No, not really', {id: 'quiz.option.not-really'}),
      sometimes: msg('Sometimes', {id: 'quiz.option.sometimes'}),
      'most-days': msg('Most days, and it is very hard to get through the day', {
        id: 'quiz.option.most-days',
      }),
    },
  }),
  home: () => ({
    legend: msg('Is your home safe, and free of alcohol and drugs?', {id: 'quiz.q.home'}),
    options: {
      yes: msg('Yes', {id: 'quiz.option.yes'}),
      using: msg('It is safe, but people there drink or use drugs', {
        id: 'quiz.option.home-using',
      }),
      unsafe: msg('No, I do not feel safe there', {id: 'quiz.option.home-unsafe'}),
      unstable: msg('I do not have a steady place to live', {id: 'quiz.option.home-unstable'}),
    },
  }),
  triedBefore: () => ({
    legend: msg(
      'Have you tried to cut down or stop drinking or using drugs before, and it did not last?',
      {id: 'quiz.q.tried-before'},
    ),
    options: {
      no: msg('No, or I have not tried', {id: 'quiz.option.tried-no'}),
      yes: msg('Yes, I tried and it did not last', {id: 'quiz.option.tried-yes'}),
      repeated: msg('Yes, more than once, even with counseling or an outpatient program', {
        id: 'quiz.option.tried-repeated',
      }),
    },
  }),
  attend: () => ({
    legend: msg('Could you go to a program about 3 hours a day, 3 to 5 days a week?', {
      id: 'quiz.q.attend',
    }),
    hint: msg('Some programs meet in the morning, some in the evening.', {
      id: 'quiz.q.attend.hint',
    }),
    options: {
      yes: msg('Yes', {id: 'quiz.option.yes'}),
      'not-sure': msg('Not sure', {id: 'quiz.option.not-sure'}),
      no: msg('No', {id: 'quiz.option.no'}),
    },
  }),
  commitments: () => ({
    legend: msg('Do you need to keep working, studying or caring for family while you get help?', {
      id: 'quiz.q.commitments',
    }),
    options: yesNoText(),
  }),
};

/** The label shown above the questions of each section. */
export function sectionLabel(section: Section): string {
  switch (section) {
    case 'safety':
      return msg('Safety first', {id: 'quiz.section.safety'});
    case 'drinking':
      return msg('About your drinking', {id: 'quiz.section.drinking'});
    case 'drugs':
      return msg('About other drugs', {id: 'quiz.section.drugs'});
    case 'context':
      return msg('To help you talk with a program', {id: 'quiz.section.context'});
  }
}
