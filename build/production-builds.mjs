// Rollup plugin: fails the build when a development build (Lit's `development/`) is bundled.

/**
 * node-resolve picks the production files unless it is asked for the `development` export
 * condition; this keeps it so.
 */
export function productionBuilds() {
  return {
    name: 'iop-production-builds',
    generateBundle() {
      const development = [...this.getModuleIds()].filter((id) =>
        /[\\/]node_modules[\\/].*[\\/]development[\\/]/.test(id),
      );
      if (development.length) this.error(`development builds bundled: ${development.join(', ')}`);
    },
  };
}
