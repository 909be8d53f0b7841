// The section a single notice goes in, in the bulletins' own vocabulary: a bulletin
// says where it put each notice; a notice saved from a site does not, so it is judged
// from the title (and the consultant can change it in the reader).

const CALL = /申报|征集|推荐|遴选|评选|评审|申请指南|组织开展.{0,30}(?:认定|评价|示范|试点)|认定工作|备案工作/;
const GREEN = /绿色|节能|节水|清洁生产|清洁能源|低碳|碳达峰|碳中和|循环经济|资源综合利用|环保|生态环境|污染/;

/** The section of a notice with this title; one with a 申报 deadline is a call whatever its title. */
export function categoryOf(title: string, deadline: string | null): string {
  if (GREEN.test(title) && !CALL.test(title) && deadline === null) return '绿色制造';
  if (CALL.test(title) || deadline !== null) return '项目申报';
  return '政策文件';
}
