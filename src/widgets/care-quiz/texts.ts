import {msg, str} from '@lit/localize';
import {isolate} from '../../core/bidi.js';
import {formatList, formatNumber} from '../../core/locale-format.js';
import type {ClinicDetails} from '../../core/iop-element.js';
import type {CareAssessment, CareLevel, ReasonId} from './assess.js';

/**
 * The care quiz's words that are not part of one view: the reasons behind a suggestion and the
 * suggestion sentence for each level, read in the current language when called.
 */

const reasonWords: Record<ReasonId, (assessment: CareAssessment) => string> = {
  'self-harm': () =>
    msg('You said you are having thoughts of hurting yourself or ending your life.', {
      id: 'quiz.reason.self-harm',
    }),
  'withdrawal-danger': () =>
    msg('You said you have had signs of dangerous withdrawal.', {
      id: 'quiz.reason.withdrawal-danger',
    }),
  overdose: () => msg('You said an overdose risk applies to you.', {id: 'quiz.reason.overdose'}),
  'withdrawal-signs': () =>
    msg(
      'You said you felt shaky, sweaty, sick or unable to sleep when you cut down or stopped. A doctor can help you stop safely.',
      {id: 'quiz.reason.withdrawal-signs'},
    ),
  'heavy-daily': () =>
    msg(
      'You said you drink 4 or more times a week, and 5 or more drinks on a typical day. Stopping suddenly after drinking this much can be dangerous. A doctor can help you stop safely.',
      {id: 'quiz.reason.heavy-daily'},
    ),
  'audit-positive': ({auditC: {score, cutoff}}) =>
    msg(
      str`Your drinking screener (AUDIT-C) score is ${score} out of 12. That is at or above the cut-off of ${cutoff}.`,
      {id: 'quiz.reason.audit-positive'},
    ),
  'audit-positive-partial': ({auditC: {score, cutoff}}) =>
    msg(
      str`You did not answer every drinking question, but your answers already add up to ${score} out of 12 on the drinking screener (AUDIT-C). That is at or above the cut-off of ${cutoff}.`,
      {id: 'quiz.reason.audit-positive-partial'},
    ),
  'audit-incomplete': ({auditC: {missing}}) => {
    const items = formatList(missing.map((item) => formatNumber(item)));
    return msg(
      str`The drinking screener (AUDIT-C) needs all 3 drinking questions, so it could not be scored. Questions not answered: ${items}. A doctor or counselor can talk it through with you.`,
      {id: 'quiz.reason.audit-incomplete'},
    );
  },
  'safety-unanswered': () =>
    msg(
      'You did not answer every safety question. If you are in danger or thinking about hurting yourself, please use the help lines now.',
      {id: 'quiz.reason.safety-unanswered'},
    ),
  'audit-negative': ({auditC: {score, cutoff}}) =>
    msg(
      str`Your drinking screener (AUDIT-C) score is ${score} out of 12. That is below the cut-off of ${cutoff}.`,
      {id: 'quiz.reason.audit-negative'},
    ),
  'drugs-often': () =>
    msg(
      'You said you use other drugs, or medicines in ways not prescribed, at least once a month.',
      {id: 'quiz.reason.drugs-often'},
    ),
  'drugs-some': () =>
    msg(
      'You said you used other drugs, or medicines in ways not prescribed, less than once a month. If you are worried about it, talk to your doctor.',
      {id: 'quiz.reason.drugs-some'},
    ),
  'home-using': () =>
    msg('You said people where you live drink or use drugs.', {id: 'quiz.reason.home-using'}),
  'home-unsafe': () =>
    msg('You said you do not feel safe at home.', {id: 'quiz.reason.home-unsafe'}),
  'home-unstable': () =>
    msg('You said you do not have a steady place to live.', {id: 'quiz.reason.home-unstable'}),
  'tried-repeated': () =>
    msg(
      'You said cutting down has not lasted, more than once, even with counseling or an outpatient program.',
      {id: 'quiz.reason.tried-repeated'},
    ),
  'mental-health-most-days': () =>
    msg(
      'You said feelings like sadness, worry or stress make it very hard to get through the day, most days.',
      {id: 'quiz.reason.mental-health-most-days'},
    ),
  'tried-before': () =>
    msg('You said you tried to cut down or stop before, and it did not last.', {
      id: 'quiz.reason.tried-before',
    }),
  'mental-health-sometimes': () =>
    msg(
      'You said feelings like sadness, worry or stress sometimes get in the way. Ask whether the program also helps with mental health.',
      {id: 'quiz.reason.mental-health-sometimes'},
    ),
  'physical-health': () =>
    msg(
      'You said you have a physical health problem that needs care. Tell the program and your doctor about it.',
      {id: 'quiz.reason.physical-health'},
    ),
  'can-attend': () =>
    msg('You said you could go about 3 hours a day, 3 to 5 days a week.', {
      id: 'quiz.reason.can-attend',
    }),
  'attend-not-sure': () =>
    msg(
      'You were not sure you could go about 3 hours a day, 3 to 5 days a week. Ask about times that fit your life.',
      {id: 'quiz.reason.attend-not-sure'},
    ),
  'cannot-attend': () =>
    msg(
      'You said you could not go about 3 hours a day, 3 to 5 days a week. Outpatient counseling takes fewer hours. You can also ask whether a program meets in the evening or on weekends.',
      {id: 'quiz.reason.cannot-attend'},
    ),
  'low-needs': () =>
    msg('Your other answers did not point to needing many hours of care each week.', {
      id: 'quiz.reason.low-needs',
    }),
  commitments: () =>
    msg(
      'You said you need to keep working, studying or caring for family. Ask how care can fit around that.',
      {id: 'quiz.reason.commitments'},
    ),
};

