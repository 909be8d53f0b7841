// Every message of the import pipeline, in Simplified Chinese, in one place. Each names
// the file and says what happened to the library (usually: nothing) and what to do.
// Messages about reading a file's bytes come from shared/extract/messages.ts.

const q = (name: string) => `「${name}」`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const importMessages = {
  notABulletin: (name: string, why: string) =>
    `${q(name)}不像一期政策快讯：${why}。已拒绝导入，资料库未做任何更改。请确认选择的是快讯文件。`,
  textTooLarge: (name: string, size: number, limit: number) =>
    `${q(name)}太大（${mb(size)}）：一期快讯的文字通常不到 1 MB，超过 ${mb(limit)} 的文本文件不会是单期快讯，已拒绝导入，资料库未做任何更改。若是多期快讯合在一起，请拆分成单期文件后再导入。`,
  alreadyImported: (name: string, earlier: string, importedAt: string) =>
    `${q(name)}已导入过（与 ${q(earlier)} 内容完全相同，导入于 ${importedAt.slice(0, 10)}），未做任何更改。`,
  unreadable: (name: string, error: unknown) =>
    `${q(name)}无法读取（${detail(error)}），已拒绝导入，资料库未做任何更改。`,
  saveFailed: (name: string, error: unknown) =>
    `${q(name)}保存时出错（${detail(error)}），这份文件的内容没有写入，资料库保持导入前的样子。可以稍后重试。`,
  cancelled: (name: string) => `导入已取消，${q(name)}没有导入。`,
  workerFailed: (detail: string) => `后台处理文件的线程出错（${detail}）`,
} as const;

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
