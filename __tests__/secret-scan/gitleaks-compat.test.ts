import { afterEach, describe, expect, test } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUILTIN_SPECS } from '@ci-suite/secrets'
import { sampleLine, sampleValue, seededRandom } from '../../packages/secrets/src/rules/samples.js'
import { commit, newRepo, write } from './corpus.js'
import { runScan } from './run-scan.js'

const random = seededRandom(99)
const spec = (id: string) => BUILTIN_SPECS.find(s => s.id === id)!
const planted = (id: string) => sampleLine(spec(id), sampleValue(spec(id), random))
const alnum = (n: number) =>
  Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('')
/** a value of the custom rule below: built here, never written in this file */
const internal = () => ['itk', alnum(24)].join('_')

const repos: string[] = []
afterEach(() => {
  for (const r of repos.splice(0)) rmSync(r, { recursive: true, force: true })
})

function repo(files: Record<string, string[] | string>): { dir: string; sha: string } {
  const dir = newRepo()
  repos.push(dir)
  for (const [file, lines] of Object.entries(files)) write(dir, file, lines)
  return { dir, sha: commit(dir, 'files') }
}

const found = (run: Awaited<ReturnType<typeof runScan>>) =>
  run.report.findings.map(f => `${f.ruleId} ${f.file}:${f.line}`).sort()

const CUSTOM_RULE = `
[[rules]]
id = "internal-token"
description = "Internal service token"
regex = '''(?i)internal[_-]token\\s*=\\s*"(?P<tok>itk_[a-z0-9]{24})"'''
secretGroup = 1
keywords = ["internal"]
`

/** a custom rule written to span lines: a token between two marker lines */
const BLOCK_RULE = [
  '[[rules]]',
  'id = "block-token"',
  String.raw`regex = '''(?s)BEGIN TOKEN\n(\w{32})\nEND TOKEN'''`,
  'keywords = ["begin token"]',
  ''
].join('\n')

