import {aTimeout, expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/widgets/sober-tips/define.js';
import type {IopSoberTips} from '../src/widgets/sober-tips/sober-tips.js';
import {emptyPlan} from '../src/widgets/sober-tips/plan.js';
import {parseIcs} from '../src/widgets/sober-tips/ics.js';
import {planToText} from '../src/widgets/sober-tips/plan-export.js';
import {occasions, phases, refusalLines, tips, tipsFor} from '../src/widgets/sober-tips/tips.js';
import {
  render,
  shadow,
  useDarkTheme,
  usePageLanguage,
  visibleText,
  withoutIsolates,
  withRightToLeft,
} from './helpers.js';
import {
  $,
  $$,
  button,
  feed,
  field,
  fill,
  stubClipboard,
  stubDownloads,
  watchWarnings,
} from './sober-tips-helpers.js';

const shownTips = (el: Element) =>
  $$(el, '[part="tip"] > span').map((span) => span.textContent!.trim());
const radio = (el: Element, value: string) =>
  $<HTMLInputElement>(el, `input[name="occasion"][value="${value}"]`)!;

/** Renders a widget whose feed fails, and returns it with the warnings it gave. */
async function failingFeed(template: ReturnType<typeof html>) {
  const watch = watchWarnings();
  try {
    const el = await render<IopSoberTips>(template);
    await waitUntil(() => watch.warnings.length > 0, 'a warning', {timeout: 5000});
    await aTimeout(50);
    return {el, warnings: watch.warnings};
  } finally {
    watch.stop();
  }
}

const eventsShown = (el: Element) =>
  waitUntil(() => $(el, '[part="events"]'), 'events', {timeout: 5000});

async function expectAccessibleEverywhere(el: IopSoberTips) {
  await expect(el).to.be.accessible();
  useDarkTheme(el);
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.style.removeProperty('--iop-color-scheme');
}

describe('<iop-sober-tips>: content', () => {
  it('has at least 36 tips with unique ids, for every occasion and phase', () => {
    expect(tips.length).to.be.at.least(36);
    expect(new Set(tips.map((tip) => tip.id)).size).to.equal(tips.length);
    for (const occasion of occasions) {
      for (const phase of phases) {
        expect(tipsFor(occasion, phase), `${occasion} ${phase}`).to.have.length.above(0);
      }
    }
  });

  it('gives no cut-back advice, which is for moderating, not for recovery', () => {
    const words = [
      ...tips.map((tip) => tip.text()),
      ...refusalLines.map((line) => line.text()),
    ].join(' ');
    expect(words).not.to.match(
      /pace and space|space your drinks|count(ing)? (your )?drinks|cut (back|down)|drink-free days|one drink|alternate/i,
    );
  });

  it('offers honest and cover refusal lines, including the sourced ones', () => {
    const lines = refusalLines.map((line) => line.text());
    for (const line of ['No, thanks!', 'I’m driving.', 'I feel better when I don’t drink.']) {
      expect(lines).to.include(line);
    }
    expect(refusalLines.some((line) => line.style === 'honest')).to.equal(true);
    expect(refusalLines.some((line) => line.style === 'cover')).to.equal(true);
  });
});

describe('<iop-sober-tips>: occasions', () => {
  it('renders the party tips by default, grouped before, during and after', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    expect(radio(el, 'party').checked).to.equal(true);
    expect($$(el, '[part="tips"] h4').map((h) => h.textContent!.trim())).to.deep.equal([
      'Before you go',
      'While you are there',
      'Afterwards',
    ]);
    const lists = $$(el, '[part="tips"] ul');
    phases.forEach((phase, index) => {
      const texts = [...lists[index].querySelectorAll('li > span')].map((span) =>
        span.textContent!.trim(),
      );
      expect(texts).to.deep.equal(tipsFor('party', phase).map((tip) => tip.text()));
    });
    await expectAccessibleEverywhere(el);
  });

  for (const occasion of occasions) {
    it(`shows the ${occasion} tips and hides the others`, async () => {
      const el = await render<IopSoberTips>(
        html`<iop-sober-tips occasion=${occasion}></iop-sober-tips>`,
      );
      expect(radio(el, occasion).checked).to.equal(true);
      const shown = shownTips(el);
      expect(shown).to.deep.equal(tipsFor(occasion).map((tip) => tip.text()));
      for (const tip of tips.filter((t) => !t.occasions.includes(occasion))) {
        expect(shown, tip.id).not.to.include(tip.text());
      }
      await expectAccessibleEverywhere(el);
    });
  }

  it('falls back to parties with one warning for an unknown occasion', async () => {
    const watch = watchWarnings();
    let el: IopSoberTips;
    try {
      el = await render<IopSoberTips>(html`<iop-sober-tips occasion="rave"></iop-sober-tips>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      watch.stop();
    }
    expect(radio(el!, 'party').checked).to.equal(true);
    expect(shownTips(el!)).to.deep.equal(tipsFor('party').map((tip) => tip.text()));
    expect(watch.warnings).to.have.length(1);
    expect(watch.warnings[0]).to.contain('rave');
  });

  it('fires iop-occasion-change when the visitor picks, not when a property changes', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    const events: string[] = [];
    el.addEventListener('iop-occasion-change', (event) => events.push(event.detail.occasion));
    el.occasion = 'date';
    await el.updateComplete;
    expect(radio(el, 'date').checked).to.equal(true);
    expect(events).to.deep.equal([]);
    setTimeout(() => radio(el, 'wedding').click());
    const event = await oneEvent(el, 'iop-occasion-change');
    expect(event.detail).to.deep.equal({occasion: 'wedding'});
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(shownTips(el)).to.deep.equal(tipsFor('wedding').map((tip) => tip.text()));
    expect($(el, '#tips-heading')!.textContent).to.contain('Wedding');
  });
});

describe('<iop-sober-tips>: refusal lines', () => {
  it('copies a line to the clipboard and says so', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    const clipboard = stubClipboard();
    try {
      $<HTMLButtonElement>(el, '#copy-no-thanks')!.click();
      await waitUntil(() => clipboard.written.length === 1);
    } finally {
      clipboard.restore();
    }
    expect(clipboard.written).to.deep.equal(['No, thanks!']);
    await el.updateComplete;
    expect($(el, '[part="lines"] .notice')!.textContent).to.contain('Copied.');
    await waitUntil(() => $(el, '[role="status"]')!.textContent!.includes('Copied.'));
    await expectAccessibleEverywhere(el);
  });

  it('names each copy button after its line', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    const copy = $<HTMLButtonElement>(el, '#copy-driving')!;
    const ids = copy.getAttribute('aria-labelledby')!.split(' ');
    const name = ids.map((id) => shadow(el).getElementById(id)!.textContent!.trim()).join(' ');
    expect(name).to.equal('Copy I’m driving.');
  });

  it('selects the line and explains when copying fails', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    const clipboard = stubClipboard(false);
    try {
      $<HTMLButtonElement>(el, '#copy-feel-better')!.click();
      await waitUntil(() => $(el, '[part="lines"] .notice.error'));
    } finally {
      clipboard.restore();
    }
    expect($(el, '[part="lines"] .notice')!.textContent).to.contain('press Ctrl+C');
    const selection = getSelection()!;
    expect(selection.rangeCount).to.equal(1);
    expect(selection.getRangeAt(0).toString()).to.equal('I feel better when I don’t drink.');
    await expectAccessibleEverywhere(el);
    selection.removeAllRanges();
  });

  it('puts a line into the plan', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    $<HTMLButtonElement>(el, '#use-have-soda')!.click();
    await el.updateComplete;
    expect(field(el, 'line').value).to.equal('I have a soda, thanks.');
  });
});

describe('<iop-sober-tips>: my plan', () => {
  let clipboard: ReturnType<typeof stubClipboard>;
  afterEach(() => clipboard?.restore());

  async function filledPlan() {
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips occasion="wedding"></iop-sober-tips>`,
    );
    await fill(el, 'event', 'Jo & Sam’s wedding, 🎉 at the lake; “bring shoes”');
    await fill(el, 'start', '2031-09-20T15:30');
    await fill(el, 'drink', 'Ginger ale, lots of ice');
    await fill(el, 'support', 'Alex (sponsor) 555-0100');
    await fill(el, 'line', 'No, thanks!');
    await fill(el, 'leave', '20:00');
    await fill(el, 'home', 'I drive myself\\back roads');
    $<HTMLButtonElement>(el, '#add-toast')!.click();
    $<HTMLButtonElement>(el, '#add-drink-in-hand')!.click();
    await el.updateComplete;
    return el;
  }

  it('adds and removes tips with toggle buttons', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    const add = $<HTMLButtonElement>(el, '#add-plan-b')!;
    expect(add.getAttribute('aria-pressed')).to.equal('false');
    expect(visibleText(el)).to.contain('No tips yet');
    add.click();
    await el.updateComplete;
    expect(add.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '#chosen-plan-b')!.textContent).to.equal(
      tips.find((t) => t.id === 'plan-b')!.text(),
    );
    add.click();
    await el.updateComplete;
    expect(add.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '#chosen-plan-b')).to.equal(null);
  });

  it('removes a tip from the plan itself and moves focus to the list heading', async () => {
    const el = await filledPlan();
    $<HTMLButtonElement>(el, '#remove-toast')!.click();
    await el.updateComplete;
    expect($(el, '#chosen-toast')).to.equal(null);
    expect($<HTMLButtonElement>(el, '#add-toast')!.getAttribute('aria-pressed')).to.equal('false');
    expect(shadow(el).activeElement?.id).to.equal('chosen-heading');
  });

  it('is accessible filled in, light and dark', async () => {
    const el = await filledPlan();
    await expectAccessibleEverywhere(el);
  });

  it('copies the plan as text and fires iop-plan-export', async () => {
    const el = await filledPlan();
    clipboard = stubClipboard();
    setTimeout(() => button(el, 'Copy as text').click());
    const event = await oneEvent(el, 'iop-plan-export');
    expect(event.detail).to.deep.equal({format: 'text'});
    await waitUntil(() => clipboard.written.length === 1);
    const text = clipboard.written[0];
    for (const part of [
      'My plan',
      'Event: Jo & Sam’s wedding, 🎉 at the lake; “bring shoes”',
      'My alcohol-free drink: Ginger ale, lots of ice',
      'Who I will text or call: Alex (sponsor) 555-0100',
      'My line if someone offers me a drink: No, thanks!',
      'How I will get home: I drive myself\\back roads',
      '- For the toasts, raise your own alcohol-free drink with everyone else.',
      '- Keep an alcohol-free drink in your hand.',
    ]) {
      expect(text).to.contain(part);
    }
    expect(text).to.contain('2031');
    await el.updateComplete;
    expect($(el, '[part="plan"] .notice')!.textContent).to.contain('Copied.');
    await expectAccessibleEverywhere(el);
  });

  it('shows the plan selected for copying by hand when the clipboard fails', async () => {
    const el = await filledPlan();
    clipboard = stubClipboard(false);
    const events: unknown[] = [];
    el.addEventListener('iop-plan-export', (event) => events.push(event.detail));
    button(el, 'Copy as text').click();
    await waitUntil(() => $(el, '#plan-text'));
    await el.updateComplete;
    const area = $<HTMLTextAreaElement>(el, '#plan-text')!;
    expect(area.value).to.contain('Ginger ale, lots of ice');
    expect(shadow(el).activeElement).to.equal(area);
    expect(area.selectionStart).to.equal(0);
    expect(area.selectionEnd).to.equal(area.value.length);
    expect($(el, '[part="plan"] .notice.error')!.textContent).to.contain('press Ctrl+C');
    expect(events).to.deep.equal([]);
    await expectAccessibleEverywhere(el);
  });

  it('prints only the plan, through the browser', async () => {
    const el = await filledPlan();
    const original = window.print;
    let printed = 0;
    window.print = () => printed++;
    try {
      setTimeout(() => button(el, 'Print my plan').click());
      const event = await oneEvent(el, 'iop-plan-export');
      expect(event.detail).to.deep.equal({format: 'print'});
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    const view = $(el, '.plan-print')!;
    expect(view.textContent).to.contain('Ginger ale, lots of ice');
    expect(view.textContent).to.contain('For the toasts');
    const sheet = [...shadow(el).adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules])
      .map((r) => r.cssText)
      .join('\n');
    expect(sheet).to.match(/@media print/);
  });

  it('asks for something in the plan before printing or copying an empty one', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    const original = window.print;
    let printed = 0;
    window.print = () => printed++;
    const events: unknown[] = [];
    el.addEventListener('iop-plan-export', (event) => events.push(event.detail));
    try {
      button(el, 'Print my plan').click();
      await el.updateComplete;
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(0);
    expect(events).to.deep.equal([]);
    expect($(el, '[part="plan"] .notice.error')!.textContent).to.contain('Your plan is empty');
    await expectAccessibleEverywhere(el);
  });

  it('asks for the date before saving a calendar file', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    await fill(el, 'event', 'Game night');
    const events: unknown[] = [];
    el.addEventListener('iop-plan-export', (event) => events.push(event.detail));
    button(el, 'Add to my calendar (.ics)').click();
    await waitUntil(() => shadow(el).activeElement === field(el, 'start'));
    const start = field(el, 'start');
    expect(start.getAttribute('aria-invalid')).to.equal('true');
    const error = shadow(el).getElementById(start.getAttribute('aria-describedby')!)!;
    expect(error.textContent).to.contain('Add the date and time');
    // The field is marked too: a border of the error's colour, thicker than the others'.
    const border = (input: HTMLElement) => getComputedStyle(input).borderInlineStartColor;
    const danger = getComputedStyle(error).color;
    expect(border(start)).to.equal(danger);
    expect(getComputedStyle(start).borderInlineStartWidth).to.equal('2px');
    expect(events).to.deep.equal([]);
    await expectAccessibleEverywhere(el);
    await fill(el, 'start', '2031-01-01T18:00');
    expect(start.hasAttribute('aria-invalid')).to.equal(false);
    expect(border(start)).to.not.equal(danger);
  });

  it('downloads a calendar file that parses back to the plan, then frees it', async () => {
    const el = await filledPlan();
    await fill(el, 'reminder', '1440');
    const downloads = stubDownloads();
    const {blobs, revoked, clicked} = downloads;
    try {
      setTimeout(() => button(el, 'Add to my calendar (.ics)').click());
      const event = await oneEvent(el, 'iop-plan-export');
      expect(event.detail).to.deep.equal({format: 'ics'});
      await waitUntil(() => revoked.length === 1, 'the link is revoked', {timeout: 3000});
    } finally {
      downloads.restore();
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0].download).to.equal('my-plan.ics');
    expect(revoked).to.deep.equal([clicked[0].href]);
    expect(clicked[0].isConnected).to.equal(false);
    expect(blobs[0].type).to.contain('text/calendar');
    const ics = await blobs[0].text();
    expect(ics).to.contain('\r\n');
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const vevent = parseIcs(ics).components[0];
    const value = (name: string) => vevent.properties.find((p) => p.name === name)?.value;
    const utc = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    expect(value('SUMMARY')).to.equal('Jo & Sam’s wedding, 🎉 at the lake; “bring shoes”');
    expect(value('DTSTART')).to.equal(utc(new Date(2031, 8, 20, 15, 30)));
    expect(value('DTEND')).to.equal(utc(new Date(2031, 8, 20, 20, 0)));
    expect(value('DESCRIPTION'))
      .to.contain('Ginger ale, lots of ice')
      .and.contain('I drive myself\\back roads');
    expect(vevent.components[0].properties.find((p) => p.name === 'TRIGGER')?.value).to.equal(
      '-PT1440M',
    );
    expect(value('UID')).to.match(/^[0-9a-f]{32}@iop-widgets$/);
    expect($(el, '[part="plan"] .notice')!.textContent).to.contain('my-plan.ics');
    await expectAccessibleEverywhere(el);
  });

  it('starts one export for a double click', async () => {
    const el = await filledPlan();
    clipboard = stubClipboard();
    const downloads = stubDownloads();
    const events: unknown[] = [];
    el.addEventListener('iop-plan-export', (event) => events.push(event.detail));
    try {
      const copy = button(el, 'Copy as text');
      copy.click();
      copy.click();
      await waitUntil(() => events.length > 0, 'the plan is copied');
      const save = button(el, 'Add to my calendar (.ics)');
      save.click();
      save.click();
      await waitUntil(() => events.length > 1, 'the calendar file is saved');
      await aTimeout(100);
    } finally {
      downloads.restore();
    }
    expect(events).to.deep.equal([{format: 'text'}, {format: 'ics'}]);
    expect(clipboard.written).to.have.length(1);
    expect(downloads.clicked).to.have.length(1);
  });

  it('keeps the plan in the page only: no storage, no cookies', async () => {
    const snapshot = () =>
      JSON.stringify([{...localStorage}, {...sessionStorage}, document.cookie]);
    const before = snapshot();
    const el = await filledPlan();
    clipboard = stubClipboard();
    button(el, 'Copy as text').click();
    await waitUntil(() => clipboard.written.length === 1);
    expect(snapshot()).to.equal(before);
    expect($(el, 'form')!.getAttribute('autocomplete')).to.equal('off');
  });

  it('hides the plan and its buttons with hide-plan', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips hide-plan></iop-sober-tips>`);
    expect($(el, '[part="plan"]')).to.equal(null);
    expect($$(el, '[aria-pressed]')).to.have.length(0);
    expect($$(el, '[id^="use-"]')).to.have.length(0);
    expect($$(el, '[id^="copy-"]')).to.have.length(refusalLines.length);
    expect(shownTips(el)).to.deep.equal(tipsFor('party').map((tip) => tip.text()));
    await expectAccessibleEverywhere(el);
    el.hidePlan = false;
    await el.updateComplete;
    expect($(el, '[part="plan"]')!).not.to.equal(null);
  });
});

describe('<iop-sober-tips>: keyboard', () => {
  it('counts the tips in the plan as they are toggled, and its link takes focus to the plan', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    const count = () => $(el, '.plan-count .count')!.textContent?.trim();
    expect(count()).to.equal('No tips in your plan yet');
    expect($(el, '.plan-count .count')!.getAttribute('aria-live')).to.equal('polite');
    const [first, second] = tipsFor('party');
    $(el, `#add-${first.id}`)!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect($(el, `#add-${first.id}`)!.getAttribute('aria-pressed')).to.equal('true');
    expect(count()).to.equal('1 tip in your plan');
    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement?.id).to.equal(`add-${second.id}`);
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(count()).to.equal('2 tips in your plan');
    await expect(el).to.be.accessible();
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(count()).to.equal('1 tip in your plan');

    $(el, '.plan-count a')!.focus();
    await sendKeys({press: 'Enter'});
    expect(shadow(el).activeElement?.id).to.equal('plan-heading');
    expect($$(el, '.plan > .list > li')!).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('the add toggle is named by its action and its tip, and is at least 24 by 24 pixels', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    const [first] = tipsFor('party');
    const toggle = $(el, `#add-${first.id}`)!;
    expect(toggle.getAttribute('aria-labelledby')).to.equal(`add-${first.id} tip-${first.id}`);
    expect(toggle.querySelector('.mark')?.getAttribute('aria-hidden')).to.equal('true');
    const box = toggle.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });

  it('chooses an occasion with arrows, adds a tip and copies the plan without a mouse', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    const occasionsSeen: string[] = [];
    el.addEventListener('iop-occasion-change', (event) =>
      occasionsSeen.push(event.detail.occasion),
    );
    radio(el, 'party').focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(occasionsSeen).to.deep.equal(['work-event']);
    expect(radio(el, 'work-event').checked).to.equal(true);
    expect(shownTips(el)).to.deep.equal(tipsFor('work-event').map((tip) => tip.text()));

    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Go to my plan');
    await sendKeys({press: 'Tab'});
    const first = tipsFor('work-event')[0];
    expect(shadow(el).activeElement?.id).to.equal(`add-${first.id}`);
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('aria-pressed')).to.equal('true');

    field(el, 'event').focus();
    await sendKeys({type: 'Team dinner'});
    await el.updateComplete;
    expect(field(el, 'event').value).to.equal('Team dinner');

    const clipboard = stubClipboard();
    try {
      button(el, 'Copy as text').focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => clipboard.written.length === 1);
    } finally {
      clipboard.restore();
    }
    expect(clipboard.written[0]).to.contain('Event: Team dinner').and.contain(first.text());
  });
});

