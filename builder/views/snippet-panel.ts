// "5. Your snippet" with its Copy button, and the preview panel that holds the live widget.
import {html} from 'lit';

export function snippetPanel(options: {
  snippet: string;
  copyStatus: string;
  integrityProblem: string;
  onCopy: () => void;
}) {
  const {snippet, copyStatus, integrityProblem, onCopy} = options;
  const rows = Math.min(Math.max(snippet.split('\n').length, 6), 24);
  return html`<section class="panel" aria-labelledby="snippet-title">
    <h2 id="snippet-title">5. Your snippet</h2>
    <p id="snippet-hint" class="hint">
      Paste it into your page's HTML where the widget should appear. Load the script once per page,
      even with several widgets. If your site sends a Content-Security-Policy, move the
      <code>&lt;style&gt;</code> rules into your own stylesheet.
    </p>
    <textarea
      id="snippet"
      readonly
      rows=${rows}
      spellcheck="false"
      autocomplete="off"
      aria-labelledby="snippet-title"
      aria-describedby="snippet-hint"
      .value=${snippet}
    ></textarea>
    <p class="copy-row">
      <button id="copy" type="button" class="button button--primary" @click=${onCopy}>
        Copy snippet
      </button>
      <span id="copy-status" class="copy-status" role="status">${copyStatus}</span>
    </p>
    <p id="integrity-problem" class="builder-problem" ?hidden=${!integrityProblem}>
      ${integrityProblem}
    </p>
  </section>`;
}
