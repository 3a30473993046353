import type { Command } from '../command.ts';
import { explainCommand } from './explain.ts';
import { gateCommand } from './gate.ts';
import { initCommand } from './init.ts';
import { lessonCommand } from './lesson.ts';
import { lessonsCommand } from './lessons.ts';
import { renderCommand } from './render.ts';
import { statusCommand } from './status.ts';
import { validateCommand } from './validate.ts';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  renderCommand,
  initCommand,
  explainCommand,
  gateCommand,
  lessonCommand,
  lessonsCommand,
  statusCommand,
];
