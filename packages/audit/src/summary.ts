import { details, inlineCode, link, list, paragraph, table, type Block, type Cell, type Inline } from '@ci-suite/core'
import type { UnpinnedRequirement } from '@ci-suite/lockfiles'
import type { IgnoreEntry } from './ignore-file.js'
import { describeSeverity, introducedBy } from './report.js'
import type { Upgrade } from './upgrades.js'
import type { LicenseViolation, Vulnerability } from './vulnerability.js'

const ORDER = { critical: 0, high: 1, moderate: 2, low: 3, unknown: 4 }
const MAX_ROWS = 50

function sortVulnerabilities(list: Vulnerability[]): Vulnerability[] {
  return [...list].sort(
    (a, b) =>
      Number(b.failing) - Number(a.failing) ||
      ORDER[a.advisory.rating.severity] - ORDER[b.advisory.rating.severity] ||
      (b.advisory.rating.score ?? 0) - (a.advisory.rating.score ?? 0) ||
      a.pkg.name.localeCompare(b.pkg.name)
  )
}

function rows(list: Vulnerability[]): Cell[][] {
  return list.map(v => [
    [inlineCode(v.pkg.name), ...(v.file ? [` (${v.file})`] : [])],
    v.pkg.version,
    [
      link(v.advisory.id, v.advisory.url),
      ...(v.advisory.aliases.length > 0 ? [` ${v.advisory.aliases.join(', ')}`] : [])
    ],
    `${describeSeverity(v)}${v.advisory.rating.severity === 'unknown' ? ` (gated as ${v.gated})` : ''}${v.failing ? ' ✗' : ''}`,
    v.advisory.fixedIn.length > 0 ? v.advisory.fixedIn.join(', ') : 'no fix yet',
    introducedBy(v),
    v.pkg.dev ? 'dev' : 'runtime'
  ])
}

const HEADER = ['Package', 'Installed', 'Advisory', 'Severity', 'Fixed in', 'Introduced', 'Scope']

function vulnerabilityTable(list: Vulnerability[]): Block[] {
  const sorted = sortVulnerabilities(list)
  const blocks = [table(HEADER, rows(sorted.slice(0, MAX_ROWS)))]
  if (sorted.length > MAX_ROWS) blocks.push(paragraph(`${sorted.length - MAX_ROWS} more in the JSON report.`))
  return blocks
}

export interface SummaryInput {
  active: Vulnerability[]
  preExisting: Vulnerability[]
  ignored: Vulnerability[]
  expiredEntries: IgnoreEntry[]
  upgrades: Upgrade[]
  unpinned: UnpinnedRequirement[]
  licenses: LicenseViolation[]
  /** `name@version (lockfile)` of the third-party packages whose license nothing names */
  unknownLicenses: string[]
  denyLicenses: string[]
}

