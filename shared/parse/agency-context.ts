// 发文机关 the signature block does not give in full, completed from the notice's own
// words. Two cases are common in bulletins:
// - no agency above the date (the PDF put link annotations there): the notice names
//   itself in its text, as the body that interprets it (本办法由市经济和信息化局负责解释)
//   or issues it (我局…), with the place taken from the title (淮北市…) when the text
//   says only 市…局;
// - only the office that drafted it signs (科技标准处): it is qualified by its parent,
//   the agency the notice calls 我局 / 我委 and names elsewhere (北京市经济和信息化局).
// Nothing is guessed: without such words the agencies stay as printed.
import { placesIn } from '../model/region.ts';

/** An office inside an agency: its name ends in 处/科/室 and holds no agency word before. */
const SUB_UNIT = /^[\u4e00-\u9fff]{2,12}[处科室]$/;
const AGENCY_WORD = /[部委局厅办院府]|委员会|中心/;

export function isSubUnit(name: string): boolean {
  return SUB_UNIT.test(name) && !AGENCY_WORD.test(name.slice(0, -1));
}

// The sentence that says who interprets or issues the notice's rules.
const INTERPRETER = /由([\u4e00-\u9fff]{3,24}?(?:局|委员会|委|厅|部|办公室|办))(?:负责解释|解释)/;
// How a notice calls its issuer, and which endings that issuer's name has.
const SELF_REFERENCES: readonly { word: RegExp; ending: string }[] = [
  { word: /[我本]局/, ending: '局' },
  { word: /[我本]委/, ending: '委员会|委' },
  { word: /[我本]厅/, ending: '厅' },
  { word: /[我本]部/, ending: '部' },
];

/** The place a name starting 市/省 stands for: the title's first place of that level. */
function localName(name: string, title: string): string {
  if (!/^[市省区县]/.test(name)) return name;
  const places = placesIn(title);
  const level = name[0];
  const place = places.find((p) => p.name.endsWith(level ?? '')) ?? places[0];
  if (!place) return name;
  const prefix = place.name.endsWith(level ?? '') ? place.name : `${place.name}${level}`;
  return `${prefix}${name.slice(1)}`;
}

/** Full agency names the body prints (in citations: 《北京市经济和信息化局关于…》) with one of `ending`. */
function namedAgencies(body: readonly string[], ending: string): string[] {
  const pattern = new RegExp(`([\\u4e00-\\u9fff]{2,12}?(?:省|市|自治区|区|县))([\\u4e00-\\u9fff]{2,14}?(?:${ending}))(?=关于|印发|发布|[，。、）》])`, 'g');
  const names: string[] = [];
  for (const paragraph of body) {
    for (const match of paragraph.matchAll(pattern)) {
      // The lazy match may start before the place (根据北京市…局): begin at the place.
      const full = `${match[1] ?? ''}${match[2] ?? ''}`;
      const place = placesIn(full)[0];
      if (place) names.push(full.slice(full.indexOf(place.name)));
    }
  }
  return names;
}

/** The agency the notice calls 我局 / 本委 …, where it also prints that agency's full name. */
function selfNamed(title: string, body: readonly string[]): string | null {
  const text = body.join('\n');
  const home = placesIn(title)[0];
  for (const { word, ending } of SELF_REFERENCES) {
    if (!word.test(text)) continue;
    const names = namedAgencies(body, ending).filter((name) => {
      const place = placesIn(name)[0];
      return place !== undefined && (home === undefined || place.province === home.province);
    });
    // One agency of the notice's place, however often it is cited; several are ambiguous.
    const distinct = [...new Set(names)];
    if (distinct.length === 1) return distinct[0] ?? null;
  }
  return null;
}

/** The issuer the text names: the interpreter of its rules, else the agency it calls 我局. */
function issuerInText(title: string, body: readonly string[]): string | null {
  for (const paragraph of body) {
    const match = INTERPRETER.exec(paragraph);
    if (match?.[1]) return localName(match[1], title);
  }
  return selfNamed(title, body);
}

/** The agencies completed as above; unchanged when the notice says nothing more. */
export function completeAgencies(agencies: readonly string[], title: string, body: readonly string[]): string[] {
  if (agencies.length === 0) {
    const issuer = issuerInText(title, body);
    return issuer ? [issuer] : [];
  }
  if (!agencies.some(isSubUnit)) return [...agencies];
  const parent = selfNamed(title, body) ?? issuerInText(title, body);
  return agencies.map((name) => (parent && isSubUnit(name) ? `${parent}${name}` : name));
}
