// Real HTTP endpoints for the browser tests, served by the test runner's dev server under
// /test-endpoint/. Each route module owns one prefix and decides how it answers.
import {feedRoute} from './feed-route.mjs';
import {signupRoute} from './signup-route.mjs';

const routes = [
  ['/test-endpoint/feed/', feedRoute],
  ['/test-endpoint/signup/', signupRoute],
];

export function testEndpoint() {
  return async (context, next) => {
    const route = routes.find(([prefix]) => context.path.startsWith(prefix));
    if (!route) return next();
    await route[1](context);
  };
}
