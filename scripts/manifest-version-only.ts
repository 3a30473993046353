// esbuild plugin: the bundles take only the version from the project's package.json. The CLI
// reads `manifest.version` (action/src/cli/version.ts), but importing a JSON file's default
// export inlines the whole file, scripts and dependency lists included: editing an npm script
// then changed the committed bundle and failed `npm run build -- --check` for no change in
// behaviour. The bundled object now holds `version` alone. From source, Node reads the real file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

/** Escapes a path for use inside a RegExp. */
function literal(path: string): RegExp {
  return new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

export function manifestVersionOnly(root: string): Plugin {
  const manifest = join(root, 'package.json');
  return {
    name: 'rollbook-manifest-version-only',
    setup(build) {
      build.onLoad({ filter: literal(manifest) }, () => {
        const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
        if (typeof version !== 'string') return { errors: [{ text: `${manifest} has no "version" string` }] };
        return { contents: JSON.stringify({ version }), loader: 'json' };
      });
    },
  };
}
