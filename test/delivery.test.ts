import {expect} from '@open-wc/testing';
import {
  backoffDelay,
  checkEndpoint,
  createPayload,
  deliver,
  endpointError,
  isRetryableStatus,
  newSubmissionId,
  parseRetryAfter,
  payloadSchema,
  sendLastTry,
  type DeliveryOptions,
  type DeliveryProgress,
  type DeliveryResult,
  type SignupPayload,
} from '../src/widgets/buddy-signup/delivery.js';
import {
  channels,
  contactTimes,
  limits,
  roles,
  supportKinds,
} from '../src/widgets/buddy-signup/fields.js';
import {regions} from '../src/core/regions.js';

const NOW = Date.UTC(2025, 4, 6, 12, 0, 0);

const payload: SignupPayload = createPayload({
  id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  data: {
    role: 'both',
    name: 'Sam',
    channel: 'text',
    phone: '+1 555 010 4477',
    mayNameClinic: false,
    times: ['evenings'],
    support: ['emotional'],
    adult: true,
    consent: true,
  },
  locale: 'en',
  clinic: {name: 'Harbor Recovery', region: 'US'},
  now: NOW,
});

/** One scripted answer of the fake server: a status (with headers), a network error, or no answer. */
type Step = number | [number, Record<string, string>] | 'network' | 'hang';

function harness(script: Step[], options: Partial<DeliveryOptions> = {}) {
  const calls: {url: string; init: RequestInit}[] = [];
  const sleeps: number[] = [];
  const progress: DeliveryProgress[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({url, init});
    const step = script[Math.min(calls.length - 1, script.length - 1)];
    if (step === 'network') throw new TypeError('Failed to fetch');
    if (step === 'hang') {
      return new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    }
    const [status, headers] = typeof step === 'number' ? [step, {}] : step;
    return new Response(status === 204 ? null : '{}', {status, headers});
  }) as typeof globalThis.fetch;
  const run = () =>
    deliver(payload, {
      endpoint: 'https://clinic.example/buddy',
      fetch,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
      now: () => NOW,
      isOnline: () => true,
      waitForOnline: async () => {
        throw new Error('not offline');
      },
      onProgress: (report) => progress.push(report),
      ...options,
    });
  return {calls, sleeps, progress, run};
}

