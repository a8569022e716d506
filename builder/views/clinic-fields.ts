// "2. Your clinic": the attributes every widget shares, and the language to preview.
import {html} from 'lit';
import {live} from 'lit/directives/live.js';
import {fieldError} from './rich-text.js';

/** The widgets' locales (lit-localize.json: the source locale, then the target locales). */
export const LOCALES = ['en', 'es', 'zh-Hans', 'vi', 'ar', 'fr', 'tl'];

export interface ClinicState {
  values: Record<string, string>;
  errors: Record<string, string | undefined>;
  regions: string[];
  lang: string;
}

const languageName = (code: string) => {
  const english = new Intl.DisplayNames(['en'], {type: 'language'}).of(code) ?? code;
  const own = new Intl.DisplayNames([code], {type: 'language'}).of(code);
  return own && own !== english ? `${english} (${own})` : english;
};
const regionName = (code: string) =>
  `${new Intl.DisplayNames(['en'], {type: 'region'}).of(code)} (${code})`;

export function clinicFields(
  state: ClinicState,
  onInput: (name: string, value: string) => void,
  onLanguage: (lang: string) => void,
) {
  const text = (name: string, label: string, type: string, hint?: unknown) =>
    html`<div class="field">
      <label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        type=${type}
        inputmode=${type === 'url' ? 'url' : type === 'tel' ? 'tel' : 'text'}
        autocomplete="off"
        aria-describedby=${hint ? `${name}-hint ${name}-error` : `${name}-error`}
        aria-invalid=${state.errors[name] ? 'true' : 'false'}
        .value=${live(state.values[name] ?? '')}
        @input=${(e: Event) => onInput(name, (e.target as HTMLInputElement).value)}
      />
      ${hint ? html`<p id="${name}-hint" class="hint">${hint}</p>` : ''}
      ${fieldError(`${name}-error`, state.errors[name])}
    </div>`;
  return html`<fieldset class="panel">
    <legend>2. Your clinic</legend>
    <p class="hint">
      Every field is optional. Leave one empty and the widget leaves out what needs it.
    </p>
    ${text('clinic-name', 'Clinic name', 'text')}
    ${text(
      'phone',
      'Phone number',
      'tel',
      html`Shown as a call link, for example <code>(410) 555-0147</code>.`,
    )}
    ${text(
      'intake-url',
      'Intake or contact page',
      'url',
      html`A web address, such as <code>https://example.org/intake</code>, or a
        <code>mailto:</code> link.`,
    )}
    <div class="field">
      <label for="region">Country</label>
      <select
        id="region"
        aria-describedby="region-hint"
        @change=${(e: Event) => onInput('region', (e.target as HTMLSelectElement).value)}
      >
        <option value="">Not set (United States lines)</option>
        ${state.regions.map(
          (code) =>
            html`<option value=${code} ?selected=${state.values.region === code}>
              ${regionName(code)}
            </option>`,
        )}
      </select>
      <p id="region-hint" class="hint">Chooses the crisis and help lines the widget shows.</p>
    </div>
    <div class="field">
      <label for="language">Language</label>
      <select
        id="language"
        aria-describedby="language-hint"
        @change=${(e: Event) => onLanguage((e.target as HTMLSelectElement).value)}
      >
        <option value="">Not set (the page's language)</option>
        ${LOCALES.map(
          (code) =>
            html`<option value=${code} ?selected=${state.lang === code}>
              ${languageName(code)}
            </option>`,
        )}
      </select>
      <p id="language-hint" class="hint">
        The widget speaks your page's language, from <code>&lt;html lang&gt;</code>. Pick one to
        preview it; the snippet then loads that language's file (its words inside, no English
        fetched) and reminds you to set <code>&lt;html lang&gt;</code>.
      </p>
    </div>
  </fieldset>`;
}
