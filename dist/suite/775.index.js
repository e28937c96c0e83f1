export const id = 775;
export const ids = [775];
export const modules = {

/***/ 2775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUILTIN_SPECS: () => (/* reexport */ builtin/* BUILTIN_SPECS */.Hs),
  Detector: () => (/* reexport */ Detector),
  builtinRules: () => (/* reexport */ builtin/* builtinRules */.DC),
  definition: () => (/* binding */ definition),
  redactSecret: () => (/* reexport */ redactSecret)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 27 modules
var src = __webpack_require__(4450);
;// CONCATENATED MODULE: ./packages/secrets/src/config/baseline.ts


const locationKey = (ruleId, file, line, commit) => `${ruleId}\u0000${file}\u0000${line}\u0000${commit ?? ''}`;
function readBaseline(path) {
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`baseline: ${path} is not a readable JSON report (${error.message.split('\n')[0]})`);
    }
    const fingerprints = new Set();
    const locations = new Set();
    if (Array.isArray(data)) {
        // gitleaks --report-format json: [{RuleID, File, StartLine, Commit, Fingerprint, ...}]
        for (const entry of data) {
            if (typeof entry.Fingerprint === 'string')
                fingerprints.add(entry.Fingerprint);
            if (typeof entry.RuleID === 'string' && typeof entry.File === 'string') {
                locations.add(locationKey(entry.RuleID, entry.File, Number(entry.StartLine ?? 0), entry.Commit || undefined));
            }
        }
        return { fingerprints, locations, size: data.length };
    }
    const report = data;
    const findings = report.findings ?? report.gates?.filter(g => g.action === 'secret-scan').flatMap(g => g.findings ?? []) ?? undefined;
    if (!report.schema?.startsWith('ci-suite/report') || !findings) {
        throw new src/* ConfigurationError */.j1(`baseline: ${path} is neither a ci-suite report nor a gitleaks JSON report`);
    }
    for (const f of findings) {
        if (typeof f.fingerprint === 'string')
            fingerprints.add(f.fingerprint);
        if (typeof f.gitleaksFingerprint === 'string')
            fingerprints.add(f.gitleaksFingerprint);
    }
    return { fingerprints, locations, size: findings.length };
}

// EXTERNAL MODULE: ./packages/secrets/src/rules/shape.ts
var shape = __webpack_require__(5820);
;// CONCATENATED MODULE: ./packages/secrets/src/config/paths.ts


/** the part of a path after its last `.`, lower-cased; '' when there is none */
function extensionOf(path) {
    const dot = path.lastIndexOf('.');
    return dot < 0 ? '' : path.slice(dot + 1).toLowerCase();
}
const basenameOf = (path) => path.slice(path.lastIndexOf('/') + 1);
/** Files skipped by their base name: lockfiles, and the ignore and config files of gitleaks and trufflehog. */
const SKIPPED_NAMES = new Set([
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'deno.lock',
    'Pipfile.lock',
    'poetry.lock',
    'Cargo.lock',
    'composer.lock',
    'Gemfile.lock',
    'go.sum',
    'gradle.lockfile',
    '.gitleaksignore',
    'gitleaksignore',
    '.gitleaks.toml',
    'gitleaks.toml',
    '.trufflehogignore'
]);
/** Media and binaries, by extension (any case). */
const BINARY_EXTENSIONS = new Set(('png jpg jpeg gif bmp ico tif tiff webp svg eot otf ttf woff woff2 pdf doc docx xls xlsx ppt pptx zip gz tgz bz2 ' +
    'xz 7z jar war class exe dll so dylib o a pyc wasm mp3 mp4 mov avi').split(' '));
/** Dependency folders, as whole path segments; the substring tests before them decide most paths without a regex. */
const DEPENDENCY_DIR = /(?:^|\/)(?:node_modules|bower_components|\.git)(?:\/|$)/;
const VENDORED = /(?:^|\/)vendor\/(?:github\.com|golang\.org|gopkg\.in|k8s\.io|bundle|ruby)\//;
/**
 * Minified bundles: skipped by name here (the suffixes also go to git: `skippedPathAttributes`), and by their line
 * lengths where content is at hand.
 */
const MINIFIED_SUFFIXES = ['.min.js', '.min.mjs', '.min.cjs', '.min.css', '.js.map', '.css.map'];
const MINIFIED_NAME = new RegExp(`(?:${MINIFIED_SUFFIXES.map(shape/* escapeRegex */.$f).join('|')})$|(?:^|/)[\\w.-]*\\.bundle\\.js$`);
/**
 * Paths never worth scanning: dependencies, lockfiles, media and binaries (the spirit of gitleaks' global allowlist),
 * and the scanners' own ignore files.
 */
function isDefaultSkipped(path) {
    if (SKIPPED_NAMES.has(basenameOf(path)) || BINARY_EXTENSIONS.has(extensionOf(path)))
        return true;
    if ((path.includes('node_modules') || path.includes('bower_components') || path.includes('.git')) &&
        DEPENDENCY_DIR.test(path))
        return true;
    return path.includes('vendor/') && VENDORED.test(path);
}
/**
 * Some default skips as git attributes, each path marked `-diff`: given to git for history reads
 * (`core.attributesFile`), so git reports those files as binary instead of diffing what the scan leaves out anyway.
 * Lockfiles by name and minified files by suffix only: on prettier/prettier's history the lockfiles alone took git
 * from 22.1 to 8.7 s, while the media extensions and the dependency folders, as patterns git matches against every
 * path, added about a tenth to git's time on expressjs/express, where nothing is skipped (git tells binaries by
 * their bytes anyway). Every pattern matches only paths that `isDefaultSkipped` or `isMinifiedName` skip.
 */
function skippedPathAttributes() {
    const patterns = [...SKIPPED_NAMES, ...MINIFIED_SUFFIXES.map(suffix => `*${suffix}`)];
    return patterns.map(p => `${p} -diff\n`).join('');
}
function isMinifiedName(path) {
    // each alternative needs `.min.`, a `.map` ending or a `.bundle.js` ending
    if (!path.includes('.min.') && !path.endsWith('.map') && !path.endsWith('.bundle.js'))
        return false;
    return MINIFIED_NAME.test(path);
}
const SCRIPT_NAME = /\.(?:js|mjs|cjs|css)$/;
const LONG_LINE = 1000;
/** A script or stylesheet whose lines run long: generated, not written by hand. */
function looksMinified(path, longestLine) {
    return SCRIPT_NAME.test(path) && longestLine > LONG_LINE;
}
/**
 * The same test on a file's bytes, without splitting it: from each line start, the last line break within the next
 * 1000 bytes is the next line start (one backward search of a few bytes per jump of about 1000).
 */
