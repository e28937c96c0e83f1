import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4450:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Af: () => (/* reexport */ COMMON_INPUT_NAMES),
  j1: () => (/* reexport */ ConfigurationError),
  TU: () => (/* reexport */ Git),
  vK: () => (/* reexport */ GitHubRequestError),
  i_: () => (/* reexport */ InputReader),
  mB: () => (/* reexport */ ParseError),
  ks: () => (/* reexport */ SecretRegistry),
  _7: () => (/* reexport */ ServiceError),
  gy: () => (/* reexport */ ZERO_SHA),
  b0: () => (/* reexport */ blobUrl),
  Ep: () => (/* reexport */ buildSarif),
  mz: () => (/* reexport */ byteSize),
  aY: () => (/* reexport */ code),
  vN: () => (/* reexport */ comparedRange),
  ht: () => (/* reexport */ detached),
  zH: () => (/* reexport */ details),
  lQ: () => (/* reexport */ envInputSource),
  gJ: () => (/* reexport */ errorMessage),
  x6: () => (/* reexport */ fetchJson),
  J5: () => (/* reexport */ fetchWithRetry),
  Rj: () => (/* reexport */ fingerprint),
  UZ: () => (/* reexport */ gateLevel),
  tv: () => (/* reexport */ gitFailure),
  R_: () => (/* reexport */ heading),
  ti: () => (/* reexport */ inlineCode),
  Qx: () => (/* reexport */ isUserFacing),
  EF: () => (/* reexport */ layeredInputSource),
  nf: () => (/* reexport */ blocks_link),
  p_: () => (/* reexport */ list),
  bt: () => (/* reexport */ listFolder),
  zj: () => (/* reexport */ mapBlockText),
  az: () => (/* reexport */ mapInputSource),
  wt: () => (/* reexport */ noCache),
  EW: () => (/* reexport */ nodeChildProcess),
  SI: () => (/* reexport */ nodeCrypto),
  FY: () => (/* reexport */ paragraph),
  TC: () => (/* reexport */ parseEventContext),
  KV: () => (/* reexport */ parseMapping),
  LS: () => (/* reexport */ plural),
  tk: () => (/* reexport */ pythonSitePackages),
  lS: () => (/* reexport */ raw),
  di: () => (/* reexport */ readCommonInputs),
  NL: () => (/* reexport */ readSecretInput),
  S: () => (/* reexport */ redactingLogger),
  Gc: () => (/* reexport */ renderMarkdown),
  S5: () => (/* reexport */ renderText),
  lF: () => (/* reexport */ runInOrder),
  R3: () => (/* reexport */ runProcess),
  TT: () => (/* reexport */ selectAnnotations),
  h0: () => (/* reexport */ git_short),
  ko: () => (/* reexport */ strong),
  tp: () => (/* reexport */ table),
  Lh: () => (/* reexport */ unquoteGitPath),
  A4: () => (/* reexport */ worstStatus),
  Eo: () => (/* reexport */ writerLogger)
});

// UNUSED EXPORTS: ACTION_NAMES, ANNOTATIONS_PER_LEVEL, CiSuiteError, DEFAULT_RETRY, MemoryLogger, SUMMARY_LIMIT_BYTES, escapeMarkdown, inlineText, lineInRanges, parseBoolean, parseChoice, parseLines, parseList, parseNumber, parseUnifiedDiff, readEventPayload, renderInline, stderrTail, toRanges

;// CONCATENATED MODULE: ./packages/core/src/action.ts
const ACTION_NAMES = (/* unused pure expression or super */ null && (['lint-gate', 'secret-scan', 'audit', 'coverage-gate', 'sbom', 'docker-release']));
/** The level the gate judges at: fail-on, or the action's default when fail-on is `never` (report only). */
function gateLevel(definition, failOn) {
    return failOn === 'never' ? definition.failOn.default : failOn;
}

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
/**
 * Errors the suite tells apart. A ConfigurationError is the user's to fix (bad input, missing file, shallow clone);
 * a ServiceError is an outside service that could not be used (unreachable, rate limited). Anything else is a bug.
 * The message of each is one line that says what was wrong and what to do.
 */
class CiSuiteError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
class ConfigurationError extends CiSuiteError {
}
class ServiceError extends CiSuiteError {
}
/** Thrown by parsers for malformed input files: names the file and, where known, the line. */
class ParseError extends ConfigurationError {
    file;
    detail;
    line;
    constructor(file, detail, line) {
        super(`${file}${line ? `:${line}` : ''}: ${detail}`);
        this.file = file;
        this.detail = detail;
        this.line = line;
    }
}
function isUserFacing(error) {
    return error instanceof CiSuiteError;
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./packages/core/src/logs-in-order.ts
/** The `Logger` domain code gets, over a writer: a group is its begin mark, the work, then its end mark. */
function writerLogger(writer) {
    return {
        debug: message => writer.line('debug', message),
        info: message => writer.line('info', message),
        warning: message => writer.line('warning', message),
        group: async (name, fn) => {
            writer.startGroup(name);
            try {
                return await fn();
            }
            finally {
                writer.endGroup();
            }
        }
    };
}
/**
 * One task's log while tasks run at once: kept while an earlier task has the writer, written straight through once
 * this task's turn comes (its kept marks first). Every write is synchronous, so the turn changes between two marks
 * and no other task's line can come between them.
 */
class TurnLog {
    writer;
    redact;
    kept = [];
    constructor(writer, redact) {
        this.writer = writer;
        this.redact = redact;
    }
    line(level, message) {
        if (this.kept)
            this.kept.push({ level, message });
        else
            this.writer.line(level, this.redact(message));
    }
    startGroup(name) {
        if (this.kept)
            this.kept.push({ start: name });
        else
            this.writer.startGroup(this.redact(name));
    }
    endGroup() {
        if (this.kept)
            this.kept.push({ end: true });
        else
            this.writer.endGroup();
    }
    /** writes what was kept (masked with the values known now) and writes straight through from here on */
    takeTurn() {
        const kept = this.kept ?? [];
        this.kept = undefined;
        for (const mark of kept) {
            if ('start' in mark)
                this.startGroup(mark.start);
            else if ('end' in mark)
                this.endGroup();
            else
                this.line(mark.level, mark.message);
        }
    }
}
/**
 * Runs the tasks at once and writes their logs as if they had run one after another, in the tasks' order: a task's
 * log is written as it goes once the tasks before it are done, and what it logged before its turn is written first.
 * `redact` masks each line when it is written, so a value found by any task since a line was kept is masked too.
 * A task that throws has its log written; the first such error is thrown once all tasks are done.
 */
async function runInOrder(tasks, writer, redact = text => text) {
    const logs = tasks.map(() => new TurnLog(writer, redact));
    const turn = (i) => {
        writer.startGroup(tasks[i].title);
        logs[i].takeTurn();
    };
    // the first task's turn is from its start
    if (tasks.length)
        turn(0);
    const running = tasks.map((task, i) => task.run(logs[i]).then(value => ({ ok: true, value }), (error) => ({ ok: false, error })));
    const settled = [];
    for (let i = 0; i < tasks.length; i++) {
        if (i > 0)
            turn(i);
        settled.push(await running[i]);
        writer.endGroup();
    }
    const failed = settled.find(r => !r.ok);
    if (failed && !failed.ok)
        throw failed.error;
    return settled.map(r => (r.ok ? r.value : undefined));
}

;// CONCATENATED MODULE: ./packages/core/src/services.ts
/** What the runtime lends an action beyond plain data. Domain code sees these interfaces, never @actions/*. */
/** An error answer from the GitHub API, after the client's own retries. */
class GitHubRequestError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'GitHubRequestError';
    }
}
const noCache = {
    available: false,
    restore: async () => undefined,
    save: async () => false
};

;// CONCATENATED MODULE: ./packages/core/src/inputs/syntax.ts

/** CONTRACT.md: a list input takes items separated by commas and/or newlines; whitespace trimmed, empty items dropped. */
function parseList(raw) {
    return raw
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(s => s.length > 0);
}
/** A list whose items may contain commas (build args, tag rules): newlines only. */
function parseLines(raw) {
    return raw
        .split('\n')
        .map(s => s.trim())
        .filter(s => s.length > 0 && !s.startsWith('#'));
}
/**
 * CONTRACT.md: a mapping input takes `key: value` lines (a YAML block mapping). Values are kept as strings; a value
 * may itself contain colons (`flake8: --max-line-length=120`), only the first `: ` separates. Quoted values lose
 * their quotes. A `key: |` block scalar takes the more-indented lines below it.
 */
