export const id = 177;
export const ids = [177];
export const modules = {

/***/ 9177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FAIL_ON: () => (/* reexport */ FAIL_ON),
  OsvClient: () => (/* reexport */ OsvClient),
  cvss3BaseScore: () => (/* reexport */ cvss3BaseScore),
  cvss4BaseScore: () => (/* reexport */ cvss4BaseScore),
  definition: () => (/* binding */ definition),
  readAuditInputs: () => (/* reexport */ readAuditInputs)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 27 modules
var src = __webpack_require__(4450);
;// CONCATENATED MODULE: ./packages/audit/src/inputs.ts

const FAIL_ON = {
    values: ['critical', 'high', 'moderate', 'low', 'any', 'never'],
    default: 'high'
};
const SOURCES = ['osv', 'npm'];
const DEFAULT_OSV_URL = 'https://api.osv.dev';
const DEFAULT_NPM_REGISTRY_URL = 'https://registry.npmjs.org';
const DEFAULT_IGNORE_FILE = '.ci-suite/audit-ignore.yml';
function url(reader, name, fallback) {
    const value = reader.string(name, fallback);
    try {
        const parsed = new URL(value);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
            throw new Error('not http');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`${name} must be an http(s) URL, got "${value}"`);
    }
    return value.replace(/\/+$/, '');
}
function readAuditInputs(reader) {
    const sources = reader.list('sources', ['osv']).map(s => s.toLowerCase());
    for (const source of sources) {
        if (!SOURCES.includes(source)) {
            throw new src/* ConfigurationError */.j1(`sources must list ${SOURCES.join(' and/or ')}, got "${source}"`);
        }
    }
    if (sources.length === 0)
        throw new src/* ConfigurationError */.j1(`sources must list at least one of ${SOURCES.join(', ')}`);
    const scope = reader.string('scope');
    if (scope !== undefined && scope !== 'all' && scope !== 'new') {
        throw new src/* ConfigurationError */.j1(`scope must be one of all, new (or empty: new on pull requests), got "${scope}"`);
    }
    return {
        files: reader.list('files'),
        exclude: reader.list('exclude'),
        sources: [...new Set(sources)],
        osvUrl: url(reader, 'osv-url', DEFAULT_OSV_URL),
        npmRegistryUrl: url(reader, 'npm-registry-url', DEFAULT_NPM_REGISTRY_URL),
        scope,
        includeDev: reader.boolean('include-dev', true),
        unknownSeverity: reader.choice('unknown-severity', ['critical', 'high', 'moderate', 'low'], 'moderate'),
        denyLicenses: reader.list('deny-licenses'),
        ignoreFile: reader.string('ignore-file', DEFAULT_IGNORE_FILE),
        pythonEnvironment: reader.boolean('python-environment', false),
        python: reader.string('python', 'python')
    };
}

// EXTERNAL MODULE: ./packages/lockfiles/src/index.ts + 34 modules
var lockfiles_src = __webpack_require__(1269);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/audit/src/concurrency.ts
/** Runs fn over items with at most `limit` in flight; results keep the items' order. */
async function mapWithConcurrency(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./packages/audit/src/service-silence.ts

/** The longest a source may stay silent: 4 attempts of 30 s would otherwise hold a job for two minutes. */
const SERVICE_SILENCE_LIMIT_MS = 60_000;
/**
 * Bounds how long an advisory source may stay silent. Every request's retries end at the last answer plus the limit,
 * so a service that never answers costs the limit once, not every request's attempts times their timeout; a slow
 * but answering service (a large monorepo's thousand record fetches) is never cut off.
 */
class ServiceSilence {
    service;
    limitMs;
    input;
    /** when the service last answered, or when waiting began if nothing was in flight */
    waitingSince = Date.now();
    inFlight = 0;
    /** service: how the error names it; input: the input that points elsewhere (osv-url, npm-registry-url) */
    constructor(service, limitMs, input) {
        this.service = service;
        this.limitMs = limitMs;
        this.input = input;
    }
    /**
     * Runs one request (with its retries) under the deadline. The clock runs only while something is in flight (time
     * spent on the cache between requests does not count), and each answer restarts it.
     */
    async bound(request) {
        if (this.inFlight === 0)
            this.waitingSince = Date.now();
        this.inFlight++;
        const deadline = this.waitingSince + this.limitMs;
        try {
            const answer = await request({ deadline });
            this.waitingSince = Date.now();
            return answer;
        }
        catch (error) {
            if (error instanceof src/* ServiceError */._7 && Date.now() >= deadline) {
                const cause = /\(([^()]*)\): check/.exec(error.message)?.[1];
                throw new src/* ServiceError */._7(`${this.service} did not answer for ${this.limitMs >= 1000 ? `${Math.round(this.limitMs / 1000)} s` : `${this.limitMs} ms`}${cause ? ` (${cause})` : ''}: it is down or out of this runner's reach; re-run later, or set ${this.input} to a mirror the runner can reach`);
            }
            throw error;
        }
        finally {
            this.inFlight--;
        }
    }
}

;// CONCATENATED MODULE: ./packages/audit/src/osv/record-shape.ts
/**
 * What the audit reads from an OSV answer, checked before it is read: a record or a batch result whose fields have
 * the wrong types (a proxy's error page in JSON, a truncated or altered answer) is refused as a whole rather than
 * read half-way. The OSV schema: https://ossf.github.io/osv-schema/
 */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const optional = (v, check) => v === undefined || v === null || check(v);
const isString = (v) => typeof v === 'string';
const arrayOf = (check) => (v) => Array.isArray(v) && v.every(check);
const isSeverity = (v) => isObject(v) && isString(v.type) && isString(v.score);
const isEvent = (v) => isObject(v) && ['introduced', 'fixed', 'last_affected', 'limit'].every(k => optional(v[k], isString));
const isRange = (v) => isObject(v) && optional(v.type, isString) && arrayOf(isEvent)(v.events);
const isAffected = (v) => isObject(v) &&
    optional(v.package, p => isObject(p) && isString(p.name) && isString(p.ecosystem) && optional(p.purl, isString)) &&
    optional(v.ranges, arrayOf(isRange)) &&
    optional(v.versions, arrayOf(isString)) &&
    optional(v.severity, arrayOf(isSeverity)) &&
    optional(v.ecosystem_specific, isObject) &&
    optional(v.database_specific, isObject);
/** True when every field the audit reads has the type the OSV schema gives it. */
function isOsvRecord(v) {
    return (isObject(v) &&
        isString(v.id) &&
        ['summary', 'details', 'modified', 'published', 'withdrawn'].every(k => optional(v[k], isString)) &&
        optional(v.aliases, arrayOf(isString)) &&
        optional(v.affected, arrayOf(isAffected)) &&
        optional(v.severity, arrayOf(isSeverity)) &&
        optional(v.database_specific, isObject));
}
/** One result of `POST /v1/querybatch`: `{}` or `{ vulns: [{ id, modified }], next_page_token }`. */
function isBatchResult(v) {
    return (isObject(v) &&
        optional(v.vulns, arrayOf(x => isObject(x) && isString(x.id) && optional(x.modified, isString))) &&
        optional(v.next_page_token, isString));
}

;// CONCATENATED MODULE: ./packages/audit/src/osv/client.ts






/** osv.dev's limit per querybatch request (OSV's Go bindings: MaxQueriesPerQueryBatchRequest). */
const OSV_BATCH_LIMIT = 1000;
/**
 * The OSV API client: `POST /v1/querybatch` in chunks of at most 1000 queries, re-sending only the queries that
 * carry a `next_page_token`; then `GET /v1/vulns/{id}` once per distinct id, from the run's memory or the cache
 * folder when the cached record is as new as the batch answer says.
 */
class OsvClient {
    options;
    /** HTTP requests made (retries included only once: fetchWithRetry counts as one call here) */
    requests = 0;
    cacheHits = 0;
    fetched = new Set();
    records = new Map();
    base;
    service;
    silence;
    constructor(options) {
        this.options = options;
        this.base = options.url.replace(/\/+$/, '');
        this.service = `OSV (${new URL(this.base).host})`;
        this.silence = new ServiceSilence(this.service, options.silenceLimitMs ?? SERVICE_SILENCE_LIMIT_MS, 'osv-url');
    }
    async queryBatch(queries) {
        const results = queries.map(() => []);
        let pending = queries.map((query, index) => ({ index, query }));
        for (let round = 0; pending.length > 0; round++) {
            if (round > 100)
                throw new src/* ServiceError */._7(`${this.service} kept sending next_page_token after 100 pages: try again later`);
            const next = [];
            for (let start = 0; start < pending.length; start += OSV_BATCH_LIMIT) {
                const chunk = pending.slice(start, start + OSV_BATCH_LIMIT);
                this.requests++;
                const response = await this.silence.bound(retry => (0,src/* fetchJson */.x6)(`${this.base}/v1/querybatch`, { method: 'POST', body: { queries: chunk.map(c => c.query) } }, { ...this.options.retry, ...retry }, this.service));
                if (!response || !Array.isArray(response.results) || response.results.length !== chunk.length) {
                    throw new src/* ServiceError */._7(`${this.service} answered querybatch with ${Array.isArray(response?.results) ? response.results.length : 'no'} results for ${chunk.length} queries: try again later`);
                }
                if (!response.results.every(isBatchResult))
                    throw new src/* ServiceError */._7(`${this.service} answered querybatch with results of the wrong shape: try again later`);
                response.results.forEach((result, i) => {
                    const { index, query } = chunk[i];
                    for (const vuln of result.vulns ?? [])
                        if (vuln && typeof vuln.id === 'string')
                            results[index]?.push(vuln);
                    if (result.next_page_token)
                        next.push({ index, query: { ...query, page_token: result.next_page_token } });
                });
            }
            pending = next;
        }
        return results;
    }
    /** Full records for the refs, each id fetched at most once per run. */
    async vulnerabilities(refs) {
        const distinct = new Map();
        for (const ref of refs)
            if (!distinct.has(ref.id))
                distinct.set(ref.id, ref);
        const records = await mapWithConcurrency([...distinct.values()], this.options.concurrency ?? 8, ref => this.vulnerability(ref));
        return new Map(records.map(r => [r.id, r]));
    }
    vulnerability(ref) {
        let record = this.records.get(ref.id);
        if (!record) {
            record = this.load(ref);
            this.records.set(ref.id, record);
        }
        return record;
    }
    cachePath(id) {
        return this.options.cacheDir
            ? (0,external_node_path_.join)(this.options.cacheDir, `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.json`)
            : undefined;
    }
    async load(ref) {
        const path = this.cachePath(ref.id);
        if (path && (0,external_node_fs_.existsSync)(path)) {
            try {
                const cached = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
                if (isOsvRecord(cached) && cached.id === ref.id && (!ref.modified || cached.modified === ref.modified)) {
                    this.cacheHits++;
                    return cached;
                }
            }
            catch {
                // a damaged cache entry is fetched again
            }
        }
        this.requests++;
        const record = await this.silence.bound(retry => (0,src/* fetchJson */.x6)(`${this.base}/v1/vulns/${encodeURIComponent(ref.id)}`, {}, { ...this.options.retry, ...retry }, this.service));
        if (!isOsvRecord(record)) {
            throw new src/* ServiceError */._7(`${this.service} sent no readable OSV record for ${ref.id}: try again later`);
        }
        this.fetched.add(ref.id);
        if (path) {
            try {
                (0,external_node_fs_.mkdirSync)(this.options.cacheDir, { recursive: true });
                (0,external_node_fs_.writeFileSync)(path, JSON.stringify(record));
            }
            catch (error) {
                this.options.logger.debug(`could not cache ${ref.id}: ${error.message}`);
            }
        }
        return record;
    }
}

;// CONCATENATED MODULE: ./packages/audit/src/severity/cvss3.ts
/**
 * CVSS v3.0 and v3.1 base score, per the specification's section 7 formulas
 * (https://www.first.org/cvss/v3.1/specification-document). Returns undefined for a vector that lacks a base metric.
 */
const WEIGHTS = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    CIA: { H: 0.56, L: 0.22, N: 0 }
};
const PR_UNCHANGED = { N: 0.85, L: 0.62, H: 0.27 };
const PR_CHANGED = { N: 0.85, L: 0.68, H: 0.5 };
/** v3.1 Appendix A: round up to one decimal, avoiding floating-point artefacts. */
function roundUp31(value) {
    const integer = Math.round(value * 100000);
    return integer % 10000 === 0 ? integer / 100000 : (Math.floor(integer / 10000) + 1) / 10;
}
/** v3.0: the smallest number, to one decimal place, that is equal to or higher than its input. */
function roundUp30(value) {
    return Math.ceil(value * 10) / 10;
}
function parseVectorMetrics(vector) {
    const metrics = new Map();
    for (const part of vector.split('/').slice(1)) {
        const [key, value] = part.split(':');
        if (key && value)
            metrics.set(key, value);
    }
    return metrics;
}
function cvss3BaseScore(vector) {
    const version = /^CVSS:3\.([01])\//.exec(vector)?.[1];
    if (version === undefined)
        return undefined;
    const m = parseVectorMetrics(vector);
    const pick = (table, key) => {
        const value = m.get(key);
        return value !== undefined && value in table ? table[value] : undefined;
    };
    const scopeChanged = m.get('S') === 'C';
    if (m.get('S') !== 'U' && !scopeChanged)
        return undefined;
    const av = pick(WEIGHTS.AV, 'AV');
    const ac = pick(WEIGHTS.AC, 'AC');
    const pr = pick(scopeChanged ? PR_CHANGED : PR_UNCHANGED, 'PR');
    const ui = pick(WEIGHTS.UI, 'UI');
    const c = pick(WEIGHTS.CIA, 'C');
    const i = pick(WEIGHTS.CIA, 'I');
    const a = pick(WEIGHTS.CIA, 'A');
    if ([av, ac, pr, ui, c, i, a].some(x => x === undefined))
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = scopeChanged ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
    const exploitability = 8.22 * av * ac * pr * ui;
    if (impact <= 0)
        return 0;
    const roundUp = version === '1' ? roundUp31 : roundUp30;
    return scopeChanged
        ? roundUp(Math.min(1.08 * (impact + exploitability), 10))
        : roundUp(Math.min(impact + exploitability, 10));
}

// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(4353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./packages/audit/src/severity/cvss4.ts

// a CommonJS (webpack) build: Node's ESM loader puts it on `default`, a bundler on the namespace itself
const calculator = (ae_cvss_calculator_default()) ?? ae_cvss_calculator;
if (typeof calculator.Cvss4P0 !== 'function')
    throw new Error('ae-cvss-calculator does not export Cvss4P0');
const REQUIRED = ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'];
/**
 * CVSS v4.0 base score (CVSS-B): the specification scores through MacroVectors, a lookup table of 270 expert-rated
 * equivalence classes and an interpolation within each; ae-cvss-calculator implements FIRST's reference calculator.
 */
function cvss4BaseScore(vector) {
    if (!vector.startsWith('CVSS:4.0/'))
        return undefined;
    const metrics = new Set(vector.split('/').map(part => part.split(':')[0]));
    if (!REQUIRED.every(m => metrics.has(m)))
        return undefined;
    let score;
    try {
        score = new calculator.Cvss4P0(vector).calculateScores().base;
    }
    catch {
        // a vector with an invalid metric value
        return undefined;
    }
    return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
}

;// CONCATENATED MODULE: ./packages/audit/src/severity/levels.ts
const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'unknown'];
const RANK = { low: 1, moderate: 2, high: 3, critical: 4 };
function severityRank(severity) {
    return RANK[severity];
}
/** The qualitative bands of CVSS v3.x and v4 (specification section 5 / "Qualitative Severity Rating Scale"). */
function bandOf(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'moderate';
    // 0.0 is "None": still an advisory someone published, so the lowest band
    return 'low';
}
/** GHSA's `database_specific.severity` (LOW, MODERATE, HIGH, CRITICAL), npm's `info`…`critical`, OSS-Fuzz's words. */
function severityFromWord(word) {
    if (typeof word !== 'string')
        return undefined;
    switch (word.trim().toLowerCase()) {
        case 'critical':
            return 'critical';
        case 'high':
        case 'important':
            return 'high';
        case 'moderate':
        case 'medium':
            return 'moderate';
        case 'low':
        case 'info':
        case 'negligible':
            return 'low';
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/audit/src/severity/record-severity.ts



/** Scores the newest CVSS version given (v4 before v3.x): the record's, else its affected entry's. */
function scoreVectors(severities) {
    const byType = (type) => severities.find(s => s.type === type && typeof s.score === 'string');
    for (const [type, scoreOf] of [
        ['CVSS_V4', cvss4BaseScore],
        ['CVSS_V3', cvss3BaseScore]
    ]) {
        const entry = byType(type);
        const score = entry ? scoreOf(entry.score) : undefined;
        if (entry && score !== undefined)
            return { severity: bandOf(score), score, vector: entry.score, basis: 'cvss' };
    }
    return undefined;
}
/**
 * The severity of an OSV record for one package: CVSS vectors scored per spec, then `database_specific.severity`
 * (GHSA's word), then the affected entry's `ecosystem_specific.severity`, then unknown.
 */
function rateRecord(record, affectedIndex) {
    const affected = affectedIndex === undefined ? undefined : record.affected?.[affectedIndex];
    const scored = scoreVectors(record.severity ?? []) ?? scoreVectors(affected?.severity ?? []);
    if (scored)
        return scored;
    const word = severityFromWord(record.database_specific?.severity) ??
        severityFromWord(affected?.database_specific?.severity) ??
        severityFromWord(affected?.ecosystem_specific?.severity);
    if (word)
        return { severity: word, basis: 'database' };
    return { severity: 'unknown', basis: 'unknown' };
}

// EXTERNAL MODULE: ./packages/audit/node_modules/semver/index.js
var semver = __webpack_require__(9448);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/audit/src/sources/npm-advisories.ts



const optionalString = (v) => v === undefined || v === null || typeof v === 'string';
/** The fields read below have the types arborist expects; anything else is a damaged answer, not "no advisory". */
function isAdvisory(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const a = v;
    const cvss = a.cvss;
    return ((typeof a.id === 'number' || typeof a.id === 'string') &&
        optionalString(a.url) &&
        optionalString(a.title) &&
        optionalString(a.severity) &&
        optionalString(a.vulnerable_versions) &&
        (cvss === undefined ||
            cvss === null ||
            (typeof cvss === 'object' &&
                (cvss.score === undefined || cvss.score === null || typeof cvss.score === 'number') &&
                optionalString(cvss.vectorString))));
}
/**
 * `POST {registry}/-/npm/v1/security/advisories/bulk` with `{ name: [versions] }`; the answer maps names to advisories,
 * matched here against each installed version with `vulnerable_versions` (as arborist does).
 */
async function npmBulkAdvisories(registryUrl, packages, retry = {}, silenceLimitMs = SERVICE_SILENCE_LIMIT_MS) {
    const body = {};
    for (const p of packages) {
        const versions = (body[p.name] ??= []);
        if (!versions.includes(p.version))
            versions.push(p.version);
    }
    if (Object.keys(body).length === 0)
        return { matches: [], requests: 0 };
    const base = registryUrl.replace(/\/+$/, '');
    const service = `the npm registry (${new URL(base).host})`;
    const answer = await new ServiceSilence(service, silenceLimitMs, 'npm-registry-url').bound(deadline => (0,src/* fetchJson */.x6)(`${base}/-/npm/v1/security/advisories/bulk`, { method: 'POST', body }, { ...retry, ...deadline }, service));
    if (!answer || typeof answer !== 'object' || Array.isArray(answer)) {
        throw new src/* ServiceError */._7(`${service} answered the bulk advisory request with something other than an object: try again later`);
    }
    const matches = [];
    for (const [name, advisories] of Object.entries(answer)) {
        if (!Array.isArray(advisories) || !advisories.every(isAdvisory))
            throw new src/* ServiceError */._7(`${service} answered with advisories of the wrong shape for ${name}: try again later`);
        for (const version of body[name] ?? []) {
            for (const advisory of advisories) {
                const range = advisory.vulnerable_versions ?? '*';
                if (!semver_default().valid(version) || !semver_default().satisfies(version, range, { includePrerelease: true }))
                    continue;
                const ghsa = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(advisory.url ?? '')?.[0];
                matches.push({ name, version, advisory, id: ghsa ?? `npm-${advisory.id}` });
            }
        }
    }
    return { matches, requests: 1 };
}

;// CONCATENATED MODULE: ./packages/audit/src/versions.ts

/**
 * Orders version strings well enough to pick the nearest fix: numeric runs compare as numbers, a leading `v` is
 * ignored, and a pre-release (`1.0.0-rc1`, `1.0rc1`, `1.0.0.beta`) sorts before its release.
 */
function compareVersions(a, b) {
    const tokens = (v) => v
        .replace(/^v/i, '')
        .split(/[+]/)[0]
        .match(/\d+|[A-Za-z]+/g) ?? [];
    const ta = tokens(a);
    const tb = tokens(b);
    for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
        const x = ta[i];
        const y = tb[i];
        if (x === y)
            continue;
        // a release is newer than anything that adds a word after it (1.0 > 1.0rc1) and older than 1.0.1
        if (x === undefined)
            return /^\d/.test(y) ? -1 : 1;
        if (y === undefined)
            return /^\d/.test(x) ? 1 : -1;
        const nx = /^\d/.test(x);
        const ny = /^\d/.test(y);
        if (nx && ny)
            return Number(x) - Number(y) || x.length - y.length;
        if (nx !== ny)
            return nx ? 1 : -1;
        return x < y ? -1 : 1;
    }
    return 0;
}
const sameName = (ecosystem, a, b) => ecosystem === 'PyPI'
    ? (0,lockfiles_src/* pep503Name */.fq)(a) === (0,lockfiles_src/* pep503Name */.fq)(b)
    : ecosystem === 'npm' || ecosystem === 'Go'
        ? a === b
        : a.toLowerCase() === b.toLowerCase();
/** The affected entry of a record for this package (its index, for per-entry severity). */
function affectedEntry(record, ecosystem, name) {
    const index = (record.affected ?? []).findIndex(a => a.package && a.package.ecosystem.split(':')[0] === ecosystem && sameName(ecosystem, a.package.name, name));
    return index === -1 ? undefined : { entry: record.affected[index], index };
}
/**
 * The versions that fix the installed one: for each SEMVER/ECOSYSTEM range, the `fixed` event that closes the
 * interval the installed version is in (a range's events come sorted by version, as the schema requires).
 */
function fixedVersions(record, ecosystem, name, installed) {
    const fixes = new Set();
    for (const a of record.affected ?? []) {
        if (!a.package || a.package.ecosystem.split(':')[0] !== ecosystem || !sameName(ecosystem, a.package.name, name))
            continue;
        for (const range of a.ranges ?? []) {
            if (range.type === 'GIT')
                continue;
            let introduced;
            for (const event of range.events) {
                if (typeof event.introduced === 'string')
                    introduced = event.introduced;
                if (typeof event.fixed === 'string') {
                    const inside = (introduced === '0' || introduced === undefined || compareVersions(installed, introduced) >= 0) &&
                        compareVersions(installed, event.fixed) < 0;
                    if (inside)
                        fixes.add(event.fixed);
                    introduced = undefined;
                }
            }
        }
    }
    return [...fixes].sort(compareVersions);
}

;// CONCATENATED MODULE: ./packages/audit/src/advisories.ts








/**
 * `ecosystem NUL name NUL version` as OSV spells them: PyPI names per PEP 503, Go versions without the `v` that go.mod
 * writes (OSV's Go records, and osv-scanner's queries, use bare semver).
 */
function packageKey(ecosystem, name, version) {
    const osvName = ecosystem === 'PyPI' ? (0,lockfiles_src/* pep503Name */.fq)(name) : name;
    const osvVersion = ecosystem === 'Go' ? version.replace(/^v/, '') : version;
    return `${ecosystem}\u0000${osvName}\u0000${osvVersion}`;
}
function isAuditable(pkg) {
    return (pkg.source ?? 'registry') === 'registry' && pkg.version !== '';
}
const PREFERRED_PREFIXES = ['GHSA-', 'PYSEC-', 'GO-', 'RUSTSEC-', 'CVE-'];
function primaryId(ids) {
    for (const prefix of PREFERRED_PREFIXES) {
        const hit = ids.filter(i => i.startsWith(prefix)).sort()[0];
        if (hit)
            return hit;
    }
    return [...ids].sort()[0];
}
function betterRating(a, b) {
    const rank = (r) => (r.severity === 'unknown' ? 0 : severityRank(r.severity) * 10) + (r.basis === 'cvss' ? 1 : 0);
    if (rank(b) !== rank(a))
        return rank(b) > rank(a) ? b : a;
    return (b.score ?? 0) > (a.score ?? 0) ? b : a;
}
/** Records that share an id or an alias are one advisory (a PYSEC record and the GHSA it aliases). */
function groupRecords(records) {
    const parent = new Map();
    const find = (x) => {
        let root = x;
        while (parent.get(root) !== root)
            root = parent.get(root) ?? root;
        parent.set(x, root);
        return root;
    };
    const union = (a, b) => {
        if (!parent.has(a))
            parent.set(a, a);
        if (!parent.has(b))
            parent.set(b, b);
        parent.set(find(a), find(b));
    };
    for (const r of records) {
        union(r.id, r.id);
        for (const alias of r.aliases ?? [])
            union(r.id, alias);
    }
    const groups = new Map();
    for (const r of records) {
        const root = find(r.id);
        groups.set(root, [...(groups.get(root) ?? []), r]);
    }
    return [...groups.values()];
}
function advisoryFromRecords(records, ecosystem, name, version) {
    const ids = [...new Set(records.flatMap(r => [r.id, ...(r.aliases ?? [])]))];
    // the id of a record we hold (OSV's own id), preferring GHSA's
    const id = primaryId(records.map(r => r.id));
    let rating = { severity: 'unknown', basis: 'unknown' };
    const fixes = new Set();
    for (const record of records) {
        rating = betterRating(rating, rateRecord(record, affectedEntry(record, ecosystem, name)?.index));
        for (const fix of fixedVersions(record, ecosystem, name, version))
            fixes.add(fix);
    }
    const main = records.find(r => r.id === id) ?? records[0];
    return {
        id,
        aliases: ids.filter(i => i !== id).sort(),
        title: (main.summary ?? records.find(r => r.summary)?.summary ?? main.details?.split('\n')[0] ?? id).trim(),
        url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
        rating,
        fixedIn: [...fixes].sort(compareVersions),
        sources: ['osv']
    };
}
function npmRating(score, vector, severity) {
    const computed = vector ? (cvss4BaseScore(vector) ?? cvss3BaseScore(vector)) : undefined;
    if (computed !== undefined && vector)
        return { severity: bandOf(computed), score: computed, vector, basis: 'cvss' };
    if (score)
        return { severity: bandOf(score), score, basis: 'cvss' };
    const word = severityFromWord(severity);
    return word ? { severity: word, basis: 'database' } : { severity: 'unknown', basis: 'unknown' };
}
/**
 * Asks each source about every distinct package version once. An unreachable source throws a ServiceError: the caller
 * turns it into status `error`, never into "no vulnerabilities".
 */
async function lookupAdvisories(packages, options) {
    const distinct = new Map();
    for (const pkg of packages)
        if (isAuditable(pkg))
            distinct.set(packageKey(pkg.ecosystem, pkg.name, pkg.version), pkg);
    const keys = [...distinct.keys()];
    const byPackage = new Map();
    const requests = { osvBatch: 0, osvVulns: 0, npm: 0 };
    let cacheHits = 0;
    let fetched = 0;
    if (options.sources.includes('osv') && keys.length > 0) {
        const client = new OsvClient({
            url: options.osvUrl,
            logger: options.logger,
            cacheDir: options.cacheDir,
            retry: options.retry,
            silenceLimitMs: options.silenceLimitMs
        });
        const refs = await client.queryBatch(keys.map(key => {
            const [ecosystem, name, version] = key.split('\u0000');
            return { package: { ecosystem, name }, version };
        }));
        requests.osvBatch = client.requests;
        const allRefs = refs.flat();
        await options.beforeRecords?.([...new Set(allRefs.map(r => r.id))]);
        const records = await client.vulnerabilities(allRefs);
        requests.osvVulns = client.requests - requests.osvBatch;
        cacheHits = client.cacheHits;
        fetched = client.fetched.size;
        keys.forEach((key, i) => {
            const pkg = distinct.get(key);
            const found = (refs[i] ?? [])
                .map(r => records.get(r.id))
                .filter((r) => r !== undefined && !r.withdrawn);
            if (found.length > 0)
                byPackage.set(key, groupRecords(found).map(group => advisoryFromRecords(group, pkg.ecosystem, pkg.name, pkg.version)));
        });
    }
    if (options.sources.includes('npm')) {
        const npmPackages = [...distinct.values()].filter(p => p.ecosystem === 'npm');
        const { matches, requests: made } = await npmBulkAdvisories(options.npmRegistryUrl, npmPackages, options.retry, options.silenceLimitMs);
        requests.npm = made;
        for (const match of matches) {
            const key = packageKey('npm', match.name, match.version);
            const list = byPackage.get(key) ?? [];
            const existing = list.find(a => a.id === match.id || a.aliases.includes(match.id));
            if (existing) {
                if (!existing.sources.includes('npm'))
                    existing.sources.push('npm');
                continue;
            }
            list.push({
                id: match.id,
                aliases: [],
                title: match.advisory.title ?? match.id,
                url: match.advisory.url ?? `https://osv.dev/vulnerability/${match.id}`,
                rating: npmRating(match.advisory.cvss?.score, match.advisory.cvss?.vectorString, match.advisory.severity),
                fixedIn: [],
                sources: ['npm']
            });
            byPackage.set(key, list);
        }
    }
    return { byPackage, requests, cacheHits, fetched };
}

;// CONCATENATED MODULE: ./packages/audit/src/collect.ts


/**
 * The lockfiles to audit, as paths relative to the repository top level: the files input (paths or globs, as sbom
 * reads it), or all found under the working directory.
 */
async function lockfilePaths(files, exclude, workingDirectory, repoRoot) {
    const toRepo = (absolute) => (0,external_node_path_.relative)(repoRoot, absolute).split('\\').join('/');
    const selected = await (0,lockfiles_src/* selectLockfiles */.jv)(files, workingDirectory, { exclude, shownAs: toRepo(workingDirectory) || '.' });
    return selected.map(s => ({ ...s, path: toRepo(s.path) }));
}
/** The lockfiles as they are now; a parse error in one that discovery found names the exclude glob that leaves it out. */
async function loadHeadLockfiles(selected, repoRoot, workingDirectory) {
    return Promise.all(selected.map(s => (0,lockfiles_src/* loadLockfile */.Ud)(s.path, repoRoot, { discoveredFrom: s.discovered ? workingDirectory : undefined })));
}
/**
 * The same lockfiles as they were at a base commit (`git show base:path`), with their neighbours (manifest, includes,
 * go.sum) read from that commit too. A lockfile the base did not have yields nothing: all of it is new.
 */
async function loadBaseLockfiles(git, base, paths, logger) {
    const lockfiles = [];
    for (const path of paths) {
        const text = await git.show(base, path);
        if (text === undefined)
            continue;
        const neighbours = new Map();
        // parse, fetch what the parser asked for, parse again: neighbours are only known once asked for
        for (let round = 0; round < 4; round++) {
            const missing = [];
            const readRelative = (rel) => {
                const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), rel));
                if (!neighbours.has(target))
                    missing.push(target);
                return neighbours.get(target);
            };
            try {
                const lockfile = (0,lockfiles_src/* parseLockfile */.tg)(path, text, { readRelative });
                if (missing.length === 0) {
                    lockfiles.push(lockfile);
                    break;
                }
            }
            catch (error) {
                if (missing.length === 0) {
                    logger.warning(`base ${base.slice(0, 7)}: ${error.message}: its vulnerabilities all count as new`);
                    break;
                }
            }
            for (const target of missing)
                neighbours.set(target, await git.show(base, target));
        }
    }
    return lockfiles;
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/audit/src/ignore-file.ts



