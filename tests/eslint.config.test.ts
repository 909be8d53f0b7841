// The architecture's layer rules are enforced by ESLint (eslint.config.mjs). These
// tests lint small snippets as if they stood in each layer and check that a crossing
// is reported, and that legitimate code is not.
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
