// Where a run's log lines go. Code that logs receives a Logger; it never imports @actions/core.
// The action passes one that writes workflow commands (`::warning::…`, annotations on plan
// files); the CLI passes one that writes plain lines to stderr; tests pass one that records.

/** Where on a file an annotation points (the workflow `::error file=…,line=…::` properties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string, where?: AnnotationProperties): void;
  error(message: string, where?: AnnotationProperties): void;
}