const DATE = /^\d{4}-\d{2}-\d{2}$/;
function dateString(value, where) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (value instanceof Date && !Number.isNaN(value.getTime()))
        return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && DATE.test(value.trim()))
        return value.trim();
    // smol-toml gives TOML dates as its own Date subclass
    if (typeof value === 'object' && typeof value.toISOString === 'function')
        return value.toISOString().slice(0, 10);
    throw new src/* ConfigurationError */.j1(`${where}: expires must be a date as YYYY-MM-DD, got "${String(value)}"`);
}
/** `.ci-suite/audit-ignore.yml`: `ignore:` entries with id, optional package, required reason, optional expires. */
function parseIgnoreFile(file, text) {
    let doc;
    try {
        doc = js_yaml/* default.load */.Ay.load(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${file}: not valid YAML (${error.message.split('\n')[0]})`);
    }
    if (doc === undefined || doc === null)
        return [];
    const list = doc.ignore;
    if (typeof doc !== 'object' || !Array.isArray(list)) {
        throw new src/* ConfigurationError */.j1(`${file}: expected a top-level "ignore:" list of entries with id and reason`);
    }
    const lines = text.split('\n');
    let searchFrom = 0;
    return list.map((raw, i) => {
        const entry = (raw ?? {});
        const id = typeof entry.id === 'string' ? entry.id.trim() : '';
        const lineIndex = lines.findIndex((l, n) => n >= searchFrom && l.includes(id) && /\bid\s*:/.test(l));
        if (lineIndex !== -1)
            searchFrom = lineIndex + 1;
        const where = `${file}${lineIndex === -1 ? '' : `:${lineIndex + 1}`} (entry ${i + 1}${id ? `, ${id}` : ''})`;
        if (!id)
            throw new src/* ConfigurationError */.j1(`${where}: every entry needs an id (GHSA-…, CVE-…, PYSEC-…)`);
        const reason = typeof entry.reason === 'string' ? entry.reason.trim() : '';
        if (!reason)
            throw new src/* ConfigurationError */.j1(`${where}: a reason is required: say why ${id} may be ignored`);
        return {
            id,
            ...(typeof entry.package === 'string' && entry.package.trim() ? { package: entry.package.trim() } : {}),
            reason,
            ...(dateString(entry.expires, where) ? { expires: dateString(entry.expires, where) } : {}),
            source: file,
            ...(lineIndex === -1 ? {} : { line: lineIndex + 1 })
        };
    });
}
/** osv-scanner's `osv-scanner.toml`: `[[IgnoredVulns]]` with id, optional ignoreUntil and reason. */
function parseOsvScannerConfig(file, text) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`${file}: not valid TOML (${error.message.split('\n')[0]})`);
    }
    const list = (doc.IgnoredVulns ?? []);
    if (!Array.isArray(list))
        throw new src/* ConfigurationError */.j1(`${file}: IgnoredVulns must be an array of tables ([[IgnoredVulns]])`);
    return list.map((entry, i) => {
        const id = typeof entry.id === 'string' ? entry.id.trim() : '';
        const where = `${file} ([[IgnoredVulns]] ${i + 1})`;
        if (!id)
            throw new src/* ConfigurationError */.j1(`${where}: id is missing`);
        const expires = dateString(entry.ignoreUntil, where);
        return {
            id,
            ...(typeof entry.reason === 'string' && entry.reason.trim() ? { reason: entry.reason.trim() } : {}),
            ...(expires ? { expires } : {}),
            source: file
        };
    });
}
function isExpired(entry, today) {
    return entry.expires !== undefined && entry.expires < today;
}

;// CONCATENATED MODULE: ./packages/audit/src/licenses.ts
/**
 * Whether an SPDX expression is denied: every alternative of an OR must contain a denied license (the user may pick
 * any alternative), and an AND is denied when any part is. `WITH` exceptions keep the license they modify.
 */
function deniedLicense(expression, denied) {
    const deny = new Set(denied.map(d => d.toLowerCase()));
    const alternatives = splitTop(expression, 'OR');
    const hits = [];
    for (const alternative of alternatives) {
        const parts = splitTop(alternative, 'AND')
            .map(p => p
            .replace(/^\(+|\)+$/g, '')
            .replace(/\s+WITH\s+.*$/i, '')
            .trim())
            .map(p => p.includes(' OR ') || p.includes(' AND ') ? deniedLicense(p, denied) : deny.has(p.toLowerCase()) ? p : undefined);
        const hit = parts.find(p => p !== undefined);
        if (!hit)
            return undefined;
        hits.push(hit);
    }
    return hits[0];
}
function splitTop(expression, operator) {
    let text = expression.trim();
    while (text.startsWith('(') && text.endsWith(')') && balanced(text.slice(1, -1)))
        text = text.slice(1, -1).trim();
    const parts = [];
    let depth = 0;
    let start = 0;
    const tokens = text.split(/(\s+|\(|\))/);
    let offset = 0;
    for (const token of tokens) {
        if (token === '(')
            depth++;
        else if (token === ')')
            depth--;
        else if (depth === 0 && token.toUpperCase() === operator) {
            parts.push(text.slice(start, offset).trim());
            start = offset + token.length;
        }
        offset += token.length;
    }
    parts.push(text.slice(start).trim());
    return parts.filter(Boolean);
}
function balanced(text) {
    let depth = 0;
    for (const c of text) {
        if (c === '(')
            depth++;
        if (c === ')' && --depth < 0)
            return false;
    }
    return depth === 0;
}

;// CONCATENATED MODULE: ./packages/audit/src/not-auditable.ts


/** Why a locked package cannot be looked up in an advisory database, or undefined when it can. */
function notAuditableReason(pkg) {
    if (isAuditable(pkg))
        return undefined;
    const source = pkg.source ?? 'registry';
    if (lockfiles_src/* LOCAL_SOURCES */.p_.has(source))
        return `local package (${source === 'workspace' ? 'a workspace member' : `a ${source}: dependency`}): in no advisory database`;
    if (source === 'git')
        return 'a git source, not a released version';
    if (source === 'url')
        return 'a tarball URL, not a released version';
    return 'no version in the lockfile';
}
/**
 * The packages the audit skips, listed beside the unpinned requirements so nothing is skipped in silence: the
 * project's own workspace members and folders, git and URL sources. One row per package and lockfile.
 */
function notAuditablePackages(packages) {
    const rows = new Map();
    for (const { pkg, file } of packages) {
        const reason = notAuditableReason(pkg);
        if (!reason)
            continue;
        const where = file ?? pkg.file;
        rows.set(`${where}\u0000${pkg.name}\u0000${pkg.version}`, {
            name: pkg.name,
            spec: pkg.version ? `@${pkg.version}` : '',
            file: where,
            ...(pkg.line !== undefined ? { line: pkg.line } : {}),
            reason
        });
    }
    return [...rows.values()];
}

;// CONCATENATED MODULE: ./packages/audit/src/policy.ts



/** The severity the gate judges: `unknown` counts as the unknown-severity input says (moderate by default). */
function gatedSeverity(severity, unknownSeverity) {
    return severity === 'unknown' ? unknownSeverity : severity;
}
/** Whether a vulnerability of this severity fails the gate at this fail-on level (`never` judges at the default). */
function failsAt(severity, level) {
    if (level === 'any')
        return true;
    if (level === 'never')
        return false;
    return severityRank(severity) >= severityRank(level);
}
const samePackage = (ecosystem, a, b) => ecosystem === 'PyPI' ? (0,lockfiles_src/* pep503Name */.fq)(a) === (0,lockfiles_src/* pep503Name */.fq)(b) : a.toLowerCase() === b.toLowerCase();
/** An entry matches any of the advisory's ids (aliases included) and, when it names one, the package. */
function decideIgnore(entries, ids, ecosystem, packageName, today) {
    const wanted = new Set(ids.map(i => i.toUpperCase()));
    const matching = entries.filter(e => wanted.has(e.id.toUpperCase()) && (!e.package || samePackage(ecosystem, e.package, packageName)));
    return {
        ignoredBy: matching.find(e => !isExpired(e, today)),
        expired: matching.filter(e => isExpired(e, today))
    };
}

;// CONCATENATED MODULE: ./packages/audit/src/python-environment.ts


const PYTHON_ENVIRONMENT = '(python environment)';
/** What `python -m pip list --format=json` says is installed, as a lockfile without a file (runbooks' bare pip-audit). */
async function pythonEnvironment(python, cwd) {
    const result = await (0,src/* runProcess */.R3)(python, ['-m', 'pip', 'list', '--format=json', '--disable-pip-version-check'], {
        cwd,
        timeoutMs: 120_000
    });
    if (result.notFound)
        throw new src/* ConfigurationError */.j1(`python-environment: ${python} was not found: set up Python first or set the python input`);
    if (result.exitCode !== 0) {
        throw new src/* ConfigurationError */.j1(`python-environment: ${python} -m pip list failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop() ?? ''}`);
    }
    let listed;
    try {
        listed = JSON.parse(result.stdout);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`python-environment: pip list did not print JSON: check that ${python} runs pip 9 or later`);
    }
    const packages = listed.map(p => {
        const purl = (0,lockfiles_src/* packageUrl */.EH)('PyPI', p.name, p.version);
        return {
            id: purl,
            ecosystem: 'PyPI',
            name: p.name,
            version: p.version,
            purl,
            direct: true,
            dev: false,
            path: [p.name],
            dependencies: [],
            file: PYTHON_ENVIRONMENT,
            hashes: [],
            source: p.editable_project_location ? 'file' : 'registry'
        };
    });
    return { file: PYTHON_ENVIRONMENT, format: 'pip-list', ecosystem: 'PyPI', packages, unpinned: [] };
}

;// CONCATENATED MODULE: ./packages/audit/src/report.ts


const describeSeverity = (v) => `${v.advisory.rating.severity}${v.advisory.rating.score !== undefined ? ` ${v.advisory.rating.score.toFixed(1)}` : ''}`;
const introducedBy = (v) => (v.pkg.direct ? 'direct' : `via ${v.pkg.path.slice(0, -1).join(' > ')}`);
/** The report's findings (CONTRACT.md "audit"): every vulnerability, ignored and pre-existing ones flagged. */
function vulnerabilityFinding(v) {
    const { advisory, pkg } = v;
    return {
        ruleId: advisory.id,
        severity: advisory.rating.severity,
        message: `${pkg.name}@${pkg.version}: ${advisory.title}`,
        ...(v.file ? { file: v.file } : {}),
        ...(v.file && pkg.line ? { line: pkg.line } : {}),
        fingerprint: (0,src/* fingerprint */.Rj)('audit', v.file ?? 'environment', pkg.ecosystem, pkg.name, pkg.version, advisory.id),
        ecosystem: pkg.ecosystem,
        package: pkg.name,
        version: pkg.version,
        id: advisory.id,
        aliases: advisory.aliases,
        fixedIn: advisory.fixedIn,
        ...(advisory.rating.score !== undefined ? { score: advisory.rating.score } : {}),
        ...(advisory.rating.vector ? { vector: advisory.rating.vector } : {}),
        direct: pkg.direct,
        dev: pkg.dev,
        path: pkg.path,
        url: advisory.url,
        sources: advisory.sources,
        failing: v.failing,
        ...(v.ignoredBy
            ? {
                ignored: {
                    reason: v.ignoredBy.reason ?? '',
                    expires: v.ignoredBy.expires ?? null,
                    source: v.ignoredBy.source
                }
            }
            : {}),
        ...(v.preExisting ? { preExisting: true } : {})
    };
}
function licenseFinding(l, failing) {
    return {
        ruleId: 'denied-license',
        severity: 'high',
        message: `${l.pkg.name}@${l.pkg.version} is licensed ${l.license}, which deny-licenses names (${l.denied})`,
        ...(l.file ? { file: l.file } : {}),
        ...(l.file && l.pkg.line ? { line: l.pkg.line } : {}),
        fingerprint: (0,src/* fingerprint */.Rj)('audit-license', l.file ?? 'environment', l.pkg.ecosystem, l.pkg.name, l.license),
        ecosystem: l.pkg.ecosystem,
        package: l.pkg.name,
        version: l.pkg.version,
        license: l.license,
        failing,
        ...(l.preExisting ? { preExisting: true } : {})
    };
}
function annotationsFor(vulnerabilities, licenses, failingLicense) {
    const rank = { critical: 5, high: 4, moderate: 3, low: 2, unknown: 1 };
    const annotations = vulnerabilities
        .filter(v => !v.ignoredBy && v.file)
        .map(v => ({
        level: v.failing ? 'error' : 'warning',
        title: `${v.advisory.id} (${describeSeverity(v)}) in ${v.pkg.name}@${v.pkg.version}`,
        message: `${v.advisory.title}. ${v.advisory.fixedIn.length > 0 ? `Fixed in ${v.advisory.fixedIn.join(', ')}` : 'No fixed version yet'}; ${introducedBy(v)}${v.pkg.dev ? ' (dev)' : ''}.`,
        file: v.file,
        line: v.pkg.line ?? 1,
        priority: rank[v.advisory.rating.severity] + (v.failing ? 10 : 0)
    }));
    for (const l of licenses) {
        if (!l.file)
            continue;
        annotations.push({
            level: failingLicense(l) ? 'error' : 'warning',
            title: `Denied license ${l.license} in ${l.pkg.name}@${l.pkg.version}`,
            message: `deny-licenses names ${l.denied}`,
            file: l.file,
            line: l.pkg.line ?? 1,
            priority: 8
        });
    }
    return annotations;
}
const BAND_SCORE = { critical: 9.5, high: 8, moderate: 5.5, low: 2, unknown: 5 };
/** SARIF with the lockfile line as the location and GitHub's security-severity from the CVSS score. */
function auditSarif(vulnerabilities, version = '0.1.0') {
    const rules = new Map();
    const results = vulnerabilities
        .filter(v => !v.ignoredBy)
        .map(v => {
        const { advisory } = v;
        if (!rules.has(advisory.id)) {
            rules.set(advisory.id, {
                id: advisory.id,
                name: advisory.id,
                shortDescription: advisory.title,
                fullDescription: `${advisory.title}${advisory.aliases.length > 0 ? ` (also ${advisory.aliases.join(', ')})` : ''}`,
                helpUri: advisory.url,
                help: `${advisory.title}. ${advisory.fixedIn.length > 0 ? `Upgrade to ${advisory.fixedIn.join(' or ')}.` : 'No fixed version is published yet.'} ${advisory.url}`,
                level: v.failing ? 'error' : 'warning',
                securitySeverity: advisory.rating.score ?? BAND_SCORE[advisory.rating.severity],
                tags: ['security', 'vulnerability', v.pkg.ecosystem]
            });
        }
        return {
            ruleId: advisory.id,
            level: v.failing ? 'error' : 'warning',
            message: `${v.pkg.name}@${v.pkg.version} is affected by ${advisory.id} (${describeSeverity(v)}): ${advisory.title}`,
            file: v.file,
            line: v.pkg.line ?? 1,
            fingerprint: (0,src/* fingerprint */.Rj)('audit', v.file ?? 'environment', v.pkg.ecosystem, v.pkg.name, advisory.id)
        };
    });
    return (0,src/* buildSarif */.Ep)({ name: 'ci-suite audit', version }, [...rules.values()], results);
}
/** Output `vulnerabilities`: counts by severity of the advisories found (ignored ones left out). */
function vulnerabilityCounts(vulnerabilities) {
    const counts = Object.fromEntries(SEVERITIES.map(s => [s, 0]));
    const seen = new Set();
    for (const v of vulnerabilities) {
        if (v.ignoredBy)
            continue;
        const key = `${v.pkg.ecosystem}\u0000${v.pkg.name}\u0000${v.pkg.version}\u0000${v.advisory.id}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        counts[v.advisory.rating.severity]++;
    }
    return counts;
}


