import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {regions, type Region} from '../src/core/regions.js';
import '../src/widgets/buddy-signup/define.js';
import '../src/widgets/clinic/define.js';
import '../src/widgets/program-explainer/define.js';

/** The attributes a page author sets on `<iop-clinic>`, as story args. */
interface ClinicArgs {
  'clinic-name'?: string;
  phone?: string;
  'intake-url'?: string;
  region?: Region;
}

const harbor = {
  'clinic-name': 'Harbor Recovery',
  phone: '(555) 010-4477',
  'intake-url': 'https://harbor.example/intake',
  region: 'US',
} satisfies ClinicArgs;

/** `<iop-clinic>` around the widgets given, with the story's clinic attributes. */
const clinic = (args: ClinicArgs, widgets: unknown) =>
  html`<iop-clinic
    clinic-name=${ifDefined(args['clinic-name'])}
    phone=${ifDefined(args.phone)}
    intake-url=${ifDefined(args['intake-url'])}
    region=${ifDefined(args.region)}
  >
    ${widgets}
  </iop-clinic>`;

/** The explainer's schedule: its heading names the clinic, its links call and open intake. */
const schedule = html`<iop-program-explainer
  sections="week"
  hours-per-week="12"
  days-per-week="4"
></iop-program-explainer>`;

const meta = {
  title: 'Widgets/Clinic',
  component: 'iop-clinic',
  render: (args) => clinic(args, schedule),
  args: harbor,
  argTypes: {
    region: {control: 'select', options: regions},
  },
  parameters: {
    docs: {
      description: {
        component:
          'Set the clinic’s name, phone, intake link and region once, on `<iop-clinic>`, for every widget inside it. It adds no box of its own. An attribute set on a widget wins over the clinic’s, and a change to `<iop-clinic>` reaches the widgets at once: try the controls.',
      },
    },
  },
} satisfies Meta<ClinicArgs>;

export default meta;

type Story = StoryObj<ClinicArgs>;

/** The clinic's details reach the widget inside: the schedule's heading, call and intake links. */
export const Default: Story = {};

/**
 * Two widgets share the clinic's details. The signup form's consent text names the clinic too.
 */
export const SeveralWidgets: Story = {
  render: (args) =>
    clinic(
      args,
      html`${schedule}
        <br />
        <iop-buddy-signup></iop-buddy-signup>`,
    ),
};

/** The second widget sets its own `clinic-name`, which wins; phone and intake still come through. */
export const WidgetAttributeWins: Story = {
  render: (args) =>
    clinic(
      args,
      html`${schedule}
        <br />
        <iop-program-explainer
          sections="week"
          clinic-name="Harbor Teen Program"
          hours-per-week="6"
          days-per-week="3"
          tracks="afternoon"
        ></iop-program-explainer>`,
    ),
};

/** `region` chooses the crisis and help lines the widgets show: here, the United Kingdom's. */
export const RegionUnitedKingdom: Story = {
  args: {phone: '020 7946 0018', region: 'GB'},
  render: (args) =>
    clinic(args, html`<iop-program-explainer sections="what"></iop-program-explainer>`),
};

/** No details at all: the widgets use a neutral name and show no call or intake links. */
export const NoDetails: Story = {
  args: {
    'clinic-name': undefined,
    phone: undefined,
    'intake-url': undefined,
    region: undefined,
  },
};

/**
 * Unsafe values are dropped, never rendered as links or markup: a `javascript:` intake link and
 * markup in place of a phone number. The console shows one warning for each.
 */
export const UnsafeValues: Story = {
  args: {
    phone: '<img src=x onerror=alert(1)>',
    'intake-url': 'javascript:alert(1)',
  },
};
