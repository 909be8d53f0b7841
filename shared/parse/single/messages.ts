// Why a document was read the way it was, in the words of the import report and the
// command line (Simplified Chinese, as all user-facing text).
export const documentReasons = {
  bulletin: (notices: number) => `有期号、目录或栏目（如［政策文件］），按快讯读取，共 ${notices} 条通知`,
  notice: (title: string) => `没有目录与栏目，是一篇公文：「${title}」`,
  notices: (count: number) => `没有目录与栏目，一份文件中有 ${count} 篇公文（转发件、合辑），已分开`,
  noTitle: '没有找到公文标题（如“关于……的通知”），不像一份政策通知',
  noMarks: '没有公文标题、文号、主送机关、落款或成文日期，不像一份政府公文',
  refused: {
    empty: '文件中没有文字',
    news: '是一篇新闻报道（会议、活动、签约），不是政府公文，也不是对某份政策文件的解读',
    advert: '是一则广告或培训、代办服务的宣传，不是政府公文',
    company: '是企业自己的新闻或宣传，不是政府公文',
    'no-marks': '没有公文标题、文号、主送机关、落款或成文日期，不像一份政府公文',
  },
  /** A notice kept although a field could not be read for sure. */
  review: (fields: readonly string[]) => `已导入，请核对：${fields.join('、')}`,
  empty: '文件中没有文字',
  bulletinRefused: {
    'no-notices': '有期号、目录或栏目，但没有读出任何一条通知（可能只有目录）',
    'no-government-notice': '按快讯读取，但找到的段落都没有文号、发文机关、成文日期或相关链接，不像政府通知',
  },
} as const;
