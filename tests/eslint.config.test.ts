// The architecture's layer rules are enforced by ESLint (eslint.config.mjs). These
// tests lint small snippets as if they stood in each layer and check that a crossing
// is reported, and that legitimate code is not.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The probes are not files on disk, so the type-aware rules (which need the file in a
// tsconfig) are switched off; the layer rules do not use types.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx'], ...tseslint.configs.disableTypeChecked },
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layer rules', () => {
  it('shared/ may not import Node, Electron, React or another layer', async () => {
    for (const source of ['node:fs', 'fs', 'electron', 'react', 'dexie', '../renderer/app/main.tsx', '../electron/main/main.ts']) {
      const ids = await ruleIds(`import * as x from '${source}';\nexport const y = x;\n`, 'shared/model/probe.ts');
      expect(ids, source).toContain('no-restricted-imports');
    }
  });

  it('shared/ may not use DOM or Node globals', async () => {
    expect(await ruleIds('export const t = document.title;\n', 'shared/model/probe.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const e = process.env;\n', 'shared/model/probe.ts')).toContain('no-restricted-globals');
  });

  it('renderer/ may not import Node or Electron', async () => {
    for (const source of ['node:path', 'electron', '../../electron/main/main.ts']) {
      const ids = await ruleIds(`import * as x from '${source}';\nexport const y = x;\n`, 'renderer/app/probe.ts');
      expect(ids, source).toContain('no-restricted-imports');
    }
  });

  it('electron/ may not import the renderer', async () => {
    const ids = await ruleIds(`import * as x from './renderer/app/main.tsx';\nexport const y = x;\n`, 'electron/probe.ts');
    expect(ids).toContain('no-restricted-imports');
  });

  it('allows each layer to use shared/', async () => {
    const code = `import { docNumberKey } from '../shared/text/normalize.ts';\nexport const k = docNumberKey('x');\n`;
    expect(await ruleIds(code, 'renderer/app/probe.ts')).not.toContain('no-restricted-imports');
    expect(await ruleIds(code, 'electron/node/cli/probe.ts')).not.toContain('no-restricted-imports');
  });
});

describe('renderer areas', () => {
  const probe = (specifier: string, at: string) => ruleIds(`import * as x from '${specifier}';\nexport const y = x;\n`, at);

  it('enters another area only through its index.ts', async () => {
    expect(await probe('../../data/library/db.ts', 'renderer/features/library/probe.ts')).toContain('architecture/renderer-areas');
    expect(await probe('../search/SearchBox.tsx', 'renderer/features/library/probe.ts')).toContain('architecture/renderer-areas');
    expect(await probe('../../data/library/index.ts', 'renderer/features/library/probe.ts')).not.toContain('architecture/renderer-areas');
    expect(await probe('./store.ts', 'renderer/features/library/probe.ts')).not.toContain('architecture/renderer-areas');
  });

  it('imports only its own layer and those below', async () => {
    expect(await probe('../features/library/index.ts', 'renderer/ui/probe.ts')).toContain('architecture/renderer-areas');
    expect(await probe('../../core/index.ts', 'renderer/data/search/probe.ts')).toContain('architecture/renderer-areas');
    expect(await probe('../core/index.ts', 'renderer/ui/probe.ts')).not.toContain('architecture/renderer-areas');
  });

  it('lets a feature import another only along a listed edge', async () => {
    // clients → briefings is listed; its reverse, and briefings → tagging, are not.
    expect(await probe('../briefings/index.ts', 'renderer/features/clients/probe.ts')).not.toContain('architecture/renderer-areas');
    expect(await probe('../clients/index.ts', 'renderer/features/briefings/probe.ts')).toContain('architecture/renderer-areas');
    expect(await probe('../tagging/index.ts', 'renderer/features/briefings/probe.ts')).toContain('architecture/renderer-areas');
    // A listed edge still enters through the other feature's index.ts.
    expect(await probe('../briefings/store.ts', 'renderer/features/clients/probe.ts')).toContain('architecture/renderer-areas');
    // app/ sits above the features and may import any of them.
    expect(await probe('../features/briefings/index.ts', 'renderer/app/probe.ts')).not.toContain('architecture/renderer-areas');
  });

  it('keeps the listed feature edges free of cycles', async () => {
    const config = (await import(pathToFileURL(path.resolve('eslint.config.mjs')).href)) as {
      FEATURE_EDGES: readonly (readonly [string, string])[];
      featureCycle: (edges: readonly (readonly [string, string])[]) => string[] | null;
    };
    expect(config.featureCycle(config.FEATURE_EDGES)).toBeNull();
    expect(config.featureCycle([...config.FEATURE_EDGES, ['tagging', 'clients']])).toEqual(['clients', 'tagging', 'clients']);
    expect(config.featureCycle([['a', 'b'], ['b', 'c'], ['c', 'a']])).toEqual(['a', 'b', 'c', 'a']);
    expect(config.featureCycle([['a', 'b'], ['a', 'c'], ['b', 'c']])).toBeNull();
    // Every edge names a feature that exists.
    for (const [from, to] of config.FEATURE_EDGES) {
      expect(fs.existsSync(`renderer/features/${from}/index.ts`), from).toBe(true);
      expect(fs.existsSync(`renderer/features/${to}/index.ts`), to).toBe(true);
    }
  });

  it('keeps UI strings out of the data layer and its workers', async () => {
    expect(await probe('../../platform/i18n/index.ts', 'renderer/data/search/probe.ts')).toContain('architecture/renderer-areas');
    expect(await probe('../../platform/i18n/index.ts', 'renderer/features/search/probe.ts')).not.toContain('architecture/renderer-areas');
  });
});

