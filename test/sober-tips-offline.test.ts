// The sober tips when its lazily loaded code cannot be fetched (the visitor went offline before
// the page was idle), in a page of its own, so nothing has loaded that code yet: a kind message,
// one console warning for the page author, no uncaught error, and nothing the visitor typed lost.
// The tests run in order, on one widget that cannot reach that code.
import {aTimeout, expect, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/widgets/sober-tips/define.js';
import type {IopSoberTips} from '../src/widgets/sober-tips/sober-tips.js';
import {render, useDarkTheme, watchRejections} from './helpers.js';
import {
  $,
  afterIdle,
  button,
  feed,
  field,
  fill,
  stubClipboard,
  stubDownloads,
  watchWarnings,
} from './sober-tips-helpers.js';

const cannotLoad = 'part of this page could not load';

describe('<iop-sober-tips>: code that cannot be fetched', () => {
  let el: IopSoberTips;
  let clipboard: ReturnType<typeof stubClipboard>;
  const events: unknown[] = [];

  before(async () => {
    await executeServerCommand('lose-connection', {
      paths: ['/sober-tips/plan-export.', '/sober-tips/events-feed.'],
    });
    el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    el.addEventListener('iop-plan-export', (event) => events.push(event.detail));
    clipboard = stubClipboard();
  });
  after(async () => {
    clipboard.restore();
    el.remove();
    await executeServerCommand('lose-connection', {paths: []});
  });

  it('says kindly that exporting did not work, keeps the plan, and warns once', async () => {
    const watch = watchWarnings();
    const rejections = watchRejections();
    const downloads = stubDownloads();
    try {
      await fill(el, 'event', 'Game night');
      await fill(el, 'drink', 'Lime soda');
      button(el, 'Copy as text').click();
      await waitUntil(() => $(el, '[part="plan"] .notice.error'), 'a message', {timeout: 5000});
      expect($(el, '[part="plan"] .notice')!.textContent)
        .to.contain(cannotLoad)
        .and.contain('Your plan is still here')
        .and.contain('print your plan');
      await waitUntil(
        () => $(el, '[role="status"]')!.textContent!.includes(cannotLoad),
        'the message is announced',
      );

      await fill(el, 'start', '2031-02-01T19:00');
      button(el, 'Add to my calendar (.ics)').click();
      await el.updateComplete;
      await waitUntil(() => $(el, '[part="plan"] .notice.error'), 'a message', {timeout: 5000});
      expect($(el, '[part="plan"] .notice')!.textContent).to.contain(cannotLoad);
      // The idle fetch after the first render has failed too by now.
      await afterIdle();
    } finally {
      downloads.restore();
      rejections.stop();
      watch.stop();
    }
    expect(field(el, 'event').value).to.equal('Game night');
    expect(field(el, 'drink').value).to.equal('Lime soda');
    expect(clipboard.written).to.deep.equal([]);
    expect(downloads.clicked).to.deep.equal([]);
    expect(events).to.deep.equal([]);
    expect(watch.warnings).to.have.length(1);
    expect(watch.warnings[0]).to.match(
      /^iop-widgets lazy-load-failed: <iop-sober-tips> plan export could not be/,
    );
    expect(rejections.reasons).to.deep.equal([]);
    await expect(el).to.be.accessible();
    useDarkTheme(el);
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.style.removeProperty('--iop-color-scheme');
  });

  it('hides only the events, with one warning, when the feed reader cannot be fetched', async () => {
    const watch = watchWarnings();
    const rejections = watchRejections();
    let other: IopSoberTips | undefined;
    try {
      other = await render<IopSoberTips>(
        html`<iop-sober-tips events-src=${feed('valid.json')}></iop-sober-tips>`,
      );
      await waitUntil(() => watch.warnings.length > 0, 'a warning', {timeout: 5000});
      await aTimeout(100);
    } finally {
      rejections.stop();
      watch.stop();
    }
    expect($(other, '[part="events"]')).to.equal(null);
    expect($(other, '[part="plan"]')).not.to.equal(null);
    expect(watch.warnings).to.have.length(1);
    expect(watch.warnings[0]).to.contain('<iop-sober-tips> events feed reader could not be loaded');
    expect(rejections.reasons).to.deep.equal([]);
    other.remove();
  });

  it('still prints the plan, as its message offers', async () => {
    const original = window.print;
    let printed = 0;
    window.print = () => printed++;
    try {
      button(el, 'Print my plan').click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    expect(events).to.deep.equal([{format: 'print'}]);
    expect($(el, '.plan-print')!.textContent).to.contain('Game night').and.contain('Lime soda');
  });
});
