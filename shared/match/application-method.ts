// 申报方式: how an application is made, the sentence that says it: through an online
// system (通过国家科技管理信息系统公共服务平台进行网上填报), on paper to an address
// (一式四份报送至北京生产力促进中心), or to the local authority (向注册地所在市金融办…
// 提出书面申请). The briefing quotes it; the sentence is the evidence.
import type { Evidence, Sentence } from './evidence.ts';

// Strong words first: a sentence naming a system or the act of submitting wins over
// one that only names the materials.
const METHOD_PATTERNS: readonly RegExp[] = [
  /网上(?:申报|填报|提交|申请)|在线(?:申报|填报|提交)|(?:通过|登录|登陆|进入)[^，。；]{0,30}(?:系统|平台)[^，。；]{0,12}(?:申报|填报|提交|申请|报送|上传)|(?:申报|填报)(?:系统|平台)|在[^，。；]{2,30}(?:系统|平台)[^，。；]{0,10}(?:提交|申报|填报|申请)/,
  /(?:无需|不需|不需要|须|需)提交纸质/,
  /(?:报送|寄送|提交|报至|送至|送达)(?:至|到)?[^，。；]{2,40}(?:处|局|厅|委|中心|室|部|办)/,
  /一式[一二三四五六七八九十\d]+份/,
  /(?:向|到)[^，。；]{2,40}(?:提出|提交|报送)[^，。；]{0,6}(?:申请|材料)/,
];
/** Sentences about contacts, or a labelled time line (网上填报受理时间：…), say something else. */
const NOT_METHOD = /联系人|联系电话|咨询电话|^[^，。；]{0,10}时间[：:]/;

export function findApplicationMethod(sentences: readonly Sentence[]): Evidence | null {
  for (const pattern of METHOD_PATTERNS) {
    for (const sentence of sentences) {
      if (typeof sentence.place !== 'number' || NOT_METHOD.test(sentence.full)) continue;
      if (pattern.test(sentence.full)) return { text: sentence.full, place: sentence.place };
    }
  }
  return null;
}
