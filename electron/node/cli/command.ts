// The contract every command-line subcommand implements. Output goes through `io`
// so tests can run a command in-process and read what it printed.
import { strings } from './strings.ts';

export type CliIo = {
  out: (line: string) => void;
  err: (line: string) => void;
};

export type CliCommand = {
  /** One line for `cli help`. */
  summary: string;
  /** Runs the command; resolves to the process exit code. */
  run: (args: string[], io: CliIo) => Promise<number>;
};

/** A user error: printed as one line on stderr, exit code 1, no stack trace. */
export class CliError extends Error {}

/** The value of `--limit` (or another count option): a positive integer, else a CliError with the usage. */
export function positiveInteger(option: string, value: string | undefined, usage: string): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1) throw new CliError(strings.positiveInteger(option, value, usage));
  return n;
}
