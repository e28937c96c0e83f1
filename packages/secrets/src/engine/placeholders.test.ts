import { describe, expect, test } from '@jest/globals'
import { decoyClass, type DecoyInput } from './placeholders.js'
import { redactSecret } from '../report/redact.js'

const generic = (secret: string, line = `value = "${secret}"`, name?: string): DecoyInput => ({
  secret,
  line,
  index: line.indexOf(secret),
  kind: 'generic',
  name
})
const hex = (n: number) => 'a1b2c3d4e5f60789'.repeat(8).slice(0, n)

describe('decoys are recognised by class', () => {
  test.each([
    ['documentation-example', generic(['AKIA', 'IOSFODNN7', 'EXAMPLE'].join(''))],
    ['filler', generic('xxxxxxxxxxxxxxxx')],
    ['filler', generic('your-api-key-here')],
    ['filler', generic('<your-token>')],
    ['filler', { secret: 'password', line: 'postgres://u:password@h', index: 14, kind: 'assignment' } as DecoyInput],
    // lerna/lerna's test fixtures and compose-style local accounts
    [
      'filler',
      {
        secret: 'token',
        line: '"git+https://user:token@gitlab.com/u/p.git"',
        index: 22,
        kind: 'assignment'
      } as DecoyInput
    ],
    ['filler', generic('my-password')],
    ['filler', generic('API_KEY')],
    [
      'filler',
      {
        secret: 'postgres',
        line: 'url: postgres://postgres:postgres@db:5432/app',
        index: 25,
        kind: 'assignment'
      } as DecoyInput
    ],
    [
      'documentation-example',
      { secret: 'hello', line: ' *    // http://tobi:hello@example.com', index: 21, kind: 'assignment' } as DecoyInput
    ],
    ['template-reference', generic('${{ secrets.TOKEN }}')],
    ['template-reference', generic('${DB_PASSWORD}')],
    ['environment-lookup', generic('process.env.GITHUB_TOKEN')],
    [
      'environment-lookup',
      {
        secret: 'Xq9_zT4-pLm2',
        line: 'key = os.environ.get("K", "Xq9_zT4-pLm2")',
        index: 27,
        kind: 'generic'
      } as DecoyInput
    ],
    ['integrity-hash', generic(`sha512-${'Zm9vYmFy'.repeat(11)}==`)],
    ['commit-sha', generic(hex(40))],
    ['uuid', generic('3f2b8c1e-9d4a-4e7b-8f6c-2a1d0e9b7c53')],
    ['public-key-or-certificate', generic('AAAAB3NzaC1yc2EAAAADAQAB', 'key: ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB me')],
    [
      'data-uri',
      { secret: 'SKabc', line: 'icon: data:image/png;base64,iVBOR/SKabc/x', index: 33, kind: 'token' } as DecoyInput
    ],
    ['identifier', generic('config.api.token_value')],
    ['identifier', generic('Zx81-kQ2m-Pa90', 'public_key = "Zx81-kQ2m-Pa90"', 'public_key')],
    // a call in code (psf/requests' history), not a value
    ['identifier', generic('urllib2.HTTPBasicAuthHandler', 'auth_handler = urllib2.HTTPBasicAuthHandler(authr)')],
    // a private method called (withastro/astro)
    ['identifier', generic('this.#ensureSessionID', 'const key = this.#ensureSessionID();')],
    // a negated expression (facebook/jest's jest-haste-map)
    ['identifier', generic('!!options.forceNodeFilesystemAPI', 'forceFsApi: !!options.forceNodeFilesystemAPI,')],
    ['identifier', generic('!isProductionEnvironment', 'authRequired: !isProductionEnvironment,')],
    ['stopword', generic('Zx81notreal90Q')]
  ])('%s: %j', (kind, input) => {
    expect(decoyClass(input)).toBe(kind)
  })

  test.each([['Zx81-kQ2m-Pa90-rT55'], ['q8Ft2LmZ0pWx7Nc4']])('a random value %s is not a decoy', value => {
    expect(decoyClass(generic(value))).toBeUndefined()
  })

  test('a URL password that only starts like the user name, or follows another user, is a value', () => {
    const url = (secret: string, line: string): DecoyInput => ({
      secret,
      line,
      index: line.lastIndexOf(`${secret}@`),
      kind: 'assignment'
    })
    expect(decoyClass(url('postgres9Xq', 'postgres://postgres:postgres9Xq@db/app'))).toBeUndefined()
    expect(decoyClass(url('Xq9postgres', 'postgres://postgres:Xq9postgres@db/app'))).toBeUndefined()
    expect(decoyClass(url('app', 'postgres://admin_app:app@db/app'))).toBeUndefined()
  })

  // false positives of gitleaks' generic rule that its users reported (the kinds its allowlist names)
  test.each([
    [
      'a name whose "api" is only mixed case',
      'cameraPivot12',
      'this.cameraPivot.Label = "cameraPivot12"',
      'this.cameraPivot.Label'
    ],
    ['a word with "key" in it', 'x86-uwp=skip', 'whiskey-tools:x86-uwp=skip', 'whiskey-tools'],
    ['a schema key', 'ORDER_Line_7_12', "schemaKey = 'ORDER_Line_7_12'", 'schemaKey'],
    [
      'a public token',
      'Qm7Rt2Xw9Lp4Zk8Vn3Bs6Hy1Jd5Fc0Ga',
      'publicToken = "Qm7Rt2Xw9Lp4Zk8Vn3Bs6Hy1Jd5Fc0Ga"',
      'publicToken'
    ],
    ['a key vault name', 'ops42vault7q', '"key_vault_name": "ops42vault7q"', 'key_vault_name'],
    [
      'a credentials URL',
      'stage-lb2.svc.corp.net:8443',
      'stage.credentials.url=stage-lb2.svc.corp.net:8443',
      'stage.credentials.url'
    ],
    ['a version', 'svc-auth-1.22.4-SNAPSHOT', 'build_token_label = "svc-auth-1.22.4-SNAPSHOT"', 'build_token_label'],
    ['a host name', 'idp01.int.corp-co.net', 'X-Auth-Server: idp01.int.corp-co.net', 'X-Auth-Server'],
    ['a dotted property name', 'org.gradle.jvmargs2', '<entry key="org.gradle.jvmargs2" value="-Xmx2g" />', 'key'],
    ['the next property of an empty one', 'db2.connect.url=', 'db2.password= db2.connect.url=', 'db2.password'],
    [
      'a 40-hex value under a commit name',
      'a1b2c3d4e5f60789a1b2c3d4e5f60789a1b2c3d4',
      'commit_token = "a1b2c3d4e5f60789a1b2c3d4e5f60789a1b2c3d4"',
      'commit_token'
    ]
  ])('%s is no secret', (_what, secret, line, name) => {
    expect(decoyClass(generic(secret, line, name))).toBeDefined()
  })

  test.each([
    ['64 hex digits under a client secret', hex(64), `"client_secret": "${hex(64)}"`, 'client_secret'],
    ['40 hex digits under credentials', hex(40), `credentials = "${hex(40)}"`, 'credentials'],
    ['a token whose name says api in upper case', 'Zx81-kQ2m-Pa90-rT55', 'MY_API = "Zx81-kQ2m-Pa90-rT55"', 'MY_API']
  ])('%s is a finding', (_what, secret, line, name) => {
    expect(decoyClass(generic(secret, line, name))).toBeUndefined()
  })

  test('a quoted value with a ( after it or a ! before it, or one that is no name, is a value, not code', () => {
    expect(decoyClass(generic('q8Ft2LmZ0pWx7Nc4', 'password = "q8Ft2LmZ0pWx7Nc4(9"'))).toBeUndefined()
    expect(decoyClass(generic('9q8Ft2LmZ0pWx7Nc4', 'token = 9q8Ft2LmZ0pWx7Nc4(x)'))).toBeUndefined()
    expect(decoyClass(generic('!q8Ft2LmZ0pWx7Nc4', 'password = "!q8Ft2LmZ0pWx7Nc4"'))).toBeUndefined()
    expect(decoyClass(generic('!q8Ft2LmZ0pWx7Nc4', 'PASSWORD=!q8Ft2LmZ0pWx7Nc4'))).toBeUndefined()
  })

  test('a provider token is only checked for examples and fillers, never for entropy-like classes', () => {
    expect(decoyClass({ secret: hex(40), line: hex(40), index: 0, kind: 'token' })).toBeUndefined()
  })
})

describe('redaction', () => {
  test.each([
    ['abcdefghijklmnopqrstuvwxyz0123456789abcd', 'abcd…(40 chars)'],
    ['hunter2x9', 'hu…(9 chars)'],
    ['abc', '…(3 chars)']
  ])('%s shows only %s', (secret, shown) => {
    expect(redactSecret(secret)).toBe(shown)
  })
})
