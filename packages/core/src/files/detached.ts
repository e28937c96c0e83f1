/**
 * A copy of a string that holds no reference to the chunk it was cut from: V8 keeps a slice of 13 characters or
 * more as a view into its parent, so one path kept per file would pin every 1 MiB chunk of a 100 MB report (or of a
 * `git log -p` stream, where a path cache held 50 MB of patch text on prettier's history).
 */
export function detached(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8')
}
