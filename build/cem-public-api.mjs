// Analyzer plugin: keeps custom-elements.json to the published contract (public members, dist/ paths).

const TAG_PREFIX = 'iop-';

const isPublic = (member) =>
  !member.privacy?.match(/^(private|protected)$/) && !member.name.startsWith('#');

/** Replaces `src/…ts` with the published `dist/…js` everywhere a module is named. */
function publishedPaths(value) {
  if (Array.isArray(value)) return value.forEach(publishedPaths);
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof child === 'string') {
      value[key] = child.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
    } else {
      publishedPaths(child);
    }
  }
}

/**
 * - members that are private, protected or `#private` (every `@state()` is) are left out;
 * - style sheets are not copied into the manifest as default values;
 * - a define module (`IopClinic.define('iop-clinic')`) exports the tag the class names with `@tag`;
 * - `export {IopClinic}` after an import names the module that declares the class;
 * - module paths name the published files (`dist/…js`), not the TypeScript sources.
 */
export function publicApi() {
  /** `{module, tag, className}` of every `Class.define('iop-…')` call. */
  const definitions = [];
  return {
    name: 'iop-public-api',
    initialize: () => void (definitions.length = 0),
    analyzePhase({ts, node, moduleDoc}) {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.arguments.length === 1 &&
        ts.isStringLiteral(node.arguments[0]) &&
        node.arguments[0].text.startsWith(TAG_PREFIX)
      ) {
        const [{text: tag}] = node.arguments;
        definitions.push({module: moduleDoc.path, tag, className: node.expression.expression.text});
      }
    },
    moduleLinkPhase({moduleDoc}) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        if (declaration.kind === 'variable' && /^css\s*`/.test(declaration.default ?? '')) {
          delete declaration.default;
        }
      }
      // `customElements.define(tag, this)` inside a base class names no tag of its own.
      moduleDoc.exports = (moduleDoc.exports ?? []).filter(
        (e) => e.kind !== 'custom-element-definition' || e.name.startsWith(TAG_PREFIX),
      );
    },
    packageLinkPhase({customElementsManifest: {modules}}) {
      const declares = (name) => (m) => m.declarations?.some((d) => d.name === name);
      for (const {module, tag, className} of definitions) {
        const isClass = (d) => d.kind === 'class' && d.name === className;
        const owner = modules.find((m) => m.declarations?.some(isClass));
        const declaration = owner?.declarations.find(isClass);
        if (declaration?.tagName !== tag) {
          throw new Error(`${module} defines <${tag}>, but ${className} has no \`@tag ${tag}\``);
        }
        declaration.customElement = true;
        const target = modules.find((m) => m.path === module);
        target.exports = [
          ...(target.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: tag,
            declaration: {name: className, module: owner.path},
          },
        ];
      }
      for (const entry of modules.flatMap((m) => m.exports ?? [])) {
        const {declaration} = entry;
        if (entry.kind !== 'js' || !declaration?.module) continue;
        const named = modules.find((m) => m.path === declaration.module);
        const owners = modules.filter(declares(declaration.name));
        if (named && !declares(declaration.name)(named) && owners.length === 1) {
          declaration.module = owners[0].path;
        }
      }
      publishedPaths(modules);
    },
  };
}
