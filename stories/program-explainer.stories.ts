import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/widgets/clinic/define.js';
import '../src/widgets/program-explainer/define.js';

/** The attributes a page author sets, as story args. */
interface ExplainerArgs {
  'clinic-name'?: string;
  phone?: string;
  'intake-url'?: string;
  region?: 'US' | 'CA' | 'GB' | 'IE' | 'AU';
  'hours-per-week'?: string;
  'days-per-week'?: string;
  'program-weeks'?: string;
  tracks?: string;
  sections?: string;
  variant?: 'full' | 'compact';
}

const explainer = (args: ExplainerArgs) =>
  html`<iop-program-explainer
    clinic-name=${ifDefined(args['clinic-name'])}
    phone=${ifDefined(args.phone)}
    intake-url=${ifDefined(args['intake-url'])}
    region=${ifDefined(args.region)}
    hours-per-week=${ifDefined(args['hours-per-week'])}
    days-per-week=${ifDefined(args['days-per-week'])}
    program-weeks=${ifDefined(args['program-weeks'])}
    tracks=${ifDefined(args.tracks)}
    sections=${ifDefined(args.sections)}
    variant=${ifDefined(args.variant)}
  ></iop-program-explainer>`;

const clinic = {
  'clinic-name': 'Harbor Recovery',
  phone: '(555) 010-4477',
  'intake-url': 'https://harbor.example/intake',
} satisfies ExplainerArgs;

const meta = {
  title: 'Widgets/Program explainer',
  component: 'iop-program-explainer',
  render: explainer,
  args: {variant: 'full'},
  argTypes: {
    variant: {control: 'inline-radio', options: ['full', 'compact']},
    region: {control: 'select', options: ['US', 'CA', 'GB', 'IE', 'AU']},
    sections: {control: 'text'},
    tracks: {control: 'text'},
  },
  parameters: {
    docs: {
      description: {
        component:
          'A plain-language guide to intensive outpatient programs. Set the program’s own schedule with `hours-per-week`, `days-per-week`, `program-weeks` and `tracks`; pick sections with `sections`; listen for `iop-cta`.',
      },
    },
  },
} satisfies Meta<ExplainerArgs>;

export default meta;

type Story = StoryObj<ExplainerArgs>;

/** Every section, in the default order, with no configuration: neutral name, no clinic links. */
export const Default: Story = {};

/** A clinic's name, phone and intake link, and its own schedule. */
export const WithClinicDetails: Story = {
  args: {
    ...clinic,
    'hours-per-week': '12',
    'days-per-week': '4',
    'program-weeks': '10',
    tracks: 'morning evening',
  },
};

/** The sections as a list of disclosures, for a sidebar or a long page. */
export const Compact: Story = {
  args: {...clinic, variant: 'compact'},
};

/** Only some sections, in the page's chosen order. */
export const ChosenSections: Story = {
  args: {sections: 'week levels faq', ...clinic},
};

/** A program for people who work days: evening and weekend sessions. */
export const EveningAndWeekendTracks: Story = {
  args: {
    ...clinic,
    sections: 'week life',
    'hours-per-week': '9',
    'days-per-week': '3',
    tracks: 'evening weekend',
  },
};

/** Fewer than 9 hours a week is shown honestly, and not called an adult IOP. */
export const FewerHoursThanIop: Story = {
  args: {sections: 'week', 'hours-per-week': '6', 'days-per-week': '2'},
};

/** A nonsense value falls back to the typical week (the console explains why). */
export const NonsenseSchedule: Story = {
  args: {sections: 'week', 'hours-per-week': 'lots', tracks: 'brunch'},
};

/** Only a phone number: one call button. */
export const PhoneOnly: Story = {
  args: {sections: 'what', phone: '(555) 010-4477'},
};

/** Crisis and help lines follow `region`. */
export const UnitedKingdom: Story = {
  args: {sections: 'what', region: 'GB'},
};

/** The page's own introduction and call to action in the `intro` and `cta` slots. */
export const SlottedIntroAndCta: Story = {
  args: {sections: 'what week'},
  render: (args) =>
    html`<iop-program-explainer
      sections=${ifDefined(args.sections)}
      variant=${ifDefined(args.variant)}
    >
      <p slot="intro">
        Harbor Recovery’s evening program helps adults keep their jobs while they get care.
      </p>
      <div slot="cta">
        <p>Questions? Our intake team answers calls Monday to Friday, 8 am to 8 pm.</p>
        <a href="https://harbor.example/visit">Plan a visit</a>
      </div>
    </iop-program-explainer>`,
};

/** Clinic details set once on `<iop-clinic>`; the second widget overrides the name. */
export const InsideClinic: Story = {
  render: () =>
    html`<iop-clinic
      clinic-name="Harbor Recovery"
      phone="(555) 010-4477"
      intake-url="https://harbor.example/intake"
      region="US"
    >
      <iop-program-explainer
        sections="week"
        hours-per-week="12"
        days-per-week="4"
      ></iop-program-explainer>
      <br />
      <iop-program-explainer
        sections="week"
        clinic-name="Harbor Teen Program"
        hours-per-week="6"
        days-per-week="3"
        tracks="afternoon"
      ></iop-program-explainer>
    </iop-clinic>`,
};

/** A 320 px column, as on a small phone: the levels table stacks. */
export const NarrowPhone: Story = {
  args: {...clinic, sections: 'levels'},
  render: (args) => html`<div style="max-inline-size: 320px">${explainer(args)}</div>`,
};
