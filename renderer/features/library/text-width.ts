// How wide a line of text is drawn, for sizing columns to their content: measured with a
// canvas in the page's own font; estimated (CJK and full-width one em, the rest about
// half) where there is no canvas (tests under happy-dom).
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

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function textWidthPx(text: string, font: string, fontSizePx: number): number {
  const ctx = canvasContext();
  if (ctx) {
    ctx.font = font;
    const measured = ctx.measureText(text).width;
    if (measured > 0) return measured;
  }
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.56;
  return ems * fontSizePx;
}
