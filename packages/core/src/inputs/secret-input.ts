import type { InputReader } from './reader.js'

/**
 * Reads an input that holds a secret (a password, a registry token) like `reader.string`, but keeps it out of the
 * given values, so the reproduce command (`npx ci-suite … --<input> <value>`) never repeats it. The caller still
 * registers the value with `context.secrets` so every output redacts it.
 */
export function readSecretInput(reader: InputReader, name: string): string | undefined {
  const value = reader.raw(name)
  reader.given.delete(name)
  return value === undefined ? undefined : value.trim()
}
