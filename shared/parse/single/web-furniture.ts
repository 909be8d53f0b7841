// What a web page or a WeChat article prints around a notice and a copy of it brings
// along: breadcrumbs, the date-and-source line, font-size and print buttons, share
// prompts, 上一篇/下一篇, the account's follow prompts. Only whole lines that are
// nothing else are dropped; a sentence of the notice that mentions 来源 stays.

const FURNITURE: readonly RegExp[] = [
  // 当前位置：首页 > 政务公开 > 通知公告 ; 首页 > 新闻
  /^(?:当前位置|您的位置|你的位置|所在位置)[:：]/,
  /^首页\s*[>＞»/]/,
  // 发布时间：2018-12-19 来源：市场监管总局 【字体：大 中 小】
  /^(?:发布时间|发布日期|更新时间|时间|日期)[:：]\s*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s.*)?$/,
  /^(?:来源|信息来源|文章来源|作者|编辑|责任编辑|审核|校对|浏览次数|点击数|阅读量|访问量)[:：].{0,60}$/,
  /^[【[]?\s*(?:字体|字号)[:：].{0,20}$/,
  /^(?:[【[]\s*)?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|纠错|保存|打印正文)(?:\s*[】\]])?(?:\s+(?:[【[]\s*)?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|纠错)(?:\s*[】\]])?)*$/,
  /^(?:分享到|分享)[:：]?.{0,30}$/,
  // 【打印】【关闭】 / [打印本页] [关闭窗口] / 扫码在手机上查看: a row of buttons.
  /^(?:\s*[【[［]\s*(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|返回|纠错|分享|保存|下载)\s*[】\]］]\s*)+$/,
  /^(?:扫码|扫一扫|扫描二维码)(?:在手机上)?(?:查看|阅读|分享)?.{0,10}$/,
  /^(?:上一篇|下一篇|上一条|下一条)[:：]/,
  /^(?:扫一扫|微信扫一扫|长按识别|长按二维码|点击上方|点击蓝字|关注我们|阅读原文|在看|点赞|赞赏|留言|写留言|预览时标签不可点)/,
  // A WeChat article's closing: END, 点击“阅读原文”查看详情, 喜欢就点个“在看”吧 (short lines only).
  /^[-—–\s]*(?:END|End|THE END|The End)[-—–\s]*$/,
  /^(?=.{0,24}$)(?:点击|戳)\s*[“"「]?(?:阅读原文|在看|下方|这里)/,
  /^(?=.{0,24}$).{0,8}点(?:个|一下)?\s*[“"「]?(?:在看|赞)[”"」]?/,
  // 原创 工信微报 2019-09-09 08:00 (a WeChat article's byline)
  /^(?:原创\s+)?\S{2,20}\s+\d{4}[-年]\d{1,2}[-月]\d{1,2}日?\s+\d{1,2}:\d{2}(?:\s+\S{2,6})?$/,
  /^(?:版权所有|主办单位|主办|承办|网站标识码|网站地图|联系我们|ICP备|京ICP|京公网安备)/,
];

// A box of other pages' titles after the notice: the notice's text ends there (its
// entries look like titles and would be read as notices of their own).
const TRAILING_BOX = /^(?:相关文件|相关阅读|相关新闻|相关稿件|推荐阅读|热点推荐|往期回顾|往期推荐|猜你喜欢|更多阅读)[:：]?$/;

export function isWebFurniture(text: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(text));
}

export function startsTrailingBox(text: string): boolean {
  return TRAILING_BOX.test(text);
}
