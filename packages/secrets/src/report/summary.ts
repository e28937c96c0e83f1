import {
  blobUrl,
  code,
  details,
  heading,
  inlineCode,
  link,
  list,
  paragraph,
  short,
  strong,
  table,
  type Block,
  type Cell,
  type EventContext
} from '@ci-suite/core'
import type { Rule } from '../rules/rule.js'
import type { SecretFinding } from '../scanner.js'

const SHOWN = 20

function commitUrl(event: EventContext, sha: string): string | undefined {
  return event.owner ? `${event.serverUrl}/${event.owner}/${event.repo}/commit/${sha}` : undefined
}

function findingRow(f: SecretFinding, event: EventContext): Cell[] {
  const at = f.commit ?? event.sha
  const href = at ? blobUrl(event, at, f.file, f.line) : undefined
  const where = `${f.file}:${f.line}`
  const commitCell: Cell = f.commit
    ? commitUrl(event, f.commit)
      ? link(short(f.commit), commitUrl(event, f.commit)!)
      : inlineCode(short(f.commit))
    : 'working tree'
  return [href ? link(where, href) : where, inlineCode(f.ruleId), inlineCode(f.redacted), commitCell, f.author ?? '']
}

/** The findings sections: a table by rule with where to rotate, then the findings linked to their commit and line. */
export function findingSections(findings: SecretFinding[], rules: Rule[], event: EventContext): Block[] {
  if (findings.length === 0) return []
  const byRule = new Map<string, number>()
  for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1)
  const ruleOf = new Map(rules.map(r => [r.id, r]))
  const ruleRows: Cell[][] = [...byRule.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, n]) => {
      const rule = ruleOf.get(id)
      return [
        inlineCode(id),
        rule?.description ?? id,
        String(n),
        rule?.rotate ? link('rotate', rule.rotate) : 'see the provider'
      ]
    })
  const header = ['location', 'rule', 'secret', 'commit', 'author']
  const blocks: Block[] = [
    heading(3, 'Secrets by rule'),
    table(['rule', 'what', 'findings', 'how to rotate'], ruleRows, ['left', 'left', 'right', 'left']),
    heading(3, 'Findings'),
    table(
      header,
      findings.slice(0, SHOWN).map(f => findingRow(f, event))
    )
  ]
  if (findings.length > SHOWN) {
    blocks.push(
      details(`${findings.length - SHOWN} more findings`, [
        table(
          header,
          findings.slice(SHOWN).map(f => findingRow(f, event))
        )
      ])
    )
  }
  return blocks
}

/** Rotate first, then rewrite history: deleting the line leaves the secret in every clone and fork. */
export function remediation(findings: SecretFinding[], options: { inlineAllow: boolean }): Block[] {
  if (findings.length === 0) return []
  const inHistory = findings.some(f => f.commit)
  const ignoreLines = findings.slice(0, 10).map(f => f.gitleaksFingerprint)
  return [
    list([
      [
        strong('Rotate every secret first'),
        ': revoke it at the provider (the "how to rotate" links above) and issue a new one. Assume it is compromised from the moment it was pushed.'
      ],
      [
        strong('Then remove it from history'),
        ': ',
        inHistory ? 'it is in the commits listed above. ' : '',
        'Deleting the line in a new commit does not remove it from history, nor from clones, forks and caches. Rewrite history with ',
        inlineCode('git filter-repo --replace-text expressions.txt'),
        ' (one line per secret in expressions.txt, written by hand, never committed), force-push, and ask collaborators to re-clone.'
      ],
      [
        strong('A false positive or a test value'),
        // with inline allows off, a comment would not help: only the ignore file, which a reviewer sees, does
        ...(options.inlineAllow
          ? [': add ', inlineCode('# gitleaks:allow'), ' to the line, or its fingerprint to ']
          : [': add its fingerprint to ']),
        inlineCode('.gitleaksignore'),
        options.inlineAllow ? '.' : ' (this gate does not honour inline gitleaks:allow comments).'
      ]
    ]),
    details('Fingerprints for .gitleaksignore', [code(ignoreLines.join('\n'), 'text')]),
    paragraph(
      'Move the secret out of the code: read it from the environment or a secret store (on GitHub Actions, ',
      inlineCode('${{ secrets.NAME }}'),
      ').'
    )
  ]
}
