// Renders office documents the way a reader would see them: LibreOffice (headless)
// to PDF, poppler's pdftotext / pdftoppm for text and page images. Chinese fonts come
// through tests/support/fonts.conf (仿宋/宋体/楷体/黑体 → Noto CJK).
//
// Each process uses its own LibreOffice profile under the OS temp dir, and calls are
// serialised: two soffice instances on one profile collide, and these machines have
// two cores.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const FONTS_CONF = fileURLToPath(new URL('./fonts.conf', import.meta.url));

const profileDir = join(tmpdir(), `pbd-lo-profile-${process.pid}`);
process.once('exit', () => rmSync(profileDir, { recursive: true, force: true }));
let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

async function which(command: string): Promise<string | null> {
  try {
    const { stdout } = await run('sh', ['-c', `command -v ${command}`]);
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

/** Deletes this process's LibreOffice profile once pending conversions are done (call from afterAll). */
export async function disposeLibreOffice(): Promise<void> {
  await queue;
  rmSync(profileDir, { recursive: true, force: true });
}

/** Throws with the setup hint when a tool the document tests need is missing (they never skip silently). */
export async function requireTools(): Promise<void> {
  const missing: string[] = [];
  for (const tool of ['libreoffice', 'pdftotext', 'pdftoppm']) if (!(await which(tool))) missing.push(tool);
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: run \`npm run setup\` (installs LibreOffice and poppler-utils on Debian)`);
}

/** Converts a .docx (or any document LibreOffice opens) to PDF in `outDir`; returns the PDF's path. */
export function convertToPdf(documentPath: string, outDir: string): Promise<string> {
  return serialised(async () => {
    mkdirSync(outDir, { recursive: true });
    await run(
      'libreoffice',
      [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, documentPath],
      { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, timeout: 180_000 },
    );
    return join(outDir, basename(documentPath).replace(/\.[^.]+$/, '') + '.pdf');
  });
}

export async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** PDF fonts as pdffonts lists them (name, type, embedded) — to see which faces were used. */
export async function pdfFonts(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdffonts', [pdfPath]);
  return stdout;
}

export async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  return match ? Number(match[1]) : 0;
}

/** Page images `<prefix>-N.png` at `dpi`; returns their paths in page order. */
export async function pdfToPngs(pdfPath: string, prefix: string, dpi = 60): Promise<string[]> {
  await run('pdftoppm', ['-png', '-r', String(dpi), pdfPath, prefix]);
  const dir = join(prefix, '..');
  const stem = basename(prefix);
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${stem}-`) && name.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
    .map((name) => join(dir, name));
}
