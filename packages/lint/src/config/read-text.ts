import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A configuration file of the project as text; undefined when it is not there or cannot be read. */
export function readText(dir: string, file: string): string | undefined {
  try {
    return readFileSync(join(dir, file), 'utf8')
  } catch {
    return undefined
  }
}
