/**
 * `<iop-program-explainer>`; `onCta` receives `iop-cta` (`{action: 'call' | 'intake'}`).
 *
 * A React component made with `@lit/react`. Importing this module registers `<iop-program-explainer>` and no
 * other widget, so an app bundles only the widgets it imports. Props are the element's properties
 * (camelCase); each custom event is an `on…` prop whose handler receives the typed `CustomEvent`.
 *
 * @example
 * import {IopProgramExplainer} from 'iop-widgets/react/program-explainer';
 *
 * <IopProgramExplainer hoursPerWeek={12} onCta={(event) => console.log(event.detail.action)} />
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {IopProgramExplainer as IopProgramExplainerElement} from '../widgets/program-explainer/define.js';

/** `<iop-program-explainer>`; `onCta` receives `iop-cta` (`{action: 'call' | 'intake'}`). */
export const IopProgramExplainer = createComponent({
  react: React,
  tagName: 'iop-program-explainer',
  elementClass: IopProgramExplainerElement,
  displayName: 'IopProgramExplainer',
  events: {
    onCta: 'iop-cta' as EventName<GlobalEventHandlersEventMap['iop-cta']>,
  },
});

export type {IopCtaDetail} from '../widgets/program-explainer/program-explainer.js';
