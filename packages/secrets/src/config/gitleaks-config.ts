import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { ConfigurationError, ParseError } from '@ci-suite/core'
import { builtinRules } from '../rules/builtin.js'
import { emptyAllowlist, type Allowlist, type RequiredRule, type Rule } from '../rules/rule.js'
import { Re2Matcher, compileRe2, re2Test } from '../engine/re2-matcher.js'
import { spansLines } from './multi-line.js'

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

/** A `[[rules]]` table as written: every field optional, so a rule can refine one it extends. */
interface RuleDraft {
  id: string
  where: string
  description?: string
  regex?: string
  secretGroup?: number
  entropy?: number
  path?: string
  keywords: string[]
  allowlists: Allowlist[]
  required: RequiredRule[]
  skipReport: boolean
}

function optionalCount(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new ConfigurationError(`${where} must be a whole number`)
  return value
}

function readRequired(rule: Table, where: string): RequiredRule[] {
  if (rule.required === undefined) return []
  if (!Array.isArray(rule.required) || !rule.required.every(isTable))
    throw new ConfigurationError(`${where}.required must be [[rules.required]] tables`)
  return rule.required.map((r, i) => {
    const at = `${where}.required[${i}]`
    const id = optionalString(r.id, `${at}.id`)
    if (!id) throw new ConfigurationError(`${at} has no id`)
    return {
      id,
      withinLines: optionalCount(r.withinLines, `${at}.withinLines`),
      withinColumns: optionalCount(r.withinColumns, `${at}.withinColumns`)
    }
  })
}

function readRule(table: Table, index: number, file: string): RuleDraft {
  const where = `${file}: rules[${index}]`
  const id = optionalString(table.id, `${where}.id`)
  if (!id) throw new ConfigurationError(`${where} has no id`)
  const secretGroup = table.secretGroup === undefined ? undefined : Number(table.secretGroup)
  if (secretGroup !== undefined && (!Number.isInteger(secretGroup) || secretGroup < 0))
    throw new ConfigurationError(`${where}.secretGroup must be a whole number`)
  const entropy = table.entropy === undefined ? undefined : Number(table.entropy)
  if (entropy !== undefined && Number.isNaN(entropy)) throw new ConfigurationError(`${where}.entropy must be a number`)
  const regex = optionalString(table.regex, `${where}.regex`)
  const path = optionalString(table.path, `${where}.path`)
  // compiled now so a bad pattern names its file and rule, even in a rule that only refines another
  if (regex) compileRe2(regex, `${where} (${id})`)
  if (path) compileRe2(path, `${where}.path`)
  if (table.skipReport !== undefined && typeof table.skipReport !== 'boolean')
    throw new ConfigurationError(`${where}.skipReport must be true or false`)
  return {
    id,
    where: `${where} (${id})`,
    description: optionalString(table.description, `${where}.description`),
    regex,
    secretGroup: secretGroup || undefined,
    entropy,
    path,
    keywords: strings(table.keywords, `${where}.keywords`).map(k => k.toLowerCase()),
    allowlists: ruleAllowlists(table, where),
    required: readRequired(table, where),
    skipReport: table.skipReport === true
  }
}

/** gitleaks' merge of a rule over the one it extends: given fields win, keywords and allowlists add up. */
function refine(base: RuleDraft, over: RuleDraft): RuleDraft {
  return {
    ...base,
    where: over.where,
    description: over.description ?? base.description,
    regex: over.regex ?? base.regex,
    secretGroup: over.secretGroup ?? base.secretGroup,
    entropy: over.entropy ?? base.entropy,
    path: over.path ?? base.path,
    keywords: [...new Set([...base.keywords, ...over.keywords])],
    allowlists: [...base.allowlists, ...over.allowlists],
    required: over.required.length ? over.required : base.required,
    skipReport: over.skipReport || base.skipReport
  }
}

/** A draft over a built-in rule: a regex of its own makes it a custom (RE2) rule, else the built-in matcher stays. */
function overBuiltin(base: Rule, over: RuleDraft): Rule {
  const rule: Rule = {
    ...base,
    description: over.description ?? base.description,
    keywords: over.regex ? over.keywords : [...new Set([...base.keywords, ...over.keywords])],
    entropy: over.entropy ?? base.entropy,
    path: over.path ? re2Test(over.path, `${over.where}.path`) : base.path,
    allowlists: [...base.allowlists, ...over.allowlists],
    required: over.required.length ? over.required : undefined,
    skipReport: over.skipReport || undefined
  }
  if (over.regex) {
    rule.matcher = new Re2Matcher(over.regex, over.secretGroup, over.where)
    rule.kind = 'custom'
    rule.source = over.regex
    rule.multiLine = spansLines(over.regex) || undefined
  }
  return rule
}

function compile(draft: RuleDraft): Rule {
  if (!draft.regex && !draft.path) throw new ConfigurationError(`${draft.where} needs a regex or a path`)
  return {
    id: draft.id,
    description: draft.description ?? draft.id,
    keywords: draft.keywords,
    matcher: draft.regex ? new Re2Matcher(draft.regex, draft.secretGroup, draft.where) : undefined,
    path: draft.path ? re2Test(draft.path, `${draft.where}.path`) : undefined,
    entropy: draft.entropy,
    kind: 'custom',
    allowlists: draft.allowlists,
    required: draft.required.length ? draft.required : undefined,
    skipReport: draft.skipReport || undefined,
    source: draft.regex ?? draft.path ?? '',
    multiLine: (draft.regex !== undefined && spansLines(draft.regex)) || undefined
  }
}

