// The calendar rules a repository sets in rollbook.config.yaml, with their defaults: the one place
// validate, render and the site read them, so their calendars agree. No-weekend follows
// no-Friday unless set: a repository that turned the Friday rule off keeps weekend starts as it
// had them, and every other one gets the safer default (docs/adr/0026-minute-calendar.md).
import type { RollbookConfig } from './schema.ts';

export interface CalendarRules {
  /** No phase starts on a Friday. */
  noFridays: boolean;
  /** No phase starts on a Saturday or Sunday. */
  noWeekends: boolean;
}

export function calendarRulesOf(config: RollbookConfig): CalendarRules {
  const noFridays = config.calendar?.noFridays ?? true;
  return { noFridays, noWeekends: config.calendar?.noWeekends ?? noFridays };
}
