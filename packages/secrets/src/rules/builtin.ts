import { ROTATION_DOCS, type Provider } from './rotation.js'
import type { Rule } from './rule.js'
import {
  ALNUM,
  BASE64,
  HEX,
  LOWER_ALNUM,
  UPPER_ALNUM,
  WORD,
  WORD_DASH,
  assignmentSource,
  leadingLiterals,
  literalPrefixes,
  oneOf,
  openRun,
  run,
  tokenSource,
  type Segment
} from './shape.js'
import { JsRegexMatcher } from '../engine/js-matcher.js'

/**
 * The built-in rules. Where a rule covers what a gitleaks default rule covers it carries gitleaks' id, so a team's
 * `disabledRules` and `.gitleaksignore` keep working. The token shapes restate the providers' documented formats
 * (the same facts gitleaks' and trufflehog's rules encode); they are not copies of either tool's regexes.
 */
export interface TokenSpec {
  kind: 'token'
  id: string
  provider: Provider
  description: string
  shape: Segment[]
  keywords?: string[]
  /** entropy raises confidence only: a provider-prefixed format match is always reported */
  entropy?: number
}

export interface AssignmentSpec {
  kind: 'assignment'
  id: string
  provider: Provider
  description: string
  /** names that must precede the value (`MAILGUN_API_KEY = ...`) */
  names: string[]
  value: Segment[]
  /** minimum entropy of the value: assignment rules have no prefix to vouch for them */
  entropy?: number
}

export type BuiltinSpec = TokenSpec | AssignmentSpec

const tok = (
  id: string,
  provider: Provider,
  description: string,
  shape: Segment[],
  keywords?: string[]
): TokenSpec => ({
  kind: 'token',
  id,
  provider,
  description,
  shape,
  keywords
})

const named = (
  id: string,
  provider: Provider,
  description: string,
  names: string[],
  value: Segment[],
  entropy?: number
): AssignmentSpec => ({
  kind: 'assignment',
  id,
  provider,
  description,
  names,
  value,
  entropy
})

const HEX_MIXED = 'a-fA-F0-9'
const B64URL = 'A-Za-z0-9_\\-'
const UUID: Segment[] = [run(HEX, 8), '-', run(HEX, 4), '-', run(HEX, 4), '-', run(HEX, 4), '-', run(HEX, 12)]

