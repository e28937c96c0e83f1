import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { BUILTIN_SPECS } from '@ci-suite/secrets'
import {
  sampleGenericValue,
  samplePrivateKey,
  sampleLine,
  sampleValue,
  seededRandom
} from '../../packages/secrets/src/rules/samples.js'

/**
 * A git repository with planted look-alike secrets of every built-in rule (made here, at test time, from the rules'
 * shapes: no token-shaped literal lives in a file) in several file types, some only in history, plus decoys of
 * every placeholder class. Nothing here is a real credential.
 */
export interface Planted {
  ruleId: string
  value: string
  file: string
  line: number
  /** deleted again in a later commit: only a history scan can find it */
  historyOnly: boolean
  commit?: string
}

export interface Corpus {
  dir: string
  planted: Planted[]
  /** values that must not be reported */
  decoys: string[]
  /** commits oldest first */
  commits: string[]
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Ada Planter',
  GIT_AUTHOR_EMAIL: 'ada@example.test',
  GIT_COMMITTER_NAME: 'Ada Planter',
  GIT_COMMITTER_EMAIL: 'ada@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir()
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}

export function newRepo(prefix = 'secret-scan-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'commit.gpgsign', 'false')
  return dir
}

export function write(dir: string, file: string, lines: string[] | string | Buffer): void {
  const full = join(dir, file)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, Array.isArray(lines) ? `${lines.join('\n')}\n` : lines)
}

export function commit(dir: string, message: string): string {
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--allow-empty', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

const EXTENSIONS = ['env', 'py', 'ts', 'yaml', 'md', 'json', 'tf', 'properties']

/** Lines that look like secrets and are not: one or more per decoy class. */
export function decoyLines(random: () => number): { lines: string[]; values: string[] } {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('')
  const b64 = (n: number) =>
    Array.from(
      { length: n },
      () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[Math.floor(random() * 64)]
    ).join('')
  const awsExample = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')
  const jwtExample = [
    Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url'),
    Buffer.from(JSON.stringify({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })).toString('base64url'),
    Buffer.from(hex(32)).toString('base64url')
  ].join('.')
  const sha = hex(40)
  const uuid = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`
  const integrity = `sha512-${b64(86)}==`
  const twilioInData = `${['S', 'K'].join('')}${hex(32)}`
  const lines = [
    `aws_access_key_id = ${awsExample}`,
    `GITHUB_TOKEN=${'gh'}p_${'x'.repeat(36)}`,
    `api_key: "xxxxxxxxxxxxxxxxxxxx"`,
    `token: <your-token>`,
    `password = "<your-password>"`,
    `API_KEY=your-api-key-here`,
    `  token: \${{ secrets.GITHUB_TOKEN }}`,
    `password: \${DB_PASSWORD}`,
    `secret = "{{ vault_secret }}"`,
    `api_key = os.environ["API_KEY"]`,
    `const token = process.env.GITHUB_TOKEN`,
    `password = os.getenv("DB_PASSWORD")`,
    `  "integrity": "${integrity}",`,
    `integrity_key = "${integrity}"`,
    `commit_token = "${sha}"`,
    `request_token = "${uuid}"`,
    `-----BEGIN CERTIFICATE-----`,
    b64(64),
    b64(64),
    `-----END CERTIFICATE-----`,
    `-----BEGIN PUBLIC KEY-----`,
    b64(64),
    `-----END PUBLIC KEY-----`,
    `deploy_key: ssh-rsa AAAAB3NzaC1yc2E${b64(60)} ci@example`,
    `ssh_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5${b64(48)}"`,
    `icon_key = "data:image/png;base64,${b64(40)}/${twilioInData}/${b64(12)}"`,
    `session_token = "${jwtExample}"`,
    `-----BEGIN RSA PRIVATE KEY-----`,
    `...`,
    `-----END RSA PRIVATE KEY-----`,
    `DATABASE_URL=postgres://user:password@localhost:5432/app`,
    `REDIS_URL=redis://app:\${REDIS_PASSWORD}@cache:6379`
  ]
  return { lines, values: [awsExample, sha, uuid, integrity, twilioInData, jwtExample] }
}

/**
 * Builds the corpus: an initial commit with decoys, then commits planting every built-in rule's value (a quarter of
 * the files deleted again later), private keys, a URL with a password, generic assignments, a value repeated later,
 * a binary file and a minified bundle.
 */
