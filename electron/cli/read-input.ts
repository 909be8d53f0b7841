// Reads a bulletin file for the command line. Text files are decoded with
// decodeText (UTF-8, UTF-16 with BOM, GB18030). Every failure becomes one Chinese
// line naming the file, so the command prints it and exits non-zero.
import { readFile, stat } from 'node:fs/promises';
import { CliError } from './command.ts';
import { decodeText } from '../../shared/text/decode.ts';

// Bulletins are tens of kilobytes; anything this big is not one.
const MAX_BYTES = 64 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  ENOTDIR: '路径中有一段不是文件夹',
  ELOOP: '符号链接循环',
  ENAMETOOLONG: '路径太长',
};

function unreadable(path: string, code: string): CliError {
  return new CliError(`无法读取文件：${path}（${REASONS[code] ?? '读取失败'}，${code}）`);
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw unreadable(path, 'EISDIR');
    if (info.size > MAX_BYTES) throw new CliError(`无法读取文件：${path}（文件太大：${Math.round(info.size / 1024 / 1024)} MB，上限 64 MB）`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw unreadable(path, code);
  }
}

/** Reads and decodes a text file; throws CliError with a one-line Chinese message. */
export async function readInputFile(path: string): Promise<{ text: string; encoding: string }> {
  return decodeText(await readBytes(path));
}
