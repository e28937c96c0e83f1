/** `1 file`, `2 files`: a count with its noun, plural with `s` unless it is one */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** a byte count as a reader takes it in: `950 B`, `13.1 kB`, `13.1 MB`, `2.4 GB` (decimal units, as docker and du -h --si print) */
export function byteSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes / 1000
  let unit = 0
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}