function isMinifiedLongLine(path, bytes) {
    if (bytes.length <= LONG_LINE || !SCRIPT_NAME.test(path))
        return false;
    let start = 0;
    while (bytes.length - start > LONG_LINE) {
        const limit = start + LONG_LINE;
        let i = limit;
        while (i >= start && bytes[i] !== 10)
            i--;
        if (i < start)
            return true;
        start = i + 1;
    }
    return false;
}
/** Glob to RegExp: `**` any depth, `*` within a segment, `?` one character; a pattern without `/` matches any segment. */
function globToRegExp(glob) {
    let pattern = glob.trim().replace(/^\.\//, '');
    const anchored = pattern.includes('/') && !pattern.startsWith('**/');
    if (pattern.endsWith('/'))
        pattern += '**';
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            out += '.*';
            i++;
            if (pattern[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`${anchored ? '^' : '(?:^|/)'}${out.replace(/^\//, '')}(?:/.*)?$`);
}
/** `.gitleaksignore`: one gitleaks fingerprint per line, `commit:file:rule:line` or `file:rule:line`. */
function readGitleaksIgnore(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return new Set();
    return new Set((0,external_node_fs_.readFileSync)(file, 'utf8')
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => l && !l.startsWith('#')));
}
/** Decides once per path whether a file is scanned. */
class PathFilter {
    excludes;
    scopePrefix;
    cache = new Map();
    constructor(excludes, scopePrefix) {
        this.excludes = excludes;
        this.scopePrefix = scopePrefix;
    }
    reason(path) {
        let reason = this.cache.get(path);
        if (reason !== undefined)
            return reason;
        reason = null;
        if (this.scopePrefix && !path.startsWith(this.scopePrefix))
            reason = 'excluded';
        else if (isDefaultSkipped(path) || this.excludes.some(e => e.test(path)))
            reason = 'excluded';
        else if (isMinifiedName(path))
            reason = 'minified';
        if (this.cache.size < 200_000)
            this.cache.set(path, reason);
        return reason;
    }
}

// EXTERNAL MODULE: ./packages/secrets/src/rules/builtin.ts + 2 modules
var builtin = __webpack_require__(590);
;// CONCATENATED MODULE: ./packages/secrets/src/engine/allowlist.ts
function targetText(allowlist, c) {
    if (allowlist.regexTarget === 'match')
        return c.match;
    if (allowlist.regexTarget === 'line')
        return c.line;
    return c.secret;
}
/** gitleaks' semantics: OR (default) allows when any criterion holds; AND when every criterion given holds. */
function allowedBy(allowlist, c) {
    if (allowlist.targetRules.length > 0 && !allowlist.targetRules.includes(c.rule.id))
        return false;
    const checks = [];
    if (allowlist.commits.length)
        checks.push(() => c.commit !== undefined && allowlist.commits.some(sha => c.commit.startsWith(sha)));
    if (allowlist.paths.length)
        checks.push(() => allowlist.paths.some(p => p.test(c.path)));
    if (allowlist.regexes.length) {
        checks.push(() => {
            const text = targetText(allowlist, c);
            return allowlist.regexes.some(r => r.test(text));
        });
    }
    if (allowlist.stopwords.length) {
        checks.push(() => {
            const lower = c.secret.toLowerCase();
            return allowlist.stopwords.some(w => lower.includes(w.toLowerCase()));
        });
    }
    if (checks.length === 0)
        return false;
    return allowlist.condition === 'AND' ? checks.every(check => check()) : checks.some(check => check());
}
function isAllowlisted(c, global) {
    return c.rule.allowlists.some(a => allowedBy(a, c)) || global.some(a => allowedBy(a, c));
}

;// CONCATENATED MODULE: ./packages/secrets/src/engine/keyword-pass-wasm.ts
// Generated by scripts/build-wasm.mjs from keyword-pass.wat: do not edit (npm run wasm).
const WASM_BASE64 = 'AGFzbQEAAAABEwJgA39/fwF/YAd/f39/f39/AX8DAwIAAQUDAQABBhADfwFBAAt/AUEAC38BQQALBywFBm1lbW9yeQIABmNvdW50MQMABmNvdW50MgMBBmNvdW50MwMCBHNjYW4AAQraBAJCAQJ/IAEgAmsgACABIAAgAmpLGyEDAkADQCADIAFPDQEgBCADLQAALQAAakECdCgCgAghBCADQQFqIQMMAAsLIAQLlAQBEn8gACELIAsgAWohDCAMIAFqIQ0gDSABaiEOIAUhDyAPIAZqIRAgECAGaiERIBEgBmohEiAQIRMgESEUIBIhFSASIAZqIRYgACAMIAMQACEIIAAgDSADEAAhCSAAIA4gAxAAIQogDCEXAkADQCALIBdPDQEgByALLQAALQAAakECdCgCgAghByAIIAwtAAAtAABqQQJ0KAKACCEIIAkgDS0AAC0AAGpBAnQoAoAIIQkgCiAOLQAALQAAakECdCgCgAghCiAHIARPBEAgDyATSQRAIA8gCyAAazYCACAPIAc2AgQLIA9BCGohDwsgCCAETwRAIBAgFEkEQCAQIAwgAGs2AgAgECAINgIECyAQQQhqIRALIAkgBE8EQCARIBVJBEAgESANIABrNgIAIBEgCTYCBAsgEUEIaiERCyAKIARPBEAgEiAWSQRAIBIgDiAAazYCACASIAo2AgQLIBJBCGohEgsgC0EBaiELIAxBAWohDCANQQFqIQ0gDkEBaiEODAALCyAAIAJqIRgCQANAIA4gGE8NASAKIA4tAAAtAABqQQJ0KAKACCEKIAogBE8EQCASIBZJBEAgEiAOIABrNgIAIBIgCjYCBAsgEkEIaiESCyAOQQFqIQ4MAAsLIBAgBSAGamtBA3YkACARIAUgBkEBdGprQQN2JAEgEiAFIAZBA2xqa0EDdiQCIA8gBWtBA3YL';

;// CONCATENATED MODULE: ./packages/secrets/src/engine/keyword-pass.ts

/** the hits one quarter of a file may hold; a file with more is walked by the JavaScript loop instead */
const QUARTER_CAPACITY = 8 * 1024;
/** keyword-pass.wat reads a byte's class at this constant offset */
const CLASSES_AT = 0;
/** keyword-pass.wat reads the table at this constant offset */
const TABLE_AT = 1024;
const PAGE = 64 * 1024;
const wasmApi = globalThis.WebAssembly;
let compiled;
/** the module, compiled once per process; null where WebAssembly is unavailable (node --jitless) */
function wasmModule() {
    if (compiled === undefined) {
        try {
            compiled = wasmApi ? new wasmApi.Module(Buffer.from(WASM_BASE64, 'base64')) : null;
        }
        catch {
            compiled = null;
        }
    }
    return compiled;
}
/**
 * The keyword automaton's pass over bytes in WebAssembly (keyword-pass.wat): the same walk as the JavaScript one in
 * keywords.ts, four quarters at once, with the same hits. Each file's bytes are copied into the module's memory,
 * after the tables, which grows to the largest file.
 */
class WasmKeywordPass {
    exports;
    out;
    input;
    accepting;
    width;
    bytes;
    words;
    constructor(instance, classes, delta, accepting, width) {
        this.exports = instance.exports;
        this.out = TABLE_AT + delta.length * 4;
        this.input = this.out + 4 * QUARTER_CAPACITY * 8;
        this.ensure(this.input);
        // the automaton's own tables, copied as they are (a typed array's set, not a loop over 34,000 entries)
        this.width = width;
        this.accepting = accepting;
        this.bytes.set(classes, CLASSES_AT);
        this.words.set(delta, TABLE_AT >> 2);
    }
    /**
     * A pass for an automaton's tables (`delta` premultiplied by `width`, `accepting` the first accepting state, also
     * premultiplied); undefined where WebAssembly is unavailable.
     */
    static create(classes, delta, accepting, width) {
        const module = wasmModule();
        if (!module)
            return undefined;
        return new WasmKeywordPass(new wasmApi.Instance(module, {}), classes, delta, accepting, width);
    }
    /** memory for `size` bytes from 0, the views renewed when it grows */
    ensure(size) {
        const memory = this.exports.memory;
        if (memory.buffer.byteLength < size)
            memory.grow(Math.ceil((size - memory.buffer.byteLength) / PAGE));
        if (this.bytes?.buffer !== memory.buffer) {
            this.bytes = new Uint8Array(memory.buffer);
            this.words = new Int32Array(memory.buffer);
        }
    }
    /**
     * Every hit in `source` into `into` (chains 1 to 3 start `overlap` bytes before their quarter: the longest keyword
     * less one). False when a quarter had more hits than the memory holds: the caller walks that input itself.
     */
    scan(source, overlap, into) {
        const n = source.length;
        this.ensure(this.input + n);
        this.bytes.set(source, this.input);
        const { out, exports } = this;
        const cap = QUARTER_CAPACITY * 8;
        const counts = [
            exports.scan(this.input, n >> 2, n, overlap, this.accepting, out, cap),
            exports.count1.value,
            exports.count2.value,
            exports.count3.value
        ];
        if (counts.some(count => count > QUARTER_CAPACITY))
            return false;
        const total = counts[0] + counts[1] + counts[2] + counts[3];
        if (into.ends.length < total) {
            into.ends = new Int32Array(Math.max(total, into.ends.length * 2));
            into.states = new Int32Array(into.ends.length);
        }
        const words = this.words;
        const { ends, states } = into;
        const width = this.width;
        let k = 0;
        for (let quarter = 0; quarter < 4; quarter++) {
            const from = (out + quarter * cap) >> 2;
            for (let h = from, end = from + counts[quarter] * 2; h < end; h += 2, k++) {
                ends[k] = words[h];
                states[k] = words[h + 1] / width;
            }
        }
        into.count = total;
        return true;
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/engine/keywords.ts

/**
 * Every rule's keywords in one Aho-Corasick automaton: one pass over a line or a whole file finds every keyword at
 * once, ASCII-case-insensitively, with one table look-up per byte (no lower-cased copy, no regex alternation).
 * Keywords are lower-case ASCII; the caller treats a rule with any other keyword as one that sees every line.
 *
 * The pass is bound by the latency of one look-up after the other, so the table is kept small enough for the
 * processor's nearest caches: bytes map to classes (one per character the keywords use, upper-case folded onto
 * lower-case, one for everything else), states are stored premultiplied by the class count, and the states where a
 * keyword ends come last, so a hit is found by one comparison. Files are walked by the same loop in WebAssembly
 * (keyword-pass.ts) where it is available.
 */
class KeywordAutomaton {
    keywords;
    /** byte → class; 0 for bytes no keyword contains */
    classes = new Uint8Array(256);
    /** premultiplied state + class → premultiplied next state */
    delta;
    /** the first premultiplied state where a keyword ends: every state from it on is one */
    accepting;
    width;
    /** per state: the keywords (indices) that end there, through failure links too; empty for most states */
    outputs;
    /** a file's hits: end offsets and states, reused between files */
    ends = new Int32Array(256);
    states = new Int32Array(256);
    count = 0;
    /** the second half's hits, appended to the first half's at the end */
    tail = { ends: new Int32Array(256), states: new Int32Array(256), count: 0 };
    /** the longest keyword's length */
    longest;
    /** the WebAssembly pass, made on the first file; null when it is off or unavailable */
    pass;
    /** `wasm: false` keeps every pass in JavaScript (tests compare the two) */
    constructor(keywords, options = {}) {
        this.keywords = keywords;
        if (options.wasm === false)
            this.pass = null;
        const classes = this.classes;
        let width = 1;
        for (const keyword of keywords)
            for (let i = 0; i < keyword.length; i++) {
                const c = keyword.charCodeAt(i) & 255;
                if (classes[c] === 0)
                    classes[c] = width++;
            }
        for (let c = 65; c <= 90; c++)
            classes[c] = classes[c + 32];
        // the trie, written straight into the transition table (states premultiplied by the width; 0 = no child yet,
        // as no edge leads back to the root), with each state's edges listed for the breadth-first pass below
        let capacity = 1;
        for (const keyword of keywords)
            capacity += keyword.length;
        const delta = new Int32Array(capacity * width);
        const edges = [[]];
        const outputs = [[]];
        for (let k = 0; k < keywords.length; k++) {
            const keyword = keywords[k];
            let state = 0;
            for (let i = 0; i < keyword.length; i++) {
                const c = classes[keyword.charCodeAt(i) & 255];
                let next = delta[state + c];
                if (next === 0) {
                    next = edges.length * width;
                    edges.push([]);
                    outputs.push([]);
                    delta[state + c] = next;
                    edges[state / width].push(c, next);
                }
                state = next;
            }
            outputs[state / width].push(k);
        }
        const n = edges.length;
        // failure links, breadth first: a state's row is its failure state's row with its own edges written over it
        const fail = new Int32Array(n);
        const queue = [];
        for (let e = 0; e < edges[0].length; e += 2)
            queue.push(edges[0][e + 1]);
        for (let q = 0; q < queue.length; q++) {
            const state = queue[q];
            const f = fail[state / width];
            const own = edges[state / width];
            if (outputs[f / width].length)
                outputs[state / width] = [...outputs[state / width], ...outputs[f / width]];
            delta.copyWithin(state, f, f + width);
            for (let e = 0; e < own.length; e += 2) {
                const c = own[e];
                const next = own[e + 1];
                fail[next / width] = delta[f + c];
                delta[state + c] = next;
                queue.push(next);
            }
        }
        // renumbered so that the states where a keyword ends come last: "is this a hit" is then one comparison with a
        // bound held in a register, not a second table look-up per byte
        const order = [];
        for (let state = 0; state < n; state++)
            if (outputs[state].length === 0)
                order.push(state);
        const firstAccepting = order.length;
        for (let state = 0; state < n; state++)
            if (outputs[state].length)
                order.push(state);
        const renamed = new Int32Array(n);
        for (let i = 0; i < n; i++)
            renamed[order[i]] = i * width;
        const size = n * width;
        const table = size <= 0xffff ? new Uint16Array(size) : new Int32Array(size);
        for (let i = 0; i < n; i++) {
            const from = order[i] * width;
            const to = i * width;
            for (let c = 0; c < width; c++)
                table[to + c] = renamed[delta[from + c] / width];
        }
        this.delta = table;
        this.accepting = firstAccepting * width;
        this.outputs = order.map(state => outputs[state]);
        this.width = width;
        this.longest = Math.max(1, ...keywords.map(k => k.length));
    }
    /** The accepting states met in a string, in order (a character above 255 matches no keyword). */
    statesIn(text) {
        const { delta, accepting, classes } = this;
        let found;
        let s = 0;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            s = delta[s + (c > 255 ? 0 : classes[c])];
            if (s >= accepting)
                (found ??= []).push(s / this.width);
        }
        return found;
    }
    /**
     * Every keyword hit in bytes: the count; `hitEnd(i)` is the offset of the hit's last byte, `hitState(i)` its state,
     * in order. UTF-8 bytes of other characters are never part of an ASCII keyword, so no decoding is needed.
     *
     * WebAssembly walks it when it can (keyword-pass.wat: four quarters at once, faster from the first file, as it
     * needs no warm-up in V8's slower tiers). This loop is the fallback: an input of 512 bytes or more is walked as two
     * halves at once (two independent chains of look-ups keep the processor busier than one); the second half starts a
     * keyword's length early, so a keyword across the middle is found once.
     */
    scanBytes(bytes) {
        if (this.pass === undefined)
            this.pass = WasmKeywordPass.create(this.classes, this.delta, this.accepting, this.width) ?? null;
        if (this.pass?.scan(bytes, this.longest - 1, this))
            return this.count;
        return this.scanBytesInJavaScript(bytes);
    }
    scanBytesInJavaScript(bytes) {
        const { delta, accepting, classes } = this;
        const n = bytes.length;
        const mid = n >> 1;
        const from = mid - this.longest + 1;
        this.count = 0;
        this.tail.count = 0;
        if (n < 512 || from <= 0) {
            let s = 0;
            for (let i = 0; i < n; i++) {
                s = delta[s + classes[bytes[i]]];
                if (s >= accepting)
                    this.push(this, i, s);
            }
            return this.count;
        }
        let s = 0;
        let t = 0;
        for (let i = 0; i < mid; i++) {
            s = delta[s + classes[bytes[i]]];
            t = delta[t + classes[bytes[from + i]]];
            if (s >= accepting)
                this.push(this, i, s);
            if (t >= accepting && from + i >= mid)
                this.push(this.tail, from + i, t);
        }
        for (let j = from + mid; j < n; j++) {
            t = delta[t + classes[bytes[j]]];
            if (t >= accepting)
                this.push(this.tail, j, t);
        }
        for (let k = 0; k < this.tail.count; k++)
            this.push(this, this.tail.ends[k], -1, this.tail.states[k]);
        return this.count;
    }
    /** appends a hit; `state` is premultiplied, or -1 with `plain` already divided */
    push(to, end, state, plain = 0) {
        if (to.count === to.ends.length) {
            to.ends = grow(to.ends);
            to.states = grow(to.states);
        }
        to.ends[to.count] = end;
        to.states[to.count++] = state < 0 ? plain : state / this.width;
    }
    hitEnd(i) {
        return this.ends[i];
    }
    hitState(i) {
        return this.states[i];
    }
}
function grow(array) {
    const bigger = new Int32Array(array.length * 2);
    bigger.set(array);
    return bigger;
}

;// CONCATENATED MODULE: ./packages/secrets/src/engine/entropy.ts
const counts = new Uint32Array(128);
/** Shannon entropy in bits per character, as gitleaks computes it for `entropy` thresholds. */
function shannonEntropy(text) {
    const length = text.length;
    if (length === 0)
        return 0;
    let other;
    counts.fill(0);
    for (let i = 0; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c < 128)
            counts[c]++;
        else {
            other ??= new Map();
            other.set(c, (other.get(c) ?? 0) + 1);
        }
    }
    let entropy = 0;
    const add = (n) => {
        const p = n / length;
        entropy -= p * Math.log2(p);
    };
    for (let c = 0; c < 128; c++)
        if (counts[c])
            add(counts[c]);
    if (other)
        for (const n of other.values())
            add(n);
    return entropy;
}

;// CONCATENATED MODULE: ./packages/secrets/src/engine/placeholders.ts

const FILLER = /x{4,}|X{4,}|\*{3,}|\.{3,}|…|0{8,}|(?:0123456789|1234567890|abcdefghij|ABCDEFGHIJ)/;
const PLACEHOLDER_WORDS = /(?:^|[^A-Za-z0-9])(?:your|my|insert|replace|enter|put)[-_ ](?:[a-z]+[-_ ])*?(?:key|token|secret|password|pass|pwd|here|value|id)(?:$|[^a-z])|changeme|change[-_]me|placeholder|<[^>]*>/i;
const TEMPLATE = /\$\{\{|\$\{[A-Za-z_][\w.]*\}|^\$[A-Za-z_][\w]*$|\{\{[^}]*\}\}|^%[A-Za-z_]+%$|^@[A-Za-z_]+@$/;
const ENVIRONMENT = /(?:os\.environ|os\.getenv|getenv\(|process\.env|import\.meta\.env|System\.getenv|ENV\[|Environment\.GetEnvironmentVariable|env\(|secrets\.)/;
const INTEGRITY = /sha(?:1|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}/g;
const DATA_URI = /data:[\w/+.-]+(?:;[\w=.-]+)*;base64,[A-Za-z0-9+/=]*/g;
const PUBLIC_MATERIAL = /-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK|X509 CRL|CERTIFICATE REQUEST)|\b(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA/;
/** the word a tutorial puts where the password goes */
const PLACEHOLDER_VALUE = /^(?:(?:my|your)[-_]?)?(?:pass(?:word|wd)?|pwd|secret|token|(?:api[-_]?)?key|credentials?)$|^(?:changeme|admin|root|test|guest|user(?:name)?|example|foo|bar|baz|dummy|none|null|empty|x+|\*+|\.+|-+)$/i;
/** the hosts RFC 2606 keeps for documentation: a URL's password before one of them is an example */
const EXAMPLE_HOST = /^@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid))(?![\w.-])/i;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SHA = /^(?:[0-9a-f]{7,12}|[0-9a-f]{40}|[0-9a-f]{64})$/;
const ONLY_WORDS = /^[A-Za-z_.\-/]+$/;
/** a name or a dotted path of names (`urllib2.HTTPBasicAuthHandler`, `this.#id`): what code refers to things by */
const CODE_PATH = /^[A-Za-z_$][\w$]*(?:\.#?[A-Za-z_$][\w$]*)*$/;
/** the generic rule's names, with `api` as gitleaks takes it (`Api`, `api`, `API`: not the `aPi` of `ultraPictureBox`) */
const NAME_KEYWORD = new RegExp(builtin/* GENERIC_NAMES */.dE.filter(n => n !== 'api').join('|'), 'i');
const API_KEYWORD = /[Aa]pi|API/;
/** a name that calls its value a secret outright: a hash-shaped value under it is still a finding (a UUID stays an id) */
const SECRET_NAME = /secret|credential|passw|private|token|api[_.-]?key|apikey/i;
/** a name that calls its value a hash, an id or a version, even next to a secret word (`commit_token`, `key_id`) */
const HASH_OR_ID_NAME = /commit|sha|hash|digest|checksum|rev(?:ision)?\b|etag|integrity|fingerprint|version|(?:^|[_.-])id$|[a-z]Id$/i;
/** a version inside the value (`rc0.15.0_2023…-SNAPSHOT`, `jjwt-jackson-0.11.2`): a release, not a secret */
const VERSION = /(?:^|[^\d.])\d{1,4}\.\d{1,4}\.\d{1,6}(?:[^\d.]|$)/;
/** a host name (`sm02915.int.contoso.com`, `dev-lb1.api.example.com:5215`) */
const HOST = /^[a-z\d][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}(?::\d{1,5})?$/i;
/** a dotted name in lower case (`jetbrains.mps.v8_elimination`), or the next property's name taken for an empty value
 * (`snowflake.password= jdbc.snowflake.url=`) */
const DOTTED_NAME = /^[a-z][a-z\d_-]*(?:\.[a-z][a-z\d_-]*){2,}$|^[a-z][\w-]*(?:\.[\w-]+)+=$/;
/** Stop words a generic value may not contain (a short list in the spirit of gitleaks' generic-api-key allowlist). */
const GENERIC_STOPWORDS = [
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
];
/** Names that contain a generic keyword but never hold a secret (`keyboard`, `public_key`, `api_version`, ...). */
const NON_SECRET_NAMES = /(?:keyboard|keypress|keydown|keyup|keycode|keyframe|keyword|keys?tore[_.-]?(?:path|file|type)|key[_.-]?(?:id|name|alias|size|length|path|file|type|prefix|pattern|format|field|ring|pair|spec|usage)|public[_.-]?key|pub[_.-]?key|primary[_.-]?key|foreign[_.-]?key|sort[_.-]?key|partition[_.-]?key|cache[_.-]?key|api[_.-]?(?:version|url|uri|host|base|endpoint|name|id|path|port|docs?)|token[_.-]?(?:url|uri|endpoint|type|expir\w*|ttl|length|name|path|file)|auth(?:or|ority|enticat\w*|ori[sz]\w*)?[_.-]?(?:url|uri|endpoint|type|method|mode|provider|header|name|domain)|author|access[_.-]?(?:ibility|or|level|log|mode|control|type)|secret[_.-]?(?:name|ref|key[_.-]?ref|length|path|file|id)|password[_.-]?(?:field|input|label|hint|length|policy|reset|prompt|file|path|min|max)|credentials?[_.-]?(?:id|file|path|provider|type|name)|csrf[_.-]?token|next[_.-]?token|page[_.-]?token|continuation[_.-]?token|(?:bucket|hot|idx|natural|schema|sequence)[_.-]?key|key[_.-]?(?:signature|vault[_.-]?(?:id|name|ur[il]|to\w*))|public[_.-]?token|jsonwebtoken|credentials?[_.-]?(?:ur[il]|endpoint)|rapid|capital|[dmt]onkey|turkey|hockey|jockey|whiskey|keying)/i;
let lastFacts;
function spans(regex, line, marker) {
    const out = [];
    if (!line.includes(marker))
        return out;
    regex.lastIndex = 0;
    let m;
    while ((m = regex.exec(line)) !== null) {
        out.push([m.index, m.index + m[0].length]);
        if (m[0].length === 0)
            regex.lastIndex++;
    }
    return out;
}
function factsOf(line) {
    if (lastFacts && lastFacts.line === line)
        return lastFacts;
    lastFacts = {
        line,
        dataUris: spans(DATA_URI, line, 'data:'),
        integrity: spans(INTEGRITY, line, 'sha'),
        publicMaterial: PUBLIC_MATERIAL.test(line)
    };
    return lastFacts;
}
/** Whether [index, index + length) lies inside one of the sorted spans (binary search). */
function inside(list, index, length) {
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [start, end] = list[mid];
        if (index < start)
            hi = mid - 1;
        else if (index >= end)
            lo = mid + 1;
        else
            return index + length <= end;
    }
    return false;
}
function isJwtExample(secret) {
    const [header, payload] = secret.split('.');
    try {
        const head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
        if (!head || typeof head !== 'object' || !('alg' in head || 'typ' in head))
            return undefined;
        const body = Buffer.from(payload ?? '', 'base64url').toString('utf8');
        return /John Doe|"sub":\s*"1234567890"|example\.(?:com|org)/i.test(body);
    }
    catch {
        return undefined;
    }
}
/**
 * A URL whose password is its user name (`postgres://postgres:postgres@localhost`, `guest:guest@`): the default account
 * of a local service, as compose files and test settings write it, not a credential someone chose.
 */
function isUserAsPassword(secret, line, index) {
    const start = index - secret.length - 1;
    return (start >= 2 &&
        line.charCodeAt(index - 1) === 58 /* : */ &&
        line.startsWith(secret, start) &&
        line.startsWith('//', start - 2) &&
        line.charCodeAt(index + secret.length) === 64 /* @ */);
}
/** Why this value is a decoy, or undefined when it may be a real secret. */
function decoyClass(input) {
    const { secret, line, index, kind } = input;
    if (/EXAMPLE/i.test(secret))
        return 'documentation-example';
    if (FILLER.test(secret) || PLACEHOLDER_WORDS.test(secret) || lowVariety(secret))
        return 'filler';
    if (TEMPLATE.test(secret))
        return 'template-reference';
    const facts = factsOf(line);
    if (inside(facts.dataUris, index, secret.length))
        return 'data-uri';
    if (inside(facts.integrity, index, secret.length))
        return 'integrity-hash';
    if (kind === 'token' && secret.startsWith('ey')) {
        const example = isJwtExample(secret);
        if (example === undefined && secret.includes('.'))
            return 'identifier';
        if (example)
            return 'documentation-example';
    }
    if (kind === 'token' || kind === 'private-key' || kind === 'custom')
        return undefined;
    if (PLACEHOLDER_VALUE.test(secret) || isUserAsPassword(secret, line, index))
        return 'filler';
    if (line.charCodeAt(index + secret.length) === 64 /* @ */ &&
        EXAMPLE_HOST.test(line.slice(index + secret.length, index + secret.length + 260))) {
        return 'documentation-example';
    }
    // assignment and generic values have no provider prefix to vouch for them
    if (ENVIRONMENT.test(secret) || ENVIRONMENT.test(line.slice(Math.max(0, index - 40), index)))
        return 'environment-lookup';
    if (facts.publicMaterial)
        return 'public-key-or-certificate';
    if (kind !== 'generic')
        return undefined;
    const name = input.name ?? '';
    const namedSecret = SECRET_NAME.test(name) && !HASH_OR_ID_NAME.test(name);
    if (UUID.test(secret))
        return 'uuid';
    if (SHA.test(secret) && !namedSecret)
        return 'commit-sha';
    if (secret.startsWith('AAAA'))
        return 'public-key-or-certificate';
    if (ONLY_WORDS.test(secret))
        return 'identifier';
    if (isCode(line, index, secret))
        return 'identifier';
    if (input.name && (NON_SECRET_NAMES.test(name) || (!NAME_KEYWORD.test(name) && !API_KEYWORD.test(name))))
        return 'identifier';
    if (VERSION.test(secret) || HOST.test(secret) || DOTTED_NAME.test(secret))
        return 'identifier';
    const lower = secret.toLowerCase();
    if (GENERIC_STOPWORDS.some(w => lower.includes(w)))
        return 'stopword';
    return undefined;
}
/**
 * Code, not a value, outside a quoted string (a password with `(` or `!` in it is inside quotes): a path of names
 * right before `(` (`auth_handler = urllib2.HTTPBasicAuthHandler(authr)`, a call), or one negated
 * (`forceFsApi: !!options.forceNodeFilesystemAPI`).
 */
function isCode(line, index, secret) {
    const before = line.charCodeAt(index - 1);
    if (before === 34 /* " */ || before === 39 /* ' */ || before === 96 /* ` */)
        return false;
    if (secret.charCodeAt(0) === 33 /* ! */) {
        // a negated name is words only (`!isProduction`) or a dotted path; `!q8Ft2LmZ0pWx` in a .env file is a value
        const negated = secret.replace(/^!+/, '');
        return ONLY_WORDS.test(negated) || (negated.includes('.') && CODE_PATH.test(negated));
    }
    return line.charCodeAt(index + secret.length) === 40 /* ( */ && CODE_PATH.test(secret);
}
/** per UTF-16 code unit, its count in the value being looked at; back to zeros after each look */
const unitCounts = new Uint32Array(65536);
/** One character making up half the value, or fewer than 4 distinct characters in 8 or more. */
function lowVariety(secret) {
    if (secret.length < 8)
        return false;
    let most = 0;
    let distinct = 0;
    for (let i = 0; i < secret.length; i++) {
        const n = ++unitCounts[secret.charCodeAt(i)];
        if (n === 1)
            distinct++;
        if (n > most)
            most = n;
    }
    for (let i = 0; i < secret.length; i++)
        unitCounts[secret.charCodeAt(i)] = 0;
    return distinct < 4 || most * 2 > secret.length;
}

;// CONCATENATED MODULE: ./packages/secrets/src/engine/private-key.ts
const MARKER = /-----BEGIN[ A-Z0-9_-]{0,100}?PRIVATE KEY(?: BLOCK)?-----/y;
const MAX_BODY = 64 * 1024;
const MIN_BODY = 64;
function normalize(parts) {
    return parts
        .join('\n')
        .replace(/\\[nr]/g, '\n')
        .replace(/^(?:[A-Za-z-]+: [^\n]*)$/gm, '')
        .replace(/[\s"'`,;]/g, '');
}
class PrivateKeyTracker {
    pending;
    /** a key began and has not ended: every following line matters */
    get active() {
        return this.pending !== undefined;
    }
    /** Feeds one line; returns what completed on it (possibly a key begun earlier, or a decoy). */
    line(text, lineNumber) {
        const results = [];
        let from = 0;
        if (this.pending) {
            const p = this.pending;
            const end = text.indexOf('-----END');
            if (lineNumber === p.lastLine + 1 && end >= 0) {
                p.parts.push(text.slice(0, end));
                results.push(this.close(p));
                this.pending = undefined;
                from = end + 8;
            }
            else if (lineNumber === p.lastLine + 1 && p.size + text.length <= MAX_BODY && !text.includes('-----BEGIN')) {
                p.parts.push(text);
                p.size += text.length;
                p.lastLine = lineNumber;
                return results;
            }
            else {
                results.push(this.close(p));
                this.pending = undefined;
            }
        }
        // the next END marker at or after a position, searched again only when passed: one pass over the line
        let end = -2;
        for (;;) {
            const begin = text.indexOf('-----BEGIN', from);
            if (begin < 0)
                break;
            MARKER.lastIndex = begin;
            const marker = MARKER.exec(text);
            if (!marker) {
                from = begin + 10;
                continue;
            }
            const bodyStart = begin + marker[0].length;
            if (end !== -1 && end < bodyStart)
                end = text.indexOf('-----END', bodyStart);
            const next = text.indexOf('-----BEGIN', bodyStart);
            if (end >= 0 && (next < 0 || end < next)) {
                results.push(this.close({
                    line: lineNumber,
                    column: begin + 1,
                    lastLine: lineNumber,
                    parts: [text.slice(bodyStart, end)],
                    size: 0
                }));
                from = end + 8;
                continue;
            }
            if (next >= 0) {
                results.push({ decoy: true });
                from = next;
                continue;
            }
            this.pending = {
                line: lineNumber,
                column: begin + 1,
                lastLine: lineNumber,
                parts: [text.slice(bodyStart)],
                size: text.length - bodyStart
            };
            break;
        }
        return results;
    }
    /** The file ended: a key without END still counts when its body is long enough. */
    finish() {
        if (!this.pending)
            return [];
        const result = this.close(this.pending);
        this.pending = undefined;
        return [result];
    }
    close(p) {
        const body = normalize(p.parts);
        if (body.length < MIN_BODY ||
            /\.\.\.|…|x{4,}|X{4,}|\*{3,}|^[A-Za-z0-9+/=]*(?:EXAMPLE|example)/.test(body) ||
            !/^[A-Za-z0-9+/=]+$/.test(body)) {
            return { decoy: true };
        }
        const parts = p.parts.map(s => s.trim()).filter(s => s.length >= 8);
        return { found: { body, parts, line: p.line, column: p.column } };
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/engine/detector.ts






const INLINE_ALLOW = /gitleaks:allow|ci-suite:allow/;
const ASCII = /^[ -~]+$/;
/**
 * Finds secrets in lines. One case-insensitive pass for all rules' keywords (an Aho-Corasick automaton) decides which
 * rules look at a line; a line without keywords costs that one pass. Rules without keywords see every line.
 */
class Detector {
    rules;
    globalAllowlists;
    stats = { decoys: {}, allowlisted: 0, inlineAllowed: 0, belowEntropy: 0 };
    /** every line rule's keywords and the private-key marker, in one automaton */
    keywords;
    /** accepting state → the line rules whose keywords end there (empty for the private-key marker alone) */
    rulesByState;
    /** rules without keywords (some custom rules, and any with a keyword outside printable ASCII) see every line */
    alwaysRules;
    privateKeyRule;
    pathOnlyRules;
    /** custom rules written to match across line breaks: they see a whole file's text (see `scanText`), never a line */
    multiLineRules;
    /** ids of the rules that composite rules require (`[[rules.required]]`) */
    helperIds;
    constructor(rules, globalAllowlists) {
        this.rules = rules;
        this.globalAllowlists = globalAllowlists;
        this.privateKeyRule = rules.find(r => r.id === builtin/* PRIVATE_KEY_RULE_ID */.T5 && r.kind === 'private-key');
        const lineRules = rules.filter(r => r.matcher && !r.multiLine);
        this.multiLineRules = rules.filter(r => r.matcher && r.multiLine);
        this.pathOnlyRules = rules.filter(r => !r.matcher && r.path !== undefined && r.kind !== 'private-key');
        this.helperIds = new Set(rules.flatMap(r => r.required ?? []).map(r => r.id));
        this.alwaysRules = lineRules.filter(r => r.keywords.length === 0 || r.keywords.some(k => !ASCII.test(k)));
        const keyed = lineRules.filter(r => !this.alwaysRules.includes(r));
        const keywords = [
            ...new Set([...keyed.flatMap(r => r.keywords), ...(this.privateKeyRule?.keywords ?? [])].map(k => k.toLowerCase()))
        ];
        this.keywords = new KeywordAutomaton(keywords);
        const rulesByKeyword = new Map();
        for (const rule of keyed)
            for (const keyword of new Set(rule.keywords.map(k => k.toLowerCase()))) {
                const list = rulesByKeyword.get(keyword);
                if (list)
                    list.push(rule);
                else
                    rulesByKeyword.set(keyword, [rule]);
            }
        this.rulesByState = this.keywords.outputs.map(ks => ks.length ? [...new Set(ks.flatMap(k => rulesByKeyword.get(keywords[k]) ?? []))] : []);
    }
    /** A tracker for one file's consecutive lines (private keys span lines). */
    privateKeys() {
        return this.privateKeyRule ? new PrivateKeyTracker() : undefined;
    }
    /** The line rules of an accepting state of `keywords`. */
    rulesOf(state) {
        return this.rulesByState[state];
    }
    /** Which rules a line needs: undefined when none. */
    candidates(line) {
        let found;
        if (this.alwaysRules.length)
            found = new Set(this.alwaysRules);
        const states = this.keywords.statesIn(line);
        if (!states)
            return found;
        for (const state of states) {
            const rules = this.rulesByState[state];
            if (rules.length === 0)
                continue;
            found ??= new Set();
            for (const r of rules)
                found.add(r);
        }
        return found;
    }
    /** Every finding on the line, after entropy, decoy and allowlist checks. */
    scanLine(line, lineNumber, context, rules) {
        const out = [];
        for (const rule of rules) {
            if (rule.path && !rule.path.test(context.path))
                continue;
            for (const m of rule.matcher.matches(line)) {
                const entropy = this.evaluate(rule, m, line, m.index, context);
                if (entropy === undefined)
                    continue;
                out.push({
                    rule,
                    secret: m.secret,
                    line: lineNumber,
                    column: m.index + 1,
                    entropy,
                    end: m.index + m.secret.length
                });
            }
        }
        if (out.length === 0)
            return out;
        // a composite rule's helpers match on their own: they neither hide nor are hidden by overlapping findings
        const helpers = this.helperIds.size ? out.filter(d => this.helperIds.has(d.rule.id)) : [];
        const kept = preferSpecific(helpers.length ? out.filter(d => !this.helperIds.has(d.rule.id)) : out);
        if (helpers.length)
            kept.push(...helpers.map(({ end: _end, ...d }) => d));
        if (INLINE_ALLOW.test(line)) {
            this.stats.inlineAllowed += kept.length;
            return [];
        }
        return kept;
    }
    /**
     * One match after the decoy, entropy and allowlist checks: its entropy when it stands, undefined when it does not.
     * `line` is the line the secret starts on, `index` where in it.
     */
    evaluate(rule, m, line, index, context) {
        if (!m.secret)
            return undefined;
        const name = rule.kind === 'generic' ? assignmentName(line, m.matchIndex, m.match) : undefined;
        const decoy = decoyClass({ secret: m.secret, line, index, kind: rule.kind, name });
        if (decoy) {
            this.stats.decoys[decoy] = (this.stats.decoys[decoy] ?? 0) + 1;
            return undefined;
        }
        // a provider-prefixed token needs no entropy: its format is the evidence
        const entropy = rule.kind === 'token' ? 0 : shannonEntropy(m.secret);
        if (rule.entropy !== undefined && rule.kind !== 'token' && entropy < rule.entropy) {
            this.stats.belowEntropy++;
            return undefined;
        }
        if (this.allowlisted(rule, m.secret, m.match, line, context))
            return undefined;
        return entropy;
    }
    /**
     * The multi-line rules on a whole text: a file, or the added lines of one file in one commit joined by line breaks
     * (gitleaks' fragment). `lineNumbers[i]` is the number of the text's line i (the file's own numbers when absent).
     * A rule runs only where the text holds one of its keywords (in any case); the line the secret starts on stands for
     * the checks and the position, and `gitleaks:allow` on any line of the match allows it.
     */
    scanText(text, context, lineNumbers) {
        const out = [];
        let lower;
        let starts;
        for (const rule of this.multiLineRules) {
            if (rule.path && !rule.path.test(context.path))
                continue;
            if (rule.keywords.length) {
                lower ??= text.toLowerCase();
                if (!rule.keywords.some(k => lower.includes(k)))
                    continue;
            }
            for (const m of rule.matcher.matches(text)) {
                starts ??= lineStarts(text);
                const at = lineIndexOf(starts, m.index);
                const start = starts[at];
                const next = starts[at + 1];
                const line = text.slice(start, next === undefined ? text.length : next - 1);
                const entropy = this.evaluate(rule, m, line, m.index - start, context);
                if (entropy === undefined)
                    continue;
                // the lines the whole match spans, from the start of its first to the end of its last
                const first = starts[lineIndexOf(starts, m.matchIndex)];
                const last = lineIndexOf(starts, m.matchIndex + Math.max(0, m.match.length - 1));
                if (INLINE_ALLOW.test(text.slice(first, starts[last + 1] ?? text.length))) {
                    this.stats.inlineAllowed++;
                    continue;
                }
                out.push({ rule, secret: m.secret, line: lineNumbers?.[at] ?? at + 1, column: m.index - start + 1, entropy });
            }
        }
        return out;
    }
    allowlisted(rule, secret, match, line, context) {
        if (isAllowlisted({ rule, secret, match, line, path: context.path, commit: context.commit }, this.globalAllowlists)) {
            this.stats.allowlisted++;
            return true;
        }
        return false;
    }
    countDecoy(decoy) {
        this.stats.decoys[decoy] = (this.stats.decoys[decoy] ?? 0) + 1;
    }
}
/** the offset of each line's start */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** the line (0-based) holding `offset`: the last start at or before it */
function lineIndexOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** The identifier a generic match assigns to: the word characters before the keyword, plus the match's name part. */
function assignmentName(line, matchIndex, match) {
    let start = matchIndex;
    while (start > 0 && matchIndex - start < 60 && /[\w.-]/.test(line[start - 1]))
        start--;
    const name = /^[\w.-]*/.exec(match)?.[0] ?? '';
    return line.slice(start, matchIndex) + name;
}
/** A provider rule's finding wins over the generic rule's on the same characters; one finding per span. */
function preferSpecific(found) {
    const byStart = (a, b) => a.column - b.column;
    const kept = [];
    let lastEnd = -1;
    for (const f of found.filter(f => f.rule.kind !== 'generic').sort(byStart)) {
        if (f.column - 1 < lastEnd)
            continue;
        kept.push(f);
        lastEnd = f.end;
    }
    const generic = [];
    for (const f of found.filter(f => f.rule.kind === 'generic')) {
        // the last specific finding starting before this one's end is the only one that can overlap it
        let lo = 0;
        let hi = kept.length - 1;
        let candidate = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (kept[mid].column - 1 < f.end) {
                candidate = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        if (candidate >= 0 && kept[candidate].end > f.column - 1)
            continue;
        generic.push(f);
    }
    return [...kept, ...generic].sort(byStart).map(({ end: _end, ...d }) => d);
}

;// CONCATENATED MODULE: ./packages/secrets/src/report/sarif.ts

/** SARIF 2.1.0 for code scanning: one rule per rule id used, with rotation help; messages carry only the redacted value. */
function secretSarif(findings, rules, version) {
    return (0,src/* buildSarif */.Ep)({ name: 'ci-suite secret-scan', version }, rules.map(r => ({
        id: r.id,
        shortDescription: r.description,
        fullDescription: `${r.description}. Detected by ${r.kind === 'custom' ? 'a custom rule from the gitleaks config' : 'a built-in rule'}.`,
        helpUri: r.rotate,
        help: `${r.description}. Rotate the secret first${r.rotate ? ` (${r.rotate})` : ''}, then remove it from history with git filter-repo: deleting the line does not remove it from history.`,
        level: 'error',
        securitySeverity: 9.0,
        tags: ['security', 'secret']
    })), findings.map(f => ({
        ruleId: f.ruleId,
        level: 'error',
        message: `${f.message} (${f.redacted})${f.commit ? ` introduced in commit ${f.commit.slice(0, 7)}` : ''}`,
        file: f.file,
        line: f.line,
        column: f.column,
        fingerprint: f.fingerprint
    })));
}

;// CONCATENATED MODULE: ./packages/secrets/src/report/summary.ts

const SHOWN = 20;
function commitUrl(event, sha) {
    return event.owner ? `${event.serverUrl}/${event.owner}/${event.repo}/commit/${sha}` : undefined;
}
function findingRow(f, event) {
    const at = f.commit ?? event.sha;
    const href = at ? (0,src/* blobUrl */.b0)(event, at, f.file, f.line) : undefined;
    const where = `${f.file}:${f.line}`;
    const commitCell = f.commit
        ? commitUrl(event, f.commit)
            ? (0,src/* link */.nf)((0,src/* short */.h0)(f.commit), commitUrl(event, f.commit))
            : (0,src/* inlineCode */.ti)((0,src/* short */.h0)(f.commit))
        : 'working tree';
    return [href ? (0,src/* link */.nf)(where, href) : where, (0,src/* inlineCode */.ti)(f.ruleId), (0,src/* inlineCode */.ti)(f.redacted), commitCell, f.author ?? ''];
}
/** The findings sections: a table by rule with where to rotate, then the findings linked to their commit and line. */
function findingSections(findings, rules, event) {
    if (findings.length === 0)
        return [];
    const byRule = new Map();
    for (const f of findings)
        byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const ruleOf = new Map(rules.map(r => [r.id, r]));
    const ruleRows = [...byRule.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([id, n]) => {
        const rule = ruleOf.get(id);
        return [
            (0,src/* inlineCode */.ti)(id),
            rule?.description ?? id,
            String(n),
            rule?.rotate ? (0,src/* link */.nf)('rotate', rule.rotate) : 'see the provider'
        ];
    });
    const header = ['location', 'rule', 'secret', 'commit', 'author'];
    const blocks = [
        (0,src/* heading */.R_)(3, 'Secrets by rule'),
        (0,src/* table */.tp)(['rule', 'what', 'findings', 'how to rotate'], ruleRows, ['left', 'left', 'right', 'left']),
        (0,src/* heading */.R_)(3, 'Findings'),
        (0,src/* table */.tp)(header, findings.slice(0, SHOWN).map(f => findingRow(f, event)))
    ];
    if (findings.length > SHOWN) {
        blocks.push((0,src/* details */.zH)(`${findings.length - SHOWN} more findings`, [
            (0,src/* table */.tp)(header, findings.slice(SHOWN).map(f => findingRow(f, event)))
        ]));
    }
    return blocks;
}
/** Rotate first, then rewrite history: deleting the line leaves the secret in every clone and fork. */
function remediation(findings) {
    if (findings.length === 0)
        return [];
    const inHistory = findings.some(f => f.commit);
    const ignoreLines = findings.slice(0, 10).map(f => f.gitleaksFingerprint);
    return [
        (0,src/* list */.p_)([
            [
                (0,src/* strong */.ko)('Rotate every secret first'),
                ': revoke it at the provider (the "how to rotate" links above) and issue a new one. Assume it is compromised from the moment it was pushed.'
            ],
            [
                (0,src/* strong */.ko)('Then remove it from history'),
                ': ',
                inHistory ? 'it is in the commits listed above. ' : '',
                'Deleting the line in a new commit does not remove it from history, nor from clones, forks and caches. Rewrite history with ',
                (0,src/* inlineCode */.ti)('git filter-repo --replace-text expressions.txt'),
                ' (one line per secret in expressions.txt, written by hand, never committed), force-push, and ask collaborators to re-clone.'
            ],
            [
                (0,src/* strong */.ko)('A false positive or a test value'),
                ': add ',
                (0,src/* inlineCode */.ti)('# gitleaks:allow'),
                ' to the line, or its fingerprint to ',
                (0,src/* inlineCode */.ti)('.gitleaksignore'),
                '.'
            ]
        ]),
        (0,src/* details */.zH)('Fingerprints for .gitleaksignore', [(0,src/* code */.aY)(ignoreLines.join('\n'), 'text')]),
        (0,src/* paragraph */.FY)('Move the secret out of the code: read it from the environment or a secret store (on GitHub Actions, ', (0,src/* inlineCode */.ti)('${{ secrets.NAME }}'), ').')
    ];
}

;// CONCATENATED MODULE: ./packages/secrets/src/report/redact.ts
/**
 * What a report may show of a secret: a short prefix and the length. The prefix is at most 4 characters and at most
 * a quarter of the value, so a short password shows almost nothing: `ghp_…(40 chars)`, `hu…(9 chars)`.
 */
function redactSecret(secret) {
    const shown = Math.min(4, Math.floor(secret.length / 4));
    return `${secret.slice(0, shown)}…(${secret.length} chars)`;
}

;// CONCATENATED MODULE: ./packages/secrets/src/scanner.ts




const scanner_INLINE_ALLOW = /gitleaks:allow|ci-suite:allow/;
const NEWLINE = 10;
/** the last `byte` at or before `from` and not before `floor`; floor - 1 when there is none */
function lastIndexOf(bytes, byte, from, floor) {
    let i = from;
    while (i >= floor && bytes[i] !== byte)
        i--;
    return i;
}
/**
 * What tells one finding from another across runs, beside rule and file. A provider token or a private key is
 * random by construction, so a hash of it is no guessing oracle: it identifies the value, and a new value on the same
 * line is a new finding. A generic, assignment, URL or custom match can be a human-chosen password, and a stable hash
 * of it in a report would let whoever reads the report confirm guesses offline (the report already shows a prefix and
 * the length), so those are identified by place instead: commit and line, or the line in a tree scan (gitleaks'
 * own fingerprint is place-only for every rule).
 */
function identity(rule, secret, commit, line) {
    if (rule.kind === 'token' || rule.kind === 'private-key')
        return (0,src/* nodeCrypto */.SI)().createHash('sha256').update(secret).digest('hex');
    return `${commit ?? ''}:${line}`;
}
/** gitleaks' proximity: within so many lines and/or start columns; anywhere in the file when neither is given */
function near(primary, other, req) {
    if (req.withinLines !== undefined && Math.abs(primary.line - other.line) > req.withinLines)
        return false;
    if (req.withinColumns !== undefined && Math.abs(primary.column - other.column) > req.withinColumns)
        return false;
    return true;
}
/** a line number known up front (patches) */
class FixedLine {
    value = 0;
    current() {
        return this.value;
    }
}
/** a line number counted on demand in a file's bytes, from where the last count stopped (lines come in order) */
class CountedLines {
    bytes;
    /** offset of the line being scanned */
    start = 0;
    counted = 0;
    line = 1;
    constructor(bytes) {
        this.bytes = bytes;
    }
    current() {
        const { bytes, start } = this;
        for (let i = bytes.indexOf(NEWLINE, this.counted); i >= 0 && i < start; i = bytes.indexOf(NEWLINE, i + 1))
            this.line++;
        this.counted = start;
        return this.line;
    }
}
/**
 * one line's text without its line break (a CR before the LF goes too); Buffer's decoding of a range costs a
 * fraction of a TextDecoder call on a fresh subarray, which matters over thousands of short lines
 */
function decodeLine(bytes, start, end) {
    return bytes.toString('utf8', start, end > start && bytes[end - 1] === 13 ? end - 1 : end);
}
/** the same memory as a Buffer */
const asBuffer = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
/** every line of a file but the empty one after a final line break */
function forEachLine(bytes, fn) {
    let start = 0;
    for (let lineNumber = 1; start < bytes.length; lineNumber++) {
        let end = bytes.indexOf(NEWLINE, start);
        if (end < 0)
            end = bytes.length;
        fn(decodeLine(bytes, start, end), lineNumber);
        start = end + 1;
    }
}
class SecretScanner {
    options;
    findings = [];
    commits = 0;
    files = 0;
    bytesRead = 0;
    skips = { excluded: 0, binary: 0, 'too-large': 0, minified: 0 };
    ignored = 0;
    baselined = 0;
    repeated = 0;
    seen = new Set();
    commitsWithFindings = new Set();
    commitInfo;
    path = '';
    fileBytes = 0;
    skipRest = false;
    keys;
    allowedKeyLines = new Set();
    fixedLine = new FixedLine();
    /** this file's findings of composite rules, reported at its end if their required rules matched near them */
    composites = [];
    /** this file's matches of the rules composite rules require */
    helpers = [];
    /** a patch's added lines of this file, and their numbers, for the multi-line rules (none without such rules) */
    added = [];
    addedNumbers = [];
    /** the file came whole (`content`): the multi-line rules ran on it there */
    wholeFile = false;
    constructor(options) {
        this.options = options;
    }
    get commitsWithSecrets() {
        return this.commitsWithFindings.size;
    }
    commit(info) {
        this.commits++;
        this.commitInfo = info;
    }
    accepts(path) {
        const reason = this.options.filter.reason(path);
        if (reason)
            this.skips[reason]++;
        return !reason;
    }
    startFile(path) {
        if (!this.accepts(path))
            return false;
        this.path = path;
        this.files++;
        this.fileBytes = 0;
        this.skipRest = false;
        this.keys = this.options.detector.privateKeys();
        this.allowedKeyLines.clear();
        this.added.length = 0;
        this.addedNumbers.length = 0;
        this.wholeFile = false;
        for (const rule of this.options.detector.pathOnlyRules) {
            if (rule.path.test(path))
                this.report(rule, path, 1, 1, 0);
        }
        return true;
    }
    line(text, lineNumber) {
        if (this.skipRest)
            return;
        this.fileBytes += text.length + 1;
        if (this.fileBytes > this.options.maxFileSize) {
            this.skipRest = true;
            this.skips['too-large']++;
            return;
        }
        if (looksMinified(this.path, text.length)) {
            this.skipRest = true;
            this.skips.minified++;
            return;
        }
        if (this.options.detector.multiLineRules.length && !this.wholeFile) {
            this.added.push(text);
            this.addedNumbers.push(lineNumber);
        }
        this.fixedLine.value = lineNumber;
        this.scanLine(text, this.fixedLine, this.options.detector.candidates(text));
    }
    /**
     * A whole file at once (tree scans): one keyword pass over its bytes, then only the lines with a keyword (and the
     * lines of a private key begun on one) are decoded and matched. Line numbers are counted only for lines that yield
     * something.
     */
    content(content) {
        const detector = this.options.detector;
        const bytes = asBuffer(content);
        this.wholeFile = true;
        if (detector.multiLineRules.length)
            this.scanWhole(bytes.toString('utf8'));
        if (detector.alwaysRules.length) {
            forEachLine(bytes, (text, lineNumber) => this.line(text, lineNumber));
            return;
        }
        const automaton = detector.keywords;
        const hits = automaton.scanBytes(bytes);
        const lines = new CountedLines(bytes);
        const length = bytes.length;
        let h = 0;
        let pos = 0;
        while (pos < length) {
            let start = pos;
            if (!this.keys?.active) {
                if (h === hits)
                    break;
                start = lastIndexOf(bytes, NEWLINE, automaton.hitEnd(h), pos) + 1;
            }
            let end = bytes.indexOf(NEWLINE, start);
            if (end < 0)
                end = length;
            let rules;
            for (; h < hits && automaton.hitEnd(h) < end; h++) {
                for (const rule of detector.rulesOf(automaton.hitState(h)))
                    (rules ??= new Set()).add(rule);
            }
            lines.start = start;
            this.scanLine(decodeLine(bytes, start, end), lines, rules);
            pos = end + 1;
        }
    }
    scanLine(text, where, rules) {
        const detector = this.options.detector;
        if (rules) {
            const found = detector.scanLine(text, 0, { path: this.path, commit: this.commitInfo?.sha }, rules);
            if (found.length) {
                const lineNumber = where.current();
                for (const d of found) {
                    d.line = lineNumber;
                    this.add(d);
                }
            }
        }
        const keys = this.keys;
        if (keys && (keys.active || text.includes('-----BEGIN'))) {
            const lineNumber = where.current();
            if (scanner_INLINE_ALLOW.test(text))
                this.allowedKeyLines.add(lineNumber);
            this.keyResults(keys.line(text, lineNumber), text);
        }
    }
    endFile() {
        if (this.added.length) {
            if (!this.skipRest)
                this.scanAddedRuns();
            this.added.length = 0;
            this.addedNumbers.length = 0;
        }
        if (this.keys)
            this.keyResults(this.keys.finish(), '');
        this.keys = undefined;
        if (this.composites.length)
            this.resolveComposites();
        this.helpers.length = 0;
    }
    /** each run of consecutive added lines (one hunk's, as gitleaks' fragments are) through the multi-line rules */
    scanAddedRuns() {
        const { added, addedNumbers } = this;
        let from = 0;
        for (let i = 1; i <= added.length; i++) {
            if (i < added.length && addedNumbers[i] === addedNumbers[i - 1] + 1)
                continue;
            this.scanWhole(added.slice(from, i).join('\n'), addedNumbers.slice(from, i));
            from = i;
        }
    }
    /**
     * The multi-line rules on a whole file or a run of a file's added lines (`numbers`: each line's number). A secret
     * that spans lines is registered line by line too: a runner masks a log line by the values it holds.
     */
    scanWhole(text, numbers) {
        const found = this.options.detector.scanText(text, { path: this.path, commit: this.commitInfo?.sha }, numbers);
        for (const d of found) {
            if (d.secret.includes('\n'))
                for (const part of d.secret.split('\n'))
                    if (part.trim().length >= 8)
                        this.options.onSecret(part.trim());
            this.add(d);
        }
    }
    /** gitleaks composite rules: a finding stands when every required rule matched near it in the same file. */
    resolveComposites() {
        for (const primary of this.composites.splice(0)) {
            const satisfied = primary.rule.required.every(req => this.helpers.some(h => h.rule.id === req.id && h !== primary && near(primary, h, req)));
            if (satisfied)
                this.emit(primary);
        }
    }
    binary(path) {
        // a skipped path counts as skipped, binary or not (git reports lockfiles and bundles as binary: see logArgs)
        if (!this.accepts(path))
            return;
        this.skips.binary++;
        this.path = path;
        for (const rule of this.options.detector.pathOnlyRules)
            if (rule.path.test(path))
                this.report(rule, path, 1, 1, 0);
    }
    skipped(_path, reason) {
        this.skips[reason]++;
    }
    bytes(count) {
        this.bytesRead += count;
    }
    keyResults(results, line) {
        const detector = this.options.detector;
        const rule = detector.privateKeyRule;
        if (!rule)
            return;
        for (const r of results) {
            if ('decoy' in r) {
                detector.countDecoy('filler');
                continue;
            }
            const { found } = r;
            for (const part of found.parts)
                this.options.onSecret(part);
            this.options.onSecret(found.body);
            if (this.allowedKeyLines.has(found.line)) {
                detector.stats.inlineAllowed++;
                continue;
            }
            if (detector.allowlisted(rule, found.body, found.body, line, { path: this.path, commit: this.commitInfo?.sha }))
                continue;
            this.add({ rule, secret: found.body, line: found.line, column: found.column, entropy: 0 });
        }
    }
    add(d) {
        this.options.onSecret(d.secret);
        const detector = this.options.detector;
        if (detector.helperIds.has(d.rule.id))
            this.helpers.push(d);
        if (d.rule.required) {
            this.composites.push(d);
            return;
        }
        if (!d.rule.skipReport)
            this.emit(d);
    }
    emit(d) {
        // a copy: the secret is cut from the text being read, which the set would otherwise keep for the whole run
        const key = (0,src/* detached */.ht)(`${d.rule.id}\u0000${this.options.oncePerSecret ? '' : this.path}\u0000${d.secret}`);
        if (this.seen.has(key)) {
            this.repeated++;
            return;
        }
        this.seen.add(key);
        this.report(d.rule, d.secret, d.line, d.column, d.entropy);
    }
    report(rule, secret, line, column, entropy) {
        const commit = this.commitInfo?.sha ?? null;
        const gitleaksFingerprint = commit ? `${commit}:${this.path}:${rule.id}:${line}` : `${this.path}:${rule.id}:${line}`;
        if (this.options.gitleaksIgnore.has(gitleaksFingerprint)) {
            this.ignored++;
            return;
        }
        const id = (0,src/* fingerprint */.Rj)('secret-scan', rule.id, this.path, identity(rule, secret, commit, line));
        const baseline = this.options.baseline;
        if (baseline &&
            (baseline.fingerprints.has(id) ||
                baseline.fingerprints.has(gitleaksFingerprint) ||
                baseline.locations.has(locationKey(rule.id, this.path, line, commit)))) {
            this.baselined++;
            return;
        }
        if (commit)
            this.commitsWithFindings.add(commit);
        this.findings.push({
            ruleId: rule.id,
            severity: 'high',
            message: rule.description,
            file: this.path,
            line,
            column,
            commit,
            author: this.commitInfo?.author ?? null,
            date: this.commitInfo?.date ?? null,
            redacted: redactSecret(secret),
            fingerprint: id,
            gitleaksFingerprint,
            entropy: Math.round(entropy * 100) / 100,
            confidence: rule.kind === 'token' || rule.kind === 'private-key' || entropy >= 4 ? 'high' : 'medium'
        });
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./packages/secrets/src/sources/patch-parser.ts

function headerPath(raw) {
    const p = (0,src/* unquoteGitPath */.Lh)(raw);
    return p.startsWith('b/') || p.startsWith('a/') ? p.slice(2) : p;
}
/**
 * Streams `git log -p --unified=0` (or `git diff --cached --unified=0`) output into a sink: each added line with
 * its number in the new file. Text arrives in chunks; a partial last line waits for the next chunk.
 */
class PatchParser {
    sink;
    rest = '';
    inFile = false;
    reading = false;
    inHunk = false;
    nextLine = 0;
    fileHeader = '';
    constructor(sink) {
        this.sink = sink;
    }
    push(chunk) {
        const text = this.rest + chunk;
        let start = 0;
        for (;;) {
            const end = text.indexOf('\n', start);
            if (end < 0)
                break;
            this.handle(text.slice(start, end));
            start = end + 1;
        }
        this.rest = text.slice(start);
    }
    end() {
        if (this.rest)
            this.handle(this.rest);
        this.rest = '';
        this.closeFile();
    }
    closeFile() {
        if (this.inFile && this.reading)
            this.sink.endFile();
        this.inFile = false;
        this.reading = false;
        this.inHunk = false;
    }
    handle(line) {
        const c = line.charCodeAt(0);
        if (this.inHunk) {
            if (c === 43 /* + */) {
                if (this.reading)
                    this.sink.line(line.charCodeAt(line.length - 1) === 13 ? line.slice(1, -1) : line.slice(1), this.nextLine);
                this.nextLine++;
                return;
            }
            if (c === 45 /* - */ || c === 92 /* \ */)
                return;
            if (c === 32 /* space: context, when a caller asks for it */) {
                this.nextLine++;
                return;
            }
            this.inHunk = false;
        }
        if (c === 1) {
            this.closeFile();
            // copies, not slices: a finding keeps them, and a slice would keep the whole chunk it was cut from
            const [sha, author, email, date] = line
                .slice(1)
                .split('\u0002')
                .map(field => (0,src/* detached */.ht)(field));
            this.sink.commit({ sha, author: author ?? '', email: email ?? '', date: date ?? '' });
            return;
        }
        if (line.startsWith('diff --git ') || line.startsWith('diff --cc ')) {
            this.closeFile();
            this.inFile = true;
            this.fileHeader = line;
            return;
        }
        if (!this.inFile)
            return;
        if (line.startsWith('@@')) {
            const m = /^@@+ [^@]*\+(\d+)/.exec(line);
            this.nextLine = m ? Number(m[1]) : 1;
            this.inHunk = true;
            return;
        }
        if (line.startsWith('+++ ')) {
            const raw = line.slice(4).replace(/\t$/, '');
            if (raw !== '/dev/null')
                this.reading = this.sink.startFile((0,src/* detached */.ht)(headerPath(raw)));
            return;
        }
        if (line.startsWith('Binary files ')) {
            const m = / and (.*) differ$/.exec(line);
            const path = m && m[1] !== '/dev/null' ? headerPath(m[1]) : headerPath(this.fileHeader.split(' b/').pop() ?? '');
            this.sink.binary((0,src/* detached */.ht)(path));
        }
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/sources/git-stream.ts



/**
 * Runs git and parses its patch output while it runs: git produces on one core, this process scans on the other, and
 * memory stays at one chunk plus the longest line.
 */
function streamGitPatch(cwd, args, sink) {
    return new Promise((resolve, reject) => {
        const child = (0,src/* nodeChildProcess */.EW)().spawn('git', args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_PAGER: 'cat' },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const parser = new PatchParser(sink);
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let stderr = '';
        let failed = false;
        child.stdout.on('data', (chunk) => {
            if (failed)
                return;
            sink.bytes(chunk.length);
            try {
                parser.push(decoder.write(chunk));
            }
            catch (error) {
                failed = true;
                child.kill();
                reject(error);
            }
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 8192)
                stderr += chunk.toString('utf8');
        });
        child.on('error', (e) => {
            failed = true;
            reject(e.code === 'ENOENT'
                ? new src/* ConfigurationError */.j1('git is not installed or not on PATH: install git and run again')
                : e);
        });
        child.on('close', code => {
            if (failed)
                return;
            if (code !== 0) {
                reject((0,src/* gitFailure */.tv)(args, code, stderr));
                return;
            }
            try {
                parser.push(decoder.end());
                parser.end();
                resolve();
            }
            catch (error) {
                reject(error);
            }
        });
    });
}
/**
 * The fixed part of every history read: added lines only, oldest commit first, no colour, no textconv. With a
 * pathspec (a service folder), `--full-history`: git's default simplification would follow only a merge's parent
 * that the merge left unchanged under the path, and skip a branch that added a secret and removed it again.
 */
function logArgs(revisions, pathspec, attributesFile) {
    return [
        ...attributes(attributesFile),
        '-c',
        'core.quotePath=false',
        '-c',
        'diff.renames=true',
        'log',
        '-p',
        ...(pathspec.length ? ['--full-history'] : []),
        '--unified=0',
        '--reverse',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--no-notes',
        COMMIT_FORMAT_ARG,
        ...revisions,
        '--',
        ...pathspec
    ];
}
/**
 * git attributes for this read (`skippedPathAttributes`: the files the scan skips, marked `-diff`), below the
 * repository's own `.gitattributes`, which win where they say otherwise
 */
const attributes = (file) => (file ? ['-c', `core.attributesFile=${file}`] : []);
const COMMIT_FORMAT_ARG = '--format=%x01%H%x02%an%x02%ae%x02%aI';
function stagedArgs(pathspec, attributesFile) {
    return [
        ...attributes(attributesFile),
        '-c',
        'core.quotePath=false',
        'diff',
        '--cached',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--',
        ...pathspec
    ];
}

;// CONCATENATED MODULE: ./packages/secrets/src/sources/scope.ts

const SCOPES = ['auto', 'diff', 'history', 'tree', 'staged'];
const FETCH_ADVICE = 'set `fetch-depth: 0` on actions/checkout so the whole history is present';
/** Makes the whole history present: unshallows a shallow clone, or fails with the checkout advice. */
async function ensureFullHistory(git) {
    if (!(await git.isShallow()))
        return;
    if (await git.hasRemote())
        await git.run(['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'], { allowFailure: true });
    if (await git.isShallow())
        throw new src/* ConfigurationError */.j1(`this clone is shallow and could not be deepened, so its history cannot be scanned: ${FETCH_ADVICE}`);
}
/** base..head: the commits reachable from head and not from base, with the history between them made present. */
async function rangePlan(git, base, head, what, mergeBase = true) {
    if (base === head)
        return {
            kind: 'empty',
            description: `${what}: base and head are the same commit (${(0,src/* short */.h0)(head)}), nothing to scan`
        };
    const range = await git.ensureRange({ base, head }, { mergeBase });
    const baseSha = await git.resolve(base);
    const headSha = await git.resolve(range.head);
    if (baseSha && baseSha === headSha)
        return { kind: 'empty', description: `${what}: base and head are the same commit, nothing to scan` };
    return {
        kind: 'log',
        revisions: [range.head, '--not', base],
        description: `${what}: commits in ${(0,src/* short */.h0)(base)}..${(0,src/* short */.h0)(head)}`
    };
}
/** Commits reachable from `sha` and from no other ref: a new branch's own commits (all of them on a first push). */
async function newBranchPlan(git, sha, ref, what) {
    if (!(await git.hasCommit(sha)))
        throw new src/* ConfigurationError */.j1(`${what}: commit ${(0,src/* short */.h0)(sha)} is not in this clone: ${FETCH_ADVICE}`);
    const name = ref.replace(/^refs\/heads\//, '');
    const refs = (await git.text(['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes', 'refs/tags']))
        .split('\n')
        .filter(r => r && r !== ref && r !== `refs/remotes/origin/${name}` && !r.endsWith('/HEAD'));
    const others = [];
    for (const r of refs) {
        const target = await git.resolve(r);
        if (target && target !== sha)
            others.push(r);
    }
    if (await git.isShallow())
        await ensureFullHistory(git);
    if (others.length === 0)
        return {
            kind: 'log',
            revisions: [sha],
            description: `${what}: every commit reachable from ${(0,src/* short */.h0)(sha)} (first push)`
        };
    return {
        kind: 'log',
        revisions: [sha, '--not', ...others],
        description: `${what}: commits reachable from ${(0,src/* short */.h0)(sha)} and from no other branch`
    };
}
async function planScan(scope, event, common, git) {
    if (scope === 'tree')
        return { kind: 'tree', description: 'the files in the working tree' };
    if (!git)
        throw new src/* ConfigurationError */.j1(`scope ${scope} needs a git repository; use scope: tree to scan a plain folder`);
    if (scope === 'staged')
        return { kind: 'staged', description: 'the changes staged in the index' };
    if (scope === 'history') {
        await ensureFullHistory(git);
        return { kind: 'log', revisions: ['--all'], description: 'the whole history (all refs)' };
    }
    if (scope === 'diff') {
        const range = (0,src/* comparedRange */.vN)(event, common);
        if (!range)
            throw new src/* ConfigurationError */.j1('scope diff needs a range: give the base input (and head, default HEAD), or run on a pull_request or push event');
        return rangePlan(git, range.base, range.head, 'diff');
    }
    // auto
    if (event.pullRequest?.baseSha && event.pullRequest.headSha) {
        return rangePlan(git, event.pullRequest.baseSha, event.pullRequest.headSha, `pull request #${event.pullRequest.number}`);
    }
    if (event.mergeGroup?.baseSha)
        return rangePlan(git, event.mergeGroup.baseSha, event.mergeGroup.headSha, 'merge group');
    if (event.push) {
        const { before, after, deleted, forced } = event.push;
        if (deleted || after === src/* ZERO_SHA */.gy)
            return { kind: 'empty', description: 'push: the branch was deleted, nothing to scan' };
        if (before === src/* ZERO_SHA */.gy || event.push.created)
            return newBranchPlan(git, after, event.ref, 'push of a new branch');
        if (forced && !(await git.hasCommit(before))) {
            if (await git.hasRemote())
                await git.run(['fetch', '--no-tags', '--quiet', 'origin', before], { allowFailure: true });
            // the old tip is gone (rewritten history): scan what no other branch has
            if (!(await git.hasCommit(before)))
                return newBranchPlan(git, after, event.ref, 'force push');
        }
        // after a force push the old tip may share no history with the new one: no merge base is needed
        return rangePlan(git, before, after, forced ? 'force push' : 'push', !forced);
    }
    if (common.base)
        return rangePlan(git, common.base, common.head ?? 'HEAD', 'diff');
    await ensureFullHistory(git);
    return {
        kind: 'log',
        revisions: ['--all'],
        description: `${event.eventName || 'local run'}: the whole history (all refs)`
    };
}

;// CONCATENATED MODULE: ./packages/secrets/src/sources/tree.ts



/** The files to scan under a folder: git's view (tracked and untracked, minus ignored) or a plain walk. */
async function listTreeFiles(root, folder, git) {
    if (git)
        return git.workingTreeFiles(folder);
    const out = [];
    // one readdir per folder, paths built by concatenation (no join/relative per file)
    const walk = (dir, prefix) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            if (entry.name === '.git' || entry.name === 'node_modules')
                continue;
            if (entry.isDirectory())
                walk(`${dir}/${entry.name}`, `${prefix}${entry.name}/`);
            else if (entry.isFile())
                out.push(prefix + entry.name);
        }
    };
    const start = (0,external_node_path_.relative)(root, folder).split(external_node_path_.sep).join('/');
    walk(folder, start ? `${start}/` : '');
    return out.sort();
}
const BINARY_PROBE = 8000;
/** symbolic links are not followed (a link's target is scanned where it lives, or not at all); a FIFO never blocks */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * Reads each file whole into one reused buffer (memory: the largest file under the size limit) and hands its bytes
 * to the sink: no per-file allocation, no decoding of lines without a keyword. Paths the sink does not accept are not
 * opened; binary files (a NUL in the first 8000 bytes) and minified scripts are skipped before any matching.
 */
function scanTreeFiles(root, files, maxFileSize, sink) {
    const reader = new FileReader();
    for (const file of files) {
        // an excluded path (media, dependencies, `exclude-paths`) is never opened
        if (!sink.accepts(file) || !reader.open(`${root}/${file}`))
            continue;
        try {
            const bytes = reader.read(maxFileSize);
            if (!bytes)
                continue;
            if (bytes.length > maxFileSize)
                sink.skipped(file, 'too-large');
            else if (sink.startFile(file)) {
                if (reader.hasNul(BINARY_PROBE))
                    sink.skipped(file, 'binary');
                else if (isMinifiedLongLine(file, bytes))
                    sink.skipped(file, 'minified');
                else {
                    sink.bytes(bytes.length);
                    sink.content(bytes);
                }
                sink.endFile();
            }
        }
        finally {
            reader.close();
        }
    }
}
/** One open file at a time, read into a buffer that grows to the largest file and is reused. */
class FileReader {
    buffer = new Uint8Array(64 * 1024);
    /** the same memory as a Buffer, whose indexOf of a byte is a native memchr (a typed array's is a plain loop) */
    view = Buffer.from(this.buffer.buffer);
    length = 0;
    fd = -1;
    /** opens a file for reading: false when it is gone, unreadable or a symbolic link */
    open(path) {
        try {
            this.fd = (0,external_node_fs_.openSync)(path, OPEN_FLAGS);
            return true;
        }
        catch {
            this.fd = -1;
            return false;
        }
    }
    /**
     * Its bytes up to `limit` + 1 (a view of the shared buffer, valid until the next read), read to the end without a
     * stat (a read that returns less than asked is the end); undefined when it cannot be read at all (a folder such as a submodule, a FIFO).
     */
    read(limit) {
        let length = 0;
        try {
            for (;;) {
                if (length === this.buffer.length) {
                    if (length > limit)
                        break;
                    const bigger = new Uint8Array(Math.min(this.buffer.length * 2, limit + 1));
                    bigger.set(this.buffer);
                    this.buffer = bigger;
                    this.view = Buffer.from(bigger.buffer);
                }
                const wanted = this.buffer.length - length;
                const n = (0,external_node_fs_.readSync)(this.fd, this.buffer, length, wanted, null);
                length += n;
                // a regular file gives all that is asked up to its end: a short read is the end (one read call, no stat)
                if (n < wanted)
                    break;
            }
        }
        catch {
            // not a regular file after all, or an I/O error part-way: scan what was read
            if (length === 0)
                return undefined;
        }
        this.length = length;
        return this.buffer.subarray(0, length);
    }
    /** whether the bytes last read hold a NUL in their first `probe` bytes (the mark of a binary file) */
    hasNul(probe) {
        return this.view.subarray(0, Math.min(probe, this.length)).indexOf(0) >= 0;
    }
    close() {
        if (this.fd >= 0)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/action.ts













const action_VERSION = '0.1.0';
/** A file named by an input: relative to the working directory, else to the repository root. */
function locate(name, context) {
    if ((0,external_node_path_.isAbsolute)(name))
        return name;
    const inWorkingDirectory = (0,external_node_path_.resolve)(context.workingDirectory, name);
    return (0,external_node_fs_.existsSync)(inWorkingDirectory) ? inWorkingDirectory : (0,external_node_path_.resolve)(context.repoRoot, name);
}
/** The first of the working directory's and the root's copy of a conventional file. */
function conventional(name, context) {
    return [(0,external_node_path_.join)(context.workingDirectory, name), (0,external_node_path_.join)(context.repoRoot, name)].find(p => (0,external_node_fs_.existsSync)(p));
}
/**
 * The rules: the built-in set, or a gitleaks config's. The TOML parser and the RE2 engine for custom regexes load
 * only when there is a config (they are most of the action's code, and a scan without a config needs neither).
 */
async function ruleSetFor(configPath, context) {
    if (!configPath)
        return { rules: (0,builtin/* builtinRules */.DC)(), allowlists: [] };
    const { loadRuleSet } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(856), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 2643));
    return loadRuleSet(configPath, (0,external_node_path_.relative)(context.repoRoot, configPath) || configPath);
}
/** `.trufflehogignore` path patterns (Go RE2 syntax, so they load the RE2 engine), when there is one. */
async function trufflehogExcludes(path) {
    if (!path)
        return [];
    const { readTrufflehogIgnore } = await Promise.all(/* import() */[__webpack_require__.e(856), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 4810));
    return readTrufflehogIgnore(path);
}
async function runSecretScan(inputs, context) {
    const started = Date.now();
    const git = (await new src/* Git */.TU(context.workingDirectory).isRepository()) ? new src/* Git */.TU(context.repoRoot) : undefined;
    const folder = (0,external_node_path_.relative)(context.repoRoot, context.workingDirectory).split(external_node_path_.sep).join('/');
    const scopePrefix = folder && !folder.startsWith('..') ? `${folder}/` : '';
    const configPath = inputs.config ? locate(inputs.config, context) : conventional('.gitleaks.toml', context);
    const ruleSet = await ruleSetFor(configPath, context);
    const ignorePath = conventional('.gitleaksignore', context);
    const gitleaksIgnore = ignorePath ? readGitleaksIgnore(ignorePath) : new Set();
    const trufflehogPath = conventional('.trufflehogignore', context);
    const excludes = [...(await trufflehogExcludes(trufflehogPath)), ...inputs.excludePaths.map(globToRegExp)];
    const baseline = inputs.baseline ? readBaseline(locate(inputs.baseline, context)) : undefined;
    const plan = await planScan(inputs.scope, context.event, context.common, git);
    context.logger.info(`secret-scan: ${plan.description}; ${ruleSet.rules.length} rules${ruleSet.source ? ` (config ${ruleSet.source})` : ''}`);
    const detector = new Detector(ruleSet.rules, ruleSet.allowlists);
    const scanner = new SecretScanner({
        detector,
        filter: new PathFilter(excludes, plan.kind === 'tree' ? '' : scopePrefix),
        maxFileSize: inputs.maxFileSize,
        onSecret: value => context.secrets.register(value),
        gitleaksIgnore,
        baseline,
        oncePerSecret: plan.kind === 'log'
    });
    const pathspec = scopePrefix ? [scopePrefix] : [];
    // git reports the lockfiles and minified files the scan skips as binary instead of diffing them
    const attributes = (0,external_node_path_.join)(context.tempDir, 'skipped.gitattributes');
    if (plan.kind === 'log' || plan.kind === 'staged')
        (0,external_node_fs_.writeFileSync)(attributes, skippedPathAttributes());
    await context.logger.group(`Scanning ${plan.description}`, async () => {
        if (plan.kind === 'log')
            await streamGitPatch(context.repoRoot, logArgs(plan.revisions, pathspec, attributes), scanner);
        else if (plan.kind === 'staged')
            await streamGitPatch(context.repoRoot, stagedArgs(pathspec, attributes), scanner);
        else if (plan.kind === 'tree') {
            const files = await listTreeFiles(context.repoRoot, context.workingDirectory, git);
            scanTreeFiles(context.repoRoot, files, inputs.maxFileSize, scanner);
        }
    });
    const findings = scanner.findings;
    const failing = findings.length;
    const isHistory = plan.kind === 'log';
    const filesWithSecrets = new Set(findings.map(f => f.file)).size;
    const where = isHistory
        ? `${(0,src/* plural */.LS)(scanner.commitsWithSecrets, 'commit')} of ${scanner.commits}`
        : plan.kind === 'staged'
            ? `${(0,src/* plural */.LS)(filesWithSecrets, 'staged file')}`
            : `${(0,src/* plural */.LS)(filesWithSecrets, 'file')} of ${scanner.files}`;
    const scanned = isHistory
        ? (0,src/* plural */.LS)(scanner.commits, 'commit')
        : plan.kind === 'staged'
            ? 'the staged changes'
            : (0,src/* plural */.LS)(scanner.files, 'file');
    const summary = plan.kind === 'empty'
        ? plan.description
        : failing
            ? `${(0,src/* plural */.LS)(failing, 'secret')} found in ${where}`
            : `no secrets in ${scanned}`;
    const skippedFiles = scanner.skips.binary + scanner.skips['too-large'] + scanner.skips.minified;
    const decoys = Object.values(detector.stats.decoys).reduce((a, b) => a + (b ?? 0), 0);
    const annotations = findings.map(f => ({
        level: 'error',
        title: `secret-scan: ${f.ruleId}`,
        message: `${f.message} (${f.redacted})${f.commit ? ` introduced in ${f.commit.slice(0, 7)}` : ''}. Rotate it, then remove it from history.`,
        file: f.file,
        line: f.line,
        column: f.column,
        priority: f.confidence === 'high' ? 1 : 0
    }));
    return {
        status: failing ? 'fail' : 'pass',
        summary,
        findings,
        failing,
        metrics: {
            bytesScanned: scanner.bytesRead,
            commitsScanned: scanner.commits,
            filesScanned: scanner.files,
            rules: ruleSet.rules.length,
            skipped: scanner.skips,
            decoys: detector.stats.decoys,
            allowlisted: detector.stats.allowlisted,
            inlineAllowed: detector.stats.inlineAllowed,
            ignored: scanner.ignored,
            baselined: scanner.baselined,
            repeated: scanner.repeated,
            scanMs: Date.now() - started
        },
        annotations,
        counts: [
            ['Scanned', plan.description],
            [isHistory ? 'Commits' : 'Files', isHistory ? scanner.commits : scanner.files],
            ['Bytes read', (0,src/* byteSize */.mz)(scanner.bytesRead)],
            ['Secrets found', failing],
            ['Decoys and placeholders left out', decoys],
            [
                'Allowed (allowlist, inline, .gitleaksignore, baseline)',
                detector.stats.allowlisted + detector.stats.inlineAllowed + scanner.ignored + scanner.baselined
            ],
            ['Files skipped (binary, too large, minified)', skippedFiles]
        ],
        sections: findingSections(findings, ruleSet.rules, context.event),
        fix: remediation(findings),
        // the runtime writes it beside the report and sets the `sarif` output
        sarif: secretSarif(findings, ruleSet.rules, action_VERSION),
        reportFields: { scope: inputs.scope, plan: plan.description }
    };
}

;// CONCATENATED MODULE: ./packages/secrets/src/inputs.ts


const FAIL_ON = { values: ['any', 'never'], default: 'any' };
const DEFAULT_MAX_FILE_SIZE = '10MB';
const UNITS = {
    '': 1,
    B: 1,
    KB: 1024,
    K: 1024,
    MB: 1024 ** 2,
    M: 1024 ** 2,
    GB: 1024 ** 3,
    G: 1024 ** 3
};
/** `10MB`, `512KB`, `1048576`: binary units. */
function parseSize(value, name) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
    const unit = m ? UNITS[m[2].toUpperCase()] : undefined;
    if (!m || unit === undefined || Number(m[1]) <= 0) {
        throw new src/* ConfigurationError */.j1(`${name} must be a size such as 10MB, 512KB or a number of bytes, got "${value}"`);
    }
    return Math.round(Number(m[1]) * unit);
}
function readSecretScanInputs(reader) {
    return {
        scope: reader.choice('scope', SCOPES, 'auto'),
        config: reader.string('config'),
        baseline: reader.string('baseline'),
        excludePaths: reader.list('exclude-paths'),
        maxFileSize: parseSize(reader.string('max-file-size', DEFAULT_MAX_FILE_SIZE), 'max-file-size')
    };
}

;// CONCATENATED MODULE: ./packages/secrets/src/index.ts


const definition = {
    name: 'secret-scan',
    title: 'Secret scan',
    failOn: FAIL_ON,
    readInputs: readSecretScanInputs,
    run: runSecretScan
};





/***/ }),

/***/ 590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hs: () => (/* binding */ BUILTIN_SPECS),
  dE: () => (/* binding */ GENERIC_NAMES),
  T5: () => (/* binding */ PRIVATE_KEY_RULE_ID),
  DC: () => (/* binding */ builtinRules)
});

// UNUSED EXPORTS: GENERIC_RULE_ID, URL_CREDENTIALS_RULE_ID

;// CONCATENATED MODULE: ./packages/secrets/src/rules/rotation.ts
/** Where each provider documents revoking and re-issuing a credential: the link in the summary's remediation. */
const ROTATION_DOCS = {
    '1password': 'https://developer.1password.com/docs/service-accounts/manage-service-accounts/',
    adobe: 'https://developer.adobe.com/developer-console/docs/guides/authentication/',
    age: 'https://github.com/FiloSottile/age#readme',
    alibaba: 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair',
    anthropic: 'https://docs.anthropic.com/en/api/admin-api/apikeys/update-api-key',
    artifactory: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
    atlassian: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
    aws: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
    azure: 'https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal',
    clojars: 'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens',
    databricks: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
    digitalocean: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
    discord: 'https://discord.com/developers/docs/topics/oauth2',
    docker: 'https://docs.docker.com/security/for-developers/access-tokens/',
    doppler: 'https://docs.doppler.com/docs/service-tokens',
    duffel: 'https://duffel.com/docs/guides/getting-started-with-flights',
    dynatrace: 'https://docs.dynatrace.com/docs/manage/access-control/access-tokens',
    easypost: 'https://www.easypost.com/docs/api#authentication',
    facebook: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens/',
    flutterwave: 'https://developer.flutterwave.com/docs/integration-guides/authentication',
    flyio: 'https://fly.io/docs/security/tokens/',
    frameio: 'https://developer.frame.io/docs/getting-started/authentication',
    gcp: 'https://cloud.google.com/docs/authentication/api-keys#securing',
    generic: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    github: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation',
    gitlab: 'https://docs.gitlab.com/ee/security/token_overview.html',
    grafana: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    harness: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/',
    hashicorp: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
    heroku: 'https://devcenter.heroku.com/articles/authentication',
    huggingface: 'https://huggingface.co/docs/hub/security-tokens',
    infracost: 'https://www.infracost.io/docs/',
    jwt: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
    linear: 'https://linear.app/docs/api-and-webhooks',
    mailchimp: 'https://mailchimp.com/help/about-api-keys/',
    mailgun: 'https://help.mailgun.com/hc/en-us/articles/203380100-Where-can-I-find-my-API-keys-and-SMTP-credentials',
    newrelic: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/',
    notion: 'https://developers.notion.com/docs/authorization',
    npm: 'https://docs.npmjs.com/revoking-access-tokens',
    openai: 'https://platform.openai.com/api-keys',
    openshift: 'https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html',
    perplexity: 'https://docs.perplexity.ai/guides/getting-started',
    planetscale: 'https://planetscale.com/docs/concepts/service-tokens',
    postman: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
    prefect: 'https://docs.prefect.io/latest/cloud/users/api-keys/',
    'private-key': 'https://docs.github.com/en/authentication/connecting-to-github-with-ssh/generating-a-new-ssh-key-and-adding-it-to-the-ssh-agent',
    pulumi: 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/',
    pypi: 'https://pypi.org/help/#apitoken',
    readme: 'https://docs.readme.com/main/docs/api-keys',
    rubygems: 'https://guides.rubygems.org/api-key-scopes/',
    scalingo: 'https://doc.scalingo.com/platform/cli/personal-access-tokens',
    sendgrid: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    sendinblue: 'https://help.brevo.com/hc/en-us/articles/209467485',
    sentry: 'https://docs.sentry.io/account/auth-tokens/',
    shippo: 'https://docs.goshippo.com/docs/guides_general/authentication/',
    shopify: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens',
    slack: 'https://api.slack.com/authentication/rotation',
    square: 'https://developer.squareup.com/docs/build-basics/access-tokens',
    stripe: 'https://docs.stripe.com/keys#rolling-keys',
    telegram: 'https://core.telegram.org/bots/features#botfather',
    twilio: 'https://www.twilio.com/docs/iam/api-keys',
    url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    vault: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-revocation'
};

// EXTERNAL MODULE: ./packages/secrets/src/rules/shape.ts
var shape = __webpack_require__(5820);
;// CONCATENATED MODULE: ./packages/secrets/src/engine/js-matcher.ts
/**
 * A built-in rule's regex on V8's engine. Only for sources from `shape.ts` and the hand-checked sources in
 * `builtin.ts`, which are linear-time by construction; user regexes go to `Re2Matcher`.
 *
 * Compiled the first time a line with one of the rule's keywords reaches it: most scans need a few of the built-in
 * rules, and every built-in source is compiled by the rule tests (`builtin.test.ts`), so none can fail late. Custom
 * rules stay compiled up front, where a bad regex is reported with its rule.
 *
 * `needs`: literals of which every match contains one, in this case (a token's prefix, the `@` of a URL with a
 * password). A line with none of them is not run through the regex: the keyword pass matched it without regard to
 * case (`sk` in `task` for Twilio's `SK…`), and a substring search is much cheaper than a regex that fails.
 */
class JsRegexMatcher {
    source;
    flags;
    needs;
    compiled;
    constructor(source, flags, needs = []) {
        this.source = source;
        this.flags = flags;
        this.needs = needs;
    }
    get regex() {
        return (this.compiled ??= new RegExp(this.source, `gd${this.flags}`));
    }
    *matches(text) {
        if (this.needs.length && !this.needs.some(literal => text.includes(literal)))
            return;
        const regex = this.regex;
        regex.lastIndex = 0;
        let m;
        while ((m = regex.exec(text)) !== null) {
            if (m[0].length === 0) {
                regex.lastIndex++;
                continue;
            }
            // the first group that took part: a source may say where the secret is in each of its alternatives
            let group = 1;
            while (group < m.length && m[group] === undefined)
                group++;
            if (group === m.length)
                group = 0;
            const start = m.indices?.[group]?.[0] ?? m.index;
            yield { secret: m[group], index: start, match: m[0], matchIndex: m.index };
        }
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/rules/builtin.ts



const tok = (id, provider, description, shape, keywords) => ({
    kind: 'token',
    id,
    provider,
    description,
    shape,
    keywords
});
const named = (id, provider, description, names, value, entropy) => ({
    kind: 'assignment',
    id,
    provider,
    description,
    names,
    value,
    entropy
});
const HEX_MIXED = 'a-fA-F0-9';
const B64URL = 'A-Za-z0-9_\\-';
const UUID = [(0,shape/* run */.eF)(shape/* HEX */.UG, 8), '-', (0,shape/* run */.eF)(shape/* HEX */.UG, 4), '-', (0,shape/* run */.eF)(shape/* HEX */.UG, 4), '-', (0,shape/* run */.eF)(shape/* HEX */.UG, 4), '-', (0,shape/* run */.eF)(shape/* HEX */.UG, 12)];
const BUILTIN_SPECS = [
    // cloud
    tok('aws-access-token', 'aws', 'AWS access key ID', [(0,shape/* oneOf */.yL)('AKIA', 'ASIA', 'ABIA', 'ACCA'), (0,shape/* run */.eF)('A-Z2-7', 16)]),
    named('aws-secret-access-key', 'aws', 'AWS secret access key', ['aws_secret_access_key', 'aws_secret_key', 'secret_access_key', 'awssecretkey'], [(0,shape/* run */.eF)(shape/* BASE64 */.EW, 40)], 3),
    tok('gcp-api-key', 'gcp', 'Google Cloud API key', ['AIza', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 35)]),
    tok('azure-ad-client-secret', 'azure', 'Azure AD client secret', [(0,shape/* run */.eF)('A-Za-z0-9_~.', 3), (0,shape/* run */.eF)('0-9', 1), 'Q~', (0,shape/* run */.eF)('A-Za-z0-9_~.\\-', 31, 34)], ['q~']),
    named('azure-storage-account-key', 'azure', 'Azure storage account key', ['accountkey', 'azure_storage_key', 'storage_account_key'], [(0,shape/* run */.eF)(shape/* BASE64 */.EW, 86), '=='], 4),
    tok('digitalocean-pat', 'digitalocean', 'DigitalOcean personal access token', ['dop_v1_', (0,shape/* run */.eF)(shape/* HEX */.UG, 64)]),
    tok('digitalocean-access-token', 'digitalocean', 'DigitalOcean OAuth access token', ['doo_v1_', (0,shape/* run */.eF)(shape/* HEX */.UG, 64)]),
    tok('digitalocean-refresh-token', 'digitalocean', 'DigitalOcean OAuth refresh token', ['dor_v1_', (0,shape/* run */.eF)(shape/* HEX */.UG, 64)]),
    tok('alibaba-access-key-id', 'alibaba', 'Alibaba Cloud AccessKey ID', ['LTAI', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 20)]),
    named('alibaba-secret-key', 'alibaba', 'Alibaba Cloud AccessKey secret', ['alibaba', 'aliyun'], [(0,shape/* run */.eF)(shape/* ALNUM */.GO, 30)], 3),
    tok('heroku-api-key-v2', 'heroku', 'Heroku API key', ['HRKU-AA', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 58)]),
    named('heroku-api-key', 'heroku', 'Heroku API key (UUID form)', ['heroku'], UUID),
    // fo1_ tokens are 43 characters; the macaroon tokens `fly tokens create` prints (fm1a_, fm1r_, fm2_) are base64
    tok('flyio-access-token', 'flyio', 'Fly.io access token', [
        (0,shape/* oneOf */.yL)('fo1_', 'fm1a_', 'fm1r_', 'fm2_'),
        (0,shape/* run */.eF)('A-Za-z0-9_\\-+/', 43, 4096),
        (0,shape/* run */.eF)('=', 0, 3)
    ]),
    tok('scalingo-api-token', 'scalingo', 'Scalingo API token', ['tk-us-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 48)]),
    tok('openshift-user-token', 'openshift', 'OpenShift user token', ['sha256~', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 43)]),
    // code hosts and registries
    tok('github-pat', 'github', 'GitHub personal access token (classic)', ['ghp_', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 36)]),
    tok('github-fine-grained-pat', 'github', 'GitHub fine-grained personal access token', ['github_pat_', (0,shape/* run */.eF)(shape/* WORD */.f7, 82)]),
    tok('github-oauth', 'github', 'GitHub OAuth access token', ['gho_', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 36)]),
    tok('github-app-token', 'github', 'GitHub App user-to-server or installation token', [
        (0,shape/* oneOf */.yL)('ghu_', 'ghs_'),
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 36)
    ]),
    tok('github-refresh-token', 'github', 'GitHub refresh token', ['ghr_', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 36)]),
    tok('gitlab-pat', 'gitlab', 'GitLab personal access token', ['glpat-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 20)]),
    tok('gitlab-ptt', 'gitlab', 'GitLab pipeline trigger token', ['glptt-', (0,shape/* run */.eF)(shape/* HEX */.UG, 40)]),
    tok('gitlab-rrt', 'gitlab', 'GitLab runner registration token', ['GR1348941', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 20)]),
    tok('gitlab-runner-authentication-token', 'gitlab', 'GitLab runner authentication token', [
        'glrt-',
        (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 20)
    ]),
    tok('gitlab-deploy-token', 'gitlab', 'GitLab deploy token', ['gldt-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 20)]),
    tok('gitlab-cicd-job-token', 'gitlab', 'GitLab CI/CD job token', [
        'glcbt-',
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 1, 5),
        '_',
        (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 20)
    ]),
    tok('gitlab-feed-token', 'gitlab', 'GitLab feed token', ['glft-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 20)]),
    tok('gitlab-incoming-mail-token', 'gitlab', 'GitLab incoming mail token', ['glimt-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 25)]),
    tok('gitlab-kubernetes-agent-token', 'gitlab', 'GitLab Kubernetes agent token', ['glagent-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 50)]),
    tok('gitlab-oauth-app-secret', 'gitlab', 'GitLab OAuth application secret', ['gloas-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 64)]),
    tok('gitlab-scim-token', 'gitlab', 'GitLab SCIM token', ['glsoat-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 20)]),
    tok('gitlab-feature-flag-client-token', 'gitlab', 'GitLab feature flag client token', [
        'glffct-',
        (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 20)
    ]),
    tok('gitlab-session-cookie', 'gitlab', 'GitLab session cookie', ['_gitlab_session=', (0,shape/* run */.eF)(shape/* LOWER_ALNUM */.q9, 32)]),
    tok('npm-access-token', 'npm', 'npm access token', ['npm_', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 36)]),
    tok('pypi-upload-token', 'pypi', 'PyPI upload token', ['pypi-AgEIcHlwaS5vcmc', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 50, 1000)]),
    tok('rubygems-api-token', 'rubygems', 'RubyGems API token', ['rubygems_', (0,shape/* run */.eF)(shape/* HEX */.UG, 48)]),
    tok('dockerhub-pat', 'docker', 'Docker Hub personal access token', ['dckr_pat_', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 27)]),
    tok('dockerhub-oat', 'docker', 'Docker Hub organization access token', ['dckr_oat_', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 32)]),
    tok('artifactory-api-key', 'artifactory', 'JFrog Artifactory API key', ['AKCp', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 69)]),
    tok('artifactory-reference-token', 'artifactory', 'JFrog Artifactory reference token', ['cmVmd', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 59)]),
    tok('clojars-api-token', 'clojars', 'Clojars deploy token', ['CLOJARS_', (0,shape/* run */.eF)(shape/* LOWER_ALNUM */.q9, 60)]),
    tok('atlassian-api-token', 'atlassian', 'Atlassian API token', ['ATATT3', (0,shape/* run */.eF)('A-Za-z0-9_\\-=', 186)]),
    // chat and mail
    tok('slack-bot-token', 'slack', 'Slack bot token', [
        'xoxb-',
        (0,shape/* run */.eF)('0-9', 10, 13),
        '-',
        (0,shape/* run */.eF)('0-9', 10, 13),
        '-',
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 24)
    ]),
    tok('slack-user-token', 'slack', 'Slack user token', [
        (0,shape/* oneOf */.yL)('xoxp-', 'xoxe-'),
        (0,shape/* run */.eF)('0-9', 10, 13),
        '-',
        (0,shape/* run */.eF)('0-9', 10, 13),
        '-',
        (0,shape/* run */.eF)('0-9', 10, 13),
        '-',
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 28, 34)
    ]),
    tok('slack-app-token', 'slack', 'Slack app-level token', [
        'xapp-',
        (0,shape/* run */.eF)('0-9', 1),
        '-',
        (0,shape/* run */.eF)(shape/* UPPER_ALNUM */.rS, 9, 12),
        '-',
        (0,shape/* run */.eF)('0-9', 10, 13),
        '-',
        (0,shape/* run */.eF)(shape/* LOWER_ALNUM */.q9, 64)
    ]),
    tok('slack-config-refresh-token', 'slack', 'Slack configuration refresh token', [
        'xoxe-',
        (0,shape/* run */.eF)('0-9', 1),
        '-',
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 146)
    ]),
    tok('slack-legacy-workspace-token', 'slack', 'Slack legacy workspace token', [
        (0,shape/* oneOf */.yL)('xoxa-', 'xoxr-'),
        (0,shape/* run */.eF)('0-9', 1),
        '-',
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 8, 48)
    ]),
    tok('slack-webhook-url', 'slack', 'Slack incoming webhook URL', [
        'hooks.slack.com/',
        (0,shape/* oneOf */.yL)('services/', 'workflows/', 'triggers/'),
        // services/T…/B…/secret is 43–56 characters; workflows/ and triggers/ add an id and a number
        (0,shape/* run */.eF)('A-Za-z0-9+/', 43, 120)
    ]),
    named('discord-api-token', 'discord', 'Discord API key', ['discord'], [(0,shape/* run */.eF)(shape/* HEX */.UG, 64)]),
    tok('discord-webhook-url', 'discord', 'Discord webhook URL', [
        'discord.com/api/webhooks/',
        (0,shape/* run */.eF)('0-9', 17, 20),
        '/',
        (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 60, 70)
    ]),
    named('telegram-bot-api-token', 'telegram', 'Telegram bot API token', ['telegram', 'telegr', 'tg_bot'], [(0,shape/* run */.eF)('0-9', 8, 10), ':A', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 34)]),
    tok('sendgrid-api-token', 'sendgrid', 'SendGrid API key', ['SG.', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 22), '.', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 43)]),
    named('mailgun-private-api-token', 'mailgun', 'Mailgun private API key', ['mailgun'], ['key-', (0,shape/* run */.eF)(shape/* HEX */.UG, 32)]),
    named('mailchimp-api-key', 'mailchimp', 'Mailchimp API key', ['mailchimp'], [(0,shape/* run */.eF)(shape/* HEX */.UG, 32), '-us', (0,shape/* run */.eF)('0-9', 2)]),
    tok('twilio-api-key', 'twilio', 'Twilio API key', ['SK', (0,shape/* run */.eF)(HEX_MIXED, 32)]),
    tok('sendinblue-api-token', 'sendinblue', 'Brevo (Sendinblue) API key', [
        'xkeysib-',
        (0,shape/* run */.eF)(shape/* HEX */.UG, 64),
        '-',
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 16)
    ]),
    // payments
    tok('stripe-access-token', 'stripe', 'Stripe secret or restricted key', [
        (0,shape/* oneOf */.yL)('sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_'),
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 24, 99)
    ]),
    tok('square-access-token', 'square', 'Square access token', [(0,shape/* oneOf */.yL)('sq0atp-', 'EAAA'), (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 22, 60)]),
    tok('square-oauth-secret', 'square', 'Square OAuth secret', ['sq0csp-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 43)]),
    tok('shopify-access-token', 'shopify', 'Shopify access token', ['shpat_', (0,shape/* run */.eF)(HEX_MIXED, 32)]),
    tok('shopify-custom-access-token', 'shopify', 'Shopify custom app access token', ['shpca_', (0,shape/* run */.eF)(HEX_MIXED, 32)]),
    tok('shopify-private-app-access-token', 'shopify', 'Shopify private app access token', [
        'shppa_',
        (0,shape/* run */.eF)(HEX_MIXED, 32)
    ]),
    tok('shopify-shared-secret', 'shopify', 'Shopify shared secret', ['shpss_', (0,shape/* run */.eF)(HEX_MIXED, 32)]),
    tok('flutterwave-secret-key', 'flutterwave', 'Flutterwave secret key', ['FLWSECK_TEST-', (0,shape/* run */.eF)('a-h0-9', 32), '-X']),
    tok('shippo-api-token', 'shippo', 'Shippo API token', [(0,shape/* oneOf */.yL)('shippo_live_', 'shippo_test_'), (0,shape/* run */.eF)(HEX_MIXED, 40)]),
    tok('easypost-api-token', 'easypost', 'EasyPost API key', ['EZAK', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 54)]),
    tok('easypost-test-api-token', 'easypost', 'EasyPost test API key', ['EZTK', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 54)]),
    tok('duffel-api-token', 'duffel', 'Duffel API token', [
        (0,shape/* oneOf */.yL)('duffel_test_', 'duffel_live_'),
        (0,shape/* run */.eF)('A-Za-z0-9_\\-=', 43)
    ]),
    // AI
    tok('openai-api-key', 'openai', 'OpenAI API key', [(0,shape/* oneOf */.yL)('sk-proj-', 'sk-svcacct-', 'sk-admin-'), (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 58), 'T3BlbkFJ', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 58)], ['t3blbkfj']),
    tok('openai-legacy-api-key', 'openai', 'OpenAI API key (legacy form)', ['sk-', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 20), 'T3BlbkFJ', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 20)], ['t3blbkfj']),
    tok('anthropic-api-key', 'anthropic', 'Anthropic API key', ['sk-ant-api03-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 93), 'AA']),
    tok('anthropic-admin-api-key', 'anthropic', 'Anthropic admin API key', ['sk-ant-admin01-', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 93), 'AA']),
    tok('huggingface-access-token', 'huggingface', 'Hugging Face access token', ['hf_', (0,shape/* run */.eF)('A-Za-z', 34)]),
    tok('huggingface-organization-api-token', 'huggingface', 'Hugging Face organization API token', [
        'api_org_',
        (0,shape/* run */.eF)('A-Za-z', 34)
    ]),
    tok('perplexity-api-key', 'perplexity', 'Perplexity API key', ['pplx-', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 48)]),
    // infrastructure and developer services
    tok('vault-service-token', 'vault', 'HashiCorp Vault service token', ['hvs.', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 90, 120)]),
    tok('vault-batch-token', 'vault', 'HashiCorp Vault batch token', ['hvb.', (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 138, 300)]),
    tok('hashicorp-tf-api-token', 'hashicorp', 'Terraform Cloud / Enterprise API token', [(0,shape/* run */.eF)(shape/* LOWER_ALNUM */.q9, 14), '.atlasv1.', (0,shape/* run */.eF)('a-z0-9_\\-=', 60, 70)], ['atlasv1']),
    tok('databricks-api-token', 'databricks', 'Databricks API token', ['dapi', (0,shape/* run */.eF)('a-h0-9', 32)]),
    tok('doppler-api-token', 'doppler', 'Doppler API token', [
        (0,shape/* oneOf */.yL)('dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'),
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 40, 44)
    ]),
    tok('grafana-api-key', 'grafana', 'Grafana API key', ['eyJrIjoi', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 70, 400), (0,shape/* run */.eF)('=', 0, 3)]),
    tok('grafana-cloud-api-token', 'grafana', 'Grafana Cloud API token', ['glc_', (0,shape/* run */.eF)(shape/* BASE64 */.EW, 32, 400), (0,shape/* run */.eF)('=', 0, 3)]),
    tok('grafana-service-account-token', 'grafana', 'Grafana service account token', [
        'glsa_',
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 32),
        '_',
        (0,shape/* run */.eF)(HEX_MIXED, 8)
    ]),
    tok('sentry-user-token', 'sentry', 'Sentry user auth token', ['sntryu_', (0,shape/* run */.eF)(shape/* HEX */.UG, 64)]),
    named('sentry-access-token', 'sentry', 'Sentry auth token (old format)', ['sentry'], [(0,shape/* run */.eF)(shape/* HEX */.UG, 64)], 3),
    named('new-relic-user-api-key', 'newrelic', 'New Relic user API key', ['new_relic', 'newrelic', 'new-relic', 'nr_api'], ['NRAK-', (0,shape/* run */.eF)(shape/* UPPER_ALNUM */.rS, 27)]),
    tok('new-relic-insert-key', 'newrelic', 'New Relic insert key', ['NRII-', (0,shape/* run */.eF)('a-zA-Z0-9\\-', 32)]),
    tok('new-relic-browser-api-token', 'newrelic', 'New Relic browser API token', ['NRJS-', (0,shape/* run */.eF)(shape/* HEX */.UG, 19)]),
    tok('postman-api-token', 'postman', 'Postman API key', ['PMAK-', (0,shape/* run */.eF)(shape/* HEX */.UG, 24), '-', (0,shape/* run */.eF)(shape/* HEX */.UG, 34)]),
    tok('linear-api-key', 'linear', 'Linear API key', ['lin_api_', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 40)]),
    tok('pulumi-api-token', 'pulumi', 'Pulumi access token', ['pul-', (0,shape/* run */.eF)(shape/* HEX */.UG, 40)]),
    tok('age-secret-key', 'age', 'age encryption secret key', [
        'AGE-SECRET-KEY-1',
        (0,shape/* run */.eF)('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)
    ]),
    tok('1password-service-account-token', '1password', '1Password service account token', [
        'ops_eyJ',
        (0,shape/* run */.eF)(shape/* BASE64 */.EW, 250, 2000),
        (0,shape/* run */.eF)('=', 0, 3)
    ]),
    // A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX, or with the third and fourth groups run together
    tok('1password-secret-key', '1password', '1Password account secret key', [
        'A3-',
        (0,shape/* run */.eF)(shape/* UPPER_ALNUM */.rS, 6),
        '-',
        (0,shape/* run */.eF)('A-Z0-9\\-', 11, 12),
        '-',
        (0,shape/* run */.eF)(shape/* UPPER_ALNUM */.rS, 5),
        '-',
        (0,shape/* run */.eF)(shape/* UPPER_ALNUM */.rS, 5),
        '-',
        (0,shape/* run */.eF)(shape/* UPPER_ALNUM */.rS, 5)
    ]),
    tok('adobe-client-secret', 'adobe', 'Adobe client secret', ['p8e-', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 32)]),
    tok('dynatrace-api-token', 'dynatrace', 'Dynatrace API token', [
        'dt0c01.',
        (0,shape/* run */.eF)(shape/* UPPER_ALNUM */.rS, 24),
        '.',
        (0,shape/* run */.eF)(shape/* UPPER_ALNUM */.rS, 64)
    ]),
    tok('frameio-api-token', 'frameio', 'Frame.io API token', ['fio-u-', (0,shape/* run */.eF)('A-Za-z0-9_\\-=', 64)]),
    tok('harness-api-key', 'harness', 'Harness API key', [
        (0,shape/* oneOf */.yL)('pat.', 'sat.'),
        (0,shape/* run */.eF)(shape/* WORD_DASH */.Kj, 22),
        '.',
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 24),
        '.',
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 20)
    ]),
    tok('infracost-api-token', 'infracost', 'Infracost API token', ['ico-', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 32)]),
    tok('notion-api-token', 'notion', 'Notion integration token', ['ntn_', (0,shape/* run */.eF)('0-9', 11), (0,shape/* run */.eF)(shape/* ALNUM */.GO, 35)]),
    tok('planetscale-api-token', 'planetscale', 'PlanetScale service token', [
        'pscale_tkn_',
        (0,shape/* run */.eF)('A-Za-z0-9_=.\\-', 32, 64)
    ]),
    tok('planetscale-oauth-token', 'planetscale', 'PlanetScale OAuth token', [
        'pscale_oauth_',
        (0,shape/* run */.eF)('A-Za-z0-9_=.\\-', 32, 64)
    ]),
    tok('planetscale-password', 'planetscale', 'PlanetScale database password', [
        'pscale_pw_',
        (0,shape/* run */.eF)('A-Za-z0-9_=.\\-', 32, 64)
    ]),
    tok('prefect-api-token', 'prefect', 'Prefect API key', ['pnu_', (0,shape/* run */.eF)(shape/* ALNUM */.GO, 36)]),
    tok('readme-api-token', 'readme', 'ReadMe API key', ['rdme_', (0,shape/* run */.eF)(shape/* LOWER_ALNUM */.q9, 70)]),
    tok('facebook-page-access-token', 'facebook', 'Facebook page access token', [
        (0,shape/* oneOf */.yL)('EAAM', 'EAAC'),
        (0,shape/* run */.eF)(shape/* ALNUM */.GO, 100, 300)
    ]),
    // structured credentials
    // keyword `.ey`, the start of the payload: every JWT has it, and far fewer lines than those with `ey` (key, they)
    tok('jwt', 'jwt', 'JSON Web Token', ['ey', (0,shape/* openRun */.Iy)(B64URL, 17), '.ey', (0,shape/* openRun */.Iy)(B64URL, 17), '.', (0,shape/* openRun */.Iy)(B64URL, 10)], ['.ey'])
];
/** Rules whose detection is code, not a shape: private keys, URLs with passwords, generic assignments. */
const PRIVATE_KEY_RULE_ID = 'private-key';
const URL_CREDENTIALS_RULE_ID = 'url-embedded-credentials';
const GENERIC_RULE_ID = 'generic-api-key';
/** Keywords of the generic rule: names under which secrets are assigned (gitleaks' set). */
const GENERIC_NAMES = [
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
];
const GENERIC_VALUE = `[\\w.=\\-+/~!@#%^&*]{8,150}`;
/**
 * name, operator, value. The operators are gitleaks' but for `>` and `||`; its `,` only between two string literals
 * (`setdefault("SECRET_KEY", "…")`, `headers.set('X-Api-Key', '…')`), not between a name and a variable
 * (`authenticate(password, stored_hash)`)
 */
