/**
 * CVSS v3.0 and v3.1 base score, per the specification's section 7 formulas
 * (https://www.first.org/cvss/v3.1/specification-document). Returns undefined for a vector that lacks a base metric.
 */
const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 }
} as const

const PR_UNCHANGED = { N: 0.85, L: 0.62, H: 0.27 } as const
const PR_CHANGED = { N: 0.85, L: 0.68, H: 0.5 } as const

/** v3.1 Appendix A: round up to one decimal, avoiding floating-point artefacts. */
function roundUp31(value: number): number {
  const integer = Math.round(value * 100000)
  return integer % 10000 === 0 ? integer / 100000 : (Math.floor(integer / 10000) + 1) / 10
}

/** v3.0: the smallest number, to one decimal place, that is equal to or higher than its input. */
function roundUp30(value: number): number {
  return Math.ceil(value * 10) / 10
}

export function parseVectorMetrics(vector: string): Map<string, string> {
  const metrics = new Map<string, string>()
  for (const part of vector.split('/').slice(1)) {
    const [key, value] = part.split(':')
    if (key && value) metrics.set(key, value)
  }
  return metrics
}

export function cvss3BaseScore(vector: string): number | undefined {
  const version = /^CVSS:3\.([01])\//.exec(vector)?.[1]
  if (version === undefined) return undefined
  const m = parseVectorMetrics(vector)
  const pick = <T extends Record<string, number>>(table: T, key: string): number | undefined => {
    const value = m.get(key)
    return value !== undefined && value in table ? table[value as keyof T] : undefined
  }
  const scopeChanged = m.get('S') === 'C'
  if (m.get('S') !== 'U' && !scopeChanged) return undefined
  const av = pick(WEIGHTS.AV, 'AV')
  const ac = pick(WEIGHTS.AC, 'AC')
  const pr = pick(scopeChanged ? PR_CHANGED : PR_UNCHANGED, 'PR')
  const ui = pick(WEIGHTS.UI, 'UI')
  const c = pick(WEIGHTS.CIA, 'C')
  const i = pick(WEIGHTS.CIA, 'I')
  const a = pick(WEIGHTS.CIA, 'A')
  if ([av, ac, pr, ui, c, i, a].some(x => x === undefined)) return undefined
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!)
  const impact = scopeChanged ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss
  const exploitability = 8.22 * av! * ac! * pr! * ui!
  if (impact <= 0) return 0
  const roundUp = version === '1' ? roundUp31 : roundUp30
  return scopeChanged
    ? roundUp(Math.min(1.08 * (impact + exploitability), 10))
    : roundUp(Math.min(impact + exploitability, 10))
}
