/**
 * Errors the suite tells apart. A ConfigurationError is the user's to fix (bad input, missing file, shallow clone);
 * a ServiceError is an outside service that could not be used (unreachable, rate limited). Anything else is a bug.
 * The message of each is one line that says what was wrong and what to do.
 */
export class CiSuiteError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

export class ConfigurationError extends CiSuiteError {}

export class ServiceError extends CiSuiteError {}

/** Thrown by parsers for malformed input files: names the file and, where known, the line. */
export class ParseError extends ConfigurationError {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`)
  }
}

export function isUserFacing(error: unknown): error is CiSuiteError {
  return error instanceof CiSuiteError
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
