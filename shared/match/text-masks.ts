// Words in a notice that look like whom it is for and are not, blanked out (same length, so
// positions hold) before the vocabulary is read: a department's name (工业和信息化部 is no
// 信息化 notice), the issuer opening a title, an SME department (中小企业主管部门), companies
// named as what a cluster or platform gathers, and the platform one applies through.

// A department's name is not its trade: 工业和信息化部 is no 信息化 (software) notice,
// 商务局 no 电子商务 one. Masked (same length, so positions hold) before the words are read.
const DEPARTMENT = /(工业和|经济和)信息化(部|厅|局|委员会|委)|工业和信息化|经济和信息化|科学技术(部|厅|局|委员会)|发展和改革(委员会|委)|商务(部|厅|局|委)|生态环境(部|厅|局)|市场监督管理(总局|局)/gu;

// A title opened by its issuer (上海市人民政府关于…, 工业和信息化部办公厅关于…): the issuer is
// who speaks, not whom it is for. Masked up to 关于, like a department's name.
const ISSUER_PREFIX = /^[^，。；《》“”]{2,60}?(政府|办公厅|办公室|厅|局|委员会|委|部|署|中心|协会|联合会|管委会)(?=关于)/u;

export function withoutIssuer(title: string): string {
  return title.replace(ISSUER_PREFIX, (issuer) => '　'.repeat(issuer.length));
}

/** A department for SMEs (中小企业主管部门, 中小企业局) is a government body, not 中小企业. */
const SME_DEPARTMENT = /中小企业(主管部门|局|处)/gu;

// Companies named as what an organisation gathers or serves (中小企业特色产业集群,
// 中小企业公共服务示范平台, 小微企业创业创新示范基地) are not whom the notice is for: the
// cluster, platform or base is. Masked like a department's name.
const COMPANY_MODIFIER = /(中小微企业|中小企业|小微企业|小型微型企业|民营企业)(?=[^，。；、和与及的“”《》]{0,8}(产业集群|集群|示范基地|创业基地|服务平台|示范平台|服务体系|服务机构|孵化器|园区))/gu;

// A platform one applies through (通过智能制造数据资源公共服务平台进行申报, 登录…服务平台) is the
// channel, not whom the notice is for.
const CHANNEL_PLATFORM = /(通过|登录|登陆|进入|经由|在线|网上)([^，。；]{0,24}?)(公共服务平台|服务平台|服务示范平台)/gu;

function blank(name: string): string {
  return '　'.repeat(name.length);
}

export function withoutDepartments(text: string): string {
  let masked = text.replace(DEPARTMENT, blank);
  // Cheap tests first: most sentences name no company and no platform.
  if (masked.includes('企业')) masked = masked.replace(SME_DEPARTMENT, blank).replace(COMPANY_MODIFIER, blank);
  if (masked.includes('平台')) masked = masked.replace(CHANNEL_PLATFORM, (_, verb: string, between: string, platform: string) => `${verb}${between}${blank(platform)}`);
  return masked;
}