function parseMapping(raw, inputName) {
    const result = new Map();
    const lines = raw.replace(/\r\n/g, '\n').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '' || line.trim().startsWith('#'))
            continue;
        const match = /^\s*([A-Za-z0-9_.\-/]+)\s*:(?:\s+(.*)|\s*)$/.exec(line);
        if (!match) {
            throw new ConfigurationError(`${inputName} must be "key: value" lines; line ${i + 1} is ${JSON.stringify(line.trim())}`);
        }
        const key = match[1];
        let value = (match[2] ?? '').trim();
        if (value === '|' || value === '>') {
            const indent = line.length - line.trimStart().length;
            const block = [];
            while (i + 1 < lines.length &&
                (lines[i + 1].trim() === '' || lines[i + 1].length - lines[i + 1].trimStart().length > indent)) {
                block.push(lines[++i]);
            }
            const minIndent = Math.min(...block.filter(b => b.trim()).map(b => b.length - b.trimStart().length));
            value = block
                .map(b => b.slice(Number.isFinite(minIndent) ? minIndent : 0))
                .join(value === '|' ? '\n' : ' ')
                .trim();
        }
        else if (/^(['"]).*\1$/.test(value)) {
            value = value.slice(1, -1);
        }
        if (result.has(key))
            throw new ConfigurationError(`${inputName} names "${key}" twice`);
        result.set(key, value);
    }
    return result;
}
/** Booleans are `true`/`false` (YAML 1.2 core schema spellings accepted, as the toolkit's getBooleanInput does). */
function parseBoolean(raw, inputName) {
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new ConfigurationError(`${inputName} must be true or false; got ${JSON.stringify(raw)}`);
}
function parseChoice(raw, inputName, allowed) {
    const value = raw.trim();
    if (allowed.includes(value))
        return value;
    throw new ConfigurationError(`${inputName} must be one of ${allowed.join(', ')}; got ${JSON.stringify(raw)}`);
}
function parseNumber(raw, inputName, range = {}) {
    const text = raw.trim().replace(/%$/, '');
    const value = text === '' ? NaN : Number(text);
    const kind = range.integer ? 'a whole number' : 'a number';
    const bounds = range.min !== undefined && range.max !== undefined
        ? ` from ${range.min} to ${range.max}`
        : range.min !== undefined
            ? ` of at least ${range.min}`
            : range.max !== undefined
                ? ` of at most ${range.max}`
                : '';
    if (!Number.isFinite(value) ||
        (range.integer && !Number.isInteger(value)) ||
        (range.min !== undefined && value < range.min) ||
        (range.max !== undefined && value > range.max)) {
        throw new ConfigurationError(`${inputName} must be ${kind}${bounds}; got ${JSON.stringify(raw)}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/reader.ts


/** The runner's way: `INPUT_<NAME>`, name upper-cased, spaces as `_`, hyphens kept. */
function envInputSource(env) {
    return name => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}
function mapInputSource(values) {
    const map = values instanceof Map ? values : new Map(Object.entries(values));
    return name => map.get(name);
}
/** The first source that has a non-empty value wins. */
function layeredInputSource(...sources) {
    return name => {
        for (const source of sources) {
            const value = source(name);
            if (value !== undefined && value.trim() !== '')
                return value;
        }
        return undefined;
    };
}
/**
 * Reads an action's inputs with the syntax of CONTRACT.md. Every read is recorded, so tests can check that the
 * parser and the action.yml name the same inputs with the same defaults. An empty value means "not given".
 */
class InputReader {
    source;
    names = new Set();
    given = new Map();
    constructor(source) {
        this.source = source;
    }
    raw(name) {
        this.names.add(name);
        const value = this.source(name);
        if (value === undefined || value.trim() === '')
            return undefined;
        this.given.set(name, value);
        return value;
    }
    string(name, fallback) {
        const value = this.raw(name);
        return value === undefined ? fallback : value.trim();
    }
    required(name, what = 'a value') {
        const value = this.raw(name);
        if (value === undefined)
            throw new ConfigurationError(`${name} is required: give it ${what}`);
        return value.trim();
    }
    list(name, fallback = []) {
        const value = this.raw(name);
        return value === undefined ? fallback : parseList(value);
    }
    lines(name, fallback = []) {
        const value = this.raw(name);
        return value === undefined ? fallback : parseLines(value);
    }
    mapping(name) {
        const value = this.raw(name);
        return value === undefined ? new Map() : parseMapping(value, name);
    }
    boolean(name, fallback) {
        const value = this.raw(name);
        return value === undefined ? fallback : parseBoolean(value.trim(), name);
    }
    choice(name, allowed, fallback) {
        const value = this.raw(name);
        return value === undefined ? fallback : parseChoice(value, name, allowed);
    }
    number(name, fallback, range = {}) {
        const value = this.raw(name);
        return value === undefined ? fallback : parseNumber(value, name, range);
    }
    percent(name, fallback) {
        return this.number(name, fallback, { min: 0, max: 100 });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/common.ts
const COMMON_INPUT_NAMES = [
    'working-directory',
    'base',
    'head',
    'report-path',
    'fail-on',
    'github-token'
];
function readCommonInputs(reader, failOn) {
    return {
        workingDirectory: reader.string('working-directory', '.'),
        base: reader.string('base'),
        head: reader.string('head'),
        reportPath: reader.string('report-path'),
        failOn: reader.choice('fail-on', failOn.values, failOn.default),
        githubToken: reader.string('github-token')
    };
}

;// CONCATENATED MODULE: ./packages/core/src/report/model.ts
const STATUS_RANK = { pass: 0, fail: 1, error: 2 };
/** error > fail > pass */
function worstStatus(statuses) {
    return statuses.reduce((worst, s) => (STATUS_RANK[s] > STATUS_RANK[worst] ? s : worst), 'pass');
}

;// CONCATENATED MODULE: ./packages/core/src/report/annotations.ts
/** GitHub shows at most 10 annotations of each level per step; the rest are counted, not lost. */
const ANNOTATIONS_PER_LEVEL = 10;
function selectAnnotations(annotations, perLevel = ANNOTATIONS_PER_LEVEL) {
    const omitted = { error: 0, warning: 0, notice: 0 };
    const shown = [];
    for (const level of ['error', 'warning', 'notice']) {
        const ofLevel = annotations
            .map((a, index) => ({ a, index }))
            .filter(x => x.a.level === level)
            .sort((x, y) => (y.a.priority ?? 0) - (x.a.priority ?? 0) || x.index - y.index);
        shown.push(...ofLevel.slice(0, perLevel).map(x => x.a));
        omitted[level] = Math.max(0, ofLevel.length - perLevel);
    }
    return { shown, omitted };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
;// CONCATENATED MODULE: ./packages/core/src/process/builtins.ts

/**
 * Node's built-in modules that cost start-up time, loaded on first use: `node:crypto` and `node:child_process`
 * bring in about 55 internal modules (streams, net, dgram), several milliseconds before the first line of an action
 * runs, and a scan of a plain folder needs neither. Node 20.16+ and 22.3+ hand them out with
 * `process.getBuiltinModule`; older ones through `require`.
 */
const load = (id) => (process.getBuiltinModule?.(id) ??
    (0,external_node_module_.createRequire)(import.meta.url)(id));
let builtins_crypto;
let childProcess;
const nodeCrypto = () => (builtins_crypto ??= load('node:crypto'));
const nodeChildProcess = () => (childProcess ??= load('node:child_process'));

;// CONCATENATED MODULE: ./packages/core/src/report/fingerprint.ts

/** A stable id for a finding across runs: the same parts give the same 16 hex digits. */
function fingerprint(...parts) {
    return nodeCrypto()
        .createHash('sha256')
        .update(parts.map(p => (p === undefined || p === null ? '' : String(p))).join('\u0000'))
        .digest('hex')
        .slice(0, 16);
}

;// CONCATENATED MODULE: ./packages/core/src/report/sarif.ts
function buildSarif(tool, rules, results) {
    const usedRules = rules.filter(r => results.some(res => res.ruleId === r.id));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        informationUri: tool.informationUri ?? 'https://github.com/org/ci-suite',
                        rules: usedRules.map(r => ({
                            id: r.id,
                            name: r.name ?? r.id,
                            shortDescription: { text: r.shortDescription },
                            fullDescription: { text: r.fullDescription ?? r.shortDescription },
                            ...(r.helpUri ? { helpUri: r.helpUri } : {}),
                            help: { text: r.help ?? r.shortDescription, markdown: r.help ?? r.shortDescription },
                            defaultConfiguration: { level: r.level ?? 'warning' },
                            properties: {
                                tags: r.tags ?? [],
                                ...(r.securitySeverity !== undefined ? { 'security-severity': r.securitySeverity.toFixed(1) } : {})
                            }
                        }))
                    }
                },
                results: results.map(res => ({
                    ruleId: res.ruleId,
                    ruleIndex: Math.max(0, usedRules.findIndex(r => r.id === res.ruleId)),
                    level: res.level,
                    message: { text: res.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: res.file ?? '.', uriBaseId: '%SRCROOT%' },
                                region: {
                                    startLine: res.line ?? 1,
                                    ...(res.endLine && res.endLine >= (res.line ?? 1) ? { endLine: res.endLine } : {}),
                                    ...(res.column ? { startColumn: res.column } : {})
                                }
                            }
                        }
                    ],
                    ...(res.fingerprint ? { partialFingerprints: { primaryLocationLineHash: res.fingerprint } } : {})
                }))
            }
        ]
    };
}

;// CONCATENATED MODULE: ./packages/core/src/files/detached.ts
/**
 * A copy of a string that holds no reference to the chunk it was cut from: V8 keeps a slice of 13 characters or
 * more as a view into its parent, so one path kept per file would pin every 1 MiB chunk of a 100 MB report (or of a
 * `git log -p` stream, where a path cache held 50 MB of patch text on prettier's history).
 */
function detached(text) {
    return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

;// CONCATENATED MODULE: ./packages/core/src/report/secrets.ts

/**
 * The values that must never leave the process: registered as they are found (and, on a runner, masked with
 * ::add-mask:: by the runtime). Every piece of text the suite writes can pass through `redact`.
 */
class SecretRegistry {
    values = new Set();
    listeners = [];
    onRegister(listener) {
        this.listeners.push(listener);
        for (const v of this.values)
            listener(v);
    }
    register(value) {
        if (!value || value.length < 4 || this.values.has(value))
            return;
        // a value cut from a large text (a patch chunk) would keep that text alive for the whole run
        value = detached(value);
        this.values.add(value);
        for (const l of this.listeners)
            l(value);
    }
    get size() {
        return this.values.size;
    }
    redact(text) {
        if (this.values.size === 0 || !text)
            return text;
        let out = text;
        // longest first, so a secret that contains another is replaced whole
        for (const v of [...this.values].sort((a, b) => b.length - a.length)) {
            if (out.includes(v))
                out = out.split(v).join('***');
        }
        return out;
    }
}
/** A logger whose every message passes through the redactor first. */
function redactingLogger(logger, secrets) {
    return {
        debug: message => logger.debug(secrets.redact(message)),
        info: message => logger.info(secrets.redact(message)),
        warning: message => logger.warning(secrets.redact(message)),
        group: (name, fn) => logger.group(secrets.redact(name), fn)
    };
}

;// CONCATENATED MODULE: ./packages/core/src/summary/blocks.ts
const heading = (level, ...text) => ({ kind: 'heading', level, text });
const paragraph = (...text) => ({ kind: 'paragraph', text });
const list = (items) => ({ kind: 'list', items });
const table = (header, rows, align) => ({
    kind: 'table',
    header,
    rows,
    align
});
const code = (text, lang) => ({ kind: 'code', text, lang });
const details = (summary, blocks) => ({ kind: 'details', summary, blocks });
const raw = (markdown, text) => ({ kind: 'raw', markdown, text });
const blocks_link = (text, href) => ({ text, href });
const inlineCode = (text) => ({ code: text });
const strong = (text) => ({ strong: text });
function mapInline(inline, fn) {
    if (typeof inline === 'string')
        return fn(inline);
    if ('href' in inline)
        return { text: fn(inline.text), href: fn(inline.href) };
    if ('code' in inline)
        return { code: fn(inline.code) };
    if ('strong' in inline)
        return { strong: fn(inline.strong) };
    return { html: fn(inline.html), text: fn(inline.text) };
}
const mapCell = (cell, fn) => Array.isArray(cell) ? cell.map(i => mapInline(i, fn)) : mapInline(cell, fn);
/** Every piece of text in the blocks passed through fn (the secret redactor, before anything is written). */
function mapBlockText(blocks, fn) {
    return blocks.map((block) => {
        switch (block.kind) {
            case 'heading':
            case 'paragraph':
                return { ...block, text: block.text.map(i => mapInline(i, fn)) };
            case 'list':
                return { ...block, items: block.items.map(item => item.map(i => mapInline(i, fn))) };
            case 'table':
                return { ...block, header: block.header.map(fn), rows: block.rows.map(row => row.map(c => mapCell(c, fn))) };
            case 'code':
                return { ...block, text: fn(block.text) };
            case 'details':
                return { ...block, summary: fn(block.summary), blocks: mapBlockText(block.blocks, fn) };
            case 'raw':
                return { ...block, markdown: fn(block.markdown), text: block.text === undefined ? undefined : fn(block.text) };
        }
    });
}

;// CONCATENATED MODULE: ./packages/core/src/summary/markdown.ts
/** GitHub refuses a step summary over 1 MiB; keep a margin for the verdict table of the root action. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Escapes user text for GitHub Markdown: no HTML, no emphasis, no links, no table breaks, no mentions. */
function escapeMarkdown(text) {
    return text
        .replace(/[&<>"]/g, c => HTML_ESCAPES[c])
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
function escapeHtmlText(text) {
    return text.replace(/[&<>"]/g, c => HTML_ESCAPES[c]);
}
function safeHref(href) {
    return /^https?:\/\//.test(href) ? href.replace(/[()<> ]/g, c => encodeURIComponent(c)) : '#';
}
function renderCode(text) {
    const clean = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map(s => s.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`;
}
function renderInline(inline) {
    if (Array.isArray(inline))
        return inline.map(renderInline).join('');
    if (typeof inline === 'string')
        return escapeMarkdown(inline);
    if ('href' in inline)
        return `[${escapeMarkdown(inline.text)}](${safeHref(inline.href)})`;
    if ('code' in inline)
        return renderCode(inline.code);
    if ('strong' in inline)
        return `**${escapeMarkdown(inline.strong)}**`;
    return inline.html;
}
function renderCell(cell) {
    return renderInline(cell) || ' ';
}
function renderBlock(block) {
    switch (block.kind) {
        case 'heading':
            return `${'#'.repeat(block.level)} ${renderInline(block.text)}\n`;
        case 'paragraph':
            return `${renderInline(block.text)}\n`;
        case 'list':
            return block.items.map(item => `- ${renderInline(item)}`).join('\n') + '\n';
        case 'table': {
            const align = block.header.map((_, i) => (block.align?.[i] === 'right' ? '---:' : '---'));
            const lines = [
                `| ${block.header.map(escapeMarkdown).join(' | ')} |`,
                `| ${align.join(' | ')} |`,
                ...block.rows.map(row => `| ${row.map(renderCell).join(' | ')} |`)
            ];
            return lines.join('\n') + '\n';
        }
        case 'code': {
            const longest = Math.max(2, ...(block.text.match(/`{3,}/g) ?? []).map(s => s.length));
            const fence = '`'.repeat(longest + 1);
            return `${fence}${block.lang ?? ''}\n${block.text.replace(/\n$/, '')}\n${fence}\n`;
        }
        case 'details':
            return `<details><summary>${escapeHtmlText(block.summary)}</summary>\n\n${block.blocks.map(renderBlock).join('\n')}\n</details>\n`;
        case 'raw':
            return `${block.markdown}\n`;
    }
}
/** Renders blocks in order until the byte limit; what does not fit is named in a closing line. */
function renderMarkdown(blocks, limitBytes = SUMMARY_LIMIT_BYTES) {
    const parts = [];
    let size = 0;
    let omitted = 0;
    const reserve = 200;
    for (const block of blocks) {
        if (omitted > 0) {
            omitted++;
            continue;
        }
        let text = renderBlock(block) + '\n';
        let bytes = Buffer.byteLength(text);
        if (size + bytes > limitBytes - reserve && block.kind === 'table') {
            // keep the head of a large table rather than dropping it whole
            const rows = [...block.rows];
            while (rows.length > 0 && size + bytes > limitBytes - reserve) {
                rows.splice(Math.floor(rows.length / 2));
                text =
                    renderBlock({ ...block, rows }) +
                        `\n_${block.rows.length - rows.length} more rows left out: the summary is limited to 1 MiB._\n\n`;
                bytes = Buffer.byteLength(text);
            }
        }
        if (size + bytes > limitBytes - reserve) {
            omitted++;
            continue;
        }
        parts.push(text);
        size += bytes;
    }
    if (omitted > 0)
        parts.push(`_${omitted} more section(s) left out: GitHub limits a step summary to 1 MiB. The JSON report has everything._\n`);
    return { markdown: parts.join(''), omittedBlocks: omitted };
}

;// CONCATENATED MODULE: ./packages/core/src/summary/text.ts
/** Strips characters that could drive a terminal (escape sequences) from user text. */
function clean(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '');
}
function inlineText(inline) {
    if (Array.isArray(inline))
        return inline.map(inlineText).join('');
    if (typeof inline === 'string')
        return clean(inline);
    if ('href' in inline)
        return clean(inline.text);
    if ('code' in inline)
        return clean(inline.code);
    if ('strong' in inline)
        return clean(inline.strong);
    return clean(inline.text);
}
function cellText(cell) {
    return inlineText(cell);
}
function renderTable(header, rows, align) {
    const texts = [header, ...rows.map(r => r.map(cellText))];
    const widths = header.map((_, i) => Math.min(60, Math.max(...texts.map(r => (r[i] ?? '').length))));
    const fmt = (row) => row
        .map((c, i) => {
        const v = c.length > 60 ? c.slice(0, 57) + '...' : c;
        return align?.[i] === 'right' ? v.padStart(widths[i]) : v.padEnd(widths[i]);
    })
        .join('  ')
        .trimEnd();
    return [fmt(texts[0]), widths.map(w => '-'.repeat(w)).join('  '), ...texts.slice(1).map(fmt)].join('\n') + '\n';
}
function text_renderBlock(block, depth) {
    const indent = (s) => depth === 0
        ? s
        : s
            .split('\n')
            .map(l => (l ? '  '.repeat(depth) + l : l))
            .join('\n');
    switch (block.kind) {
        case 'heading':
            return indent(`${block.level === 2 ? '== ' : ''}${inlineText(block.text)}${block.level === 2 ? ' ==' : ''}\n`);
        case 'paragraph':
            return indent(inlineText(block.text) + '\n');
        case 'list':
            return indent(block.items.map(i => `  * ${inlineText(i)}`).join('\n') + '\n');
        case 'table':
            return indent(renderTable(block.header, block.rows, block.align));
        case 'code':
            return indent(clean(block.text.replace(/\n$/, ''))
                .split('\n')
                .map(l => `    ${l}`)
                .join('\n') + '\n');
        case 'details':
            return indent(`${clean(block.summary)}:\n`) + block.blocks.map(b => text_renderBlock(b, depth + 1)).join('\n');
        case 'raw':
            return block.text === undefined ? '' : indent(clean(block.text) + '\n');
    }
}
/** The same content as the job summary, for a terminal. */
function renderText(blocks) {
    return blocks
        .map(b => text_renderBlock(b, 0))
        .filter(s => s !== '')
        .join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/summary/units.ts
/** `1 file`, `2 files`: a count with its noun, plural with `s` unless it is one */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** a byte count as a reader takes it in: `950 B`, `13.1 kB`, `13.1 MB`, `2.4 GB` (decimal units, as docker and du -h --si print) */
function byteSize(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes / 1000;
    let unit = 0;
    while (value >= 999.95 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/git/failure.ts

/** objects git cannot read: a partial clone whose remote is out of reach, or a damaged repository */
const MISSING_OBJECTS = /unable to read [0-9a-f]{7,}|missing blob|bad object|could not fetch [0-9a-f]{7,} from promisor/;
/**
 * A git command that failed, in git's own words (its last two lines): the command without its `-c name=value`
 * settings (only the subcommand when the rest is long, as a `git log` format is), and what to do when the clone lacks
 * the objects the command reads.
 */
function gitFailure(args, exitCode, stderr) {
    let i = 0;
    while (args[i] === '-c')
        i += 2;
    const rest = args.slice(i).join(' ');
    const command = rest.length <= 120 ? rest : (args[i] ?? '');
    const said = stderr.trim().split('\n').slice(-2).join(' ');
    const advice = MISSING_OBJECTS.test(stderr)
        ? ': the clone lacks git objects this step reads (a partial clone, such as actions/checkout with `filter`, whose remote cannot be reached, or a damaged one); check out a full clone (fetch-depth: 0, no filter) and run again'
        : '';
    return new ConfigurationError(`git ${command} failed (exit ${exitCode}): ${said}${advice}`);
}

;// CONCATENATED MODULE: ./packages/core/src/process/run-process.ts

const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;
/** Runs an external tool: never throws for a non-zero exit, a missing executable or a timeout; the result says. */
function runProcess(command, args, options = {}) {
    const started = Date.now();
    const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    return new Promise(resolve => {
        const out = [];
        const err = [];
        let outBytes = 0;
        let errBytes = 0;
        let truncated = false;
        let timedOut = false;
        let settled = false;
        const child = nodeChildProcess().spawn(command, args, {
            cwd: options.cwd,
            env: (options.env ?? process.env),
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: process.platform !== 'win32'
        });
        const finish = (exitCode, signal, notFound) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            resolve({
                command,
                args,
                exitCode,
                signal,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                durationMs: Date.now() - started,
                timedOut,
                notFound,
                truncated
            });
        };
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                try {
                    if (child.pid)
                        process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, options.timeoutMs)
            : undefined;
        child.stdout.on('data', (chunk) => {
            options.onStdout?.(chunk);
            if (outBytes < max) {
                out.push(chunk.subarray(0, max - outBytes));
                outBytes += chunk.length;
                if (outBytes > max)
                    truncated = true;
            }
            else
                truncated = true;
        });
        child.stderr.on('data', (chunk) => {
            err.push(chunk);
            errBytes += chunk.length;
            while (errBytes > max && err.length > 1) {
                errBytes -= err.shift().length;
                truncated = true;
            }
        });
        child.on('error', (e) => finish(127, undefined, e.code === 'ENOENT'));
        child.on('close', (code, signal) => finish(code ?? 128, signal ?? undefined, false));
        child.stdin.on('error', () => undefined);
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
/** The last lines of a tool's stderr, for an error message. */
function stderrTail(result, lines = 5) {
    return result.stderr.trim().split('\n').slice(-lines).join(' | ');
}

;// CONCATENATED MODULE: ./packages/core/src/git/diff.ts
/** Git's C-style quoting of unusual paths (`"a\tb"`, octal bytes for non-ASCII), undone. */
function unquoteGitPath(path) {
    if (!path.startsWith('"') || !path.endsWith('"') || path.length < 2)
        return path;
    // git quotes unusual names C-style with octal escapes for bytes
    const bytes = [];
    const body = path.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[++i];
        if (next === undefined)
            break;
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push({ n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 }[next] ??
                next.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
function stripPrefix(path) {
    const p = unquoteGitPath(path.trim());
    return p.startsWith('a/') || p.startsWith('b/') ? p.slice(2) : p;
}
/** Parses `git diff --unified=0` output into the added line ranges of each file. */
function parseUnifiedDiff(text) {
    const files = [];
    let current;
    for (const line of text.split('\n')) {
        if (line.startsWith('diff --git ')) {
            current = { path: '', status: 'modified', binary: false, added: [] };
            files.push(current);
            continue;
        }
        if (!current)
            continue;
        if (line.startsWith('--- ')) {
            const p = line.slice(4);
            if (p !== '/dev/null')
                current.oldPath = stripPrefix(p);
            else
                current.status = 'added';
        }
        else if (line.startsWith('+++ ')) {
            const p = line.slice(4);
            if (p === '/dev/null') {
                current.status = 'deleted';
                current.path = current.oldPath ?? '';
            }
            else
                current.path = stripPrefix(p);
        }
        else if (line.startsWith('rename from ')) {
            current.oldPath = unquoteGitPath(line.slice(12));
            current.status = 'renamed';
        }
        else if (line.startsWith('rename to ')) {
            current.path = unquoteGitPath(line.slice(10));
        }
        else if (line.startsWith('new file mode')) {
            current.status = 'added';
        }
        else if (line.startsWith('deleted file mode')) {
            current.status = 'deleted';
        }
        else if (line.startsWith('Binary files ')) {
            current.binary = true;
            const m = / and (?:b\/)?(.*) differ$/.exec(line);
            if (m && !current.path && m[1] !== '/dev/null')
                current.path = stripPrefix(m[1]);
        }
        else if (line.startsWith('@@ ')) {
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (m) {
                const start = Number(m[1]);
                const count = m[2] === undefined ? 1 : Number(m[2]);
                if (count > 0)
                    current.added.push({ start, end: start + count - 1 });
            }
        }
    }
    for (const f of files)
        if (!f.path && f.oldPath)
            f.path = f.oldPath;
    return files;
}
function lineInRanges(line, ranges) {
    return ranges.some(r => line >= r.start && line <= r.end);
}
/** Joins sorted line numbers into contiguous ranges. */
function toRanges(lines) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const ranges = [];
    for (const n of sorted) {
        const last = ranges[ranges.length - 1];
        if (last && n === last.end + 1)
            last.end = n;
        else
            ranges.push({ start: n, end: n });
    }
    return ranges;
}

;// CONCATENATED MODULE: ./packages/core/src/git/git.ts






const ZERO_SHA = '0000000000000000000000000000000000000000';
/**
 * The end of the last `git fetch` this process started: the next one waits for it. The root action's gates run at
 * once, and two fetches into one shallow clone meet on git's `shallow.lock`, where the second fails at once.
 */
let lastFetch = Promise.resolve();
/** A git repository on disk, driven through the git CLI. */
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    async run(args, options = {}) {
        if (args[0] !== 'fetch')
            return this.runNow(args, options);
        const turn = lastFetch.then(() => this.runNow(args, options));
        lastFetch = turn.catch(() => undefined);
        return turn;
    }
    async runNow(args, options) {
        const result = await runProcess('git', args, {
            cwd: this.cwd,
            input: options.input,
            timeoutMs: options.timeoutMs ?? 10 * 60 * 1000,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
        });
        if (result.notFound)
            throw new ConfigurationError('git is not installed or not on PATH: install git and run again');
        if (result.exitCode !== 0 && !options.allowFailure) {
            throw gitFailure(args, result.exitCode, result.stderr);
        }
        return result;
    }
    async text(args) {
        return (await this.run(args)).stdout.trim();
    }
    /**
     * Whether `cwd` is inside a git work tree. git finds its repository through a `.git` entry (a folder, or a file in a
     * worktree or submodule) in the folder or one of its parents, or through `GIT_DIR`: when neither is there the answer
     * is no without starting git (a plain folder costs no process).
     */
    async isRepository(env = process.env) {
        if (!env.GIT_DIR && !hasGitEntryAbove(this.cwd))
            return false;
        const r = await this.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
        return r.exitCode === 0 && r.stdout.trim() === 'true';
    }
    async topLevel() {
        return this.text(['rev-parse', '--show-toplevel']);
    }
    async isShallow() {
        return (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    async hasCommit(rev) {
        const r = await this.run(['cat-file', '-e', `${rev}^{commit}`], { allowFailure: true });
        return r.exitCode === 0;
    }
    async resolve(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', a, b], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    async hasRemote(name = 'origin') {
        const r = await this.run(['remote'], { allowFailure: true });
        return r.stdout.split('\n').includes(name);
    }
    /**
     * Makes sure base and head are present with their merge base, deepening a shallow clone with `git fetch` as
     * needed. Fails with the exact checkout advice when it cannot.
     */
    async ensureRange(range, options) {
        const advice = 'set `fetch-depth: 0` on actions/checkout (or fetch the base commit) so the history between base and head is present';
        const shallow = await this.isShallow();
        const canFetch = await this.hasRemote();
        for (const rev of [range.head, range.base]) {
            if (await this.hasCommit(rev))
                continue;
            if (canFetch)
                await this.run(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', rev], { allowFailure: true });
            if (!(await this.hasCommit(rev))) {
                throw new ConfigurationError(`commit ${rev} is not in this clone: ${advice}`);
            }
        }
        if (!options.mergeBase)
            return range;
        let base = await this.mergeBase(range.base, range.head);
        for (let depth = 50; !base && shallow && canFetch && depth <= 6400; depth *= 4) {
            await this.run(['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, 'origin', range.base, range.head], {
                allowFailure: true
            });
            base = await this.mergeBase(range.base, range.head);
        }
        if (!base && shallow && canFetch) {
            await this.run(['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'], { allowFailure: true });
            base = await this.mergeBase(range.base, range.head);
        }
        if (!base) {
            if (shallow)
                throw new ConfigurationError(`no merge base of ${git_short(range.base)} and ${git_short(range.head)} in this shallow clone: ${advice}`);
            throw new ConfigurationError(`${git_short(range.base)} and ${git_short(range.head)} have no common history: check the base and head inputs`);
        }
        return { base, head: range.head };
    }
    /** Files and added line ranges between two commits (rename-aware), paths relative to the top level. */
    async diff(range, paths = []) {
        const args = [
            '-c',
            'core.quotePath=true',
            'diff',
            '--no-color',
            '--no-ext-diff',
            '--unified=0',
            '--find-renames',
            range.base,
            range.head
        ];
        if (paths.length)
            args.push('--', ...paths);
        const r = await this.run(args);
        return parseUnifiedDiff(r.stdout);
    }
    /** Changes staged in the index against HEAD (or against the empty tree on the first commit). */
    async diffStaged() {
        const r = await this.run([
            '-c',
            'core.quotePath=true',
            'diff',
            '--cached',
            '--no-color',
            '--no-ext-diff',
            '--unified=0',
            '--find-renames'
        ]);
        return parseUnifiedDiff(r.stdout);
    }
    async show(rev, path) {
        const r = await this.run(['show', `${rev}:${path}`], { allowFailure: true });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    /** The working tree's files as git sees them: tracked plus untracked but not ignored, relative to cwd, sorted. */
    async workingTreeFiles(...paths) {
        const args = ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'];
        if (paths.length)
            args.push('--', ...paths);
        const r = await this.run(args);
        return [...new Set(r.stdout.split('\0').filter(Boolean))].sort();
    }
    async listFiles(rev) {
        const r = await this.run(['ls-tree', '-r', '-z', '--name-only', rev]);
        return r.stdout.split('\0').filter(Boolean);
    }
}
function git_short(sha) {
    return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha;
}
function hasGitEntryAbove(folder) {
    for (let dir = folder;; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return true;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return false;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/context/event.ts



const obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const str = (v) => (typeof v === 'string' ? v : undefined);
function readEventPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new ConfigurationError(`GITHUB_EVENT_PATH names ${path}, which cannot be read`);
    }
    try {
        return obj(JSON.parse(text)) ?? {};
    }
    catch {
        throw new ConfigurationError(`the event payload at ${path} is not valid JSON`);
    }
}
function parseEventContext(env, payload = readEventPayload(env)) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const ref = env.GITHUB_REF ?? '';
    const refType = ref.startsWith('refs/heads/')
        ? 'branch'
        : ref.startsWith('refs/tags/')
            ? 'tag'
            : ref.startsWith('refs/pull/')
                ? 'pull'
                : 'other';
    const refName = env.GITHUB_REF_NAME ?? ref.replace(/^refs\/(heads|tags)\//, '');
    const repository = obj(payload.repository);
    const context = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        sha: env.GITHUB_SHA ?? '',
        ref,
        refName,
        refType,
        owner,
        repo,
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        actor: env.GITHUB_ACTOR ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        defaultBranch: str(repository?.default_branch),
        local: env.GITHUB_ACTIONS !== 'true'
    };
    const pr = obj(payload.pull_request);
    if (pr && (context.eventName.startsWith('pull_request') || context.eventName === 'pull_request_review')) {
        const base = obj(pr.base) ?? {};
        const head = obj(pr.head) ?? {};
        const headRepo = str(obj(head.repo)?.full_name);
        context.pullRequest = {
            number: Number(pr.number ?? payload.number ?? 0),
            baseSha: str(base.sha) ?? '',
            headSha: str(head.sha) ?? '',
            baseRef: str(base.ref) ?? env.GITHUB_BASE_REF ?? '',
            headRef: str(head.ref) ?? env.GITHUB_HEAD_REF ?? '',
            headRepository: headRepo,
            fromFork: headRepo !== undefined && headRepo !== `${owner}/${repo}`,
            title: str(pr.title)
        };
    }
    if (context.eventName === 'push') {
        context.push = {
            before: str(payload.before) ?? ZERO_SHA,
            after: str(payload.after) ?? context.sha,
            created: payload.created === true || str(payload.before) === ZERO_SHA,
            deleted: payload.deleted === true,
            forced: payload.forced === true
        };
    }
    const mg = obj(payload.merge_group);
    if (context.eventName === 'merge_group' && mg) {
        context.mergeGroup = {
            baseSha: str(mg.base_sha) ?? '',
            headSha: str(mg.head_sha) ?? context.sha,
            headRef: str(mg.head_ref) ?? ''
        };
    }
    const release = obj(payload.release);
    if (context.eventName === 'release' && release) {
        context.release = {
            id: Number(release.id ?? 0),
            tagName: str(release.tag_name) ?? refName,
            prerelease: release.prerelease === true,
            draft: release.draft === true,
            action: str(payload.action)
        };
    }
    return context;
}
function comparedRange(context, inputs) {
    if (context.pullRequest?.baseSha && context.pullRequest.headSha) {
        return {
            base: context.pullRequest.baseSha,
            head: context.pullRequest.headSha,
            mergeBase: true,
            source: 'pull_request'
        };
    }
    if (context.push && !context.push.created && !context.push.deleted && context.push.before !== ZERO_SHA) {
        return { base: context.push.before, head: context.push.after, mergeBase: false, source: 'push' };
    }
    if (context.mergeGroup?.baseSha) {
        return {
            base: context.mergeGroup.baseSha,
            head: context.mergeGroup.headSha,
            mergeBase: false,
            source: 'merge_group'
        };
    }
    if (inputs.base) {
        return { base: inputs.base, head: inputs.head ?? 'HEAD', mergeBase: true, source: 'inputs' };
    }
    return undefined;
}
/** `{server}/{owner}/{repo}/blob/{sha}/{file}#L{line}` */
function blobUrl(context, sha, file, line, endLine) {
    if (!context.owner || !sha)
        return undefined;
    const path = file.split('/').map(encodeURIComponent).join('/');
    const anchor = line ? `#L${line}${endLine && endLine > line ? `-L${endLine}` : ''}` : '';
    return `${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}/${path}${anchor}`;
}

;// CONCATENATED MODULE: ./packages/core/src/files/list-folder.ts

/** A folder's entries; none when it is missing or unreadable (an install step that did not run). */
function listFolder(path) {
    try {
        return (0,external_node_fs_.readdirSync)(path);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/python/site-packages.ts



const entries = (dir) => listFolder(dir).sort();
const isFolder = (path) => {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
};
/**
 * The folders a Python installation (a virtualenv, setup-python's toolcache Python, /usr) imports installed
 * distributions from, those that exist: `lib/python3.X/site-packages` (`lib64` on some distributions; a venv's
 * `lib64` is a link to its `lib`, so folders are told apart by real path), Windows' `Lib/site-packages`, and Debian's
 * `local/lib/python3.X/dist-packages` and `lib/python3/dist-packages`. Nothing is run.
 */
function pythonSitePackages(prefix) {
    const candidates = [];
    for (const lib of ['lib', 'lib64'])
        for (const python of entries((0,external_node_path_.join)(prefix, lib)).filter(name => /^python3(?:\.\d+)?t?$/.test(name)))
            candidates.push((0,external_node_path_.join)(prefix, lib, python, 'site-packages'));
    candidates.push((0,external_node_path_.join)(prefix, 'Lib', 'site-packages'));
    for (const python of entries((0,external_node_path_.join)(prefix, 'local', 'lib')).filter(name => /^python3\.\d+$/.test(name)))
        candidates.push((0,external_node_path_.join)(prefix, 'local', 'lib', python, 'dist-packages'));
    candidates.push((0,external_node_path_.join)(prefix, 'lib', 'python3', 'dist-packages'));
    return [...new Set(candidates.filter(isFolder).map(folder => (0,external_node_fs_.realpathSync)(folder)))];
}

;// CONCATENATED MODULE: ./packages/core/src/http/fetch-with-retry.ts

const DEFAULT_RETRY = { attempts: 4, timeoutMs: 30_000, backoffMs: 500, maxRetryAfterMs: 60_000 };
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function retryAfterMs(headers) {
    const value = headers.get('retry-after');
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
const RETRIABLE = new Set([408, 429, 500, 502, 503, 504]);
/**
 * One HTTP request with bounded retries for 408/429/5xx, timeouts and connection resets. A response that is still
 * an error after the last attempt is returned (the caller decides); a service that never answered is a ServiceError.
 */
async function fetchWithRetry(url, init = {}, policy = {}, serviceName = new URL(url).host) {
    const p = { ...DEFAULT_RETRY, ...policy };
    const left = () => (p.deadline === undefined ? Infinity : p.deadline - Date.now());
    const pause = (ms) => sleep(Math.max(0, Math.min(ms, left())));
    let lastProblem = 'no time left before the deadline';
    let attempt = 1;
    for (; attempt <= p.attempts && left() > 0; attempt++) {
        const controller = new AbortController();
        const timeoutMs = Math.min(p.timeoutMs, left());
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        try {
            const response = await fetch(url, { ...init, signal: controller.signal });
            const body = await response.text();
            if (!RETRIABLE.has(response.status) || attempt === p.attempts) {
                return { status: response.status, headers: response.headers, body };
            }
            lastProblem = `HTTP ${response.status}`;
            const wait = retryAfterMs(response.headers);
            if (wait !== undefined && wait > p.maxRetryAfterMs) {
                return { status: response.status, headers: response.headers, body };
            }
            await pause(wait ?? p.backoffMs * 2 ** (attempt - 1));
        }
        catch (error) {
            lastProblem = controller.signal.aborted
                ? `no answer within ${Math.round(timeoutMs / 1000)} s`
                : describeNetworkError(error);
            if (attempt < p.attempts)
                await pause(p.backoffMs * 2 ** (attempt - 1));
        }
        finally {
            clearTimeout(timer);
        }
    }
    const attempts = attempt - 1;
    throw new ServiceError(`${serviceName} could not be reached after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}${attempt <= p.attempts ? ' (the deadline passed)' : ''} (${lastProblem}): check the URL and the runner's network, then re-run`);
}
function describeNetworkError(error) {
    const cause = error?.cause;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
/** fetchWithRetry for a JSON API: a non-2xx answer or a body that is not JSON is a ServiceError. */
async function fetchJson(url, init = {}, policy = {}, serviceName = new URL(url).host) {
    const response = await fetchWithRetry(url, {
        method: init.method,
        headers: {
            accept: 'application/json',
            ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...init.headers
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body)
    }, policy, serviceName);
    if (response.status < 200 || response.status >= 300) {
        const hint = response.status === 429 ? 'rate limited: wait and re-run' : 'check the URL and try again later';
        throw new ServiceError(`${serviceName} answered HTTP ${response.status} to ${init.method ?? 'GET'} ${new URL(url).pathname}: ${hint}`);
    }
    try {
        return JSON.parse(response.body);
    }
    catch {
        throw new ServiceError(`${serviceName} sent a body that is not JSON for ${new URL(url).pathname} (${response.body.length} bytes): try again later`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/secret-input.ts
/**
 * Reads an input that holds a secret (a password, a registry token) like `reader.string`, but keeps it out of the
 * given values, so the reproduce command (`npx ci-suite … --<input> <value>`) never repeats it. The caller still
 * registers the value with `context.secrets` so every output redacts it.
 */
function readSecretInput(reader, name) {
    const value = reader.raw(name);
    reader.given.delete(name);
    return value === undefined ? undefined : value.trim();
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts






























/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S$: () => (/* reexport */ buildMetadataIndex),
  rZ: () => (/* binding */ runCommandLine),
  mC: () => (/* binding */ runRootStep),
  eg: () => (/* reexport */ runStep)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 27 modules
var src = __nccwpck_require__(4450);
;// CONCATENATED MODULE: ./packages/runtime/src/io/step-io.ts

/** The same step's I/O with another log: a gate of the root action writes into its turn at the step's log. */
function withLog(io, log) {
    return {
        mode: io.mode,
        log,
        logger: (0,src/* writerLogger */.Eo)(log),
        mask: value => io.mask(value),
        setOutput: (name, value) => io.setOutput(name, value),
        annotate: annotation => io.annotate(annotation),
        fail: message => io.fail(message),
        writeSummary: blocks => io.writeSummary(blocks)
    };
}

;// CONCATENATED MODULE: ./packages/runtime/src/io/runner-io.ts

/**
 * The runner's I/O. @actions/core is loaded here, on a runner, and nowhere else: it brings undici along through
 * @actions/http-client (about 60 ms of start-up), which the CLI never needs.
 */
async function createRunnerIO() {
    return new RunnerIO(await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3838)));
}
/** The GitHub runner: every write goes through @actions/core, which escapes workflow-command data for us. */
class RunnerIO {
    core;
    mode = 'runner';
    log;
    logger;
    constructor(core) {
        this.core = core;
        this.log = {
            line: (level, message) => core[level](message),
            startGroup: name => core.startGroup(name),
            endGroup: () => core.endGroup()
        };
        this.logger = (0,src/* writerLogger */.Eo)(this.log);
    }
    mask(value) {
        this.core.setSecret(value);
    }
    setOutput(name, value) {
        this.core.setOutput(name, value);
    }
    annotate(annotation) {
        const { core } = this;
        const properties = {
            title: annotation.title,
            file: annotation.file,
            startLine: annotation.line,
            endLine: annotation.endLine,
            startColumn: annotation.endLine && annotation.endLine !== annotation.line ? undefined : annotation.column
        };
        if (annotation.level === 'error')
            core.error(annotation.message, properties);
        else if (annotation.level === 'warning')
            core.warning(annotation.message, properties);
        else
            core.notice(annotation.message, properties);
    }
    fail(message) {
        this.core.error(message);
        process.exitCode = 1;
    }
    async writeSummary(blocks) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        const { markdown } = (0,src/* renderMarkdown */.Gc)(blocks);
        await this.core.summary.addRaw(markdown).write();
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/runtime/src/io/stdio.ts

/**
 * A standard stream written with write(2) on its descriptor, not through `process.stdout`/`process.stderr`: the first
 * use of those loads about twenty of Node's stream modules, 4-5 ms of a terminal run that takes 0.13 s in all.
 *
 * A descriptor that would block (a full pipe its reader set non-blocking) hands what is left, and every later write,
 * to Node's stream, which waits for the reader and keeps the order. A reader that has gone (EPIPE: `| head`) ends the
 * writing quietly, as a terminal program does; any other error is thrown.
 */
class StdioWriter {
    fd;
    stream;
    writeBytes;
    fallback;
    pending = Promise.resolve();
    gone = false;
    constructor(fd, stream, 
    /** write(2): how many bytes it took (tests put a pipe's behaviour here) */
    writeBytes = (fd, bytes, offset) => (0,external_node_fs_.writeSync)(fd, bytes, offset)) {
        this.fd = fd;
        this.stream = stream;
        this.writeBytes = writeBytes;
    }
    write = (text) => {
        if (this.gone || text.length === 0)
            return;
        const bytes = Buffer.from(text, 'utf8');
        if (this.fallback)
            return this.handOver(bytes);
        let offset = 0;
        while (offset < bytes.length) {
            try {
                offset += this.writeBytes(this.fd, bytes, offset);
            }
            catch (error) {
                const code = error.code;
                if (code === 'EPIPE') {
                    this.gone = true;
                    return;
                }
                if (code !== 'EAGAIN')
                    throw error;
                this.fallback = this.stream();
                return this.handOver(bytes.subarray(offset));
            }
        }
    };
    /** resolves once everything written has reached the descriptor */
    flushed() {
        return this.pending;
    }
    handOver(bytes) {
        const stream = this.fallback;
        this.pending = new Promise(resolve => stream.write(bytes, () => resolve()));
    }
}
const stdout = new StdioWriter(1, () => process.stdout);
const stderr = new StdioWriter(2, () => process.stderr);
/** Ends the process with `code` once both writers are flushed (open sockets must not keep it alive). */
async function exitAfterWrites(code) {
    await Promise.all([stdout.flushed(), stderr.flushed()]);
    process.exit(code);
}

;// CONCATENATED MODULE: ./packages/runtime/src/io/terminal-io.ts


/** A developer's terminal: logs to stderr, the summary as plain text to stdout, never a secret anywhere. */
class TerminalIO {
    out;
    err;
    mode = 'terminal';
    log;
    logger;
    constructor(out = stdout.write, err = stderr.write, debug = process.env.RUNNER_DEBUG === '1') {
        this.out = out;
        this.err = err;
        const prefix = { debug: 'debug: ', info: '', warning: 'warning: ' };
        this.log = {
            line: (level, message) => {
                if (level !== 'debug' || debug)
                    this.err(`${prefix[level]}${message}\n`);
            },
            // a group is its heading: a terminal has nothing to fold
            startGroup: name => this.err(`> ${name}\n`),
            endGroup: () => undefined
        };
        this.logger = (0,src/* writerLogger */.Eo)(this.log);
    }
    mask() {
        // a terminal has no mask command; the values stay in the SecretRegistry, which redacts what we print
    }
    setOutput() {
        // outputs are in the JSON report and the summary
    }
    annotate(annotation) {
        const where = annotation.file
            ? `${annotation.file}${annotation.line ? `:${annotation.line}` : ''}${annotation.column ? `:${annotation.column}` : ''}: `
            : '';
        this.out(`${where}${annotation.level}: ${annotation.title ? `${annotation.title}: ` : ''}${annotation.message}\n`);
    }
    fail(message) {
        this.err(`error: ${message}\n`);
        process.exitCode = 1;
    }
    async writeSummary(blocks) {
        this.out('\n' + (0,src/* renderText */.S5)(blocks));
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/runtime/src/reproduce.ts
// credentials are never repeated (the redactor would hide them anyway); report-path is the runner's own
const NOT_REPEATED = new Set(['github-token', 'password', 'report-path']);
function shellQuote(value) {
    return /^[A-Za-z0-9_./:=@%+,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/** The exact `npx ci-suite ...` line that repeats a step at a terminal, from the inputs it was given. */
function reproduceCommand(action, given, range) {
    const parts = ['npx', 'ci-suite', action];
    for (const [name, value] of given) {
        if (NOT_REPEATED.has(name) || name === 'base' || name === 'head')
            continue;
        parts.push(`--${name}`, shellQuote(value.trim()));
    }
    const base = given.get('base') ?? range?.base;
    const head = given.get('head') ?? (range && range.source !== 'inputs' ? range.head : undefined);
    if (base)
        parts.push('--base', shellQuote(base));
    if (head)
        parts.push('--head', shellQuote(head));
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./packages/runtime/src/services/actions-cache.ts
/**
 * The Actions cache service through @actions/cache, loaded on first use (it is the largest part of the toolkit).
 * Unreachable or refused: a warning, and the run carries on.
 */
function createActionsCache(logger, env = process.env) {
    // what @actions/cache's isFeatureAvailable() checks, without loading it
    const available = Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
    let module;
    const load = () => (module ??= Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(641)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2641)));
    const describe = (error) => (error instanceof Error ? error.message : String(error));
    return {
        available,
        async restore(paths, key, restoreKeys = []) {
            if (!available)
                return undefined;
            try {
                return await (await load()).restoreCache(paths, key, restoreKeys);
            }
            catch (error) {
                logger.warning(`the Actions cache could not be read (${describe(error)}); carrying on without it`);
                return undefined;
            }
        },
        async save(paths, key) {
            if (!available)
                return false;
            try {
                return (await (await load()).saveCache(paths, key)) !== -1;
            }
            catch (error) {
                logger.warning(`the Actions cache could not be written (${describe(error)}); carrying on`);
                return false;
            }
        }
    };
}

;// CONCATENATED MODULE: ./packages/runtime/src/services/github-api.ts

/**
 * Octokit from @actions/github with the retry plugin (5xx) and the throttling plugin (429, primary and secondary
 * rate limits). Errors reach domain code as GitHubRequestError with the status, after the retries.
 */
function createGitHubApi(options) {
    let client;
    return {
        async request(route, params = {}) {
            client ??= build(options);
            const octokit = await client;
            try {
                const response = await octokit.request(route, params);
                return {
                    status: response.status,
                    data: response.data,
                    headers: response.headers
                };
            }
            catch (error) {
                const status = error.status ?? 0;
                const message = error instanceof Error ? error.message : String(error);
                throw new src/* GitHubRequestError */.vK(status, `GitHub API ${route} failed (${status || 'no answer'}): ${message.split('\n')[0]}`);
            }
        }
    };
}
/** Octokit is loaded on the first request: most runs never make one. */
async function build(options) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(758)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(475)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856))
    ]);
    const retries = options.retries ?? 3;
    const maxWait = options.maxRetryAfterSeconds ?? 60;
    const timeoutMs = options.requestTimeoutMs ?? 15_000;
    const fetchWithTimeout = (url, init = {}) => {
        const limit = AbortSignal.timeout(timeoutMs);
        return fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, limit]) : limit });
    };
    return getOctokit(options.token, {
        baseUrl: options.baseUrl,
        request: { fetch: fetchWithTimeout },
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: m => options.logger.debug(m),
            error: m => options.logger.debug(m)
        },
        retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            onRateLimit: (retryAfter, _opts, _o, retryCount) => {
                options.logger.warning(`GitHub API rate limit reached; ${retryCount < retries && retryAfter <= maxWait ? `retrying in ${retryAfter} s` : 'giving up'}`);
                return retryCount < retries && retryAfter <= maxWait;
            },
            onSecondaryRateLimit: (retryAfter, _opts, _o, retryCount) => {
                options.logger.warning(`GitHub API secondary rate limit; ${retryCount < retries && retryAfter <= maxWait ? `retrying in ${retryAfter} s` : 'giving up'}`);
                return retryCount < retries && retryAfter <= maxWait;
            }
        }
    }, retry, throttling);
}

;// CONCATENATED MODULE: ./packages/runtime/src/summary-page.ts

const STATUS_ICON = { pass: '✅', fail: '❌', error: '⚠️' };
/** A gate's section of the job summary: verdict, reason, counts, the action's sections, how to reproduce and fix. */
function summaryPage(page) {
    const blocks = [
        (0,src/* heading */.R_)(2, `${STATUS_ICON[page.status]} ${page.title}: ${page.status}`),
        (0,src/* paragraph */.FY)(page.reason)
    ];
    if (page.failOn === 'never' && page.status !== 'pass') {
        blocks.push((0,src/* paragraph */.FY)('Report only (fail-on: never): this step does not fail.'));
    }
    const counts = page.result?.counts ?? [];
    if (counts.length)
        blocks.push((0,src/* table */.tp)(['', 'count'], counts.map(([k, v]) => [k, String(v)]), ['left', 'right']));
    blocks.push(...(page.result?.sections ?? []));
    const omitted = page.annotations?.omitted;
    if (omitted && omitted.error + omitted.warning + omitted.notice > 0) {
        const parts = ['error', 'warning', 'notice']
            .filter(l => omitted[l] > 0)
            .map(l => `${omitted[l]} ${l}${omitted[l] === 1 ? '' : 's'}`);
        blocks.push((0,src/* paragraph */.FY)(`GitHub shows 10 annotations of each kind per step: ${parts.join(', ')} more are in the tables above and in the JSON report.`));
    }
    blocks.push((0,src/* heading */.R_)(3, 'Reproduce locally'), (0,src/* code */.aY)(page.reproduce, 'sh'));
    if (page.result?.fix?.length)
        blocks.push((0,src/* heading */.R_)(3, 'How to fix'), ...page.result.fix);
    return blocks;
}

;// CONCATENATED MODULE: ./packages/runtime/src/evaluate.ts








function describeError(action, error, env) {
    if ((0,src/* isUserFacing */.Qx)(error))
        return `${action}: ${error.message}`;
    const detail = env.RUNNER_DEBUG === '1' && error instanceof Error && error.stack ? `\n${error.stack}` : '';
    return `${action} stopped on an internal error (${(0,src/* errorMessage */.gJ)(error).split('\n')[0]}). This is a bug in ci-suite: please report it with the debug log (re-run with debug logging on).${detail}`;
}
function defaultReportPath(env, action) {
    const temp = env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const step = (env.GITHUB_ACTION || 'local').replace(/[^A-Za-z0-9_.-]/g, '_');
    return (0,external_node_path_.join)(temp, 'ci-suite', `${action}-${step}.json`);
}
/** A run's temporary folder goes when the run ends: what an action wants kept it writes elsewhere (report, outputs). */
function removeTempDir(dir, io) {
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    catch (error) {
        io.logger.debug(`the temporary folder ${dir} could not be removed: ${(0,src/* errorMessage */.gJ)(error)}`);
    }
}
async function findRepoRoot(dir) {
    const git = new src/* Git */.TU(dir);
    try {
        return (await git.isRepository()) ? await git.topLevel() : dir;
    }
    catch {
        return dir;
    }
}
/** Reads inputs, runs one action and turns its result (or its error) into a report, outputs and a summary. */
async function evaluateAction(definition, options) {
    const started = Date.now();
    const { env, io } = options;
    let secrets = options.secrets;
    if (!secrets) {
        secrets = new src/* SecretRegistry */.ks();
        secrets.onRegister(value => io.mask(value));
    }
    const reader = new src/* InputReader */.i_(options.source);
    let common = { workingDirectory: '.', failOn: definition.failOn.default };
    let result;
    let failure;
    let errorStatus = false;
    let range;
    /** this run's own temporary folder: removed when the action is done (a developer's machine keeps no runner temp) */
    let tempDir;
    // read first: a report is written even when another input is bad
    const reportPathInput = reader.string('report-path');
    try {
        common = (0,src/* readCommonInputs */.di)(reader, definition.failOn);
        secrets.register(common.githubToken);
        const inputs = definition.readInputs(reader);
        const event = (0,src/* parseEventContext */.TC)(env);
        range = (0,src/* comparedRange */.vN)(event, common);
        const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || options.cwd || process.cwd());
        const workingDirectory = (0,external_node_path_.resolve)(workspace, common.workingDirectory);
        if (!(0,external_node_fs_.existsSync)(workingDirectory) || !(0,external_node_fs_.statSync)(workingDirectory).isDirectory()) {
            throw new src/* ConfigurationError */.j1(`working-directory ${common.workingDirectory} does not exist in ${workspace}`);
        }
        const tempRoot = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'ci-suite');
        (0,external_node_fs_.mkdirSync)(tempRoot, { recursive: true });
        tempDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempRoot, `${definition.name}-`));
        const context = {
            action: definition.name,
            common,
            event,
            env,
            workspace,
            workingDirectory,
            repoRoot: await findRepoRoot(workingDirectory),
            tempDir,
            logger: (0,src/* redactingLogger */.S)(io.logger, secrets),
            secrets,
            cache: io.mode === 'runner' ? createActionsCache(io.logger, env) : src/* noCache */.wt,
            github: common.githubToken
                ? createGitHubApi({ token: common.githubToken, baseUrl: event.apiUrl, logger: io.logger })
                : undefined,
            mode: io.mode
        };
        result = await definition.run(inputs, context);
        if (result.status === 'error') {
            errorStatus = true;
            failure = `${definition.name}: ${result.summary}`;
        }
    }
    catch (error) {
        errorStatus = true;
        failure = describeError(definition.name, error, env);
    }
    if (tempDir)
        removeTempDir(tempDir, io);
    const status = errorStatus ? 'error' : (result?.status ?? 'error');
    if (status === 'fail')
        failure = `${definition.name}: ${result?.summary ?? 'the gate failed'}`;
    const durationMs = Date.now() - started;
    const summaryLine = result?.summary ?? failure?.replace(`${definition.name}: `, '') ?? '';
    const report = {
        schema: 'ci-suite/report@1',
        action: definition.name,
        status,
        summary: secrets.redact(summaryLine.split('\n')[0]),
        durationMs,
        findings: result?.findings ?? [],
        metrics: result?.metrics ?? {},
        ...(result?.reportFields ?? {})
    };
    const reportPath = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), reportPathInput ?? defaultReportPath(env, definition.name));
    const outputs = {
        status,
        findings: String(result?.failing ?? 0),
        report: reportPath,
        ...(result?.outputs ?? {})
    };
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(reportPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(reportPath, secrets.redact(JSON.stringify(report, null, 2)) + '\n');
        if (result?.sarif) {
            const sarifPath = reportPath.replace(/\.json$/, '') + '.sarif';
            (0,external_node_fs_.writeFileSync)(sarifPath, secrets.redact(JSON.stringify(result.sarif, null, 2)) + '\n');
            outputs.sarif = sarifPath;
        }
    }
    catch (error) {
        failure ??= `${definition.name}: the report could not be written to ${reportPath} (${(0,src/* errorMessage */.gJ)(error)}): check report-path`;
    }
    const annotations = (result?.annotations ?? []).map(a => ({
        ...a,
        message: secrets.redact(a.message),
        title: a.title && secrets.redact(a.title)
    }));
    const selection = (0,src/* selectAnnotations */.TT)(annotations);
    const page = summaryPage({
        title: definition.title,
        status,
        reason: secrets.redact(status === 'error' ? (failure ?? summaryLine).replace(`${definition.name}: `, '').split('\n')[0] : summaryLine),
        result: status === 'error' && !result ? undefined : result,
        annotations: selection,
        reproduce: reproduceCommand(definition.name, reader.given, range),
        failOn: common.failOn,
        durationMs
    });
    // every piece of text an action shows (a formatter's diff, a linter's message, a command line) is redacted
    const blocks = (0,src/* mapBlockText */.zj)(page, text => secrets.redact(text));
    return {
        report,
        reportPath,
        outputs: Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, secrets.redact(v)])),
        annotations,
        blocks,
        failOn: common.failOn,
        failureMessage: failure && secrets.redact(failure),
        exitCode: status !== 'pass' && common.failOn !== 'never' ? 1 : 0,
        secrets
    };
}

;// CONCATENATED MODULE: ./packages/runtime/src/publish.ts

/** Writes what a step leaves: outputs, annotations within the budget, the summary, and the one failure line. */
async function publishStep(outcomes, io, options) {
    for (const [name, value] of Object.entries(options.outputs))
        io.setOutput(name, value);
    const { shown } = (0,src/* selectAnnotations */.TT)(outcomes.flatMap(o => o.annotations));
    for (const annotation of shown)
        io.annotate(annotation);
    try {
        await io.writeSummary(options.blocks);
    }
    catch (error) {
        io.logger.warning(`the job summary could not be written: ${(0,src/* errorMessage */.gJ)(error)}`);
    }
    if (options.failureMessage) {
        if (options.exitCode === 1)
            io.fail(options.failureMessage);
        else
            io.logger.warning(options.failureMessage);
    }
    return options.exitCode;
}
/** One action as one step. */
async function publishGate(outcome, io) {
    return publishStep([outcome], io, {
        outputs: outcome.outputs,
        blocks: outcome.blocks,
        failureMessage: outcome.failureMessage,
        exitCode: outcome.exitCode
    });
}

;// CONCATENATED MODULE: ./packages/runtime/src/index.ts











;// CONCATENATED MODULE: ./packages/suite/src/metadata.ts


/** `actions/<name>/action.yml`, or the root `action.yml` for the name `ci-suite`. */
function actionYmlPath(root, name) {
    return name === 'ci-suite' ? (0,external_node_path_.join)(root, 'action.yml') : (0,external_node_path_.join)(root, 'actions', name, 'action.yml');
}
const METADATA_INDEX_FILE = (0,external_node_path_.join)('dist', 'action-metadata.json');
/** FNV-1a over the text's UTF-16 code units: tells whether an action.yml is still the one the index was built from */
function textHash(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return `${text.length}:${(hash >>> 0).toString(16)}`;
}
const indexes = new Map();
function metadataIndex(root) {
    if (!indexes.has(root)) {
        let index;
        try {
            index = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, METADATA_INDEX_FILE), 'utf8'));
        }
        catch {
            // no index (a checkout not built) or a damaged one: the action.yml files are read instead
        }
        indexes.set(root, index);
    }
    return indexes.get(root);
}
/**
 * An action's metadata: from the build's index when the action.yml is the one it was built from, else parsed here
 * (yaml is loaded only then: an action step that is not the CLI or the root action never needs it).
 */