;// CONCATENATED MODULE: ./packages/audit/src/summary.ts


const ORDER = { critical: 0, high: 1, moderate: 2, low: 3, unknown: 4 };
const MAX_ROWS = 50;
function sortVulnerabilities(list) {
    return [...list].sort((a, b) => Number(b.failing) - Number(a.failing) ||
        ORDER[a.advisory.rating.severity] - ORDER[b.advisory.rating.severity] ||
        (b.advisory.rating.score ?? 0) - (a.advisory.rating.score ?? 0) ||
        a.pkg.name.localeCompare(b.pkg.name));
}
function rows(list) {
    return list.map(v => [
        [(0,src/* inlineCode */.ti)(v.pkg.name), ...(v.file ? [` (${v.file})`] : [])],
        v.pkg.version,
        [
            (0,src/* link */.nf)(v.advisory.id, v.advisory.url),
            ...(v.advisory.aliases.length > 0 ? [` ${v.advisory.aliases.join(', ')}`] : [])
        ],
        `${describeSeverity(v)}${v.advisory.rating.severity === 'unknown' ? ` (gated as ${v.gated})` : ''}${v.failing ? ' ✗' : ''}`,
        v.advisory.fixedIn.length > 0 ? v.advisory.fixedIn.join(', ') : 'no fix yet',
        introducedBy(v),
        v.pkg.dev ? 'dev' : 'runtime'
    ]);
}
const HEADER = ['Package', 'Installed', 'Advisory', 'Severity', 'Fixed in', 'Introduced', 'Scope'];
function vulnerabilityTable(list) {
    const sorted = sortVulnerabilities(list);
    const blocks = [(0,src/* table */.tp)(HEADER, rows(sorted.slice(0, MAX_ROWS)))];
    if (sorted.length > MAX_ROWS)
        blocks.push((0,src/* paragraph */.FY)(`${sorted.length - MAX_ROWS} more in the JSON report.`));
    return blocks;
}
function summarySections(input) {
    const blocks = [];
    if (input.upgrades.length > 0) {
        blocks.push((0,src/* paragraph */.FY)('Best upgrades:'), (0,src/* list */.p_)(input.upgrades
            .slice(0, 10)
            .map(u => [
            `upgrade `,
            (0,src/* inlineCode */.ti)(u.name),
            ` from ${u.from} to `,
            (0,src/* inlineCode */.ti)(u.to),
            `: fixes ${u.fixes}`
        ])));
    }
    if (input.active.length > 0) {
        blocks.push(...vulnerabilityTable(input.active));
        const vectors = new Map(input.active.filter(v => v.advisory.rating.vector).map(v => [v.advisory.id, v.advisory.rating]));
        if (vectors.size > 0) {
            blocks.push((0,src/* details */.zH)('CVSS vectors', [
                (0,src/* list */.p_)([...vectors].map(([id, r]) => [`${id}: ${r.score?.toFixed(1)} `, (0,src/* inlineCode */.ti)(r.vector)]))
            ]));
        }
    }
    if (input.expiredEntries.length > 0) {
        blocks.push((0,src/* paragraph */.FY)(`Expired ignore entries (no longer ignoring): ${input.expiredEntries
            .map(e => `${e.id}${e.package ? ` (${e.package})` : ''} expired ${e.expires} in ${e.source}${e.line ? `:${e.line}` : ''}`)
            .join('; ')}`));
    }
    if (input.licenses.length > 0) {
        blocks.push((0,src/* table */.tp)(['Package', 'Version', 'License', 'Denied'], input.licenses.map(l => [
            [(0,src/* inlineCode */.ti)(l.pkg.name), ...(l.file ? [` (${l.file})`] : [])],
            l.pkg.version,
            l.license,
            `${l.denied}${l.preExisting ? ' (already on the base)' : ''}`
        ])));
    }
    if (input.preExisting.length > 0) {
        blocks.push((0,src/* details */.zH)(`${input.preExisting.length} already on the base branch (not failing this pull request)`, vulnerabilityTable(input.preExisting)));
    }
    if (input.ignored.length > 0) {
        blocks.push((0,src/* details */.zH)(`${input.ignored.length} ignored`, [
            (0,src/* table */.tp)(['Package', 'Advisory', 'Severity', 'Reason', 'Expires', 'Entry'], input.ignored.map(v => [
                `${v.pkg.name}@${v.pkg.version}`,
                (0,src/* link */.nf)(v.advisory.id, v.advisory.url),
                describeSeverity(v),
                v.ignoredBy?.reason ?? '(no reason given)',
                v.ignoredBy?.expires ?? 'never',
                `${v.ignoredBy?.source}${v.ignoredBy?.line ? `:${v.ignoredBy.line}` : ''}`
            ]))
        ]));
    }
    if (input.unpinned.length > 0) {
        const shown = input.unpinned.slice(0, MAX_ROWS);
        const pinnable = input.unpinned.some(u => /pinned|no version given/.test(u.reason));
        blocks.push((0,src/* details */.zH)(`${input.unpinned.length} not auditable`, [
            (0,src/* table */.tp)(['Package or requirement', 'Where', 'Why'], shown.map(u => [
                // a locked package's spec is `@version`; a requirement's is its specifier (`>=4.2`)
                u.spec.startsWith('@') ? `${u.name}${u.spec}` : `${u.name} ${u.spec}`.trim(),
                `${u.file}${u.line ? `:${u.line}` : ''}`,
                u.reason
            ])),
            ...(input.unpinned.length > shown.length
                ? [(0,src/* paragraph */.FY)(`${input.unpinned.length - shown.length} more in the JSON report.`)]
                : []),
            ...(pinnable
                ? [
                    (0,src/* paragraph */.FY)('Pin requirements with == (pip-compile, uv pip compile or poetry export write pinned files) so they can be audited.')
                ]
                : [])
        ]));
    }
    if (input.denyLicenses.length > 0 && input.unknownLicenses.length > 0) {
        const shown = input.unknownLicenses.slice(0, MAX_ROWS);
        blocks.push((0,src/* details */.zH)(`${input.unknownLicenses.length} packages with no known license (never failed on)`, [
            (0,src/* paragraph */.FY)('Neither their lockfile nor an installed copy (node_modules, or the site-packages of a Python environment) names a license. Install the dependencies (', (0,src/* inlineCode */.ti)('npm ci'), ', ', (0,src/* inlineCode */.ti)('pip install -r requirements.txt'), ') before this step to read them.'),
            (0,src/* list */.p_)(shown.map(name => [name])),
            ...(input.unknownLicenses.length > shown.length
                ? [(0,src/* paragraph */.FY)(`${input.unknownLicenses.length - shown.length} more in the JSON report.`)]
                : [])
        ]));
    }
    return blocks;
}
function fixBlocks(upgrades, failing, ignoreFile) {
    const blocks = [];
    const relevant = upgrades.filter(u => failing.some(v => v.pkg.name === u.name && v.pkg.version === u.from));
    if (relevant.length > 0) {
        blocks.push((0,src/* list */.p_)(relevant.slice(0, 5).map(u => [`upgrade `, (0,src/* inlineCode */.ti)(u.name), ` to `, (0,src/* inlineCode */.ti)(u.to), ` (fixes ${u.fixes})`])));
    }
    const example = failing[0];
    if (example) {
        blocks.push((0,src/* paragraph */.FY)(`If a vulnerability does not affect you, add it to `, (0,src/* inlineCode */.ti)(ignoreFile), ` with a reason and an expiry:`), {
            kind: 'code',
            lang: 'yaml',
            text: `ignore:\n  - id: ${example.advisory.id}\n    package: ${example.pkg.name}\n    reason: not reachable in our deployment\n    expires: ${new Date(Date.now() + 90 * 86400_000).toISOString().slice(0, 10)}\n`
        });
    }
    return blocks;
}

