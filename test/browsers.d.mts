// Types of test/browsers.mjs, for the TypeScript tests that drive a browser (the receiver's).
import type {Browser} from 'puppeteer-core';

/** Path of the Chromium binary, or undefined. */
export const chromiumPath: string | undefined;
/** Path of the Firefox ESR binary, or undefined. */
export const firefoxPath: string | undefined;
/** Flags that keep headless Chromium working as root on a closed network. */
export const chromiumArgs: string[];
/** Throws a one-line error naming the Debian package when a browser is missing. */
export function requireBrowser(path: string | undefined, pkg: string): string;
/** Starts Debian's Chromium (`chromium`) or Firefox ESR (`firefox`) headless, with puppeteer-core. */
export function launch(name?: 'chromium' | 'firefox'): Promise<Browser>;