const GENERIC_SOURCE = `(?:access|auth|api|credential|creds|key|passw(?:or)?d|pwd|secret|token)[\\w.\\-]{0,20}[\\s'"]{0,3}(?:(?:={1,2}>?|:{1,3}=?|\\?=|=>)[\\s'"\`]{0,5}|(?<=['"])[ \\t]{0,2},[ \\t]{0,3}['"\`])(${GENERIC_VALUE})(?![\\w.=\\-+/~!@#%^&*])`;
const URL_PART = `[^\\s:@/'"\`<>]`;
/**
 * scheme://user:password@host, passwords of 3 to 128 characters other than separators. GitHub's basic-auth form puts
 * the token in the user name and the fixed word `x-oauth-basic` in the password (`https://<token>:x-oauth-basic@`):
 * then the user name is the secret.
 */
const URL_SOURCE = `(?<![A-Za-z0-9+.\\-])[a-zA-Z][a-zA-Z0-9+.\\-]{1,20}://(?:(${URL_PART}{8,64}):x-oauth-basic|${URL_PART}{1,64}:(${URL_PART}{3,128}))@[A-Za-z0-9.\\-\\[\\]]{1,253}`;
const PKCS12_PATH = /(?:^|\/)[^/]+\.p(?:12|fx)$/i;
function specToRule(spec) {
    const source = spec.kind === 'token' ? (0,shape/* tokenSource */.Zx)(spec.shape) : (0,shape/* assignmentSource */.HT)(spec.names, spec.value);
    const keywords = spec.kind === 'token' ? (spec.keywords ?? (0,shape/* leadingLiterals */.nD)(spec.shape)) : spec.names.map(n => n.toLowerCase());
    return {
        id: spec.id,
        description: spec.description,
        keywords,
        matcher: spec.kind === 'token'
            ? new JsRegexMatcher(source, '', (0,shape/* literalPrefixes */.ak)(spec.shape))
            : new JsRegexMatcher(source, 'i'),
        entropy: spec.kind === 'assignment' ? spec.entropy : undefined,
        kind: spec.kind,
        rotate: ROTATION_DOCS[spec.provider],
        allowlists: [],
        source
    };
}
function builtinRules() {
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
            matcher: new JsRegexMatcher(GENERIC_SOURCE, 'i'),
            entropy: 3.5,
            kind: 'generic',
            rotate: ROTATION_DOCS.generic,
            allowlists: [],
            source: GENERIC_SOURCE
        }
    ];
}


