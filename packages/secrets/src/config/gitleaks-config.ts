import { readFileSync } from 'node:fs'
import { parse as parseToml } from 'smol-toml'
import { ConfigurationError, ParseError } from '@ci-suite/core'
import { builtinRules } from '../rules/builtin.js'
import { emptyAllowlist, type Allowlist, type Rule } from '../rules/rule.js'
import { Re2Matcher, re2Test } from '../engine/re2-matcher.js'

/** The rules and global allowlists a scan uses, after reading a gitleaks config (or none). */
export interface RuleSet {
  rules: Rule[]
  allowlists: Allowlist[]
  /** where the config came from, for the summary */
  source?: string
}

type Table = Record<string, unknown>

const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v)

function strings(value: unknown, where: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.some(v => typeof v !== 'string'))
    throw new ConfigurationError(`${where} must be a list of strings`)
  return value as string[]
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw new ConfigurationError(`${where} must be a string`)
  return value
}

function readAllowlist(table: Table, where: string): Allowlist {
  const allowlist = emptyAllowlist()
  allowlist.description = optionalString(table.description, `${where}.description`)
  const condition = (optionalString(table.condition, `${where}.condition`) ?? 'OR').toUpperCase()
  if (condition !== 'OR' && condition !== 'AND')
    throw new ConfigurationError(`${where}.condition must be "OR" or "AND", got "${condition}"`)
  allowlist.condition = condition
  const target = optionalString(table.regexTarget, `${where}.regexTarget`) ?? 'secret'
  if (target !== 'secret' && target !== 'match' && target !== 'line') {
    throw new ConfigurationError(`${where}.regexTarget must be "secret", "match" or "line", got "${target}"`)
  }
  allowlist.regexTarget = target
  allowlist.commits = strings(table.commits, `${where}.commits`)
  // gitleaks v8 before 8.21 called paths "files" in the old [allowlist] of v7 configs; accept both
  allowlist.paths = [...strings(table.paths, `${where}.paths`), ...strings(table.files, `${where}.files`)].map(p =>
    re2Test(p, `${where}.paths`)
  )
  allowlist.regexes = strings(table.regexes, `${where}.regexes`).map(r => re2Test(r, `${where}.regexes`))
  allowlist.stopwords = strings(table.stopwords, `${where}.stopwords`)
  allowlist.targetRules = strings(table.targetRules, `${where}.targetRules`)
  return allowlist
}

function ruleAllowlists(rule: Table, where: string): Allowlist[] {
  const out: Allowlist[] = []
  if (isTable(rule.allowlist)) out.push(readAllowlist(rule.allowlist, `${where}.allowlist`))
  if (Array.isArray(rule.allowlists))
    rule.allowlists.forEach((a, i) => isTable(a) && out.push(readAllowlist(a, `${where}.allowlists[${i}]`)))
  return out
}

function readRule(table: Table, index: number, file: string): Rule {
  const where = `${file}: rules[${index}]`
  const id = optionalString(table.id, `${where}.id`)
  if (!id) throw new ConfigurationError(`${where} has no id`)
  const regex = optionalString(table.regex, `${where}.regex`)
  const path = optionalString(table.path, `${where}.path`)
  if (!regex && !path) throw new ConfigurationError(`${where} (${id}) needs a regex or a path`)
  const secretGroup = table.secretGroup === undefined ? undefined : Number(table.secretGroup)
  if (secretGroup !== undefined && (!Number.isInteger(secretGroup) || secretGroup < 0))
    throw new ConfigurationError(`${where}.secretGroup must be a whole number`)
  const entropy = table.entropy === undefined ? undefined : Number(table.entropy)
  if (entropy !== undefined && Number.isNaN(entropy)) throw new ConfigurationError(`${where}.entropy must be a number`)
  return {
    id,
    description: optionalString(table.description, `${where}.description`) ?? id,
    keywords: strings(table.keywords, `${where}.keywords`).map(k => k.toLowerCase()),
    matcher: regex ? new Re2Matcher(regex, secretGroup || undefined, `${where} (${id})`) : undefined,
    path: path ? re2Test(path, `${where}.path`) : undefined,
    entropy,
    kind: 'custom',
    allowlists: ruleAllowlists(table, where),
    source: regex ?? path ?? ''
  }
}

/**
 * Reads a gitleaks config: `[extend] useDefault` / `disabledRules`, `[[rules]]`, `[allowlist]` and `[[allowlists]]`.
 * A config with rules and no `[extend]` replaces the defaults, as in gitleaks; a config without rules extends them.
 */
export function parseGitleaksConfig(text: string, file: string): RuleSet {
  let doc: Table
  try {
    doc = parseToml(text) as Table
  } catch (error) {
    const e = error as { line?: number; message: string }
    throw new ParseError(file, `not valid TOML: ${e.message.split('\n')[0]}`, e.line)
  }
  const extend = isTable(doc.extend) ? doc.extend : undefined
  if (extend?.path !== undefined)
    throw new ConfigurationError(
      `${file}: [extend] path is not supported; merge that config into this one or use useDefault = true`
    )
  const custom = Array.isArray(doc.rules)
    ? doc.rules.map((r, i) => (isTable(r) ? readRule(r, i, file) : undefined)).filter((r): r is Rule => !!r)
    : []
  const useDefault = extend ? extend.useDefault === true : custom.length === 0
  const disabled = new Set(strings(extend?.disabledRules, `${file}: [extend].disabledRules`))
  const byId = new Map<string, Rule>()
  if (useDefault) for (const r of builtinRules()) if (!disabled.has(r.id)) byId.set(r.id, r)
  for (const r of custom) {
    const base = byId.get(r.id)
    // a custom rule with a default rule's id replaces it, keeping the default's rotation advice
    byId.set(r.id, base ? { ...r, rotate: base.rotate, allowlists: [...base.allowlists, ...r.allowlists] } : r)
  }
  const allowlists: Allowlist[] = []
  if (isTable(doc.allowlist)) allowlists.push(readAllowlist(doc.allowlist, `${file}: [allowlist]`))
  if (Array.isArray(doc.allowlists))
    doc.allowlists.forEach((a, i) => isTable(a) && allowlists.push(readAllowlist(a, `${file}: allowlists[${i}]`)))
  return { rules: [...byId.values()], allowlists, source: file }
}

export function loadRuleSet(configPath: string | undefined, displayName?: string): RuleSet {
  if (!configPath) return { rules: builtinRules(), allowlists: [] }
  let text: string
  try {
    text = readFileSync(configPath, 'utf8')
  } catch {
    throw new ConfigurationError(`config: cannot read ${configPath}`)
  }
  return parseGitleaksConfig(text, displayName ?? configPath)
}
