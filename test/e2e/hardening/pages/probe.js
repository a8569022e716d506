// Test instrumentation loaded first on every fixture page (a classic script, so it runs before
// the widgets' module scripts). It records what the page cannot see afterwards: security policy
// violations, Trusted Types policies, dialogs, and every write to cookies and storage. It also
// holds small helpers the suite calls through `evaluate()` to reach into shadow roots.
(() => {
  const record = {
    violations: [],
    policies: [],
    dialogs: [],
    writes: [],
    events: [],
    defines: [],
  };

  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const target = event.composedPath()[0];
      const where = target?.localName ? `<${target.localName} class="${target.className}">` : '';
      record.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${where}`.trim());
    },
    true,
  );

  if (window.trustedTypes) {
    const create = trustedTypes.createPolicy.bind(trustedTypes);
    trustedTypes.createPolicy = (name, rules) => {
      record.policies.push(name);
      return create(name, rules);
    };
  }

  // Every registration attempt, by tag: a widget file must never define a tag twice.
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    record.defines.push(name);
    return define(name, ...rest);
  };

  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => {
      record.dialogs.push(`${name}(${args.map(String).join(', ')})`);
      return name === 'confirm' ? false : null;
    };
  }

  const wrap = (target, name, label) => {
    const original = target[name];
    target[name] = function (...args) {
      record.writes.push(`${label}.${name}(${args.map(String).join(', ').slice(0, 80)})`);
      return original.apply(this, args);
    };
  };
  wrap(Storage.prototype, 'setItem', 'Storage');
  wrap(Storage.prototype, 'removeItem', 'Storage');
  wrap(Storage.prototype, 'clear', 'Storage');
  wrap(IDBFactory.prototype, 'open', 'indexedDB');
  wrap(IDBFactory.prototype, 'deleteDatabase', 'indexedDB');
  if (window.CacheStorage) wrap(CacheStorage.prototype, 'open', 'caches');
  if (navigator.sendBeacon) wrap(Navigator.prototype, 'sendBeacon', 'navigator');
  if (window.ServiceWorkerContainer)
    wrap(ServiceWorkerContainer.prototype, 'register', 'serviceWorker');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get.call(document),
    set: (value) => {
      record.writes.push(`document.cookie = ${String(value).slice(0, 80)}`);
      cookie.set.call(document, value);
    },
  });

  for (const type of [
    'iop-cta',
    'iop-quiz-start',
    'iop-quiz-step',
    'iop-quiz-complete',
    'iop-occasion-change',
    'iop-plan-export',
    'iop-buddy-submit',
    'iop-buddy-sent',
    'iop-buddy-error',
  ]) {
    document.addEventListener(type, (event) => {
      const host = event.composedPath()[0];
      record.events.push({type, id: host.id || '', tag: host.localName});
    });
  }

  const widgets = 'iop-program-explainer, iop-care-quiz, iop-sober-tips, iop-buddy-signup';
  const settle = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

  /** Every element of the page, in the document and in every shadow root, recursively. */
  function everything(root = document) {
    const found = [];
    const visit = (node) => {
      for (const element of node.querySelectorAll('*')) {
        found.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(root);
    return found;
  }

  /** The deepest focused element, through shadow roots. */
  function focused() {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element;
  }

  const rgb = (text) => {
    const parts = text.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
  };
  const luminance = ({r, g, b}) => {
    const channel = (v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };

  window.hardening = {
    record,
    widgets,
    everything,
    focused,
    settle,

    /**
     * What a payload could have turned into: in every shadow root, any script, frame, object,
     * embed, image, style, link, base or meta element; anywhere, an `on…` attribute or a
     * `javascript:`, `vbscript:` or `data:` link or source.
     */
    unsafe() {
      const found = [];
      const tags = /^(script|iframe|frame|object|embed|img|image|style|link|base|meta|svg)$/;
      const urlAttributes = /^(href|src|action|formaction|xlink:href|srcdoc|data|poster)$/;
      for (const element of everything()) {
        const inShadow = element.getRootNode() instanceof ShadowRoot;
        const fixture = element.closest('[data-fixture]') && !inShadow;
        if (!inShadow && !element.closest(widgets)) continue;
        if (inShadow && tags.test(element.localName)) found.push(`<${element.localName}>`);
        if (fixture && element.localName !== 'p') found.push(`<${element.localName}> in a slot`);
        for (const {name, value} of element.attributes) {
          if (/^on/i.test(name)) found.push(`<${element.localName} ${name}>`);
          const plain = [...value]
            .filter((c) => c > ' ')
            .join('')
            .toLowerCase();
          if (urlAttributes.test(name) && /^(javascript|vbscript|data):/.test(plain)) {
            found.push(`<${element.localName} ${name}="${value.slice(0, 40)}">`);
          }
        }
      }
      return found;
    },

    /** Waits until every iop widget on the page is defined and has rendered. */
    async ready() {
      const elements = [...document.querySelectorAll(widgets)];
      await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(elements.map((el) => el.updateComplete));
      await settle();
      return elements.length;
    },

    /** The first element matching `selector` inside `host`'s shadow root (host: element or selector). */
    find(host, selector, text) {
      const element = typeof host === 'string' ? document.querySelector(host) : host;
      const matches = [...(element?.shadowRoot?.querySelectorAll(selector) ?? [])];
      if (text === undefined) return matches[0];
      return matches.find((m) => m.textContent.replace(/\s+/g, ' ').includes(text));
    },

    /** Clicks the first `selector` (with `text`) in `host`'s shadow root and waits for the render. */
    async click(host, selector, text) {
      const element = typeof host === 'string' ? document.querySelector(host) : host;
      const target = this.find(element, selector, text);
      if (!target) throw new Error(`no ${selector} "${text ?? ''}" in ${element?.localName}`);
      target.click();
      await element.updateComplete;
      await settle();
      return true;
    },

    /** Sets a field in `host`'s shadow root as typing would, and waits for the render. */
    async fill(host, selector, value) {
      const element = typeof host === 'string' ? document.querySelector(host) : host;
      const field = this.find(element, selector);
      if (!field) throw new Error(`no ${selector} in ${element?.localName}`);
      field.value = value;
      field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      field.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
      await element.updateComplete;
      return true;
    },

    /** The visible text of `host`'s shadow root, whitespace collapsed. */
    text(host) {
      const element = typeof host === 'string' ? document.querySelector(host) : host;
      return (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
    },

    /** WCAG contrast ratio of two computed colours (the background taken as opaque). */
    contrast(foreground, background) {
      const [a, b] = [luminance(rgb(foreground)), luminance(rgb(background))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    },

    /** The first opaque background colour at or above `element`, through shadow hosts. */
    background(element) {
      for (let node = element; node;) {
        if (node.nodeType === 1) {
          const color = getComputedStyle(node).backgroundColor;
          if (rgb(color).a > 0.99) return color;
        }
        node = node.parentNode ?? node.host;
      }
      return 'rgb(255, 255, 255)';
    },

    /**
     * Answers the care quiz in `host` to the result: the last answer of each question (never a
     * red flag's "Yes"). Resolves with the number of questions answered.
     */
    async answerQuiz(host) {
      const quiz = typeof host === 'string' ? document.querySelector(host) : host;
      this.find(quiz, 'button', 'Start the self-check')?.click();
      await quiz.updateComplete;
      for (let step = 0; step < 40; step++) {
        const radios = [...quiz.shadowRoot.querySelectorAll('input[type="radio"]')];
        if (!radios.length) return step;
        radios[radios.length - 1].click();
        await quiz.updateComplete;
        quiz.shadowRoot.querySelector('button[type="submit"]').click();
        await quiz.updateComplete;
        // The result's code loads when the page is idle after the first render; a visitor this
        // fast can reach "See my result" before it has arrived, and the result then waits for it.
        for (let wait = 0; wait < 200 && radios[0].isConnected; wait++) {
          await new Promise((done) => setTimeout(done, 25));
          await quiz.updateComplete;
        }
      }
      throw new Error('the quiz never reached its result');
    },

    /** Fills the buddy signup in `host` with valid answers (email channel). */
    async fillSignup(host) {
      const form = typeof host === 'string' ? document.querySelector(host) : host;
      const radio = (name, value) =>
        this.click(form, `input[type="radio"][name="${name}"][value="${value}"]`);
      await radio('age', 'adult');
      await radio('role', 'find');
      await this.fill(form, 'input[name="name"]', 'Sam');
      await radio('channel', 'email');
      await this.fill(form, 'input[name="email"]', 'sam@example.org');
      await radio('mentionClinic', 'no');
      await this.click(form, 'input[name="consent"]');
      return true;
    },
  };
})();
