// A widget with no clinic attributes of its own, server-rendered inside `<iop-clinic>`, renders
// with the clinic's details: the same shadow markup as with the attributes on the widget, which
// is what the browser's first render produces, so hydration finds what it expects.
import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';
import {disposeBuild, renderWidget, widgetTags} from '../server/ssr-render.mjs';

const clinic = {
  'clinic-name': 'Harbor Recovery',
  phone: '(555) 010-4477',
  'intake-url': '/intake',
  region: 'GB',
};

/** The declarative shadow root of the first `<tag>` in `html`, Lit's comments taken out. */
function shadowOf(html, tag) {
  const start = html.indexOf('<template shadowroot', html.indexOf(`<${tag}`));
  const end = html.indexOf(`</${tag}>`, start);
  return html.slice(start, end).replace(/<!--[\s\S]*?-->/g, '');
}

after(() => disposeBuild());

describe('server rendering inside <iop-clinic>', () => {
  for (const tag of widgetTags) {
    it(`<${tag}> renders with the clinic's details`, async () => {
      const inside = await renderWidget('iop-clinic', clinic, [tag]);
      const own = await renderWidget(tag, clinic);
      assert.match(inside, new RegExp(`<iop-clinic[^>]*>[\\s\\S]*<${tag}`));
      assert.equal(shadowOf(inside, tag), shadowOf(own, tag));
      // The region reached the widget too: UK lines, not the US 988.
      assert.ok(!shadowOf(inside, tag).includes('href="tel:988"'), 'US crisis line shown');
    });
  }

  it('shows the phone line and name, and nothing of the clinic outside it', async () => {
    const inside = await renderWidget('iop-clinic', clinic, ['iop-program-explainer']);
    assert.match(shadowOf(inside, 'iop-program-explainer'), /href="tel:5550104477"/);
    assert.ok(shadowOf(inside, 'iop-program-explainer').includes('Harbor Recovery'));
    const alone = await renderWidget('iop-program-explainer');
    assert.ok(!alone.includes('Harbor Recovery'));
    assert.ok(!alone.includes('tel:5550104477'));
  });
});
