// Every node of a Handlebars syntax tree, one at a time: the one walk that compile.ts (partial
// calls) and relied-on.ts (the data paths and partials a template uses) make over a template.
// Iterative, not recursive, and one push per array item, so a long or deeply nested template
// cannot overflow the call stack. Pure.

/** A syntax tree node, as its fields: `type`, and whatever that type carries. */
export type SyntaxNode = Record<string, unknown> & { loc?: hbs.AST.SourceLocation };

/** Calls `visit` on every node of `ast`, in no promised order. */
export function forEachSyntaxNode(ast: unknown, visit: (node: SyntaxNode) => void): void {
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const n = node as SyntaxNode;
    visit(n);
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && typeof value === 'object') stack.push(value);
  }
}
