// Lint rules, and the layer rules that keep the architecture honest (VS Code style):
//   shared/    pure TypeScript: no DOM, no Node, no Electron, no React, no other layer;
//              host APIs only through shared/platform.ts
//   renderer/  the browser app: no Node, no Electron, no electron/ code; inside it, areas
//              (see RENDERER_LAYERS) entered only through their index.ts; a feature imports
//              another feature only along an edge of FEATURE_EDGES
//   electron/  main process and preload: never the renderer's code; electron/node/ (files,
//              command line) is plain Node and never imports electron
// The per-layer tsconfig files enforce the same from the type side (no DOM lib in
// shared/, no @types/node in renderer/).
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'worker_threads', 'buffer'];
const restrict = (patterns, message) => patterns.map((group) => ({ group: [group], message }));

// The renderer's areas, lowest layer first. An area may import its own layer and those
// below it, and another area only through that area's index.ts:
//   platform/<x>  host adapters (bridge, extract, i18n)
//   data/<x>      IndexedDB and the workers (library, search, import, briefing)
//   core          what every feature uses at run time (contexts, navigation, toasts)
//   ui            shared components and styles
//   features/<x>  one room per screen: its components, store, hooks, styles
//   app           the shell that puts the features together
const RENDERER_LAYERS = ['platform', 'data', 'core', 'ui', 'features', 'app'];
const NESTED_LAYERS = new Set(['platform', 'data', 'features']);

// Features are rooms that do not lean on each other: what two of them share lives below
// them (core/, ui/). One feature imports another only along an edge listed here, each one
// feature doing its own job from another's screen. The edges form no cycle (checked below,
// when the config loads), so no feature's modules, stores or styles wait on their own.
export const FEATURE_EDGES = [
  // A client's page lists the client's saved briefings (下载 again) and starts one (生成简报).
  ['clients', 'briefings'],
  // A client's page takes a notice off the client (移除), with the tagging's confirmation.
  ['clients', 'tagging'],
  // The selection bar tags the chosen notices to clients and untags them.
  ['library', 'tagging'],
  // The reader tags its notice to clients and untags it.
  ['reader', 'tagging'],
  // The empty library offers 导入快讯.
  ['library', 'import'],
  // A cited document not in the library is searched for (the search screen, its query set).
  ['reader', 'search'],
  // The search filters offer the values the library's facets offer (one browse, one answer).
  ['search', 'library'],
];

/** A cycle among the edges as [a, b, …, a], or null when there is none. */
export function featureCycle(edges) {
  const next = new Map();
  for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const done = new Set();
  const visit = (feature, path) => {
    if (path.includes(feature)) return [...path.slice(path.indexOf(feature)), feature];
    if (done.has(feature)) return null;
    for (const to of next.get(feature) ?? []) {
      const cycle = visit(to, [...path, feature]);
      if (cycle) return cycle;
    }
    done.add(feature);
    return null;
  };
  for (const [from] of edges) {
    const cycle = visit(from, []);
    if (cycle) return cycle;
  }
  return null;
}

const cycle = featureCycle(FEATURE_EDGES);
if (cycle) throw new Error(`FEATURE_EDGES in eslint.config.mjs form a cycle: ${cycle.join(' → ')}`);
const featureEdges = new Set(FEATURE_EDGES.map(([from, to]) => `renderer/features/${from} → renderer/features/${to}`));

/** 'renderer/features/library' for any file below it; null outside renderer's areas. */
function rendererArea(relativePath) {
  const parts = relativePath.split(path.sep).join('/').split('/');
  if (parts[0] !== 'renderer' || !RENDERER_LAYERS.includes(parts[1])) return null;
  const depth = NESTED_LAYERS.has(parts[1]) ? 3 : 2;
  if (parts.length <= depth) return null;
  return { name: parts.slice(0, depth).join('/'), layer: RENDERER_LAYERS.indexOf(parts[1]) };
}

