// Every CLI command, registered in one list. One file per command.
import type { Command } from 'commander';
import { registerGraph } from './graph';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [
  registerGraph,
];
