import {msg} from '@lit/localize';
import type {CareLevel} from './assess.js';

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