describe('buddy-signup delivery', () => {
  describe('deliver: retries, backoff and when to stop', () => {
    const cases: {
      name: string;
      script: Step[];
      options?: Partial<DeliveryOptions>;
      result: DeliveryResult;
      sleeps: number[];
    }[] = [
      {
        name: '200 at once',
        script: [200],
        result: {ok: true, status: 200, attempts: 1},
        sleeps: [],
      },
      {
        name: '201 at once',
        script: [201],
        result: {ok: true, status: 201, attempts: 1},
        sleeps: [],
      },
      {
        name: '204 at once',
        script: [204],
        result: {ok: true, status: 204, attempts: 1},
        sleeps: [],
      },
      {
        name: '500, 500, then 200 (jitter at its middle)',
        script: [500, 500, 200],
        result: {ok: true, status: 200, attempts: 3},
        sleeps: [750, 1500],
      },
      {
        name: '500, 500, then 200 (jitter at its lowest)',
        script: [500, 500, 200],
        options: {random: () => 0},
        result: {ok: true, status: 200, attempts: 3},
        sleeps: [500, 1000],
      },
      {
        name: '500, 500, then 200 (jitter at its highest)',
        script: [500, 500, 200],
        options: {random: () => 0.999999},
        result: {ok: true, status: 200, attempts: 3},
        sleeps: [1000, 2000],
      },
      {
        name: '503 every time: five requests, then it stops',
        script: [503],
        result: {ok: false, reason: 'server-error', status: 503, attempts: 5},
        sleeps: [750, 1500, 3000, 6000],
      },
      {
        name: '502 every time with three attempts allowed',
        script: [502],
        options: {maxAttempts: 3},
        result: {ok: false, reason: 'server-error', status: 502, attempts: 3},
        sleeps: [750, 1500],
      },
      {
        name: 'one attempt allowed',
        script: [500],
        options: {maxAttempts: 1},
        result: {ok: false, reason: 'server-error', status: 500, attempts: 1},
        sleeps: [],
      },
      {
        name: 'backoff capped by maxDelayMs',
        script: [500],
        options: {maxAttempts: 7, maxDelayMs: 4000, random: () => 0},
        result: {ok: false, reason: 'server-error', status: 500, attempts: 7},
        sleeps: [500, 1000, 2000, 2000, 2000, 2000],
      },
      {
        name: '408, then 200',
        script: [408, 200],
        result: {ok: true, status: 200, attempts: 2},
        sleeps: [750],
      },
      {
        name: '429 with Retry-After: 3 (seconds) waits 3 s',
        script: [[429, {'Retry-After': '3'}], 200],
        result: {ok: true, status: 200, attempts: 2},
        sleeps: [3000],
      },
      {
        name: '429 with Retry-After: 0 keeps the backoff',
        script: [[429, {'Retry-After': '0'}], 200],
        result: {ok: true, status: 200, attempts: 2},
        sleeps: [750],
      },
      {
        name: '503 with Retry-After as an HTTP date 10 s ahead',
        script: [[503, {'Retry-After': new Date(NOW + 10000).toUTCString()}], 200],
        result: {ok: true, status: 200, attempts: 2},
        sleeps: [10000],
      },
      {
        name: '503 with Retry-After as a date in the past keeps the backoff',
        script: [[503, {'Retry-After': new Date(NOW - 60000).toUTCString()}], 200],
        result: {ok: true, status: 200, attempts: 2},
        sleeps: [750],
      },
      {
        name: '503 with an unreadable Retry-After keeps the backoff',
        script: [[503, {'Retry-After': 'soon'}], 200],
        result: {ok: true, status: 200, attempts: 2},
        sleeps: [750],
      },
      {
        name: '429 asking to wait 10 minutes stops instead',
        script: [[429, {'Retry-After': '600'}], 200],
        result: {ok: false, reason: 'server-error', status: 429, attempts: 1},
        sleeps: [],
      },
      {
        name: '400 stops at once',
        script: [400, 200],
        result: {ok: false, reason: 'rejected', status: 400, attempts: 1},
        sleeps: [],
      },
      {
        name: '401 stops at once',
        script: [401],
        result: {ok: false, reason: 'rejected', status: 401, attempts: 1},
        sleeps: [],
      },
      {
        name: '403 stops at once',
        script: [403],
        result: {ok: false, reason: 'rejected', status: 403, attempts: 1},
        sleeps: [],
      },
      {
        name: '404 stops at once',
        script: [404],
        result: {ok: false, reason: 'rejected', status: 404, attempts: 1},
        sleeps: [],
      },
      {
        name: '409 stops at once',
        script: [409],
        result: {ok: false, reason: 'rejected', status: 409, attempts: 1},
        sleeps: [],
      },
      {
        name: '422 stops at once',
        script: [422],
        result: {ok: false, reason: 'rejected', status: 422, attempts: 1},
        sleeps: [],
      },
      {
        name: 'a network error, then 200',
        script: ['network', 200],
        result: {ok: true, status: 200, attempts: 2},
        sleeps: [750],
      },
      {
        name: 'network errors every time',
        script: ['network'],
        options: {maxAttempts: 3},
        result: {ok: false, reason: 'network', attempts: 3},
        sleeps: [750, 1500],
      },
      {
        name: 'a 500, a network error, then 201',
        script: [500, 'network', 201],
        result: {ok: true, status: 201, attempts: 3},
        sleeps: [750, 1500],
      },
    ];
    for (const {name, script, options, result, sleeps} of cases) {
      it(name, async () => {
        const h = harness(script, options);
        expect(await h.run()).to.deep.equal(result);
        expect(h.calls).to.have.length(result.attempts);
        expect(h.sleeps).to.deep.equal(sleeps);
      });
    }
  });

  describe('deliver: the request', () => {
    it('POSTs the JSON payload with one idempotency key, no cookies, on every try', async () => {
      const h = harness([500, 'network', 200]);
      await h.run();
      expect(h.calls).to.have.length(3);
      for (const {url, init} of h.calls) {
        expect(url).to.equal('https://clinic.example/buddy');
        expect(init.method).to.equal('POST');
        expect(init.credentials).to.equal('omit');
        expect(init.headers).to.deep.equal({
          'Content-Type': 'application/json',
          'Idempotency-Key': payload.id,
        });
        expect(JSON.parse(String(init.body))).to.deep.equal(payload);
      }
    });

    it('gives up on an attempt after the timeout and tries again', async () => {
      const h = harness(['hang', 200], {timeoutMs: 20});
      expect(await h.run()).to.deep.equal({ok: true, status: 200, attempts: 2});
      expect(h.calls[0].init.signal?.aborted).to.equal(true);
    });

    it('ends with "timeout" when every attempt is too slow', async () => {
      const h = harness(['hang'], {timeoutMs: 10, maxAttempts: 2});
      expect(await h.run()).to.deep.equal({ok: false, reason: 'timeout', attempts: 2});
      expect(h.sleeps).to.deep.equal([750]);
    });

    it('stops when its signal aborts, during a request or a wait', async () => {
      const during = new AbortController();
      const h = harness(['hang'], {signal: during.signal});
      const result = h.run();
      during.abort();
      expect(await result).to.deep.equal({ok: false, reason: 'aborted', attempts: 1});

      const waiting = new AbortController();
      const h2 = harness([500, 200], {
        signal: waiting.signal,
        sleep: async () => waiting.abort(),
      });
      expect(await h2.run()).to.deep.equal({ok: false, reason: 'aborted', attempts: 1});
      expect(h2.calls).to.have.length(1);
    });

    it('reports each attempt and each wait', async () => {
      const h = harness([503, 200], {maxAttempts: 4});
      await h.run();
      expect(h.progress).to.deep.equal([
        {type: 'attempt', attempt: 1, maxAttempts: 4},
        {type: 'retry-wait', attempt: 2, maxAttempts: 4, delayMs: 750, reason: 'server-error'},
        {type: 'attempt', attempt: 2, maxAttempts: 4},
      ]);
    });

    it('waits for the browser to come back online before sending', async () => {
      let online = false;
      const h = harness([200], {
        isOnline: () => online,
        waitForOnline: async () => {
          online = true;
        },
      });
      expect(await h.run()).to.deep.equal({ok: true, status: 200, attempts: 1});
      expect(h.progress.map((report) => report.type)).to.deep.equal(['offline', 'attempt']);
      expect(h.sleeps).to.deep.equal([]);
    });

    it('after a network error while offline, waits for online instead of backing off', async () => {
      let online = true;
      let waits = 0;
      const h = harness(['network', 200], {
        isOnline: () => online,
        waitForOnline: async () => {
          waits++;
          online = true;
        },
        fetch: (async () => {
          h.calls.push({url: '', init: {}});
          if (h.calls.length === 1) {
            online = false;
            throw new TypeError('Failed to fetch');
          }
          return new Response('{}', {status: 200});
        }) as typeof fetch,
      });
      expect(await h.run()).to.deep.equal({ok: true, status: 200, attempts: 2});
      expect(waits).to.equal(1);
      expect(h.sleeps).to.deep.equal([]);
    });

    it('the default online waiter resolves on the window "online" event', async () => {
      const {waitForOnline} = await import('../src/widgets/buddy-signup/delivery.js');
      let done = false;
      const waiting = waitForOnline().then(() => (done = true));
      await Promise.resolve();
      expect(done).to.equal(false);
      window.dispatchEvent(new Event('online'));
      await waiting;
      expect(done).to.equal(true);
    });
  });

  describe('backoffDelay', () => {
    const cases: [number, number, number][] = [
      [1, 0, 500],
      [1, 0.5, 750],
      [1, 0.999999, 1000],
      [2, 0, 1000],
      [3, 0.5, 3000],
      [4, 0, 4000],
      [10, 0, 15000],
      [10, 0.999999, 30000],
    ];
    for (const [retry, random, expected] of cases) {
      it(`retry ${retry} with random ${random} waits ${expected} ms`, () => {
        expect(backoffDelay(retry, () => random)).to.equal(expected);
      });
    }

    it('stays within half and all of the exponential step for any jitter', () => {
      for (let retry = 1; retry <= 8; retry++) {
        const ceiling = Math.min(30000, 1000 * 2 ** (retry - 1));
        for (const random of [0, 0.1, 0.37, 0.5, 0.81, 0.999]) {
          const delay = backoffDelay(retry, () => random);
          expect(delay, `retry ${retry}, random ${random}`).to.be.within(ceiling / 2, ceiling);
        }
      }
    });
  });

  describe('parseRetryAfter', () => {
    const cases: [string | null, number | undefined][] = [
      ['1', 1000],
      ['120', 120000],
      [' 5 ', 5000],
      ['0', 0],
      [new Date(NOW + 30000).toUTCString(), 30000],
      [new Date(NOW - 30000).toUTCString(), 0],
      ['-1', undefined],
      ['1.5', undefined],
      ['later', undefined],
      ['', undefined],
      [null, undefined],
    ];
    for (const [value, expected] of cases) {
      it(`${JSON.stringify(value)} gives ${String(expected)}`, () => {
        expect(parseRetryAfter(value, NOW)).to.equal(expected);
      });
    }
  });

  describe('isRetryableStatus', () => {
    const cases: [number, boolean][] = [
      [408, true],
      [429, true],
      [500, true],
      [502, true],
      [503, true],
      [504, true],
      [599, true],
      [400, false],
      [401, false],
      [404, false],
      [409, false],
      [422, false],
      [200, false],
    ];
    for (const [status, expected] of cases) {
      it(`${status} ${expected ? 'is' : 'is not'} tried again`, () => {
        expect(isRetryableStatus(status)).to.equal(expected);
      });
    }
  });

  describe('checkEndpoint', () => {
    const secure = 'https://clinic.example/join';
    const plain = 'http://clinic.example/join';
    const cases: [string, string, {ok: boolean; url?: string; problem?: string}][] = [
      [
        secure,
        'https://api.clinic.example/buddy',
        {ok: true, url: 'https://api.clinic.example/buddy'},
      ],
      [secure, '/api/buddy', {ok: true, url: 'https://clinic.example/api/buddy'}],
      [plain, '/api/buddy', {ok: true, url: 'http://clinic.example/api/buddy'}],
      [plain, 'http://clinic.example/api', {ok: true, url: 'http://clinic.example/api'}],
      [secure, 'http://localhost:8080/buddy', {ok: true, url: 'http://localhost:8080/buddy'}],
      [secure, 'http://127.0.0.1/buddy', {ok: true, url: 'http://127.0.0.1/buddy'}],
      [secure, 'http://[::1]:3000/buddy', {ok: true, url: 'http://[::1]:3000/buddy'}],
      [secure, 'http://clinic.example/api', {ok: false, problem: 'insecure'}],
      [secure, 'http://api.example/buddy', {ok: false, problem: 'insecure'}],
      [plain, 'http://clinic.example:8080/api', {ok: false, problem: 'insecure'}],
      [secure, 'http://localhost.evil.example/', {ok: false, problem: 'insecure'}],
      [secure, 'javascript:alert(1)', {ok: false, problem: 'invalid'}],
      [secure, 'ftp://clinic.example/buddy', {ok: false, problem: 'invalid'}],
      [secure, 'https://user:secret@clinic.example/buddy', {ok: false, problem: 'invalid'}],
      [secure, 'http://', {ok: false, problem: 'invalid'}],
      [secure, '', {ok: false, problem: 'missing'}],
      [secure, '   ', {ok: false, problem: 'missing'}],
    ];
    for (const [page, endpoint, expected] of cases) {
      it(`"${endpoint}" on ${page} gives ${expected.ok ? 'ok' : expected.problem}`, () => {
        expect(checkEndpoint(endpoint, page)).to.deep.equal(expected);
      });
    }

    it('compares with the page origin, not a <base> elsewhere', () => {
      expect(checkEndpoint('/api', 'http://cdn.example/', 'https://clinic.example')).to.deep.equal({
        ok: false,
        problem: 'insecure',
      });
    });

    it('explains a refused endpoint to the page author', () => {
      expect(endpointError('http://api.example/', 'insecure'))
        .to.match(/^iop-widgets endpoint-insecure: /)
        .and.contain('endpoint "http://api.example/" must use https:');
      expect(endpointError('ftp://x', 'invalid'))
        .to.match(/^iop-widgets endpoint-invalid: /)
        .and.contain('endpoint "ftp://x" is not a valid http(s) address');
    });
  });

  describe('payload', () => {
    it('is versioned and carries the submission id, time, locale and clinic', () => {
      expect(payload.schema).to.equal(payloadSchema);
      expect(payloadSchema).to.equal('iop-buddy-signup/1');
      expect(payload.submittedAt).to.equal('2025-05-06T12:00:00.000Z');
      expect(payload.clinic).to.deep.equal({name: 'Harbor Recovery', region: 'US'});
      const unnamed = createPayload({...payload, clinic: {region: 'GB'}, now: NOW});
      expect(unnamed.clinic).to.deep.equal({name: null, region: 'GB'});
    });

    it('gets a fresh version-4 UUID each time', () => {
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
      const a = newSubmissionId();
      const b = newSubmissionId();
      expect(a).to.match(uuid);
      expect(b).to.match(uuid);
      expect(a).not.to.equal(b);
      expect(newSubmissionId((bytes) => bytes.fill(0xff))).to.equal(
        'ffffffff-ffff-4fff-bfff-ffffffffffff',
      );
      expect(newSubmissionId((bytes) => bytes.fill(0))).to.equal(
        '00000000-0000-4000-8000-000000000000',
      );
    });
  });

  describe('buddy-signup.schema.json', () => {
    type Schema = Record<string, unknown> & {
      properties?: Record<string, Schema>;
      required?: string[];
      items?: Schema;
    };
    let schema: Schema;
    before(async () => {
      schema = await (await fetch('/buddy-signup.schema.json')).json();
    });

    /** The problems of `value` against the parts of JSON Schema this file uses. */
    function problems(value: unknown, rule: Schema, path = '$'): string[] {
      const found: string[] = [];
      const type = rule.type as string | string[] | undefined;
      const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      if (type && ![type].flat().includes(kind)) return [`${path}: ${kind} is not ${type}`];
      if ('const' in rule && value !== rule.const) found.push(`${path}: not ${rule.const}`);
      if (rule.enum && !(rule.enum as unknown[]).includes(value)) found.push(`${path}: not listed`);
      if (typeof value === 'string') {
        const length = [...value].length;
        if (length < ((rule.minLength as number) ?? 0)) found.push(`${path}: too short`);
        if (length > ((rule.maxLength as number) ?? Infinity)) found.push(`${path}: too long`);
        if (rule.pattern && !new RegExp(rule.pattern as string, 'u').test(value)) {
          found.push(`${path}: pattern`);
        }
      }
      if (Array.isArray(value)) {
        if (rule.uniqueItems && new Set(value).size !== value.length)
          found.push(`${path}: repeats`);
        value.forEach((item, i) =>
          found.push(...problems(item, rule.items ?? {}, `${path}[${i}]`)),
        );
      }
      if (kind === 'object') {
        const object = value as Record<string, unknown>;
        for (const key of rule.required ?? [])
          if (!(key in object)) found.push(`${path}.${key}: missing`);
        for (const [key, item] of Object.entries(object)) {
          const sub = rule.properties?.[key];
          if (sub) found.push(...problems(item, sub, `${path}.${key}`));
          else if (rule.additionalProperties === false) found.push(`${path}.${key}: not allowed`);
        }
        if (rule.if) {
          const branch = problems(value, rule.if as Schema).length ? rule.else : rule.then;
          found.push(...problems(value, (branch ?? {}) as Schema, path));
        }
        if (rule.not && !problems(value, rule.not as Schema).length) found.push(`${path}: not`);
      }
      return found;
    }

    const email = {...payload, data: {...payload.data, channel: 'email', email: 'sam@example.org'}};
    delete (email.data as Record<string, unknown>).phone;
    const full = {
      ...payload,
      data: {...payload.data, program: 'Evening group', note: 'Hi', times: [...contactTimes]},
    };
    const broken: [string, unknown][] = [
      ['an older schema', {...payload, schema: 'iop-buddy-signup/0'}],
      ['no consent', {...payload, data: {...payload.data, consent: false}}],
      ['a surname', {...payload, data: {...payload.data, surname: 'Smith'}}],
      ['both email and phone', {...payload, data: {...payload.data, email: 'sam@example.org'}}],
      ['text without a phone', {...payload, data: {...payload.data, phone: undefined}}],
      ['an unknown support kind', {...payload, data: {...payload.data, support: ['money']}}],
      ['a 501-character note', {...payload, data: {...payload.data, note: 'x'.repeat(501)}}],
      ['a letter in the phone', {...payload, data: {...payload.data, phone: '555-CALL'}}],
      ['no id', {...payload, id: undefined}],
    ];

    it('accepts what the widget sends', () => {
      for (const sample of [payload, email, full]) {
        expect(problems(JSON.parse(JSON.stringify(sample)), schema)).to.deep.equal([]);
      }
    });

    for (const [name, sample] of broken) {
      it(`refuses ${name}`, () => {
        expect(problems(JSON.parse(JSON.stringify(sample)), schema)).not.to.deep.equal([]);
      });
    }

    it('lists the same choices and limits as the form', () => {
      const data = schema.properties?.data.properties ?? {};
      expect(schema.properties?.schema.const).to.equal(payloadSchema);
      expect(data.role.enum).to.deep.equal([...roles]);
      expect(data.channel.enum).to.deep.equal([...channels]);
      expect(data.times.items?.enum).to.deep.equal([...contactTimes]);
      expect(data.support.items?.enum).to.deep.equal([...supportKinds]);
      expect(schema.properties?.clinic.properties?.region.enum).to.deep.equal([...regions, null]);
      for (const [field, limit] of Object.entries(limits)) {
        expect(data[field].maxLength, field).to.equal(limit);
      }
    });
  });
});

