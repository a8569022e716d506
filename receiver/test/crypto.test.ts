import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {KeyError, newKey, open, parseKey, seal} from '../src/crypto.js';
import {createLogger} from '../src/log.js';

describe('encryption at rest', () => {
  const keys = parseKey(newKey());

  it('seals with AES-256-GCM under a fresh IV each time, and opens again', () => {
    const a = seal(keys, 'Sam, sam@example.org', 'row-1');
    const b = seal(keys, 'Sam, sam@example.org', 'row-1');
    assert.notEqual(a, b);
    assert.equal(open(keys, a, 'row-1'), 'Sam, sam@example.org');
  });

  const tampering: [string, (sealed: string) => [string, string, ReturnType<typeof parseKey>]][] = [
    ['another row id', (sealed) => [sealed, 'row-2', keys]],
    ['another key', (sealed) => [sealed, 'row-1', parseKey(newKey())]],
    [
      'a flipped byte',
      (sealed) => {
        const bytes = Buffer.from(sealed, 'base64');
        bytes[bytes.length - 1] ^= 1;
        return [bytes.toString('base64'), 'row-1', keys];
      },
    ],
    ['a truncated value', () => ['AAAA', 'row-1', keys]],
  ];
  for (const [name, change] of tampering) {
    it(`refuses to open with ${name}`, () => {
      const [sealed, context, key] = change(seal(keys, 'secret', 'row-1'));
      assert.throws(() => open(key, sealed, context));
    });
  }

  const badKeys: [string, string | undefined][] = [
    ['missing', undefined],
    ['blank', '  '],
    ['not base64', '!'.repeat(44)],
    ['16 bytes', Buffer.alloc(16).toString('base64')],
    ['64 bytes', Buffer.alloc(64).toString('base64')],
  ];
  for (const [name, text] of badKeys) {
    it(`refuses a ${name} key with the command that makes one`, () => {
      assert.throws(
        () => parseKey(text),
        (error: unknown) => error instanceof KeyError && /keygen/.test(error.message),
      );
    });
  }

  it('the logger keeps only its allowed fields and short codes', () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line));
    logger.info('signup', {
      status: 201,
      code: 'stored',
      ...({name: 'Sam', email: 'sam@example.org'} as object),
    });
    logger.warn('sam@example.org said hello', {code: 'sam lives at 1 Main St'});
    assert.ok(!lines.join('\n').includes('Sam') && !lines.join('\n').includes('sam@'));
    assert.deepEqual(Object.keys(JSON.parse(lines[0])), [
      'time',
      'level',
      'event',
      'status',
      'code',
    ]);
    assert.equal(JSON.parse(lines[1]).event, 'event');
  });
});
