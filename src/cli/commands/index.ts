// Every CLI command, registered in one list. One file per command.
import type { Command } from 'commander';
import { registerGraph } from './graph';
import { registerExtract } from './extract';
import { registerLoad } from './load';
import { registerMigrate } from './migrate';
import { registerServe } from './serve';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [
  registerGraph,
  registerExtract,
  registerLoad,
  registerMigrate,
  registerServe,
];
