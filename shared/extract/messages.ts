// Every message extraction shows a user, in one place. Each names the file and says
// what to do next. The import report shows them as they are.
import type { Sniffed } from './sniff.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const q = (name: string) => `「${name}」`;

export const SUPPORTED = '支持的格式：.txt、.md（UTF-8、UTF-16、GB18030 编码）、.docx、.doc、含文字的 .pdf、网页（.html、.htm、.mhtml、.mht）';

/** What a sniffed file is, in words ("一张 PNG 图片"). */
export function describeSniffed(sniffed: Sniffed): string | null {
  switch (sniffed.kind) {
    case 'image':
      return `一张 ${sniffed.type} 图片`;
    case 'ole':
      return '旧版 Office 文件（.doc/.xls/.ppt）';
    case 'zip':
      if (sniffed.hasWordDocument) return 'Word 文档（.docx）';
      if (sniffed.hint === 'xlsx') return 'Excel 表格（.xlsx）';
      if (sniffed.hint === 'pptx') return 'PowerPoint 演示文稿（.pptx）';
      if (sniffed.hint === 'odf') return 'OpenDocument 文件（.odt/.ods）';
      return 'ZIP 压缩包';
    case 'rtf':
      return 'RTF 文档';
    case 'archive':
      return `${sniffed.type} 压缩包`;
    case 'pdf':
      return 'PDF 文件';
    case 'unknown':
      return null;
  }
}

export const messages = {
  empty: (name: string) => `${q(name)}是空文件，没有可导入的内容。请确认文件已完整保存或下载后再导入。`,
  emptyText: (name: string) => `${q(name)}只有空白，没有可导入的文字。`,
  binary: (name: string) =>
    `${q(name)}不是文本文件，内容看起来是二进制数据（乱码），已拒绝导入。${SUPPORTED}。`,
  notPdf: (name: string, actually: string | null) =>
    `${q(name)}的扩展名是 .pdf，但内容不是 PDF${actually ? `，而是${actually}` : ''}。请找到原始的 PDF 文件再导入。`,
  truncatedPdf: (name: string) =>
    `${q(name)}不完整：PDF 文件在结尾之前就断了（下载或复制可能中断）。请重新下载或复制完整的文件后再导入。`,
  encryptedPdf: (name: string) =>
    `${q(name)}设置了打开密码，无法读取。请在 PDF 阅读器中输入密码后另存为不加密的 PDF，再导入。`,
  corruptPdf: (name: string, detail: string) =>
    `${q(name)}已损坏，无法读取 PDF 结构（${detail}）。请用 PDF 阅读器确认能否打开，或重新获取文件。`,
  noText: (name: string, pages: number) =>
    `${q(name)}共 ${pages} 页，但没有可提取的文字（可能是扫描件或图片）。请先用 OCR 转成文字版 PDF 或 Word 后再导入。`,
  notDocx: (name: string, actually: string | null) =>
    `${q(name)}的扩展名是 .docx，但内容不是 Word 文档${actually ? `，而是${actually}` : '（不是有效的 ZIP 包）'}。请在 Word 或 WPS 中打开原文件，另存为 .docx 后再导入。`,
  truncatedDocx: (name: string) =>
    `${q(name)}不完整：Word 文件在结尾之前就断了（下载或复制可能中断）。请重新下载或复制完整的文件后再导入。`,
  corruptDocx: (name: string, detail: string) =>
    `${q(name)}已损坏，无法读取其中的 Word 内容（${detail}）。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。`,
  tooLarge: (name: string, size: number, limit: number) =>
    `${q(name)}太大（${mb(size)}），超过此类文件 ${mb(limit)} 的上限，已拒绝导入。请拆分成较小的文件后再导入。`,
  oldOffice: (name: string) =>
    `${q(name)}是旧版 Excel 或 PowerPoint 文件，不是 Word 文档，不能导入。${SUPPORTED}。`,
  encryptedDoc: (name: string) => `${q(name)}设置了打开密码，无法读取。请在 Word 或 WPS 中去掉密码后另存，再导入。`,
  corruptDoc: (name: string, detail: string) =>
    `${q(name)}已损坏，无法读取其中的 Word 97–2003 内容（${detail}）。请在 Word 或 WPS 中打开并另存为 .docx 后再导入。`,
  wps: (name: string) =>
    `${q(name)}是 WPS 文字格式（.wps），不能直接导入。请在 WPS 中打开，选择“文件 → 另存为”，保存为 Word 文档（.docx）后再导入。`,
  ofd: (name: string) =>
    `${q(name)}是 OFD 版式文件，不能直接导入。请用数科阅读器或 WPS 打开，导出或“另存为”PDF（含文字）后再导入。`,
  corruptMhtml: (name: string, detail: string) =>
    `${q(name)}不是完整的网页存档（.mhtml），无法读取（${detail}）。请在浏览器中重新打开网页，另存为“网页，单个文件”或“网页，仅 HTML”后再导入。`,
  zipEntryTooLarge: (name: string, part: string, size: number, limit: number) =>
    `${q(name)}中的部件 ${part} 解压后有 ${mb(size)}，超过 ${mb(limit)} 的安全上限，已拒绝导入（文件可能是恶意构造的压缩包）。请在 Word 或 WPS 中打开确认后另存为 .docx 再导入。`,
  zipEntryRatio: (name: string, part: string, size: number, ratio: number) =>
    `${q(name)}中的部件 ${part} 压缩比异常（解压后 ${mb(size)}，约为压缩后的 ${ratio} 倍），已拒绝导入（文件可能是恶意构造的压缩包）。请在 Word 或 WPS 中打开确认后另存为 .docx 再导入。`,
  zipTotalTooLarge: (name: string, size: number, limit: number) =>
    `${q(name)}解压后共有 ${mb(size)}，超过 ${mb(limit)} 的安全上限，已拒绝导入。请删去文中的大图片或拆分文件后再导入。`,
  unknownExtension: (name: string, extension: string) =>
    `${q(name)}是 .${extension} 文件，不是可导入的格式，已拒绝导入。${SUPPORTED}。`,
  unsupported: (name: string, actually: string) => `${q(name)}是${actually}，不是可导入的快讯文件。${SUPPORTED}。`,
  // Warnings: the file was read, but the user should know.
  renamed: (name: string, format: string) => `${q(name)}的扩展名与内容不符，已按 ${format} 格式读取。`,
  replacedCharacters: (name: string, count: number) =>
    `${q(name)}中有 ${count} 处无法识别的字符，已去掉；请核对导入结果。`,
  unfinishedEnd: (name: string) => `${q(name)}的最后一个字符不完整（文件可能在复制或下载时被截断），已去掉；请核对结尾内容。`,
  largeText: (name: string, size: number) =>
    `${q(name)}很大（${mb(size)}），可能不是单期快讯，导入需要较长时间。`,
  pdfMissingEnd: (name: string) => `${q(name)}缺少 PDF 结束标记，可能不完整；已读取能读出的部分，请核对。`,
  pdfPageFailed: (name: string, page: number) => `${q(name)}第 ${page} 页无法读取，已跳过。`,
  docxNotes: (name: string, count: number) => `${q(name)}中有 ${count} 处 Word 内容无法完全转换（如特殊格式或对象），文字已尽量保留。`,
} as const;
