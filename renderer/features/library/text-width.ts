// How wide a line of text is drawn, for sizing columns to their content: measured with a
// canvas in the page's own font; estimated (shared/text/width.ts) where there is no
// canvas (tests under happy-dom).
import { textEms } from '../../../shared/text/width.ts';

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  return context;
}

export function textWidthPx(text: string, font: string, fontSizePx: number): number {
  const ctx = canvasContext();
  if (ctx) {
    ctx.font = font;
    const measured = ctx.measureText(text).width;
    if (measured > 0) return measured;
  }
  return textEms(text) * fontSizePx;
}
