/**
 * `<iop-sober-tips>`; `onOccasionChange` and `onPlanExport` receive its events.
 *
 * A React component made with `@lit/react`. Importing this module registers `<iop-sober-tips>` and no
 * other widget, so an app bundles only the widgets it imports. Props are the element's properties
 * (camelCase); each custom event is an `on…` prop whose handler receives the typed `CustomEvent`.
 *
 * @example
 * import {IopSoberTips} from 'iop-widgets/react/sober-tips';
 *
 * <IopSoberTips occasion="holiday" hidePlan onOccasionChange={(event) => console.log(event.detail.occasion)} />
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {IopSoberTips as IopSoberTipsElement} from '../widgets/sober-tips/define.js';

/** `<iop-sober-tips>`; `onOccasionChange` and `onPlanExport` receive its events. */
export const IopSoberTips = createComponent({
  react: React,
  tagName: 'iop-sober-tips',
  elementClass: IopSoberTipsElement,
  displayName: 'IopSoberTips',
  events: {
    onOccasionChange: 'iop-occasion-change' as EventName<
      GlobalEventHandlersEventMap['iop-occasion-change']
    >,
    onPlanExport: 'iop-plan-export' as EventName<GlobalEventHandlersEventMap['iop-plan-export']>,
  },
});

export type {Occasion, PlanExportFormat} from '../widgets/sober-tips/sober-tips.js';