/***/ }),

/***/ 5820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ escapeRegex),
/* harmony export */   EW: () => (/* binding */ BASE64),
/* harmony export */   GO: () => (/* binding */ ALNUM),
/* harmony export */   HT: () => (/* binding */ assignmentSource),
/* harmony export */   Iy: () => (/* binding */ openRun),
/* harmony export */   Kj: () => (/* binding */ WORD_DASH),
/* harmony export */   UG: () => (/* binding */ HEX),
/* harmony export */   Zx: () => (/* binding */ tokenSource),
/* harmony export */   ak: () => (/* binding */ literalPrefixes),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   f7: () => (/* binding */ WORD),
/* harmony export */   nD: () => (/* binding */ leadingLiterals),
/* harmony export */   q9: () => (/* binding */ LOWER_ALNUM),
/* harmony export */   rS: () => (/* binding */ UPPER_ALNUM),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony exports MAX_SEGMENT, segmentsSource, isRun, ASSIGNMENT, expandSet, sampleShape */
const run = (set, min, max = min) => ({ set, min, max });
const openRun = (set, min) => ({ set, min, max: MAX_SEGMENT });
const oneOf = (...options) => ({ oneOf: options });
const ALNUM = 'A-Za-z0-9';
const LOWER_ALNUM = 'a-z0-9';
const UPPER_ALNUM = 'A-Z0-9';
const HEX = 'a-f0-9';
const WORD = 'A-Za-z0-9_';
const WORD_DASH = 'A-Za-z0-9_\\-';
const BASE64 = 'A-Za-z0-9+/';
/** runs longer than this get the look-behind guard; shorter ones cost a bounded amount per start anyway */
const LONG_RUN = 256;
/**
 * The longest run a JWT segment may have. V8 keeps one backtrack entry per character of a greedy run, so an
 * unbounded run over a 10 MB line overflows its stack; a bound keeps memory constant and time linear.
 */
