// Every widget renders with Lit's server renderer to declarative shadow DOM, in English, with the
// page's attribute values escaped. `ssr-render.mjs` imports `@lit-labs/ssr` (and its DOM shim)
// before the widgets.
import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';
import {disposeBuild, renderWidget, widgetTags} from '../server/ssr-render.mjs';

const attack = '"><img src=x onerror=alert(1)>';
const escapedAttack = '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;';

/**
 * Each widget, what a visitor reads first, a text its first view shows, and whether that view
 * carries the 988 crisis line.
 */
const widgets = [
  {
    tag: 'iop-program-explainer',
    heading: 'What to know about intensive outpatient programs (IOPs)',
    clinicText: 'You can contact Harbor Recovery with your questions before you decide anything.',
    crisisLine: true,
  },
  {
    tag: 'iop-care-quiz',
    heading: 'Which kind of care could help? A private self-check',
    clinicText: 'Start the self-check',
  },
  {
    tag: 'iop-sober-tips',
    heading: 'Staying alcohol-free at social events',
    clinicText: 'Party',
  },
  {
    tag: 'iop-buddy-signup',
    heading: 'Recovery buddies',
    clinicText: 'Harbor Recovery',
    crisisLine: true,
  },
];

/**
 * The HTML with style sheets, Lit's hydration comments and the invisible isolation marks around
 * numbers and names taken out, whitespace folded.
 */
const markup = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');

/** The `<input …>` tags of the HTML, Lit's hydration comments taken out. */
const inputs = (html) => markup(html).match(/<input\b[^>]*>/g) ?? [];

/** Whether an `<input>` tag carries a `checked` attribute, which the browser reads as checked. */
const isChecked = (input) => /\schecked(?=[\s=/>])/.test(input);

/** Whether an `<input>` tag carries a `checked` attribute with a value such as "false". */
const hasCheckedValue = (input) => /\schecked=/.test(input);

after(() => disposeBuild());

// First in this file, so that no sober tips has been rendered in this process before it.
describe('server rendering, for the browser to finish', () => {
  it("leaves the sober tips' lazily loaded code and idle work to the browser", async () => {
    await renderWidget('iop-program-explainer'); // builds and imports every widget
    const scheduled = [];
    const {setTimeout: realTimeout, requestIdleCallback} = globalThis;
    globalThis.setTimeout = (...args) => (scheduled.push('setTimeout'), realTimeout(...args));
    globalThis.requestIdleCallback = () => scheduled.push('requestIdleCallback');
    try {
      const html = await renderWidget('iop-sober-tips', {'events-src': '/events.json'});
      assert.ok(markup(html).includes('Print my plan'), 'no plan');
    } finally {
      globalThis.setTimeout = realTimeout;
      if (requestIdleCallback) globalThis.requestIdleCallback = requestIdleCallback;
      else delete globalThis.requestIdleCallback;
    }
    assert.deepEqual(scheduled, []);
  });
});

describe('server rendering', () => {
  it('covers every widget', () => {
    assert.deepEqual(
      widgets.map((widget) => widget.tag),
      widgetTags,
    );
  });

  for (const {tag, heading, clinicText, crisisLine = false} of widgets) {
    describe(`<${tag}>`, () => {
      it('renders to declarative shadow DOM with its English text', async () => {
        const html = await renderWidget(tag, {
          'clinic-name': 'Harbor Recovery',
          phone: '(555) 010-4477',
          'intake-url': 'https://harbor.example/intake',
          region: 'US',
        });
        assert.match(html, new RegExp(`^(<!--[^>]*-->)*<${tag}\\s`));
        assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
        assert.equal(html.match(/<template shadowroot/g).length, 1);
        const text = markup(html);
        assert.ok(text.includes(heading), `no heading "${heading}"`);
        assert.ok(text.includes(clinicText), `no "${clinicText}"`);
        // The shared host styles come with the markup, so nothing shifts when the script loads.
        assert.match(html, /<style>[\s\S]*--_iop-accent/);
        // Crisis help is part of the server output, not added later.
        assert.equal(/href="tel:988"/.test(html), crisisLine);
      });

      it('escapes attribute values and clinic text', async () => {
        const html = await renderWidget(tag, {'clinic-name': attack, phone: '(555) 010-4477'});
        assert.ok(!html.includes('<img'), 'an unescaped <img> tag in the output');
        assert.ok(
          !/\sonerror=/i.test(html.replaceAll(escapedAttack, '')),
          'a live onerror attribute',
        );
        assert.ok(html.includes(`clinic-name="${escapedAttack}"`), 'clinic-name not kept, escaped');
      });

      it('renders a bad link as no link, and keeps a relative intake link as written', async () => {
        const warnings = [];
        const warn = console.warn;
        console.warn = (...args) => warnings.push(args.join(' '));
        let bad;
        try {
          bad = await renderWidget(tag, {phone: 'call us', 'intake-url': 'javascript:alert(1)'});
        } finally {
          console.warn = warn;
        }
        assert.deepEqual(warnings, [
          `iop-widgets bad-phone: <${tag}> phone "call us" is not a phone number; it was ignored.`,
          `iop-widgets bad-link: <${tag}> intake-url "javascript:alert(1)" is not an http(s), tel or mailto link; it was ignored.`,
        ]);
        assert.ok(!/href="javascript:/i.test(bad), 'a javascript: link');
        assert.ok(!bad.includes('href="tel:call'), 'a tel: link from words');
        const relative = await renderWidget(tag, {'intake-url': '/intake'});
        assert.ok(!/href="https:\/\/server\.invalid/.test(relative), 'a stand-in base leaked');
      });
    });
  }

  it('renders the explainer call and relative intake links', async () => {
    const html = await renderWidget('iop-program-explainer', {
      phone: '(555) 010-4477',
      'intake-url': '/intake',
    });
    assert.match(html, /href="tel:5550104477"/);
    assert.match(html, /href="\/intake"/);
  });

  it('renders the text the clinic name is part of, escaped', async () => {
    const html = await renderWidget('iop-program-explainer', {
      'clinic-name': attack,
      phone: '(555) 010-4477',
    });
    assert.ok(markup(html).includes(`You can contact ${escapedAttack} with your questions`));
  });

  it('renders the tips for the occasion it is given', async () => {
    const html = await renderWidget('iop-sober-tips', {occasion: 'wedding'});
    assert.match(markup(html), /<h3 id="tips-heading"> Tips: Wedding <\/h3>/);
  });

  it('marks only the chosen occasion checked, with a boolean attribute', async () => {
    const html = await renderWidget('iop-sober-tips', {occasion: 'holiday'});
    const radios = inputs(html).filter((input) => /\bname="occasion"/.test(input));
    assert.ok(radios.length > 1, 'no occasion radios');
    assert.deepEqual(
      radios.filter(isChecked).map((radio) => radio.match(/\bvalue="([^"]*)"/)?.[1]),
      ['holiday'],
    );
    assert.deepEqual(inputs(html).filter(hasCheckedValue), []);
  });

  it('renders the buddy signup with no choice made', async () => {
    const html = await renderWidget('iop-buddy-signup', {'clinic-name': 'Harbor Recovery'});
    const choices = inputs(html).filter((input) => /\btype="(radio|checkbox)"/.test(input));
    assert.ok(choices.length > 2, 'no radios or checkboxes');
    assert.deepEqual(choices.filter(isChecked), []);
    assert.deepEqual(inputs(html).filter(hasCheckedValue), []);
  });
});
