// Rollup plugin: one virtual entry per widget CDN file: <iop-clinic>, the widget, CDN start-up.

/** The id prefix of a widget's virtual entry: `ENTRY_PREFIX + 'care-quiz'`. */
export const ENTRY_PREFIX = '\0iop-cdn-entry:';

/**
 * Each virtual entry imports `<iop-clinic>` and the widget's define module, then calls
 * `startCdnBundle()` (src/cdn-bundle.ts), as src/cdn.ts does for the all-in-one file.
 * @param {(path: string) => string} source the absolute path of a module under src/
 */
export function widgetEntries(source) {
  return {
    name: 'iop-widget-entries',
    resolveId: (id) => (id.startsWith(ENTRY_PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(ENTRY_PREFIX)) return null;
      const widget = id.slice(ENTRY_PREFIX.length);
      return [
        `import ${JSON.stringify(source('widgets/clinic/define.ts'))};`,
        `import ${JSON.stringify(source(`widgets/${widget}/define.ts`))};`,
        `import {startCdnBundle} from ${JSON.stringify(source('cdn-bundle.ts'))};`,
        'startCdnBundle();',
      ].join('\n');
    },
  };
}
