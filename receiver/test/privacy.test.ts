import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {freshDatabase, origin, payload} from './helpers.js';
import {runCli, startServe} from './process.js';

/** Field values no log line, answer or database byte may show in clear. */
const secret = {
  name: 'Zebulon Quixotic',
  email: 'zebulon.quixotic@example.org',
  phone: '+1 555 013 9876',
  program: 'Thursday evening IOP group',
  note: 'Please call after my shift ends',
};

/**
 * The whole value, its lower case, its digits and its first word: each long enough that
 * sealed bytes cannot hold it by chance (a two-byte "+1" would turn up in random ciphertext).
 */
const tellingParts = (value: string) =>
  [value, value.toLowerCase(), value.replace(/\D/g, ''), value.split(' ')[0]].filter(
    (part) => part.length >= 5,
  );

const send = (url: string, body: unknown, key: string) =>
  fetch(`${url}/signups`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Idempotency-Key': key, Origin: origin},
    body: JSON.stringify(body),
  });

describe('nothing personal in clear', () => {
  it('logs, answers and the SQLite file hold no personal field value', async () => {
    const database = await freshDatabase('sqlite');
    const server = await startServe(['--origin', origin, '--db', database.url]);
    const answers: string[] = [];
    try {
      const email = payload({
        name: secret.name,
        email: secret.email,
        program: secret.program,
        note: secret.note,
      });
      const phone = payload({
        name: secret.name,
        channel: 'call',
        email: undefined,
        phone: secret.phone,
      });
      const broken = payload({name: secret.name, email: secret.email, consent: false as never});
      const changed = payload({name: `${secret.name} Jr`, email: secret.email}, email.id);
      const results = [
        await send(server.url, email, email.id),
        await send(server.url, email, email.id),
        await send(server.url, phone, phone.id),
        await send(server.url, broken, broken.id),
        await send(server.url, changed, email.id),
        await send(server.url, {...email, website: secret.email}, email.id),
      ];
      for (const answer of results) answers.push(await answer.text());
      assert.deepEqual(
        results.map((r) => r.status),
        [201, 201, 201, 422, 409, 202],
      );
    } finally {
      assert.equal(await server.stop(), 0);
    }
    try {
      const log = server.output();
      assert.match(log, /"event":"signup"/, 'the log has the requests');
      const bytes = readFileSync(database.file!);
      const journal = existsSync(`${database.file}-journal`)
        ? readFileSync(`${database.file}-journal`)
        : Buffer.alloc(0);
      for (const [field, value] of Object.entries(secret)) {
        for (const text of tellingParts(value)) {
          assert.ok(!log.includes(text), `${field} in the log`);
          assert.ok(!answers.some((answer) => answer.includes(text)), `${field} in an answer`);
          assert.ok(!bytes.includes(Buffer.from(text, 'utf8')), `${field} in the database file`);
          assert.ok(!journal.includes(Buffer.from(text, 'utf8')), `${field} in the journal`);
        }
      }
      // The export with the key gives them back: the data is there, only sealed.
      const exported = await runCli(['export', '--format', 'json', '--db', database.url]);
      assert.equal(exported.code, 0, exported.stderr);
      const rows = JSON.parse(exported.stdout);
      assert.equal(rows.length, 2);
      assert.deepEqual(
        rows.map((row: {name: string}) => row.name),
        [secret.name, secret.name],
      );
      assert.ok(rows.some((row: {note: string}) => row.note === secret.note));
    } finally {
      await database.drop();
    }
  });

  it('refuses to start without a key, or with a bad one, and names the command that makes one', async () => {
    for (const key of [undefined, '', 'too-short', Buffer.alloc(16).toString('base64')]) {
      const result = await runCli(['serve', '--origin', origin, '--db', 'sqlite::memory:'], {
        IOP_RECEIVER_KEY: key,
      });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /IOP_RECEIVER_KEY/);
      assert.match(result.stderr, /npx iop-buddy-receiver keygen/);
      assert.equal(result.stderr.trim().split('\n').length, 1, 'one line');
    }
    const made = await runCli(['keygen']);
    assert.match(made.stdout, /^IOP_RECEIVER_KEY=[A-Za-z0-9+/]{43}=\n$/);
  });

  it('export with another key decrypts nothing and says so', async () => {
    const database = await freshDatabase('sqlite');
    try {
      const server = await startServe(['--origin', origin, '--db', database.url]);
      const body = payload({name: secret.name});
      assert.equal((await send(server.url, body, body.id)).status, 201);
      assert.equal(await server.stop(), 0);
      const other = (await runCli(['keygen'])).stdout.trim().split('=').slice(1).join('=');
      const result = await runCli(['export', '--format', 'json', '--db', database.url], {
        IOP_RECEIVER_KEY: other,
      });
      assert.equal(result.code, 1);
      assert.deepEqual(JSON.parse(result.stdout), []);
      assert.match(result.stderr, /1 signup\(s\) could not be decrypted/);
      assert.ok(!result.stderr.includes(secret.name));
    } finally {
      await database.drop();
    }
  });
});
