// Every CLI command, registered in one list. One file per command.
import type { Command } from 'commander';
import { registerGraph } from './graph';
import { registerExtract } from './extract';
import { registerLoad } from './load';
import { registerMigrate } from './migrate';
import { registerServe } from './serve';

export type RegisterCommand = (program: Command) => void;

// In the order a user meets them: extract, load, serve, draw, administer.
export const COMMANDS: RegisterCommand[] = [
  registerExtract,
  registerLoad,
  registerServe,
  registerGraph,
  registerMigrate,
];
