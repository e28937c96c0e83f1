#!/usr/bin/env node
// The I/O floor of a Node.js tree scanner: walk the folder and read every file the way the tree scan does (one
// readdir per folder, open with O_NOFOLLOW, read into one reused buffer, close), scanning nothing. run.mjs times it
// beside the tree scan: what secret-scan costs above this line is its own work.
import { closeSync, constants, openSync, readdirSync, readSync } from 'node:fs'

const files = []
const walk = (dir, prefix) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue
    if (entry.isDirectory()) walk(`${dir}/${entry.name}`, `${prefix}${entry.name}/`)
    else if (entry.isFile()) files.push(prefix + entry.name)
  }
}
walk('.', '')
files.sort()
let buffer = new Uint8Array(64 * 1024)
let bytes = 0
for (const file of files) {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW)
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      const bigger = new Uint8Array(buffer.length * 2)
      bigger.set(buffer)
      buffer = bigger
    }
    const wanted = buffer.length - length
    const n = readSync(fd, buffer, length, wanted, null)
    length += n
    if (n < wanted) break
  }
  closeSync(fd)
  bytes += length
}
process.stdout.write(`${JSON.stringify({ files: files.length, bytes })}\n`)
