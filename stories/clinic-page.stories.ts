import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {regions, type Region} from '../src/core/regions.js';
import '../src/widgets/buddy-signup/define.js';
import '../src/widgets/care-quiz/define.js';
import '../src/widgets/clinic/define.js';
import '../src/widgets/program-explainer/define.js';
import '../src/widgets/sober-tips/define.js';

/** The clinic's details, set once on `<iop-clinic>`, and the explainer's layout. */
interface PageArgs {
  'clinic-name'?: string;
  phone?: string;
  'intake-url'?: string;
  region?: Region;
  variant?: 'full' | 'compact';
}

/** The clinic site's own styles: a plain page that lets the widgets show how they sit in one. */
const pageStyles = html`<style>
  .clinic-page {
    max-inline-size: 72rem;
    margin-inline: auto;
    padding: 1.5rem;
    font-family: system-ui, sans-serif;
    line-height: 1.5;
  }
  .clinic-page header {
    padding-block-end: 1.5rem;
    border-block-end: 1px solid currentColor;
  }
  .clinic-page section {
    padding-block: 2.5rem;
    border-block-end: 1px solid color-mix(in srgb, currentColor 25%, transparent);
  }
  .clinic-page section.narrow > * {
    max-inline-size: 48rem;
  }
  .clinic-page h1,
  .clinic-page h2 {
    margin-block: 0 0.5rem;
    line-height: 1.2;
  }
  .clinic-page section > p {
    margin-block: 0 1.5rem;
    max-inline-size: 44rem;
  }
</style>`;

const page = (args: PageArgs) =>
  html`${pageStyles}
    <iop-clinic
      clinic-name=${ifDefined(args['clinic-name'] || undefined)}
      phone=${ifDefined(args.phone || undefined)}
      intake-url=${ifDefined(args['intake-url'] || undefined)}
      region=${ifDefined(args.region)}
    >
      <div class="clinic-page">
        <header>
          <h1>${args['clinic-name'] || 'Our clinic'}: Intensive Outpatient Program</h1>
          <p>Treatment several days a week that fits around work, school and family.</p>
        </header>
        <section aria-labelledby="page-program">
          <h2 id="page-program">How our program works</h2>
          <p>What happens in a week, who it suits, and what comes next.</p>
          <iop-program-explainer variant=${ifDefined(args.variant)}></iop-program-explainer>
        </section>
        <section class="narrow" aria-labelledby="page-check">
          <h2 id="page-check">Not sure what kind of help you need?</h2>
          <p>This self-check stays on your device. Nothing is sent, and no name is needed.</p>
          <iop-care-quiz></iop-care-quiz>
        </section>
        <section aria-labelledby="page-social">
          <h2 id="page-social">Going out in early recovery</h2>
          <p>Pick an occasion for ideas you can use, then make a plan of your own.</p>
          <iop-sober-tips></iop-sober-tips>
        </section>
        <section class="narrow" aria-labelledby="page-buddies">
          <h2 id="page-buddies">Meet people who have been there</h2>
          <p>Ask for a recovery buddy, offer to be one, or both.</p>
          <iop-buddy-signup></iop-buddy-signup>
        </section>
      </div>
    </iop-clinic>`;

const meta = {
  title: 'Pages/Clinic page',
  render: page,
  args: {
    'clinic-name': 'Harbor Recovery',
    phone: '(555) 010-4477',
    'intake-url': 'https://harbor.example/intake',
    region: 'US',
    variant: 'full',
  },
  argTypes: {
    'clinic-name': {control: 'text', description: 'Set once on `<iop-clinic>`.'},
    phone: {control: 'text', description: 'Set once on `<iop-clinic>`.'},
    'intake-url': {control: 'text', description: 'Set once on `<iop-clinic>`.'},
    region: {
      control: 'select',
      options: regions,
      description: 'Chooses the crisis and help lines every widget shows.',
    },
    variant: {
      control: 'inline-radio',
      options: ['full', 'compact'],
      description: 'The program explainer’s layout.',
    },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The whole page: all four widgets on one clinic page, inside one `<iop-clinic>` that gives every widget the clinic’s name, phone, intake link and region. Use it to judge how the widgets sit together, one after another, in the page’s own font and colours. Switch the language, theme and direction in the toolbar.',
      },
    },
  },
} satisfies Meta<PageArgs>;

export default meta;

type Story = StoryObj<PageArgs>;

/** A clinic in the United States, every widget with its defaults. */
export const WholePage: Story = {};

/** The same page with the compact explainer, as a clinic short on space might use it. */
export const CompactExplainer: Story = {args: {variant: 'compact'}};

/** A page that sets no clinic details: the widgets work without them and leave out the call and intake links. */
export const NoClinicDetails: Story = {
  args: {'clinic-name': '', phone: '', 'intake-url': '', region: undefined},
};
