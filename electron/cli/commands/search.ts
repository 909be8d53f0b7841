// Placeholder until the search command is built.
import { CliError, type CliCommand } from '../command.ts';

export const searchCommand: CliCommand = {
  summary: '(not built yet)',
  run: () => Promise.reject(new CliError('search: not built yet')),
};
