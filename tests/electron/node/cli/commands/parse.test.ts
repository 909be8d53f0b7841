// `npm run -s cli -- parse FILE [--json]` as a user runs it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BULLETIN_002, BULLETIN_003, bulletinPath, readBulletin } from '../../../../support/bulletins.ts';
import { runCli } from '../../../../support/run-cli.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'parse-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('cli parse --json', () => {
  it('prints exactly { bulletin, notices } with the model field names, 2-space indented', () => {
    const { code, stdout, stderr } = runCli(['parse', bulletinPath(BULLETIN_003), '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const parsed = JSON.parse(stdout) as { bulletin: object; notices: object[] };
    expect(Object.keys(parsed)).toEqual(['bulletin', 'notices']);
    expect(Object.keys(parsed.bulletin)).toEqual(['publisher', 'issue']);
    expect(Object.keys(parsed.notices[0] ?? {})).toEqual([
      'category', 'title', 'docNumber', 'agencies', 'date', 'url', 'links', 'deadline', 'deadlines', 'attachments', 'contacts', 'citedDocNumbers', 'body',
    ]);
    expect(stdout).toBe(JSON.stringify(parsed, null, 2) + '\n');
  });
});

describe('cli parse summary', () => {
  it('prints publisher, issue and each notice in Chinese', () => {
    const { code, stdout } = runCli(['parse', bulletinPath(BULLETIN_002)]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['发布单位：北京关键要素科技有限公司', '期号：(2018) 0903 期', '文件编码：utf-8', '通知：6 条']);
    expect(stdout).toContain('1. [绿色制造] 关于印发《绿色制造标准体系建设指南》的通知\n   文号：工信部联节〔2016〕304号\n   发文机关：工业和信息化部、国家标准化管理委员会\n   成文日期：2016-09-07\n   申报截止：—\n');
    expect(stdout).toContain('   申报截止：2018-09-25');
  });

  it('prints every deadline with whose it is, and what a single notice needs checked', () => {
    const file = path.join(workDir, 'two-deadlines.txt');
    writeFileSync(
      file,
      [
        '各区科技局,各有关企业:',
        '现组织开展2024年度创新券申报工作。请企业于2024年5月10日前完成网上申报;各区科技局审核汇总后于5月20日前将推荐文件报送至我局。',
        '特此通知。',
      ].join('\n\n'),
    );
    const { code, stdout } = runCli(['parse', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('   申报截止：2024-05-10（申报单位）；2024-05-20（主管部门推荐）\n');
    expect(stdout).toContain('   需核对：标题、发文机关、成文日期\n');
  });

  it('reads a GB18030 file and says so', () => {
    const file = path.join(workDir, 'gb18030.txt');
    writeFileSync(file, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: readBulletin(BULLETIN_002) }));
    const { code, stdout } = runCli(['parse', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('文件编码：gb18030');
    expect(stdout).toContain('通知：6 条');
  });
});

describe('cli parse errors', () => {
  it('a missing file: one Chinese line with the path on stderr, exit 1', () => {
    const missing = path.join(workDir, 'no-such-file.txt');
    const { code, stdout, stderr } = runCli(['parse', missing]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`无法读取文件：${missing}（文件不存在，ENOENT）\n`);
  });

  it('a directory: one line, exit 1', () => {
    const { code, stderr } = runCli(['parse', workDir]);
    expect(code).toBe(1);
    expect(stderr).toBe(`无法读取文件：${workDir}（这是一个文件夹，不是文件，EISDIR）\n`);
  });

  it('never exits 0 with no notice: a table of contents alone, a 10 MB single line', () => {
    const contentsOnly = path.join(workDir, 'contents-only.txt');
    const upToFirstNotice = readBulletin(BULLETIN_002).split('\n');
    writeFileSync(contentsOnly, upToFirstNotice.slice(0, upToFirstNotice.findIndex((line) => /^\[.+\]$/.test(line))).join('\n'));
    expect(runCli(['parse', contentsOnly, '--json'])).toMatchObject({ code: 1, stdout: '', stderr: '不是政策快讯：有期号、目录或栏目，但没有读出任何一条通知（可能只有目录）\n' });
    const oneLine = path.join(workDir, 'one-line.txt');
    writeFileSync(oneLine, '政策'.repeat(5 * 1024 * 1024 / 2));
    const long = runCli(['parse', oneLine]);
    expect(long).toMatchObject({ code: 1, stdout: '' });
    expect(long.stderr).toMatch(/不是政策通知：没有公文标题、文号、主送机关、落款或成文日期/);
  });

  it('refuses an unknown extension instead of reading it as text', () => {
    const file = path.join(workDir, 'bulletin.xyz');
    writeFileSync(file, readBulletin(BULLETIN_002));
    expect(runCli(['parse', file])).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^「bulletin\.xyz」是 \.xyz 文件，不是可导入的格式/) as string });
  });

  it('no file or an unknown option: the usage line, exit 1', () => {
    expect(runCli(['parse'])).toMatchObject({ code: 1, stderr: '用法：npm run -s cli -- parse 文件 [--json]\n' });
    expect(runCli(['parse', '--yaml', 'x.txt'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^未知选项：--yaml。/) as string });
  });
});
