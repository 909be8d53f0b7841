// What a web page or a WeChat article prints around a notice and a copy of it brings
// along: breadcrumbs, greetings and today's date, font-size, print and share bars,
// counters, 上一篇/下一篇, the account's follow prompts, disclaimers, footers. A line is
// dropped only when it is nothing else: either it matches one of the patterns below, or
// every word on it is a word of page furniture (`设为首页 | 加入收藏`, `字号：大 中 小
// 打印本页 关闭窗口`). A sentence of the notice that mentions 来源 or 打印 stays.

const FURNITURE: readonly RegExp[] = [
  // 当前位置：首页 > 政务公开 > 通知公告 ; 首页 > 新闻 ; 网站首页: 主页 > 地方资金项目 >
  /^(?:当前位置|您的位置|你的位置|所在位置|您现在的位置|你现在的位置|您当前的位置|当前的位置|位置)\s*[:：]?/,
  /^(?:网站首页|首页|主页)\s*[:：]?\s*(?:[>＞»/→]|主页|首页)/,
  // 您好！今天是2024年11月25日 星期一 ; 2024年11月25日 星期一 ; 今天是：…
  /^(?:您好|你好)[！!，,\s]/,
  /^今天是/,
  /^\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*(?:星期|周)[一二三四五六日天]/,
  // 发布时间：2018-12-19 来源：市场监管总局 【字体：大 中 小】
  /^(?:发布时间|发布日期|更新时间|发表时间|发表于)[:：]\s*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s.*)?$/,
  // 2017-03-22 11:43:19发布作者:科技创新协会 ; 2016-06-29 09:33 来源: 工业和信息化部网站
  /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:发布|来源|作者|$)/,
  /^(?:来源|信息来源|文章来源|稿件来源|作者|编辑|责任编辑|审核|校对|初审|终审|浏览次数|浏览量|点击数|点击量|点击|阅读量|阅读次数|访问量|访问次数|阅读|浏览)\s*[:：].{0,60}$/,
  /^[【[〖]?\s*(?:字体|字号)\s*[:：].{0,30}$/,
  /^(?:分享到|分享|社交媒体分享|转发到)[:：]?.{0,30}$/,
  /^(?:扫码|扫一扫|扫描二维码|微信扫一扫)(?:在手机上)?(?:查看|阅读|分享|打开)?.{0,16}$/,
  /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|下一篇文章|上一篇文章)\s*[:：]/,
  /^(?:长按识别|长按二维码|点击上方|点击蓝字|关注我们|阅读原文|在看|点赞|赞赏|留言|写留言|预览时标签不可点|觉得不错请点赞)/,
  // A WeChat article's closing: END, 点击“阅读原文”查看详情, 喜欢就点个“在看”吧 (short lines only).
  /^[-—–\s]*(?:END|End|THE END|The End)[-—–\s]*$/,
  /^(?=.{0,24}$)(?:点击|戳)\s*[“"「]?(?:阅读原文|在看|下方|这里|此处)/,
  /^(?=.{0,24}$).{0,8}点(?:个|一下)?\s*[“"「]?(?:在看|赞)[”"」]?/,
  // 原创 工信微报 2019-09-09 08:00 ; 原创 政策小编 赣企政策通 发表于江西 ; 应急产业观察 · 公众号
  /^(?:原创\s+)?\S{2,20}\s+\d{4}[-年]\d{1,2}[-月]\d{1,2}日?\s+\d{1,2}:\d{2}(?:\s+\S{2,6})?$/,
  /^原创\s+.{2,40}$/,
  /^.{2,20}\s*[·•]\s*公众号$/,
  /^(?:版权所有|主办单位|主办|承办|协办|网站标识码|网站地图|联系我们|技术支持|ICP备|京ICP|京公网安备|Copyright|copyright|©|（c）|\(c\))/,
  // 免责声明 / 特别声明 / 温馨提示 / 本文来自投稿 … (a repost's disclaimer)
  /^(?:免责声明|特别声明|版权声明|声明|温馨提示|本文来自|本文转自|本文来源|转载请注明|来源[：:]?\s*网络)/,
  /^(?:下载地址|附件下载)[:：]\s*(?:点击此处下载)?$/,
  /^维基文库/,
  // An empty 附件 line or a lone table edge left by the copy.
  /^[|｜>＞»/\\\-—–·•:：\s]+$/,
  /^[?？]$/,
];

