// Linking across a library: links both ways, validity marks, and the same result
// whatever order the notices arrive in and after removals.
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import { describe, expect, it } from 'vitest';
import { RelationGraph, deriveRelations, resolveCitation, targetOf, type GraphNotice } from '../../../shared/relations/index.ts';

type Draft = { id: string; title: string; docNumber: string | null; date: string | null; province?: string | null; body: string[] };

function notice(draft: Draft): GraphNotice {
  return { id: draft.id, title: draft.title, docNumber: draft.docNumber, date: draft.date, province: draft.province ?? null, relations: deriveRelations({ ...draft, agencies: [] }) };
}

const oldRules = notice({ id: 'n1', title: '关于印发《淮北市绿色工厂建设评价和管理办法（试行）》的通知', docNumber: '淮经信节能〔2018〕77号', date: '2018-05-01', body: ['本办法自印发之日起施行。'] });
const newRules = notice({
  id: 'n2',
  title: '关于印发淮北市绿色工厂评价管理暂行办法的通知',
  docNumber: '淮经信节能〔2019〕79号',
  date: '2019-09-04',
  body: ['第二十条 本办法自印发之日起施行,原淮北市经济和信息化委员会发布的《淮北市绿色工厂建设评价和管理办法（试行）》（淮经信节能[2018]77 号）同时废止。'],
});
const call = notice({ id: 'n3', title: '关于组织申报2019年淮北市绿色工厂的通知', docNumber: null, date: '2019-10-01', body: ['根据《淮北市绿色工厂评价管理暂行办法》，现组织申报。'] });
const ministry = notice({ id: 'n4', title: '工业和信息化部办公厅关于开展绿色制造体系建设的通知', docNumber: '工信厅节函〔2016〕586号', date: '2016-09-03', body: ['各省工业和信息化主管部门：'] });
const byShortTitle = notice({ id: 'n5', title: '关于推荐绿色工厂的通知', docNumber: null, date: '2019-01-01', body: ['按照《关于开展绿色制造体系建设的通知》要求。'] });

function graphOf(notices: readonly GraphNotice[]): RelationGraph {
  const graph = new RelationGraph();
  for (const n of notices) graph.set(n);
  return graph;
}

describe('RelationGraph', () => {
  it('links a citation to the library notice both ways, by 文号 in any bracket style', () => {
    const graph = graphOf([oldRules, newRules]);
    expect(graph.citesOf('n2').map((link) => [link.citation.relation, link.target])).toEqual([
      ['issues', 'self'],
      ['repeals', 'n1'],
    ]);
    expect(graph.citedBy('n1').map((link) => link.id)).toEqual(['n2']);
  });

  it('marks a repealed notice 已废止 with the link, and the rest by what they say', () => {
    const graph = graphOf([oldRules, newRules, call]);
    expect(graph.validityOf('n1', '2026-12-03')).toMatchObject({ status: 'repealed', endedBy: { id: 'n2', relation: 'repeals' } });
    const stated = graph.validityOf('n2', '2026-12-03');
    expect(stated?.status).toBe('in-force');
    expect(stated && codeWords.validityReason(stated.reason)).toBe('2019年9月4日起施行');
    expect(graph.validityOf('n3', '2026-12-03')?.status).toBe('unknown');
  });

  it('links by title, also a title printed without its agency, a document issued by a notice', () => {
    const graph = graphOf([newRules, call, ministry, byShortTitle]);
    expect(graph.citesOf('n3')[0]?.target).toBe('n2');
    expect(graph.citesOf('n5')[0]?.target).toBe('n4');
  });

  it('never links by title to a notice of another 文号', () => {
    const other = notice({ id: 'n6', title: '山东省节能专项资金管理办法', docNumber: '鲁财工〔2015〕1号', date: '2015-01-01', body: [] });
    const citing = notice({ id: 'n7', title: '关于申报节能资金的通知', docNumber: null, date: '2019-01-01', body: ['根据《山东省节能专项资金管理办法》（鲁财工〔2017〕52号）。'] });
    expect(graphOf([other, citing]).citesOf('n7')[0]?.target).toBeNull();
  });

  it('links a document imported later, and unlinks a removed one', () => {
    const graph = graphOf([newRules]);
    expect(graph.citesOf('n2')[1]?.target).toBeNull();
    graph.set(oldRules);
    expect(graph.citesOf('n2')[1]?.target).toBe('n1');
    expect(graph.validityOf('n1', '2026-12-03')?.status).toBe('repealed');
    graph.delete('n2');
    expect(graph.citedBy('n1')).toEqual([]);
    expect(graph.validityOf('n1', '2026-12-03')?.status).toBe('in-force');
    graph.delete('n1');
    graph.set(newRules);
    expect(graph.citesOf('n2')[1]?.target).toBeNull();
  });
});

// A generated library: agencies issue rules that cite, amend and repeal earlier ones,
// some by 文号 (in varying brackets), some by title only. Notice k gets the id 'n001',
// 'n002', … (zero-padded: id order is the order they were issued in).
const generatedId = (k: number): string => `n${String(k).padStart(3, '0')}`;
const numberOf = (id: string): number => Number(id.slice(1));

