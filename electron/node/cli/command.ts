// The contract every command-line subcommand implements. Output goes through `io`
// so tests can run a command in-process and read what it printed.

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
