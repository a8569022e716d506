import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {freshHandler, payload, post} from './helpers.js';

describe('rate limit per client', () => {
  it('answers 429 with Retry-After once a client used its allowance; others go on', async () => {
    const fixture = await freshHandler('sqlite', {rateLimit: {points: 3, windowSeconds: 60}});
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await fixture.handler(post(payload()), '10.0.0.1')).status);
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      const limited = await fixture.handler(post(payload()), '10.0.0.1');
      const wait = Number(limited.headers.get('Retry-After'));
      assert.ok(Number.isInteger(wait) && wait >= 1 && wait <= 60, `Retry-After ${wait}`);
      assert.equal((await limited.json()).error, 'rate-limited');
      assert.match(
        limited.headers.get('Access-Control-Expose-Headers') ?? '',
        /Retry-After/,
        'readable cross-origin',
      );
      assert.equal((await fixture.handler(post(payload()), '10.0.0.2')).status, 201);
      assert.equal(await fixture.store.count(), 4);
    } finally {
      await fixture.done();
    }
  });

  it('counts retries too: a client that retries too fast is told when to come back', async () => {
    const fixture = await freshHandler('sqlite', {rateLimit: {points: 2, windowSeconds: 1}});
    try {
      const body = payload();
      assert.equal((await fixture.handler(post(body), 'a')).status, 201);
      assert.equal((await fixture.handler(post(body), 'a')).status, 201);
      const limited = await fixture.handler(post(body), 'a');
      assert.equal(limited.status, 429);
      await new Promise((resolve) =>
        setTimeout(resolve, Number(limited.headers.get('Retry-After')) * 1000 + 50),
      );
      assert.equal(
        (await fixture.handler(post(body), 'a')).status,
        201,
        'allowed again after the wait',
      );
      assert.equal(await fixture.store.count(), 1);
    } finally {
      await fixture.done();
    }
  });

  it('leaves preflights and health checks out of the count', async () => {
    const fixture = await freshHandler('sqlite', {rateLimit: {points: 1, windowSeconds: 60}});
    try {
      for (let i = 0; i < 3; i++) {
        assert.equal(
          (await fixture.handler(new Request('http://127.0.0.1/health'), 'a')).status,
          200,
        );
      }
      assert.equal((await fixture.handler(post(payload()), 'a')).status, 201);
    } finally {
      await fixture.done();
    }
  });
});
