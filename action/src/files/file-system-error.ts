// One test for "the file system refused": Node's errors from a system call carry the call's name
// (`syscall`), which tells them from bugs and from Node's own argument errors (which also carry a
// `code`). Callers report these to the user in words; anything else is a bug and is rethrown.
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && (error as NodeJS.ErrnoException).syscall !== undefined;
}
