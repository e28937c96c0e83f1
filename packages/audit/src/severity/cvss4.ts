import * as calculatorModule from 'ae-cvss-calculator'

type Calculator = typeof calculatorModule
// a CommonJS (webpack) build: Node's ESM loader puts it on `default`, a bundler on the namespace itself
const calculator: Calculator = (calculatorModule as unknown as { default?: Calculator }).default ?? calculatorModule
if (typeof calculator.Cvss4P0 !== 'function') throw new Error('ae-cvss-calculator does not export Cvss4P0')

const REQUIRED = ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA']

/**
 * CVSS v4.0 base score (CVSS-B): the specification scores through MacroVectors, a lookup table of 270 expert-rated
 * equivalence classes and an interpolation within each; ae-cvss-calculator implements FIRST's reference calculator.
 */
export function cvss4BaseScore(vector: string): number | undefined {
  if (!vector.startsWith('CVSS:4.0/')) return undefined
  const metrics = new Set(vector.split('/').map(part => part.split(':')[0]))
  if (!REQUIRED.every(m => metrics.has(m))) return undefined
  let score: unknown
  try {
    score = new calculator.Cvss4P0(vector).calculateScores().base
  } catch {
    // a vector with an invalid metric value
    return undefined
  }
  return typeof score === 'number' && Number.isFinite(score) ? score : undefined
}