describe('gitleaks configuration', () => {
  test('[extend] useDefault keeps the built-in rules, disabledRules drops some, [[rules]] adds custom ones in RE2 syntax', async () => {
    const { dir } = repo({
      '.gitleaks.toml': `[extend]\nuseDefault = true\ndisabledRules = ["npm-access-token"]\n${CUSTOM_RULE}`,
      'svc.py': [`INTERNAL_TOKEN = "${internal()}"`, planted('npm-access-token'), planted('github-pat')]
    })
    const run = await runScan(dir, { scope: 'tree' })
    expect(found(run)).toEqual(['github-pat svc.py:3', 'internal-token svc.py:1'])
    expect(run.report.findings.find(f => f.ruleId === 'internal-token')?.redacted).toBe('itk_…(28 chars)')
  })

  test('a config with rules and no [extend] replaces the defaults, as in gitleaks', async () => {
    const { dir } = repo({
      '.gitleaks.toml': CUSTOM_RULE,
      'svc.py': [`internal-token = "${internal()}"`, planted('github-pat')]
    })
    expect(found(await runScan(dir, { scope: 'tree' }))).toEqual(['internal-token svc.py:1'])
  })

  test("a rule written to span lines (gitleaks' own private-key rule) finds a key in the tree and in history, and no line of it is written", async () => {
    // a real key, made for this test
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' }
    })
    const rule = String.raw`(?i)-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S-]{64,}?KEY(?: BLOCK)?-----`
    const config = `[[rules]]\nid = "private-key"\ndescription = "Private key"\nregex = '''${rule}'''\nkeywords = ["-----begin"]\n`
    const { dir, sha } = repo({
      '.gitleaks.toml': config,
      'deploy/notes.md': ['# deploy', '', 'the key:', ...privateKey.trim().split('\n'), 'end']
    })
    const tree = await runScan(dir, { scope: 'tree' })
    expect(found(tree)).toEqual(['private-key deploy/notes.md:4'])
    const history = await runScan(dir, { scope: 'history' }, { eventName: 'schedule' })
    expect(found(history)).toEqual(['private-key deploy/notes.md:4'])
    expect(history.report.findings[0].commit).toBe(sha)
    for (const run of [tree, history]) {
      const written = run.everything()
      for (const line of privateKey.split('\n').filter(l => l.length > 20 && !l.startsWith('-----')))
        expect(written).not.toContain(line)
    }
  })

  test('a rule that spans lines honours gitleaks:allow on any line of its match', async () => {
    const { dir } = repo({
      '.gitleaks.toml': BLOCK_RULE,
      'a.txt': ['BEGIN TOKEN', alnum(32), 'END TOKEN'],
      'b.txt': ['BEGIN TOKEN', alnum(32), 'END TOKEN # gitleaks:allow']
    })
    expect(found(await runScan(dir, { scope: 'tree' }))).toEqual(['block-token a.txt:2'])
  })

  test('in history a rule that spans lines sees each run of added lines apart, as gitleaks sees each hunk', async () => {
    const token = alnum(32)
    const { dir } = repo({ '.gitleaks.toml': BLOCK_RULE, 'a.txt': ['line1', 'line2'] })
    // three added lines, each its own hunk: joined they would read as one block, which the file never holds
    write(dir, 'a.txt', ['BEGIN TOKEN', 'line1', token, 'line2', 'END TOKEN'])
    commit(dir, 'scattered')
    expect(found(await runScan(dir, { scope: 'history' }, { eventName: 'schedule' }))).toEqual([])
    write(dir, 'b.txt', ['BEGIN TOKEN', token, 'END TOKEN'])
    const sha = commit(dir, 'together')
    const run = await runScan(dir, { scope: 'history' }, { eventName: 'schedule' })
    expect(found(run)).toEqual(['block-token b.txt:2'])
    expect(run.report.findings[0].commit).toBe(sha)
  })

  test('the config input names another file', async () => {
    const { dir } = repo({
      'ci/leaks.toml': `[extend]\nuseDefault = true\ndisabledRules = ["github-pat"]`,
      'a.txt': [planted('github-pat')]
    })
    expect(found(await runScan(dir, { scope: 'tree', config: 'ci/leaks.toml' }))).toEqual([])
  })

  test.each([
    ['rule allowlist paths', `[[rules.allowlists]]\npaths = ['''(^|/)fixtures/''']`, ['internal-token src/a.py:1']],
    [
      'rule allowlist regexes on the secret',
      `[[rules.allowlists]]\nregexes = ['''^itk_0''']`,
      ['internal-token fixtures/b.py:1', 'internal-token src/a.py:1']
    ],
    [
      'rule allowlist regexTarget line',
      `[[rules.allowlists]]\nregexTarget = "line"\nregexes = ['''# test value''']`,
      ['internal-token src/a.py:1']
    ],
    ['rule allowlist stopwords', `[[rules.allowlists]]\nstopwords = ["zzz"]`, ['internal-token src/a.py:1']],
    [
      'rule allowlist condition AND',
      `[[rules.allowlists]]\ncondition = "AND"\npaths = ['''fixtures/''']\nregexTarget = "line"\nregexes = ['''nothing-matches-this''']`,
      ['internal-token fixtures/b.py:1', 'internal-token src/a.py:1']
    ]
  ])('%s', async (_name, allowlist, expected) => {
    const { dir } = repo({
      '.gitleaks.toml': `${CUSTOM_RULE}${allowlist}\n`,
      'src/a.py': [`internal_token = "${internal()}"`],
      'fixtures/b.py': [`internal_token = "itk_zzz${alnum(21)}"  # test value`]
    })
    expect(found(await runScan(dir, { scope: 'tree' }))).toEqual(expected)
  })

  test('global allowlists: commits, paths with targetRules, regexTarget match', async () => {
    const dir = newRepo()
    repos.push(dir)
    write(dir, 'one.txt', [planted('github-pat')])
    const first = commit(dir, 'one')
    write(dir, 'two.txt', [planted('gitlab-pat')])
    write(dir, 'docs/three.txt', [planted('npm-access-token')])
    write(dir, 'docs/four.txt', [planted('stripe-access-token')])
    commit(dir, 'two')
    write(
      dir,
      '.gitleaks.toml',
      `[extend]\nuseDefault = true\n[[allowlists]]\ncommits = ["${first.slice(0, 12)}"]\n[[allowlists]]\ntargetRules = ["npm-access-token"]\npaths = ['''^docs/''']\n[allowlist]\nregexTarget = "match"\nregexes = ['''^glpat-''']\n`
    )
    commit(dir, 'config')
    expect(found(await runScan(dir, { scope: 'history' }, { eventName: 'schedule' }))).toEqual([
      'stripe-access-token docs/four.txt:1'
    ])
  })

  test('invalid TOML is a configuration error naming the file and line', async () => {
    const { dir } = repo({ '.gitleaks.toml': '[extend]\nuseDefault = true\n[[rules]\nid = "x"' })
    const run = await runScan(dir, { scope: 'tree' })
    expect(run.report.status).toBe('error')
    expect(run.io.failures[0]).toMatch(/secret-scan: \.gitleaks\.toml:\d+: not valid TOML/)
  })

  test('a regex outside RE2 (a look-ahead) is a configuration error naming the rule', async () => {
    const { dir } = repo({ '.gitleaks.toml': `[[rules]]\nid = "bad"\nregex = '''foo(?=bar)'''\n` })
    const run = await runScan(dir, { scope: 'tree' })
    expect(run.io.failures[0]).toMatch(/rules\[0\] \(bad\).*not valid RE2 syntax/)
  })
})

