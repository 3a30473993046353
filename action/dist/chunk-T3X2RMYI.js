import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/cli/logger.ts
function stderrLogger(io) {
  const line = (level) => (message) => io.stderr(`rollbook: ${level}: ${message}
`);
  return {
    debug: (message) => {
      if (io.env.ROLLBOOK_DEBUG) line("debug")(message);
    },
    info: (message) => io.stderr(`${message}
`),
    notice: line("notice"),
    warning: line("warning"),
    error: line("error")
  };
}

export {
  stderrLogger
};
