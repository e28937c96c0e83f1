import type { PackageHash } from './model.js'

const SRI_ALGORITHMS: Record<string, PackageHash['alg']> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512'
}

export function base64ToHex(value: string): string {
  return Buffer.from(value, 'base64').toString('hex')
}

/** Subresource Integrity (`sha512-<base64> sha1-<base64>`), as npm, yarn, pnpm and bun write it. */
export function hashesFromIntegrity(integrity: string | undefined): PackageHash[] {
  if (!integrity) return []
  const hashes: PackageHash[] = []
  for (const part of integrity.trim().split(/\s+/)) {
    const match = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)/.exec(part)
    const alg = match ? SRI_ALGORITHMS[match[1] as string] : undefined
    if (match && alg) hashes.push({ alg, content: base64ToHex(match[2] as string) })
  }
  return hashes
}

/** `sha256:<hex>` (pip, poetry, uv, pdm, Pipfile.lock). */
export function hashFromPrefixedHex(value: string | undefined): PackageHash | undefined {
  const match = value ? /^(sha1|sha256|sha384|sha512)[:=]([0-9a-fA-F]+)$/.exec(value.trim()) : null
  const alg = match ? SRI_ALGORITHMS[match[1] as string] : undefined
  return match && alg ? { alg, content: (match[2] as string).toLowerCase() } : undefined
}

export function uniqueHashes(hashes: PackageHash[]): PackageHash[] {
  const seen = new Set<string>()
  return hashes.filter(h => {
    const key = `${h.alg}:${h.content}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
