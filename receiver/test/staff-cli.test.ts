import assert from 'node:assert/strict';
import {readFileSync, statSync} from 'node:fs';
import {join, dirname} from 'node:path';
import {describe, it} from 'node:test';
import {parse} from 'csv-parse/sync';
import {createHandler} from '../src/handler.js';
import {freshStore, kinds, origin, payload, post, testKeys} from './helpers.js';
import {runCli, startServe} from './process.js';

const day = 86_400_000;
const now = Date.now();
/** Three signups: 400 days old, 10 days old, and today; one of them a phone signup. */
const rows = [
  {age: 400, body: payload({name: 'Old Signup'})},
  {
    age: 10,
    body: payload({
      name: '=HYPERLINK("http://x")',
      channel: 'text',
      email: undefined,
      phone: '+1 555 010 4477',
    }),
  },
  {
    age: 0,
    body: payload({name: 'Today', times: ['mornings', 'weekends'], note: 'Line one,\n"quoted"'}),
  },
];
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function seeded(kind: 'sqlite' | 'postgres') {
  const fixture = await freshStore(kind);
  for (const {age, body} of rows) {
    const handler = createHandler({
      store: fixture.store,
      keys: testKeys,
      origins: [origin],
      rateLimit: false,
      now: () => now - age * day,
    });
    assert.equal((await handler(post(body))).status, 201);
  }
  return fixture;
}

for (const kind of kinds) {
  describe(`staff commands (${kind})`, () => {
    it('export --format json gives every signup decrypted, oldest first', async () => {
      const fixture = await seeded(kind);
      try {
        const result = await runCli(['export', '--format', 'json', '--db', fixture.database.url]);
        assert.equal(result.code, 0, result.stderr);
        const exported = JSON.parse(result.stdout);
        assert.deepEqual(
          exported.map((row: {id: string}) => row.id),
          rows.map((row) => row.body.id),
        );
        assert.equal(exported[2].note, 'Line one,\n"quoted"');
        assert.deepEqual(exported[2].times, ['mornings', 'weekends']);
        assert.equal(exported[1].phone, '+1 555 010 4477');
      } finally {
        await fixture.done();
      }
    });

    it('export --format csv with --from/--to keeps the range; formulas stay text', async () => {
      const fixture = await seeded(kind);
      try {
        const out = join(dirname(fixture.database.file ?? '/tmp/x'), `export-${kind}.csv`);
        const result = await runCli([
          'export',
          '--format',
          'csv',
          '--from',
          iso(now - 30 * day),
          '--to',
          iso(now - day),
          '--out',
          out,
          '--db',
          fixture.database.url,
        ]);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(statSync(out).mode & 0o777, 0o600, 'only its owner reads the file');
        const records = parse(readFileSync(out, 'utf8'), {columns: true}) as Record<
          string,
          string
        >[];
        assert.equal(records.length, 1);
        assert.equal(records[0].id, rows[1].body.id);
        assert.equal(records[0].name, `'=HYPERLINK("http://x")`);
        assert.equal(records[0].phone, `'+1 555 010 4477`);
        assert.equal(records[0].mayNameClinic, 'no');
        const all = await runCli([
          'export',
          '--from',
          iso(now - 30 * day),
          '--db',
          fixture.database.url,
        ]);
        const parsed = parse(all.stdout, {columns: true}) as Record<string, string>[];
        assert.deepEqual(
          parsed.map((row) => row.id),
          [rows[1].body.id, rows[2].body.id],
        );
        assert.equal(parsed[1].times, 'mornings; weekends');
        assert.equal(parsed[1].note, 'Line one,\n"quoted"');
      } finally {
        await fixture.done();
      }
    });

    it('delete --id removes exactly that signup; an unknown id says so', async () => {
      const fixture = await seeded(kind);
      try {
        const gone = await runCli([
          'delete',
          '--id',
          rows[1].body.id,
          '--db',
          fixture.database.url,
        ]);
        assert.equal(gone.code, 0, gone.stderr);
        assert.match(gone.stdout, /deleted signup/);
        assert.deepEqual(
          (await fixture.store.list()).map((row) => row.id),
          [rows[0].body.id, rows[2].body.id],
        );
        const again = await runCli([
          'delete',
          '--id',
          rows[1].body.id,
          '--db',
          fixture.database.url,
        ]);
        assert.equal(again.code, 1);
        assert.match(again.stdout, /no signup with id/);
      } finally {
        await fixture.done();
      }
    });

    it('purge deletes what is older than the retention period (365 days unless set)', async () => {
      const fixture = await seeded(kind);
      try {
        const first = await runCli(['purge', '--db', fixture.database.url]);
        assert.equal(first.code, 0, first.stderr);
        assert.match(first.stdout, /purged 1 signup\(s\) received more than 365 day/);
        assert.equal(await fixture.store.count(), 2);
        const shorter = await runCli([
          'purge',
          '--retention-days',
          '5',
          '--db',
          fixture.database.url,
        ]);
        assert.match(shorter.stdout, /purged 1 signup/);
        assert.deepEqual(
          (await fixture.store.list()).map((row) => row.id),
          [rows[2].body.id],
        );
      } finally {
        await fixture.done();
      }
    });

    it('serve purges at start with its retention period', async () => {
      const fixture = await seeded(kind);
      try {
        const server = await startServe([
          '--origin',
          origin,
          '--db',
          fixture.database.url,
          '--retention-days',
          '30',
        ]);
        await new Promise((resolve) => setTimeout(resolve, 200));
        assert.equal(await server.stop(), 0);
        assert.match(server.output(), /"event":"purged","count":1/);
        assert.equal(await fixture.store.count(), 2);
      } finally {
        await fixture.done();
      }
    });
  });
}

describe('staff command mistakes get a clear answer', () => {
  const cases: [args: string[], pattern: RegExp][] = [
    [['delete'], /delete needs --id/],
    [['delete', '--id', 'not-an-id'], /delete needs --id/],
    [['export', '--format', 'xml'], /--format must be csv or json/],
    [['export', '--from', 'last week'], /--from must be a date/],
    [['purge', '--retention-days=-3'], /--retention-days must be a whole number/],
    [['purge', '--db', 'mysql://x'], /--db must be sqlite/],
    [['serve'], /serve needs --origin/],
    [['frobnicate'], /unknown command/],
    [['export', '--colour'], /Unknown option/],
  ];
  for (const [args, pattern] of cases) {
    it(`${args.join(' ')}: exit 2, one line`, async () => {
      const result = await runCli(args);
      assert.equal(result.code, 2);
      assert.match(result.stderr, pattern);
      assert.equal(result.stderr.trim().split('\n').length, 1);
    });
  }
});