/**
 * A composite rule in the shape gitleaks' own docs give (v8.28+): a client secret is only a finding when its client
 * id is near it. The id rule is a helper only (skipReport). Values are built here from pieces.
 */
const COMPOSITE = `
[[rules]]
id = "acme-client-secret"
description = "ACME OAuth client secret, reported with its client id nearby"
regex = '''(?i)acme[_-]?client[_-]?secret\\s*[:=]\\s*["']?([a-z0-9]{40})'''
keywords = ["acme"]
[[rules.required]]
id = "acme-client-id"
withinLines = 3
[[rules.required]]
id = "acme-tenant"

[[rules]]
id = "acme-client-id"
regex = '''(?i)acme[_-]?client[_-]?id\\s*[:=]\\s*["']?(acid_[0-9a-f]{16})'''
keywords = ["acme"]
skipReport = true

[[rules]]
id = "acme-tenant"
description = "ACME tenant host"
regex = '''[a-z]+\\.acme-cloud\\.test'''
keywords = ["acme-cloud"]
`

describe('gitleaks composite rules ([[rules.required]])', () => {
  const secretLine = () => `ACME_CLIENT_SECRET = "${alnum(40)}"`
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('')
  const idLine = () => `ACME_CLIENT_ID = "${['acid', hex(16)].join('_')}"`
  const tenant = (region: string) => `ACME_HOST = "${region}.acme-cloud.test"`

  test('the primary rule reports only where every required rule matched within its distance in the same file', async () => {
    const { dir } = repo({
      '.gitleaks.toml': COMPOSITE,
      // id two lines away, tenant anywhere in the file: reported
      'near.env': [tenant('eu'), secretLine(), '# rotate yearly', idLine()],
      // id ten lines away: not reported
      'far.env': [tenant('us'), secretLine(), ...Array.from({ length: 9 }, (_, i) => `# note ${i}`), idLine()],
      // no tenant: not reported
      'no-tenant.env': [secretLine(), idLine()],
      // helpers in another file do not count, even the file before
      'split-a.env': [tenant('ap'), idLine()],
      'split-b.env': [secretLine()]
    })
    const tree = await runScan(dir, { scope: 'tree' })
    // acme-tenant has no skipReport, so it is reported on its own as well; acme-client-id never is (history scans
    // report each value once, hence one region per file)
    expect(found(tree)).toEqual([
      'acme-client-secret near.env:2',
      'acme-tenant far.env:1',
      'acme-tenant near.env:1',
      'acme-tenant split-a.env:1'
    ])
    const history = await runScan(dir, { scope: 'history' }, { eventName: 'schedule' })
    expect(found(history)).toEqual(found(tree))
    // a helper's value is still masked like any secret found
    const idValue = /"(acid_[0-9a-f]{16})"/.exec(readFileSync(join(dir, 'near.env'), 'utf8'))![1]
    expect(history.io.masked).toContain(idValue)
  })

  test('withinColumns counts start columns on the same line', async () => {
    const config = COMPOSITE.replace('withinLines = 3', 'withinLines = 0\nwithinColumns = 80').replace(
      '[[rules.required]]\nid = "acme-tenant"\n',
      ''
    )
    const { dir } = repo({
      '.gitleaks.toml': config,
      'one-line.env': [`${secretLine()}; ${idLine()}`],
      'wide.env': [`${secretLine()};${' '.repeat(120)}${idLine()}`],
      'next-line.env': [secretLine(), idLine()]
    })
    expect(found(await runScan(dir, { scope: 'tree' }))).toEqual(['acme-client-secret one-line.env:1'])
  })
})

