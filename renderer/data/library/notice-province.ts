// The province each notice is stored and indexed under. The rule is the one search and
// the facets use (shared/model/region.ts), so that a stored province, a facet count and
// a search filter always agree; this file only gives it the library's names.
import { PROVINCES as DIVISIONS, extractRegion, type ProvinceName } from '../../../shared/model/region.ts';

export type Province = ProvinceName;

/** The 34 province-level divisions by their short names (北京, 内蒙古, …). */
export const PROVINCES: readonly Province[] = DIVISIONS.map((division) => division.short);

/** The province a notice is about (from its agencies, else its title); null for national notices. */
export function deriveProvince(notice: { title: string; agencies: readonly string[] }): Province | null {
  return extractRegion(notice).province;
}
