import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {freshHandler, kinds, payload, post} from './helpers.js';

const valid = payload();
type Case = [name: string, body: unknown, status: number, options?: Parameters<typeof post>[1]];

const without = (field: string) => {
  const copy = structuredClone(valid) as unknown as {data: Record<string, unknown>};
  delete copy.data[field];
  return copy;
};
const withData = (changes: Record<string, unknown>) => ({
  ...valid,
  data: {...valid.data, ...changes},
});

const cases: Case[] = [
  ['empty body', '', 400],
  ['not JSON', 'name=Sam&email=sam@example.org', 400],
  ['truncated JSON', JSON.stringify(valid).slice(0, 40), 400],
  ['JSON null', 'null', 422],
  ['a JSON array', '[]', 422],
  ['a JSON string', '"hello"', 422],
  ['a number', '42', 422],
  ['an empty object', '{}', 422],
  ['wrong schema version', {...valid, schema: 'iop-buddy-signup/2'}, 422],
  ['id not a UUID', {...valid, id: 'abc'}, 422, {key: 'abc'}],
  ['submittedAt not a date', {...valid, submittedAt: 'yesterday'}, 422],
  ['unknown region', {...valid, clinic: {name: null, region: 'NZ'}}, 422],
  ['an extra top-level field', {...valid, extra: 1}, 422],
  ['missing consent', without('consent'), 422],
  ['consent false', withData({consent: false}), 422],
  ['consent "true" as a string', withData({consent: 'true'}), 422],
  ['adult false', withData({adult: false}), 422],
  ['name a number', withData({name: 42}), 422],
  ['name empty', withData({name: ''}), 422],
  ['name over 50 characters', withData({name: 'x'.repeat(51)}), 422],
  ['email channel without email', without('email'), 422],
  ['email channel with a phone as well', withData({phone: '555 010 4477'}), 422],
  ['email not an address', withData({email: 'not-an-email'}), 422],
  ['phone with letters', withData({channel: 'text', email: undefined, phone: 'call me'}), 422],
  ['times not an array', withData({times: 'evenings'}), 422],
  ['times repeated', withData({times: ['evenings', 'evenings']}), 422],
  ['an unknown support kind', withData({support: ['money']}), 422],
  ['note over 500 characters', withData({note: 'n'.repeat(501)}), 422],
  ['an extra data field', withData({diagnosis: 'x'}), 422],
  ['a body over the size limit', withData({note: 'n'.repeat(20000)}), 413],
  ['form encoding', 'role=both', 415, {type: 'application/x-www-form-urlencoded'}],
  ['text/plain', JSON.stringify(valid), 415, {type: 'text/plain'}],
  ['deeply nested JSON', '['.repeat(5000) + ']'.repeat(5000), 422],
];

/** A small seeded generator, so a failing mutation can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const oddValues = [
  null,
  true,
  false,
  0,
  -1,
  1e308,
  '',
  ' ',
  'x'.repeat(600),
  [],
  {},
  ['a'],
  {a: 1},
  '\u0000',
  '<script>',
];

/** Replaces one random field (top level or in data) with an odd value, or deletes it. */
function mutate(next: () => number) {
  const copy = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
  const target = next() < 0.5 ? copy : copy.data;
  const fields = Object.keys(target);
  const field = fields[Math.floor(next() * fields.length)];
  const choice = Math.floor(next() * (oddValues.length + 1));
  if (choice === oddValues.length) delete target[field];
  else target[field] = oddValues[choice] as never;
  return copy;
}

for (const kind of kinds) {
  describe(`schema fuzzing (${kind})`, () => {
    it('answers every malformed request with its 4xx, stores nothing, and keeps serving', async () => {
      const fixture = await freshHandler(kind);
      try {
        for (const [name, body, status, options] of cases) {
          const answer = await fixture.handler(post(body, {key: valid.id, ...options}));
          assert.equal(answer.status, status, name);
          const reply = await answer.text();
          assert.ok(
            !reply.includes('sam@example.org'),
            `${name}: the answer echoes no field value`,
          );
          assert.equal(await fixture.store.count(), 0, `${name}: nothing stored`);
        }
        assert.equal((await fixture.handler(post(valid))).status, 201, 'still serving');
        assert.equal(await fixture.store.count(), 1);
      } finally {
        await fixture.done();
      }
    });

    it('300 random mutations: never a 5xx, and only valid payloads are stored', async () => {
      const fixture = await freshHandler(kind);
      try {
        const next = random(kind === 'sqlite' ? 15 : 51);
        let stored = 0;
        for (let i = 0; i < 300; i++) {
          const body = mutate(next);
          // The widget's key stays; the body is what gets mangled.
          const answer = await fixture.handler(post(body, {key: valid.id}));
          assert.ok(answer.status < 500, `mutation ${i}: ${answer.status}`);
          if (answer.status === 201) stored = 1;
          await answer.body?.cancel();
        }
        assert.equal(await fixture.store.count(), stored);
      } finally {
        await fixture.done();
      }
    });
  });
}
