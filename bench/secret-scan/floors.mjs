// The I/O floors of a tree scan in Node, each way timed in fresh processes (cold code, warm page cache), medians.
//   node bench/secret-scan/floors.mjs <tree> [runs]
// Ways to walk: the scan's own (one readdir with file types per folder), Node's recursive readdir with and without
// file types, and `find -type f` in a child. Ways to read: open/read/close into one reused buffer (the scan's own),
// and readFileSync(path, 'utf8') (one native call, open to close) with the bytes back by TextEncoder.encodeInto.
// Each child prints the milliseconds of its part; the walk's list is the same for every read.
import { spawnSync, execFileSync } from 'node:child_process'
import { closeSync, constants, openSync, readdirSync, readFileSync, readSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { TextEncoder } from 'node:util'

const [tree, runsArg, way] = process.argv.slice(2)
if (!tree) {
  process.stderr.write('usage: node bench/secret-scan/floors.mjs <tree> [runs]\n')
  process.exit(2)
}

function walkDirents(root) {
  const out = []
  const walk = (dir, prefix) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${dir}/${e.name}`, `${prefix}${e.name}/`)
      else if (e.isFile()) out.push(prefix + e.name)
    }
  }
  walk(root, '')
  return out.sort()
}

const WAYS = {
  'walk: readdir with file types per folder (the scan)': () => walkDirents(tree).length,
  'walk: readdirSync recursive, with file types': () =>
    readdirSync(tree, { recursive: true, withFileTypes: true }).filter(e => e.isFile()).length,
  'walk: readdirSync recursive, names only': () => readdirSync(tree, { recursive: true }).length,
  'walk: find -type f in a child': () =>
    execFileSync('find', ['.', '-type', 'f'], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').length,
  'read: open/read/close into one buffer (the scan)': files => {
    const buffer = new Uint8Array(1 << 22)
    const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK
    let total = 0
    for (const f of files) {
      const fd = openSync(`${tree}/${f}`, flags)
      total += readSync(fd, buffer, 0, buffer.length, null)
      closeSync(fd)
    }
    return total
  },
  "read: readFileSync(path, 'utf8') + encodeInto": files => {
    const buffer = new Uint8Array(1 << 22)
    const encoder = new TextEncoder()
    let total = 0
    for (const f of files) total += encoder.encodeInto(readFileSync(`${tree}/${f}`, 'utf8'), buffer).written
    return total
  }
}

if (way) {
  // a child: time one way
  const files = way.startsWith('read') ? walkDirents(tree) : undefined
  const started = process.hrtime.bigint()
  const count = WAYS[way](files)
  process.stdout.write(`${Number(process.hrtime.bigint() - started) / 1e6} ${count}\n`)
} else {
  const runs = Number(runsArg ?? 11)
  const times = Object.fromEntries(Object.keys(WAYS).map(w => [w, []]))
  for (let i = 0; i < runs; i++)
    for (const w of Object.keys(WAYS)) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), tree, '1', w], { encoding: 'utf8' })
      if (child.status !== 0) throw new Error(`${w}: ${child.stderr}`)
      times[w].push(Number(child.stdout.split(' ')[0]))
    }
  const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  for (const [w, xs] of Object.entries(times)) process.stdout.write(`${median(xs).toFixed(1).padStart(7)} ms  ${w}\n`)
}
