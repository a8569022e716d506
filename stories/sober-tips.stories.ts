import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/widgets/sober-tips/define.js';
import type {IopSoberTips} from '../src/widgets/sober-tips/sober-tips.js';
import {localInputValue} from '../src/widgets/sober-tips/plan.js';
import {occasions, type Occasion} from '../src/widgets/sober-tips/tips.js';

/** The attributes a page author sets, plus an inline events feed, as story args. */
interface SoberTipsArgs {
  occasion?: Occasion;
  'hide-plan'?: boolean;
  'clinic-name'?: string;
  phone?: string;
  /** The text of an inline `<script type="application/json">` events feed. */
  feed?: string;
}

const day = 24 * 60 * 60 * 1000;
/** A date `days` from now at `hour` o'clock, so the example events stay upcoming. */
const upcoming = (days: number, hour: number) => {
  const date = new Date(Date.now() + days * day);
  date.setHours(hour, 0, 0, 0);
  return date;
};

const events = JSON.stringify(
  [
    {
      title: 'Alcohol-free game night',
      start: upcoming(4, 18).toISOString(),
      end: upcoming(4, 21).toISOString(),
      location: 'Harbor Recovery, community room',
      description: 'Board games, snacks and mocktails. Bring a friend.',
      url: 'https://harbor.example/events/game-night',
    },
    {
      title: 'Sober picnic in the park',
      start: upcoming(9, 12).toISOString(),
      location: 'Riverside Park, north lawn',
    },
    {
      title: 'Morning walk group',
      start: upcoming(2, 8).toISOString(),
      description: 'An easy hour around the lake.',
    },
  ],
  null,
  2,
);

const sober = (args: SoberTipsArgs) =>
  html`<iop-sober-tips
    occasion=${ifDefined(args.occasion)}
    ?hide-plan=${args['hide-plan']}
    clinic-name=${ifDefined(args['clinic-name'])}
    phone=${ifDefined(args.phone)}
  >
    ${
      args.feed === undefined
        ? ''
        : html`<script type="application/json">
            ${args.feed}
          </script>`
    }
  </iop-sober-tips>`;

const meta = {
  title: 'Widgets/Sober-event tips',
  component: 'iop-sober-tips',
  render: sober,
  args: {occasion: 'party', 'hide-plan': false},
  argTypes: {
    occasion: {control: 'select', options: [...occasions]},
    'hide-plan': {control: 'boolean'},
    feed: {control: 'text'},
  },
  parameters: {
    docs: {
      description: {
        component:
          'Tips for staying alcohol-free at social events, by occasion; ready refusal lines; a personal plan to print, copy or add to a calendar; and the clinic’s alcohol-free events from `events-src` or an inline `<script type="application/json">`. The stories use inline feeds only, so they make no network request.',
      },
    },
  },
} satisfies Meta<SoberTipsArgs>;

export default meta;

type Story = StoryObj<SoberTipsArgs>;

/** No configuration: party tips, the refusal lines and an empty plan. */
export const Default: Story = {};

/** Tips for a party. */
export const Party: Story = {args: {occasion: 'party'}};

/** Tips for a work event: leave after the formal part, a soda water with lime. */
export const WorkEvent: Story = {args: {occasion: 'work-event'}};

/** Tips for the holidays: punch, eggnog and meetings when travelling. */
export const Holiday: Story = {args: {occasion: 'holiday'}};

/** Tips for a wedding: your own drink for the toasts, an exit plan. */
export const Wedding: Story = {args: {occasion: 'wedding'}};

/** Tips for a date. */
export const OnADate: Story = {args: {occasion: 'date'}};

/** Tips for a sports game or a concert. */
export const GameOrConcert: Story = {args: {occasion: 'game'}};

/** Tips for a family gathering. */
export const FamilyGathering: Story = {args: {occasion: 'family'}};

/** The plan filled in as a visitor would, with three tips added. */
export const PlanFilled: Story = {
  args: {occasion: 'wedding'},
  play: async ({canvasElement}) => {
    const element = canvasElement.querySelector<IopSoberTips>('iop-sober-tips')!;
    await element.updateComplete;
    const root = element.shadowRoot!;
    const values: Record<string, string> = {
      event: 'Jo and Sam’s wedding',
      start: localInputValue(upcoming(12, 15)),
      drink: 'Ginger ale with lots of ice',
      support: 'Alex, my sponsor: (555) 010-2233',
      line: 'No, thanks!',
      leave: '20:00',
      home: 'I drive myself',
    };
    for (const [name, value] of Object.entries(values)) {
      const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    }
    for (const id of ['check-in-before', 'toast', 'check-in-after']) {
      root.querySelector<HTMLButtonElement>(`#add-${id}`)!.click();
    }
  },
};

/** Tips and refusal lines only, for pages that do not want the plan. */
export const WithoutPlan: Story = {args: {'hide-plan': true}};

/** The clinic’s upcoming events from an inline feed, sorted, with the clinic’s phone for help. */
export const Events: Story = {
  args: {feed: events, 'clinic-name': 'Harbor Recovery', phone: '(555) 010-4477'},
};

/** A feed whose text tries to inject markup and a `javascript:` link: all shown as text. */
export const EventsHostile: Story = {
  args: {
    feed: JSON.stringify([
      {
        title: '<script>alert("x")</script><img src=x onerror=alert(1)>',
        start: upcoming(3, 19).toISOString(),
        url: 'javascript:alert(1)',
        description: '<b>Not bold</b>',
      },
    ]),
  },
};

/** A feed with only past events: the events section is hidden, with one console warning. */
export const EventsAllPast: Story = {
  args: {
    feed: JSON.stringify([{title: 'Last month', start: upcoming(-30, 18).toISOString()}]),
  },
};

/** A feed that is not valid JSON: the events section is hidden, the rest works. */
export const EventsMalformed: Story = {args: {feed: '[{"title": "Unfinished", '}};

/** An empty feed: no events section. */
export const EventsEmpty: Story = {args: {feed: '[]'}};
