// `npm start`: the demo site of web-dev-server.config.mjs, with the buddy form's other half: the
// iop-buddy-receiver package (receiver/) at /api/buddy-signup on a SQLite file in .demo-receiver/,
// so the demo's "sent" is a real, stored signup (see scripts/demo-receiver.mjs).
import site from './web-dev-server.config.mjs';
import {demoReceiver, signupPath} from './scripts/demo-receiver.mjs';

const signups = await demoReceiver();
let started = false;

/** Hands the receiver's paths to its own Node listener, any method; the rest to the site. */
async function receiverRoutes(context, next) {
  const route = signups.routes[context.path];
  if (!route) return next();
  if (!started) {
    signups.start(context.origin);
    started = true;
  }
  context.respond = false;
  route(context.req, context.res);
  return undefined;
}

console.log(
  `demo: buddy signups go to ${signupPath} → ${signups.database} (${await signups.count()} so far)`,
);
process.on('exit', () => void signups.close());

export default {...site, middleware: [receiverRoutes, ...site.middleware]};
