import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/widgets/buddy-signup/define.js';
import type {BuddySubmitDetail, IopBuddySignup} from '../src/widgets/buddy-signup/buddy-signup.js';
import {deliver, type DeliveryOptions} from '../src/widgets/buddy-signup/delivery.js';

/** The attributes a page author sets, as story args. */
interface SignupArgs {
  'clinic-name'?: string;
  phone?: string;
  'intake-url'?: string;
  region?: 'US' | 'CA' | 'GB' | 'IE' | 'AU';
  'privacy-url'?: string;
  'min-fill-seconds'?: number;
  /** How the story's fake endpoint answers (no request leaves the browser). */
  server?: 'accepts' | 'fails' | 'never answers' | 'keeps failing' | 'offline' | 'none';
}

/** A fake endpoint: `deliver()` with a fetch that answers `status`, so no request leaves. */
function fakeServer(status: number, options: Partial<DeliveryOptions> = {}) {
  return (event: CustomEvent<BuddySubmitDetail>) => {
    const {payload, respondWith, reportProgress} = event.detail;
    respondWith(
      deliver(payload, {
        endpoint: 'https://harbor.example/api/buddy-signup',
        fetch: async () => {
          await new Promise((resolve) => setTimeout(resolve, 600));
          return new Response(null, {status});
        },
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 800))),
        maxAttempts: 3,
        onProgress: reportProgress,
        ...options,
      }),
    );
  };
}

const servers: Record<NonNullable<SignupArgs['server']>, (event: CustomEvent) => void> = {
  accepts: fakeServer(201),
  fails: fakeServer(503),
  'never answers': (event) => event.detail.respondWith(new Promise(() => {})),
  'keeps failing': fakeServer(503, {sleep: () => new Promise(() => {})}),
  offline: fakeServer(201, {isOnline: () => false, waitForOnline: () => new Promise(() => {})}),
  none: () => {},
};

const signup = (args: SignupArgs) =>
  html`<iop-buddy-signup
    clinic-name=${ifDefined(args['clinic-name'])}
    phone=${ifDefined(args.phone)}
    intake-url=${ifDefined(args['intake-url'])}
    region=${ifDefined(args.region)}
    privacy-url=${ifDefined(args['privacy-url'])}
    min-fill-seconds=${ifDefined(args['min-fill-seconds'])}
    @iop-buddy-submit=${servers[args.server ?? 'accepts']}
  ></iop-buddy-signup>`;

/** The story's widget, rendered. */
async function widget(canvas: HTMLElement): Promise<IopBuddySignup> {
  await customElements.whenDefined('iop-buddy-signup');
  const el = canvas.querySelector('iop-buddy-signup') as IopBuddySignup;
  await el.updateComplete;
  return el;
}

/** Answers the form the way a visitor would: clicks and typing, in the shadow root. */
async function fill(el: IopBuddySignup) {
  const root = el.shadowRoot as ShadowRoot;
  const pick = async (name: string, value: string) => {
    root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)?.click();
    await el.updateComplete;
  };
  const type = async (name: string, text: string) => {
    const field = root.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!field) return;
    field.value = text;
    field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await el.updateComplete;
  };
  await pick('age', 'adult');
  await pick('role', 'both');
  await type('name', 'Sam');
  await pick('channel', 'text');
  await type('phone', '(555) 010-4477');
  await pick('mentionClinic', 'no');
  await pick('times', 'evenings');
  await pick('support', 'emotional');
  await pick('support', 'activities');
  root.querySelector<HTMLInputElement>('#consent')?.click();
  await el.updateComplete;
}

const send = (el: IopBuddySignup) =>
  el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

const harbor = {
  'clinic-name': 'Harbor Recovery',
  phone: '(555) 010-4477',
  'intake-url': 'https://harbor.example/contact',
  'privacy-url': 'https://harbor.example/privacy',
  'min-fill-seconds': 0,
} satisfies SignupArgs;

const meta = {
  title: 'Widgets/Buddy signup',
  component: 'iop-buddy-signup',
  render: signup,
  args: {...harbor, server: 'accepts'},
  argTypes: {
    region: {control: 'select', options: ['US', 'CA', 'GB', 'IE', 'AU']},
    server: {
      control: 'select',
      options: ['accepts', 'fails', 'never answers', 'keeps failing', 'offline', 'none'],
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Signup for the clinic’s recovery-buddy program. On a real page set `endpoint` (an `https:` address the clinic controls) or handle `iop-buddy-submit` and call `respondWith()`. These stories use a fake endpoint inside the story: an `iop-buddy-submit` handler that calls `respondWith()`, so nothing leaves the browser. Pick how it answers with the `server` control.',
      },
    },
  },
} satisfies Meta<SignupArgs>;

export default meta;

type Story = StoryObj<SignupArgs>;

/** The empty form, as a visitor first sees it: nothing chosen, consent unticked. */
export const Empty: Story = {};

/** After a send attempt with missing answers: every error in words, focus on the first. */
export const Errors: Story = {
  play: async ({canvasElement}) => {
    const el = await widget(canvasElement);
    el.shadowRoot?.querySelector<HTMLInputElement>('input[name="age"][value="adult"]')?.click();
    await el.updateComplete;
    send(el);
  },
};

/** Sending: the button does nothing until the fake server answers (it never does here). */
export const Sending: Story = {
  args: {server: 'never answers'},
  play: async ({canvasElement}) => {
    const el = await widget(canvasElement);
    await fill(el);
    send(el);
  },
};

/** The fake server answered 503: the form says it is trying again, and keeps trying. */
export const Retrying: Story = {
  args: {server: 'keeps failing'},
  play: async ({canvasElement}) => {
    const el = await widget(canvasElement);
    await fill(el);
    send(el);
  },
};

/** The browser is offline: the form waits for the connection to come back. */
export const Offline: Story = {
  args: {server: 'offline'},
  play: async ({canvasElement}) => {
    const el = await widget(canvasElement);
    await fill(el);
    send(el);
  },
};

/** Every try failed: the answers stay, with "Try again" and the clinic's phone. */
export const Failed: Story = {
  args: {server: 'fails'},
  play: async ({canvasElement}) => {
    const el = await widget(canvasElement);
    await fill(el);
    send(el);
  },
};

/** The fake server accepted the signup: the thank-you view, and the typed data is gone. */
export const Sent: Story = {
  args: {server: 'accepts'},
  play: async ({canvasElement}) => {
    const el = await widget(canvasElement);
    await fill(el);
    send(el);
  },
};

/** No endpoint and no handler: the form says it is not connected and keeps the answers. */
export const NotConnected: Story = {
  args: {server: 'none'},
  play: async ({canvasElement}) => {
    const el = await widget(canvasElement);
    await fill(el);
    send(el);
  },
};

/** A visitor who is not 18 yet: a short, kind path to the clinic and the crisis line. */
export const UnderEighteen: Story = {
  play: async ({canvasElement}) => {
    const el = await widget(canvasElement);
    el.shadowRoot?.querySelector<HTMLInputElement>('input[name="age"][value="under-18"]')?.click();
  },
};

/** No clinic configured: neutral words, no call button; crisis lines for the United Kingdom. */
export const NoClinicDetails: Story = {
  args: {
    'clinic-name': undefined,
    phone: undefined,
    'intake-url': undefined,
    'privacy-url': undefined,
    region: 'GB',
  },
};
