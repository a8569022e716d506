import {msg} from '@lit/localize';

/**
 * Tips for staying alcohol-free at social events, from the project's content reference
 * (section 7): NIAAA's recognize–avoid–cope frame, direct and indirect pressure, planning ahead,
 * alcohol-free drinks, a support person, exit plans and short refusal lines. Weddings, work events,
 * dates, games and family gatherings have no dedicated source: their tips only adapt the general
 * ones. There is no cut-back advice ("pace and space", counting drinks): that is for people who
 * moderate, not for people in recovery.
 */

/** The occasions a visitor can pick, in the order they are offered. */
export const occasions = [
  'party',
  'work-event',
  'holiday',
  'wedding',
  'date',
  'game',
  'family',
] as const;

/** One occasion: a party, a work event, a holiday, a wedding, a date, a game or concert, family. */
export type Occasion = (typeof occasions)[number];

/** When a tip applies: before the event, during it or after it. */
export const phases = ['before', 'during', 'after'] as const;

/** One phase of an event. */
export type Phase = (typeof phases)[number];

/** What a tip is about. */
export type TipKind =
  | 'plan-ahead'
  | 'refusal-line'
  | 'alcohol-free-drink'
  | 'support-person'
  | 'exit-plan'
  | 'self-care';

/** One tip: a stable id, the occasions it fits, its phase and kind, and its text. */
export interface Tip {
  id: string;
  occasions: readonly Occasion[];
  phase: Phase;
  kind: TipKind;
  /** The tip in the current language. */
  text: () => string;
}

/** `true` when `value` is one of the known occasions. */
export function isOccasion(value: unknown): value is Occasion {
  return (occasions as readonly unknown[]).includes(value);
}

/** The occasion's name in the current language, as shown on its choice. */
export function occasionLabel(occasion: Occasion): string {
  switch (occasion) {
    case 'party':
      return msg('Party', {id: 'tips.occasion.party'});
    case 'work-event':
      return msg('Work event', {id: 'tips.occasion.work-event'});
    case 'holiday':
      return msg('Holiday', {id: 'tips.occasion.holiday'});
    case 'wedding':
      return msg('Wedding', {id: 'tips.occasion.wedding'});
    case 'date':
      return msg('Date', {id: 'tips.occasion.date'});
    case 'game':
      return msg('Game or concert', {id: 'tips.occasion.game'});
    case 'family':
      return msg('Family gathering', {id: 'tips.occasion.family'});
  }
}

/** The heading above a phase's tips, in the current language. */
export function phaseLabel(phase: Phase): string {
  switch (phase) {
    case 'before':
      return msg('Before you go', {id: 'tips.phase.before'});
    case 'during':
      return msg('While you are there', {id: 'tips.phase.during'});
    case 'after':
      return msg('Afterwards', {id: 'tips.phase.after'});
  }
}

// Occasion codes: "*" is every occasion; otherwise the occasions, separated by spaces.
const all = '*';
const gatherings = 'party holiday family';
type Row = [id: string, occasions: string, phase: Phase, kind: TipKind, text: () => string];

