// LazyModule: code a widget loads after its first render. Loaded once, when the browser is idle; a
// failed load warns once, a click tries again at once, and the prefetch of a widget that keeps
// rendering (a form being typed in, offline) asks again once, when the connection is back.
import {expect} from '@open-wc/testing';
import {LazyModule} from '../src/core/lazy-module.js';
import {afterIdle, watchConsole} from './helpers.js';

let loaders = 0;

/**
 * A module of its own (author warnings are given once a module) whose loader counts its calls and
 * fails while `failing` is set.
 */
function loader() {
  const what = `<test-widget> extra ${++loaders}`;
  const state = {calls: 0, failing: false};
  const load = () => {
    state.calls++;
    return state.failing
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : Promise.resolve({ready: true});
  };
  return {state, what, module: new LazyModule(load, what)};
}

describe('LazyModule', () => {
  let warnings: ReturnType<typeof watchConsole>;
  beforeEach(() => (warnings = watchConsole('warn')));
  afterEach(() => warnings.stop());

  it('loads once, when idle, however often it is prefetched', async () => {
    const {state, module} = loader();
    const first = module.prefetch();
    module.prefetch();
    expect(state.calls, 'nothing before the browser is idle').to.equal(0);
    expect(await first).to.deep.equal({ready: true});
    expect(await module.prefetch()).to.equal(module.loaded);
    expect(await module.get()).to.equal(module.loaded);
    expect(state.calls).to.equal(1);
    expect(warnings.lines).to.deep.equal([]);
  });

  it('resolves with undefined when the load fails, warns once, and tries again on the next get()', async () => {
    const {state, what, module} = loader();
    state.failing = true;
    expect(await module.get()).to.equal(undefined);
    expect(await module.get()).to.equal(undefined);
    expect(state.calls).to.equal(2);
    expect(warnings.lines).to.have.length(1);
    expect(warnings.lines[0]).to.contain('lazy-load-failed').and.contain(what);
    state.failing = false;
    expect(await module.get()).to.deep.equal({ready: true});
    expect(state.calls).to.equal(3);
  });

  it('after a failed load, waits for the connection: one load when it is back, not one a render', async () => {
    const {state, module} = loader();
    state.failing = true;
    expect(await module.prefetch()).to.equal(undefined);
    expect(state.calls).to.equal(1);
    const waiting = module.prefetch();
    for (let keystroke = 0; keystroke < 10; keystroke++) void module.prefetch();
    await afterIdle();
    expect(state.calls, 'no request a render').to.equal(1);
    state.failing = false;
    dispatchEvent(new Event('online'));
    expect(await waiting).to.deep.equal({ready: true});
    expect(module.loaded).to.deep.equal({ready: true});
    expect(state.calls).to.equal(2);
  });

  it('after a failed load, a click still tries at once', async () => {
    const {state, module} = loader();
    state.failing = true;
    await module.get();
    void module.prefetch();
    await afterIdle();
    expect(state.calls, 'the prefetch waits for the connection').to.equal(1);
    state.failing = false;
    expect(await module.get()).to.deep.equal({ready: true});
    expect(state.calls).to.equal(2);
    expect(await module.prefetch(), 'then prefetching has it at once').to.equal(module.loaded);
  });
});