/** One config file with what it extends already folded in: drafts over an optional set of built-in rules. */
interface Layer {
  builtins: Map<string, Rule>
  drafts: Map<string, RuleDraft>
  allowlists: Allowlist[]
}

function parseToTable(text: string, file: string): Table {
  try {
    return parseToml(text) as Table
  } catch (error) {
    const e = error as { line?: number; message: string }
    throw new ParseError(file, `not valid TOML: ${e.message.split('\n')[0]}`, e.line)
  }
}

/** Where a config is, for `[extend] path`: its absolute path and the configs that led to it (to refuse cycles). */
export interface ConfigOrigin {
  path: string
  chain: string[]
}

function readLayer(text: string, file: string, origin: ConfigOrigin | undefined): Layer {
  const doc = parseToTable(text, file)
  const extend = isTable(doc.extend) ? doc.extend : undefined
  const drafts = Array.isArray(doc.rules)
    ? doc.rules.map((r, i) => (isTable(r) ? readRule(r, i, file) : undefined)).filter((r): r is RuleDraft => !!r)
    : []
  const extendPath = optionalString(extend?.path, `${file}: [extend].path`)
  if (extendPath && extend?.useDefault === true)
    throw new ConfigurationError(`${file}: [extend] takes either path or useDefault = true, not both (as in gitleaks)`)
  const disabled = new Set(strings(extend?.disabledRules, `${file}: [extend].disabledRules`))
  const layer: Layer = { builtins: new Map(), drafts: new Map(), allowlists: [] }
  if (extendPath) {
    const base = readExtended(extendPath, file, origin)
    for (const [id, r] of base.builtins) if (!disabled.has(id)) layer.builtins.set(id, r)
    for (const [id, d] of base.drafts) if (!disabled.has(id)) layer.drafts.set(id, d)
    layer.allowlists.push(...base.allowlists)
  } else if (extend ? extend.useDefault === true : drafts.length === 0) {
    for (const r of builtinRules()) if (!disabled.has(r.id)) layer.builtins.set(r.id, r)
  }
  for (const d of drafts) {
    const base = layer.drafts.get(d.id)
    layer.drafts.set(d.id, base ? refine(base, d) : d)
  }
  if (isTable(doc.allowlist)) layer.allowlists.push(readAllowlist(doc.allowlist, `${file}: [allowlist]`))
  if (Array.isArray(doc.allowlists))
    doc.allowlists.forEach((a, i) => isTable(a) && layer.allowlists.push(readAllowlist(a, `${file}: allowlists[${i}]`)))
  return layer
}

/** `[extend] path`: relative to the extending config's folder (then to the working folder, as gitleaks reads it). */
function readExtended(extendPath: string, file: string, origin: ConfigOrigin | undefined): Layer {
  const candidates = isAbsolute(extendPath)
    ? [extendPath]
    : [origin ? resolve(dirname(origin.path), extendPath) : resolve(extendPath), resolve(extendPath)]
  const path = candidates.find(p => existsSync(p))
  if (!path) throw new ConfigurationError(`${file}: [extend] path "${extendPath}" does not exist`)
  const chain = origin ? [...origin.chain, origin.path] : []
  if (path === origin?.path || chain.includes(path)) {
    const loop = [...chain, origin?.path ?? file, path].map(p => relative(process.cwd(), p) || p)
    throw new ConfigurationError(
      `${file}: [extend] path "${extendPath}" makes a cycle (${loop.join(' → ')}): a config cannot extend itself`
    )
  }
  const display = isAbsolute(extendPath) ? extendPath : join(dirname(file), extendPath)
  return readLayer(readConfigText(path), display, { path, chain })
}

function readConfigText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    throw new ConfigurationError(`config: cannot read ${path}`)
  }
}

/**
 * Reads a gitleaks config: `[extend] useDefault` / `path` / `disabledRules`, `[[rules]]` (with `[[rules.required]]`
 * and `skipReport`), `[allowlist]` and `[[allowlists]]`. A config with rules and no `[extend]` replaces the defaults,
 * as in gitleaks; a config without rules extends them. A rule with the id of one it extends refines it.
 */
export function parseGitleaksConfig(text: string, file: string, origin?: ConfigOrigin): RuleSet {
  const layer = readLayer(text, file, origin)
  const byId = new Map<string, Rule>(layer.builtins)
  for (const [id, draft] of layer.drafts) {
    const base = byId.get(id)
    byId.set(id, base ? overBuiltin(base, draft) : compile(draft))
  }
  const rules = [...byId.values()]
  for (const rule of rules)
    for (const r of rule.required ?? [])
      if (!byId.has(r.id))
        throw new ConfigurationError(`${file}: rule ${rule.id}: [[rules.required]] rule id "${r.id}" does not exist`)
  return { rules, allowlists: layer.allowlists, source: file }
}

export function loadRuleSet(configPath: string | undefined, displayName?: string): RuleSet {
  if (!configPath) return { rules: builtinRules(), allowlists: [] }
  const path = resolve(configPath)
  return parseGitleaksConfig(readConfigText(path), displayName ?? configPath, { path, chain: [] })
}
