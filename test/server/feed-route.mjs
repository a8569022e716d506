// Answers /test-endpoint/feed/ for the browser tests: event feeds for <iop-sober-tips>, good and
// bad. Dates are relative to the time of the request, so upcoming events stay upcoming.
const hour = 60 * 60 * 1000;
const day = 24 * hour;
const at = (offset) => new Date(Date.now() + offset).toISOString();

/** How long /slow.json waits before it answers, in milliseconds. */
export const slowFeedDelay = 3000;

const feeds = {
  'valid.json': () => [
    {
      title: 'Alcohol-free game night',
      start: at(5 * day),
      location: 'Harbor Recovery, room 2',
      description: 'Board games, snacks and mocktails.',
    },
    {
      title: 'Sober picnic in the park',
      start: at(2 * day),
      end: at(2 * day + 3 * hour),
      location: 'Riverside Park',
      url: 'https://clinic.example/events/picnic',
    },
    {title: 'Morning walk group', start: at(9 * day)},
  ],
  // Two good entries among entries of the wrong shape.
  'mixed.json': () => [
    {title: 'Recovery brunch', start: at(3 * day)},
    {title: 42, start: at(1 * day)},
    {title: 'No start'},
    {title: 'Bad start', start: 'next Tuesday'},
    {title: 'Date only', start: '2099-01-01'},
    {title: 'Bad location', start: at(1 * day), location: 7},
    {title: 'Ends before it starts', start: at(2 * day), end: at(1 * day)},
    'not an object',
    null,
    {title: 'Open mic, alcohol-free', start: at(4 * day), url: 'mailto:events@clinic.example'},
  ],
  'wrong-types.json': () => [
    {title: 1, start: at(day)},
    {title: 'Bad end', start: at(day), end: 12},
    {title: ['array'], start: at(day)},
    {title: 'Bad url', start: at(day), url: {href: 'https://clinic.example/'}},
    {title: 'Bad description', start: at(day), description: false},
  ],
  'hostile.json': () => [
    {
      title: '<script>window.hacked = true</script><img src=x onerror="window.hacked = true">',
      start: at(day),
      url: 'javascript:window.hacked = true',
      location: '<b>bold</b>',
      description: '<a href="javascript:alert(1)">click</a>',
    },
  ],
  'past.json': () => [
    {title: 'Last week', start: at(-7 * day)},
    {title: 'Yesterday', start: at(-day), end: at(-day + 2 * hour)},
  ],
  'past-and-future.json': () => [
    {title: 'Last week', start: at(-7 * day)},
    {title: 'Happening now', start: at(-hour), end: at(hour)},
    {title: 'Next week', start: at(7 * day)},
  ],
  'many.json': () =>
    [8, 3, 6, 1, 7, 2, 5, 4].map((n) => ({title: `Event ${n}`, start: at(n * day)})),
  'not-array.json': () => ({events: [{title: 'Wrapped', start: at(day)}]}),
  'empty.json': () => [],
};

export async function feedRoute(context) {
  const name = context.path.slice('/test-endpoint/feed/'.length);
  context.set('Cache-Control', 'no-store');
  if (name === 'malformed.json') {
    context.type = 'application/json';
    context.body = '[{"title": "Unfinished", "start": ';
    return;
  }
  if (name === 'slow.json') {
    await new Promise((resolve) => setTimeout(resolve, slowFeedDelay));
    context.type = 'application/json';
    context.body = JSON.stringify(feeds['valid.json']());
    return;
  }
  const feed = feeds[name];
  if (!feed) {
    context.status = 404;
    context.body = 'not found';
    return;
  }
  context.type = 'application/json';
  context.body = JSON.stringify(feed());
}