const rendererAreas = {
  meta: {
    type: 'problem',
    messages: {
      entry: "{{target}} is another area: import it through {{entry}}, not one of its files.",
      layer: '{{from}} may not import {{target}}: areas import only their own layer and those below (platform → data → core → ui → features → app).',
      feature: '{{from}} may not import {{target}}: a feature imports another only along an edge of FEATURE_EDGES (eslint.config.mjs); move what they share to core/ or ui/.',
      strings: 'The data layer and its workers speak in codes and data; words for the user come from the UI (renderer/platform/i18n), not from {{from}}.',
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const fromFile = path.relative(root, context.filename);
    const from = rendererArea(fromFile);
    if (!from) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const targetFile = path.relative(root, path.resolve(path.dirname(context.filename), specifier.split('?')[0]));
      const target = rendererArea(targetFile);
      if (!target || target.name === from.name) return;
      if (from.name.startsWith('renderer/data/') && target.name === 'renderer/platform/i18n') {
        context.report({ node, messageId: 'strings', data: { from: from.name } });
      } else if (target.layer > from.layer) {
        context.report({ node, messageId: 'layer', data: { from: from.name, target: target.name } });
      } else if (target.layer === from.layer && from.name.startsWith('renderer/features/') && !featureEdges.has(`${from.name} → ${target.name}`)) {
        context.report({ node, messageId: 'feature', data: { from: from.name, target: target.name } });
      } else if (targetFile.split(path.sep).join('/') !== `${target.name}/index.ts`) {
        context.report({ node, messageId: 'entry', data: { target: target.name, entry: `${target.name}/index.ts` } });
      }
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
const architecture = { rules: { 'renderer-areas': rendererAreas } };

// Words the user reads live in strings files, one per edge; everywhere else in renderer/
// and electron/, text is code: ASCII codes compared and stored, worded at the edge. These
// are the strings files, the only places a CJK literal may stand:
const STRINGS_FILES = [
  'renderer/platform/i18n/*.ts', // the UI's (zh, and codes.ts for the codes shared/ speaks in)
  'electron/main/strings.ts', // the main process's native menus, dialogs and notifications
  'electron/node/cli/strings.ts', // the command line's
  'shared/words/*.ts', // the one wording of shared/'s codes, which both edges read
];
// A CJK ideograph (what Chinese words are written in). Comments are no literals.
const CJK = '/[\\u4e00-\\u9fff]/';
const cjkMessage = 'Words the user reads belong in a strings file ({{files}}); code compares and stores ASCII codes. Chinese that is parsing input belongs in shared/.';
const noCjkLiterals = ['error', ...[
  `Literal[value=${CJK}]`,
  `Literal[regex.pattern=${CJK}]`,
  `TemplateElement[value.raw=${CJK}]`,
  `JSXText[value=${CJK}]`,
].map((selector) => ({ selector, message: cjkMessage.replace('{{files}}', STRINGS_FILES.join(', ')) }))];

// Retired words (docs/glossary.md): each thing has one name, and these were second names.
const WORDS_RETIRED = [
  { pattern: '[Ee]dition', word: 'a bulletin\'s other files are its sources; the bulletin is a bulletin' },
  { pattern: '[Aa]ssignment', word: 'a notice linked to a client is a tag' },
  { pattern: '(^|[a-z])[Rr]efs($|[A-Z_])|REFS', word: 'what a notice cites and is known by is its relations (one reference: a citation)' },
  { pattern: '[Rr]ecommendation', word: 'what match proposes is a suggestion' },
  { pattern: '[Ee]xpansion', word: 'the other words a search term is also looked for as are its other forms' },
];
const retiredWords = WORDS_RETIRED.map(({ pattern, word }) => ({
  selector: `Identifier[name=/${pattern}/]`,
  message: `One word per thing (docs/glossary.md): ${word}.`,
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'coverage/', 'test-results/', 'renderer/public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', 'electron/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...restrict(nodeModules, 'shared/ is pure TypeScript: no Node modules.'),
          ...restrict(['electron', 'electron/*'], 'shared/ is pure TypeScript: no Electron.'),
          ...restrict(['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie', 'dexie-*', 'zustand', 'zustand/*'], 'shared/ is pure TypeScript: no React, no browser storage.'),
          ...restrict(['**/renderer/**', '**/electron/**', '**/tests/**'], 'shared/ may not import another layer.'),
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname', 'self',
        { name: 'globalThis', message: 'shared/ reaches host APIs only through shared/platform.ts.' }],
    },
  },
  {
    // The one file of shared/ that reaches the host (TextDecoder, TextEncoder, URL).
    files: ['shared/platform.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require', '__dirname', 'self'] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks, architecture },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'architecture/renderer-areas': 'error',
      // useAsyncResult (renderer/ui) takes its deps like useEffect: check them the same way.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useAsyncResult$' }],
      'no-restricted-imports': ['error', {
        patterns: [
          ...restrict(nodeModules, 'renderer/ runs in a browser: no Node modules; go through the bridge.'),
          ...restrict(['electron', 'electron/*'], 'renderer/ must not touch Electron; use the typed bridge (renderer/platform/bridge).'),
          ...restrict(['**/electron/**', '**/tests/**'], 'renderer/ may import shared/ only.'),
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...restrict(['**/renderer/**', '**/tests/**'], 'electron/ may import shared/ only, never the renderer.'),
          ...restrict(['react', 'react-dom', 'react/*', 'react-dom/*'], 'electron/ has no UI code.'),
        ],
      }],
    },
  },
  {
    // Files and the command line are plain Node: they run without Electron (the CLI, tests).
    files: ['electron/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...restrict(['electron', 'electron/*'], 'electron/node/ is plain Node: it runs without Electron, so it never imports it.'),
          ...restrict(['**/main/**', '**/preload/**'], 'electron/node/ may not import the main process or the preload.'),
          ...restrict(['**/renderer/**', '**/tests/**'], 'electron/ may import shared/ only, never the renderer.'),
          ...restrict(['react', 'react-dom', 'react/*', 'react-dom/*'], 'electron/ has no UI code.'),
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx', 'electron/**/*.ts'],
    // Schema versions say why they exist in a developer's words (never shown).
    ignores: [...STRINGS_FILES, 'renderer/data/library/versions/*.ts'],
    rules: { 'no-restricted-syntax': [...noCjkLiterals, ...retiredWords] },
  },
  {
    files: ['shared/**/*.ts', 'tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...retiredWords] },
  },
  {
    // The strings files: CJK allowed, no retired word. (Schema versions have neither
    // rule: they name the tables and fields as the versions that shipped named them.)
    files: STRINGS_FILES,
    rules: { 'no-restricted-syntax': ['error', ...retiredWords] },
  },
  {
    // Config files and tests may use default exports where their tools require them.
    files: ['*.ts', '*.mjs', 'renderer/vite.config.ts', 'tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
