import {msg, str} from '@lit/localize';

/** The explainer's words outside its sections: title, introduction, next steps and notes. */

/** The widget's title. */
export const title = () =>
  msg('What to know about intensive outpatient programs (IOPs)', {id: 'explainer.title'});

/** The default introduction, shown unless the page fills the `intro` slot. */
export const intro = () => [
  msg(
    'An intensive outpatient program (IOP) is treatment for alcohol or drug use that fits around your life. You live at home and take part in sessions several days a week.',
    {id: 'explainer.intro.1'},
  ),
  msg(
    'Help is available, treatment works, and people recover every day. This guide explains what to expect, so you can choose what is right for you.',
    {id: 'explainer.intro.2'},
  ),
];

/** The program's name when the page gives none. */
export const defaultName = () => msg('our program', {id: 'explainer.default-name'});

/** The sentence that says no widget diagnoses anyone. */
export const notDiagnosis = () =>
  msg(
    'This guide gives general information. It cannot diagnose anyone or tell you which care you need. Only a full assessment by a clinician can recommend a level of care.',
    {id: 'explainer.not-diagnosis'},
  );

/** Words of the call to action and the crisis note. */
export const ctaText = {
  heading: () => msg('Next steps', {id: 'explainer.cta.heading'}),
  contact: (name: string) =>
    msg(str`You can contact ${name} with your questions before you decide anything.`, {
      id: 'explainer.cta.contact',
    }),
  call: (phone: string) => msg(str`Call ${phone}`, {id: 'explainer.cta.call'}),
  intake: () => msg('Start intake', {id: 'explainer.cta.intake'}),
  none: () =>
    msg('When you are ready, talk with your doctor or contact a treatment program.', {
      id: 'explainer.cta.none-any',
    }),
  noneUs: () =>
    msg(
      "When you are ready, talk with your doctor or contact a treatment program. If a program can't see you within 48 hours, try another one.",
      {id: 'explainer.cta.none'},
    ),
  crisis: () =>
    msg('In crisis or thinking about suicide? You can get help now, day and night.', {
      id: 'explainer.crisis-now',
    }),
};
