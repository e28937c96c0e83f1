import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A temporary folder holding these files, empty, for tests of what finds and picks lockfiles by path. */
export function fileTree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'ci-suite-lockfile-tree-'))
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(join(root, file), '')
  }
  return root
}
