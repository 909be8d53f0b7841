// The import worker: extracts and parses one file per request, off the UI thread, and
// answers with the Analysis (stages arrive on the way). It never touches the library.
import { createRendererExtractEnv } from '../../platform/extract/index.ts';
import { serveRpc } from '../../platform/worker-rpc/index.ts';
import { importHandlers } from './worker-handlers.ts';

// pdf.js as the renderer configures it (its own nested worker, the app's cMaps and fonts).
serveRpc(self, importHandlers(createRendererExtractEnv()));
