import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import nodemailer, {type SendMailOptions} from 'nodemailer';
import {createLogger} from '../src/log.js';
import {createNotifier} from '../src/notify.js';
import {freshHandler, payload, post} from './helpers.js';

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('staff email', () => {
  it('sends one email per new signup, with no personal data; none for a retry', async () => {
    const transport = nodemailer.createTransport({jsonTransport: true});
    const sent: string[] = [];
    const original = transport.sendMail.bind(transport);
    transport.sendMail = (async (mail: SendMailOptions) => {
      const info = await original(mail);
      sent.push(String((info as {message: string}).message));
      return info;
    }) as typeof transport.sendMail;
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line));
    const onStored = createNotifier({
      smtpUrl: 'unused',
      to: 'buddies@clinic.example',
      logger,
      transport,
    });
    const fixture = await freshHandler('sqlite', {onStored, logger});
    try {
      const body = payload({
        name: 'Quinn Private',
        email: 'quinn.private@example.org',
        note: 'my note',
      });
      await fixture.handler(post(body));
      await fixture.handler(post(body));
      await waitFor(
        () => sent.length === 1 && lines.some((line) => line.includes('staff-notified')),
      );
      assert.equal(sent.length, 1);
      const mail = JSON.parse(sent[0]);
      assert.equal(mail.subject, 'A new recovery-buddy request arrived');
      assert.deepEqual(mail.to, [{address: 'buddies@clinic.example', name: ''}]);
      for (const value of ['Quinn', 'quinn.private', 'my note', body.id]) {
        assert.ok(!sent[0].includes(value), `${value} in the email`);
      }
    } finally {
      await fixture.done();
    }
  });

  it('a failing SMTP server is logged by code and the signup is still stored', async () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line));
    // Nothing listens on port 9 of the loopback: the connection is refused at once.
    const onStored = createNotifier({
      smtpUrl: 'smtp://127.0.0.1:9',
      to: 'buddies@clinic.example',
      logger,
    });
    const fixture = await freshHandler('sqlite', {onStored, logger});
    try {
      assert.equal((await fixture.handler(post(payload({name: 'Quinn Private'})))).status, 201);
      await waitFor(() => lines.some((line) => line.includes('staff-notify-failed')));
      const failure = lines.find((line) => line.includes('staff-notify-failed'));
      assert.ok(failure, lines.join('\n'));
      assert.match(failure, /"code":"(ECONNREFUSED|ESOCKET|ECONNECTION)"/);
      assert.ok(!lines.join('\n').includes('Quinn'));
      assert.equal(await fixture.store.count(), 1);
    } finally {
      await fixture.done();
    }
  });
});