async function readActionMetadata(root, name) {
    const text = (0,external_node_fs_.readFileSync)(actionYmlPath(root, name), 'utf8');
    const indexed = metadataIndex(root)?.[name];
    if (indexed && indexed.hash === textHash(text))
        return indexed.metadata;
    return parseActionYml(text, name);
}
/** The index the build writes: each named action's metadata, parsed from its action.yml, with the text's hash. */
async function buildMetadataIndex(root, names) {
    const index = {};
    for (const name of names) {
        const text = (0,external_node_fs_.readFileSync)(actionYmlPath(root, name), 'utf8');
        index[name] = { hash: textHash(text), metadata: await parseActionYml(text, name) };
    }
    return index;
}
async function parseActionYml(text, name) {
    const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const doc = parse(text);
    return {
        name: doc.name ?? name,
        description: doc.description ?? '',
        inputs: Object.fromEntries(Object.entries(doc.inputs ?? {}).map(([k, v]) => [
            k,
            {
                description: v?.description ?? '',
                default: v?.default === undefined ? undefined : String(v.default),
                required: v?.required
            }
        ])),
        outputs: Object.fromEntries(Object.entries(doc.outputs ?? {}).map(([k, v]) => [k, { description: v?.description ?? '' }])),
        main: doc.runs?.main
    };
}