export function buildCorpus(seed = 42): Corpus {
  const random = seededRandom(seed)
  const dir = newRepo()
  const planted: Planted[] = []
  const commits: string[] = []
  const decoys = decoyLines(random)
  write(dir, 'docs/decoys.md', decoys.lines)
  write(dir, 'README.md', ['# demo', 'Nothing to see here.'])
  commits.push(commit(dir, 'initial: docs with placeholders'))

  const batches: Array<typeof BUILTIN_SPECS> = []
  for (let i = 0; i < BUILTIN_SPECS.length; i += 12) batches.push(BUILTIN_SPECS.slice(i, i + 12))
  const historyOnlyFiles: string[] = []
  batches.forEach((batch, b) => {
    const file = `config/batch${b}.${EXTENSIONS[b % EXTENSIONS.length]}`
    const lines = [`# settings batch ${b}`]
    const historyOnly = b % 4 === 1
    for (const spec of batch) {
      const value = sampleValue(spec, random)
      lines.push(sampleLine(spec, value))
      planted.push({ ruleId: spec.id, value, file, line: lines.length, historyOnly })
    }
    write(dir, file, lines)
    if (historyOnly) historyOnlyFiles.push(file)
    const sha = commit(dir, `add settings batch ${b}`)
    commits.push(sha)
    for (const p of planted) if (p.file === file) p.commit = sha
  })

  const key = samplePrivateKey(random, 'RSA')
  const opensshKey = samplePrivateKey(random, 'OPENSSH')
  write(dir, 'keys/deploy_key', key)
  write(dir, 'keys/ci.pem', ['# ci key', ...opensshKey])
  const url = sampleGenericValue(random)
  const genericA = sampleGenericValue(random)
  const genericB = sampleGenericValue(random)
  write(dir, 'services/db.env', [`DATABASE_URL=postgres://app:${url}@db.internal:5432/app`, `DB_PASSWORD=${genericA}`])
  write(dir, 'services/app.py', ['import os', '', `API_SECRET = "${genericB}"`])
  // a binary file and a minified bundle carrying a token: skipped and counted, not reported
  write(
    dir,
    'assets/blob.bin',
    Buffer.concat([
      Buffer.from([0, 1, 2, 0]),
      Buffer.from(sampleLine(BUILTIN_SPECS[0], sampleValue(BUILTIN_SPECS[0], random)))
    ])
  )
  write(dir, 'public/app.min.js', `var a=1;${sampleLine(BUILTIN_SPECS[0], sampleValue(BUILTIN_SPECS[0], random))}`)
  write(dir, 'certs/client.p12', Buffer.from([0x30, 0x82, 0x0a, 0x00, 0x02, 0x01, 0x03]))
  const keysCommit = commit(dir, 'add keys and service settings')
  commits.push(keysCommit)
  const keyBody = (lines: string[]) => lines.slice(1, -1).join('')
  planted.push(
    {
      ruleId: 'private-key',
      value: keyBody(key),
      file: 'keys/deploy_key',
      line: 1,
      historyOnly: true,
      commit: keysCommit
    },
    {
      ruleId: 'private-key',
      value: keyBody(opensshKey),
      file: 'keys/ci.pem',
      line: 2,
      historyOnly: false,
      commit: keysCommit
    },
    {
      ruleId: 'pkcs12-file',
      value: 'certs/client.p12',
      file: 'certs/client.p12',
      line: 1,
      historyOnly: false,
      commit: keysCommit
    },
    {
      ruleId: 'url-embedded-credentials',
      value: url,
      file: 'services/db.env',
      line: 1,
      historyOnly: false,
      commit: keysCommit
    },
    {
      ruleId: 'generic-api-key',
      value: genericA,
      file: 'services/db.env',
      line: 2,
      historyOnly: false,
      commit: keysCommit
    },
    {
      ruleId: 'generic-api-key',
      value: genericB,
      file: 'services/app.py',
      line: 3,
      historyOnly: false,
      commit: keysCommit
    }
  )

  // the same value again in a later commit: a history scan reports it once, where it was introduced
  const repeated = planted.find(p => p.ruleId === 'github-pat')!
  write(dir, 'scripts/deploy.sh', ['#!/bin/sh', `export GH_TOKEN=${repeated.value}`])
  for (const file of historyOnlyFiles) rmSync(join(dir, file))
  rmSync(join(dir, 'keys/deploy_key'))
  commits.push(commit(dir, 'remove old settings, add deploy script'))
  return { dir, planted, decoys: decoys.values, commits }
}

/** Recall and precision of findings against the planted values (matched by file, line and rule). */
export function score(planted: Planted[], findings: Array<{ ruleId?: string; file?: string; line?: number }>) {
  const key = (ruleId: string | undefined, file: string | undefined, line: number | undefined) =>
    `${ruleId}\u0000${file}\u0000${line}`
  const expected = new Set(planted.map(p => key(p.ruleId, p.file, p.line)))
  const found = new Set(findings.map(f => key(f.ruleId, f.file, f.line)))
  const truePositives = [...found].filter(k => expected.has(k)).length
  return {
    recall: expected.size ? truePositives / expected.size : 1,
    precision: found.size ? truePositives / found.size : 1,
    missed: [...expected].filter(k => !found.has(k)).map(k => k.split('\u0000').join(' ')),
    unexpected: [...found].filter(k => !expected.has(k)).map(k => k.split('\u0000').join(' '))
  }
}
