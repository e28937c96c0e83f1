import type { BuiltinSpec } from './builtin.js'
import { sampleShape } from './shape.js'

/**
 * Look-alike values for tests and benchmarks, made at run time from a rule's shape: no token-shaped literal is ever
 * written to a file. A value is random, so it is not a real credential, but it has the real format.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const b64url = (text: string): string => Buffer.from(text).toString('base64url')

function randomWord(random: () => number, length: number): string {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  let out = ''
  for (let i = 0; i < length; i++) out += chars[Math.floor(random() * chars.length)]
  return out
}

/** The secret value alone. */
export function sampleValue(spec: BuiltinSpec, random: () => number): string {
  if (spec.id === 'jwt') {
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
    const payload = b64url(
      JSON.stringify({ sub: randomWord(random, 12), iat: 1700000000 + Math.floor(random() * 1e6) })
    )
    return `${header}.${payload}.${b64url(randomWord(random, 32))}`
  }
  return sampleShape(spec.kind === 'token' ? spec.shape : spec.value, random)
}

/** A line of code or config that carries the value the way people write it. */
export function sampleLine(spec: BuiltinSpec, value: string): string {
  if (spec.kind === 'assignment') return `${spec.names[0].toUpperCase().replace(/[^A-Z0-9]/g, '_')}_VALUE = "${value}"`
  return `setting = "${value}"`
}

/** A private key in PEM form: BEGIN marker, base64 body lines, END marker. */
export function samplePrivateKey(random: () => number, kind = 'RSA'): string[] {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const lines = [`-----BEGIN ${kind} PRIVATE KEY-----`]
  for (let l = 0; l < 8; l++) {
    let line = ''
    for (let i = 0; i < 64; i++) line += chars[Math.floor(random() * chars.length)]
    lines.push(line)
  }
  lines.push(`-----END ${kind} PRIVATE KEY-----`)
  return lines
}

/** A generic secret: mixed case, digits and symbols, high entropy. */
export function sampleGenericValue(random: () => number): string {
  return `${randomWord(random, 14)}-${randomWord(random, 10)}`
}