const MAX_SEGMENT = 16384;
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
function quantifier(r) {
    if (r.max === undefined)
        return `{${r.min},}`;
    return r.min === r.max ? `{${r.min}}` : `{${r.min},${r.max}}`;
}
function segmentsSource(segments) {
    return segments
        .map(s => {
        if (typeof s === 'string')
            return escapeRegex(s);
        if ('oneOf' in s)
            return `(?:${s.oneOf.map(escapeRegex).join('|')})`;
        return `[${s.set}]${quantifier(s)}`;
    })
        .join('');
}
function isRun(segment) {
    return typeof segment === 'object' && 'set' in segment;
}
function runs(segments) {
    return segments.filter(isRun);
}
/** The lower-case literal a token starts with: its keywords. */
function leadingLiterals(segments) {
    return literalPrefixes(segments).map(o => o.toLowerCase());
}
/** The same literals in their own case: every match of a case-sensitive shape contains one of them. */
function literalPrefixes(segments) {
    const first = segments[0];
    if (typeof first === 'string')
        return [first];
    if (first && 'oneOf' in first)
        return first.oneOf;
    return [];
}
/** A token with a fixed prefix: `(?<![boundary])(shape)(?![last run])`. */
function tokenSource(segments) {
    const first = runs(segments)[0];
    const startsWithRun = isRun(segments[0]);
    // a long first run (or a shape that starts with a run) must not start inside a run an earlier attempt scanned
    const guard = first && (first.max === undefined || first.max > LONG_RUN || startsWithRun) ? first.set : '';
    const last = segments[segments.length - 1];
    const behind = `(?<![A-Za-z0-9${guard}])`;
    const ahead = isRun(last) && last.max !== undefined ? `(?![${last.set}])` : '';
    return `${behind}(${segmentsSource(segments)})${ahead}`;
}
/** The operator between a name and its value, in the forms config files and code use (gitleaks' set). */
const ASSIGNMENT = `[\\s'"]{0,3}(?:={1,2}>?|:{1,3}=?|\\?=|\\|\\||,|>)[\\s'"\`=]{0,5}`;
/** A value named after its provider: `<name>[_.-words] = value`. */
function assignmentSource(names, value) {
    const last = value[value.length - 1];
    const ahead = isRun(last) ? `(?![${last.set}])` : '';
    for (const r of runs(value))
        if (r.max === undefined)
            throw new Error('assignment values must be bounded');
    return `(?:${names.map(escapeRegex).join('|')})[\\w.\\-]{0,20}${ASSIGNMENT}(${segmentsSource(value)})${ahead}`;
}
/** The characters a class body stands for (ranges, `\w`, `\d`, escapes). */
function expandSet(set) {
    const chars = [];
    for (let i = 0; i < set.length; i++) {
        let c = set[i];
        if (c === '\\') {
            const next = set[++i];
            if (next === 'w') {
                chars.push(...expandSet('A-Za-z0-9_'));
                continue;
            }
            if (next === 'd') {
                chars.push(...expandSet('0-9'));
                continue;
            }
            c = next;
        }
        else if (set[i + 1] === '-' && i + 2 < set.length) {
            const end = set[i + 2];
            for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++)
                chars.push(String.fromCharCode(code));
            i += 2;
            continue;
        }
        chars.push(c);
    }
    return [...new Set(chars)];
}
/** A value of the shape, from a source of random numbers in [0, 1). */
function sampleShape(segments, random) {
    return segments
        .map(s => {
        if (typeof s === 'string')
            return s;
        if ('oneOf' in s)
            return s.oneOf[Math.floor(random() * s.oneOf.length)];
        const chars = expandSet(s.set);
        const length = s.max === undefined ? s.min + 8 : s.min + Math.floor(random() * (s.max - s.min + 1));
        let out = '';
        for (let i = 0; i < length; i++)
            out += chars[Math.floor(random() * chars.length)];
        return out;
    })
        .join('');
}


/***/ })

};
