// Project lint rules: the layer boundaries of the README's Architecture section and the ban on raw text in JSX.
import path from 'node:path';

const srcRoot = path.resolve(import.meta.dirname, 'src');
const researchRoot = path.resolve(import.meta.dirname, 'research');

const isInside = (file, root) => {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/** Which layer a file under src/ belongs to, e.g. "domain", "storage", "features/rehearse". */
export function layerOf(file) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [top, sub] = rel.split(path.sep);
  if (top === 'features' && sub && !sub.includes('.')) return `features/${sub}`;
  return top.includes('.') ? 'root' : top;
}

// Who may import whom (besides itself). features/* may import its own feature only.
const allowedLayers = {
  domain: [],
  lib: ['domain'],
  i18n: ['domain', 'lib'],
  storage: ['domain', 'lib'],
  components: ['domain', 'lib', 'i18n'],
  features: ['domain', 'storage', 'components', 'lib', 'i18n'],
  cli: ['domain'],
  app: ['domain', 'storage', 'components', 'lib', 'i18n', 'features'],
  root: ['app', 'i18n', 'lib'],
};

// Domain code stays pure: these are the only packages it may use.
const domainPackages = ['zod', 'xstate', 'yaml'];

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function resolveTarget(spec, fromFile) {
  if (spec.startsWith('@/')) return path.join(srcRoot, spec.slice(2));
  if (spec.startsWith('.')) return path.resolve(path.dirname(fromFile), spec);
  return null;
}

// research/ is outside the product: the app never builds it, and it builds on the domain alone.
function researchViolation(fromLayer, spec, fromFile) {
  const target = resolveTarget(spec, fromFile);
  if (target === null) return null;
  if (fromLayer !== null && isInside(target, researchRoot))
    return 'research/ is not part of the app: nothing under src/ may import from it';
  if (isInside(fromFile, researchRoot) && isInside(target, srcRoot) && layerOf(target) !== 'domain')
    return `research code may import src/domain only, not src/${layerOf(target)}`;
  return null;
}

function importViolation(fromLayer, spec, fromFile) {
  const target = resolveTarget(spec, fromFile);
  if (target === null) {
    const pkg = packageName(spec);
    if (pkg === 'dexie' && fromLayer !== 'storage') return `'dexie' may only be imported inside src/storage`;
    if (fromLayer === 'domain' && !domainPackages.includes(pkg))
      return `domain code must stay pure: '${pkg}' is not allowed here`;
    if (fromLayer === 'cli' && !domainPackages.includes(pkg) && !pkg.startsWith('node:'))
      return `command-line tools use domain code and node built-ins only: '${pkg}' is not allowed here`;
    return null;
  }
  const toLayer = layerOf(target);
  if (toLayer === null || toLayer === fromLayer) return null;
  const fromGroup = fromLayer.startsWith('features/') ? 'features' : fromLayer;
  const toGroup = toLayer.startsWith('features/') ? 'features' : toLayer;
  if (fromGroup === 'features' && toGroup === 'features')
    return `features never import each other: ${fromLayer} imports ${toLayer}`;
  if (!(allowedLayers[fromGroup] ?? []).includes(toGroup))
    return `layer rule: ${fromLayer} may not import from ${toLayer}`;
  return null;
}

const layers = {
  meta: {
    type: 'problem',
    docs: { description: "enforce the one-way layer rule of the README's Architecture section" },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const fromLayer = layerOf(file);
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      const research = researchViolation(fromLayer, spec, file);
      if (research) return context.report({ node, message: research });
      const insideSrc = fromLayer !== null;
      if (!insideSrc) {
        if (packageName(spec) === 'dexie' && !file.includes(`${path.sep}tests${path.sep}storage${path.sep}`))
          context.report({ node, message: `'dexie' may only be imported inside src/storage` });
        return;
      }
      const message = importViolation(fromLayer, spec, file);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
    };
  },
};

const textAttributes = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label']);
const hasWords = (text) => /\p{L}/u.test(text);

const noRawText = {
  meta: { type: 'problem', docs: { description: 'user-visible text goes through i18n' }, schema: [] },
  create(context) {
    const report = (node) =>
      context.report({ node, message: 'Raw user-visible text in JSX: use t() with a key in src/i18n/locales' });
    return {
      JSXText: (node) => hasWords(node.value) && report(node),
      JSXExpressionContainer(node) {
        const e = node.expression;
        if (node.parent.type === 'JSXAttribute') return;
        if (e.type === 'Literal' && typeof e.value === 'string' && hasWords(e.value)) report(node);
        if (e.type === 'TemplateLiteral' && e.quasis.some((q) => hasWords(q.value.raw))) report(node);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!textAttributes.has(name) || !node.value) return;
        const v = node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        if (v.type === 'Literal' && typeof v.value === 'string' && hasWords(v.value)) report(node);
      },
    };
  },
};

export const matPlugin = { rules: { layers, 'no-raw-jsx-text': noRawText } };
