import { GENERIC_NAMES } from '../rules/builtin.js'
import type { RuleKind } from '../rules/rule.js'

/**
 * Values that look like secrets but are not: documentation examples, fillers, template and environment references,
 * hashes, identifiers, public material and inline data. Each check names the decoy class it recognises, so the
 * summary can say what it left out and tests can check every class.
 */
export type DecoyClass =
  | 'documentation-example'
  | 'filler'
  | 'template-reference'
  | 'environment-lookup'
  | 'integrity-hash'
  | 'commit-sha'
  | 'uuid'
  | 'public-key-or-certificate'
  | 'data-uri'
  | 'identifier'
  | 'stopword'

const FILLER = /x{4,}|X{4,}|\*{3,}|\.{3,}|…|0{8,}|(?:0123456789|1234567890|abcdefghij|ABCDEFGHIJ)/
const PLACEHOLDER_WORDS =
  /(?:^|[^A-Za-z0-9])(?:your|my|insert|replace|enter|put)[-_ ](?:[a-z]+[-_ ])*?(?:key|token|secret|password|pass|pwd|here|value|id)(?:$|[^a-z])|changeme|change[-_]me|placeholder|<[^>]*>/i
const TEMPLATE = /\$\{\{|\$\{[A-Za-z_][\w.]*\}|^\$[A-Za-z_][\w]*$|\{\{[^}]*\}\}|^%[A-Za-z_]+%$|^@[A-Za-z_]+@$/
const ENVIRONMENT =
  /(?:os\.environ|os\.getenv|getenv\(|process\.env|import\.meta\.env|System\.getenv|ENV\[|Environment\.GetEnvironmentVariable|env\(|secrets\.)/
const INTEGRITY = /sha(?:1|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}/g
const DATA_URI = /data:[\w/+.-]+(?:;[\w=.-]+)*;base64,[A-Za-z0-9+/=]*/g
const PUBLIC_MATERIAL =
  /-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK|X509 CRL|CERTIFICATE REQUEST)|\b(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA/
/** the word a tutorial puts where the password goes */
const PLACEHOLDER_VALUE =
  /^(?:(?:my|your)[-_]?)?(?:pass(?:word|wd)?|pwd|secret|token|(?:api[-_]?)?key|credentials?)$|^(?:changeme|admin|root|test|guest|user(?:name)?|example|foo|bar|baz|dummy|none|null|empty|x+|\*+|\.+|-+)$/i
/** the hosts RFC 2606 keeps for documentation: a URL's password before one of them is an example */
const EXAMPLE_HOST = /^@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid))(?![\w.-])/i
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
const SHA = /^(?:[0-9a-f]{7,12}|[0-9a-f]{40}|[0-9a-f]{64})$/
const ONLY_WORDS = /^[A-Za-z_.\-/]+$/
/** a name or a dotted path of names (`urllib2.HTTPBasicAuthHandler`, `this.#id`): what code refers to things by */
const CODE_PATH = /^[A-Za-z_$][\w$]*(?:\.#?[A-Za-z_$][\w$]*)*$/
/** the generic rule's names, with `api` as gitleaks takes it (`Api`, `api`, `API`: not the `aPi` of `ultraPictureBox`) */
const NAME_KEYWORD = new RegExp(GENERIC_NAMES.filter(n => n !== 'api').join('|'), 'i')
const API_KEYWORD = /[Aa]pi|API/
/** a name that calls its value a secret outright: a hash-shaped value under it is still a finding (a UUID stays an id) */
const SECRET_NAME = /secret|credential|passw|private|token|api[_.-]?key|apikey/i
/** a name that calls its value a hash, an id or a version, even next to a secret word (`commit_token`, `key_id`) */
const HASH_OR_ID_NAME =
  /commit|sha|hash|digest|checksum|rev(?:ision)?\b|etag|integrity|fingerprint|version|(?:^|[_.-])id$|[a-z]Id$/i
/** a version inside the value (`rc0.15.0_2023…-SNAPSHOT`, `jjwt-jackson-0.11.2`): a release, not a secret */
const VERSION = /(?:^|[^\d.])\d{1,4}\.\d{1,4}\.\d{1,6}(?:[^\d.]|$)/
/** a host name (`sm02915.int.contoso.com`, `dev-lb1.api.example.com:5215`) */
const HOST = /^[a-z\d][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}(?::\d{1,5})?$/i
/** a dotted name in lower case (`jetbrains.mps.v8_elimination`), or the next property's name taken for an empty value
 * (`snowflake.password= jdbc.snowflake.url=`) */
const DOTTED_NAME = /^[a-z][a-z\d_-]*(?:\.[a-z][a-z\d_-]*){2,}$|^[a-z][\w-]*(?:\.[\w-]+)+=$/

/** Stop words a generic value may not contain (a short list in the spirit of gitleaks' generic-api-key allowlist). */
export const GENERIC_STOPWORDS = [
  'example',
  'sample',
  'dummy',
  'placeholder',
  'changeme',
  'password',
  'passwd',
  'secret',
  'token',
  'apikey',
  'api_key',
  'redacted',
  'localhost',
  'foobar',
  'notreal',
  'not_real',
  'not-real',
  'fake',
  'mock',
  'lorem',
  'qwerty',
  'letmein',
  'test1234',
  'testpass',
  'hunter2',
  'undefined',
  'null',
  'true',
  'false',
  'none',
  'todo',
  'fixme',
  'replace',
  'insert',
  'xxxx'
]

/** Names that contain a generic keyword but never hold a secret (`keyboard`, `public_key`, `api_version`, ...). */
const NON_SECRET_NAMES =
  /(?:keyboard|keypress|keydown|keyup|keycode|keyframe|keyword|keys?tore[_.-]?(?:path|file|type)|key[_.-]?(?:id|name|alias|size|length|path|file|type|prefix|pattern|format|field|ring|pair|spec|usage)|public[_.-]?key|pub[_.-]?key|primary[_.-]?key|foreign[_.-]?key|sort[_.-]?key|partition[_.-]?key|cache[_.-]?key|api[_.-]?(?:version|url|uri|host|base|endpoint|name|id|path|port|docs?)|token[_.-]?(?:url|uri|endpoint|type|expir\w*|ttl|length|name|path|file)|auth(?:or|ority|enticat\w*|ori[sz]\w*)?[_.-]?(?:url|uri|endpoint|type|method|mode|provider|header|name|domain)|author|access[_.-]?(?:ibility|or|level|log|mode|control|type)|secret[_.-]?(?:name|ref|key[_.-]?ref|length|path|file|id)|password[_.-]?(?:field|input|label|hint|length|policy|reset|prompt|file|path|min|max)|credentials?[_.-]?(?:id|file|path|provider|type|name)|csrf[_.-]?token|next[_.-]?token|page[_.-]?token|continuation[_.-]?token|(?:bucket|hot|idx|natural|schema|sequence)[_.-]?key|key[_.-]?(?:signature|vault[_.-]?(?:id|name|ur[il]|to\w*))|public[_.-]?token|jsonwebtoken|credentials?[_.-]?(?:ur[il]|endpoint)|rapid|capital|[dmt]onkey|turkey|hockey|jockey|whiskey|keying)/i

export interface DecoyInput {
  secret: string
  line: string
  /** index of the secret in the line */
  index: number
  kind: RuleKind
  /** the assignment name before the value, for generic rules */
  name?: string
}

/** What a line holds that can hide a value: computed once per line, however many matches it has. */
interface LineFacts {
  line: string
  dataUris: Array<[number, number]>
  integrity: Array<[number, number]>
  publicMaterial: boolean
}

let lastFacts: LineFacts | undefined

function spans(regex: RegExp, line: string, marker: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (!line.includes(marker)) return out
  regex.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = regex.exec(line)) !== null) {
    out.push([m.index, m.index + m[0].length])
    if (m[0].length === 0) regex.lastIndex++
  }
  return out
}

function factsOf(line: string): LineFacts {
  if (lastFacts && lastFacts.line === line) return lastFacts
  lastFacts = {
    line,
    dataUris: spans(DATA_URI, line, 'data:'),
    integrity: spans(INTEGRITY, line, 'sha'),
    publicMaterial: PUBLIC_MATERIAL.test(line)
  }
  return lastFacts
}

/** Whether [index, index + length) lies inside one of the sorted spans (binary search). */
function inside(list: Array<[number, number]>, index: number, length: number): boolean {
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [start, end] = list[mid]
    if (index < start) hi = mid - 1
    else if (index >= end) lo = mid + 1
    else return index + length <= end
  }
  return false
}

