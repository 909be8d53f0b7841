// Test harness: runs the app's extraction with the renderer's ExtractEnv inside a
// dedicated Web Worker, as the import worker does, and posts the result back.
import { createRendererExtractEnv } from '../../../renderer/platform/extract/extract-env.ts';
import { extractText, isExtractError } from '../../../shared/extract/index.ts';
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import type { HarnessRequest, HarnessResponse } from './protocol.ts';

type WorkerScope = {
  onmessage: ((event: MessageEvent<HarnessRequest>) => void) | null;
  postMessage: (message: HarnessResponse) => void;
};
const scope = self as unknown as WorkerScope;
const env = createRendererExtractEnv();

scope.onmessage = (event) => {
  const { id, name, bytes } = event.data;
  extractText({ name, bytes }, env).then(
    (result) => scope.postMessage({ id, ok: true, result }),
    (error: unknown) =>
      scope.postMessage({ id, ok: false, code: isExtractError(error) ? error.code : null, message: isExtractError(error) ? codeWords.extractProblem(error.fileName, error.problem) : error instanceof Error ? error.message : String(error) }),
  );
};