describe('<iop-sober-tips>: events feed', () => {
  it('shows the next events, sorted, with dates in the visitor’s language', async () => {
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips events-src=${feed('valid.json')}></iop-sober-tips>`,
    );
    await eventsShown(el);
    const items = $$(el, '[part="event"]');
    expect(items.map((item) => item.querySelector('h4')!.textContent!.trim())).to.deep.equal([
      'Sober picnic in the park',
      'Alcohol-free game night',
      'Morning walk group',
    ]);
    const format = new Intl.DateTimeFormat('en', {dateStyle: 'full', timeStyle: 'short'});
    const times = $$<HTMLTimeElement>(el, '[part="event"] time');
    const start = new Date(times[1].dateTime);
    expect(times[1].textContent!.trim()).to.equal(format.format(start));
    const link = items[0].querySelector('a')!;
    expect(link.href).to.equal('https://clinic.example/events/picnic');
    expect(items[1].querySelector('a')).to.equal(null);
    expect(items[1].textContent).to.contain('Harbor Recovery, room 2').and.contain('Board games');
    expect($(el, '#events-heading')!.textContent).to.contain('Our alcohol-free events');
    await expectAccessibleEverywhere(el);
  });

  it('names the clinic in the heading', async () => {
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips
        clinic-name="Harbor Recovery"
        events-src=${feed('valid.json?named')}
      ></iop-sober-tips>`,
    );
    await eventsShown(el);
    expect(withoutIsolates($(el, '#events-heading')!.textContent!.trim())).to.equal(
      'Alcohol-free events at Harbor Recovery',
    );
  });

  it('fills the plan from an event', async () => {
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips events-src=${feed('valid.json?plan')}></iop-sober-tips>`,
    );
    await eventsShown(el);
    const start = new Date($<HTMLTimeElement>(el, '[part="event"] time')!.dateTime);
    $<HTMLButtonElement>(el, '#plan-event-0')!.click();
    await waitUntil(() => shadow(el).activeElement?.id === 'plan-heading');
    expect(field(el, 'event').value).to.equal('Sober picnic in the park');
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(field(el, 'start').value).to.equal(
      `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}T${pad(start.getHours())}:${pad(start.getMinutes())}`,
    );
  });

  it('keeps valid entries and skips invalid ones, with one warning', async () => {
    const watch = watchWarnings();
    let el: IopSoberTips;
    try {
      el = await render<IopSoberTips>(
        html`<iop-sober-tips events-src=${feed('mixed.json')}></iop-sober-tips>`,
      );
      await eventsShown(el);
    } finally {
      watch.stop();
    }
    expect($$(el, '[part="event"] h4').map((h) => h.textContent!.trim())).to.deep.equal([
      'Recovery brunch',
      'Open mic, alcohol-free',
    ]);
    expect(watch.warnings).to.have.length(1);
    expect(watch.warnings[0]).to.contain('8 invalid entries');
  });

  it('drops past events and shows at most five', async () => {
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips events-src=${feed('past-and-future.json')}></iop-sober-tips>`,
    );
    await eventsShown(el);
    expect($$(el, '[part="event"] h4').map((h) => h.textContent!.trim())).to.deep.equal([
      'Happening now',
      'Next week',
    ]);
    const many = await render<IopSoberTips>(
      html`<iop-sober-tips events-src=${feed('many.json')}></iop-sober-tips>`,
    );
    await eventsShown(many);
    expect($$(many, '[part="event"] h4').map((h) => h.textContent!.trim())).to.deep.equal([
      'Event 1',
      'Event 2',
      'Event 3',
      'Event 4',
      'Event 5',
    ]);
  });

  it('renders hostile text as text, with no link', async () => {
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips events-src=${feed('hostile.json')}></iop-sober-tips>`,
    );
    const watch = watchWarnings();
    try {
      await eventsShown(el);
    } finally {
      watch.stop();
    }
    const item = $(el, '[part="event"]')!;
    expect(item.querySelector('h4')!.textContent).to.contain(
      '<script>window.hacked = true</script>',
    );
    expect(item.querySelectorAll('a, script, img, b')).to.have.length(0);
    expect(item.textContent)
      .to.contain('<b>bold</b>')
      .and.contain('<a href="javascript:alert(1)">click</a>');
    expect((window as unknown as {hacked?: boolean}).hacked).to.equal(undefined);
    await expectAccessibleEverywhere(el);
  });

  const failing = [
    {name: 'a 404', file: 'missing.json', message: 'HTTP 404'},
    {name: 'malformed JSON', file: 'malformed.json', message: 'not valid JSON'},
    {name: 'wrong types', file: 'wrong-types.json', message: 'no upcoming events'},
    {name: 'past events only', file: 'past.json', message: 'no upcoming events'},
    {
      name: 'a slow server',
      file: 'slow.json',
      message: 'did not answer within 300 ms',
      timeout: 300,
    },
  ];
  for (const {name, file, message, timeout} of failing) {
    it(`hides the events, and only them, after ${name}`, async () => {
      const {el, warnings} = await failingFeed(
        html`<iop-sober-tips
          events-src=${feed(`${file}?widget`)}
          .feedTimeout=${timeout ?? 8000}
        ></iop-sober-tips>`,
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(message).and.contain('events section is hidden');
      expect($(el, '[part="events"]')).to.equal(null);
      expect(shownTips(el)).to.deep.equal(tipsFor('party').map((tip) => tip.text()));
      expect($(el, '[part="plan"]')).not.to.equal(null);
      expect($(el, '[part="lines"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('reads feed-timeout from its attribute', async () => {
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips feed-timeout="1500"></iop-sober-tips>`,
    );
    expect(el.feedTimeout).to.equal(1500);
  });

  it('reads an inline JSON script without any request', async () => {
    const original = window.fetch;
    let requests = 0;
    window.fetch = (...args) => (requests++, original(...args));
    const soon = new Date(Date.now() + 3 * 864e5).toISOString();
    try {
      const el = await render<IopSoberTips>(
        html`<iop-sober-tips>
          <script type="application/json">
            [{"title": "Inline coffee morning", "start": "${soon}", "location": "Front room"}]
          </script>
        </iop-sober-tips>`,
      );
      await eventsShown(el);
      expect($(el, '[part="event"]')!.textContent)
        .to.contain('Inline coffee morning')
        .and.contain('Front room');
      // A page that changes the script later is followed.
      el.querySelector('script')!.textContent = JSON.stringify([{title: 'Changed', start: soon}]);
      await waitUntil(() => $(el, '[part="event"] h4')?.textContent?.trim() === 'Changed');
    } finally {
      window.fetch = original;
    }
    expect(requests).to.equal(0);
  });

  it('hides the events after malformed inline JSON', async () => {
    const {el, warnings} = await failingFeed(
      html`<iop-sober-tips>
        <script type="application/json">
          [{"title":
        </script>
      </iop-sober-tips>`,
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not valid JSON');
    expect($(el, '[part="events"]')).to.equal(null);
    expect(shownTips(el)).to.have.length.above(0);
  });

  it('loads the new feed when events-src changes', async () => {
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips events-src=${feed('valid.json?first')}></iop-sober-tips>`,
    );
    await eventsShown(el);
    el.eventsSrc = feed('past-and-future.json?second');
    await waitUntil(() => $(el, '[part="event"] h4')?.textContent?.trim() === 'Happening now');
  });
});

describe('<iop-sober-tips>: language and direction', () => {
  afterEach(() => usePageLanguage('en'));

  it('speaks Spanish, dates included, and stays accessible', async () => {
    await usePageLanguage('es');
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips occasion="family" events-src=${feed('valid.json?es')}></iop-sober-tips>`,
    );
    await eventsShown(el);
    await el.updateComplete;
    const text = visibleText(el);
    expect(text)
      .to.contain('Cómo mantenerse sin alcohol')
      .and.contain('Formas de decir que no')
      .and.contain('Mi plan');
    expect(text).to.contain('Reunión familiar');
    expect(text).not.to.contain('Before you go');
    const time = $<HTMLTimeElement>(el, '[part="event"] time')!;
    const format = new Intl.DateTimeFormat('es', {dateStyle: 'full', timeStyle: 'short'});
    expect(time.textContent!.trim()).to.equal(
      format.formatRange(
        new Date(time.dateTime),
        new Date(new Date(time.dateTime).getTime() + 3 * 3600e3),
      ),
    );
    await expectAccessibleEverywhere(el);
  });

  it('copies the plan in Spanish', async () => {
    await usePageLanguage('es');
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    await fill(el, 'drink', 'Agua de jamaica');
    await fill(el, 'start', '2031-09-20T15:30');
    const clipboard = stubClipboard();
    try {
      button(el, 'Copiar como texto').click();
      await waitUntil(() => clipboard.written.length === 1);
    } finally {
      clipboard.restore();
    }
    expect(clipboard.written[0])
      .to.contain('Mi plan')
      .and.contain('Mi bebida sin alcohol: Agua de jamaica')
      .and.contain('septiembre');
    expect(clipboard.written[0]).to.equal(
      planToText({...emptyPlan(), drink: 'Agua de jamaica', start: '2031-09-20T15:30'}, 'es'),
    );
  });

  it('switches language while open', async () => {
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    expect(visibleText(el)).to.contain('Ways to say no');
    await usePageLanguage('es');
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Formas de decir que no');
  });

  it('lays out right to left and stays accessible', async () => {
    await withRightToLeft(async () => {
      const el = await render<IopSoberTips>(
        html`<iop-sober-tips
          phone="555 010 4477"
          events-src=${feed('valid.json?rtl')}
        ></iop-sober-tips>`,
      );
      await eventsShown(el);
      const base = $(el, '[part="base"]')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      const chips = $$(el, '.choice');
      expect(chips[1].getBoundingClientRect().right).to.be.below(
        chips[0].getBoundingClientRect().right,
      );
      await expectAccessibleEverywhere(el);
    });
  });
});

describe('<iop-sober-tips>: clinic', () => {
  it('offers the clinic’s phone for help with the plan', async () => {
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips clinic-name="Harbor Recovery" phone="(555) 010-4477"></iop-sober-tips>`,
    );
    const link = $<HTMLAnchorElement>(el, '.help a')!;
    expect(link.href).to.equal('tel:5550104477');
    expect(withoutIsolates($(el, 'p.help:last-of-type')!.textContent!)).to.contain(
      'Call Harbor Recovery',
    );
    await expectAccessibleEverywhere(el);
  });

  it('has an intro slot that a page can fill', async () => {
    const el = await render<IopSoberTips>(
      html`<iop-sober-tips><p slot="intro">Our own words.</p></iop-sober-tips>`,
    );
    const slot = $<HTMLSlotElement>(el, 'slot[name="intro"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Our own words.');
  });
});
