// A stand-in for the ruff CLI (not installable here) built on ruff's own WebAssembly engine
// (@astral-sh/ruff-wasm-nodejs): the diagnostics and formatting are ruff's, the output is the CLI's documented shape.
//   ruff check --output-format=json [...] FILES  -> JSON array of diagnostics; exit 1 when any
//   ruff format --check --diff [...] FILES      -> unified diffs on stdout; exit 1 when any file would change
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs'

const [command, ...rest] = process.argv.slice(2)
if (command === '--version') {
  process.stdout.write(`ruff ${Workspace.version()}\n`)
  process.exit(0)
}
const files = rest.filter(a => !a.startsWith('-'))
const workspace = new Workspace(Workspace.defaultSettings(), PositionEncoding.Utf16)

if (command === 'check') {
  const diagnostics = []
  for (const file of files) {
    const path = resolve(file)
    for (const d of workspace.check(readFileSync(path, 'utf8'))) {
      diagnostics.push({
        cell: null,
        code: d.code,
        end_location: d.end_location,
        filename: path,
        fix: d.fix,
        location: d.start_location,
        message: d.message,
        noqa_row: d.start_location.row,
        url: d.code ? `https://docs.astral.sh/ruff/rules/${d.code}` : null
      })
    }
  }
  process.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`)
  process.exit(diagnostics.length ? 1 : 0)
} else if (command === 'format') {
  const scratch = mkdtempSync(join(tmpdir(), 'ruff-format-'))
  let changed = 0
  try {
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      const formatted = workspace.format(text)
      if (formatted === text) continue
      changed++
      const after = join(scratch, 'after.py')
      writeFileSync(after, formatted)
      const diff = spawnSync('diff', ['-u', '--label', file, '--label', file, file, after], { encoding: 'utf8' })
      process.stdout.write(diff.stdout)
    }
  } finally {
    // each run's scratch folder goes with it (the gate runs this once a chunk of files)
    rmSync(scratch, { recursive: true, force: true })
  }
  process.stderr.write(`${changed} file${changed === 1 ? '' : 's'} would be reformatted\n`)
  process.exit(changed ? 1 : 0)
} else {
  process.stderr.write(`error: unrecognized subcommand '${command}'\n`)
  process.exit(2)
}