function isJwtExample(secret: string): boolean | undefined {
  const [header, payload] = secret.split('.')
  try {
    const head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as unknown
    if (!head || typeof head !== 'object' || !('alg' in head || 'typ' in head)) return undefined
    const body = Buffer.from(payload ?? '', 'base64url').toString('utf8')
    return /John Doe|"sub":\s*"1234567890"|example\.(?:com|org)/i.test(body)
  } catch {
    return undefined
  }
}

/**
 * A URL whose password is its user name (`postgres://postgres:postgres@localhost`, `guest:guest@`): the default account
 * of a local service, as compose files and test settings write it, not a credential someone chose.
 */
function isUserAsPassword(secret: string, line: string, index: number): boolean {
  const start = index - secret.length - 1
  return (
    start >= 2 &&
    line.charCodeAt(index - 1) === 58 /* : */ &&
    line.startsWith(secret, start) &&
    line.startsWith('//', start - 2) &&
    line.charCodeAt(index + secret.length) === 64 /* @ */
  )
}

/** Why this value is a decoy, or undefined when it may be a real secret. */
export function decoyClass(input: DecoyInput): DecoyClass | undefined {
  const { secret, line, index, kind } = input
  if (/EXAMPLE/i.test(secret)) return 'documentation-example'
  if (FILLER.test(secret) || PLACEHOLDER_WORDS.test(secret) || lowVariety(secret)) return 'filler'
  if (TEMPLATE.test(secret)) return 'template-reference'
  const facts = factsOf(line)
  if (inside(facts.dataUris, index, secret.length)) return 'data-uri'
  if (inside(facts.integrity, index, secret.length)) return 'integrity-hash'
  if (kind === 'token' && secret.startsWith('ey')) {
    const example = isJwtExample(secret)
    if (example === undefined && secret.includes('.')) return 'identifier'
    if (example) return 'documentation-example'
  }
  if (kind === 'token' || kind === 'private-key' || kind === 'custom') return undefined
  if (PLACEHOLDER_VALUE.test(secret) || isUserAsPassword(secret, line, index)) return 'filler'
  if (
    line.charCodeAt(index + secret.length) === 64 /* @ */ &&
    EXAMPLE_HOST.test(line.slice(index + secret.length, index + secret.length + 260))
  ) {
    return 'documentation-example'
  }
  // assignment and generic values have no provider prefix to vouch for them
  if (ENVIRONMENT.test(secret) || ENVIRONMENT.test(line.slice(Math.max(0, index - 40), index)))
    return 'environment-lookup'
  if (facts.publicMaterial) return 'public-key-or-certificate'
  if (kind !== 'generic') return undefined
  const name = input.name ?? ''
  if (UUID.test(secret)) return 'uuid'
  // the name is looked at only for a hash-shaped value (its two regexes compile on first use)
  if (SHA.test(secret) && !(SECRET_NAME.test(name) && !HASH_OR_ID_NAME.test(name))) return 'commit-sha'
  if (secret.startsWith('AAAA')) return 'public-key-or-certificate'
  if (ONLY_WORDS.test(secret)) return 'identifier'
  if (isCode(line, index, secret)) return 'identifier'
  if (input.name && (NON_SECRET_NAMES.test(name) || (!NAME_KEYWORD.test(name) && !API_KEYWORD.test(name))))
    return 'identifier'
  if (VERSION.test(secret) || HOST.test(secret) || DOTTED_NAME.test(secret)) return 'identifier'
  const lower = secret.toLowerCase()
  if (GENERIC_STOPWORDS.some(w => lower.includes(w))) return 'stopword'
  return undefined
}