describe('host and process rules', () => {
  it('shared/ reaches globalThis only through shared/platform.ts', async () => {
    expect(await ruleIds('export const d = globalThis.TextDecoder;\n', 'shared/text/probe.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const d = globalThis.TextDecoder;\n', 'shared/platform.ts')).not.toContain('no-restricted-globals');
  });

  it('electron/node/ never imports electron or the main process', async () => {
    for (const source of ['electron', '../../main/window.ts']) {
      expect(await ruleIds(`import * as x from '${source}';\nexport const y = x;\n`, 'electron/node/cli/probe.ts'), source).toContain('no-restricted-imports');
    }
    expect(await ruleIds(`import * as x from 'electron';\nexport const y = x;\n`, 'electron/main/probe.ts')).not.toContain('no-restricted-imports');
  });
});

describe('words only in strings files', () => {
  const literal = "export const title = '申报截止提醒';\n";

  it('reports a CJK literal in a renderer feature, as a string, a template, a regex or JSX text', async () => {
    expect(await ruleIds(literal, 'renderer/features/library/probe.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds('export const t = (n: number) => `共 ${n} 条`;\n', 'renderer/features/library/probe.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds('export const r = /^第[一二三]条/u;\n', 'renderer/features/reader/probe.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds('export const P = () => <p>导入快讯</p>;\n', 'renderer/features/import/probe.tsx')).toContain('no-restricted-syntax');
  });

  it('reports one in the main process and the command line outside their strings files', async () => {
    expect(await ruleIds(literal, 'electron/main/probe.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds(literal, 'electron/node/cli/commands/probe.ts')).toContain('no-restricted-syntax');
  });

  it('allows one in the strings files, in comments, and in shared/ (parsing input)', async () => {
    expect(await ruleIds(literal, 'renderer/platform/i18n/zh-CN.ts')).not.toContain('no-restricted-syntax');
    expect(await ruleIds(literal, 'electron/main/strings.ts')).not.toContain('no-restricted-syntax');
    expect(await ruleIds(literal, 'electron/node/cli/strings.ts')).not.toContain('no-restricted-syntax');
    expect(await ruleIds("// 申报截止提醒\nexport const code = 'deadline-reminder';\n", 'renderer/features/library/probe.ts')).not.toContain('no-restricted-syntax');
    expect(await ruleIds(literal, 'shared/parse/probe.ts')).not.toContain('no-restricted-syntax');
  });
});

describe('one word per thing (docs/glossary.md)', () => {
  it('reports a retired word in an identifier, in every layer and in tests', async () => {
    expect(await ruleIds('export const assignmentsOfClient = 1;\n', 'renderer/data/library/probe.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds('export type NoticeRefsRecord = { id: string };\n', 'shared/relations/probe.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds('export const REFS_VERSION = 3;\n', 'electron/node/cli/probe.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds('export const isSameEdition = true;\n', 'tests/renderer/probe.test.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds('export const recommendations = [];\n', 'renderer/platform/i18n/zh-CN.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds('export const queryExpansions = [];\n', 'shared/search/probe.ts')).toContain('no-restricted-syntax');
  });

  it('leaves words that only look alike: React refs, citations, relations', async () => {
    const code = 'export const inputRef = 1; export const ref = 2; export const useRefresh = 3; export const noticeRelations = 4; export const citations = 5; export const otherForms = 6;\n';
    expect(await ruleIds(code, 'renderer/features/reader/probe.ts')).not.toContain('no-restricted-syntax');
    expect(await ruleIds(code, 'shared/relations/probe.ts')).not.toContain('no-restricted-syntax');
  });
});
