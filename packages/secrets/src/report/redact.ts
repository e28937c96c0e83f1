/**
 * What a report may show of a secret: a short prefix and the length. The prefix is at most 4 characters and at most
 * a quarter of the value, so a short password shows almost nothing: `ghp_…(40 chars)`, `hu…(9 chars)`.
 */
export function redactSecret(secret: string): string {
  const shown = Math.min(4, Math.floor(secret.length / 4))
  return `${secret.slice(0, shown)}…(${secret.length} chars)`
}
