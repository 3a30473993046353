// Plan names that Rollbook's own outputs take: a plan called so would have no runbook of its own,
// so the name is refused where plans are checked and where `rollbook init` names one.

/** The runbooks' index (index.md, index.html), written beside the runbooks. */
export const INDEX_NAME = 'index';

/** Why `name` cannot name a plan, or undefined when it can. */
export function reservedPlanName(name: string): string | undefined {
  return name === INDEX_NAME ? `"${INDEX_NAME}" is the name of the runbooks' index (${INDEX_NAME}.md)` : undefined;
}
