import { ConfigurationError } from '@ci-suite/core'

/**
 * docker/metadata-action's `tags` rule lines, the subset ci-suite supports: `type=ref,event=branch|tag|pr`,
 * `type=semver,pattern=…`, `type=sha`, `type=raw,value=…` (or a bare value), each with `enable=`, `priority=`,
 * `prefix=` and `suffix=`. A line is CSV: fields split on commas, double quotes protect a comma.
 */
export type TagRuleType = 'ref' | 'semver' | 'sha' | 'raw'
export type RefEvent = 'branch' | 'tag' | 'pr'

export interface TagRule {
  type: TagRuleType
  /** the line as written, for messages */
  source: string
  event?: RefEvent
  /** semver: a template of {{raw}}, {{version}}, {{major}}, {{minor}}, {{patch}} */
  pattern?: string
  /** raw: the tag; semver: a version to use instead of the git tag */
  value?: string
  /** sha: short (7 characters) or long */
  format?: 'short' | 'long'
  /** `true`, `false` or an expression such as `{{is_default_branch}}` */
  enable: string
  priority: number
  /** undefined = not given (an empty prefix= is given and empty) */
  prefix?: string
  suffix?: string
}

/** metadata-action's default priorities: higher first; the first tag is the image's version. */
export const DEFAULT_PRIORITIES: Record<TagRuleType, number> = { semver: 900, ref: 600, raw: 200, sha: 100 }

/**
 * ci-suite's default rules: the branch name, `pr-N`, the three semver forms of a `v1.2.3` tag, `sha-<7>`, and
 * `latest` on the default branch (and, through latest=auto, on a non-prerelease semver tag).
 */
export const DEFAULT_TAG_RULES = [
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=semver,pattern={{major}}',
  'type=sha',
  'type=raw,value=latest,enable={{is_default_branch}}'
]

const UNSUPPORTED_TYPES = ['schedule', 'pep440', 'match', 'edge']
const COMMON_KEYS = ['type', 'enable', 'priority', 'prefix', 'suffix']
const KEYS: Record<TagRuleType, string[]> = {
  ref: [...COMMON_KEYS, 'event'],
  semver: [...COMMON_KEYS, 'pattern', 'value'],
  sha: [...COMMON_KEYS, 'format'],
  raw: [...COMMON_KEYS, 'value']
}

/** Splits one CSV record: commas separate fields, "double quotes" protect commas, "" is a quote inside quotes. */
export function splitCsvFields(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      fields.push(field)
      field = ''
    } else field += c
  }
  if (quoted) throw new ConfigurationError(`tags: an unclosed double quote in "${line}"`)
  fields.push(field)
  return fields.map(f => f.trim()).filter(f => f !== '')
}

export function parseTagRule(line: string): TagRule {
  const attrs = new Map<string, string>()
  let bareValue: string | undefined
  for (const field of splitCsvFields(line)) {
    const eq = field.indexOf('=')
    if (eq <= 0) {
      bareValue = field
      continue
    }
    attrs.set(field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim())
  }
  const typeName = attrs.get('type') ?? 'raw'
  if (UNSUPPORTED_TYPES.includes(typeName)) {
    throw new ConfigurationError(`tags: type=${typeName} (in "${line}") is not supported; use ref, semver, sha or raw`)
  }
  if (!(typeName in KEYS)) {
    throw new ConfigurationError(`tags: unknown type=${typeName} in "${line}"; use ref, semver, sha or raw`)
  }
  const type = typeName as TagRuleType
  for (const key of attrs.keys()) {
    if (!KEYS[type].includes(key)) {
      throw new ConfigurationError(
        `tags: "${key}" is not an attribute of type=${type} (in "${line}"); allowed: ${KEYS[type].join(', ')}`
      )
    }
  }
  if (bareValue !== undefined && !attrs.has('value')) attrs.set('value', bareValue)

  const priorityText = attrs.get('priority')
  const priority = priorityText === undefined ? DEFAULT_PRIORITIES[type] : Number(priorityText)
  if (!Number.isInteger(priority))
    throw new ConfigurationError(`tags: priority must be an integer in "${line}", got "${priorityText}"`)

  const rule: TagRule = {
    type,
    source: line.trim(),
    enable: attrs.get('enable') ?? 'true',
    priority,
    prefix: attrs.get('prefix'),
    suffix: attrs.get('suffix')
  }
  switch (type) {
    case 'ref': {
      const event = attrs.get('event')
      if (event !== 'branch' && event !== 'tag' && event !== 'pr') {
        throw new ConfigurationError(`tags: type=ref needs event=branch, event=tag or event=pr (in "${line}")`)
      }
      rule.event = event
      if (event === 'pr' && rule.prefix === undefined) rule.prefix = 'pr-'
      break
    }
    case 'semver': {
      const pattern = attrs.get('pattern')
      if (!pattern)
        throw new ConfigurationError(`tags: type=semver needs a pattern, e.g. pattern={{version}} (in "${line}")`)
      rule.pattern = pattern
      rule.value = attrs.get('value') ?? ''
      break
    }
    case 'sha': {
      const format = attrs.get('format') ?? 'short'
      if (format !== 'short' && format !== 'long') {
        throw new ConfigurationError(`tags: type=sha takes format=short or format=long (in "${line}"), got "${format}"`)
      }
      rule.format = format
      if (rule.prefix === undefined) rule.prefix = 'sha-'
      break
    }
    case 'raw': {
      const value = attrs.get('value')
      if (value === undefined)
        throw new ConfigurationError(`tags: type=raw needs a value, e.g. type=raw,value=stable (in "${line}")`)
      rule.value = value
      break
    }
  }
  return rule
}

/** Parses rule lines, highest priority first (a stable sort: equal priorities keep their order). */
export function parseTagRules(lines: string[]): TagRule[] {
  return lines
    .map(parseTagRule)
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index)
    .map(({ rule }) => rule)
}
