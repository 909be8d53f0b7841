// Messages between the import worker and its client (analyser.ts).
import type { Analysis, AnalysisStage } from './analyse.ts';

export type AnalyseRequest = { id: number; name: string; bytes: Uint8Array; contentHash: string };

export type AnalyseResponse =
  | { id: number; type: 'stage'; stage: AnalysisStage }
  | { id: number; type: 'done'; analysis: Analysis };