// prettier-ignore
const rows: Row[] = [
  // Before: recognize, avoid, plan.
  ['skip-if-shaky', all, 'before', 'self-care', () => msg('If you feel shaky or at risk that day, it is OK to skip the event. Your recovery comes first.', {id: 'tips.tip.skip-if-shaky'})],
  ['not-forever', all, 'before', 'self-care', () => msg('If you skip this one, remind yourself that it is not forever. There will be other events.', {id: 'tips.tip.not-forever'})],
  ['know-your-triggers', all, 'before', 'plan-ahead', () => msg('Think about what could tempt you there: someone offering you a drink, or just being around people who drink. Plan for both.', {id: 'tips.tip.know-your-triggers'})],
  ['write-it-down', all, 'before', 'plan-ahead', () => msg('Write down the hard moments you expect and what you will do in each one.', {id: 'tips.tip.write-it-down'})],
  ['ask-host-drinks', gatherings, 'before', 'plan-ahead', () => msg('Ask the host ahead of time which alcohol-free drinks there will be.', {id: 'tips.tip.ask-host-drinks'})],
  ['ask-who-else', `${gatherings} work-event`, 'before', 'plan-ahead', () => msg('Ask ahead if other people will not be drinking, and what there will be to do besides drinking.', {id: 'tips.tip.ask-who-else'})],
  ['bring-own-drink', gatherings, 'before', 'alcohol-free-drink', () => msg('Bring your own alcohol-free drink, one you really like.', {id: 'tips.tip.bring-own-drink'})],
  ['practise-line', all, 'before', 'refusal-line', () => msg('Choose a short line for saying no, and practise it out loud.', {id: 'tips.tip.practise-line'})],
  ['support-on-call', all, 'before', 'support-person', () => msg('Ask a sponsor or a friend in recovery to be on call. Agree that you can text or call them during the event.', {id: 'tips.tip.support-on-call'})],
  ['check-in-before', all, 'before', 'support-person', () => msg('Check in with your support person before you go. Tell them where you will be and when you plan to leave.', {id: 'tips.tip.check-in-before'})],
  ['sober-friend', `${gatherings} wedding game`, 'before', 'support-person', () => msg('If you can, bring a sober friend along.', {id: 'tips.tip.sober-friend'})],
  ['arrive-late', `${gatherings} wedding`, 'before', 'exit-plan', () => msg('Plan to arrive late and leave early. Tell the host ahead that you can only stay a short while.', {id: 'tips.tip.arrive-late'})],
  ['own-transport', all, 'before', 'exit-plan', () => msg('Drive yourself or plan your own ride home. Then you can leave whenever you want.', {id: 'tips.tip.own-transport'})],
  ['excuse-ready', all, 'before', 'exit-plan', () => msg('Have a reason to leave ready, like an early start tomorrow.', {id: 'tips.tip.excuse-ready'})],
  ['code-word', `${gatherings} wedding game work-event`, 'before', 'exit-plan', () => msg('Agree on a code word with someone you trust who is going too. It means “I need to leave now.”', {id: 'tips.tip.code-word'})],
  ['plan-b', all, 'before', 'exit-plan', () => msg('Have a Plan B for when you leave, like a meeting or coffee with your sponsor.', {id: 'tips.tip.plan-b'})],
  ['travel-meetings', 'holiday family', 'before', 'plan-ahead', () => msg('If you are travelling, find meetings near where you will stay before you go, such as AA, NA or an Alano club.', {id: 'tips.tip.travel-meetings'})],
  ['family-ally', 'holiday family', 'before', 'support-person', () => msg('Tell one family member you trust about your plan, so someone there is on your side.', {id: 'tips.tip.family-ally'})],
  ['wedding-ask-drinks', 'wedding', 'before', 'plan-ahead', () => msg('Ask the couple or the planner ahead which alcohol-free drinks there will be, also for the toasts.', {id: 'tips.tip.wedding-ask-drinks'})],
  ['work-designated-driver', 'work-event', 'before', 'plan-ahead', () => msg('Offer to be the designated driver. It gives you a simple reason not to drink.', {id: 'tips.tip.work-designated-driver'})],
  ['date-place', 'date', 'before', 'plan-ahead', () => msg('Suggest a date where drinks are not the main thing, like coffee, a walk, a meal or a film.', {id: 'tips.tip.date-place'})],
  ['game-venue-drinks', 'game', 'before', 'plan-ahead', () => msg('Find out which alcohol-free drinks the venue sells, or what you may bring in.', {id: 'tips.tip.game-venue-drinks'})],
  // During: cope with direct and indirect pressure.
  ['drink-in-hand', all, 'during', 'alcohol-free-drink', () => msg('Keep an alcohol-free drink in your hand. People are less likely to offer you one.', {id: 'tips.tip.drink-in-hand'})],
  ['punch-eggnog', `${gatherings} wedding`, 'during', 'alcohol-free-drink', () => msg('Stay away from punch, eggnog and rum balls. They may contain alcohol, and the taste can bring on cravings.', {id: 'tips.tip.punch-eggnog'})],
  ['near-beer', all, 'during', 'alcohol-free-drink', () => msg('Be careful with “near beer” and other “non-alcoholic” beer or wine. The taste can bring on cravings.', {id: 'tips.tip.near-beer'})],
  ['say-no-quickly', all, 'during', 'refusal-line', () => msg('If someone offers you a drink, say no quickly and clearly, and look them in the eye.', {id: 'tips.tip.say-no-quickly'})],
  ['suggest-else', all, 'during', 'refusal-line', () => msg('Suggest something else, like “I’d love a soda” or “Let’s get some food.”', {id: 'tips.tip.suggest-else'})],
  ['ask-to-stop', all, 'during', 'refusal-line', () => msg('If someone keeps offering, ask them to stop. Then change the subject.', {id: 'tips.tip.ask-to-stop'})],
  ['no-explanation', all, 'during', 'refusal-line', () => msg('You don’t owe anyone an explanation. “No, thanks” is enough.', {id: 'tips.tip.no-explanation'})],
  ['take-break', all, 'during', 'self-care', () => msg('Take a break when you need one: step outside, or call a friend.', {id: 'tips.tip.take-break'})],
  ['text-support', all, 'during', 'support-person', () => msg('If you feel tempted, text or call your support person right away.', {id: 'tips.tip.text-support'})],
  ['leave-early', all, 'during', 'exit-plan', () => msg('Leave when you planned to, or sooner. You can go at any time.', {id: 'tips.tip.leave-early'})],
  ['family-walk', 'holiday family', 'during', 'self-care', () => msg('If a talk gets tense or you feel tempted, step out for a short walk.', {id: 'tips.tip.family-walk'})],
  ['toast', 'wedding', 'during', 'alcohol-free-drink', () => msg('For the toasts, raise your own alcohol-free drink with everyone else.', {id: 'tips.tip.toast'})],
  ['wedding-leave', 'wedding', 'during', 'exit-plan', () => msg('You do not have to stay to the end. Leaving after the meal or the first dance is fine.', {id: 'tips.tip.wedding-leave'})],
  ['work-formal-part', 'work-event', 'during', 'exit-plan', () => msg('Stay for the formal part, like the speeches or the meal, then head home.', {id: 'tips.tip.work-formal-part'})],
  ['work-soda-lime', 'work-event', 'during', 'alcohol-free-drink', () => msg('Order a soda water with lime and keep it in your hand.', {id: 'tips.tip.work-soda-lime'})],
  ['date-order-first', 'date', 'during', 'alcohol-free-drink', () => msg('Order your alcohol-free drink first, before anyone asks.', {id: 'tips.tip.date-order-first'})],
  ['date-you-decide', 'date', 'during', 'refusal-line', () => msg('You decide if and when to tell a date that you are in recovery. For now, “I’m not drinking tonight” is enough.', {id: 'tips.tip.date-you-decide'})],
  ['game-drink-first', 'game', 'during', 'alcohol-free-drink', () => msg('Get an alcohol-free drink as soon as you arrive, before anyone offers you one.', {id: 'tips.tip.game-drink-first'})],
  ['game-break', 'game', 'during', 'self-care', () => msg('Take your break at half-time or between sets: walk around and get some air.', {id: 'tips.tip.game-break'})],
  // After: check in, learn, rest.
  ['check-in-after', all, 'after', 'support-person', () => msg('Check in with your support person afterwards, even if it went well.', {id: 'tips.tip.check-in-after'})],
  ['go-to-plan-b', all, 'after', 'exit-plan', () => msg('If you left early, go to your Plan B: a meeting, or coffee with your sponsor.', {id: 'tips.tip.go-to-plan-b'})],
  ['after-party', 'wedding work-event game', 'after', 'exit-plan', () => msg('If people move on to a bar or an after-party, you can say good night and head home.', {id: 'tips.tip.after-party'})],
  ['note-what-helped', all, 'after', 'self-care', () => msg('Notice what was hard and what helped. Use it in your plan next time.', {id: 'tips.tip.note-what-helped'})],
  ['be-kind', all, 'after', 'self-care', () => msg('Be kind to yourself. Going to an event without drinking takes effort, and leaving early is a success too.', {id: 'tips.tip.be-kind'})],
];

