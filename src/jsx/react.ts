/**
 * Types the widget tags in React 19's JSX, which passes attributes and `on…` listeners to custom
 * elements itself: `<iop-care-quiz clinic-name="Harbor Recovery"
 * oniop-quiz-complete={(event) => event.detail.level} />`. Types only, opt-in with one import
 * anywhere in the app (`import 'iop-widgets/jsx-react';`, or `"types": ["iop-widgets/jsx-react"]`
 * in tsconfig). It registers no tag: import the widgets (`import 'iop-widgets/care-quiz';`) where
 * the browser needs them.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {IopTag, IopTagElements, IopTagProps} from './elements.js';

/** The props of each widget tag in React: React's HTML props, the tag's attributes and events. */
export type IopReactElements = {
  [T in IopTag]: DetailedHTMLProps<HTMLAttributes<IopTagElements[T]>, IopTagElements[T]> &
    IopTagProps<T>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends IopReactElements {}
  }
}