;// CONCATENATED MODULE: ./packages/audit/src/upgrades.ts

/**
 * Per vulnerable package version, the fixed version that fixes the most of its advisories (the lowest such version):
 * "upgrade jinja2 to 3.1.4: fixes 3". Sorted by what they fix, most first.
 */
function bestUpgrades(vulnerabilities) {
    const byPackage = new Map();
    for (const v of vulnerabilities) {
        const key = `${v.pkg.ecosystem}\u0000${v.pkg.name}\u0000${v.pkg.version}`;
        byPackage.set(key, [...(byPackage.get(key) ?? []), v]);
    }
    const upgrades = [];
    for (const list of byPackage.values()) {
        const { pkg } = list[0];
        const advisories = new Map(list.map(v => [v.advisory.id, v.advisory]));
        const candidates = [...new Set([...advisories.values()].flatMap(a => a.fixedIn))].sort(compareVersions);
        let best;
        for (const candidate of candidates) {
            // an advisory is fixed by the candidate when one of its fixes lies between the installed version and it
            const fixes = [...advisories.values()].filter(a => a.fixedIn.some(f => compareVersions(f, candidate) <= 0 && compareVersions(f, pkg.version) > 0)).length;
            if (!best || fixes > best.fixes)
                best = { to: candidate, fixes };
        }
        if (best && best.fixes > 0)
            upgrades.push({ ecosystem: pkg.ecosystem, name: pkg.name, from: pkg.version, ...best });
    }
    return upgrades.sort((a, b) => b.fixes - a.fixes || a.name.localeCompare(b.name));
}

