// The sober tips' lazily loaded code, in a page of its own (so nothing has loaded it yet): the
// plan's export code arrives after the first render, when the page is idle, and the feed reader
// only for a widget with a feed. Once it is there, exporting works without a connection. The
// tests run in order: each one builds on what the page has loaded before it.
import {expect, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/widgets/sober-tips/define.js';
import type {IopSoberTips} from '../src/widgets/sober-tips/sober-tips.js';
import {render, watchFetches} from './helpers.js';
import {
  $,
  afterIdle,
  button,
  feed,
  fill,
  stubClipboard,
  stubDownloads,
  watchWarnings,
} from './sober-tips-helpers.js';

const exportCode = '/sober-tips/plan-export.';
const feedReader = '/sober-tips/events-feed.';

describe('<iop-sober-tips>: code loaded after the first render', () => {
  afterEach(() => executeServerCommand('lose-connection', {paths: []}));

  it('fetches neither the export code nor the feed reader without a plan or a feed', async () => {
    const fetches = watchFetches();
    const el = await render<IopSoberTips>(html`<iop-sober-tips hide-plan></iop-sober-tips>`);
    await afterIdle();
    fetches.stop();
    expect(fetches.find(exportCode)).to.equal(undefined);
    expect(fetches.find(feedReader)).to.equal(undefined);
    el.remove();
  });

  it('fetches the export code when idle after the first render; then exports offline', async () => {
    const fetches = watchFetches();
    const el = document.createElement('iop-sober-tips');
    document.body.append(el);
    await el.updateComplete;
    const renderedAt = performance.now();
    await waitUntil(() => fetches.find(exportCode), 'the export code is fetched', {timeout: 5000});
    fetches.stop();
    expect(fetches.find(exportCode)!.startTime).to.be.at.least(renderedAt);
    expect(fetches.find(feedReader)).to.equal(undefined);
    // The same module the widget asked for: this waits for it, and everything it imports.
    await import('../src/widgets/sober-tips/plan-export.js');

    await executeServerCommand('lose-connection', {paths: ['/src/', '/node_modules/']});
    await fill(el, 'event', 'Game night');
    await fill(el, 'start', '2031-02-01T19:00');
    const clipboard = stubClipboard();
    const downloads = stubDownloads();
    const events: unknown[] = [];
    el.addEventListener('iop-plan-export', (event) => events.push(event.detail));
    try {
      button(el, 'Copy as text').click();
      await waitUntil(() => events.length > 0, 'the plan is copied');
      button(el, 'Add to my calendar (.ics)').click();
      await waitUntil(() => events.length > 1, 'the calendar file is saved');
    } finally {
      clipboard.restore();
      downloads.restore();
    }
    expect(events).to.deep.equal([{format: 'text'}, {format: 'ics'}]);
    expect(clipboard.written[0]).to.contain('Event: Game night');
    expect(await downloads.blobs[0].text()).to.contain('SUMMARY:Game night');
    expect($(el, '[part="plan"] .notice')!.textContent).to.contain('Saved my-plan.ics');
    el.remove();
  });

  it('fetches the feed reader for a widget with a feed, with no warning', async () => {
    const fetches = watchFetches();
    const watch = watchWarnings();
    try {
      const el = await render<IopSoberTips>(
        html`<iop-sober-tips events-src=${feed('valid.json')}></iop-sober-tips>`,
      );
      await waitUntil(() => $(el, '[part="events"]'), 'the events are shown', {timeout: 5000});
      el.remove();
    } finally {
      fetches.stop();
      watch.stop();
    }
    expect(fetches.find(feedReader)).not.to.equal(undefined);
    expect(watch.warnings).to.deep.equal([]);
  });
});
