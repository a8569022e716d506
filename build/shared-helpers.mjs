// Rollup plugin: one shared copy of esbuild's decorator helpers per CDN file, not one per class.
import {createHash} from 'node:crypto';

const HELPERS_PREFIX = '\0iop-esbuild-helpers:';

/**
 * esbuild writes its helpers (`__decorateClass` for the `@property()` decorators) at the top of
 * each module that needs them, so a file held one copy per decorated class. This moves them to a
 * shared module, one for each distinct text, which every such module imports.
 */
export function sharedHelpers() {
  const helpers = new Map();
  return {
    name: 'iop-shared-helpers',
    resolveId: (id) => (id.startsWith(HELPERS_PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(HELPERS_PREFIX)) return null;
      const {text, names} = helpers.get(id);
      return `${text}\nexport {${names.join(', ')}};`;
    },
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('var __')) return null;
      const declarations = [];
      for (const node of this.parse(code).body) {
        if (node.type === 'ExpressionStatement' && node.directive) continue;
        const names =
          node.type === 'VariableDeclaration' ? node.declarations.map((d) => d.id.name) : [];
        if (!names.length || !names.every((name) => /^__\w+$/.test(name ?? ''))) break;
        declarations.push({node, names});
      }
      if (!declarations.length) return null;
      const {start} = declarations[0].node;
      const {end} = declarations.at(-1).node;
      const text = code.slice(start, end);
      const names = declarations.flatMap((declaration) => declaration.names);
      const module = HELPERS_PREFIX + createHash('sha256').update(text).digest('hex').slice(0, 16);
      helpers.set(module, {text, names});
      const statement = `import {${names.join(', ')}} from ${JSON.stringify(module)};`;
      return {code: code.slice(0, start) + statement + code.slice(end), map: null};
    },
  };
}
