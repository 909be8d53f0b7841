// Every word the main process shows the user: menus, dialogs, error messages. The
// renderer's own strings live in renderer/platform/i18n/zh-CN.ts; these are the native ones.
import type { UrlRejection } from '../../shared/ipc/contract.ts';
import type { FileKind, SaveKind } from '../../shared/ipc/files.ts';

export const strings = {
  reminder: {
    title: '申报截止提醒',
    body: (days: number, count: number, clients: number) => `${days} 天内有 ${count} 项申报截止（${clients} 位客户）`,
  },
  watchedFolder: {
    title: '自动导入文件夹',
    arrived: (n: number) => `发现 ${n} 个新文件，正在导入资料库`,
  },
  menu: {
    about: (appName: string) => `关于${appName}`,
    settings: '设置…',
    services: '服务',
    hide: (appName: string) => `隐藏${appName}`,
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    quit: (appName: string) => `退出${appName}`,

    file: '文件',
    importBulletins: '导入快讯…',
    importFolder: '导入文件夹…',
    pasteImport: '粘贴导入…',
    newClient: '新建客户',
    newBriefing: '生成简报…',
    exportDeadlines: '导出截止日期日历…',
    backup: '备份资料库…',
    restore: '从备份恢复…',
    closeWindow: '关闭窗口',
    exit: '退出',

    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    pasteAndMatchStyle: '粘贴并匹配样式',
    delete: '删除',
    selectAll: '全选',
    find: '搜索',

    view: '视图',
    library: '资料库',
    clients: '客户',
    briefings: '简报',
    deadlines: '截止日期',
    actualSize: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '切换全屏',
    reload: '重新加载',
    devTools: '开发者工具',

    window: '窗口',
    minimize: '最小化',
    zoom: '缩放',
    front: '前置全部窗口',

    help: '帮助',
  },

  dialog: {
    openBulletinsTitle: '导入快讯',
    openBackupTitle: '选择备份文件',
    openClientTableTitle: '选择客户台账（Excel 或 CSV）',
    openFolderTitle: '选择包含快讯的文件夹',
    openFolderButton: '导入此文件夹',
    saveTitle: {
      briefing: '保存简报',
      backup: '保存资料库备份',
      calendar: '导出截止日期日历',
      policyList: '导出政策清单',
    } satisfies Record<SaveKind, string>,
    defaultFileName: {
      briefing: '政策简报',
      backup: '政策快讯助手备份',
      calendar: '截止日期',
      policyList: '政策清单',
    } satisfies Record<SaveKind, string>,
    filterNames: {
      bulletin: '快讯与通知 (txt、md、docx、doc、pdf、html、mhtml)',
      backup: '资料库备份 (json)',
      briefing: 'Word 文档 (docx)',
      calendar: '日历文件 (ics)',
      clientTable: '客户台账 (xlsx、csv)',
      policyList: 'Excel 表格 (xlsx)',
    } satisfies Record<FileKind, string>,
    allFiles: '所有文件',
  },

  link: {
    refusedTitle: '未打开链接',
    refusedMessage: '为了安全，这个链接没有打开。',
    refusedReasons: {
      'not-a-url': '它不是一个完整的网址。',
      'unsupported-protocol': '只能打开以 http:// 或 https:// 开头的网页链接。',
      credentials: '网址中带有用户名或密码（“@”），可能把您引向与显示不同的网站。',
      'whitespace-or-control': '网址中含有空格、不可见字符或控制字符。',
      backslash: '网址中含有反斜杠“\\”，实际打开的网站可能与显示的不同。',
      'malformed-authority': '网址的格式不正确（“//”后应紧跟网站域名）。',
      'misleading-host': '这个网站的域名模仿政府网站（gov.cn），但并不是政府网站。',
      'too-long': '网址过长。',
    } satisfies Record<UrlRejection, string>,
    ok: '知道了',
    confirmTitle: '打开外部网站',
    confirmMessage: (host: string) => `即将在浏览器中打开：${host}`,
    confirmDetail: '这不是政府网站（gov.cn）。请确认网址可信后再打开。',
    open: '打开',
    cancel: '取消',
  },

  errors: {
    invalidArgument: '程序内部错误：请求的参数无效。',
    forbidden: '该页面无权执行此操作。',
    internal: '发生了意外错误，请重试。',
    pathNotAbsolute: '拖入的文件路径无效。',
    pathNotDropped: '只能读取刚刚拖入窗口的文件，请重新拖入。',
    save: {
      EACCES: '没有写入该位置的权限，请换一个文件夹保存。',
      EPERM: '文件被占用或没有权限（如果它正在 Word 中打开，请先关闭）。',
      EBUSY: '文件正被其他程序使用（如果它正在 Word 中打开，请先关闭）。',
      ENOSPC: '磁盘空间不足，无法保存。',
      EROFS: '该位置是只读的，请换一个文件夹保存。',
      ENOENT: '保存位置不存在，请重新选择。',
      other: '无法保存文件。',
    } as Readonly<Record<string, string>>,
  },

  startupFailed: '政策快讯助手无法启动',

  window: {
    crashedTitle: '界面意外退出',
    crashedMessage: '界面进程意外退出，将重新加载。资料库中的数据不会丢失。',
    reload: '重新加载',
  },
} as const;
