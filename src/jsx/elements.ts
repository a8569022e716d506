/**
 * The widget tags as JSX sees them, for any JSX framework: each tag's attributes, typed from the
 * element class's property (so a type cannot drift from the element), and each of its events as
 * an `on<event-name>` listener prop receiving the typed `CustomEvent` of
 * `GlobalEventHandlersEventMap`. Types only; `iop-widgets/jsx-react` puts them into React's JSX.
 */
import type {IopBuddySignup} from '../widgets/buddy-signup/buddy-signup.js';
import type {IopCareQuiz} from '../widgets/care-quiz/care-quiz.js';
import type {IopClinic} from '../widgets/clinic/clinic.js';
import type {IopProgramExplainer} from '../widgets/program-explainer/program-explainer.js';
import type {IopSoberTips} from '../widgets/sober-tips/sober-tips.js';

/** The element class of each tag. */
export interface IopTagElements {
  'iop-clinic': IopClinic;
  'iop-program-explainer': IopProgramExplainer;
  'iop-care-quiz': IopCareQuiz;
  'iop-sober-tips': IopSoberTips;
  'iop-buddy-signup': IopBuddySignup;
}

/** A widget tag. */
export type IopTag = keyof IopTagElements;

/** The attributes every tag shares, each with the property it sets. */
interface ClinicAttributes {
  'clinic-name': 'clinicName';
  phone: 'phone';
  'intake-url': 'intakeUrl';
  region: 'region';
}

/** Each tag's attributes, each with the property of the element class it sets. */
export interface IopTagAttributes {
  'iop-clinic': ClinicAttributes;
  'iop-program-explainer': ClinicAttributes & {
    'hours-per-week': 'hoursPerWeek';
    'days-per-week': 'daysPerWeek';
    'program-weeks': 'programWeeks';
    tracks: 'tracks';
    sections: 'sections';
    variant: 'variant';
  };
  'iop-care-quiz': ClinicAttributes & {'share-answers': 'shareAnswers'; 'exit-url': 'exitUrl'};
  'iop-sober-tips': ClinicAttributes & {
    occasion: 'occasion';
    'events-src': 'eventsSrc';
    'hide-plan': 'hidePlan';
    'feed-timeout': 'feedTimeout';
  };
  'iop-buddy-signup': ClinicAttributes & {
    endpoint: 'endpoint';
    'privacy-url': 'privacyUrl';
    timeout: 'timeout';
    'max-attempts': 'maxAttempts';
    'min-fill-seconds': 'minFillSeconds';
  };
}

/** The events each tag fires (their detail types live in `GlobalEventHandlersEventMap`). */
export interface IopTagEvents {
  'iop-clinic': never;
  'iop-program-explainer': 'iop-cta';
  'iop-care-quiz': 'iop-quiz-start' | 'iop-quiz-step' | 'iop-quiz-complete';
  'iop-sober-tips': 'iop-occasion-change' | 'iop-plan-export';
  'iop-buddy-signup': 'iop-buddy-submit' | 'iop-buddy-sent' | 'iop-buddy-error';
}

/**
 * The value an attribute prop takes: the property's type, less the lists (`tracks`, `sections`)
 * that only the property accepts; as an attribute they are a space-separated string.
 */
type AttributeValue<T> = Exclude<T, readonly unknown[]>;

/**
 * The props of `<tag>` in JSX, beside the framework's own HTML props: its attributes (kebab-case,
 * as in HTML, which is what a server renderer writes) and `on<event-name>` listeners, e.g.
 * `oniop-quiz-complete={(event) => event.detail.level}`.
 */
export type IopTagProps<T extends IopTag> = {
  [A in keyof IopTagAttributes[T]]?: AttributeValue<
    IopTagElements[T][IopTagAttributes[T][A] & keyof IopTagElements[T]]
  >;
} & {
  [E in IopTagEvents[T] as `on${E}`]?: (event: GlobalEventHandlersEventMap[E]) => void;
};