// Words that are page furniture wherever they stand; a line of nothing else is furniture.
const FURNITURE_WORDS = new Set(
  (
    '首页 网站首页 主页 返回首页 设为首页 加入收藏 收藏 收藏本文 收藏本页 打印 打印本页 打印正文 打印文章 关闭 关闭窗口 关闭本页 返回 返回顶部 ' +
    '返回列表 分享 分享到 纠错 我要纠错 保存 下载 字号 字体 大 中 小 默认 超大 标准 繁体 简体 繁體 简 繁 无障碍 无障碍浏览 长者模式 关怀版 ' +
    'English ENGLISH 登录 注册 搜索 微信 微博 QQ QQ空间 新浪微博 腾讯微博 人人网 豆瓣 扫一扫 手机版 移动版 在手机上查看 视力保护色 ' +
    '智能问答 政务服务 互动交流 政务公开 信息公开 政府信息公开 新闻中心 通知公告 热门城市 热点资讯 相关文章 推荐文章 浏览 评论 点赞 在看 ' +
    '欢迎您 欢迎 注销 退出 登录 阅读原文 更多 查看更多 TOP Top top Title 【 】 手机版网站 手机版 微信公众号 公众号 网站 客户端 APP'
  ).split(' '),
);

// Separators between the words of a bar: spaces, pipes, dots, brackets, slashes.
const BAR_SEPARATORS = /[\s|｜·•/／\\【】[\]〖〗()（）<>《》「」:：,，、]+/;

function isFurnitureBar(text: string): boolean {
  if (text.length > 60) return false;
  const words = text.split(BAR_SEPARATORS).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => FURNITURE_WORDS.has(w));
}

/**
 * A site's menu copied as a line: four or more short words side by side (`首页 资讯 社会 经济 快讯
 * 文化`), none a sentence. A signature of spaced-out letters (`国 家 税 务 总 局`) or of several
 * agencies (`省发改委 省科技厅 省财政厅`) is not one.
 */
function isMenu(text: string): boolean {
  if (text.length > 80) return false;
  const words = text.split(/[\s|｜·•/／]+/).filter((w) => w !== '');
  if (words.length < 4 || words.every((w) => w.length === 1)) return false;
  if (!words.every((w) => /^(?:[\u4e00-\u9fff]{1,5}|[A-Za-z]{2,10})$/.test(w))) return false;
  return !words.every((w) => /[部委局厅办室会院署府司处科]$/.test(w));
}

// Furniture that heads a page (breadcrumb, menu, site name): seen after a notice's text, it
// says another page was pasted below.
const PAGE_HEAD = /^(?:当前位置|您的位置|你的位置|所在位置|您现在的位置|你现在的位置|您当前的位置|网站首页|首页)/;
// `网易首页 > 网易号 > 正文`: two breadcrumb separators, no sentence, no bracketed title.
const CRUMBS = /^[^。，,；《<]{0,40}[>＞»]\s*[^。，,；《<]{1,40}[>＞»]/;

export function startsPage(text: string): boolean {
  return (PAGE_HEAD.test(text) && isWebFurniture(text)) || (CRUMBS.test(text) && !text.includes('<'));
}

export function isWebFurniture(text: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(text)) || isFurnitureBar(text) || isMenu(text);
}

// A box of other pages' titles after the notice: the notice's text ends there (its
// entries look like titles and would be read as notices of their own).
const TRAILING_BOX = /^(?:相关文件|相关阅读|相关新闻|相关稿件|相关文章|推荐阅读|热点推荐|热门推荐|往期回顾|往期推荐|往期精选|猜你喜欢|更多阅读|延伸阅读|相关政策|热点资讯|最新资讯|热门文章|精彩推荐)\s*[:：]?$/;

export function startsTrailingBox(text: string): boolean {
  return TRAILING_BOX.test(text);
}
