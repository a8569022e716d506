import {expect} from '@open-wc/testing';
import {
  fetchFeed,
  FeedError,
  feedLimit,
  loadEvents,
  parseDateTime,
  parseFeed,
  parseFeedText,
} from '../src/widgets/sober-tips/events-feed.js';
import {inlineFeedText} from '../src/widgets/sober-tips/events-source.js';
import {captureWarnings} from './helpers.js';

const now = new Date(Date.UTC(2030, 5, 1, 12));
const day = 24 * 60 * 60 * 1000;
const at = (offset: number) => new Date(now.getTime() + offset).toISOString();
const feed = (path: string) => `/test-endpoint/feed/${path}`;

/** Runs `body` and returns what it threw (or undefined). */
async function thrown(body: () => Promise<unknown>): Promise<unknown> {
  try {
    await body();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('events feed: parseDateTime', () => {
  const cases: [unknown, string | undefined][] = [
    ['2030-06-14T19:00:00Z', '2030-06-14T19:00:00.000Z'],
    ['2030-06-14T19:00:00.5Z', '2030-06-14T19:00:00.500Z'],
    ['2030-06-14T19:00:00.123456Z', '2030-06-14T19:00:00.123Z'],
    ['2030-06-14T19:00-05:00', '2030-06-15T00:00:00.000Z'],
    ['2030-06-14t19:00:00z', '2030-06-14T19:00:00.000Z'],
    ['2030-06-14T19:00', new Date(2030, 5, 14, 19).toISOString()],
    ['2030-06-14', undefined],
    ['2030-13-14T19:00:00Z', undefined],
    ['June 14, 2030 7pm', undefined],
    ['', undefined],
    [1907694000000, undefined],
    [null, undefined],
    [{}, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)}`, () => {
      expect(parseDateTime(input)?.toISOString()).to.equal(expected);
    });
  }
});

describe('events feed: parseFeed', () => {
  const valid = {title: 'Game night', start: at(day)};
  const cases: [string, unknown[], string[], number][] = [
    ['a valid entry', [valid], ['Game night'], 0],
    [
      'all optional fields',
      [
        {
          ...valid,
          end: at(day + 3600e3),
          location: 'Room 2',
          url: 'https://x.example/',
          description: 'Fun',
        },
      ],
      ['Game night'],
      0,
    ],
    ['null optional fields', [{...valid, end: null, location: null}], ['Game night'], 0],
    ['a title that is not a string', [{title: 3, start: at(day)}], [], 1],
    ['an empty title', [{title: '  ', start: at(day)}], [], 1],
    ['no start', [{title: 'x'}], [], 1],
    ['a date without a time', [{title: 'x', start: '2030-07-01'}], [], 1],
    ['an end that is not a date-time', [{...valid, end: 'later'}], [], 1],
    ['an end before the start', [{...valid, end: at(day - 1)}], [], 1],
    ['a location of the wrong type', [{...valid, location: ['a']}], [], 1],
    ['a url of the wrong type', [{...valid, url: 5}], [], 1],
    ['a description of the wrong type', [{...valid, description: {text: 'x'}}], [], 1],
    ['entries that are not objects', ['text', 4, null, [valid]], [], 4],
    ['a past event', [{title: 'Past', start: at(-day)}], [], 0],
    ['a past event with an end', [{title: 'Past', start: at(-day), end: at(-day + 1000)}], [], 0],
    ['an event in progress', [{title: 'Now', start: at(-1000), end: at(1000)}], ['Now'], 0],
    [
      'events out of order',
      [
        {title: 'C', start: at(3 * day)},
        {title: 'A', start: at(day)},
        {title: 'B', start: at(2 * day)},
      ],
      ['A', 'B', 'C'],
      0,
    ],
  ];
  for (const [name, data, titles, skipped] of cases) {
    it(name, async () => {
      let result: ReturnType<typeof parseFeed> | undefined;
      await captureWarnings(async () => {
        result = parseFeed(data, {now});
      });
      expect(result!.events.map((event) => event.title)).to.deep.equal(titles);
      expect(result!.skipped).to.equal(skipped);
    });
  }

  it('keeps the next few events only', () => {
    const many = Array.from({length: 9}, (_, index) => ({
      title: `E${index}`,
      start: at((index + 1) * day),
    }));
    expect(parseFeed(many, {now}).events).to.have.length(feedLimit);
    expect(parseFeed(many, {now, limit: 2}).events.map((event) => event.title)).to.deep.equal([
      'E0',
      'E1',
    ]);
  });

  it('trims text and reads every field', () => {
    const [event] = parseFeed(
      [
        {
          title: ' Walk ',
          start: at(day),
          end: at(2 * day),
          location: ' Park ',
          url: 'https://x.example/a',
          description: ' Bring water ',
        },
      ],
      {now},
    ).events;
    expect(event).to.deep.equal({
      title: 'Walk',
      start: new Date(at(day)),
      end: new Date(at(2 * day)),
      location: 'Park',
      url: 'https://x.example/a',
      description: 'Bring water',
    });
  });

  it('keeps an event with a hostile link but drops the link, with a warning', async () => {
    let events: ReturnType<typeof parseFeed>['events'] = [];
    const warnings = await captureWarnings(async () => {
      events = parseFeed([{title: '<b>x</b>', start: at(day), url: 'javascript:alert(1)'}], {
        now,
        source: 'hostile feed',
      }).events;
    });
    expect(events).to.have.length(1);
    expect(events[0].title).to.equal('<b>x</b>');
    expect(events[0].url).to.equal(undefined);
    expect(warnings.join()).to.contain('hostile feed');
  });

  it('refuses data that is not an array', () => {
    for (const data of [{events: []}, 'text', 3, null]) {
      expect(() => parseFeed(data, {now})).to.throw(FeedError, 'not a JSON array');
    }
  });
});

describe('events feed: parseFeedText', () => {
  it('parses JSON', () => {
    expect(parseFeedText('[{"title": "x"}]')).to.deep.equal([{title: 'x'}]);
  });
  it('refuses text that is not JSON', () => {
    expect(() => parseFeedText('[{"title": ')).to.throw(FeedError, 'not valid JSON');
  });
  it('refuses a huge feed', () => {
    expect(() => parseFeedText(`[${' '.repeat(600 * 1024)}]`)).to.throw(FeedError, 'larger');
  });
});

describe('events feed: fetchFeed', () => {
  it('fetches a feed', async () => {
    const data = (await fetchFeed(feed('valid.json'))) as unknown[];
    expect(data).to.be.an('array').with.length(3);
  });

  it('sends no cookies or credentials', async () => {
    const original = window.fetch;
    let init: RequestInit | undefined;
    window.fetch = (input, options) => {
      init = options;
      return original(input, options);
    };
    try {
      await fetchFeed(feed('valid.json'));
    } finally {
      window.fetch = original;
    }
    expect(init?.credentials).to.equal('omit');
  });

  const failures: [string, string][] = [
    [feed('missing.json'), 'HTTP 404'],
    [feed('malformed.json'), 'not valid JSON'],
    ['javascript:alert(1)', 'not an http(s) link'],
    ['http://[not a host', 'not a valid link'],
    ['http://127.0.0.1:1/feed.json', 'could not be reached'],
  ];
  for (const [src, message] of failures) {
    it(`fails clearly for ${src}`, async () => {
      const error = await thrown(() => fetchFeed(src));
      expect(error).to.be.instanceOf(FeedError);
      expect((error as Error).message).to.contain(message);
    });
  }

  it('gives up on a slow server after the timeout', async () => {
    const started = performance.now();
    const error = await thrown(() => fetchFeed(feed('slow.json'), {timeout: 300}));
    expect(error).to.be.instanceOf(FeedError);
    expect((error as Error).message).to.contain('did not answer within 300 ms');
    expect(performance.now() - started).to.be.below(2500);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = thrown(() => fetchFeed(feed('slow.json'), {signal: controller.signal}));
    controller.abort();
    const error = await pending;
    expect((error as Error | undefined)?.name).to.equal('AbortError');
    expect(error).not.to.be.instanceOf(FeedError);
  });
});

describe('events feed: inline script', () => {
  const host = (html: string) => {
    const element = document.createElement('div');
    element.innerHTML = html;
    return element;
  };
  const cases: [string, string | undefined][] = [
    ['<script type="application/json">[1]</script>', '[1]'],
    ['<p>x</p><script type=" application/json ">[]</script>', '[]'],
    ['<script type="application/ld+json">[]</script>', undefined],
    ['<script type="text/plain">[]</script>', undefined],
    ['<div><script type="application/json">[]</script></div>', undefined],
    ['', undefined],
  ];
  for (const [html, expected] of cases) {
    it(`reads ${html || 'no children'}`, () => {
      expect(inlineFeedText(host(html))).to.equal(expected);
    });
  }
});

describe('events feed: loadEvents', () => {
  const load = (options: {inline?: string; src?: string; timeout?: number; signal?: AbortSignal}) =>
    loadEvents({
      tag: 'x-test',
      inline: options.inline,
      src: options.src,
      timeout: options.timeout ?? 2000,
      signal: options.signal ?? new AbortController().signal,
    });

  it('loads nothing, silently, when nothing is configured', async () => {
    let events: unknown[] = ['not run'];
    const warnings = await captureWarnings(async () => {
      events = await load({src: '  '});
    });
    expect(events).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('prefers the inline feed and makes no request', async () => {
    const original = window.fetch;
    let requests = 0;
    window.fetch = (...args) => {
      requests++;
      return original(...args);
    };
    try {
      const events = await load({
        inline: JSON.stringify([{title: 'Inline', start: at(400 * day)}]),
        src: feed('valid.json'),
      });
      expect(events.map((event) => event.title)).to.deep.equal(['Inline']);
    } finally {
      window.fetch = original;
    }
    expect(requests).to.equal(0);
  });

  const failing: [string, {inline?: string; src?: string; timeout?: number}, string][] = [
    ['a 404', {src: feed('nothing-here.json')}, 'HTTP 404'],
    ['malformed JSON', {src: feed('malformed.json')}, 'not valid JSON'],
    [
      'wrong types',
      {src: feed('wrong-types.json')},
      'no upcoming events (5 invalid entries skipped)',
    ],
    ['past events only', {src: feed('past.json')}, 'no upcoming events'],
    ['an empty feed', {src: feed('empty.json')}, 'no upcoming events'],
    ['an object instead of an array', {src: feed('not-array.json')}, 'not a JSON array'],
    ['a slow server', {src: feed('slow.json'), timeout: 300}, 'did not answer within 300 ms'],
    ['malformed inline JSON', {inline: '[{'}, 'inline events <script> is not valid JSON'],
  ];
  for (const [name, options, message] of failing) {
    it(`gives no events and one warning for ${name}`, async () => {
      let events: unknown[] = ['not run'];
      const warnings = await captureWarnings(async () => {
        events = await load(options);
      });
      expect(events).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<x-test>').and.contain(message).and.contain('hidden');
    });
  }

  it('warns once about invalid entries and keeps the valid ones', async () => {
    let titles: string[] = [];
    const warnings = await captureWarnings(async () => {
      titles = (await load({src: feed('mixed.json')})).map((event) => event.title);
    });
    expect(titles).to.deep.equal(['Recovery brunch', 'Open mic, alcohol-free']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('8 invalid entries');
  });

  it('gives nothing, silently, when aborted', async () => {
    const controller = new AbortController();
    let events: unknown[] = ['not run'];
    const warnings = await captureWarnings(async () => {
      const pending = load({src: feed('slow.json?aborted'), signal: controller.signal});
      controller.abort();
      events = await pending;
    });
    expect(events).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });
});
