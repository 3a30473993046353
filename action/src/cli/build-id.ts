// The identity of the bundled code: a hash of the bundle's own files, written into the bundle by
// the build (scripts/bundle.ts). Undefined when running from source, which changes without any
// version bump, so nothing keyed by the code (workspace/result-cache.ts) is kept from source.
declare const ROLLBOOK_BUILD_ID: string | undefined;

export const BUILD_ID: string | undefined = typeof ROLLBOOK_BUILD_ID === 'string' ? ROLLBOOK_BUILD_ID : undefined;
