// Reading a browser drop: plain files, and folders through the File and Directory
// Entries API (webkitGetAsEntry), walked with the same caps as the desktop app.
import { compareFileNames, isClutterName } from '../../../../shared/ipc/files.ts';
import { LIMITS, type FileLimits } from '../../../../shared/limits.ts';
import type { DroppedData } from '../types.ts';

export type DroppedFile = { file: File; relativePath: string };
export type DroppedFiles = { items: DroppedFile[]; truncated: boolean };

type Limits = Pick<FileLimits, 'maxWalkEntries' | 'maxWalkDepth'>;

export type CapturedDrop = { kind: 'entries'; entries: FileSystemEntry[] } | { kind: 'files'; files: File[] };

/**
 * What a drop holds, captured synchronously (the DataTransfer is emptied when the drop
 * handler returns): file-system entries where the browser offers them, else the files.
 */
export function captureDrop(data: DroppedData): CapturedDrop {
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind !== 'file' || typeof item.webkitGetAsEntry !== 'function') continue;
    const entry = item.webkitGetAsEntry();
    if (entry !== null) entries.push(entry);
  }
  return entries.length > 0 ? { kind: 'entries', entries } : { kind: 'files', files: Array.from(data.files) };
}

/** What a captured drop yields once read: entries walked, plain files as they are. */
export function readCapturedDrop(captured: CapturedDrop, limits: Limits = LIMITS.files): Promise<DroppedFiles> {
  if (captured.kind === 'entries') return walkEntries(captured.entries, limits);
  return Promise.resolve({ items: captured.files.map((file) => ({ file, relativePath: file.name })), truncated: false });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** A directory's children: readEntries answers in batches until it answers nothing. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return children;
    children.push(...batch);
  }
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

export async function walkEntries(roots: readonly FileSystemEntry[], limits: Limits = LIMITS.files): Promise<DroppedFiles> {
  const items: DroppedFile[] = [];
  let visited = 0;
  let stopped = false;
  let leftOut = false;

  const visit = async (entry: FileSystemEntry, relativePath: string, depth: number): Promise<void> => {
    if (stopped) return;
    visited += 1;
    if (visited > limits.maxWalkEntries) {
      stopped = true;
      return;
    }
    if (depth > limits.maxWalkDepth) {
      leftOut = true;
      return;
    }
    if (isFile(entry)) {
      try {
        items.push({ file: await fileOf(entry), relativePath });
      } catch {
        // Vanished or unreadable: it simply is not among the files.
      }
    } else if (isDirectory(entry)) {
      let children: FileSystemEntry[];
      try {
        children = await childrenOf(entry);
      } catch {
        return;
      }
      children.sort((a, b) => compareFileNames(a.name, b.name));
      for (const child of children) {
        if (!isClutterName(child.name)) await visit(child, `${relativePath}/${child.name}`, depth + 1);
      }
    }
  };

  for (const root of roots) await visit(root, root.name, 1);
  return { items, truncated: stopped || leftOut };
}

/** Files chosen with <input webkitdirectory>: their paths, minus hidden and lock files. */
export function folderPickFiles(files: readonly File[], limits: Pick<Limits, 'maxWalkEntries'> = LIMITS.files): DroppedFiles {
  const items = files
    .map((file) => ({ file, relativePath: file.webkitRelativePath || file.name }))
    .filter(({ relativePath }) => !relativePath.split('/').some(isClutterName))
    .sort((a, b) => compareFileNames(a.relativePath, b.relativePath));
  return { items: items.slice(0, limits.maxWalkEntries), truncated: items.length > limits.maxWalkEntries };
}
