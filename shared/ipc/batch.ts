// A batch of files the user picked, dropped or chose a folder of, and the one set of
// rules for what goes in it. Main (reading from disk), the preload (dropped files with no
// path) and the web fallback (browser File objects) all fill a batch through
// BatchBuilder, so a 300 MB scan or a .xlsx is refused alike on every platform.
import { hasExtensionOf, maxBytesFor, type OpenKind } from './files.ts';
import { LIMITS, type FileLimits } from '../limits.ts';

export type PickedFile = {
  /** The file's own name: 第3期快讯.pdf. */
  name: string;
  /** Where it was inside a picked or dropped folder (2024/第3期快讯.pdf); else the name. */
  relativePath: string;
  bytes: Uint8Array;
};

export type SkipReason =
  /** Not one of the kind's extensions (e.g. .xlsx among bulletins). */
  | 'unsupported'
  /** Bigger than the kind's size cap; not read. */
  | 'too-large'
  /** The file could not be read (permissions, vanished, a broken link). */
  | 'unreadable';

export type SkippedFile = { name: string; reason: SkipReason };

export type FileBatch = {
  files: PickedFile[];
  /** Skipped files by name, at most LIMITS.files.maxSkippedListed of them. */
  skipped: SkippedFile[];
  /** How many files were skipped in all (the list above may be cut short). */
  skippedCount: number;
  /** True when the batch hit a count or size cap and further files were left out. */
  truncated: boolean;
};

export type Admission = 'read' | 'skipped' | 'full';

type Limits = Pick<FileLimits, 'maxFilesPerBatch' | 'maxBatchBytes' | 'maxSkippedListed'>;

export class BatchBuilder {
  private readonly files: PickedFile[] = [];
  private readonly skipped: SkippedFile[] = [];
  private skippedCount = 0;
  private totalBytes = 0;
  private truncated = false;
  private leftOut = false;

  constructor(
    private readonly kind: OpenKind,
    private readonly limits: Limits = LIMITS.files,
    private readonly maxFileBytes: number = maxBytesFor(kind),
  ) {}

  /**
   * Decides on a file before its bytes are read: 'read' (go ahead, then call add),
   * 'skipped' (recorded with its reason) or 'full' (the batch is closed; stop).
   */
  admit(relativePath: string, size: number): Admission {
    if (this.truncated) return 'full';
    if (!hasExtensionOf(this.kind, relativePath)) {
      this.skip(relativePath, 'unsupported');
      return 'skipped';
    }
    if (size > this.maxFileBytes) {
      this.skip(relativePath, 'too-large');
      return 'skipped';
    }
    if (this.files.length >= this.limits.maxFilesPerBatch || this.totalBytes + size > this.limits.maxBatchBytes) {
      this.truncated = true;
      return 'full';
    }
    return 'read';
  }

  add(file: PickedFile): void {
    this.files.push(file);
    this.totalBytes += file.bytes.byteLength;
  }

  skip(name: string, reason: SkipReason): void {
    this.skippedCount += 1;
    if (this.skipped.length < this.limits.maxSkippedListed) this.skipped.push({ name, reason });
  }

  /** Closes the batch without a file to blame (a walk visited too many entries). */
  markTruncated(): void {
    this.truncated = true;
  }

  /** Some files were left out (a folder too deep) but the batch stays open. */
  noteLeftOut(): void {
    this.leftOut = true;
  }

  get isFull(): boolean {
    return this.truncated;
  }

  result(): FileBatch {
    return { files: [...this.files], skipped: [...this.skipped], skippedCount: this.skippedCount, truncated: this.truncated || this.leftOut };
  }
}

/** The slice of the DOM's File the readers need (the shared layer has no DOM types). */
export type BlobFile = { readonly name: string; readonly size: number; arrayBuffer(): Promise<ArrayBuffer> };

/**
 * Reads File objects into a batch, one at a time so that at most one file's bytes are
 * in flight beyond the batch. Used by the web fallback and by the preload for dropped
 * files that have no path on disk (dragged out of a browser or an e-mail client).
 */
export async function readBlobFiles(
  items: readonly { file: BlobFile; relativePath: string }[],
  builder: BatchBuilder,
): Promise<FileBatch> {
  for (const { file, relativePath } of items) {
    const admission = builder.admit(relativePath, file.size);
    if (admission === 'full') break;
    if (admission === 'skipped') continue;
    try {
      builder.add({ name: file.name, relativePath, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      builder.skip(relativePath, 'unreadable');
    }
  }
  return builder.result();
}

/** One batch from two (dropped files with and without a path on disk). */
export function mergeBatches(first: FileBatch, second: FileBatch): FileBatch {
  return {
    files: [...first.files, ...second.files],
    skipped: [...first.skipped, ...second.skipped].slice(0, LIMITS.files.maxSkippedListed),
    skippedCount: first.skippedCount + second.skippedCount,
    truncated: first.truncated || second.truncated,
  };
}
