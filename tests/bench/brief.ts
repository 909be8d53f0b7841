// `npm run bench -- brief`: build and pack a 50-notice briefing (the real bulletins'
// notices, parsed, repeated to 50, each with a note), both templates. Prints the
// median of several runs per template and, last, the slower template's median:
// `brief: N ms for 50 notices` (goal ≤ 1 s).
import { readFileSync } from 'node:fs';
import { buildBriefingDocument, packDocument } from '../../shared/briefing/index.ts';
import { BRIEFING_TEMPLATE_IDS, type Briefing, type BriefingItem, type BriefingTemplateId } from '../../shared/model/briefing.ts';
import { parseBulletin } from '../../shared/parse/index.ts';
import { BULLETIN_DIR } from '../support/shared-inputs.ts';

const NOTICES = 50;
const RUNS = 7;
const BULLETINS = ['000_2229777bc5f28b07.txt', '002_5fbf075aa49c018d.txt', '003_03e8824eaceeb4ce.txt'];

function items(): BriefingItem[] {
  const dir = `${BULLETIN_DIR}/`;
  const notices = BULLETINS.flatMap((name) => parseBulletin(readFileSync(dir + name, 'utf8')).notices);
  return Array.from({ length: NOTICES }, (_, i) => {
    const notice = notices[i % notices.length];
    if (!notice) throw new Error('no notices parsed from the bulletins');
    return { notice, note: `第${i + 1}条点评：与贵司业务相关，建议关注申报条件与截止时间。`, relevance: i % 3 === 0 ? 'high' : 'medium', excerpt: null };
  });
}

function briefing(template: BriefingTemplateId, chosen: BriefingItem[]): Briefing {
  return {
    client: { name: '北京绿源科技有限公司', region: '北京市', industry: '节能环保' },
    consultant: { name: '张敏', company: '北京关键要素科技有限公司', phone: '010-62227852', email: 'zhangmin@example.cn' },
    title: '政策简报（2019年第1期）',
    period: { from: '2018-09-01', to: '2019-01-10' },
    date: '2019-01-10',
    template,
    items: chosen,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function benchBrief(): Promise<void> {
  const chosen = items();
  // One warm-up build so module loading and JIT do not count.
  await packDocument(buildBriefingDocument(briefing('gongwen', chosen)));
  let slowest = 0;
  for (const template of BRIEFING_TEMPLATE_IDS) {
    const times: number[] = [];
    let size = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const bytes = await packDocument(buildBriefingDocument(briefing(template, chosen)));
      times.push(performance.now() - start);
      size = bytes.length;
    }
    const ms = median(times);
    slowest = Math.max(slowest, ms);
    console.log(`brief ${template}: median ${ms.toFixed(0)} ms of ${RUNS} (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}), ${(size / 1024).toFixed(0)} KB`);
  }
  console.log(`brief: ${slowest.toFixed(0)} ms for ${NOTICES} notices`);
}
