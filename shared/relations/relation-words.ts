// The words that name how a notice relates to a document it cites. Read from the clause
// around the citation: the words before it up to the last comma (a list 《A》、《B》和《C》
// shares its verb), and the words right after it.
import type { CitationRelation } from './types.ts';

// 根据《A》、《B》和《C》: the clause starts after the last comma or colon before it.
const CLAUSE_START = /[，,。；;：:！？]/;

export function clauseBefore(sentence: string, at: number): string {
  let i = at;
  // A bracketed note on an earlier title (`《A》（…号，以下简称《办法》）和《B》`) does not end the clause.
  let depth = 0;
  while (i > 0) {
    const ch = sentence.charAt(i - 1);
    if (ch === '）' || ch === ')') depth++;
    else if ((ch === '（' || ch === '(') && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_START.test(ch)) break;
    i--;
  }
  return sentence.slice(i, at);
}

export function clauseAfter(sentence: string, at: number): string {
  const rest = sentence.slice(at);
  const stop = rest.search(CLAUSE_START);
  return stop < 0 ? rest : rest.slice(0, stop);
}

// What comes before: 对《X》进行修订 reads as 修订 from both sides; 根据 is the commonest.
const BEFORE: readonly [RegExp, CitationRelation][] = [
  [/(?:废止|撤销)(?:了)?$/, 'repeals'],
  [/(?:代替|替代|取代)(?:了)?(?:原)?$/, 'replaces'],
  [/(?:修订|修改|修正)(?:了)?$/, 'amends'],
  [/(?:延长|延期)(?:了)?$/, 'extends'],
  [/解读$/, 'interprets'],
  [/转发(?:了)?$/, 'forwards'],
  [/(?:现将|现把|特将)$/, 'issues'],
  // `某厅印发了《X》`: another body issued X; the notice acts on it (or, in a 解读, explains it).
  [/(?:印发|发布|颁布|出台|公布|制定了?|研究制定了?|组织制定了?)(?:了)?$/, 'basis'],
  // `企业实施《商品流通企业财务制度》…中的有关政策`: what the notice puts into effect.
  [/实施$/, 'basis'],
  // `为深入实施《…》`, `深入贯彻《…》`: what the notice itself carries out (not `要求企业执行《标准》`).
  [/(?:根据|依据|按照|依照|遵照|参照|结合|贯彻落实|为贯彻|落实|为落实|遵循|(?:为|深入|全面|认真)(?:贯彻|实施|落实|执行))/, 'basis'],
];

// What comes after: 《X》（…号）同时废止, 《X》印发给你们.
const AFTER: readonly [RegExp, CitationRelation][] = [
  // Right after the title, not inside the next one (`《A》、《国务院关于宣布失效…》`).
  [/^[^《，,。；]{0,10}?(?:同时|即行|予以|一并)?(?:废止|停止执行|不再执行|失效)/, 'repeals'],
  // `《X》进行修订`, `《X》作如下修改`: this notice amends X (not `《X》修订后`, a law revised by others).
  [/^[^，。；《]{0,20}?(?:进行了?|作了?(?:如下)?|予以|作出如下)(?:修订|修改|修正)/, 'amends'],
  [/^[^《，,。；]{0,10}?(?:申报|报送|截止)?(?:时间|期限)?(?:延长|延期)/, 'extends'],
  // `《X》（…号）转发给你们`, `《X》文件转发给你们`, `《X》转给你们`.
  [/^(?:的通知)?(?:[（(][^）)]*[）)])?(?:等?文件|一文)?(?:予以)?(?:转发给?(?:你们|各|给)?|转给(?:你们|各))/, 'forwards'],
  [/^(?:的通知)?(?:[（(][^）)]*[）)])?(?:印发|发布)给?(?:你们|各|给)/, 'issues'],
  [/^(?:的)?(?:政策)?解读/, 'interprets'],
  [/^(?:[（(][^）)]*[）)])?(?:和[^，。；]{0,40})?(?:为|作为)(?:依据|准|基础)/, 'basis'],
];

/** The relation the words around a citation name, or null. */
export function relationAround(before: string, after: string): CitationRelation | null {
  for (const [pattern, relation] of AFTER) if (pattern.test(after)) return relation;
  const close = before.trimEnd();
  for (const [pattern, relation] of BEFORE) if (pattern.test(close)) return relation;
  return null;
}

// A notice's own title can name the relation to the document it is about:
// 关于废止《X》的决定, 关于修订《X》的通知, 《X》解读, 关于延长《X》申报时间的通知.
const TITLE_RELATIONS: readonly [RegExp, CitationRelation][] = [
  [/解读/, 'interprets'],
  [/(?:废止|撤销)/, 'repeals'],
  [/(?:修订|修改|修正)/, 'amends'],
  [/(?:延长|延期)/, 'extends'],
  [/转发/, 'forwards'],
  [/(?:印发|发布|颁布|公布)/, 'issues'],
];

export function relationOfTitle(title: string): CitationRelation | null {
  for (const [pattern, relation] of TITLE_RELATIONS) if (pattern.test(title)) return relation;
  return null;
}

/** A notice that publishes results (名单 公示, 公告 of winners). */
export function publishesResults(title: string): boolean {
  return /(?:名单|结果|公示)/.test(title) && /(?:公示|公告|公布|通知)/.test(title);
}
