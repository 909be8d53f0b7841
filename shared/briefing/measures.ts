// Word measures in twips (1/20 pt) and half-points; templates speak millimetres and
// points. These conversions keep that arithmetic in one place.
import type { IFontAttributesProperties } from 'docx';
import { A4_MM, type BriefingTemplate } from './templates.ts';

const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Run sizes are in half-points (三号 16 pt is 32). */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** The width between the side margins: what every table must fit in. */
export function textWidthTwips(template: BriefingTemplate): number {
  return mmToTwips(A4_MM.width - template.marginsMm.left - template.marginsMm.right);
}

/**
 * A font for every script slot. Word picks the slot per character, so a Chinese font
 * only in `ascii` would leave Chinese text in Word's default East Asian font.
 */
export function fontSlots(eastAsia: string, latin: string): IFontAttributesProperties {
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin };
}

/** Exact line height in twips for a line of the given points. */
export function exactLine(pt: number): { line: number; lineRule: 'exact' } {
  return { line: ptToTwips(pt), lineRule: 'exact' };
}
