/** What a parser may read beyond the lockfile's own text. */
export interface ParseOptions {
  /**
   * Reads a file next to the lockfile (a path relative to the lockfile's folder): the manifest that says which
   * dependencies are direct and dev (package.json, pyproject.toml, Pipfile, composer.json), `-r` includes, go.sum.
   * Undefined when there is no such file.
   */
  readRelative?: (path: string) => string | undefined
  /**
   * The entries of a folder beside the lockfile (relative to its folder, `.` for the folder itself), none when it is
   * missing: how workspace globs find their members where the lockfile does not list them (yarn classic). Left out
   * where the tree cannot be listed (a lockfile as of a base commit), and the members are then not known.
   */
  listFolder?: (path: string) => string[]
}
