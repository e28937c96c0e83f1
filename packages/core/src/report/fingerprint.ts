import { nodeCrypto } from '../process/builtins.js'

/** A stable id for a finding across runs: the same parts give the same 16 hex digits. */
export function fingerprint(...parts: Array<string | number | undefined | null>): string {
  return nodeCrypto()
    .createHash('sha256')
    .update(parts.map(p => (p === undefined || p === null ? '' : String(p))).join('\u0000'))
    .digest('hex')
    .slice(0, 16)
}
