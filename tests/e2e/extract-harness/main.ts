// Test harness page: `window.extractInWorker(url, name)` fetches a fixture from this
// server and extracts it in the harness worker (see extract.worker.ts).
import type { HarnessRequest, HarnessResponse } from './protocol.ts';

const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'extract-harness' });
const pending = new Map<number, (response: HarnessResponse) => void>();
let nextId = 1;

worker.onmessage = (event: MessageEvent<HarnessResponse>) => {
  pending.get(event.data.id)?.(event.data);
  pending.delete(event.data.id);
};

async function extractInWorker(url: string, name: string): Promise<HarnessResponse> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, name, bytes } satisfies HarnessRequest);
  });
}

Object.assign(window, { extractInWorker });
