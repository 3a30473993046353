// Renders a Markdown reference of a JSON Schema: one table per object type, in document order.
// Generated from the same TypeBox objects as the schema, so the docs cannot drift.
interface Node {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Node>;
  patternProperties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  enum?: string[];
  const?: unknown;
  required?: string[];
  pattern?: string;
  minItems?: number;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(node: Node, childName: string, queue: [string, Node][]): string {
  if (node.enum) return node.enum.map((v) => `\`${v}\``).join(' | ');
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  if (node.anyOf) return node.anyOf.map((n) => typeOf(n, childName, queue)).join(' or ');
  if (node.type === 'array' && node.items) return `list of ${typeOf(node.items, childName, queue)}`;
  if (node.type === 'object' && node.properties) {
    queue.push([childName, node]);
    return `[${childName}](#${childName.toLowerCase().replace(/[^a-z0-9]+/g, '-')})`;
  }
  if (node.type === 'object' && node.patternProperties) {
    const [, value] = Object.entries(node.patternProperties)[0]!;
    return `map of name → ${typeOf(value, childName, queue)}`;
  }
  return String(node.type ?? 'any');
}

export function schemaToMarkdown(root: Node, rootName: string): string {
  const out: string[] = [];
  const queue: [string, Node][] = [[rootName, root]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const [name, node] = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(`## ${name}`, '');
    if (node.description) out.push(node.description, '');
    out.push('| key | type | required | description |', '| --- | --- | --- | --- |');
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key === '$schema') continue;
      const childName = name === rootName ? key : `${name}.${key}`;
      const type = typeOf(child, childName, queue);
      const required = node.required?.includes(key) ? 'yes' : '';
      const description = child.description ?? child.items?.description ?? child.anyOf?.[0]?.description ?? '';
      out.push(`| \`${key}\` | ${cell(type)} | ${required} | ${cell(description)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