;// CONCATENATED MODULE: ./packages/suite/src/registry.ts

/**
 * The actions this build of the suite contains. Each loads on first use (a dynamic import, so a bundle starts
 * with only the code of the action it runs).
 */
const ACTIONS = {
    'lint-gate': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(184), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9239))).definition,
    'secret-scan': async () => (await __nccwpck_require__.e(/* import() */ 941).then(__nccwpck_require__.bind(__nccwpck_require__, 1941))).definition,
    audit: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(243), __nccwpck_require__.e(224), __nccwpck_require__.e(269), __nccwpck_require__.e(177)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9177))).definition,
    'coverage-gate': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(800), __nccwpck_require__.e(65)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5065))).definition,
    sbom: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(243), __nccwpck_require__.e(269), __nccwpck_require__.e(588)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9207))).definition,
    'docker-release': async () => (await __nccwpck_require__.e(/* import() */ 10).then(__nccwpck_require__.bind(__nccwpck_require__, 10))).definition
};
function actionNames() {
    return Object.keys(ACTIONS);
}
async function loadAction(name) {
    const load = ACTIONS[name];
    if (!load)
        throw new src/* ConfigurationError */.j1(`there is no action named ${JSON.stringify(name)}; the actions are ${actionNames().join(', ')}`);
    return load();
}

