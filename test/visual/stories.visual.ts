import {expect} from '@open-wc/testing';
import {setViewport, emulateMedia} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import {render, type TemplateResult} from 'lit';

/*
 * Every story of every stories file, rendered as Storybook would (meta args, story args, render,
 * play) at 390 and 1280 px wide, in Chromium, compared with its reference image.
 * The clock is fixed, so stories with "upcoming" events draw the same dates every day, and the
 * page font is fixed to DejaVu Sans, which Debian's Chromium brings with fontconfig.
 */
const fixedNow = new Date(2026, 2, 2, 10, 0, 0).getTime();
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length) super(...(args as [string]));
    else super(fixedNow);
  }
  static override now() {
    return fixedNow;
  }
}
globalThis.Date = FixedDate as DateConstructor;

interface StoryLike {
  args?: Record<string, unknown>;
  globals?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: {canvasElement: HTMLElement; args: Record<string, unknown>}) => Promise<void>;
}
interface StoriesModule {
  default: StoryLike & {title: string};
  [name: string]: unknown;
}

const files: Record<string, () => Promise<StoriesModule>> = {
  'program-explainer': () => import('../../stories/program-explainer.stories.js'),
  'care-quiz': () => import('../../stories/care-quiz.stories.js'),
  'sober-tips': () => import('../../stories/sober-tips.stories.js'),
  'buddy-signup': () => import('../../stories/buddy-signup.stories.js'),
  clinic: () => import('../../stories/clinic.stories.js'),
  'clinic-page': () => import('../../stories/clinic-page.stories.js'),
  theming: () => import('../../stories/theming.stories.js'),
};

const style = document.createElement('style');
style.textContent = `
  html { color-scheme: light; }
  body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 16px; line-height: 1.5; }
  #canvas { padding: 16px; }
  #canvas * { caret-color: transparent; }
`;
document.head.append(style);
const canvas = document.createElement('div');
canvas.id = 'canvas';
document.body.append(canvas);

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Waits until every widget has rendered and nothing has changed for a few frames. */
async function settle() {
  for (let round = 0; round < 2; round++) {
    const widgets = [...canvas.querySelectorAll('*')].filter((el) => el.tagName.startsWith('IOP-'));
    await Promise.all(
      widgets.map((el) => (el as Element & {updateComplete?: Promise<unknown>}).updateComplete),
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
  await document.fonts.ready;
}

before(async () => {
  await emulateMedia({colorScheme: 'light', reducedMotion: 'reduce'});
});

for (const [file, load] of Object.entries(files)) {
  describe(file, () => {
    let stories: [string, StoryLike][] = [];
    let meta: StoriesModule['default'];
    before(async () => {
      const module = await load();
      meta = module.default;
      stories = Object.entries(module)
        .filter(([name, value]) => name !== 'default' && typeof value === 'object' && value)
        .map(([name, value]) => [name, value as StoryLike]);
    });

    for (const width of [390, 1280]) {
      it(`every story at ${width} px matches its reference image`, async () => {
        expect(stories.length).to.be.greaterThan(0);
        await setViewport({width, height: 900});
        const failures: string[] = [];
        for (const [name, story] of stories) {
          const args = {...meta.args, ...story.args};
          const draw = story.render ?? meta.render!;
          const theme = story.globals?.theme ?? 'light';
          document.documentElement.style.colorScheme = String(theme);
          document.documentElement.style.setProperty('--iop-color-scheme', String(theme));
          render(draw(args), canvas);
          await settle();
          await story.play?.({canvasElement: canvas, args});
          await settle();
          (document.activeElement as HTMLElement | null)?.blur?.();
          try {
            await visualDiff(canvas, `${file}--${kebab(name)}--${width}`);
          } catch (error) {
            failures.push(`${name}: ${(error as Error).message}`);
          }
          render(null, canvas);
        }
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }
  });
}

describe('pictures in the guides', () => {
  // The guides show reference images byte for byte, so they never drift from the widgets.
  const pictures = [
    'care-quiz--result-withdrawal-check--390.png',
    'program-explainer--compact--390.png',
    'sober-tips--plan-filled--1280.png',
  ];
  for (const picture of pictures) {
    it(`docs/images/${picture} is the reference image`, async () => {
      const bytes = async (path: string) => {
        const response = await fetch(path);
        expect(response.ok, path).to.equal(true);
        return new Uint8Array(await response.arrayBuffer());
      };
      const shown = await bytes(`/docs/images/${picture}`);
      const reference = await bytes(`/test/visual/screenshots/baseline/${picture}`);
      expect(shown.length).to.equal(reference.length);
      expect(shown.every((byte, index) => byte === reference[index])).to.equal(true);
    });
  }
});
