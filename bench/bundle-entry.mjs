// A benchmark's entry (TypeScript that calls the packages' code), bundled with ncc the way dist/ is built, so a
// benchmark times the shipped code rather than a TypeScript loader.
import { execFileSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Bundles `entry` (relative to the repository root) into `outDir`; its `index.js` is what to run. */
export function bundleEntry(entry, outDir) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      resolve(root, entry),
      '-o',
      outDir,
      '--transpile-only',
      '--quiet',
      '--target',
      'es2022'
    ],
    { stdio: 'inherit' }
  )
  return join(outDir, 'index.js')
}