export function summarySections(input: SummaryInput): Block[] {
  const blocks: Block[] = []
  if (input.upgrades.length > 0) {
    blocks.push(
      paragraph('Best upgrades:'),
      list(
        input.upgrades
          .slice(0, 10)
          .map(
            u =>
              [
                `upgrade `,
                inlineCode(u.name),
                ` from ${u.from} to `,
                inlineCode(u.to),
                `: fixes ${u.fixes}`
              ] as Inline[]
          )
      )
    )
  }
  if (input.active.length > 0) {
    blocks.push(...vulnerabilityTable(input.active))
    const vectors = new Map(
      input.active.filter(v => v.advisory.rating.vector).map(v => [v.advisory.id, v.advisory.rating])
    )
    if (vectors.size > 0) {
      blocks.push(
        details('CVSS vectors', [
          list([...vectors].map(([id, r]) => [`${id}: ${r.score?.toFixed(1)} `, inlineCode(r.vector as string)]))
        ])
      )
    }
  }
  if (input.expiredEntries.length > 0) {
    blocks.push(
      paragraph(
        `Expired ignore entries (no longer ignoring): ${input.expiredEntries
          .map(
            e =>
              `${e.id}${e.package ? ` (${e.package})` : ''} expired ${e.expires} in ${e.source}${e.line ? `:${e.line}` : ''}`
          )
          .join('; ')}`
      )
    )
  }
  if (input.licenses.length > 0) {
    blocks.push(
      table(
        ['Package', 'Version', 'License', 'Denied'],
        input.licenses.map(l => [
          [inlineCode(l.pkg.name), ...(l.file ? [` (${l.file})`] : [])],
          l.pkg.version,
          l.license,
          `${l.denied}${l.preExisting ? ' (already on the base)' : ''}`
        ])
      )
    )
  }
  if (input.preExisting.length > 0) {
    blocks.push(
      details(
        `${input.preExisting.length} already on the base branch (not failing this pull request)`,
        vulnerabilityTable(input.preExisting)
      )
    )
  }
  if (input.ignored.length > 0) {
    blocks.push(
      details(`${input.ignored.length} ignored`, [
        table(
          ['Package', 'Advisory', 'Severity', 'Reason', 'Expires', 'Entry'],
          input.ignored.map(v => [
            `${v.pkg.name}@${v.pkg.version}`,
            link(v.advisory.id, v.advisory.url),
            describeSeverity(v),
            v.ignoredBy?.reason ?? '(no reason given)',
            v.ignoredBy?.expires ?? 'never',
            `${v.ignoredBy?.source}${v.ignoredBy?.line ? `:${v.ignoredBy.line}` : ''}`
          ])
        )
      ])
    )
  }
  if (input.unpinned.length > 0) {
    const shown = input.unpinned.slice(0, MAX_ROWS)
    const pinnable = input.unpinned.some(u => /pinned|no version given/.test(u.reason))
    blocks.push(
      details(`${input.unpinned.length} not auditable`, [
        table(
          ['Package or requirement', 'Where', 'Why'],
          shown.map(u => [
            // a locked package's spec is `@version`; a requirement's is its specifier (`>=4.2`)
            u.spec.startsWith('@') ? `${u.name}${u.spec}` : `${u.name} ${u.spec}`.trim(),
            `${u.file}${u.line ? `:${u.line}` : ''}`,
            u.reason
          ])
        ),
        ...(input.unpinned.length > shown.length
          ? [paragraph(`${input.unpinned.length - shown.length} more in the JSON report.`)]
          : []),
        ...(pinnable
          ? [
              paragraph(
                'Pin requirements with == (pip-compile, uv pip compile or poetry export write pinned files) so they can be audited.'
              )
            ]
          : [])
      ])
    )
  }
  if (input.denyLicenses.length > 0 && input.unknownLicenses.length > 0) {
    const shown = input.unknownLicenses.slice(0, MAX_ROWS)
    blocks.push(
      details(`${input.unknownLicenses.length} packages with no known license (never failed on)`, [
        paragraph(
          'Neither their lockfile nor an installed copy (node_modules, or the site-packages of a Python environment) names a license. Install the dependencies (',
          inlineCode('npm ci'),
          ', ',
          inlineCode('pip install -r requirements.txt'),
          ') before this step to read them.'
        ),
        list(shown.map(name => [name])),
        ...(input.unknownLicenses.length > shown.length
          ? [paragraph(`${input.unknownLicenses.length - shown.length} more in the JSON report.`)]
          : [])
      ])
    )
  }
  return blocks
}

export function fixBlocks(upgrades: Upgrade[], failing: Vulnerability[], ignoreFile: string): Block[] {
  const blocks: Block[] = []
  const relevant = upgrades.filter(u => failing.some(v => v.pkg.name === u.name && v.pkg.version === u.from))
  if (relevant.length > 0) {
    blocks.push(
      list(
        relevant.slice(0, 5).map(u => [`upgrade `, inlineCode(u.name), ` to `, inlineCode(u.to), ` (fixes ${u.fixes})`])
      )
    )
  }
  const example = failing[0]
  if (example) {
    blocks.push(
      paragraph(
        `If a vulnerability does not affect you, add it to `,
        inlineCode(ignoreFile),
        ` with a reason and an expiry:`
      ),
      {
        kind: 'code',
        lang: 'yaml',
        text: `ignore:\n  - id: ${example.advisory.id}\n    package: ${example.pkg.name}\n    reason: not reachable in our deployment\n    expires: ${new Date(Date.now() + 90 * 86400_000).toISOString().slice(0, 10)}\n`
      }
    )
  }
  return blocks
}
