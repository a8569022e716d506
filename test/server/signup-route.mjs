// Answers /test-endpoint/signup/ for the browser tests: a real signup receiver that deduplicates
// by Idempotency-Key, with a behaviour each test picks by path.
//
//   POST /test-endpoint/signup/<scenario>/<run-id>   a signup; <scenario> is one of `scenarios`
//   GET  /test-endpoint/signup/log/<run-id>          what this run's requests looked like
//
// State lives in memory for the life of the test runner; every test uses its own run id.

const runs = new Map();

function runLog(id) {
  if (!runs.has(id)) runs.set(id, {attempts: 0, keys: [], accepted: new Map(), problems: []});
  return runs.get(id);
}

const later = (seconds) => new Date(Date.now() + seconds * 1000).toUTCString();

// Each scenario gets the attempt number (1 for the first request of the run) and returns the
// answer: a status, optional headers, and an optional delay before answering.
const scenarios = {
  ok: () => ({status: 200}),
  'fail-twice': (attempt) => ({status: attempt <= 2 ? 500 : 200}),
  'rate-limited': (attempt) =>
    attempt === 1 ? {status: 429, headers: {'Retry-After': '1'}} : {status: 200},
  'unavailable-until': (attempt) =>
    attempt === 1 ? {status: 503, headers: {'Retry-After': later(2)}} : {status: 200},
  'bad-request': () => ({status: 400}),
  unprocessable: () => ({status: 422}),
  'unavailable-then-ok': (attempt) =>
    attempt === 1 ? {status: 503, headers: {'Retry-After': '4'}} : {status: 200},
  slow: () => ({status: 200, delay: 1500}),
  'slow-once': (attempt) => (attempt === 1 ? {status: 200, delay: 1500} : {status: 200}),
  down: () => ({status: 503, headers: {'Retry-After': '5'}}),
};

async function readBody(request, limit = 65536) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// What a careful receiver checks before it stores anything.
function problemsOf(context, payload) {
  const problems = [];
  const key = context.get('Idempotency-Key');
  if (!context.get('Content-Type').startsWith('application/json')) problems.push('content-type');
  if (!key) problems.push('no idempotency key');
  if (!payload || payload.schema !== 'iop-buddy-signup/1') problems.push('schema');
  else if (payload.id !== key) problems.push('key differs from id');
  if (context.get('Cookie')) problems.push('cookie sent');
  return problems;
}

export async function signupRoute(context) {
  const [scenario, id] = context.path.slice('/test-endpoint/signup/'.length).split('/');
  if (scenario === 'log' && id && context.method === 'GET') {
    const log = runLog(id);
    context.body = {
      attempts: log.attempts,
      keys: log.keys,
      accepted: [...log.accepted.values()],
      problems: log.problems,
    };
    return;
  }
  const answer = scenarios[scenario];
  if (!answer || !id || context.method !== 'POST') {
    context.status = 404;
    context.body = 'not found';
    return;
  }
  const log = runLog(id);
  log.attempts++;
  const key = context.get('Idempotency-Key');
  log.keys.push(key);
  let payload;
  try {
    payload = JSON.parse(await readBody(context.req));
  } catch {
    payload = undefined;
  }
  const problems = problemsOf(context, payload);
  if (problems.length) {
    log.problems.push(...problems);
    context.status = 400;
    context.body = {error: problems.join(', ')};
    return;
  }
  const {status, headers = {}, delay = 0} = answer(log.attempts);
  // A 2xx answer means stored: store at once (even when the answer is slow), once per key.
  if (status >= 200 && status < 300 && !log.accepted.has(key)) log.accepted.set(key, payload);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  for (const [name, value] of Object.entries(headers)) context.set(name, value);
  context.status = status;
  context.body = status < 300 ? {ok: true, id: key} : {error: `status ${status}`};
}
