// The browser side of the server-rendered page: Lit's hydration support first, then the widgets,
// imported with import() so that no bundler can evaluate Lit before the support (a bundler puts
// Lit in a chunk of its own when lazy chunks share it, and that chunk runs before this module).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

void import('iop-widgets');
