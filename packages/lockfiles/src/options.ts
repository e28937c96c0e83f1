/** What a parser may read beyond the lockfile's own text. */
export interface ParseOptions {
  /**
   * Reads a file next to the lockfile (a path relative to the lockfile's folder): the manifest that says which
   * dependencies are direct and dev (package.json, pyproject.toml, Pipfile, composer.json), `-r` includes, go.sum.
   * Undefined when there is no such file.
   */
  readRelative?: (path: string) => string | undefined
}
