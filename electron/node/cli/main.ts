// Entry point of `npm run -s cli -- <command> ...`. Commands load lazily so that
// `parse` does not pay for the docx or search modules.
import { CliError, type CliCommand, type CliIo } from './command.ts';
import { strings } from './strings.ts';

const commands: Record<string, () => Promise<CliCommand>> = {
  parse: async () => (await import('./commands/parse.ts')).parseCommand,
  brief: async () => (await import('./commands/brief.ts')).briefCommand,
  search: async () => (await import('./commands/search.ts')).searchCommand,
  match: async () => (await import('./commands/match.ts')).matchCommand,
  relations: async () => (await import('./commands/relations.ts')).relationsCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(strings.main.usage);
    for (const [key, load] of Object.entries(commands)) io.out(`  ${key.padEnd(9)} ${(await load()).summary}`);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.err(strings.main.unknownCommand(name, Object.keys(commands).join(', ')));
    return 2;
  }
  try {
    return await (await load()).run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

// `cli parse FILE | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const io: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${strings.main.internalError(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    process.exitCode = 70;
  },
);
