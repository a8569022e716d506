/**
 * `<iop-buddy-signup>`; `onBuddySubmit` (cancelable, with `respondWith()`), `onBuddySent` and
 * `onBuddyError` receive its events.
 *
 * A React component made with `@lit/react`. Importing this module registers `<iop-buddy-signup>` and no
 * other widget, so an app bundles only the widgets it imports. Props are the element's properties
 * (camelCase); each custom event is an `on…` prop whose handler receives the typed `CustomEvent`.
 *
 * @example
 * import {IopBuddySignup} from 'iop-widgets/react/buddy-signup';
 *
 * <IopBuddySignup endpoint="https://harbor.example/buddies" onBuddySent={(event) => console.log(event.detail)} />
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {IopBuddySignup as IopBuddySignupElement} from '../widgets/buddy-signup/define.js';

/** `<iop-buddy-signup>`; `onBuddySubmit` (cancelable, with `respondWith()`), `onBuddySent` and
 * `onBuddyError` receive its events. */
export const IopBuddySignup = createComponent({
  react: React,
  tagName: 'iop-buddy-signup',
  elementClass: IopBuddySignupElement,
  displayName: 'IopBuddySignup',
  events: {
    onBuddySubmit: 'iop-buddy-submit' as EventName<GlobalEventHandlersEventMap['iop-buddy-submit']>,
    onBuddySent: 'iop-buddy-sent' as EventName<GlobalEventHandlersEventMap['iop-buddy-sent']>,
    onBuddyError: 'iop-buddy-error' as EventName<GlobalEventHandlersEventMap['iop-buddy-error']>,
  },
});

export type {
  BuddyErrorDetail,
  BuddySentDetail,
  BuddySubmitDetail,
} from '../widgets/buddy-signup/buddy-signup.js';
