/** Colour steps of the badge: green at or above the minimum, yellow within 10 points below it, red under that. */
export function badgeColor(percent: number, minimum: number): string {
  if (percent >= minimum) return '#4c1'
  if (percent >= minimum - 10) return '#dfb317'
  return '#e05d44'
}

// Verdana 11px advance widths are approximated at 7px for digits and 6px for letters (shields.io's flat style)
const textWidth = (text: string): number =>
  [...text].reduce((w, ch) => w + (/[0-9%]/.test(ch) ? 7 : ch === '.' ? 3 : 6), 0) + 10

/** A flat "coverage | 84.31%" badge as a standalone SVG. */
export function coverageBadge(label: string, value: string, color: string): string {
  const esc = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  const lw = textWidth(label)
  const vw = textWidth(value)
  const w = lw + vw
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${esc(label)}: ${esc(value)}">`,
    `<title>${esc(label)}: ${esc(value)}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="14">${esc(label)}</text><text x="${lw + vw / 2}" y="14">${esc(value)}</text></g>`,
    `</svg>`,
    ''
  ].join('\n')
}
