// Rollup plugin (no maintained one asks again under a new address): a failed lazy chunk can load
// again, in Firefox too.

/**
 * Firefox keeps a failed `import()` failed for the life of the page (one module map entry per
 * address), where Chromium fetches it again. So a visitor whose connection dropped while the page
 * was idle could not see the quiz's result or export their plan in Firefox until they reloaded,
 * losing what they had entered. Each `import()` of a lazy chunk is written so that its second and
 * later calls ask for the same file as `<file>?retry=<n>`: a new entry in the module map. A widget
 * calls again only after a failure (LazyModule keeps a module that loaded), and the chunk's own
 * import of the CDN file resolves to its plain address, so it joins the page's one copy of the
 * widgets. The count is kept per file on the importing module's `import.meta`.
 * @param {{isLazy: (id: string) => boolean}} options `isLazy(id)`: the module is a lazy chunk
 */
export function retryLazyImports({isLazy}) {
  return {
    name: 'iop-retry-lazy-imports',
    renderDynamicImport({targetModuleId}) {
      if (!targetModuleId || !isLazy(targetModuleId)) return null;
      // Inside a template literal, so that however the minifier rewrites the expression (it
      // turns the arrow function into a comma sequence), import() still gets one argument.
      return {
        left:
          'import(`${((meta, file) => (meta[file] = (meta[file] ?? -1) + 1) ? ' +
          '`${new URL(file, meta.url)}?retry=${meta[file]}` : file)(import.meta, ',
        right: ')}`)',
      };
    },
    generateBundle(_options, bundle) {
      // The minifier ran in renderChunk(): every file must still be a module a browser can parse.
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        try {
          this.parse(file.code);
        } catch (error) {
          this.error(`${file.fileName} is not valid JavaScript after minifying: ${error.message}`);
        }
      }
    },
  };
}