/**
 * Code, not a value, outside a quoted string (a password with `(` or `!` in it is inside quotes): a path of names
 * right before `(` (`auth_handler = urllib2.HTTPBasicAuthHandler(authr)`, a call), or one negated
 * (`forceFsApi: !!options.forceNodeFilesystemAPI`).
 */
function isCode(line: string, index: number, secret: string): boolean {
  const before = line.charCodeAt(index - 1)
  if (before === 34 /* " */ || before === 39 /* ' */ || before === 96 /* ` */) return false
  if (secret.charCodeAt(0) === 33 /* ! */) {
    // a negated name is words only (`!isProduction`) or a dotted path; `!q8Ft2LmZ0pWx` in a .env file is a value
    const negated = secret.replace(/^!+/, '')
    return ONLY_WORDS.test(negated) || (negated.includes('.') && CODE_PATH.test(negated))
  }
  return line.charCodeAt(index + secret.length) === 40 /* ( */ && CODE_PATH.test(secret)
}

/** per UTF-16 code unit, its count in the value being looked at; back to zeros after each look */
const unitCounts = new Uint32Array(65536)

/** One character making up half the value, or fewer than 4 distinct characters in 8 or more. */
function lowVariety(secret: string): boolean {
  if (secret.length < 8) return false
  let most = 0
  let distinct = 0
  for (let i = 0; i < secret.length; i++) {
    const n = ++unitCounts[secret.charCodeAt(i)]
    if (n === 1) distinct++
    if (n > most) most = n
  }
  for (let i = 0; i < secret.length; i++) unitCounts[secret.charCodeAt(i)] = 0
  return distinct < 4 || most * 2 > secret.length
}
