import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {freshHandler, origin, payload, post} from './helpers.js';

const preflightRequest = (from: string, path = '/signups') =>
  new Request(`http://127.0.0.1${path}`, {
    method: 'OPTIONS',
    headers: {
      Origin: from,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, idempotency-key',
    },
  });

describe('CORS allowlist and routes', () => {
  const cases: {
    name: string;
    request: () => Request;
    status: number;
    headers?: Record<string, string | null>;
    rows?: number;
  }[] = [
    {
      name: 'a preflight from the allowed origin: 204, POST and both headers allowed, cached',
      request: () => preflightRequest(origin),
      status: 204,
      headers: {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
        'Access-Control-Max-Age': '7200',
        Vary: 'Origin',
      },
    },
    {
      name: 'a preflight from another origin: 403 without an allow header',
      request: () => preflightRequest('https://evil.example'),
      status: 403,
      headers: {'Access-Control-Allow-Origin': null},
    },
    {
      name: 'an origin that only looks alike (a suffix): refused',
      request: () => preflightRequest('https://clinic.example.evil.example'),
      status: 403,
    },
    {
      name: 'a POST from the allowed origin: stored, readable by that origin',
      request: () => post(payload()),
      status: 201,
      headers: {'Access-Control-Allow-Origin': origin},
      rows: 1,
    },
    {
      name: 'a POST from another origin: 403, nothing stored',
      request: () => post(payload(), {origin: 'https://evil.example'}),
      status: 403,
      headers: {'Access-Control-Allow-Origin': null},
      rows: 0,
    },
    {
      name: 'a POST without Origin (a server or curl): stored, no allow header',
      request: () => post(payload(), {origin: null}),
      status: 201,
      headers: {'Access-Control-Allow-Origin': null},
      rows: 1,
    },
    {
      name: 'a GET of the signup path: 405 with Allow',
      request: () => new Request('http://127.0.0.1/signups', {headers: {Origin: origin}}),
      status: 405,
      headers: {Allow: 'POST, OPTIONS'},
    },
    {
      name: 'another path: 404',
      request: () => post(payload(), {path: '/admin'}),
      status: 404,
      rows: 0,
    },
    {
      name: 'GET /health: 200 with the database kind',
      request: () => new Request('http://127.0.0.1/health'),
      status: 200,
      headers: {'Cache-Control': 'no-store'},
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const fixture = await freshHandler('sqlite');
      try {
        const answer = await fixture.handler(testCase.request());
        assert.equal(answer.status, testCase.status);
        for (const [name, value] of Object.entries(testCase.headers ?? {})) {
          assert.equal(answer.headers.get(name), value, name);
        }
        if (testCase.rows !== undefined) assert.equal(await fixture.store.count(), testCase.rows);
      } finally {
        await fixture.done();
      }
    });
  }

  it('refuses an allowed origin that is not http(s) when the handler is made', async () => {
    await assert.rejects(freshHandler('sqlite', {origins: ['ftp://clinic.example']}), /http\(s\)/);
  });
});
