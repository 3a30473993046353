// The phase flow as a Mermaid flowchart, which GitHub draws natively (HTML runbooks draw it as
// SVG instead: render/html/flow-svg.ts). Node ids are generated
// (p1, p2, …), never taken from the plan; labels go through escapeMermaidLabel.
import type { RolloutPlan } from '../../plan/schema.ts';
import type { BlockMd } from '../../text/brands.ts';
import { codeFence } from '../../text/markdown-code.ts';
import { escapeMermaidLabel } from '../../text/mermaid.ts';
import { plural } from '../../text/plural.ts';

/** The flowchart's Mermaid source, without the fence. */
export function flowchartSource(plan: RolloutPlan): string {
  const lines = ['flowchart LR'];
  plan.phases.forEach((phase, i) => {
    const title = escapeMermaidLabel(`${i + 1}. ${phase.title}`);
    const where = escapeMermaidLabel(`${phase.environment}, ${phase.strategy}`);
    lines.push(`  p${i + 1}["${title}<br/>${where}"]`);
  });
  plan.phases.slice(0, -1).forEach((phase, i) => {
    const bake = phase.bake === undefined ? 'no bake' : `bake ${phase.bake}`;
    const label = escapeMermaidLabel(`${bake}, ${plural(phase.gates?.length ?? 0, 'gate')}`);
    lines.push(`  p${i + 1} -->|"${label}"| p${i + 2}`);
  });
  return lines.join('\n');
}

export function flowchart(plan: RolloutPlan): BlockMd {
  return codeFence(flowchartSource(plan), 'mermaid');
}