;// CONCATENATED MODULE: ./packages/audit/src/run.ts
















const today = () => new Date().toISOString().slice(0, 10);
function readIgnoreEntries(inputs, context) {
    const entries = [];
    const ignorePath = (0,external_node_path_.resolve)(context.workingDirectory, inputs.ignoreFile);
    if ((0,external_node_fs_.existsSync)(ignorePath))
        entries.push(...parseIgnoreFile(inputs.ignoreFile, (0,external_node_fs_.readFileSync)(ignorePath, 'utf8')));
    for (const folder of [...new Set([context.workingDirectory, context.repoRoot])]) {
        const toml = (0,external_node_path_.join)(folder, 'osv-scanner.toml');
        if ((0,external_node_fs_.existsSync)(toml)) {
            entries.push(...parseOsvScannerConfig(folder === context.workingDirectory ? 'osv-scanner.toml' : toml, (0,external_node_fs_.readFileSync)(toml, 'utf8')));
        }
    }
    return entries;
}
/** `ecosystem NUL package NUL id` for every id of the advisory: what "the base had it too" compares. */
function presenceKeys(pkg, advisory) {
    const name = pkg.ecosystem === 'PyPI' ? (0,lockfiles_src/* pep503Name */.fq)(pkg.name) : pkg.name;
    return [advisory.id, ...advisory.aliases].map(id => `${pkg.ecosystem}\u0000${name}\u0000${id}`);
}
function packagesOf(lockfiles, includeDev) {
    return lockfiles.flatMap(l => l.packages
        .filter(p => includeDev || !p.dev)
        .map(pkg => ({ pkg, file: l.file === PYTHON_ENVIRONMENT ? undefined : l.file })));
}
async function runAudit(inputs, context) {
    const { logger } = context;
    const level = (0,src/* gateLevel */.UZ)({ failOn: FAIL_ON }, context.common.failOn);
    const selected = await lockfilePaths(inputs.files, inputs.exclude, context.workingDirectory, context.repoRoot);
    const paths = selected.map(s => s.path);
    let head = await loadHeadLockfiles(selected, context.repoRoot, context.workingDirectory);
    if (inputs.pythonEnvironment)
        head.push(await pythonEnvironment(inputs.python, context.workingDirectory));
    const ignoreEntries = readIgnoreEntries(inputs, context);
    if (head.length === 0)
        logger.warning('audit: no lockfiles found: nothing was audited');
    // scope: new by default on pull requests; the base's lockfiles tell what was already there
    const range = (0,src/* comparedRange */.vN)(context.event, context.common);
    const scope = inputs.scope ?? (context.event.pullRequest ? 'new' : 'all');
    let base = [];
    let baseLabel;
    if (scope === 'new') {
        if (!range) {
            logger.info('scope new: no base commit to compare with (no pull request, no base input): auditing everything');
        }
        else {
            const git = new src/* Git */.TU(context.repoRoot);
            const ensured = await git.ensureRange({ base: range.base, head: range.head }, { mergeBase: range.mergeBase });
            baseLabel = ensured.base.slice(0, 7);
            base = await loadBaseLockfiles(git, ensured.base, paths, logger);
        }
    }
    if (inputs.denyLicenses.length > 0) {
        // licenses the lockfiles lack come from the installed packages, as the sbom action reads them
        const installed = new lockfiles_src/* InstalledLicenses */.$L(context.repoRoot, context.env);
        const filled = (lockfiles) => lockfiles.map(l => installed.fill(l).lockfile);
        head = filled(head);
        base = filled(base);
    }
    const headPackages = packagesOf(head, inputs.includeDev);
    const basePackages = packagesOf(base, inputs.includeDev);
    const started = Date.now();
    // fetched records are kept between runs in a stable folder: the Actions cache restores to the path it saved from
    const cacheDir = context.cache.available ? (0,external_node_path_.join)((0,external_node_path_.dirname)(context.tempDir), 'osv-records') : undefined;
    let cacheKey;
    let restoredKey;
    const restoreCache = async (ids) => {
        if (!cacheDir)
            return;
        cacheKey = `ci-suite-osv-v1-${(0,external_node_crypto_.createHash)('sha256')
            .update([...ids].sort().join('\n'))
            .digest('hex')
            .slice(0, 16)}`;
        restoredKey = await context.cache.restore([cacheDir], cacheKey, ['ci-suite-osv-v1-']);
    };
    let lookup;
    try {
        lookup = await lookupAdvisories([...headPackages, ...basePackages].map(p => p.pkg), {
            sources: inputs.sources,
            osvUrl: inputs.osvUrl,
            npmRegistryUrl: inputs.npmRegistryUrl,
            logger,
            cacheDir,
            beforeRecords: restoreCache
        });
    }
    catch (error) {
        if (!(error instanceof src/* ServiceError */._7))
            throw error;
        const audited = headPackages.filter(p => isAuditable(p.pkg)).length;
        return {
            status: 'error',
            summary: `${error.message}; ${audited} packages were NOT audited (an outage is not a pass)`,
            findings: [],
            failing: 0,
            metrics: { packages: audited, lockfiles: head.length, sources: inputs.sources },
            outputs: { vulnerabilities: '' },
            counts: [
                ['Lockfiles', head.length],
                ['Packages not audited', audited]
            ]
        };
    }
    const lookupMs = Date.now() - started;
    if (cacheDir && cacheKey && restoredKey !== cacheKey && lookup.fetched > 0)
        await context.cache.save([cacheDir], cacheKey);
    const basePresence = new Set();
    for (const { pkg } of basePackages) {
        for (const advisory of lookup.byPackage.get(packageKey(pkg.ecosystem, pkg.name, pkg.version)) ?? []) {
            presenceKeys(pkg, advisory).forEach(k => basePresence.add(k));
        }
    }
    const day = today();
    const vulnerabilities = [];
    for (const { pkg, file } of headPackages) {
        for (const advisory of lookup.byPackage.get(packageKey(pkg.ecosystem, pkg.name, pkg.version)) ?? []) {
            const decision = decideIgnore(ignoreEntries, [advisory.id, ...advisory.aliases], pkg.ecosystem, pkg.name, day);
            const preExisting = presenceKeys(pkg, advisory).some(k => basePresence.has(k));
            const gated = gatedSeverity(advisory.rating.severity, inputs.unknownSeverity);
            vulnerabilities.push({
                advisory,
                pkg,
                file,
                gated,
                ignoredBy: decision.ignoredBy,
                expiredIgnores: decision.expired,
                preExisting,
                failing: !decision.ignoredBy && !preExisting && failsAt(gated, level)
            });
        }
    }
    // licenses of third-party packages (not the project's own): deny-licenses fails on a match; unknown ones are listed
    const licenses = [];
    const unknownLicenses = [];
    if (inputs.denyLicenses.length > 0) {
        const baseLicensed = new Set(basePackages.filter(p => p.pkg.license).map(p => `${p.pkg.ecosystem}\u0000${p.pkg.name}\u0000${p.pkg.license}`));
        for (const { pkg, file } of headPackages) {
            if (lockfiles_src/* LOCAL_SOURCES */.p_.has(pkg.source ?? 'registry'))
                continue;
            if (!pkg.license) {
                unknownLicenses.push(`${pkg.name}@${pkg.version}${file ? ` (${file})` : ''}`);
                continue;
            }
            const denied = deniedLicense(pkg.license, inputs.denyLicenses);
            if (denied) {
                licenses.push({
                    pkg,
                    file,
                    license: pkg.license,
                    denied,
                    preExisting: baseLicensed.has(`${pkg.ecosystem}\u0000${pkg.name}\u0000${pkg.license}`)
                });
            }
        }
    }
    const licenseFails = (l) => !l.preExisting && level !== 'never';
    const active = vulnerabilities.filter(v => !v.ignoredBy && !v.preExisting);
    const failing = vulnerabilities.filter(v => v.failing);
    const failingLicenses = licenses.filter(licenseFails);
    const expiredEntries = [
        ...new Map(vulnerabilities.flatMap(v => v.expiredIgnores).map(e => [`${e.source}\u0000${e.id}\u0000${e.package}`, e])).values()
    ];
    const upgrades = bestUpgrades(vulnerabilities.filter(v => !v.ignoredBy));
    const counts = vulnerabilityCounts(vulnerabilities);
    const unpinned = [...head.flatMap(l => l.unpinned), ...notAuditablePackages(headPackages)];
    const auditedPackages = new Set(headPackages.filter(p => isAuditable(p.pkg)).map(p => packageKey(p.pkg.ecosystem, p.pkg.name, p.pkg.version)));
    const findings = [
        ...vulnerabilities.map(vulnerabilityFinding),
        ...licenses.map(l => licenseFinding(l, licenseFails(l)))
    ];
    const failingCount = failing.length + failingLicenses.length;
    const status = failingCount > 0 ? 'fail' : 'pass';
    const distinctActive = new Set(active.map(v => `${v.pkg.name}\u0000${v.pkg.version}\u0000${v.advisory.id}`)).size;
    const severityText = ['critical', 'high', 'moderate', 'low', 'unknown']
        .filter(s => counts[s] > 0)
        .map(s => `${counts[s]} ${s}`)
        .join(', ');
    const summary = head.length === 0
        ? `no lockfiles found under ${(0,external_node_path_.relative)(context.repoRoot, context.workingDirectory) || '.'}: nothing to audit (the files input names them explicitly)`
        : status === 'fail'
            ? `${failing.length} ${failing.length === 1 ? 'vulnerability' : 'vulnerabilities'} at or above ${level}${failingLicenses.length > 0 ? ` and ${failingLicenses.length} denied licenses` : ''} in ${auditedPackages.size} packages${scope === 'new' && baseLabel ? ` (new since ${baseLabel})` : ''}`
            : distinctActive > 0
                ? `${distinctActive} ${distinctActive === 1 ? 'vulnerability' : 'vulnerabilities'} below ${level} (${severityText}) in ${auditedPackages.size} packages`
                : `no ${scope === 'new' && baseLabel ? 'new ' : ''}vulnerabilities in ${auditedPackages.size} packages from ${head.length} ${head.length === 1 ? 'lockfile' : 'lockfiles'}`;
    const requests = lookup.requests.osvBatch + lookup.requests.osvVulns + lookup.requests.npm;
    return {
        status,
        summary,
        findings,
        failing: failingCount,
        metrics: {
            packages: auditedPackages.size,
            lockfiles: head.length,
            notAuditable: unpinned.length,
            vulnerabilities: counts,
            ignored: vulnerabilities.filter(v => v.ignoredBy).length,
            preExisting: vulnerabilities.filter(v => v.preExisting).length,
            requests: lookup.requests,
            cacheHits: lookup.cacheHits,
            lookupMs,
            scope,
            sources: inputs.sources
        },
        outputs: { vulnerabilities: JSON.stringify(counts) },
        counts: [
            ['Lockfiles', head.length],
            ['Packages audited', auditedPackages.size],
            ['Vulnerabilities', severityText || '0'],
            ...(failingCount > 0 ? [['Failing the gate', failingCount]] : []),
            ...(scope === 'new' && baseLabel
                ? [[`Already on ${baseLabel}`, vulnerabilities.filter(v => v.preExisting).length]]
                : []),
            ['Ignored', vulnerabilities.filter(v => v.ignoredBy).length],
            ['Not auditable', unpinned.length],
            ['Requests', requests]
        ],
        annotations: annotationsFor(vulnerabilities, licenses, licenseFails),
        sections: summarySections({
            active,
            preExisting: vulnerabilities.filter(v => v.preExisting && !v.ignoredBy),
            ignored: vulnerabilities.filter(v => v.ignoredBy),
            expiredEntries,
            upgrades,
            unpinned,
            licenses,
            unknownLicenses,
            denyLicenses: inputs.denyLicenses
        }),
        fix: fixBlocks(upgrades, failing, inputs.ignoreFile),
        sarif: auditSarif(vulnerabilities),
        reportFields: {
            ...(unpinned.length > 0 ? { notAuditable: unpinned } : {}),
            ...(unknownLicenses.length > 0 ? { unknownLicenses: [...new Set(unknownLicenses)] } : {}),
            ...(expiredEntries.length > 0 ? { expiredIgnores: expiredEntries } : {})
        }
    };
}

;// CONCATENATED MODULE: ./packages/audit/src/index.ts


const definition = {
    name: 'audit',
    title: 'Dependency audit',
    failOn: FAIL_ON,
    readInputs: readAuditInputs,
    run: runAudit
};






/***/ })

};
