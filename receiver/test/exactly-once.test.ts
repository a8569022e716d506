import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {freshHandler, kinds, payload, post} from './helpers.js';

for (const kind of kinds) {
  describe(`exactly once (${kind})`, () => {
    const cases: {
      name: string;
      run: (h: Awaited<ReturnType<typeof freshHandler>>) => Promise<void>;
      rows: number;
    }[] = [
      {
        name: 'the same key and payload twice: the same answer, one row',
        rows: 1,
        run: async ({handler}) => {
          const body = payload();
          const first = await handler(post(body));
          const second = await handler(post(body));
          assert.equal(first.status, 201);
          assert.equal(second.status, 201);
          assert.deepEqual(await second.json(), await first.json());
          assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
        },
      },
      {
        name: 'the same payload with its keys in another order is the same payload',
        rows: 1,
        run: async ({handler}) => {
          const body = payload();
          await handler(post(body));
          const {data, clinic, ...rest} = body;
          const reordered = {
            data: Object.fromEntries(Object.entries(data).reverse()),
            ...rest,
            clinic,
          };
          assert.equal((await handler(post(reordered))).status, 201);
        },
      },
      {
        name: 'the same key with a changed payload: 409, the first row kept',
        rows: 1,
        run: async ({handler, store}) => {
          const body = payload();
          await handler(post(body));
          const before = await store.list();
          const changed = await handler(post(payload({name: 'Alex'}, body.id)));
          assert.equal(changed.status, 409);
          assert.deepEqual(await changed.json(), {ok: false, error: 'idempotency-key-reused'});
          assert.deepEqual(await store.list(), before);
        },
      },
      {
        name: '20 concurrent requests with one key: all answered 201, one row',
        rows: 1,
        run: async ({handler}) => {
          const body = payload();
          const answers = await Promise.all(Array.from({length: 20}, () => handler(post(body))));
          assert.deepEqual(
            answers.map((a) => a.status),
            Array(20).fill(201),
          );
        },
      },
      {
        name: 'concurrent requests with one key and two payloads: one wins, the other gets 409',
        rows: 1,
        run: async ({handler}) => {
          const a = payload();
          const b = payload({name: 'Alex'}, a.id);
          const answers = await Promise.all([a, b, a, b].map((body) => handler(post(body))));
          const statuses = answers.map((answer) => answer.status).sort();
          assert.deepEqual(statuses, [201, 201, 409, 409]);
        },
      },
      {
        name: 'different keys: one row each',
        rows: 3,
        run: async ({handler}) => {
          for (let i = 0; i < 3; i++) assert.equal((await handler(post(payload()))).status, 201);
        },
      },
      {
        name: 'no Idempotency-Key header: 400, nothing stored',
        rows: 0,
        run: async ({handler}) => {
          const answer = await handler(post(payload(), {key: null}));
          assert.equal(answer.status, 400);
          assert.equal((await answer.json()).error, 'idempotency-key-missing');
        },
      },
      {
        name: 'a key that differs from the payload id: 400, nothing stored',
        rows: 0,
        run: async ({handler}) => {
          const answer = await handler(
            post(payload(), {key: '0b0e4b7e-3c57-4b53-9a4c-6a9e3f0c2d11'}),
          );
          assert.equal(answer.status, 400);
          assert.equal((await answer.json()).error, 'idempotency-key-mismatch');
        },
      },
    ];
    for (const testCase of cases) {
      it(testCase.name, async () => {
        const fixture = await freshHandler(kind);
        try {
          await testCase.run(fixture);
          assert.equal(await fixture.store.count(), testCase.rows);
        } finally {
          await fixture.done();
        }
      });
    }

    it('stores before it answers: the row is there when the 201 arrives', async () => {
      const fixture = await freshHandler(kind);
      try {
        const body = payload();
        const answer = await fixture.handler(post(body));
        assert.equal(answer.status, 201);
        const [row] = await fixture.store.list();
        assert.equal(row.id, body.id);
      } finally {
        await fixture.done();
      }
    });

    it('migrations run once: a second migrate applies none', async () => {
      const fixture = await freshHandler(kind);
      try {
        assert.equal(await fixture.store.migrate(), 0);
      } finally {
        await fixture.done();
      }
    });
  });
}
