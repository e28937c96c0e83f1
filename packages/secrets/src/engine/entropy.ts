const counts = new Uint32Array(128)

/** Shannon entropy in bits per character, as gitleaks computes it for `entropy` thresholds. */
export function shannonEntropy(text: string): number {
  const length = text.length
  if (length === 0) return 0
  let other: Map<number, number> | undefined
  counts.fill(0)
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c < 128) counts[c]++
    else {
      other ??= new Map()
      other.set(c, (other.get(c) ?? 0) + 1)
    }
  }
  let entropy = 0
  const add = (n: number) => {
    const p = n / length
    entropy -= p * Math.log2(p)
  }
  for (let c = 0; c < 128; c++) if (counts[c]) add(counts[c])
  if (other) for (const n of other.values()) add(n)
  return entropy
}