;// CONCATENATED MODULE: ./packages/suite/src/pipeline.ts







/** Reads `gates` and each gate's `key: value` mapping, checking every name against the gate's action.yml. */
async function planGates(source, root) {
    const reader = new src/* InputReader */.i_(source);
    const gates = reader.list('gates');
    if (gates.length === 0)
        throw new src/* ConfigurationError */.j1(`gates is required: name one or more of ${actionNames().join(', ')}`);
    const seen = new Set();
    const plans = [];
    for (const name of gates) {
        if (!actionNames().includes(name)) {
            throw new src/* ConfigurationError */.j1(`gates names ${JSON.stringify(name)}, which is not a gate; the gates are ${actionNames().join(', ')}`);
        }
        if (seen.has(name))
            throw new src/* ConfigurationError */.j1(`gates names ${name} twice`);
        seen.add(name);
        const mapping = (0,src/* parseMapping */.KV)(reader.raw(name) ?? '', name);
        const known = Object.keys((await readActionMetadata(root, name)).inputs);
        for (const key of mapping.keys()) {
            if (!known.includes(key))
                throw new src/* ConfigurationError */.j1(`${name} has no input ${JSON.stringify(key)}; its inputs are ${known.join(', ')}`);
        }
        plans.push({ name, mapping });
    }
    return plans;
}
function defaultPipelineReportPath(env) {
    const step = (env.GITHUB_ACTION || 'local').replace(/[^A-Za-z0-9_.-]/g, '_');
    return (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'ci-suite', `ci-suite-${step}.json`);
}
/** the line under the gates' table: they ran at once, so the step took less than their durations add up to */
function atOnce(outcomes, stepMs) {
    const gateMs = outcomes.reduce((sum, o) => sum + o.report.durationMs, 0);
    return `The ${outcomes.length} gates ran at once: ${(stepMs / 1000).toFixed(1)} s for the step, ${(gateMs / 1000).toFixed(1)} s of gate time.`;
}
/** The root action: several gates in one process, one combined summary, one merged report. */
async function runPipeline(options) {
    const { io, env } = options;
    const started = Date.now();
    const secrets = new src/* SecretRegistry */.ks();
    secrets.onRegister(value => io.mask(value));
    let plan;
    const commonNames = src/* COMMON_INPUT_NAMES */.Af.filter(n => n !== 'report-path');
    const rootReader = new src/* InputReader */.i_(options.source);
    try {
        plan = await planGates(options.source, options.root);
    }
    catch (error) {
        io.fail(`ci-suite: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
    }
    const shared = (name) => commonNames.includes(name) ? options.source(name) : undefined;
    // the gates run at once (a gate waiting on git, a network or a tool leaves the cores to the others); their logs
    // come out one gate after another, in the order of `gates`
    const outcomes = await (0,src/* runInOrder */.lF)(plan.map(gate => ({
        title: `ci-suite: ${gate.name}`,
        run: async (log) => evaluateAction(await loadAction(gate.name), {
            source: (0,src/* layeredInputSource */.EF)((0,src/* mapInputSource */.az)(gate.mapping), shared),
            env: { ...env, GITHUB_ACTION: `${env.GITHUB_ACTION || 'local'}-${gate.name}` },
            io: withLog(io, log),
            secrets,
            cwd: options.cwd
        })
    })), io.log, text => secrets.redact(text));
    const status = (0,src/* worstStatus */.A4)(outcomes.map(o => o.report.status));
    const failing = outcomes.filter(o => o.report.status !== 'pass');
    const summary = failing.length === 0
        ? `${outcomes.length} of ${outcomes.length} gates passed`
        : `${failing.length} of ${outcomes.length} gates did not pass: ${failing.map(o => `${o.report.action} (${o.report.status})`).join(', ')}`;
    const report = {
        schema: 'ci-suite/report@1',
        action: 'ci-suite',
        status,
        summary,
        durationMs: Date.now() - started,
        gates: outcomes.map(o => o.report)
    };
    const reportPath = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), rootReader.string('report-path') ?? defaultPipelineReportPath(env));
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(reportPath), { recursive: true });
    (0,external_node_fs_.writeFileSync)(reportPath, secrets.redact(JSON.stringify(report, null, 2)) + '\n');
    const blocks = [
        (0,src/* heading */.R_)(2, `${STATUS_ICON[status]} ci-suite: ${status}`),
        (0,src/* paragraph */.FY)(summary),
        (0,src/* table */.tp)(['gate', 'status', 'findings', 'duration'], outcomes.map(o => [
            o.report.action,
            `${STATUS_ICON[o.report.status]} ${o.report.status}`,
            o.outputs.findings ?? '0',
            `${(o.report.durationMs / 1000).toFixed(1)} s`
        ]), ['left', 'left', 'right', 'right']),
        ...(outcomes.length > 1 ? [(0,src/* paragraph */.FY)(atOnce(outcomes, report.durationMs))] : []),
        ...outcomes.flatMap(o => o.blocks.map(b => (b.kind === 'heading' ? { ...b, level: Math.min(4, b.level + 1) } : b)))
    ];
    const exitCode = outcomes.some(o => o.exitCode === 1) ? 1 : 0;
    const reasons = outcomes.filter(o => o.failureMessage && o.exitCode === 1).map(o => o.failureMessage);
    return publishStep(outcomes, io, {
        outputs: {
            status,
            findings: String(outcomes.reduce((n, o) => n + Number(o.outputs.findings ?? 0), 0)),
            report: reportPath
        },
        blocks,
        failureMessage: failing.length ? `ci-suite: ${reasons.length ? reasons.join('; ') : summary}` : undefined,
        exitCode
    });
}

;// CONCATENATED MODULE: ./packages/suite/src/cli.ts





/** `run` is the root action (several gates, one summary), as `uses: org/ci-suite@v1` runs them. */
const PIPELINE_COMMAND = 'run';
async function usage(root) {
    const lines = [
        'Usage: npx ci-suite <action> [--<input> <value> ...]',
        '       npx ci-suite <action> --help',
        '',
        'Runs a ci-suite action at a terminal with the same code, inputs and report as on a runner.',
        '',
        'Actions:'
    ];
    for (const name of [...actionNames(), PIPELINE_COMMAND]) {
        const meta = await readActionMetadata(root, name === PIPELINE_COMMAND ? 'ci-suite' : name);
        lines.push(`  ${name.padEnd(16)} ${meta.description.split('\n')[0]}`);
    }
    lines.push('', 'Exit code 1 when a gate fails or cannot run; the JSON report path is printed at the end.');
    return lines.join('\n') + '\n';
}
function actionHelp(command, meta) {
    const lines = [`Usage: npx ci-suite ${command} [--<input> <value> ...]`, '', meta.description.trim(), '', 'Inputs:'];
    for (const [name, input] of Object.entries(meta.inputs)) {
        const fallback = input.default !== undefined && input.default !== '' ? ` (default: ${input.default})` : '';
        lines.push(`  --${name}${fallback}`, `      ${input.description.trim().replace(/\s*\n\s*/g, ' ')}`);
    }
    lines.push('', 'Outputs (in the JSON report and, on a runner, as step outputs):');
    for (const [name, output] of Object.entries(meta.outputs))
        lines.push(`  ${name.padEnd(16)} ${output.description.trim().replace(/\s*\n\s*/g, ' ')}`);
    return lines.join('\n') + '\n';
}
/** `--name value`, `--name=value`; a flag with no value is `true`. Every name must be an input of the action. */
function parseFlags(args, meta, command) {
    const values = new Map();
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (!arg.startsWith('--'))
            throw new src/* ConfigurationError */.j1(`unexpected argument ${JSON.stringify(arg)}: inputs are given as --<input> <value>`);
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        if (!(name in meta.inputs)) {
            throw new src/* ConfigurationError */.j1(`${command} has no input --${name}; its inputs are ${Object.keys(meta.inputs)
                .map(n => `--${n}`)
                .join(', ')}`);
        }
        let value;
        if (eq > 0)
            value = arg.slice(eq + 1);
        else if (i + 1 < args.length && !args[i + 1].startsWith('--'))
            value = args[++i];
        else
            value = 'true';
        values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
    }
    return values;
}
/** The local CLI. Returns the exit code. */
async function runCli(options) {
    const out = options.out ?? stdout.write;
    const err = options.err ?? stderr.write;
    const [command, ...rest] = options.argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        out(await usage(options.root));
        return command ? 0 : 1;
    }
    if (command !== PIPELINE_COMMAND && !actionNames().includes(command)) {
        err(`error: there is no action named ${JSON.stringify(command)}\n\n`);
        out(await usage(options.root));
        return 1;
    }
    const meta = await readActionMetadata(options.root, command === PIPELINE_COMMAND ? 'ci-suite' : command);
    if (rest.includes('--help') || rest.includes('-h')) {
        out(actionHelp(command, meta));
        return 0;
    }
    const io = new TerminalIO(out, err);
    let flags;
    try {
        flags = parseFlags(rest, meta, command);
    }
    catch (error) {
        err(`error: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
    // a local run is not a workflow run, even inside one: no event, no runner files
    const env = {
        ...options.env,
        GITHUB_OUTPUT: undefined,
        GITHUB_STEP_SUMMARY: undefined,
        GITHUB_EVENT_PATH: undefined,
        GITHUB_EVENT_NAME: undefined
    };
    if (command === PIPELINE_COMMAND) {
        return runPipeline({ source: (0,src/* mapInputSource */.az)(flags), env, io, root: options.root, cwd: options.cwd });
    }
    const definition = await loadAction(command);
    const outcome = await evaluateAction(definition, { source: (0,src/* mapInputSource */.az)(flags), env, io, cwd: options.cwd });
    const code = await publishGate(outcome, io);
    out(`\nReport: ${outcome.reportPath}\n`);
    return code;
}

;// CONCATENATED MODULE: ./packages/suite/src/step.ts



/** The body of `dist/<name>/index.js`: one action as a runner step. */
async function runStep(name) {
    await runDefinition(name, () => loadAction(name));
}
/** One action, given its definition, as a runner step; exits with the step's code. */
async function runDefinition(name, load) {
    const io = await createRunnerIO();
    let code = 1;
    try {
        const definition = await load();
        const outcome = await evaluateAction(definition, { source: (0,src/* envInputSource */.lQ)(process.env), env: process.env, io });
        code = await publishGate(outcome, io);
    }
    catch (error) {
        io.fail(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    // open sockets (keep-alive to the API, the cache service) must not keep the step alive
    process.stdout.write('', () => process.exit(code));
}

;// CONCATENATED MODULE: ./packages/suite/src/bundle.ts
/**
 * The one bundle every entry file loads (dist/suite/index.js): the step runner, the root pipeline and the CLI.
 * Each action's own code is a separate chunk, loaded on first use.
 */






// for scripts/build.mjs, which writes dist/action-metadata.json with it

async function runRootStep(root) {
    const io = await createRunnerIO();
    let code = 1;
    try {
        code = await runPipeline({ source: (0,src/* envInputSource */.lQ)(process.env), env: process.env, io, root });
    }
    catch (error) {
        io.fail(`ci-suite: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.stdout.write('', () => process.exit(code));
}
async function runCommandLine(root) {
    let code = 1;
    try {
        code = await runCli({ argv: process.argv.slice(2), env: process.env, root });
    }
    catch (error) {
        stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    await exitAfterWrites(code);
}

var __webpack_exports__buildMetadataIndex = __webpack_exports__.S$;
var __webpack_exports__runCommandLine = __webpack_exports__.rZ;
var __webpack_exports__runRootStep = __webpack_exports__.mC;
var __webpack_exports__runStep = __webpack_exports__.eg;
export { __webpack_exports__buildMetadataIndex as buildMetadataIndex, __webpack_exports__runCommandLine as runCommandLine, __webpack_exports__runRootStep as runRootStep, __webpack_exports__runStep as runStep };
