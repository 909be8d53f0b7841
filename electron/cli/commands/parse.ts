// Placeholder until the parse command is built.
import { CliError, type CliCommand } from '../command.ts';

export const parseCommand: CliCommand = {
  summary: '(not built yet)',
  run: () => Promise.reject(new CliError('parse: not built yet')),
};
