// The browser side of the server-rendered page: Lit's hydration support first, then the widgets.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'iop-widgets';
