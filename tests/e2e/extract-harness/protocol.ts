// Messages between the harness page and its extraction worker.
import type { ExtractedText } from '../../../shared/extract/types.ts';

export type HarnessRequest = { id: number; name: string; bytes: Uint8Array };
export type HarnessResponse =
  | { id: number; ok: true; result: ExtractedText }
  | { id: number; ok: false; code: string | null; message: string };
