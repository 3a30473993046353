// The error plan discovery raises for a path the user named that does not exist or holds no
// plans. Its own module, so the CLI's entry can recognise it (exit code 2) without loading the
// parser, the schemas and the rules that plan/load.ts brings: `rollbook --version` and
// `--help` stay as small as the entry itself.
import { ExpectedError } from '../runtime/expected-error.ts';

/** A path the user named does not exist or holds no plans. The CLI maps it to exit code 2. */
export class PlanDiscoveryError extends ExpectedError {
  override name = 'PlanDiscoveryError';
}