describe('[extend] path', () => {
  test('a repository config extends a shared one relative to its own folder, which extends the defaults', async () => {
    const { dir } = repo({
      'ci/gitleaks/org.toml': `[extend]\nuseDefault = true\ndisabledRules = ["gitlab-pat"]\n${CUSTOM_RULE}`,
      '.gitleaks.toml': `[extend]\npath = "ci/gitleaks/org.toml"\n\n[[allowlists]]\npaths = ['''^fixtures/''']\n`,
      'svc.py': [`INTERNAL_TOKEN = "${internal()}"`, planted('gitlab-pat'), planted('github-pat')],
      'fixtures/f.py': [planted('github-pat')]
    })
    expect(found(await runScan(dir, { scope: 'tree' }))).toEqual(['github-pat svc.py:3', 'internal-token svc.py:1'])
  })

  test('configs that extend each other in a cycle fail the step with a configuration error', async () => {
    const { dir } = repo({
      '.gitleaks.toml': '[extend]\npath = "ci/base.toml"\n',
      'ci/base.toml': '[extend]\npath = "../.gitleaks.toml"\n',
      'a.txt': ['nothing']
    })
    const run = await runScan(dir, { scope: 'tree' })
    expect(run.report.status).toBe('error')
    expect(run.io.failures[0]).toMatch(
      /ci\/base\.toml: \[extend\] path "\.\.\/\.gitleaks\.toml" makes a cycle \(.*\.gitleaks\.toml → .*base\.toml → .*\.gitleaks\.toml\)/
    )
  })
})

