#!/usr/bin/env node
import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  API_URL_EXAMPLE
} from "./chunk-64ZO2YJY.js";
import {
  EXIT,
  UsageError
} from "./chunk-DXW35SOZ.js";
import {
  PlanDiscoveryError
} from "./chunk-LG33J42V.js";
import {
  OutsideRootError
} from "./chunk-GX3IQWWC.js";
import {
  didYouMeanSuffix,
  isExpectedError
} from "./chunk-DSNISORP.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/io.ts
import module from "node:module";

// action/src/cli/build-id.ts
var BUILD_ID = true ? "d58b6e7b396622c1fa69df30ac7bb457" : void 0;

// action/src/cli/io.ts
function wantsColor(env, isTTY) {
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0") return true;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY && env.TERM !== "dumb";
}
function resultCacheLocation(buildId, compileCacheDir, env) {
  if (buildId === void 0 || compileCacheDir === void 0) return void 0;
  return { dir: compileCacheDir, codeId: [buildId, process.version, process.arch, env.TZ ?? ""].join("\n") };
}
function untilClosed(stream) {
  let open = true;
  stream.on("error", (error) => {
    open = false;
    if (error.code !== "EPIPE" && stream !== process.stderr) {
      process.stderr.write(`rollbook: cannot write the output (${error.code ?? error.message})
`);
    }
  });
  return (text) => {
    if (open) stream.write(text);
  };
}
function processIO() {
  const resultCache = resultCacheLocation(BUILD_ID, module.getCompileCacheDir?.(), process.env);
  return {
    stdout: untilClosed(process.stdout),
    stderr: untilClosed(process.stderr),
    cwd: process.cwd(),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
    now: () => /* @__PURE__ */ new Date(),
    env: process.env,
    ...resultCache ? { resultCache } : {}
  };
}

// action/src/cli/main.ts
import { parseArgs } from "node:util";

// action/src/cli/commands/index.ts
var COMMANDS = [
  {
    name: "validate",
    summary: "check rollout plans against the schema and the policy rules",
    load: async () => (await import("./chunk-WYPRPMF7.js")).validateCommand
  },
  {
    name: "render",
    summary: "render each plan into a phase-by-phase runbook (Markdown or HTML)",
    load: async () => (await import("./chunk-RNRGRILG.js")).renderCommand
  },
  {
    name: "init",
    summary: "scaffold a new rollout plan that passes every rule",
    load: async () => (await import("./chunk-XHIL3DOT.js")).initCommand
  },
  {
    name: "explain",
    summary: "print why a policy rule exists and how to satisfy it",
    load: async () => (await import("./chunk-F3QCLQHX.js")).explainCommand
  },
  {
    name: "gate",
    summary: "compute the gate report for promoting a plan into a phase",
    load: async () => (await import("./chunk-I4AA736P.js")).gateCommand
  },
  {
    name: "lesson",
    summary: "scaffold a new lesson (an incident that adds guards to matching plans)",
    load: async () => (await import("./chunk-R5M3UNE7.js")).lessonCommand
  },
  {
    name: "lessons",
    summary: "list lessons with counts, and which plans and phases each one guards",
    load: async () => (await import("./chunk-TFEEYORX.js")).lessonsCommand
  },
  {
    name: "status",
    summary: "show each plan's current phase and state from its checklist issues",
    load: async () => (await import("./chunk-F3QNCZ7R.js")).statusCommand
  }
];

// action/src/cli/github-api-url.ts
function checkGitHubApiUrl(env) {
  const value = env.GITHUB_API_URL;
  if (!value) return;
  const url = URL.canParse(value) ? new URL(value) : void 0;
  if (url?.protocol === "https:" || url?.protocol === "http:") return;
  throw new UsageError(
    `GITHUB_API_URL must be an http(s) URL such as ${API_URL_EXAMPLE} (got "${value}"); correct it, or unset it for https://api.github.com`
  );
}

// package.json
var package_default = { version: "0.1.0" };

// action/src/cli/version.ts
var VERSION = package_default.version;

// action/src/cli/main.ts
function overview() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "rollbook: rollout plans as code",
    "",
    "Usage: rollbook <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help for rollbook or a command",
    "  -v, --version  print the version",
    "",
    "Exit codes: 0 success, 1 problems found (plan errors, stale runbooks, broken templates;",
    "            for gate, any verdict but PROMOTE), 2 bad usage (unknown option, missing path),",
    "            3 internal error.",
    "",
    "Run 'rollbook <command> --help' for a command's options."
  ].join("\n");
}
function unknownOptionHint(code2, message, command) {
  const given = code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(--[^'=]+)/.exec(message)?.[1] : void 0;
  return given ? didYouMeanSuffix(
    given,
    Object.keys(command.options).map((name) => `--${name}`)
  ) : "";
}
function parseStrictly(command, argv) {
  try {
    return parseArgs({
      args: argv,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    if (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      const message = error.message.replace(/\. To specify a positional argument.*$/s, "");
      throw new UsageError(`${message}${unknownOptionHint(error.code, message, command)}`);
    }
    throw error;
  }
}
function parseCommandArgs(command, argv) {
  const parsed = parseStrictly(command, argv);
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === "" || Array.isArray(value) && value.includes("")) {
      throw new UsageError(`--${name} needs a value, and was given an empty one`);
    }
  }
  return parsed;
}
async function main(argv, io) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "-h" || first === "--help" || first === "help") {
    const target = first === "help" ? COMMANDS.find((c) => c.name === rest[0]) : void 0;
    if (first === "help" && rest[0] !== void 0 && !target) return main([rest[0]], io);
    io.stdout(`${target ? (await target.load()).help : overview()}
`);
    return EXIT.ok;
  }
  if (first === "-v" || first === "--version") {
    io.stdout(`rollbook ${VERSION}
`);
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === first);
  let command;
  try {
    if (!entry) {
      throw new UsageError(
        `unknown command "${first}"${didYouMeanSuffix(
          first,
          COMMANDS.map((c) => c.name)
        )}`
      );
    }
    checkGitHubApiUrl(io.env);
    command = await entry.load();
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      io.stdout(`${command.help}
`);
      return EXIT.ok;
    }
    if ("config" in command.options && values.config === void 0) {
      const { belowRootWarning } = await import("./chunk-ZBTZUTT5.js");
      const warning = belowRootWarning(io.cwd);
      if (warning) io.stderr(warning);
    }
    return await command.run({ values, positionals }, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PlanDiscoveryError || error instanceof OutsideRootError) {
      const helpHint = entry ? `rollbook ${entry.name} --help` : "rollbook --help";
      io.stderr(`rollbook: ${error.message}
Run '${helpHint}' for usage.
`);
      return EXIT.usage;
    }
    if (isExpectedError(error)) {
      io.stderr(`rollbook: ${error.message}
`);
      return EXIT.problems;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `rollbook: internal error: ${message}
This is a bug in Rollbook; set ROLLBOOK_DEBUG=1 for details and please report it.
`
    );
    if (io.env.ROLLBOOK_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
    return EXIT.internal;
  }
}

// action/src/cli/index.ts
var code = await main(process.argv.slice(2), processIO());
process.exitCode = code;
