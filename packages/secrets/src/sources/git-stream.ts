import { StringDecoder } from 'node:string_decoder'
import { ConfigurationError, gitFailure, nodeChildProcess } from '@ci-suite/core'
import { PatchParser } from './patch-parser.js'
import type { ScanSink } from './sink.js'

/**
 * Runs git and parses its patch output while it runs: git produces on one core, this process scans on the other, and
 * memory stays at one chunk plus the longest line.
 */
export function streamGitPatch(cwd: string, args: string[], sink: ScanSink): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = nodeChildProcess().spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_PAGER: 'cat' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const parser = new PatchParser(sink)
    const decoder = new StringDecoder('utf8')
    let stderr = ''
    let failed = false
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return
      sink.bytes(chunk.length)
      try {
        parser.push(decoder.write(chunk))
      } catch (error) {
        failed = true
        child.kill()
        reject(error)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 8192) stderr += chunk.toString('utf8')
    })
    child.on('error', (e: NodeJS.ErrnoException) => {
      failed = true
      reject(
        e.code === 'ENOENT'
          ? new ConfigurationError('git is not installed or not on PATH: install git and run again')
          : e
      )
    })
    child.on('close', code => {
      if (failed) return
      if (code !== 0) {
        reject(gitFailure(args, code, stderr))
        return
      }
      try {
        parser.push(decoder.end())
        parser.end()
        resolve()
      } catch (error) {
        reject(error)
      }
    })
  })
}

/**
 * The fixed part of every history read: added lines only, oldest commit first, no colour, no textconv. With a
 * pathspec (a service folder), `--full-history`: git's default simplification would follow only a merge's parent
 * that the merge left unchanged under the path, and skip a branch that added a secret and removed it again.
 */
export function logArgs(revisions: string[], pathspec: string[], attributesFile?: string): string[] {
  return [
    ...attributes(attributesFile),
    '-c',
    'core.quotePath=false',
    '-c',
    'diff.renames=true',
    'log',
    '-p',
    ...(pathspec.length ? ['--full-history'] : []),
    '--unified=0',
    '--reverse',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-notes',
    COMMIT_FORMAT_ARG,
    ...revisions,
    '--',
    ...pathspec
  ]
}

/**
 * git attributes for this read (`skippedPathAttributes`: the files the scan skips, marked `-diff`), below the
 * repository's own `.gitattributes`, which win where they say otherwise
 */
const attributes = (file: string | undefined): string[] => (file ? ['-c', `core.attributesFile=${file}`] : [])

const COMMIT_FORMAT_ARG = '--format=%x01%H%x02%an%x02%ae%x02%aI'

export function stagedArgs(pathspec: string[], attributesFile?: string): string[] {
  return [
    ...attributes(attributesFile),
    '-c',
    'core.quotePath=false',
    'diff',
    '--cached',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--',
    ...pathspec
  ]
}
