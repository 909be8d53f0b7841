// The text of anything thrown, for the `detail` of a problem reported as data (the
// library's, search's and import's). One definition, so every area reads an Error, a
// string or anything else the same way.
export function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
