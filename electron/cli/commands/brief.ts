// Placeholder until the brief command is built.
import { CliError, type CliCommand } from '../command.ts';

export const briefCommand: CliCommand = {
  summary: '(not built yet)',
  run: () => Promise.reject(new CliError('brief: not built yet')),
};
