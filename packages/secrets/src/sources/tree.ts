import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Git } from '@ci-suite/core'
import { looksMinified } from '../config/paths.js'
import type { ScanSink } from './sink.js'

/** The files to scan under a folder: git's view (tracked and untracked, minus ignored) or a plain walk. */
export async function listTreeFiles(root: string, folder: string, git: Git | undefined): Promise<string[]> {
  if (git) return git.workingTreeFiles(folder)
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) out.push(relative(root, full).split(sep).join('/'))
    }
  }
  walk(folder)
  return out.sort()
}

function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8000).includes(0)
}

/** Reads each file whole (memory: the largest file under the size limit) and feeds its lines to the sink. */
export function scanTreeFiles(root: string, files: string[], maxFileSize: number, sink: ScanSink): void {
  for (const file of files) {
    const full = join(root, file)
    let size: number
    try {
      const stat = lstatSync(full)
      if (!stat.isFile()) continue
      size = stat.size
    } catch {
      continue
    }
    if (size > maxFileSize) {
      sink.skipped(file, 'too-large')
      continue
    }
    if (!sink.startFile(file)) continue
    let buffer: Buffer
    try {
      buffer = readFileSync(full)
    } catch {
      sink.endFile()
      continue
    }
    if (isBinary(buffer)) {
      sink.skipped(file, 'binary')
      sink.endFile()
      continue
    }
    sink.bytes(buffer.length)
    const text = buffer.toString('utf8')
    const lines = text.split('\n')
    let longest = 0
    for (const line of lines) if (line.length > longest) longest = line.length
    if (looksMinified(file, longest)) {
      sink.skipped(file, 'minified')
      sink.endFile()
      continue
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]
      if (i === lines.length - 1 && line === '') break
      sink.line(line.endsWith('\r') ? line.slice(0, -1) : line, i + 1)
    }
    sink.endFile()
  }
}