describe('ignore files, inline allows and baselines', () => {
  test('.gitleaksignore drops a finding by its gitleaks fingerprint (commit:file:rule:line and file:rule:line)', async () => {
    const { dir, sha } = repo({ 'a.txt': [planted('github-pat'), planted('gitlab-pat')] })
    write(dir, '.gitleaksignore', [`${sha}:a.txt:github-pat:1`, 'a.txt:gitlab-pat:2'])
    const history = await runScan(dir, { scope: 'history' }, { eventName: 'schedule' })
    expect(found(history)).toEqual(['gitlab-pat a.txt:2'])
    expect(history.report.metrics.ignored).toBe(1)
    expect(found(await runScan(dir, { scope: 'tree' }))).toEqual(['github-pat a.txt:1'])
  })

  test.each([['# gitleaks:allow'], ['// ci-suite:allow']])('an inline %s comment allows the line', async comment => {
    const { dir } = repo({ 'a.ts': [`${planted('github-pat')} ${comment}`, planted('gitlab-pat')] })
    const run = await runScan(dir, { scope: 'tree' })
    expect(found(run)).toEqual(['gitlab-pat a.ts:2'])
    expect(run.report.metrics.inlineAllowed).toBe(1)
    // the summary offers the comment as a way to allow a false positive (`inline-allow: false` does not)
    expect(run.io.summary).toContain('to the line, or its fingerprint to')
  })

  test('with inline-allow false an inline comment hides nothing, on a token, any line of a private key or a match across lines', async () => {
    // two real keys, made for this test (a history scan reports one value once)
    const [first, second] = [1, 2].map(() =>
      generateKeyPairSync('rsa', {
        modulusLength: 1024,
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        publicKeyEncoding: { type: 'spki', format: 'pem' }
      })
        .privateKey.trim()
        .split('\n')
    )
    const { dir } = repo({
      '.gitleaks.toml': `[extend]\nuseDefault = true\n${BLOCK_RULE}`,
      'a.ts': [`${planted('github-pat')} # gitleaks:allow`, `${planted('gitlab-pat')} // ci-suite:allow`],
      'deploy/key.pem': [`${first[0]} # gitleaks:allow`, ...first.slice(1)],
      // on any line of the key, as on any line of a multi-line rule's match
      'deploy/other.pem': [...second.slice(0, -1), `${second[second.length - 1]} # gitleaks:allow`],
      'b.txt': ['BEGIN TOKEN', alnum(32), 'END TOKEN # gitleaks:allow']
    })
    const honoured = await runScan(dir, { scope: 'tree' })
    expect(found(honoured)).toEqual([])
    expect(honoured.report.metrics).toMatchObject({ inlineAllowed: 5, inlineAllowOverridden: 0 })

    const strict = await runScan(dir, { scope: 'tree', 'inline-allow': 'false' })
    expect(found(strict)).toEqual([
      'block-token b.txt:2',
      'github-pat a.ts:1',
      'gitlab-pat a.ts:2',
      'private-key deploy/key.pem:1',
      'private-key deploy/other.pem:1'
    ])
    expect(strict.report.metrics).toMatchObject({ inlineAllowed: 0, inlineAllowOverridden: 5 })
    expect(strict.exitCode).toBe(1)
    // the summary counts what it overrode, and advises the ignore file, not a comment that would not help
    expect(strict.io.summary).toMatch(/Inline allows not honoured \\?\(inline-allow: false\\?\)[^\n]*\b5\b/)
    // and the local command keeps the setting
    expect(strict.io.summary).toContain('npx ci-suite secret-scan --scope tree --inline-allow false')
    expect(strict.io.summary).toContain('this gate does not honour inline')
    expect(strict.io.summary).not.toContain('# gitleaks:allow')

    // a history scan reads the same lines from the patch: the same five, at the commit that added them
    const history = await runScan(dir, { scope: 'history', 'inline-allow': 'false' }, { eventName: 'schedule' })
    expect(found(history)).toEqual(found(strict))
    expect(history.report.metrics).toMatchObject({ inlineAllowed: 0, inlineAllowOverridden: 5 })
    expect((await runScan(dir, { scope: 'history' }, { eventName: 'schedule' })).report.metrics).toMatchObject({
      inlineAllowed: 5,
      inlineAllowOverridden: 0
    })
  })

  test('inline-allow takes true or false, and says so for anything else', async () => {
    const { dir } = repo({ 'a.txt': ['nothing here'] })
    const run = await runScan(dir, { scope: 'tree', 'inline-allow': 'sometimes' })
    expect(run.report.status).toBe('error')
    expect(run.io.failures.join('\n')).toMatch(/inline-allow/)
  })

  test('a baseline of an earlier ci-suite report leaves only new findings', async () => {
    const { dir } = repo({ 'a.txt': [planted('github-pat')] })
    const first = await runScan(dir, { scope: 'history' }, { eventName: 'schedule' })
    const baseline = join(dir, '..', `${dir.split('/').pop()}-baseline.json`)
    writeFileSync(baseline, JSON.stringify(first.report))
    write(dir, 'b.txt', [planted('slack-webhook-url')])
    commit(dir, 'more')
    const second = await runScan(dir, { scope: 'history', baseline }, { eventName: 'schedule' })
    rmSync(baseline)
    expect(found(second)).toEqual(['slack-webhook-url b.txt:1'])
    expect(second.report.metrics.baselined).toBe(1)
  })

  test('a baseline of a combined ci-suite report (the root action, several gates) uses the secret-scan gate', async () => {
    const { dir } = repo({ 'a.txt': [planted('github-pat')] })
    const first = await runScan(dir, { scope: 'history' }, { eventName: 'schedule' })
    const combined = {
      schema: 'ci-suite/report@1',
      action: 'ci-suite',
      status: 'fail',
      gates: [
        { action: 'coverage-gate', findings: [] },
        { action: 'secret-scan', findings: first.report.findings }
      ]
    }
    write(dir, 'suite-report.json', JSON.stringify(combined))
    write(dir, 'b.txt', [planted('gitlab-pat')])
    commit(dir, 'more')
    const second = await runScan(dir, { scope: 'history', baseline: 'suite-report.json' }, { eventName: 'schedule' })
    expect(found(second)).toEqual(['gitlab-pat b.txt:1'])
    expect(second.report.metrics.baselined).toBe(1)
  })

  test('a baseline in gitleaks JSON form works too', async () => {
    const { dir, sha } = repo({ 'a.txt': [planted('github-pat'), planted('gitlab-pat')] })
    write(
      dir,
      'gitleaks-report.json',
      JSON.stringify([
        {
          RuleID: 'github-pat',
          File: 'a.txt',
          StartLine: 1,
          Commit: sha,
          Secret: 'REDACTED',
          Fingerprint: `${sha}:a.txt:github-pat:1`
        },
        { RuleID: 'gitlab-pat', File: 'a.txt', StartLine: 2, Commit: sha, Secret: 'REDACTED', Fingerprint: '' }
      ])
    )
    commit(dir, 'baseline')
    const run = await runScan(dir, { scope: 'history', baseline: 'gitleaks-report.json' }, { eventName: 'schedule' })
    expect(found(run)).toEqual([])
    expect(run.report.metrics.baselined).toBe(2)
  })

  test('a baseline that is neither report form is a configuration error', async () => {
    const { dir } = repo({ 'x.json': '{"hello": 1}' })
    const run = await runScan(dir, { scope: 'tree', baseline: 'x.json' })
    expect(run.io.failures[0]).toMatch(/baseline: .*x\.json is neither a ci-suite report nor a gitleaks JSON report/)
  })

  test('the fingerprint follows a provider token by value, but a guessable value only by place', async () => {
    const password = (v: string) => `db_password = "${v}"`
    // two human-made passwords (16 distinct characters each, above the generic rule's entropy floor)
    const [first, second] = [['Xq7m', 'K2vR', '9tL4', 'pZ8w'].join(''), ['Hn3c', 'B6yJ', '1fD5', 'gS0e'].join('')]
    const { dir } = repo({ 'app.env': [password(first), planted('github-pat')] })
    const before = await runScan(dir, { scope: 'tree' })
    write(dir, 'app.env', [password(second), planted('github-pat')])
    const after = await runScan(dir, { scope: 'tree' })
    const print = (run: typeof before, rule: string) => run.report.findings.find(f => f.ruleId === rule)!.fingerprint
    expect(found(after)).toEqual(['generic-api-key app.env:1', 'github-pat app.env:2'])
    // the token changed, so its finding is new; the password's fingerprint carries nothing of its value
    expect(print(after, 'github-pat')).not.toBe(print(before, 'github-pat'))
    expect(print(after, 'generic-api-key')).toBe(print(before, 'generic-api-key'))
  })

  test('.trufflehogignore path regexes and exclude-paths globs skip files', async () => {
    const { dir } = repo({
      '.trufflehogignore': ['^testdata/', '# a comment'],
      'testdata/a.txt': [planted('github-pat')],
      'fixtures/deep/b.txt': [planted('github-pat')],
      'src/c.txt': [planted('github-pat')]
    })
    const run = await runScan(dir, { scope: 'tree', 'exclude-paths': 'fixtures/**, *.log' })
    expect(found(run)).toEqual(['github-pat src/c.txt:1'])
    expect((run.report.metrics.skipped as Record<string, number>).excluded).toBeGreaterThanOrEqual(2)
  })

  test('files over max-file-size are skipped and counted', async () => {
    const { dir } = repo({ 'big.txt': [planted('github-pat'), 'x'.repeat(3000)], 'small.txt': [planted('gitlab-pat')] })
    const run = await runScan(dir, { scope: 'tree', 'max-file-size': '2KB' })
    expect(found(run)).toEqual(['gitlab-pat small.txt:1'])
    expect((run.report.metrics.skipped as Record<string, number>)['too-large']).toBe(1)
  })

  test('a bad max-file-size names the input and the forms it takes', async () => {
    const { dir } = repo({ 'a.txt': ['x'] })
    const run = await runScan(dir, { scope: 'tree', 'max-file-size': 'huge' })
    expect(run.io.failures[0]).toMatch(
      /max-file-size must be a size such as 10MB, 512KB or a number of bytes, got "huge"/
    )
  })

  test('a 10 MB adversarial line is scanned in linear time, and a secret after it is still found', async () => {
    const { dir } = repo({
      'adversarial.txt': ['ey-'.repeat(1_200_000) + 'password='.repeat(400_000), planted('github-pat')]
    })
    const started = Date.now()
    const run = await runScan(dir, { scope: 'tree', 'max-file-size': '20MB' })
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(found(run)).toEqual(['github-pat adversarial.txt:2'])
  })
})
