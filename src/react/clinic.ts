/**
 * `<iop-clinic>`: shares clinic name, phone, intake link and region with the widgets inside it.
 *
 * A React component made with `@lit/react`. Importing this module registers `<iop-clinic>` and no
 * other widget, so an app bundles only the widgets it imports. Props are the element's properties
 * (camelCase); each custom event is an `on…` prop whose handler receives the typed `CustomEvent`.
 *
 * @example
 * import {IopClinic} from 'iop-widgets/react/clinic';
 * import {IopCareQuiz} from 'iop-widgets/react/care-quiz';
 *
 * <IopClinic clinicName="Harbor Recovery" phone="(555) 010-4477" region="US">
 *   <IopCareQuiz />
 * </IopClinic>
 */
import * as React from 'react';
import {createComponent} from '@lit/react';
import {IopClinic as IopClinicElement} from '../widgets/clinic/define.js';

/** `<iop-clinic>`: shares clinic name, phone, intake link and region with the widgets inside it. */
export const IopClinic = createComponent({
  react: React,
  tagName: 'iop-clinic',
  elementClass: IopClinicElement,
  displayName: 'IopClinic',
});
