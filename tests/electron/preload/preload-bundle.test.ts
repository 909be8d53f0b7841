// The preload runs sandboxed: it must bundle into one CommonJS file that requires
// nothing but 'electron' (no zod, no Node modules), or the window opens without an API.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('preload bundle', () => {
  it('requires only electron and leaves zod to the main process', async () => {
    const result = await build({
      entryPoints: ['electron/preload/preload.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('node_modules'))).toBe(false);
    expect(inputs).toContain('electron/preload/preload-api.ts');
  });
});
