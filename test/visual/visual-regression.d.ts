// The package's index.d.ts re-exports './browser/commands.mjs', which TypeScript cannot find
// (the types are in commands.d.ts); this declares the one command the screenshot tests use.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