/** The words of one reason, with the assessment's figures (score, cut-off, missing items). */
export const reasonText = (id: ReasonId, assessment: CareAssessment): string =>
  reasonWords[id](assessment);

/** "Based on your answers, …": one natural sentence per level (content reference 6.3). */
export const suggestionText: Record<CareLevel, () => string> = {
  urgent: () => msg('Based on your answers, please get help now.', {id: 'quiz.result.urgent'}),
  'withdrawal-check': () =>
    msg(
      'Based on your answers, it may be worth asking a doctor about a medical check-up for withdrawal, before or alongside treatment.',
      {id: 'quiz.result.suggest.withdrawal'},
    ),
  'residential-or-day': () =>
    msg(
      'Based on your answers, it may be worth asking about day treatment or a residential program.',
      {
        id: 'quiz.result.suggest.residential',
      },
    ),
  iop: () =>
    msg(
      'Based on your answers, it may be worth asking about an intensive outpatient program (IOP).',
      {
        id: 'quiz.result.suggest.iop',
      },
    ),
  outpatient: () =>
    msg(
      'Based on your answers, it may be worth seeing a doctor or asking about outpatient counseling.',
      {
        id: 'quiz.result.suggest.outpatient',
      },
    ),
  information: () =>
    msg(
      'Based on your answers, you may not need a program. If you are worried about your drinking or drug use, talk with your doctor.',
      {id: 'quiz.result.suggest.information'},
    ),
};

/** A level of care in plain words. */
export interface LevelText {
  /** The setting's plain name, as in the list of every kind of care. */
  name: string;
  /** What the setting is, in one or two short sentences. */
  about: string;
}

/**
 * The words for each level, read in the current language when called. Plain setting names, no
 * level numbers; hours as in the content reference ("typically" where the source is weak).
 */
export const levelText: Record<CareLevel, () => LevelText> = {
  urgent: () => ({
    name: msg('Urgent help now', {id: 'quiz.level.urgent.name'}),
    about: msg(
      'For thoughts of suicide, dangerous withdrawal or an overdose: a crisis line, urgent care or the emergency room, any time of day or night.',
      {id: 'quiz.level.urgent.about'},
    ),
  }),
  'withdrawal-check': () => ({
    name: msg('A medical check-up for withdrawal', {id: 'quiz.level.withdrawal.name'}),
    about: msg(
      'A doctor checks your health and helps you stop safely. This is called withdrawal management. It is a first step, not treatment by itself, and comes before or alongside other care.',
      {id: 'quiz.level.withdrawal.about'},
    ),
  }),
  'residential-or-day': () => ({
    name: msg('Day treatment or residential care', {id: 'quiz.level.residential.name'}),
    about: msg(
      'Day treatment (also called partial hospitalization, or PHP) is 20 or more hours a week, with medical and mental health care close at hand. You sleep at home. In residential care you live at the program, with support day and night.',
      {id: 'quiz.level.residential.about'},
    ),
  }),
  iop: () => ({
    name: msg('Intensive outpatient program (IOP)', {id: 'quiz.level.iop.name'}),
    about: msg(
      'At least 9 hours a week, typically about 3 hours a day, 3 or more days a week. You live at home, and you can often keep working or studying.',
      {id: 'quiz.level.iop.about'},
    ),
  }),
  outpatient: () => ({
    name: msg('Outpatient counseling or a doctor’s care', {id: 'quiz.level.outpatient.name'}),
    about: msg(
      'Counseling or group sessions for fewer than 9 hours a week, while you live at home. A doctor can also help, including with medicines for alcohol or opioid use.',
      {id: 'quiz.level.outpatient.about'},
    ),
  }),
  information: () => ({
    name: msg('Information, and a talk with your doctor', {id: 'quiz.level.information.name'}),
    about: msg(
      'You may not need a program. Your doctor can check your health and talk through your drinking or drug use with you.',
      {id: 'quiz.level.information.about'},
    ),
  }),
};

/** Questions worth asking a program when you call (content reference 2.7). */
export function questionsToAsk(): string[] {
  return [
    msg('When can I get an appointment?', {id: 'quiz.ask.appointment'}),
    msg('What will it cost? Do you take my insurance?', {id: 'quiz.ask.cost'}),
    msg('What should I bring?', {id: 'quiz.ask.bring'}),
    msg('Can you help me get there?', {id: 'quiz.ask.transport'}),
    msg('Can you help with childcare?', {id: 'quiz.ask.childcare'}),
    msg('Which of my medicines can I keep taking?', {id: 'quiz.ask.medicines'}),
    msg('What are the rules about smoking?', {id: 'quiz.ask.smoking'}),
    msg('How can my family be involved or stay in touch?', {id: 'quiz.ask.family'}),
  ];
}

/** The sentence every result and printout carries: this is not a diagnosis. */
export const disclaimer = () =>
  msg(
    'Only a clinician’s full assessment can recommend a level of care. This self-check is not a diagnosis.',
    {id: 'quiz.result.disclaimer'},
  );

/** The clinic's name, isolated for a sentence (see `isolate`), or a neutral phrase when the page gives none. */
export const clinicName = (clinic: ClinicDetails) =>
  clinic.name ? isolate(clinic.name) : msg('our program', {id: 'quiz.clinic.default-name'});
