import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {freshHandler, kinds, payload, post} from './helpers.js';

const valid = payload();

for (const kind of kinds) {
  describe(`honeypot (${kind})`, () => {
    const cases: [name: string, body: unknown, status: number][] = [
      [
        'the hidden "website" field filled at the top',
        {...valid, website: 'http://spam.example'},
        202,
      ],
      [
        'the hidden "website" field filled inside data',
        {...valid, data: {...valid.data, website: 'spam'}},
        202,
      ],
      ['a bot that posts only the honeypot and junk', {website: 'x', name: 'y'}, 202],
      [
        'the field present but empty is not a bot, but not the schema either',
        {...valid, website: ''},
        422,
      ],
    ];
    for (const [name, body, status] of cases) {
      it(`${name}: ${status}, nothing stored`, async () => {
        const fixture = await freshHandler(kind);
        try {
          const answer = await fixture.handler(post(body, {key: valid.id}));
          assert.equal(answer.status, status);
          if (status === 202) assert.deepEqual(await answer.json(), {ok: true});
          assert.equal(await fixture.store.count(), 0);
          assert.equal(
            (await fixture.handler(post(valid))).status,
            201,
            'the real signup still goes in',
          );
        } finally {
          await fixture.done();
        }
      });
    }
  });
}