function generated(count: number, seed: number): GraphNotice[] {
  let state = seed;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const brackets = [['〔', '〕'], ['[', ']'], ['（', '）']] as const;
  const verbs = [
    ['根据', ''],
    ['', '同时废止'],
    ['现对', '进行修订'],
    ['本办法代替', ''],
    ['按照', '要求'],
    ['为贯彻落实', ''],
    ['参照', '执行'],
  ] as const;
  const notices: GraphNotice[] = [];
  for (let id = 1; id <= count; id++) {
    const year = 2010 + (id % 12);
    const title = `第${id}号专项资金管理办法`;
    const body: string[] = [];
    for (let k = 0; k < 2 && id > 1; k++) {
      const target = 1 + random(id - 1);
      const [open, close] = brackets[random(3)] ?? ['〔', '〕'];
      const [before, after] = verbs[random(verbs.length)] ?? ['根据', ''];
      const number = random(2) === 0 ? `（测财${open}${2010 + (target % 12)}${close}${target}号）` : '';
      body.push(`${before}《第${target}号专项资金管理办法》${number}${after}。`);
    }
    if (random(4) === 0) body.push(`本办法自${year}年1月1日起施行，有效期${1 + random(5)}年。`);
    notices.push(notice({ id: generatedId(id), title, docNumber: `测财〔${year}〕${id}号`, date: `${year}-06-01`, body }));
  }
  return notices;
}

describe('RelationGraph on a generated library', () => {
  const notices = generated(300, 7);
  const today = '2020-06-30';

  function snapshot(graph: RelationGraph): string {
    return JSON.stringify(
      notices.map((n) => [graph.citesOf(n.id).map((l) => l.target), graph.citedBy(n.id).map((l) => l.id), graph.validityOf(n.id, today)?.status]),
    );
  }

  it('resolves every citation as a look-up over the whole library would', () => {
    const graph = graphOf(notices);
    const all = notices.map((n) => ({ id: n.id, ownKeys: n.relations.ownKeys, docKey: n.relations.docKey, province: n.province, date: n.date }));
    for (const n of notices) {
      const expected = n.relations.citations.map((citation) => resolveCitation(citation, { ...n, ownKeys: n.relations.ownKeys }, all));
      expect(graph.citesOf(n.id).map((l) => l.target)).toEqual(expected);
    }
    const statuses = new Set(notices.map((n) => graph.validityOf(n.id, today)?.status));
    expect([...statuses].sort()).toEqual(['amended', 'expired', 'repealed', 'unknown', 'in-force'].sort());
  });

  it('gives the same links and marks in whichever order the notices are imported', () => {
    const forward = snapshot(graphOf(notices));
    expect(snapshot(graphOf([...notices].reverse()))).toBe(forward);
    const shuffled = [...notices].sort((a, b) => ((numberOf(a.id) * 7919) % 301) - ((numberOf(b.id) * 7919) % 301));
    expect(snapshot(graphOf(shuffled))).toBe(forward);
  });

  it('after removing notices, is the library without them', () => {
    const graph = graphOf(notices);
    const removed = notices.filter((n) => numberOf(n.id) % 3 === 0);
    for (const n of removed) graph.delete(n.id);
    const kept = notices.filter((n) => numberOf(n.id) % 3 !== 0);
    const fresh = graphOf(kept);
    for (const n of kept) {
      expect(graph.citedBy(n.id)).toEqual(fresh.citedBy(n.id));
      expect(graph.citesOf(n.id)).toEqual(fresh.citesOf(n.id));
      expect(graph.validityOf(n.id, today)).toEqual(fresh.validityOf(n.id, today));
      for (const link of graph.citesOf(n.id)) {
        const target = targetOf(link.target);
        if (target !== null) expect(graph.has(target)).toBe(true);
      }
    }
  });

  it('setAll links as setting one at a time does', () => {
    const bulk = new RelationGraph();
    bulk.setAll(notices.slice(0, 150));
    bulk.setAll(notices.slice(150));
    expect(snapshot(bulk)).toBe(snapshot(graphOf(notices)));
  });

  it('names every notice whose links or validity a change touched', () => {
    const graph = graphOf(notices);
    graph.takeChanged();
    const before = new Map(notices.map((n) => [n.id, JSON.stringify([graph.citedBy(n.id), graph.validityOf(n.id, today)])]));
    graph.delete(generatedId(17));
    graph.delete(generatedId(120));
    graph.set(notices[16] as GraphNotice);
    const changed = graph.takeChanged();
    const differs = notices.filter((n) => before.get(n.id) !== JSON.stringify([graph.citedBy(n.id), graph.validityOf(n.id, today)]));
    expect(differs.length).toBeGreaterThan(0);
    for (const n of differs) expect(changed.has(n.id)).toBe(true);
    expect(changed.has(generatedId(120))).toBe(true);
  });
});