export const BUILTIN_SPECS: BuiltinSpec[] = [
  // cloud
  tok('aws-access-token', 'aws', 'AWS access key ID', [oneOf('AKIA', 'ASIA', 'ABIA', 'ACCA'), run('A-Z2-7', 16)]),
  named(
    'aws-secret-access-key',
    'aws',
    'AWS secret access key',
    ['aws_secret_access_key', 'aws_secret_key', 'secret_access_key', 'awssecretkey'],
    [run(BASE64, 40)],
    3
  ),
  tok('gcp-api-key', 'gcp', 'Google Cloud API key', ['AIza', run(WORD_DASH, 35)]),
  tok(
    'azure-ad-client-secret',
    'azure',
    'Azure AD client secret',
    [run('A-Za-z0-9_~.', 3), run('0-9', 1), 'Q~', run('A-Za-z0-9_~.\\-', 31, 34)],
    ['q~']
  ),
  named(
    'azure-storage-account-key',
    'azure',
    'Azure storage account key',
    ['accountkey', 'azure_storage_key', 'storage_account_key'],
    [run(BASE64, 86), '=='],
    4
  ),
  tok('digitalocean-pat', 'digitalocean', 'DigitalOcean personal access token', ['dop_v1_', run(HEX, 64)]),
  tok('digitalocean-access-token', 'digitalocean', 'DigitalOcean OAuth access token', ['doo_v1_', run(HEX, 64)]),
  tok('digitalocean-refresh-token', 'digitalocean', 'DigitalOcean OAuth refresh token', ['dor_v1_', run(HEX, 64)]),
  tok('alibaba-access-key-id', 'alibaba', 'Alibaba Cloud AccessKey ID', ['LTAI', run(ALNUM, 20)]),
  named('alibaba-secret-key', 'alibaba', 'Alibaba Cloud AccessKey secret', ['alibaba', 'aliyun'], [run(ALNUM, 30)], 3),
  tok('heroku-api-key-v2', 'heroku', 'Heroku API key', ['HRKU-AA', run(WORD_DASH, 58)]),
  named('heroku-api-key', 'heroku', 'Heroku API key (UUID form)', ['heroku'], UUID),
  // fo1_ tokens are 43 characters; the macaroon tokens `fly tokens create` prints (fm1a_, fm1r_, fm2_) are base64
  tok('flyio-access-token', 'flyio', 'Fly.io access token', [
    oneOf('fo1_', 'fm1a_', 'fm1r_', 'fm2_'),
    run('A-Za-z0-9_\\-+/', 43, 4096),
    run('=', 0, 3)
  ]),
  tok('scalingo-api-token', 'scalingo', 'Scalingo API token', ['tk-us-', run(WORD_DASH, 48)]),
  tok('openshift-user-token', 'openshift', 'OpenShift user token', ['sha256~', run(WORD_DASH, 43)]),
  // code hosts and registries
  tok('github-pat', 'github', 'GitHub personal access token (classic)', ['ghp_', run(ALNUM, 36)]),
  tok('github-fine-grained-pat', 'github', 'GitHub fine-grained personal access token', ['github_pat_', run(WORD, 82)]),
  tok('github-oauth', 'github', 'GitHub OAuth access token', ['gho_', run(ALNUM, 36)]),
  tok('github-app-token', 'github', 'GitHub App user-to-server or installation token', [
    oneOf('ghu_', 'ghs_'),
    run(ALNUM, 36)
  ]),
  tok('github-refresh-token', 'github', 'GitHub refresh token', ['ghr_', run(ALNUM, 36)]),
  tok('gitlab-pat', 'gitlab', 'GitLab personal access token', ['glpat-', run(WORD_DASH, 20)]),
  tok('gitlab-ptt', 'gitlab', 'GitLab pipeline trigger token', ['glptt-', run(HEX, 40)]),
  tok('gitlab-rrt', 'gitlab', 'GitLab runner registration token', ['GR1348941', run(WORD_DASH, 20)]),
  tok('gitlab-runner-authentication-token', 'gitlab', 'GitLab runner authentication token', [
    'glrt-',
    run(WORD_DASH, 20)
  ]),
  tok('gitlab-deploy-token', 'gitlab', 'GitLab deploy token', ['gldt-', run(WORD_DASH, 20)]),
  tok('gitlab-cicd-job-token', 'gitlab', 'GitLab CI/CD job token', [
    'glcbt-',
    run(ALNUM, 1, 5),
    '_',
    run(WORD_DASH, 20)
  ]),
  tok('gitlab-feed-token', 'gitlab', 'GitLab feed token', ['glft-', run(WORD_DASH, 20)]),
  tok('gitlab-incoming-mail-token', 'gitlab', 'GitLab incoming mail token', ['glimt-', run(WORD_DASH, 25)]),
  tok('gitlab-kubernetes-agent-token', 'gitlab', 'GitLab Kubernetes agent token', ['glagent-', run(WORD_DASH, 50)]),
  tok('gitlab-oauth-app-secret', 'gitlab', 'GitLab OAuth application secret', ['gloas-', run(WORD_DASH, 64)]),
  tok('gitlab-scim-token', 'gitlab', 'GitLab SCIM token', ['glsoat-', run(WORD_DASH, 20)]),
  tok('gitlab-feature-flag-client-token', 'gitlab', 'GitLab feature flag client token', [
    'glffct-',
    run(WORD_DASH, 20)
  ]),
  tok('gitlab-session-cookie', 'gitlab', 'GitLab session cookie', ['_gitlab_session=', run(LOWER_ALNUM, 32)]),
  tok('npm-access-token', 'npm', 'npm access token', ['npm_', run(ALNUM, 36)]),
  tok('pypi-upload-token', 'pypi', 'PyPI upload token', ['pypi-AgEIcHlwaS5vcmc', run(WORD_DASH, 50, 1000)]),
  tok('rubygems-api-token', 'rubygems', 'RubyGems API token', ['rubygems_', run(HEX, 48)]),
  tok('dockerhub-pat', 'docker', 'Docker Hub personal access token', ['dckr_pat_', run(WORD_DASH, 27)]),
  tok('dockerhub-oat', 'docker', 'Docker Hub organization access token', ['dckr_oat_', run(WORD_DASH, 32)]),
  tok('artifactory-api-key', 'artifactory', 'JFrog Artifactory API key', ['AKCp', run(ALNUM, 69)]),
  tok('artifactory-reference-token', 'artifactory', 'JFrog Artifactory reference token', ['cmVmd', run(ALNUM, 59)]),
  tok('clojars-api-token', 'clojars', 'Clojars deploy token', ['CLOJARS_', run(LOWER_ALNUM, 60)]),
  tok('atlassian-api-token', 'atlassian', 'Atlassian API token', ['ATATT3', run('A-Za-z0-9_\\-=', 186)]),
  // chat and mail
  tok('slack-bot-token', 'slack', 'Slack bot token', [
    'xoxb-',
    run('0-9', 10, 13),
    '-',
    run('0-9', 10, 13),
    '-',
    run(ALNUM, 24)
  ]),
  tok('slack-user-token', 'slack', 'Slack user token', [
    oneOf('xoxp-', 'xoxe-'),
    run('0-9', 10, 13),
    '-',
    run('0-9', 10, 13),
    '-',
    run('0-9', 10, 13),
    '-',
    run(ALNUM, 28, 34)
  ]),
  tok('slack-app-token', 'slack', 'Slack app-level token', [
    'xapp-',
    run('0-9', 1),
    '-',
    run(UPPER_ALNUM, 9, 12),
    '-',
    run('0-9', 10, 13),
    '-',
    run(LOWER_ALNUM, 64)
  ]),
  tok('slack-config-refresh-token', 'slack', 'Slack configuration refresh token', [
    'xoxe-',
    run('0-9', 1),
    '-',
    run(ALNUM, 146)
  ]),
  tok('slack-legacy-workspace-token', 'slack', 'Slack legacy workspace token', [
    oneOf('xoxa-', 'xoxr-'),
    run('0-9', 1),
    '-',
    run(ALNUM, 8, 48)
  ]),
  tok('slack-webhook-url', 'slack', 'Slack incoming webhook URL', [
    'hooks.slack.com/',
    oneOf('services/', 'workflows/', 'triggers/'),
    // services/T…/B…/secret is 43–56 characters; workflows/ and triggers/ add an id and a number
    run('A-Za-z0-9+/', 43, 120)
  ]),
  named('discord-api-token', 'discord', 'Discord API key', ['discord'], [run(HEX, 64)]),
  tok('discord-webhook-url', 'discord', 'Discord webhook URL', [
    'discord.com/api/webhooks/',
    run('0-9', 17, 20),
    '/',
    run(WORD_DASH, 60, 70)
  ]),
  named(
    'telegram-bot-api-token',
    'telegram',
    'Telegram bot API token',
    ['telegram', 'telegr', 'tg_bot'],
    [run('0-9', 8, 10), ':A', run(WORD_DASH, 34)]
  ),
  tok('sendgrid-api-token', 'sendgrid', 'SendGrid API key', ['SG.', run(WORD_DASH, 22), '.', run(WORD_DASH, 43)]),
  named('mailgun-private-api-token', 'mailgun', 'Mailgun private API key', ['mailgun'], ['key-', run(HEX, 32)]),
  named('mailchimp-api-key', 'mailchimp', 'Mailchimp API key', ['mailchimp'], [run(HEX, 32), '-us', run('0-9', 2)]),
  tok('twilio-api-key', 'twilio', 'Twilio API key', ['SK', run(HEX_MIXED, 32)]),
  tok('sendinblue-api-token', 'sendinblue', 'Brevo (Sendinblue) API key', [
    'xkeysib-',
    run(HEX, 64),
    '-',
    run(ALNUM, 16)
  ]),
  // payments
  tok('stripe-access-token', 'stripe', 'Stripe secret or restricted key', [
    oneOf('sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_'),
    run(ALNUM, 24, 99)
  ]),
  tok('square-access-token', 'square', 'Square access token', [oneOf('sq0atp-', 'EAAA'), run(WORD_DASH, 22, 60)]),
  tok('square-oauth-secret', 'square', 'Square OAuth secret', ['sq0csp-', run(WORD_DASH, 43)]),
  tok('shopify-access-token', 'shopify', 'Shopify access token', ['shpat_', run(HEX_MIXED, 32)]),
  tok('shopify-custom-access-token', 'shopify', 'Shopify custom app access token', ['shpca_', run(HEX_MIXED, 32)]),
  tok('shopify-private-app-access-token', 'shopify', 'Shopify private app access token', [
    'shppa_',
    run(HEX_MIXED, 32)
  ]),
  tok('shopify-shared-secret', 'shopify', 'Shopify shared secret', ['shpss_', run(HEX_MIXED, 32)]),
  tok('flutterwave-secret-key', 'flutterwave', 'Flutterwave secret key', ['FLWSECK_TEST-', run('a-h0-9', 32), '-X']),
  tok('shippo-api-token', 'shippo', 'Shippo API token', [oneOf('shippo_live_', 'shippo_test_'), run(HEX_MIXED, 40)]),
  tok('easypost-api-token', 'easypost', 'EasyPost API key', ['EZAK', run(ALNUM, 54)]),
  tok('easypost-test-api-token', 'easypost', 'EasyPost test API key', ['EZTK', run(ALNUM, 54)]),
  tok('duffel-api-token', 'duffel', 'Duffel API token', [
    oneOf('duffel_test_', 'duffel_live_'),
    run('A-Za-z0-9_\\-=', 43)
  ]),
  // AI
  tok(
    'openai-api-key',
    'openai',
    'OpenAI API key',
    [oneOf('sk-proj-', 'sk-svcacct-', 'sk-admin-'), run(WORD_DASH, 58), 'T3BlbkFJ', run(WORD_DASH, 58)],
    ['t3blbkfj']
  ),
  tok(
    'openai-legacy-api-key',
    'openai',
    'OpenAI API key (legacy form)',
    ['sk-', run(ALNUM, 20), 'T3BlbkFJ', run(ALNUM, 20)],
    ['t3blbkfj']
  ),
  tok('anthropic-api-key', 'anthropic', 'Anthropic API key', ['sk-ant-api03-', run(WORD_DASH, 93), 'AA']),
  tok('anthropic-admin-api-key', 'anthropic', 'Anthropic admin API key', ['sk-ant-admin01-', run(WORD_DASH, 93), 'AA']),
  tok('huggingface-access-token', 'huggingface', 'Hugging Face access token', ['hf_', run('A-Za-z', 34)]),
  tok('huggingface-organization-api-token', 'huggingface', 'Hugging Face organization API token', [
    'api_org_',
    run('A-Za-z', 34)
  ]),
  tok('perplexity-api-key', 'perplexity', 'Perplexity API key', ['pplx-', run(ALNUM, 48)]),
  // infrastructure and developer services
  tok('vault-service-token', 'vault', 'HashiCorp Vault service token', ['hvs.', run(WORD_DASH, 90, 120)]),
  tok('vault-batch-token', 'vault', 'HashiCorp Vault batch token', ['hvb.', run(WORD_DASH, 138, 300)]),
  tok(
    'hashicorp-tf-api-token',
    'hashicorp',
    'Terraform Cloud / Enterprise API token',
    [run(LOWER_ALNUM, 14), '.atlasv1.', run('a-z0-9_\\-=', 60, 70)],
    ['atlasv1']
  ),
  tok('databricks-api-token', 'databricks', 'Databricks API token', ['dapi', run('a-h0-9', 32)]),
  tok('doppler-api-token', 'doppler', 'Doppler API token', [
    oneOf('dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'),
    run(ALNUM, 40, 44)
  ]),
  tok('grafana-api-key', 'grafana', 'Grafana API key', ['eyJrIjoi', run(ALNUM, 70, 400), run('=', 0, 3)]),
  tok('grafana-cloud-api-token', 'grafana', 'Grafana Cloud API token', ['glc_', run(BASE64, 32, 400), run('=', 0, 3)]),
  tok('grafana-service-account-token', 'grafana', 'Grafana service account token', [
    'glsa_',
    run(ALNUM, 32),
    '_',
    run(HEX_MIXED, 8)
  ]),
  tok('sentry-user-token', 'sentry', 'Sentry user auth token', ['sntryu_', run(HEX, 64)]),
  named('sentry-access-token', 'sentry', 'Sentry auth token (old format)', ['sentry'], [run(HEX, 64)], 3),
  named(
    'new-relic-user-api-key',
    'newrelic',
    'New Relic user API key',
    ['new_relic', 'newrelic', 'new-relic', 'nr_api'],
    ['NRAK-', run(UPPER_ALNUM, 27)]
  ),
  tok('new-relic-insert-key', 'newrelic', 'New Relic insert key', ['NRII-', run('a-zA-Z0-9\\-', 32)]),
  tok('new-relic-browser-api-token', 'newrelic', 'New Relic browser API token', ['NRJS-', run(HEX, 19)]),
  tok('postman-api-token', 'postman', 'Postman API key', ['PMAK-', run(HEX, 24), '-', run(HEX, 34)]),
  tok('linear-api-key', 'linear', 'Linear API key', ['lin_api_', run(ALNUM, 40)]),
  tok('pulumi-api-token', 'pulumi', 'Pulumi access token', ['pul-', run(HEX, 40)]),
  tok('age-secret-key', 'age', 'age encryption secret key', [
    'AGE-SECRET-KEY-1',
    run('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)
  ]),
  tok('1password-service-account-token', '1password', '1Password service account token', [
    'ops_eyJ',
    run(BASE64, 250, 2000),
    run('=', 0, 3)
  ]),
  // A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX, or with the third and fourth groups run together
  tok('1password-secret-key', '1password', '1Password account secret key', [
    'A3-',
    run(UPPER_ALNUM, 6),
    '-',
    run('A-Z0-9\\-', 11, 12),
    '-',
    run(UPPER_ALNUM, 5),
    '-',
    run(UPPER_ALNUM, 5),
    '-',
    run(UPPER_ALNUM, 5)
  ]),
  tok('adobe-client-secret', 'adobe', 'Adobe client secret', ['p8e-', run(ALNUM, 32)]),
  tok('dynatrace-api-token', 'dynatrace', 'Dynatrace API token', [
    'dt0c01.',
    run(UPPER_ALNUM, 24),
    '.',
    run(UPPER_ALNUM, 64)
  ]),
  tok('frameio-api-token', 'frameio', 'Frame.io API token', ['fio-u-', run('A-Za-z0-9_\\-=', 64)]),
  tok('harness-api-key', 'harness', 'Harness API key', [
    oneOf('pat.', 'sat.'),
    run(WORD_DASH, 22),
    '.',
    run(ALNUM, 24),
    '.',
    run(ALNUM, 20)
  ]),
  tok('infracost-api-token', 'infracost', 'Infracost API token', ['ico-', run(ALNUM, 32)]),
  tok('notion-api-token', 'notion', 'Notion integration token', ['ntn_', run('0-9', 11), run(ALNUM, 35)]),
  tok('planetscale-api-token', 'planetscale', 'PlanetScale service token', [
    'pscale_tkn_',
    run('A-Za-z0-9_=.\\-', 32, 64)
  ]),
  tok('planetscale-oauth-token', 'planetscale', 'PlanetScale OAuth token', [
    'pscale_oauth_',
    run('A-Za-z0-9_=.\\-', 32, 64)
  ]),
  tok('planetscale-password', 'planetscale', 'PlanetScale database password', [
    'pscale_pw_',
    run('A-Za-z0-9_=.\\-', 32, 64)
  ]),
  tok('prefect-api-token', 'prefect', 'Prefect API key', ['pnu_', run(ALNUM, 36)]),
  tok('readme-api-token', 'readme', 'ReadMe API key', ['rdme_', run(LOWER_ALNUM, 70)]),
  tok('facebook-page-access-token', 'facebook', 'Facebook page access token', [
    oneOf('EAAM', 'EAAC'),
    run(ALNUM, 100, 300)
  ]),
  // structured credentials
  // keyword `.ey`, the start of the payload: every JWT has it, and far fewer lines than those with `ey` (key, they)
  tok(
    'jwt',
    'jwt',
    'JSON Web Token',
    ['ey', openRun(B64URL, 17), '.ey', openRun(B64URL, 17), '.', openRun(B64URL, 10)],
    ['.ey']
  )
]

/** Rules whose detection is code, not a shape: private keys, URLs with passwords, generic assignments. */
export const PRIVATE_KEY_RULE_ID = 'private-key'
export const URL_CREDENTIALS_RULE_ID = 'url-embedded-credentials'
export const GENERIC_RULE_ID = 'generic-api-key'

/** Keywords of the generic rule: names under which secrets are assigned (gitleaks' set). */
export const GENERIC_NAMES = [
  'access',
  'api',
  'auth',
  'key',
  'credential',
  'creds',
  'passwd',
  'password',
  'pwd',
  'secret',
  'token'
]
const GENERIC_VALUE = `[\\w.=\\-+/~!@#%^&*]{8,150}`
/**
 * name, operator, value. The operators are gitleaks' but for `>` and `||`; its `,` only between two string literals
 * (`setdefault("SECRET_KEY", "…")`, `headers.set('X-Api-Key', '…')`), not between a name and a variable
 * (`authenticate(password, stored_hash)`)
 */
const GENERIC_SOURCE = `(?:access|auth|api|credential|creds|key|passw(?:or)?d|pwd|secret|token)[\\w.\\-]{0,20}[\\s'"]{0,3}(?:(?:={1,2}>?|:{1,3}=?|\\?=|=>)[\\s'"\`]{0,5}|(?<=['"])[ \\t]{0,2},[ \\t]{0,3}['"\`])(${GENERIC_VALUE})(?![\\w.=\\-+/~!@#%^&*])`
/**
 * one of them is in every match of GENERIC_SOURCE (`=` or `:` in its operators, `,` between two string literals): a
 * third of the lines with a generic keyword have none, and skip the regex
 */
export const GENERIC_OPERATORS = ['=', ':', ',']
const URL_PART = `[^\\s:@/'"\`<>]`
/**
 * scheme://user:password@host, passwords of 3 to 128 characters other than separators. GitHub's basic-auth form puts
 * the token in the user name and the fixed word `x-oauth-basic` in the password (`https://<token>:x-oauth-basic@`):
 * then the user name is the secret.
 */
const URL_SOURCE = `(?<![A-Za-z0-9+.\\-])[a-zA-Z][a-zA-Z0-9+.\\-]{1,20}://(?:(${URL_PART}{8,64}):x-oauth-basic|${URL_PART}{1,64}:(${URL_PART}{3,128}))@[A-Za-z0-9.\\-\\[\\]]{1,253}`

/**
 * `<name>.p12` or `<name>.pfx`, any case: the suffix after a character of the name (gitleaks writes the name out as
 * `(?:^|\/)[^/]+`, which irregexp tries from every position of every path, several times slower)
 */
const PKCS12_PATH = /[^/]\.p(?:12|fx)$/i

function specToRule(spec: BuiltinSpec): Rule {
  const source = spec.kind === 'token' ? tokenSource(spec.shape) : assignmentSource(spec.names, spec.value)
  const keywords =
    spec.kind === 'token' ? (spec.keywords ?? leadingLiterals(spec.shape)) : spec.names.map(n => n.toLowerCase())
  return {
    id: spec.id,
    description: spec.description,
    keywords,
    matcher:
      spec.kind === 'token'
        ? new JsRegexMatcher(source, '', literalPrefixes(spec.shape))
        : new JsRegexMatcher(source, 'i'),
    entropy: spec.kind === 'assignment' ? spec.entropy : undefined,
    kind: spec.kind,
    rotate: ROTATION_DOCS[spec.provider],
    allowlists: [],
    source
  }
}

export function builtinRules(): Rule[] {
  return [
    ...BUILTIN_SPECS.map(specToRule),
    {
      id: PRIVATE_KEY_RULE_ID,
      description: 'Private key (PEM, OpenSSH, PGP)',
      keywords: ['-----begin'],
      kind: 'private-key',
      rotate: ROTATION_DOCS['private-key'],
      allowlists: [],
      source: '-----BEGIN ... PRIVATE KEY----- ... -----END ... PRIVATE KEY-----'
    },
    {
      id: 'pkcs12-file',
      description: 'PKCS #12 file (it bundles a private key)',
      keywords: [],
      path: { source: PKCS12_PATH.source, test: path => PKCS12_PATH.test(path) },
      kind: 'file',
      rotate: ROTATION_DOCS['private-key'],
      allowlists: [],
      source: PKCS12_PATH.source
    },
    {
      id: URL_CREDENTIALS_RULE_ID,
      description: 'URL or connection string with an embedded password',
      keywords: ['://'],
      matcher: new JsRegexMatcher(URL_SOURCE, '', ['@']),
      kind: 'assignment',
      rotate: ROTATION_DOCS.url,
      allowlists: [],
      source: URL_SOURCE
    },
    {
      id: GENERIC_RULE_ID,
      description: 'Generic secret assigned to a password, secret, token or API key name',
      keywords: GENERIC_NAMES,
      matcher: new JsRegexMatcher(GENERIC_SOURCE, 'i', GENERIC_OPERATORS),
      entropy: 3.5,
      kind: 'generic',
      rotate: ROTATION_DOCS.generic,
      allowlists: [],
      source: GENERIC_SOURCE
    }
  ]
}
