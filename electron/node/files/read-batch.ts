// Reads picked or dropped paths from disk into a FileBatch: files as they are, folders
// walked recursively. What is admitted (extension, size, count, total) is decided by the
// shared BatchBuilder, so the desktop and the web refuse the same files.
import fs from 'node:fs/promises';
import path from 'node:path';
import { BatchBuilder, type FileBatch } from '../../../shared/ipc/batch.ts';
import { compareFileNames, isClutterName, type OpenKind } from '../../../shared/ipc/files.ts';
import { LIMITS, type FileLimits } from '../../../shared/limits.ts';

type WalkLimits = Pick<FileLimits, 'maxWalkEntries' | 'maxWalkDepth'>;

/**
 * A Buffer from the pool shares its memory with other data; structured clone would send
 * the whole pool to the renderer, so such a Buffer is copied. A file's own Buffer is not.
 */
function ownBytes(buffer: Buffer): Uint8Array {
  return buffer.byteOffset === 0 && buffer.buffer.byteLength === buffer.byteLength
    ? new Uint8Array(buffer.buffer, 0, buffer.byteLength)
    : new Uint8Array(buffer);
}

class DiskReader {
  private visited = 0;

  constructor(
    private readonly builder: BatchBuilder,
    private readonly limits: WalkLimits,
  ) {}

  async readFile(filePath: string, relativePath: string, size: number): Promise<void> {
    if (this.builder.admit(relativePath, size) !== 'read') return;
    try {
      const bytes = ownBytes(await fs.readFile(filePath));
      this.builder.add({ name: path.basename(filePath), relativePath, bytes });
    } catch {
      this.builder.skip(relativePath, 'unreadable');
    }
  }

  async walk(directory: string, relativePath: string, depth: number): Promise<void> {
    if (depth > this.limits.maxWalkDepth) {
      this.builder.noteLeftOut();
      return;
    }
    let entries;
    try {
      entries = await fs.readdir(directory, { withFileTypes: true });
    } catch {
      this.builder.skip(relativePath, 'unreadable');
      return;
    }
    entries.sort((a, b) => compareFileNames(a.name, b.name));
    for (const entry of entries) {
      if (this.builder.isFull) return;
      this.visited += 1;
      if (this.visited > this.limits.maxWalkEntries) {
        this.builder.markTruncated();
        return;
      }
      if (isClutterName(entry.name)) continue;
      const childPath = path.join(directory, entry.name);
      const childRelative = `${relativePath}/${entry.name}`;
      // Symbolic links inside a folder are not followed: one can point back up the tree.
      if (entry.isDirectory()) await this.walk(childPath, childRelative, depth + 1);
      else if (entry.isFile()) await this.readFile(childPath, childRelative, await sizeOf(childPath));
    }
  }
}

async function sizeOf(filePath: string): Promise<number> {
  try {
    return (await fs.stat(filePath)).size;
  } catch {
    // Let the read itself fail and report the file as unreadable.
    return 0;
  }
}

/**
 * Reads each path: a file directly (links followed: the user chose it), a folder with
 * everything under it, named relative to the folder's parent (快讯/2024/第3期.pdf).
 */
export async function readPathsToBatch(
  paths: readonly string[],
  kind: OpenKind,
  limits: WalkLimits = LIMITS.files,
  builder: BatchBuilder = new BatchBuilder(kind),
): Promise<FileBatch> {
  const reader = new DiskReader(builder, limits);
  for (const target of paths) {
    if (builder.isFull) break;
    const name = path.basename(target);
    try {
      const stats = await fs.stat(target);
      if (stats.isDirectory()) await reader.walk(target, name, 1);
      else if (stats.isFile()) await reader.readFile(target, name, stats.size);
      else builder.skip(name, 'unreadable');
    } catch {
      builder.skip(name, 'unreadable');
    }
  }
  return builder.result();
}
