import type { Command } from '../command.ts';
import { explainCommand } from './explain.ts';
import { initCommand } from './init.ts';
import { validateCommand } from './validate.ts';

export const COMMANDS: readonly Command[] = [validateCommand, initCommand, explainCommand];