describe('sendLastTry()', () => {
  it('sends the same body and key once, with keepalive and without cookies', async () => {
    const calls: {url: string; init: RequestInit}[] = [];
    sendLastTry(payload, 'https://clinic.example/signup', async (url, init = {}) => {
      calls.push({url: String(url), init});
      return new Response(null, {status: 200});
    });
    expect(calls).to.have.length(1);
    const [{url, init}] = calls;
    expect(url).to.equal('https://clinic.example/signup');
    expect(init.method).to.equal('POST');
    expect(init.keepalive).to.equal(true);
    expect(init.credentials).to.equal('omit');
    expect(init.referrerPolicy).to.equal('no-referrer');
    const headers = new Headers(init.headers);
    expect(headers.get('Idempotency-Key')).to.equal(payload.id);
    expect(headers.get('Content-Type')).to.equal('application/json');
    expect(JSON.parse(String(init.body))).to.deep.equal(payload);
  });

  it('never throws, whether fetch throws at once or rejects later', async () => {
    const refused = () => {
      throw new TypeError('keepalive quota exceeded');
    };
    expect(() => sendLastTry(payload, 'https://clinic.example/signup', refused)).not.to.throw();
    let rejected = false;
    sendLastTry(payload, 'https://clinic.example/signup', () => {
      rejected = true;
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rejected).to.equal(true);
  });
});
