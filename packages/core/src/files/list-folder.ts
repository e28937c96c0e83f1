import { readdirSync } from 'node:fs'

/** A folder's entries; none when it is missing or unreadable (an install step that did not run). */
export function listFolder(path: string): string[] {
  try {
    return readdirSync(path)
  } catch {
    return []
  }
}