/** Every tip, in display order. */
export const tips: readonly Tip[] = rows.map(([id, codes, phase, kind, text]) => ({
  id,
  occasions: codes === all ? occasions : (codes.split(' ') as Occasion[]),
  phase,
  kind,
  text,
}));

/** The tips for `occasion` in `phase`, in display order. */
export function tipsFor(occasion: Occasion, phase?: Phase): Tip[] {
  return tips.filter((tip) => tip.occasions.includes(occasion) && (!phase || tip.phase === phase));
}

/** A ready line for turning down a drink: `honest` says it plainly, `cover` gives a reason. */
export interface RefusalLine {
  id: string;
  style: 'honest' | 'cover';
  text: () => string;
}

/**
 * Short lines for turning down a drink (content reference 7.3). Honest lines come first; "cover"
 * lines give a reason for those who would rather not say why.
 */
// prettier-ignore
export const refusalLines: readonly RefusalLine[] = [
  {id: 'no-thanks', style: 'honest', text: () => msg('No, thanks!', {id: 'tips.line.no-thanks'})},
  {id: 'have-soda', style: 'honest', text: () => msg('I have a soda, thanks.', {id: 'tips.line.have-soda'})},
  {id: 'not-tonight', style: 'honest', text: () => msg('I’m not drinking tonight.', {id: 'tips.line.not-tonight'})},
  {id: 'feel-better', style: 'honest', text: () => msg('I feel better when I don’t drink.', {id: 'tips.line.feel-better'})},
  {id: 'driving', style: 'cover', text: () => msg('I’m driving.', {id: 'tips.line.driving'})},
  {id: 'taking-break', style: 'cover', text: () => msg('I’m taking a break from alcohol.', {id: 'tips.line.taking-break'})},
];
