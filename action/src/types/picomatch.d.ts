// The part of picomatch (a CommonJS package without bundled types) that gates/glob.ts calls.
declare module 'picomatch' {
  interface PicomatchOptions {
    /** Let `*`, `?` and `**` match names that start with a dot. */
    dot?: boolean;
    /** POSIX bracket semantics (`[!a]` negates), as tinyglobby uses. */
    posix?: boolean;
  }
  function picomatch(glob: string, options?: PicomatchOptions): (path: string) => boolean;
  export = picomatch;
}
