// Globs for phase `paths:`, matched against repository-relative file paths. A small
// matcher (Node's path.matchesGlob is still experimental and warns): `*` and `?` stay
// within a path segment, `**` spans segments, `{a,b}` alternates, `[abc]`/`[!abc]` are
// classes. A pattern matches the whole path; a leading `./` or `/` is ignored.
const REGEX_SPECIAL = /[.+^$()|\\{}\]]/;

export function globToRegExp(glob: string): RegExp {
  const pattern = glob.replace(/^\.?\//, '');
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slashAfter = pattern[i + 2] === '/';
        out += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      const body = pattern
        .slice(i + 1, close)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) {
      out += '|';
    } else {
      out += REGEX_SPECIAL.test(c) ? `\\${c}` : c;
    }
  }
  // An unclosed brace is a literal one, not a broken pattern.
  if (depth > 0) return new RegExp(`^${escapeAll(pattern)}$`);
  return new RegExp(`^${out}$`);
}

function escapeAll(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.?\//, '');
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(normalizePath(path));
}
