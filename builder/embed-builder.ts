// The embed builder element: a webmaster picks a widget, fills in its attributes and a few design
// tokens, sees the real widget update as they type, and copies a snippet that reproduces it.
import {LitElement, html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {checkNumber} from './checks.js';
import {resolveColour} from './colours.js';
import {
  attributesOf,
  clinicErrors,
  declarationsOf,
  optionError,
  themeState,
  valueOf,
  type Configuration,
} from './configuration.js';
import {widgetsFrom, type Manifest, type Option, type Widget} from './manifest.js';
import {syncPreview} from './preview.js';
import {
  cdnFileFor,
  isRightToLeft,
  loadScriptMeta,
  snippetText,
  themeCss,
  type ScriptMeta,
} from './snippet.js';
import {clinicFields} from './views/clinic-fields.js';
import {type OptionValue} from './views/option-field.js';
import {widgetOptions} from './views/widget-options.js';
import {snippetPanel} from './views/snippet-panel.js';
import {themeFields} from './views/theme-fields.js';
import {widgetChoice} from './views/widget-choice.js';

const message = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

/**
 * The embed builder of the demo site. The widgets and their options come from the package's
 * custom-elements.json, so a new attribute shows up here with no change to the builder; the
 * snippet pins the CDN file the preview runs (its version and integrity hash). It renders into
 * the page (no shadow root), so the page's stylesheet styles it, and it works under a strict
 * Content-Security-Policy with Trusted Types. Nothing typed here leaves the page or is stored.
 *
 * @tag iop-embed-builder
 */
export class IopEmbedBuilder extends LitElement {
  /** Where the widgets and their options are read from. */
  @property({attribute: 'manifest-src'}) manifestSrc = '/custom-elements.json';

  /**
   * The English CDN file, which the preview runs; the snippet pins it, or for a chosen language
   * that language's file beside it (`<lang>/iop-widgets.js`): their banners name the version,
   * their bytes give the hash.
   */
  @property({attribute: 'script-src'}) scriptSrc = '/cdn/iop-widgets.js';

  @state() private widgets: Widget[] = [];
  @state() private regions: string[] = [];
  @state() private loading = true;
  @state() private loadProblem = '';
  /** Each CDN file the snippet has pinned, by its path under `cdn/`: its version and hash. */
  @state() private scripts: Record<string, ScriptMeta> = {};
  @state() private tag = '';
  @state() private clinic: Record<string, string> = {};
  @state() private language = '';
  @state() private values: Record<string, Record<string, OptionValue>> = {};
  /** Number fields the browser finds wrong, by field id. */
  @state() private numberErrors: Record<string, string | undefined> = {};
  @state() private scheme = '';
  @state() private colours: Record<string, string> = {};
  @state() private radius = '';
  @state() private copyStatus = '';

  private readonly probe = Object.assign(document.createElement('span'), {hidden: true});
  private readonly sheet = new CSSStyleSheet();
  private readonly darkQuery = matchMedia('(prefers-color-scheme: dark)');
  private previewAttributes = new Set<string>();
  private shownLocale = '';
  private statusTimer?: ReturnType<typeof setTimeout>;

  /** No shadow root: the page's stylesheet styles the builder. */
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.append(this.probe);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    this.darkQuery.addEventListener('change', this.handleColourScheme);
    void this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.darkQuery.removeEventListener('change', this.handleColourScheme);
    clearTimeout(this.statusTimer);
  }

  private async load() {
    const [[manifest], english] = await Promise.all([
      Promise.allSettled([
        fetch(this.manifestSrc, {credentials: 'omit'}).then((r) => {
          if (!r.ok) throw new Error(`${this.manifestSrc}: HTTP ${r.status}`);
          return r.json() as Promise<Manifest>;
        }),
      ]),
      this.readScript(cdnFileFor('')),
    ]);
    this.loading = false;
    this.scripts = {...this.scripts, [cdnFileFor('')]: english};
    if (manifest.status === 'rejected') {
      this.loadProblem = `Could not load the list of widgets and their options (${message(manifest.reason)}). Reload the page to try again.`;
      return;
    }
    ({widgets: this.widgets, regions: this.regions} = widgetsFrom(manifest.value));
    this.tag = this.widgets[0]?.tag ?? '';
    if (this.tag && !customElements.get(this.tag)) {
      this.loadProblem = 'The widget script did not load, so the preview cannot show.';
    }
  }

  /** Reads one CDN file beside `script-src`; a file that cannot be read gives its reason. */
  private async readScript(file: string): Promise<ScriptMeta> {
    const src = new URL(file, new URL(this.scriptSrc, document.baseURI)).href;
    try {
      return await loadScriptMeta(src);
    } catch (reason) {
      return {
        name: '',
        version: '',
        problem: `Could not read the widget script to pin its version and hash (${message(reason)}).`,
      };
    }
  }

  private get widget(): Widget | undefined {
    return this.widgets.find((w) => w.tag === this.tag);
  }

  /** The pinned CDN file for the chosen language, once read. */
  private get script(): ScriptMeta | undefined {
    return this.scripts[cdnFileFor(this.language)];
  }

  /** The form's state, for the pure functions of configuration.ts. */
  private get configuration(): Configuration {
    const numberErrors: Record<string, string | undefined> = {radius: this.numberErrors.radius};
    for (const [id, error] of Object.entries(this.numberErrors)) {
      if (id.startsWith(`${this.tag}-`)) numberErrors[id.slice(this.tag.length + 1)] = error;
    }
    return {
      widget: this.widget,
      clinic: this.clinic,
      values: this.values[this.tag] ?? {},
      numberErrors,
      scheme: this.scheme,
      colours: this.colours,
      radius: this.radius,
    };
  }

  // Handlers: each changes the state; the snippet and preview follow on the next render.

  private handleWidget = (tag: string) => this.changed(() => (this.tag = tag));

  private handleClinic = (name: string, value: string) =>
    this.changed(() => (this.clinic = {...this.clinic, [name]: value}));

  private handleLanguage = (lang: string) => {
    this.changed(() => (this.language = lang));
    const file = cdnFileFor(lang);
    if (file in this.scripts) return;
    void this.readScript(file).then((meta) => (this.scripts = {...this.scripts, [file]: meta}));
  };

  private handleOption(option: Option, value: OptionValue, input: Element) {
    this.changed(() => {
      this.values = {...this.values, [this.tag]: {...this.values[this.tag], [option.name]: value}};
      if (option.kind === 'number') {
        const id = `${this.tag}-${option.name}`;
        this.numberErrors = {...this.numberErrors, [id]: checkNumber(input as HTMLInputElement)};
      }
    });
  }

  private handleScheme = (scheme: string) => this.changed(() => (this.scheme = scheme));

  private handleColour = (property: string, value: string) =>
    this.changed(() => (this.colours = {...this.colours, [property]: value}));

  private handleColourReset = (property: string, event: Event) => {
    this.changed(() => {
      const {[property]: _reset, ...rest} = this.colours;
      this.colours = rest;
    });
    const row = (event.currentTarget as HTMLElement).closest('.colour-row');
    row?.querySelector('input')?.focus();
  };

  private handleRadius = (input: HTMLInputElement) =>
    this.changed(() => {
      this.radius = input.value;
      this.numberErrors = {...this.numberErrors, radius: checkNumber(input)};
    });

  private handleColourScheme = () => this.requestUpdate();

  private handleCopy = async () => {
    const snippet = this.querySelector<HTMLTextAreaElement>('#snippet');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet?.value ?? '');
      this.say('Copied. Paste it into your page.');
    } catch {
      snippet?.focus();
      snippet?.select();
      this.say(
        'Your browser did not let the page copy. The snippet is selected: press Ctrl+C (⌘C on a Mac).',
      );
    }
  };

  /** Applies a change; a changed snippet clears the last copy message. */
  private changed(change: () => void) {
    change();
    this.copyStatus = '';
  }

  /** Announces a message; emptied first, so the same message is announced again. */
  private say(text: string) {
    this.copyStatus = '';
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => (this.copyStatus = text), 50);
  }

  protected override updated() {
    const preview = this.querySelector<HTMLElement>('#preview');
    if (!preview || !this.tag) return;
    const config = this.configuration;
    this.previewAttributes = syncPreview(
      preview,
      this.tag,
      attributesOf(config),
      this.previewAttributes,
    );
    this.sheet.replaceSync(themeCss(this.tag, declarationsOf(config)));
    if (this.language !== this.shownLocale) {
      this.shownLocale = this.language;
      void window.IopWidgets?.setLocale(this.language || document.documentElement.lang);
    }
  }

  override render() {
    const widget = this.widget;
    const config = this.configuration;
    const snippet = this.tag
      ? snippetText({
          meta: this.script,
          tag: this.tag,
          attributes: attributesOf(config),
          lang: this.language,
          css: themeCss(this.tag, declarationsOf(config)),
        })
      : '';
    return html`<p class="builder-problem" role="alert" ?hidden=${!this.loadProblem}>
        ${this.loadProblem}
      </p>
      <div class="builder">
        <form
          class="builder__form"
          aria-label="Widget settings"
          @submit=${(e: Event) => e.preventDefault()}
        >
          ${widgetChoice(this.widgets, this.loading, this.tag, this.handleWidget)}
          ${clinicFields(
            {
              values: this.clinic,
              errors: clinicErrors(this.clinic),
              regions: this.regions,
              lang: this.language,
            },
            this.handleClinic,
            this.handleLanguage,
          )}
          ${widgetOptions(
            this.tag,
            widget,
            (option) => {
              const value = valueOf(config, option);
              const error = optionError(option, value, config.numberErrors[option.name]);
              return [value, error];
            },
            (option, next, input) => this.handleOption(option, next, input),
          )}
          ${themeFields(
            themeState(config, this.darkQuery.matches, (value, scheme) =>
              resolveColour(this.probe, value, scheme),
            ),
            {
              scheme: this.handleScheme,
              colour: this.handleColour,
              reset: this.handleColourReset,
              radius: this.handleRadius,
            },
          )}
        </form>
        <div class="builder__output">
          ${snippetPanel({
            snippet,
            copyStatus: this.copyStatus,
            integrityProblem: this.script?.problem ?? '',
            onCopy: this.handleCopy,
          })}
          <section class="panel preview-panel" aria-labelledby="preview-title">
            <h2 id="preview-title">Preview</h2>
            <div
              id="preview"
              class="preview"
              lang=${this.language || nothing}
              dir=${isRightToLeft(this.language) ? 'rtl' : nothing}
            ></div>
          </section>
        </div>
      </div>`;
  }
}
