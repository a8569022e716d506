import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import '../src/widgets/buddy-signup/define.js';
import '../src/widgets/care-quiz/define.js';
import '../src/widgets/clinic/define.js';
import '../src/widgets/program-explainer/define.js';
import '../src/widgets/sober-tips/define.js';

/** The design tokens a page usually changes, as story args; an empty one keeps its default. */
interface ThemeArgs {
  '--iop-color-accent'?: string;
  '--iop-color-text'?: string;
  '--iop-color-surface'?: string;
  '--iop-radius'?: string;
  '--iop-space'?: string;
  '--iop-font-family'?: string;
}

const color = (description: string) => ({
  description,
  control: {type: 'color' as const},
  table: {category: 'design tokens'},
});
const text = (description: string) => ({
  description,
  control: {type: 'text' as const},
  table: {category: 'design tokens'},
});

const meta = {
  title: 'Theming',
  render: (args) =>
    // The tokens are set on <iop-clinic>, an ancestor: every widget inside inherits them.
    html`<iop-clinic
      clinic-name="Harbor Recovery"
      phone="(555) 010-4477"
      intake-url="https://harbor.example/intake"
      style=${styleMap({...args})}
    >
      <div style="display: grid; gap: 2rem">
        <iop-program-explainer sections="week" hours-per-week="12" days-per-week="4">
        </iop-program-explainer>
        <iop-care-quiz></iop-care-quiz>
        <iop-sober-tips hide-plan></iop-sober-tips>
        <iop-buddy-signup></iop-buddy-signup>
      </div>
    </iop-clinic>`,
  args: {},
  argTypes: {
    '--iop-color-accent': color('Buttons, links, selected choices and other highlights.'),
    '--iop-color-text': color('Body text.'),
    '--iop-color-surface': color('Background of panels and fields.'),
    '--iop-radius': text('Corner radius of panels, buttons and fields, such as `0` or `1rem`.'),
    '--iop-space': text('Base spacing unit, such as `0.75rem`; paddings and gaps follow it.'),
    '--iop-font-family': {
      description: 'Font of the widgets; `inherit` (the default) takes the page’s own font.',
      control: {type: 'select' as const},
      options: ['inherit', 'system-ui, sans-serif', 'Georgia, serif', 'ui-monospace, monospace'],
      table: {category: 'design tokens'},
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Every widget reads the same design tokens, CSS custom properties set on the widget or any ancestor. Change them with the controls; the theme toolbar switches light and dark. When you set a text or surface colour, set its partner too and keep a contrast of at least 4.5:1. The README lists every token with its light and dark default.',
      },
    },
  },
} satisfies Meta<ThemeArgs>;

export default meta;

type Story = StoryObj<ThemeArgs>;

/** The defaults: light or dark by the visitor's preference, the page's own font. */
export const Default: Story = {};

/**
 * A clinic's own light colours and type: a plum accent, a warm surface, rounder corners, a
 * serif. Its colours are for a light page, so the story keeps the light theme.
 */
export const ClinicBrand: Story = {
  globals: {theme: 'light'},
  args: {
    '--iop-color-accent': '#7a3e9d',
    '--iop-color-text': '#2b2233',
    '--iop-color-surface': '#fffaf5',
    '--iop-radius': '1rem',
    '--iop-space': '1.125rem',
    '--iop-font-family': 'Georgia, serif',
  },
};

/** Square corners and tighter spacing, for a dense, formal site. */
export const SquareAndCompact: Story = {
  args: {
    '--iop-radius': '0',
    '--iop-space': '0.75rem',
    '--iop-font-family': 'system-ui, sans-serif',
  },
};
