import assert from 'node:assert/strict';
import {request} from 'node:http';
import {describe, it} from 'node:test';
import {freshStore, kinds, origin, payload} from './helpers.js';
import {startServe} from './process.js';

/** Starts a POST, sends half its body, and returns how to send the rest and read the answer. */
function halfSent(port: number, body: string, key: string) {
  const bytes = Buffer.from(body);
  const req = request({
    host: '127.0.0.1',
    port,
    path: '/signups',
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': bytes.length,
      'Idempotency-Key': key,
      Origin: origin,
    },
  });
  const answer = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
  req.write(bytes.subarray(0, bytes.length >> 1));
  return {finish: () => req.end(bytes.subarray(bytes.length >> 1)), answer};
}

for (const kind of kinds) {
  describe(`graceful shutdown (${kind})`, () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      it(`${signal} finishes the signup in progress, stores it, then exits 0`, async () => {
        const fixture = await freshStore(kind);
        try {
          const server = await startServe(['--origin', origin, '--db', fixture.database.url]);
          const body = payload();
          const pending = halfSent(server.port, JSON.stringify(body), body.id);
          await new Promise((resolve) => setTimeout(resolve, 150));
          const exit = server.stop(signal);
          await new Promise((resolve) => setTimeout(resolve, 150));
          pending.finish();
          assert.equal(await pending.answer, 201);
          assert.equal(await exit, 0);
          assert.match(server.output(), /"event":"stopped"/);
          assert.equal(await fixture.store.count(), 1);
          await assert.rejects(fetch(`${server.url}/health`), 'no new connections after the stop');
        } finally {
          await fixture.done();
        }
      });
    }
  });
}
