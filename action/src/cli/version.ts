// The version `rollbook --version` prints: package.json's, the one file a release bumps. The
// bundles inline it at build time, so a release rebuilds them (scripts/check-version.ts fails
// when the committed bundle prints another version than package.json says). The bundles hold
// only the version of package.json (scripts/manifest-version-only.ts, ADR 70).
import manifest from '../../../package.json' with { type: 'json' };

export const VERSION: string = manifest.version;
