export const id = 65;
export const ids = [65];
export const modules = {

/***/ 5065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addLine: () => (/* reexport */ addLine),
  counter: () => (/* reexport */ counter),
  definition: () => (/* binding */ definition),
  detached: () => (/* reexport */ src/* detached */.ht),
  detectFormat: () => (/* reexport */ detectFormat),
  emptyFile: () => (/* reexport */ emptyFile),
  formatPercent: () => (/* reexport */ formatPercent),
  headlineRule: () => (/* reexport */ headlineRule),
  mergeReports: () => (/* reexport */ mergeReports),
  parseReport: () => (/* reexport */ parseReport),
  patchCoverage: () => (/* reexport */ patchCoverage),
  roundingFor: () => (/* reexport */ roundingFor),
  sumTotals: () => (/* reexport */ sumTotals)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 27 modules
var src = __webpack_require__(4450);
;// CONCATENATED MODULE: ./packages/coverage/src/inputs.ts

const COMMENT_MODES = ['auto', 'always', 'never'];
/** Every coverage-gate input, read and checked in one place. */
function readCoverageInputs(reader) {
    const flag = reader.string('flag', '');
    if (flag && !/^[A-Za-z0-9._-]+$/.test(flag)) {
        throw new src/* ConfigurationError */.j1(`flag must be letters, digits, dots, dashes or underscores (e.g. backend); got ${JSON.stringify(flag)}`);
    }
    return {
        files: reader.list('files'),
        minCoverage: reader.percent('min-coverage', 80),
        minBranchCoverage: reader.percent('min-branch-coverage', undefined),
        minFileCoverage: reader.percent('min-file-coverage', undefined),
        minPatchCoverage: reader.percent('min-patch-coverage', undefined),
        maxDecrease: reader.number('max-decrease', undefined, { min: 0, max: 100 }),
        flag,
        badge: reader.string('badge'),
        comment: reader.choice('comment', COMMENT_MODES, 'auto')
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/coverage/src/branch-table.ts

/** keys at or above this name a branch by an interned string; below it by two small numbers (`pairKey`) */
const INTERNED = 0x80000000;
const MAX_HITS = 0xfffffffe;
const interned = new Map();
let internedCount = 0;
/**
 * A branch's key within its line from two small non-negative integers (LCOV's block and branch, Istanbul's branch
 * id and location index) with no string made; numbers too large to pack are interned as `a,b`.
 */
function pairKey(a, b) {
    if (a >= 0 && a < 0x8000 && b >= 0 && b < 0x10000)
        return a * 0x10000 + b;
    return nameKey(`${a},${b}`);
}
/** A branch's key from its name (an LCOV id with flags such as `e0,1`): one number per distinct name, process-wide. */
function nameKey(name) {
    let key = interned.get(name);
    if (key === undefined)
        interned.set((0,src/* detached */.ht)(name), (key = INTERNED + internedCount++));
    return key;
}
/**
 * The branches of one file in flat Uint32Arrays, three numbers an entry: no object per branch or per line.
 * Named branches (LCOV, Istanbul, coverage.py JSON) are (line, key, hits) and merge branch by branch; branches a
 * format only counts per line (Cobertura, JaCoCo, Clover) are (line, covered, total) and merge by the larger of each.
 * Entries are appended as read and put in order (sorted, repeats combined) when first read: a repeated named branch
 * adds its hits (one report naming it twice), a repeated counted line keeps the larger numbers.
 */
class BranchTable {
    named = new Entries(2, (a, b) => Math.min(MAX_HITS, a + b));
    counted = new Entries(1, Math.max);
    /** Adds one named branch's hits on a line. */
    add(line, key, hits) {
        this.named.push(line, key, hits > MAX_HITS ? MAX_HITS : hits > 0 ? hits : 0);
    }
    /** Records how many of a line's branches ran, for a format that does not name them. */
    setCount(line, covered, total) {
        this.counted.push(line, Math.max(0, Math.min(covered, total)), Math.max(0, total));
    }
    /** How many entries (named branches plus counted lines) are held. */
    get entries() {
        return this.named.ordered().size + this.counted.ordered().size;
    }
    /** How many entries the arrays have room for (12 bytes each): the table's memory. */
    get capacity() {
        return (this.named.data.length + this.counted.data.length) / 3;
    }
    /** Covered and total branches per line, in line order; a line both named and counted takes the larger of each. */
    *lines() {
        const { data: n, size: namedSize } = this.named.ordered();
        const { data: c, size: countedSize } = this.counted.ordered();
        let i = 0;
        let j = 0;
        while (i < namedSize || j < countedSize) {
            const namedLine = i < namedSize ? n[3 * i] : Infinity;
            const countedLine = j < countedSize ? c[3 * j] : Infinity;
            const line = Math.min(namedLine, countedLine);
            let covered = 0;
            let total = 0;
            for (; i < namedSize && n[3 * i] === line; i++) {
                total++;
                if (n[3 * i + 2] > 0)
                    covered++;
            }
            if (countedLine === line) {
                covered = Math.max(covered, c[3 * j + 1]);
                total = Math.max(total, c[3 * j + 2]);
                j++;
            }
            yield { line, covered, total };
        }
    }
    /** Covered and total branches of the file, without an object per line. */
    totals() {
        const { data, size } = this.named.ordered();
        if (this.counted.ordered().size === 0) {
            let covered = 0;
            for (let i = 2; i < 3 * size; i += 3)
                if (data[i] > 0)
                    covered++;
            return { covered, total: size };
        }
        let covered = 0;
        let total = 0;
        for (const l of this.lines()) {
            covered += l.covered;
            total += l.total;
        }
        return { covered, total };
    }
    /** A copy at its exact size (see LineTable.copy); repeats are combined first. */
    copy() {
        const copy = new BranchTable();
        copy.named.copyFrom(this.named);
        copy.counted.copyFrom(this.counted);
        return copy;
    }
    /** Adds every entry of another table of the same report (its hits add up, as a repeated record's do). */
    append(other) {
        this.named.append(other.named);
        this.counted.append(other.counted);
    }
    /** Empties the table for reuse, keeping its arrays. */
    clear() {
        this.named.clear();
        this.counted.clear();
    }
    /** Merges another report's branches of the same file: a named branch is covered when either report covers it. */
    mergeMax(other) {
        this.named.mergeMax(other.named);
        this.counted.mergeMax(other.counted);
    }
}
/**
 * Entries of three numbers, keyed by the first `keyWidth` of them, appended as read. They are put in order (sorted,
 * repeats combined with `combine`) when read, and also before the array would grow while out of order: a file that
 * a report names again and again (one SF section per test) holds its distinct branches, not every repeat.
 */
class Entries {
    keyWidth;
    combine;
    data = EMPTY;
    size = 0;
    inOrder = true;
    constructor(keyWidth, combine) {
        this.keyWidth = keyWidth;
        this.combine = combine;
    }
    push(a, b, c) {
        let at = 3 * this.size;
        if (at === this.data.length) {
            if (!this.inOrder) {
                this.ordered();
                at = 3 * this.size;
            }
            if (4 * at >= this.data.length)
                this.data = grow(this.data);
        }
        const d = this.data;
        if (at > 0 && (a < d[at - 3] || (a === d[at - 3] && (this.keyWidth === 1 || b <= d[at - 2]))))
            this.inOrder = false;
        d[at] = a;
        d[at + 1] = b;
        d[at + 2] = c;
        this.size++;
    }
    ordered() {
        if (!this.inOrder) {
            this.size = combine(this.data, this.size, this.keyWidth, this.combine);
            this.inOrder = true;
        }
        return this;
    }
    copyFrom(other) {
        other.ordered();
        this.data = other.size > 0 ? other.data.slice(0, 3 * other.size) : EMPTY;
        this.size = other.size;
    }
    append(other) {
        const d = other.data;
        for (let i = 0; i < 3 * other.size; i += 3)
            this.push(d[i], d[i + 1], d[i + 2]);
    }
    clear() {
        this.size = 0;
        this.inOrder = true;
    }
    mergeMax(other) {
        this.ordered();
        other.ordered();
        if (other.size > 0)
            [this.data, this.size] = joinMax(this.data, this.size, other.data, other.size, this.keyWidth);
    }
}
const EMPTY = new Uint32Array(0);
function grow(data) {
    const grown = new Uint32Array(Math.max(96, data.length * 2));
    grown.set(data);
    return grown;
}
/**
 * Sorts the entries of `data` by their first `keyWidth` numbers and combines entries with equal keys (the rest
 * with `add` for the third number; a counted entry's two numbers with max each). Returns the new entry count.
 */
function combine(data, size, keyWidth, add) {
    const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => data[3 * a] - data[3 * b] || (keyWidth === 2 ? data[3 * a + 1] - data[3 * b + 1] : 0));
    const sorted = new Uint32Array(3 * size);
    let out = 0;
    for (const i of order) {
        const at = 3 * out;
        if (out > 0 && sameKey(sorted, at - 3, data, 3 * i, keyWidth)) {
            if (keyWidth === 1)
                sorted[at - 2] = Math.max(sorted[at - 2], data[3 * i + 1]);
            sorted[at - 1] = add(sorted[at - 1], data[3 * i + 2]);
            continue;
        }
        sorted[at] = data[3 * i];
        sorted[at + 1] = data[3 * i + 1];
        sorted[at + 2] = data[3 * i + 2];
        out++;
    }
    data.set(sorted.subarray(0, 3 * out));
    return out;
}
function sameKey(a, i, b, j, keyWidth) {
    return a[i] === b[j] && (keyWidth === 1 || a[i + 1] === b[j + 1]);
}
/** Merge-joins two ordered entry lists; equal keys keep the larger of each number after the key. */
function joinMax(a, aSize, b, bSize, keyWidth) {
    const out = new Uint32Array(3 * (aSize + bSize));
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < aSize || j < bSize) {
        const cmp = i === aSize ? 1 : j === bSize ? -1 : a[3 * i] - b[3 * j] || (keyWidth === 2 ? a[3 * i + 1] - b[3 * j + 1] : 0);
        const at = 3 * n++;
        if (cmp < 0)
            out.set(a.subarray(3 * i, 3 * i++ + 3), at);
        else if (cmp > 0)
            out.set(b.subarray(3 * j, 3 * j++ + 3), at);
        else {
            out[at] = a[3 * i];
            out[at + 1] = keyWidth === 2 ? a[3 * i + 1] : Math.max(a[3 * i + 1], b[3 * j + 1]);
            out[at + 2] = Math.max(a[3 * i + 2], b[3 * j + 2]);
            i++;
            j++;
        }
    }
    return [out.slice(0, 3 * n), n];
}

;// CONCATENATED MODULE: ./packages/coverage/src/line-table.ts
/** a slot holds hits + 1, so the zeroes a new Uint32Array starts with read as "no such line" (no fill pass) */
const NONE = 0;
const line_table_MAX_HITS = 0xffffffff - 1;
/** beyond this a line number is stored sparsely: no report has a 16-million-line file, but a bogus one may say so */
const DENSE_LIMIT = 1 << 24;
/**
 * Execution counts by line number in a growable Uint32Array: 4 bytes a line instead of a Map entry's ~40, which
 * keeps a 200 MB report's merged data small. Counts saturate at 2^32 - 2. Reads like a Map<number, number>.
 */
class LineTable {
    data;
    sparse;
    count = 0;
    /** the highest dense line set: what clear() and copy() touch */
    top = -1;
    constructor(capacity = 64) {
        this.data = new Uint32Array(capacity);
    }
    static from(entries) {
        const table = new LineTable();
        for (const [line, hits] of entries)
            table.set(line, hits);
        return table;
    }
    get size() {
        return this.count + (this.sparse?.size ?? 0);
    }
    get(line) {
        if (line >= 0 && line < this.data.length) {
            const v = this.data[line];
            return v === NONE ? undefined : v - 1;
        }
        return this.sparse?.get(line);
    }
    has(line) {
        return this.get(line) !== undefined;
    }
    set(line, hits) {
        const value = hits > line_table_MAX_HITS ? line_table_MAX_HITS : hits < 0 ? 0 : hits;
        if (line < 0 || line >= DENSE_LIMIT || !Number.isInteger(line)) {
            ;
            (this.sparse ??= new Map()).set(line, value);
            return this;
        }
        if (line >= this.data.length) {
            let length = Math.max(this.data.length, 64);
            while (length <= line)
                length *= 2;
            const grown = new Uint32Array(length);
            grown.set(this.data);
            this.data = grown;
        }
        if (this.data[line] === NONE)
            this.count++;
        this.data[line] = value + 1;
        if (line > this.top)
            this.top = line;
        return this;
    }
    /** Sets the larger of the present and the given count. */
    max(line, hits) {
        const data = this.data;
        if (line >= 0 && line < data.length && line === Math.floor(line) && hits >= 0 && hits <= line_table_MAX_HITS) {
            const v = data[line];
            if (v === NONE) {
                data[line] = hits + 1;
                this.count++;
                if (line > this.top)
                    this.top = line;
            }
            else if (hits + 1 > v)
                data[line] = hits + 1;
            return;
        }
        const before = this.get(line);
        if (before === undefined || hits > before)
            this.set(line, hits);
    }
    /**
     * A copy sized to its highest line: a reader fills one table as scratch per file and keeps a copy, one exact
     * allocation instead of one per doubling.
     */
    copy() {
        const copy = new LineTable(0);
        copy.data = this.data.slice(0, this.top + 1);
        copy.count = this.count;
        copy.top = this.top;
        if (this.sparse)
            copy.sparse = new Map(this.sparse);
        return copy;
    }
    /** Empties the table for reuse, keeping its array. */
    clear() {
        this.data.fill(NONE, 0, this.top + 1);
        this.count = 0;
        this.top = -1;
        this.sparse = undefined;
    }
    /** How many lines have a count above 0, without iterating entries (totals on millions of lines). */
    coveredCount() {
        let covered = 0;
        const data = this.data;
        for (let line = 0; line < data.length; line++) {
            const v = data[line];
            if (v > 1)
                covered++;
        }
        if (this.sparse)
            for (const v of this.sparse.values())
                if (v > 0)
                    covered++;
        return covered;
    }
    *entries() {
        for (let line = 0; line < this.data.length; line++)
            if (this.data[line] !== NONE)
                yield [line, this.data[line] - 1];
        if (this.sparse)
            yield* [...this.sparse.entries()].sort((a, b) => a[0] - b[0]);
    }
    *values() {
        for (const [, hits] of this.entries())
            yield hits;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
}

;// CONCATENATED MODULE: ./packages/coverage/src/model.ts



function counter(covered, total) {
    return { covered, total, percent: total > 0 ? (100 * covered) / total : 100 };
}
function emptyFile(path) {
    return { path, lines: new LineTable(), branches: new BranchTable() };
}
function addLine(file, line, hits) {
    file.lines.max(line, hits);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./packages/coverage/src/formats/xml-stream.ts



/**
 * Streams an XML file through saxes, a non-validating SAX parser that never reads a DTD. A DOCTYPE that only names
 * an external DTD (gcovr, jest and JaCoCo write one) is ignored: nothing is fetched. A DOCTYPE with an internal
 * subset is refused outright, so no entity declared there (an expansion bomb, an external entity) is ever seen;
 * a reference to any entity beyond the five predefined ones is a parse error.
 */
async function streamXml(file, handlers) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    let root;
    let failure;
    const fail = (detail) => {
        failure ??= new src/* ParseError */.mB(file, detail, parser.line || undefined);
    };
    parser.on('doctype', doctype => {
        if (doctype.includes('[') || /<!ENTITY/i.test(doctype)) {
            fail('the XML declares a DTD internal subset (<!DOCTYPE … [ … ]>); entities are never expanded, so the report is refused');
        }
    });
    parser.on('opentag', tag => {
        if (failure)
            return;
        root ??= tag.name;
        try {
            handlers.open(tag);
        }
        catch (error) {
            if (error instanceof src/* ParseError */.mB)
                failure ??= error;
            else
                throw error;
        }
    });
    if (handlers.close)
        parser.on('closetag', tag => handlers.close?.(tag.name));
    if (handlers.text)
        parser.on('text', t => handlers.text?.(t));
    if (handlers.comment)
        parser.on('comment', c => handlers.comment?.(c));
    parser.on('error', error => {
        const detail = error.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '').replace(/\.$/, '');
        fail(`malformed XML: ${detail}${/undefined entity/.test(detail) ? ' (only the five predefined XML entities are read)' : ''}`);
    });
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    try {
        for await (const chunk of stream) {
            parser.write(chunk);
            if (failure)
                break;
        }
        if (!failure)
            parser.close();
    }
    finally {
        stream.destroy();
    }
    if (failure)
        throw failure;
    return { root };
}
function intAttr(tag, name) {
    const value = tag.attributes[name];
    if (value === undefined || value === '')
        return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
}
function attr(tag, name) {
    return tag.attributes[name];
}

;// CONCATENATED MODULE: ./packages/coverage/src/formats/clover.ts



/**
 * Clover XML (OpenClover, and istanbul's `clover` reporter). Each `file` carries its own `<metrics>`: those are the
 * file's totals (statements, conditionals, methods), kept as declared totals. Its `<line>`s give the line detail
 * for patch coverage and merging: `stmt` and `cond` lines are measured lines. A `cond` line's branches are read the
 * way the writer meant them: istanbul writes covered/uncovered branch counts into truecount/falsecount, OpenClover
 * writes how often the condition was true and false (two branches, each covered when its count is above 0).
 */
async function parseClover(file) {
    const files = [];
    let producer = 'clover';
    let current;
    let sawRoot = false;
    await streamXml(file, {
        open(tag) {
            switch (tag.name) {
                case 'coverage':
                    sawRoot = attr(tag, 'clover') !== undefined || attr(tag, 'generated') !== undefined;
                    break;
                case 'project':
                    sawRoot = true;
                    if (attr(tag, 'name') === 'All files')
                        producer = 'istanbul';
                    break;
                case 'file': {
                    const path = attr(tag, 'path') ?? attr(tag, 'name');
                    if (!path)
                        throw new src/* ParseError */.mB(file, 'a Clover <file> has neither path nor name');
                    current = emptyFile(path);
                    files.push(current);
                    break;
                }
                case 'metrics':
                    if (current && !current.declared) {
                        const n = (name) => intAttr(tag, name) ?? 0;
                        current.declared = {
                            lines: counter(n('coveredstatements'), n('statements')),
                            branches: counter(n('coveredconditionals'), n('conditionals')),
                            functions: counter(n('coveredmethods'), n('methods'))
                        };
                    }
                    break;
                case 'line': {
                    if (!current)
                        break;
                    const num = intAttr(tag, 'num');
                    if (num === undefined)
                        throw new src/* ParseError */.mB(file, 'a Clover <line> has no num attribute');
                    const count = intAttr(tag, 'count') ?? 0;
                    const type = attr(tag, 'type');
                    if (type === 'method') {
                        const functions = current.functions ?? (current.functions = new Map());
                        functions.set(`${attr(tag, 'signature') ?? attr(tag, 'name') ?? 'method'}@${num}`, count);
                        break;
                    }
                    addLine(current, num, count);
                    if (type === 'cond') {
                        const t = intAttr(tag, 'truecount') ?? 0;
                        const f = intAttr(tag, 'falsecount') ?? 0;
                        if (producer === 'istanbul')
                            current.branches.setCount(num, t, t + f);
                        else
                            current.branches.setCount(num, (t > 0 ? 1 : 0) + (f > 0 ? 1 : 0), 2);
                    }
                    break;
                }
            }
        },
        close(name) {
            if (name === 'file')
                current = undefined;
        }
    });
    if (!sawRoot)
        throw new src/* ParseError */.mB(file, 'is XML but has no Clover <coverage clover=…> root');
    return { file, format: 'clover', producer, files, sourceRoots: [] };
}

;// CONCATENATED MODULE: ./packages/coverage/src/formats/cobertura.ts



const CONDITION = /\((\d+)\/(\d+)\)/;
/**
 * Cobertura XML (coverage-04.dtd) as coverage.py, gcovr, istanbul and coverlet write it. Lines come from
 * `class/lines/line` only: `class/methods/method/lines` repeats them. A file split over several classes (inner
 * classes, coverlet) is one file here. Branches come from `condition-coverage="50% (1/2)"`.
 */
async function parseCobertura(file) {
    const files = new Map();
    const sourceRoots = [];
    let producer = 'cobertura';
    let current;
    let inMethods = 0;
    let inSource = false;
    let sourceText = '';
    let sawRoot = false;
    await streamXml(file, {
        comment(text) {
            if (/coverage\.py/.test(text))
                producer = 'coverage.py';
        },
        open(tag) {
            switch (tag.name) {
                case 'coverage': {
                    sawRoot = true;
                    const version = attr(tag, 'version') ?? '';
                    if (version.startsWith('gcovr'))
                        producer = 'gcovr';
                    else if (version === '0.1' && producer === 'cobertura')
                        producer = 'istanbul';
                    break;
                }
                case 'source':
                    inSource = true;
                    sourceText = '';
                    break;
                case 'class': {
                    const name = attr(tag, 'filename');
                    if (!name)
                        throw new src/* ParseError */.mB(file, 'a Cobertura <class> has no filename attribute');
                    current = files.get(name);
                    if (!current)
                        files.set((0,src/* detached */.ht)(name), (current = emptyFile((0,src/* detached */.ht)(name))));
                    break;
                }
                case 'methods':
                    inMethods++;
                    break;
                case 'line': {
                    if (!current || inMethods > 0)
                        break;
                    const number = intAttr(tag, 'number');
                    const hits = intAttr(tag, 'hits');
                    if (number === undefined || hits === undefined)
                        throw new src/* ParseError */.mB(file, 'a Cobertura <line> lacks a numeric number or hits');
                    addLine(current, number, hits);
                    if (attr(tag, 'branch') === 'true') {
                        const m = CONDITION.exec(attr(tag, 'condition-coverage') ?? '');
                        if (m) {
                            current.branches.setCount(number, Number(m[1]), Number(m[2]));
                        }
                    }
                    break;
                }
            }
        },
        text(text) {
            if (inSource)
                sourceText += text;
        },
        close(name) {
            if (name === 'methods')
                inMethods--;
            else if (name === 'class')
                current = undefined;
            else if (name === 'source') {
                inSource = false;
                if (sourceText.trim())
                    sourceRoots.push(sourceText.trim());
            }
        }
    });
    if (!sawRoot)
        throw new src/* ParseError */.mB(file, 'is XML but has no Cobertura <coverage> root');
    return { file, format: 'cobertura', producer, files: [...files.values()], sourceRoots };
}

;// CONCATENATED MODULE: ./packages/coverage/src/formats/line-reader.ts

const NEWLINE = 10;
/**
 * Calls `onLines(bytes, start, end)` with runs of whole lines: bytes[start, end) ends just after a \n (or at the
 * end of the file), so a parser can scan records in place, reading numbers byte by byte, and decode only the lines
 * it keeps as text (a \n byte never occurs inside a UTF-8 sequence). Streamed in 1 MiB chunks, synchronous per
 * chunk: node:readline and async iteration cost an event or a promise per line, several times the parse itself on
 * a 100 MB file. Memory stays at one chunk plus the longest line.
 */
async function forEachLineBlock(file, onLines) {
    const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 });
    let rest;
    try {
        for await (const chunk of stream) {
            let from = 0;
            if (rest) {
                // the line cut at the chunk's start is joined on its own: no copy of the whole chunk
                const nl = chunk.indexOf(NEWLINE);
                if (nl < 0) {
                    rest = Buffer.concat([rest, chunk]);
                    continue;
                }
                const joined = Buffer.concat([rest, chunk.subarray(0, nl + 1)]);
                onLines(joined, 0, joined.length);
                from = nl + 1;
            }
            const last = chunk.lastIndexOf(NEWLINE);
            if (last >= from)
                onLines(chunk, from, last + 1);
            const tail = Math.max(last + 1, from);
            rest = tail < chunk.length ? chunk.subarray(tail) : undefined;
        }
        if (rest)
            onLines(rest, 0, rest.length);
    }
    finally {
        stream.destroy();
    }
}
/** The line of bytes[start, …) up to its \n (left out, as is a trailing \r), and where the next line starts. */
function lineAt(bytes, start, end) {
    let nl = bytes.indexOf(NEWLINE, start);
    if (nl < 0 || nl >= end)
        nl = end;
    const stop = nl > start && bytes[nl - 1] === 13 ? nl - 1 : nl;
    return { line: bytes.toString('utf8', start, stop), next: nl + 1 };
}
/** Calls `onLine` with each line of a text file as a string. */
async function forEachLine(file, onLine) {
    await forEachLineBlock(file, (bytes, from, to) => {
        for (let start = from; start < to;) {
            const { line, next } = lineAt(bytes, start, to);
            onLine(line);
            start = next;
        }
    });
}
/** The non-negative integer written in text[from, to), or NaN when that is empty or not all digits. */
function readUnsigned(text, from, to) {
    if (from >= to)
        return NaN;
    let n = 0;
    for (let i = from; i < to; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return NaN;
        n = n * 10 + digit;
    }
    return n;
}

;// CONCATENATED MODULE: ./packages/coverage/src/formats/go-profile.ts



const MAX_BLOCK_LINES = 100_000;
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
/**
 * Go cover profiles (`go test -coverprofile`, golang.org/x/tools/cover/profile.go). Blocks are kept as weighted
 * statements: Go's percentage is statements run over statements. Repeated blocks merge as `cover` merges them: OR
 * in `set` mode, a sum otherwise; a repeated block with another statement count is an error. For line detail a
 * line is covered when a block with statements that spans it ran.
 */
async function parseGoProfile(file) {
    const files = new Map();
    let mode;
    let lineNo = 0;
    await forEachLine(file, raw => {
        lineNo++;
        const line = raw.trim();
        if (line === '')
            return;
        if (line.startsWith('mode: ')) {
            const m = line.slice(6).trim();
            if (mode && mode !== m)
                throw new src/* ParseError */.mB(file, `the profile mixes modes ${mode} and ${m}`, lineNo);
            mode = m;
            return;
        }
        if (!mode)
            throw new src/* ParseError */.mB(file, 'a Go cover profile must start with "mode: set|count|atomic"', lineNo);
        const m = BLOCK.exec(line);
        if (!m)
            throw new src/* ParseError */.mB(file, `malformed Go cover profile line "${line.slice(0, 80)}"`, lineNo);
        const [, name, sl, sc, el, ec, stmts, count] = m;
        // a block is a few lines of one function; a span of thousands of lines is a damaged profile, not code
        if (Number(el) < Number(sl) || Number(el) - Number(sl) > MAX_BLOCK_LINES) {
            throw new src/* ParseError */.mB(file, `block ${name}:${sl}.${sc},${el}.${ec} spans lines ${sl} to ${el}: not a Go cover profile block`, lineNo);
        }
        let f = files.get(name);
        if (!f)
            files.set((0,src/* detached */.ht)(name), (f = { ...emptyFile((0,src/* detached */.ht)(name)), statements: new Map() }));
        const key = `${sl}.${sc},${el}.${ec}`;
        const weight = Number(stmts);
        const hits = Number(count);
        const statements = f.statements;
        const before = statements.get(key);
        if (before && before.weight !== weight) {
            throw new src/* ParseError */.mB(file, `block ${name}:${key} appears with ${before.weight} and ${weight} statements`, lineNo);
        }
        statements.set(key, {
            weight,
            hits: before ? (mode === 'set' ? Math.max(before.hits, hits) : before.hits + hits) : hits
        });
    });
    if (!mode)
        throw new src/* ParseError */.mB(file, 'is empty: no "mode:" line');
    for (const f of files.values()) {
        for (const [key, s] of f.statements ?? []) {
            if (s.weight === 0)
                continue;
            const [start, end] = key.split(',').map(p => Number(p.split('.')[0]));
            for (let l = start; l <= end; l++)
                f.lines.max(l, s.hits);
        }
    }
    return { file, format: 'go-profile', producer: 'go', files: [...files.values()], sourceRoots: [] };
}

;// CONCATENATED MODULE: ./packages/coverage/src/formats/jacoco.ts



/**
 * JaCoCo XML (report.dtd). Per-file data is `package/sourcefile/line nr mi ci mb cb`: a line is covered when at
 * least one of its instructions ran (ci > 0), as JaCoCo's LINE counter counts it; its branches are mb + cb with cb
 * covered. The file's path is the package path plus the source file name; the mapper finds it under a source root.
 * Methods come from `class/method` with its METHOD counter.
 */
async function parseJacoco(file) {
    const files = new Map();
    let pkg = '';
    let current;
    let method;
    let classFile;
    let sawRoot = false;
    await streamXml(file, {
        open(tag) {
            switch (tag.name) {
                case 'report':
                    sawRoot = true;
                    break;
                case 'package':
                    pkg = attr(tag, 'name') ?? '';
                    break;
                case 'class': {
                    const source = attr(tag, 'sourcefilename');
                    classFile = source ? fileFor(files, pkg, source) : undefined;
                    break;
                }
                case 'method':
                    method = `${attr(tag, 'name') ?? '?'}${attr(tag, 'desc') ?? ''}@${attr(tag, 'line') ?? 0}`;
                    break;
                case 'counter':
                    if (method && classFile && attr(tag, 'type') === 'METHOD') {
                        const functions = classFile.functions ?? (classFile.functions = new Map());
                        functions.set(method, Math.max(functions.get(method) ?? 0, intAttr(tag, 'covered') ?? 0));
                    }
                    break;
                case 'sourcefile':
                    current = fileFor(files, pkg, attr(tag, 'name') ?? '');
                    break;
                case 'line': {
                    if (!current)
                        break;
                    const nr = intAttr(tag, 'nr');
                    if (nr === undefined)
                        throw new src/* ParseError */.mB(file, 'a JaCoCo <line> has no nr attribute');
                    const ci = intAttr(tag, 'ci') ?? 0;
                    const mi = intAttr(tag, 'mi') ?? 0;
                    if (ci + mi > 0)
                        addLine(current, nr, ci);
                    const mb = intAttr(tag, 'mb') ?? 0;
                    const cb = intAttr(tag, 'cb') ?? 0;
                    if (mb + cb > 0)
                        current.branches.setCount(nr, cb, mb + cb);
                    break;
                }
            }
        },
        close(name) {
            if (name === 'sourcefile')
                current = undefined;
            else if (name === 'method')
                method = undefined;
            else if (name === 'class')
                classFile = undefined;
        }
    });
    if (!sawRoot)
        throw new src/* ParseError */.mB(file, 'is XML but has no JaCoCo <report> root');
    return { file, format: 'jacoco', producer: 'jacoco', files: [...files.values()], sourceRoots: [] };
}
function fileFor(files, pkg, name) {
    const path = pkg ? `${pkg}/${name}` : name;
    let f = files.get(path);
    if (!f)
        files.set(path, (f = emptyFile(path)));
    return f;
}

;// CONCATENATED MODULE: ./packages/coverage/src/formats/json-stream.ts

/** Raised for text that is not JSON; the caller turns it into its ParseError. */
class JsonSyntaxError extends Error {
}
/**
 * Streams a JSON document whose top level is an object and hands over its members one by one, each value parsed on
 * its own with JSON.parse: `onMember(parent, key, value)`. A top-level member whose value is an object or an array
 * and whose key `descend(key)` accepts is not parsed whole: its own members, or its elements keyed by their index,
 * are handed over instead (parent = that key; an element's index is also given as a number). So a coverage-final.json (one member per source file), a coverage.py
 * JSON (`files` holds one member per file) or a gcovr JSON (`files` is an array of file entries) is held one file
 * entry at a time plus one 1 MiB chunk, not as a whole document.
 */
async function streamJsonMembers(file, descend, onMember) {
    const scanner = new MemberScanner(descend, onMember);
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    try {
        for await (const chunk of stream)
            scanner.write(chunk);
    }
    finally {
        stream.destroy();
    }
    scanner.end();
}
const WHITESPACE = new Set([32, 9, 10, 13]);
class MemberScanner {
    descend;
    onMember;
    text = '';
    /** how far into `text` the pending value has been scanned, with its nesting, so no byte is scanned twice */
    scanned = 0;
    depth = 0;
    inString = false;
    state = 'start';
    parents = [];
    key = '';
    /** inside a descended array: the index of the element being read */
    index = -1;
    constructor(descend, onMember) {
        this.descend = descend;
        this.onMember = onMember;
    }
    write(chunk) {
        this.text += chunk;
        let p = 0;
        const text = this.text;
        for (;;) {
            const next = this.step(text, p);
            if (next < 0)
                break;
            p = next;
        }
        this.text = text.slice(p);
        this.scanned -= p;
    }
    end() {
        if (this.state !== 'done')
            throw new JsonSyntaxError('Unexpected end of JSON input');
        if (this.text.trim() !== '')
            throw new JsonSyntaxError(`Unexpected text after the JSON object`);
    }
    /** Takes one token at text[p]; returns where the next starts, or -1 when more text is needed. */
    step(text, p) {
        while (p < text.length && WHITESPACE.has(text.charCodeAt(p)))
            p++;
        if (p >= text.length)
            return -1;
        const c = text[p];
        switch (this.state) {
            case 'start':
                if (c !== '{')
                    throw new JsonSyntaxError('the top level is not an object');
                this.state = 'key';
                return p + 1;
            case 'key': {
                if (c === '}')
                    return this.close(p);
                if (c !== '"')
                    throw new JsonSyntaxError(`expected a member name at "${text.slice(p, p + 20)}"`);
                const end = stringEnd(text, p + 1);
                if (end < 0)
                    return -1;
                this.key = parse(text.slice(p, end + 1));
                this.state = 'colon';
                return end + 1;
            }
            case 'colon':
                if (c !== ':')
                    throw new JsonSyntaxError(`expected ":" after "${this.key.slice(0, 40)}"`);
                this.state = 'value';
                this.scanned = p + 1;
                return p + 1;
            case 'element':
                if (c === ']' && this.index === 0)
                    return this.close(p);
                this.key = String(this.index);
                this.state = 'value';
                this.scanned = p;
                return p;
            case 'value': {
                if ((c === '{' || c === '[') && this.parents.length === 0 && this.descend(this.key)) {
                    this.parents.push(this.key);
                    this.index = c === '[' ? 0 : -1;
                    this.state = c === '[' ? 'element' : 'key';
                    return p + 1;
                }
                const end = this.valueEnd(text, p);
                if (end < 0)
                    return -1;
                const value = parse(text.slice(p, end));
                this.onMember(this.parents.at(-1), this.key, value, this.index >= 0 ? this.index : undefined);
                this.state = 'after';
                return end;
            }
            case 'after': {
                const inArray = this.index >= 0;
                if (c === ',') {
                    if (inArray)
                        this.index++;
                    this.state = inArray ? 'element' : 'key';
                    return p + 1;
                }
                if (c === (inArray ? ']' : '}'))
                    return this.close(p);
                const what = inArray
                    ? `element ${this.index} of "${this.parents.at(-1)?.slice(0, 40)}"`
                    : `"${this.key.slice(0, 40)}"`;
                throw new JsonSyntaxError(`expected "," or "${inArray ? ']' : '}'}" after the value of ${what}`);
            }
            case 'done':
                throw new JsonSyntaxError('Unexpected text after the JSON object');
        }
    }
    close(p) {
        if (this.parents.length > 0) {
            this.parents.pop();
            this.index = -1;
            this.state = 'after';
        }
        else
            this.state = 'done';
        return p + 1;
    }
    /** The end (exclusive) of the value starting at text[start], resuming an earlier partial scan; -1 if incomplete. */
    valueEnd(text, start) {
        let i = Math.max(this.scanned, start);
        if (i === start) {
            this.depth = 0;
            this.inString = false;
        }
        const first = text.charCodeAt(start);
        if (first !== 123 && first !== 91 && first !== 34) {
            // a number, true, false or null: ends at the next delimiter
            while (i < text.length) {
                const c = text.charCodeAt(i);
                if (c === 44 || c === 125 || c === 93 || WHITESPACE.has(c))
                    return i;
                i++;
            }
            this.scanned = i;
            return -1;
        }
        let depth = this.depth;
        while (i < text.length) {
            if (this.inString) {
                const end = stringEnd(text, i);
                if (end < 0) {
                    this.scanned = text.length;
                    this.depth = depth;
                    return -1;
                }
                this.inString = false;
                i = end + 1;
                if (depth === 0)
                    return i;
                continue;
            }
            const c = text.charCodeAt(i++);
            if (c === 34)
                this.inString = true;
            else if (c === 123 || c === 91)
                depth++;
            else if ((c === 125 || c === 93) && --depth === 0)
                return i;
        }
        this.scanned = i;
        this.depth = depth;
        return -1;
    }
}
/** The index of the quote that closes a string whose contents start at text[from], or -1 if not in `text` yet. */
function stringEnd(text, from) {
    let i = from;
    for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0)
            return -1;
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === 92)
            backslashes++;
        if (backslashes % 2 === 0)
            return quote;
        i = quote + 1;
    }
}
function parse(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new JsonSyntaxError(error.message);
    }
}

;// CONCATENATED MODULE: ./packages/coverage/src/formats/json-reports.ts




const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The JSON report formats: coverage.py JSON, Istanbul coverage-final.json and coverage-summary.json, gcovr's
 * `--json` and `--json-summary`, told apart by shape. Streamed member by member (json-stream.ts): memory holds the coverage read so far and one file's entry,
 * never the whole document.
 */
async function parseJsonReport(file) {
    const py = [];
    const final = [];
    const summary = [];
    const gcovr = [];
    let gcovrVersion;
    let gcovrError;
    let sawMeta = false;
    let sawFiles = false;
    let sawTotal = false;
    let members = 0;
    const descend = (key) => key === 'files' && (sawFiles = true);
    try {
        await streamJsonMembers(file, descend, (parent, key, value, index) => {
            if (parent === 'files') {
                if (!isObject(value))
                    return;
                // gcovr's `files` is an array (its version member may come after it); coverage.py's an object
                if (index === undefined)
                    py.push(coveragePyFile(file, key, value));
                else if (!gcovrError) {
                    // held until the version member says the document is gcovr's
                    try {
                        gcovr.push('filename' in value ? gcovrSummaryFile(file, index, value) : gcovrFile(file, index, value));
                    }
                    catch (error) {
                        gcovrError = error;
                    }
                }
                return;
            }
            members++;
            if (key === 'gcovr/format_version')
                gcovrVersion = 'json';
            else if (key === 'gcovr/summary_format_version')
                gcovrVersion = 'summary';
            else if (key === 'meta' && isObject(value))
                sawMeta = true;
            else if (key === 'total' && isObject(value) && isObject(value.lines))
                sawTotal = true;
            else if (isObject(value) && isObject(value.statementMap))
                final.push(istanbulFile(file, key, value));
            else if (isObject(value) && isObject(value.lines))
                summary.push(summaryFile(key, value));
        });
    }
    catch (error) {
        if (error instanceof JsonSyntaxError) {
            const detail = error.message === 'the top level is not an object'
                ? 'is JSON but not an object: not a coverage report'
                : `malformed JSON: ${error.message}`;
            throw new src/* ParseError */.mB(file, detail);
        }
        throw error;
    }
    if (gcovrVersion && gcovrError)
        throw gcovrError;
    if (gcovrVersion && sawFiles)
        return { file, format: `gcovr-${gcovrVersion}`, producer: 'gcovr', files: gcovr, sourceRoots: [] };
    if (sawMeta && sawFiles)
        return { file, format: 'coverage.py-json', producer: 'coverage.py', files: py, sourceRoots: [] };
    if (sawTotal)
        return { file, format: 'istanbul-summary', producer: 'istanbul', files: summary, sourceRoots: [] };
    if (members > 0 && final.length === members)
        return { file, format: 'istanbul-final', producer: 'istanbul', files: final, sourceRoots: [] };
    if (members === 0 && !sawFiles)
        throw new src/* ParseError */.mB(file, 'is an empty JSON object: the coverage report measures nothing');
    throw new src/* ParseError */.mB(file, 'is JSON but neither coverage.py JSON, Istanbul coverage-final.json/coverage-summary.json nor gcovr JSON');
}
/**
 * coverage.py JSON (jsonreport.py, format 3): executed_lines/missing_lines are the statements; executed_branches
 * and missing_branches are [from, to] arcs, each one branch of line `from`.
 *
 * In older coverage.py versions (6.5 among them; its issues #1900 and #2105) executed_lines also hold lines that
 * ran but are no statements (a module's or class's docstring), and executed_branches arcs that are no branches:
 * coverage.py's own totals are each file's `summary`, so those are the file's declared totals, which stand while this
 * report alone measures it (merged with another report, the lines and arcs count).
 */
function coveragePyFile(file, path, entry) {
    const f = emptyFile(path);
    for (const l of numbers(entry.executed_lines))
        addLine(f, l, 1);
    for (const l of numbers(entry.missing_lines))
        addLine(f, l, 0);
    for (const [arcs, hit] of [
        [entry.executed_branches, 1],
        [entry.missing_branches, 0]
    ]) {
        if (!Array.isArray(arcs))
            continue;
        for (const arc of arcs) {
            if (!Array.isArray(arc) || !Number.isInteger(arc[0]) || !Number.isInteger(arc[1])) {
                throw new src/* ParseError */.mB(file, `malformed coverage.py JSON: ${path} has a branch that is not a [from, to] pair of line numbers`);
            }
            f.branches.add(arc[0], pairKey(arc[1] < 0 ? 1 : 0, Math.abs(arc[1])), hit);
        }
    }
    const declared = summaryTotals(entry.summary);
    if (declared) {
        const arcs = f.branches.totals();
        f.declared = { ...declared, branches: declared.branches ?? counter(arcs.covered, arcs.total) };
    }
    return f;
}
/** a coverage.py file summary's statement and branch counts, when they are whole numbers that add up */
function summaryTotals(summary) {
    if (!isObject(summary))
        return undefined;
    const count = (name) => {
        const value = summary[name];
        return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
    };
    const covered = count('covered_lines');
    const statements = count('num_statements');
    if (covered === undefined || statements === undefined || covered > statements)
        return undefined;
    const coveredBranches = count('covered_branches');
    const branches = count('num_branches');
    const branchCounter = coveredBranches !== undefined && branches !== undefined && coveredBranches <= branches
        ? counter(coveredBranches, branches)
        : undefined;
    return { lines: counter(covered, statements), ...(branchCounter ? { branches: branchCounter } : {}) };
}
/**
 * gcovr `--json` (gcovr's json.rst): a file's `lines` each have `line_number`, `count` and `branches` (each with its
 * `count`); a line marked `gcovr/excluded` (or, before gcovr 6, `gcovr/noncode`) is not measured, and neither are its
 * branches. A line may appear more than once (gcovr 8 lists a line per function it belongs to): the line counts
 * once, its branches all count, as gcovr counts them.
 */
function gcovrFile(file, index, entry) {
    const where = `file ${index + 1}`;
    if (typeof entry.file !== 'string' || !entry.file || !Array.isArray(entry.lines))
        throw new src/* ParseError */.mB(file, `malformed gcovr JSON: ${where} has no "file" name or no "lines" list`);
    const f = { ...emptyFile(entry.file), functions: new Map() };
    const branchesSeen = new Map();
    for (const line of entry.lines) {
        if (!isObject(line) || !Number.isInteger(line.line_number) || line.line_number < 1)
            throw new src/* ParseError */.mB(file, `malformed gcovr JSON: a line of ${entry.file} has no line_number`);
        if (line['gcovr/excluded'] === true || line['gcovr/noncode'] === true)
            continue;
        const at = line.line_number;
        addLine(f, at, hitCount(line.count));
        if (!Array.isArray(line.branches))
            continue;
        let n = branchesSeen.get(at) ?? 0;
        for (const branch of line.branches)
            f.branches.add(at, pairKey(0, n++), hitCount(branch?.count));
        branchesSeen.set(at, n);
    }
    for (const fn of Array.isArray(entry.functions) ? entry.functions : []) {
        if (!isObject(fn) || fn['gcovr/excluded'] === true)
            continue;
        const name = typeof fn.demangled_name === 'string' ? fn.demangled_name : String(fn.name);
        f.functions?.set(`${name}@${String(fn.lineno)}`, hitCount(fn.execution_count));
    }
    return f;
}
/** gcovr `--json-summary`: per-file `line_covered`/`line_total`, `branch_…` and `function_…` counts, no line detail. */
function gcovrSummaryFile(file, index, entry) {
    if (typeof entry.filename !== 'string' || !entry.filename)
        throw new src/* ParseError */.mB(file, `malformed gcovr JSON summary: file ${index + 1} has no "filename"`);
    const pair = (kind) => {
        const covered = entry[`${kind}_covered`];
        const total = entry[`${kind}_total`];
        if (!Number.isInteger(covered) || !Number.isInteger(total) || covered > total)
            throw new src/* ParseError */.mB(file, `malformed gcovr JSON summary: ${entry.filename} has no whole ${kind}_covered/${kind}_total`);
        return counter(covered, total);
    };
    return {
        ...emptyFile(entry.filename),
        declared: {
            lines: pair('line'),
            branches: pair('branch'),
            ...(entry.function_total === undefined ? {} : { functions: pair('function') })
        }
    };
}
/** an execution count as a whole number of hits; anything else (gcovr writes none) is none */
function hitCount(value) {
    return typeof value === 'number' && value > 0 ? value : 0;
}
const at = (loc) => `${loc.start?.line}:${loc.start?.column}-${loc.end?.line}:${loc.end?.column}`;
/**
 * Istanbul coverage-final.json (istanbul-lib-coverage FileCoverage). A line's count is the largest count of the
 * statements that start on it (getLineCoverage); a branch belongs to the line of its branchMap entry.
 */
function istanbulFile(file, key, entry) {
    const fc = entry;
    const path = typeof fc.path === 'string' && fc.path ? fc.path : key;
    const f = { ...emptyFile(path), statements: new Map(), functions: new Map() };
    const where = (loc, what) => {
        if (!Number.isInteger(loc?.start?.line))
            throw new src/* ParseError */.mB(file, `malformed Istanbul coverage: ${what} in ${path} has no start line`);
        return loc;
    };
    for (const [id, loc] of Object.entries(fc.statementMap)) {
        where(loc, `statement ${id}`);
        const hits = Number(fc.s?.[id] ?? 0) || 0;
        addLine(f, loc.start.line, hits);
        f.statements?.set(at(loc), { weight: 1, hits });
    }
    for (const [id, fn] of Object.entries(fc.fnMap ?? {})) {
        f.functions?.set(`${fn?.name}@${at(where(fn?.decl ?? fn?.loc, `function ${id}`))}`, Number(fc.f?.[id] ?? 0) || 0);
    }
    for (const [id, branch] of Object.entries(fc.branchMap ?? {})) {
        const line = branch?.line || branch?.loc?.start?.line || branch?.locations?.[0]?.start?.line;
        if (!Number.isInteger(line))
            throw new src/* ParseError */.mB(file, `malformed Istanbul coverage: branch ${id} in ${path} has no line`);
        const counts = fc.b?.[id];
        (Array.isArray(counts) ? counts : []).forEach((hits, i) => f.branches.add(line, /^\d+$/.test(id) ? pairKey(Number(id), i) : nameKey(`${id}#${i}`), Number(hits) || 0));
    }
    return f;
}
/** Istanbul coverage-summary.json: per-file totals only, no line detail (so no patch coverage from it alone). */
function summaryFile(path, entry) {
    const c = (name) => {
        const v = isObject(entry[name]) ? entry[name] : {};
        return counter(Number(v.covered ?? 0), Number(v.total ?? 0));
    };
    return {
        ...emptyFile(path),
        declared: { lines: c('lines'), branches: c('branches'), functions: c('functions'), statements: c('statements') }
    };
}
function numbers(value) {
    return Array.isArray(value) ? value.filter((n) => typeof n === 'number') : [];
}

;// CONCATENATED MODULE: ./packages/coverage/src/formats/lcov.ts




/**
 * LCOV tracefiles (geninfo(1) "TRACEFILE FORMAT"), read record by record from the bytes of each chunk. Totals come from DA/BRDA/FN records, not from
 * the LF/LH/BRF/BRH summaries, as lcov itself recomputes them. Repeated SF sections and repeated DA lines of one
 * file merge. A BRDA taken value of `-` (never evaluated) counts as not taken. A file that ends inside a record
 * (no end_of_record) is truncated and is refused.
 */
async function parseLcov(file) {
    const reader = new LcovReader(file);
    await forEachLineBlock(file, (bytes, start, end) => reader.scan(bytes, start, end));
    return reader.finish();
}
class LcovReader {
    file;
    files = new Map();
    /** the file of the open SF section, read into `scratch` and kept (or merged) at its end_of_record */
    current;
    scratch = emptyFile('');
    currentStart = 0;
    lineNo = 0;
    fnNames = new Map();
    constructor(file) {
        this.file = file;
    }
    /** Reads the whole lines in bytes[start, end): DA and BRDA (nearly every line of a large tracefile) in place. */
    scan(bytes, start, end) {
        let p = start;
        while (p < end) {
            this.lineNo++;
            const next = this.current ? readCommonRecord(bytes, p, end, this.current) : -1;
            if (next >= 0) {
                p = next;
                continue;
            }
            const { line, next: after } = lineAt(bytes, p, end);
            this.record(line.trimEnd());
            p = after;
        }
    }
    finish() {
        if (this.current) {
            throw new src/* ParseError */.mB(this.file, `truncated LCOV: the record for ${this.current.path} (from line ${this.currentStart}) has no end_of_record`, this.lineNo);
        }
        return { file: this.file, format: 'lcov', producer: 'lcov', files: [...this.files.values()], sourceRoots: [] };
    }
    /** Keeps a finished section: copies of the scratch tables, or merged into the file's earlier sections. */
    keep(section) {
        const earlier = this.files.get(section.path);
        if (!earlier) {
            this.files.set(section.path, {
                path: section.path,
                lines: section.lines.copy(),
                branches: section.branches.copy(),
                ...(section.functions ? { functions: section.functions } : {})
            });
            return;
        }
        for (const [line, hits] of section.lines)
            earlier.lines.max(line, hits);
        earlier.branches.append(section.branches);
        for (const [name, hits] of section.functions ?? [])
            hitFunction(earlier, name, hits);
    }
    bad(what) {
        return new src/* ParseError */.mB(this.file, `malformed LCOV: ${what}`, this.lineNo);
    }
    /** Any record the in-place reader did not take, as a string. */
    record(line) {
        if (line === '')
            return;
        if (line === 'end_of_record') {
            if (!this.current)
                throw this.bad('end_of_record without SF');
            this.keep(this.current);
            this.current = undefined;
            return;
        }
        const colon = line.indexOf(':');
        if (colon < 0)
            throw this.bad(`unexpected line "${line.slice(0, 60)}"`);
        const key = line.slice(0, colon);
        const value = line.slice(colon + 1);
        if (key === 'SF') {
            if (this.current)
                throw this.bad(`SF:${value} starts before the record of ${this.current.path} ended`);
            // a line decoded on its own: keeping its text pins no chunk
            this.scratch.lines.clear();
            this.scratch.branches.clear();
            this.current = { ...this.scratch, path: value, functions: undefined };
            this.currentStart = this.lineNo;
            this.fnNames = new Map();
            return;
        }
        if (key === 'TN' || key === 'VER')
            return;
        const current = this.current;
        if (!current)
            throw this.bad(`${key} record outside an SF section`);
        switch (key) {
            case 'DA': {
                const [n, hits] = value.split(',');
                const ln = Number(n);
                const h = Number(hits);
                if (!Number.isInteger(ln) || !Number.isFinite(h))
                    throw this.bad(`DA:${value}`);
                current.lines.max(ln, h);
                break;
            }
            case 'BRDA': {
                const comma = value.indexOf(',');
                const last = value.lastIndexOf(',');
                const ln = Number(value.slice(0, comma));
                const takenText = value.slice(last + 1);
                const taken = takenText === '-' ? 0 : Number(takenText);
                if (comma < 0 || last <= comma || !Number.isInteger(ln) || !Number.isFinite(taken))
                    throw this.bad(`BRDA:${value}`);
                current.branches.add(ln, branchKey(value, comma + 1, last), taken);
                break;
            }
            case 'FN': {
                // FN:<start>,[<end>,]<name>
                const parts = value.split(',');
                declareFunction(current, parts.slice(parts.length >= 3 && /^\d+$/.test(parts[1]) ? 2 : 1).join(','));
                break;
            }
            case 'FNDA': {
                const comma = value.indexOf(',');
                const hits = Number(value.slice(0, comma));
                hitFunction(current, value.slice(comma + 1), Number.isFinite(hits) ? hits : 0);
                break;
            }
            case 'FNL': {
                // LCOV 2.2: FNL:<index>,<start>[,<end>] then FNA:<index>,<count>,<name>; aliases share the index
                const index = value.split(',')[0];
                this.fnNames.set(index, `#${index}`);
                const fns = current.functions ?? (current.functions = new Map());
                if (!fns.has(`#${index}`))
                    fns.set(`#${index}`, 0);
                break;
            }
            case 'FNA': {
                const [index, count] = value.split(',');
                const fnKey = this.fnNames.get(index) ?? `#${index}`;
                const fns = current.functions ?? (current.functions = new Map());
                fns.set(fnKey, Math.max(fns.get(fnKey) ?? 0, Number(count) || 0));
                break;
            }
            default:
                // LF, LH, BRF, BRH, FNF, FNH, MCDC, MCF, MCH: summaries and data this action does not use
                if (!/^[A-Z]+$/.test(key))
                    throw this.bad(`unexpected line "${line.slice(0, 60)}"`);
        }
    }
}
function declareFunction(file, name) {
    const fns = file.functions ?? (file.functions = new Map());
    if (!fns.has(name))
        fns.set(name, 0);
}
function hitFunction(file, name, hits) {
    const fns = file.functions ?? (file.functions = new Map());
    fns.set(name, Math.max(fns.get(name) ?? 0, hits));
}
/**
 * The records of every section read in place: DA and BRDA (readDataRecord), FN and FNDA with only the name
 * decoded, and the LF/LH/BRF/BRH/FNF/FNH summaries skipped (totals are recomputed, as lcov does). Returns where
 * the next line starts, or -1 for a record the string reader takes.
 */
function readCommonRecord(b, p, end, file) {
    const first = b[p];
    if (first === 68 || first === 66) {
        const next = readDataRecord(b, p, end, file);
        if (next >= 0 || first === 68)
            return next;
    }
    let i = p;
    while (i < end && i - p < 5 && b[i] >= 65 && b[i] <= 90)
        i++;
    if (i >= end || b[i] !== 58)
        return -1;
    const length = i - p;
    // FNF FNH BRF BRH (F or H after FN or BR), LF LH
    const fOrH = b[i - 1] === 70 || b[i - 1] === 72;
    if (fOrH && length === 2 && b[p] === 76)
        return nextLine(b, i, end);
    if (fOrH && length === 3 && ((b[p] === 70 && b[p + 1] === 78) || (b[p] === 66 && b[p + 1] === 82)))
        return nextLine(b, i, end);
    const isFn = length === 2 && b[p] === 70 && b[p + 1] === 78;
    if (!isFn && !(length === 4 && b[p] === 70 && b[p + 1] === 78 && b[p + 2] === 68 && b[p + 3] === 65))
        return -1;
    const n = readNumber(b, i + 1, end);
    if (n < 0 || byteAt(b, after, end) !== COMMA)
        return -1;
    i = after + 1;
    let name = i;
    if (isFn) {
        // FN:<start>,[<end>,]<name>
        let j = i;
        while (j < end && isDigit(b[j]))
            j++;
        if (j > i && j < end && b[j] === COMMA)
            name = j + 1;
    }
    const { line, next } = lineAt(b, name, end);
    if (isFn)
        declareFunction(file, line);
    else
        hitFunction(file, line, n);
    return next;
}
const DIGIT_0 = 48;
const COMMA = 44;
const isDigit = (c) => c >= DIGIT_0 && c <= 57;
/**
 * Reads a plain `DA:<line>,<count>[,<checksum>]` or `BRDA:<line>,<block>,<branch>,<taken>` record at bytes[p] in
 * place, digit by digit, and returns where the next line starts; -1 for anything else (or any other shape of
 * these, such as a flagged block `e0`), which the string reader then takes. Past `end` reads as a line break.
 */
function readDataRecord(b, p, end, file) {
    const first = b[p];
    let i;
    if (first === 68 && p + 2 < end && b[p + 1] === 65 && b[p + 2] === 58)
        i = p + 3;
    else if (first === 66 && p + 4 < end && b[p + 1] === 82 && b[p + 2] === 68 && b[p + 3] === 65 && b[p + 4] === 58)
        i = p + 5;
    else
        return -1;
    const line = readNumber(b, i, end);
    if (line < 0 || byteAt(b, after, end) !== COMMA)
        return -1;
    if (first === 68) {
        const hits = readNumber(b, after + 1, end);
        if (hits < 0)
            return -1;
        const next = byteAt(b, after, end) === COMMA ? nextLine(b, after, end) : lineEnd(b, after, end);
        if (next >= 0)
            file.lines.max(line, hits);
        return next;
    }
    const block = readNumber(b, after + 1, end);
    if (block < 0 || byteAt(b, after, end) !== COMMA)
        return -1;
    const branch = readNumber(b, after + 1, end);
    if (branch < 0 || byteAt(b, after, end) !== COMMA)
        return -1;
    // a taken value of `-`: never evaluated, not taken
    const dash = byteAt(b, after + 1, end) === 45;
    const taken = dash ? 0 : readNumber(b, after + 1, end);
    if (taken < 0)
        return -1;
    const next = lineEnd(b, dash ? after + 2 : after, end);
    if (next >= 0)
        file.branches.add(line, pairKey(block, branch), taken);
    return next;
}
/** where the last readNumber stopped: the index just past its digits */
let after = 0;
/** The unsigned integer written at b[i…] (its end in `after`), or -1 when b[i] is not a digit. */
function readNumber(b, i, end) {
    let c = byteAt(b, i, end);
    if (!isDigit(c))
        return -1;
    let n = 0;
    do {
        n = n * 10 + c - DIGIT_0;
        c = byteAt(b, ++i, end);
    } while (isDigit(c));
    after = i;
    return n;
}
/** b[i], and a line break past the end of the block */
const byteAt = (b, i, end) => (i < end ? b[i] : 10);
/** Where the next line starts when b[i] ends this one (\n, \r\n or the end of the block), else -1. */
function lineEnd(b, i, end) {
    if (i >= end)
        return end;
    if (b[i] === 10)
        return i + 1;
    if (b[i] === 13 && (i + 1 === end || b[i + 1] === 10))
        return Math.min(i + 2, end);
    return -1;
}
function nextLine(b, i, end) {
    const nl = b.indexOf(10, i);
    return nl < 0 || nl >= end ? end : nl + 1;
}
/**
 * The key of a BRDA branch id, text[from, to): `<block>,<branch>` read as two numbers straight from the chunk (no
 * string per BRDA line); an id with exception/fallthrough flags or a named branch is interned by its text.
 */
function branchKey(text, from, to) {
    const comma = text.indexOf(',', from);
    if (comma > from && comma < to) {
        const block = readUnsigned(text, from, comma);
        const branch = readUnsigned(text, comma + 1, to);
        if (block === block && branch === branch)
            return pairKey(block, branch);
    }
    return nameKey(text.slice(from, to));
}

;// CONCATENATED MODULE: ./packages/coverage/src/formats/detect.ts








const HEAD_BYTES = 64 * 1024;
/** Tells the format from the first bytes of the file, never from its name. */
function detectFormat(file, head) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (text === '')
        throw new src/* ParseError */.mB(file, 'is empty: a coverage report must measure at least one file');
    if (text.startsWith('<')) {
        // an internal DTD subset goes to the XML reader, which refuses it with its own message before any entity is read
        if (/<!DOCTYPE[^>]*\[/i.test(text))
            return 'cobertura';
        const root = /<([A-Za-z_][\w.:-]*)([^>]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, ''));
        if (root?.[1] === 'report')
            return 'jacoco';
        if (root?.[1] === 'coverage') {
            if (/\bclover=|\bgenerated=/.test(root[2]) || /<project[\s>]/.test(text))
                return 'clover';
            return 'cobertura';
        }
        throw new src/* ParseError */.mB(file, `is XML with root <${root?.[1] ?? '?'}>: not Cobertura, JaCoCo or Clover`);
    }
    if (text.startsWith('{'))
        return 'json';
    if (/^mode: (set|count|atomic)\b/.test(text))
        return 'go-profile';
    if (/^(TN|SF|VER):/.test(text))
        return 'lcov';
    throw new src/* ParseError */.mB(file, 'is not a coverage report this action reads (Cobertura, LCOV, JaCoCo, Clover, coverage.py JSON, Istanbul JSON, gcovr JSON, Go cover profile)');
}
async function readHead(file) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`coverage report ${file} cannot be read`);
    }
    try {
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** Detects and parses one report file. */
async function parseReport(file) {
    const kind = detectFormat(file, await readHead(file));
    switch (kind) {
        case 'cobertura':
            return parseCobertura(file);
        case 'jacoco':
            return parseJacoco(file);
        case 'clover':
            return parseClover(file);
        case 'lcov':
            return parseLcov(file);
        case 'go-profile':
            return parseGoProfile(file);
        case 'json':
            return parseJsonReport(file);
    }
}

;// CONCATENATED MODULE: ./packages/coverage/src/report/totals.ts

/**
 * coverage.py counts statements and branches together; Go counts statements (blocks weighted by their statement
 * count); every other tool's headline is lines. Reports from several tools together fall back to lines.
 */
function headlineRule(producers) {
    if (producers.size === 1 && producers.has('coverage.py'))
        return 'lines+branches';
    if (producers.size === 1 && producers.has('go'))
        return 'statements';
    return 'lines';
}
function roundingFor(producers) {
    if (producers.size === 1 && producers.has('coverage.py'))
        return 'coverage.py';
    if (producers.size === 1 && producers.has('istanbul'))
        return 'floor';
    return 'half-up';
}
function fileTotals(file) {
    if (file.declared && file.lines.size === 0)
        return file.declared;
    if (file.declared && file.reports === 1)
        return { ...file.declared, statements: file.declared.statements ?? statementTotals(file) };
    const linesCovered = file.lines.coveredCount();
    const branches = file.branches.totals();
    const totals = {
        lines: counter(linesCovered, file.lines.size),
        branches: counter(branches.covered, branches.total)
    };
    if (file.functions) {
        let covered = 0;
        for (const hits of file.functions.values())
            if (hits > 0)
                covered++;
        totals.functions = counter(covered, file.functions.size);
    }
    totals.statements = statementTotals(file);
    return totals;
}
function statementTotals(file) {
    if (!file.statements)
        return undefined;
    let covered = 0;
    let total = 0;
    for (const s of file.statements.values()) {
        total += s.weight;
        if (s.hits > 0)
            covered += s.weight;
    }
    return counter(covered, total);
}
function headlineOf(t, rule) {
    if (rule === 'lines+branches')
        return counter(t.lines.covered + t.branches.covered, t.lines.total + t.branches.total);
    if (rule === 'statements' && t.statements)
        return t.statements;
    return t.lines;
}
function sumTotals(files, rule, rounding) {
    const sum = { lines: [0, 0], branches: [0, 0], functions: [0, 0], statements: [0, 0] };
    let hasFunctions = false;
    let hasStatements = false;
    for (const file of files) {
        const t = fileTotals(file);
        sum.lines[0] += t.lines.covered;
        sum.lines[1] += t.lines.total;
        sum.branches[0] += t.branches.covered;
        sum.branches[1] += t.branches.total;
        if (t.functions) {
            hasFunctions = true;
            sum.functions[0] += t.functions.covered;
            sum.functions[1] += t.functions.total;
        }
        if (t.statements) {
            hasStatements = true;
            sum.statements[0] += t.statements.covered;
            sum.statements[1] += t.statements.total;
        }
    }
    const totals = {
        lines: counter(sum.lines[0], sum.lines[1]),
        branches: counter(sum.branches[0], sum.branches[1])
    };
    if (hasFunctions)
        totals.functions = counter(sum.functions[0], sum.functions[1]);
    if (hasStatements)
        totals.statements = counter(sum.statements[0], sum.statements[1]);
    return { ...totals, headline: headlineOf(totals, rule), rule, rounding };
}
/**
 * A percent with two decimals the way the producing tool rounds it: coverage.py's display_covered (Python's round,
 * half to even, and never 0 or 100 unless exact), istanbul's percent() (floored), otherwise to nearest.
 */
function formatPercent(c, rounding) {
    if (c.total === 0)
        return '100.00';
    if (rounding === 'floor')
        return (Math.floor((1000 * 100 * c.covered) / c.total / 10) / 100).toFixed(2);
    const percent = (100 * c.covered) / c.total;
    if (rounding === 'coverage.py') {
        if (percent > 0 && percent < 0.01)
            return '0.01';
        if (percent > 99.99 && percent < 100)
            return '99.99';
        const scaled = percent * 100;
        const floor = Math.floor(scaled);
        if (scaled - floor === 0.5)
            return ((floor % 2 === 0 ? floor : floor + 1) / 100).toFixed(2);
    }
    return percent.toFixed(2);
}
/** The displayed percent as a number, for comparing with a threshold the way a reader compares them. */
function displayedPercent(c, rounding) {
    return Number(formatPercent(c, rounding));
}

;// CONCATENATED MODULE: ./packages/coverage/src/gates/evaluate.ts

/**
 * The gates, each comparing the percent as displayed (two decimals, the tool's rounding) with its threshold, so
 * that what a reader sees decides: 79.996% shown as 80.00% passes a minimum of 80.
 */
function evaluateGates(inputs, data) {
    const { totals } = data;
    const gates = [];
    const headline = displayedPercent(totals.headline, totals.rounding);
    gates.push(gate('coverage', inputs.minCoverage, `${formatPercent(totals.headline, totals.rounding)}%`, headline >= inputs.minCoverage, `coverage ${headline.toFixed(2)}% is below the minimum ${inputs.minCoverage}%`));
    if (inputs.minBranchCoverage !== undefined) {
        if (totals.branches.total === 0) {
            gates.push({
                name: 'branch coverage',
                threshold: `≥ ${inputs.minBranchCoverage}%`,
                actual: 'no branch data',
                status: 'fail',
                reason: 'min-branch-coverage is set but the reports have no branch data (turn on branch coverage, e.g. --cov-branch)'
            });
        }
        else {
            const branch = displayedPercent(totals.branches, totals.rounding);
            gates.push(gate('branch coverage', inputs.minBranchCoverage, `${branch.toFixed(2)}%`, branch >= inputs.minBranchCoverage, `branch coverage ${branch.toFixed(2)}% is below the minimum ${inputs.minBranchCoverage}%`));
        }
    }
    if (inputs.minFileCoverage !== undefined) {
        const min = inputs.minFileCoverage;
        const below = [...data.files.values()].filter(f => {
            const c = headlineOf(fileTotals(f), totals.rule);
            return c.total > 0 && displayedPercent(c, totals.rounding) < min;
        });
        gates.push({
            name: 'every file',
            threshold: `≥ ${min}%`,
            actual: below.length === 0 ? 'all files' : `${below.length} file(s) below`,
            status: below.length === 0 ? 'pass' : 'fail',
            reason: below.length ? `${below.length} file(s) below ${min}% (first: ${below[0].path})` : undefined
        });
    }
    if (inputs.minPatchCoverage !== undefined) {
        const c = data.patch?.coverage;
        if (!c) {
            gates.push({
                name: 'patch coverage',
                threshold: `≥ ${inputs.minPatchCoverage}%`,
                actual: data.patch ? 'no measured line changed' : 'no diff',
                status: 'skipped'
            });
        }
        else {
            const patch = displayedPercent(c, 'half-up');
            gates.push(gate('patch coverage', inputs.minPatchCoverage, `${patch.toFixed(2)}%`, patch >= inputs.minPatchCoverage, `patch coverage ${patch.toFixed(2)}% is below the minimum ${inputs.minPatchCoverage}%`));
        }
    }
    if (inputs.maxDecrease !== undefined) {
        if (data.delta === undefined) {
            gates.push({
                name: 'decrease vs base',
                threshold: `≤ ${inputs.maxDecrease}`,
                actual: 'no baseline',
                status: 'skipped'
            });
        }
        else {
            const ok = -data.delta <= inputs.maxDecrease + 1e-9;
            gates.push({
                name: 'decrease vs base',
                threshold: `≤ ${inputs.maxDecrease}`,
                actual: `${data.delta >= 0 ? '+' : ''}${data.delta.toFixed(2)}`,
                status: ok ? 'pass' : 'fail',
                reason: ok
                    ? undefined
                    : `coverage fell by ${(-data.delta).toFixed(2)} points, more than max-decrease ${inputs.maxDecrease}`
            });
        }
    }
    return gates;
}
function gate(name, min, actual, ok, reason) {
    return { name, threshold: `≥ ${min}%`, actual, status: ok ? 'pass' : 'fail', reason: ok ? undefined : reason };
}

;// CONCATENATED MODULE: ./packages/coverage/src/gates/patch.ts

/**
 * Coverage of the lines a change adds or modifies: only changed lines the reports measure count (as diff-cover
 * counts them); a changed line is covered when its count is above zero.
 */
function patchCoverage(files, changes) {
    const result = { files: [], uncovered: [], unmeasured: [] };
    let covered = 0;
    let total = 0;
    for (const change of changes) {
        if (change.status === 'deleted' || change.binary || change.added.length === 0)
            continue;
        const file = files.get(change.path);
        if (!file) {
            result.unmeasured.push(change.path);
            continue;
        }
        const patchFile = { file: change.path, coverage: counter(0, 0), uncovered: [] };
        let fileCovered = 0;
        let fileTotal = 0;
        for (const range of change.added) {
            let open;
            for (let line = range.start; line <= range.end; line++) {
                const hits = file.lines.get(line);
                if (hits === undefined)
                    continue;
                fileTotal++;
                if (hits > 0) {
                    fileCovered++;
                    open = undefined;
                }
                else if (open)
                    open.endLine = line;
                else
                    patchFile.uncovered.push((open = { file: change.path, line, endLine: line }));
            }
        }
        if (fileTotal === 0)
            continue;
        patchFile.coverage = counter(fileCovered, fileTotal);
        covered += fileCovered;
        total += fileTotal;
        result.files.push(patchFile);
        result.uncovered.push(...patchFile.uncovered);
    }
    if (total > 0)
        result.coverage = counter(covered, total);
    return result;
}

;// CONCATENATED MODULE: ./packages/coverage/src/gates/baseline.ts



const slug = (text) => text.replace(/[^A-Za-z0-9._-]+/g, '_') || '_';
/** `ci-suite-coverage-<flag>-<branch>-`: the restore prefix, newest entry for the branch first. */
function baselinePrefix(flag, branch) {
    return `ci-suite-coverage-${slug(flag || 'default')}-${slug(branch)}-`;
}
function baselineKey(flag, branch, sha) {
    return `${baselinePrefix(flag, branch)}${sha}`;
}
/** The cache needs the same path on save and restore, so the file lives at a fixed place under RUNNER_TEMP. */
function baselinePath(dir, flag) {
    return (0,external_node_path_.join)(dir, 'ci-suite-coverage-baseline', `${slug(flag || 'default')}.json`);
}
/** Restores the base branch's baseline: the exact commit first, then the newest for the branch. Never throws. */
async function restoreBaseline(cache, path, where, logger) {
    if (!cache.available) {
        logger.warning('coverage-gate: the cache service is not available, so there is no baseline to compare with');
        return { note: 'no baseline: the cache service is not available' };
    }
    const prefix = baselinePrefix(where.flag, where.branch);
    let hit;
    try {
        hit = await cache.restore([path], where.sha ? baselineKey(where.flag, where.branch, where.sha) : prefix, [prefix]);
    }
    catch (error) {
        logger.warning(`coverage-gate: could not restore the baseline from the cache: ${(0,src/* errorMessage */.gJ)(error)}`);
        return { note: 'no baseline: the cache could not be read' };
    }
    if (!hit)
        return {
            note: `no baseline yet for ${where.branch}${where.flag ? ` (flag ${where.flag})` : ''}: it is stored by the next push to ${where.branch}`
        };
    try {
        const baseline = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        if (baseline.schema !== 'ci-suite/coverage-baseline@1' || typeof baseline.coverage !== 'number')
            throw new Error('unknown schema');
        return { baseline, note: `baseline from ${where.branch} at ${baseline.sha.slice(0, 7)}` };
    }
    catch (error) {
        logger.warning(`coverage-gate: the cached baseline ${hit} is unreadable (${(0,src/* errorMessage */.gJ)(error)}); ignoring it`);
        return { note: 'no baseline: the cached one is unreadable' };
    }
}
/** Stores this run's totals as the branch's baseline. Never throws; says what happened. */
async function saveBaseline(cache, path, baseline, logger) {
    if (!cache.available) {
        logger.warning('coverage-gate: the cache service is not available, so the baseline was not stored');
        return 'baseline not stored: the cache service is not available';
    }
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, JSON.stringify(baseline, null, 2));
    const key = baselineKey(baseline.flag, baseline.branch, baseline.sha);
    const saved = await cache.save([path], key).catch(() => false);
    if (!saved)
        logger.warning(`coverage-gate: could not store the baseline under ${key} (it may exist already)`);
    return saved ? `baseline stored for ${baseline.branch} at ${baseline.sha.slice(0, 7)}` : 'baseline not stored';
}

;// CONCATENATED MODULE: ./packages/coverage/src/publish/badge.ts
/** Colour steps of the badge: green at or above the minimum, yellow within 10 points below it, red under that. */
function badgeColor(percent, minimum) {
    if (percent >= minimum)
        return '#4c1';
    if (percent >= minimum - 10)
        return '#dfb317';
    return '#e05d44';
}
// Verdana 11px advance widths are approximated at 7px for digits and 6px for letters (shields.io's flat style)
const textWidth = (text) => [...text].reduce((w, ch) => w + (/[0-9%]/.test(ch) ? 7 : ch === '.' ? 3 : 6), 0) + 10;
/** A flat "coverage | 84.31%" badge as a standalone SVG. */
function coverageBadge(label, value, color) {
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const lw = textWidth(label);
    const vw = textWidth(value);
    const w = lw + vw;
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${esc(label)}: ${esc(value)}">`,
        `<title>${esc(label)}: ${esc(value)}</title>`,
        `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
        `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
        `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g>`,
        `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
        `<text x="${lw / 2}" y="14">${esc(label)}</text><text x="${lw + vw / 2}" y="14">${esc(value)}</text></g>`,
        `</svg>`,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/coverage/src/publish/comment.ts

/** GitHub refuses issue comments over 65536 characters. */
const COMMENT_LIMIT = 65536;
/** The hidden marker that finds this action's comment again (one per flag). */
function commentMarker(flag) {
    return `<!-- ci-suite:coverage-gate${flag ? `:${flag}` : ''} -->`;
}
/**
 * One comment per pull request and flag, updated in place: found by its hidden marker among the issue's comments.
 * A token that may not write (403, or 404 for a private repository it cannot see) skips with a note.
 */
async function upsertStickyComment(github, target, marker, body, logger) {
    const text = fit(`${marker}\n${body}`);
    try {
        let existing;
        for (let page = 1; page <= 50 && !existing; page++) {
            const response = await github.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner: target.owner,
                repo: target.repo,
                issue_number: target.issueNumber,
                per_page: 100,
                page
            });
            if (!Array.isArray(response.data)) {
                throw new src/* ServiceError */._7(`GitHub answered the list of PR comments with something that is not a list: try again later`);
            }
            existing = response.data.find(c => c.body?.includes(marker));
            if (response.data.length < 100)
                break;
        }
        if (existing) {
            const r = await github.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner: target.owner,
                repo: target.repo,
                comment_id: existing.id,
                body: text
            });
            return { action: 'updated', url: r.data.html_url };
        }
        const r = await github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: target.owner,
            repo: target.repo,
            issue_number: target.issueNumber,
            body: text
        });
        return { action: 'created', url: r.data.html_url };
    }
    catch (error) {
        // a 403 for a secondary rate limit is an outage, not a token that cannot write
        const rateLimited = error instanceof src/* GitHubRequestError */.vK && /rate limit/i.test(error.message);
        if (error instanceof src/* GitHubRequestError */.vK && (error.status === 403 || error.status === 404) && !rateLimited) {
            const note = `PR comment skipped: the token cannot write to pull request #${target.issueNumber} (HTTP ${error.status}); give the job \`permissions: pull-requests: write\`, or post from a workflow_run workflow for fork PRs`;
            logger.info(`coverage-gate: ${note}`);
            return { action: 'skipped', note };
        }
        if (error instanceof src/* GitHubRequestError */.vK)
            throw new src/* ServiceError */._7(`GitHub answered ${error.status} to the PR comment request: ${error.message}`);
        throw error;
    }
}
function fit(text) {
    if (text.length <= COMMENT_LIMIT)
        return text;
    const note = '\n\n_The comment was cut at GitHub’s 65536-character limit; the job summary has everything._\n';
    return text.slice(0, COMMENT_LIMIT - note.length) + note;
}

;// CONCATENATED MODULE: ./packages/coverage/src/report/discover.ts



/** The names coverage tools write by default, looked for when `files` is not given. */
const DEFAULT_REPORT_PATTERNS = [
    '**/coverage.xml',
    '**/cobertura.xml',
    '**/cobertura-coverage.xml',
    '**/coverage.cobertura.xml',
    '**/lcov.info',
    '**/*.lcov',
    '**/jacoco*.xml',
    '**/jacocoTestReport.xml',
    '**/clover.xml',
    '**/coverage.json',
    '**/coverage-final.json',
    '**/coverage-summary.json',
    '**/coverage.out',
    '**/cover.out',
    '**/*.coverprofile'
];
// one jest run writes the same data in several formats into one folder: read the richest one only
const ISTANBUL_FAMILY = [
    'coverage-final.json',
    'lcov.info',
    'cobertura-coverage.xml',
    'clover.xml',
    'coverage-summary.json'
];
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'lcov-report', 'htmlcov']);
function globToRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*' && pattern[i + 1] === '*') {
            i++;
            if (pattern[i + 1] === '/') {
                i++;
                re += '(?:.*/)?';
            }
            else
                re += '.*';
        }
        else if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else
            re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
const isGlob = (p) => /[*?]/.test(p);
/**
 * The report files for the `files` input, relative to the working directory. A plain path must exist; a glob must
 * match something; with no input the usual names are looked for and nothing found is an error too.
 */
async function discoverReports(workingDirectory, patterns) {
    const auto = patterns.length === 0;
    const wanted = auto ? DEFAULT_REPORT_PATTERNS : patterns;
    const found = new Set();
    const globs = [];
    for (const pattern of wanted) {
        if (!isGlob(pattern)) {
            const abs = (0,external_node_path_.resolve)(workingDirectory, pattern);
            const s = await (0,promises_.stat)(abs).catch(() => undefined);
            if (!s?.isFile())
                throw new src/* ConfigurationError */.j1(`files names ${pattern}, which does not exist in ${workingDirectory}: run the tests with coverage first`);
            found.add(abs);
        }
        else
            globs.push(globToRegExp(pattern.replace(/^\.\//, '')));
    }
    if (globs.length > 0) {
        for (const rel of await walk(workingDirectory))
            if (globs.some(g => g.test(rel)))
                found.add((0,external_node_path_.resolve)(workingDirectory, rel));
    }
    let files = [...found].sort();
    if (auto)
        files = richestPerFolder(files);
    if (files.length === 0) {
        throw new src/* ConfigurationError */.j1(auto
            ? `no coverage report found under ${workingDirectory} (looked for coverage.xml, lcov.info, coverage-final.json, jacoco*.xml, clover.xml, cover.out, …): run the tests with coverage first, or set files`
            : `files (${patterns.join(', ')}) matched no file in ${workingDirectory}: run the tests with coverage first`);
    }
    return { files, auto };
}
function richestPerFolder(files) {
    const byDir = new Map();
    for (const f of files) {
        const dir = external_node_path_.posix.dirname(f.split(external_node_path_.sep).join('/'));
        byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
    }
    const keep = [];
    for (const group of byDir.values()) {
        const family = group.filter(f => ISTANBUL_FAMILY.includes(external_node_path_.posix.basename(f.split(external_node_path_.sep).join('/'))));
        const best = family.sort((a, b) => ISTANBUL_FAMILY.indexOf(external_node_path_.posix.basename(a)) - ISTANBUL_FAMILY.indexOf(external_node_path_.posix.basename(b)))[0];
        keep.push(...group.filter(f => !family.includes(f) || f === best));
    }
    return keep.sort();
}
async function walk(root) {
    const out = [];
    const queue = [root];
    while (queue.length > 0) {
        const dir = queue.shift();
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const abs = (0,external_node_path_.resolve)(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIPPED_DIRS.has(e.name))
                    queue.push(abs);
            }
            else if (e.isFile())
                out.push((0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/'));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/coverage/src/report/merge.ts


/**
 * Merges reports file by file: a line is covered when any report covers it (its count is the largest), a named
 * branch is covered when any report covers it, and a line's unnamed branch counts (Cobertura, JaCoCo) take the
 * larger of each (BranchTable.mergeMax). A file's declared totals (Clover, coverage-summary.json) stand only while one report measures it.
 */
function mergeReports(reports, mapper, roots) {
    const files = new Map();
    const unmapped = [];
    const producers = new Set();
    const add = (path, file) => {
        const existing = files.get(path);
        if (!existing)
            files.set(path, { ...file, path, reports: 1 });
        else
            mergeInto(existing, file);
    };
    for (const report of reports) {
        producers.add(report.producer);
        const reportDir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(report.file));
        const searchRoots = [
            ...report.sourceRoots.map(s => (0,external_node_path_.resolve)(reportDir, s)),
            reportDir,
            roots.workingDirectory,
            // vitest and jest name files from where they ran, usually the folder above their coverage/ folder
            ...foldersAbove(reportDir, roots.repoRoot),
            roots.repoRoot
        ];
        const pending = [];
        const mappedRelative = [];
        for (const file of report.files) {
            const path = mapper.map(file.path, searchRoots);
            if (!path) {
                pending.push(file);
                continue;
            }
            if (!(0,external_node_path_.isAbsolute)(file.path))
                mappedRelative.push([file.path, path]);
            add(path, file);
        }
        // a name several repository files share (src/index.ts in a monorepo) is looked up again under the folder the
        // report's other relative paths turned out to be relative to (a report moved out of its project, an artifact)
        const inferred = pending.length ? commonRoot(mappedRelative) : undefined;
        for (const file of pending) {
            const path = inferred === undefined ? undefined : mapper.map(file.path, [(0,external_node_path_.resolve)(roots.repoRoot, inferred)]);
            if (path)
                add(path, file);
            else
                unmapped.push({
                    report: report.file,
                    path: file.path,
                    ...(inCheckout(file.path, searchRoots, roots.repoRoot) ? { ignored: true } : {})
                });
        }
    }
    return { files, unmapped, producers, reports };
}
/** Whether a path the mapper could not place names a file that is in the checkout after all (one git ignores). */
function inCheckout(path, searchRoots, repoRoot) {
    const candidates = (0,external_node_path_.isAbsolute)(path) ? [path] : searchRoots.map(root => (0,external_node_path_.resolve)(root, path));
    return candidates.some(c => !(0,external_node_path_.relative)(repoRoot, c).startsWith('..') && (0,external_node_fs_.existsSync)(c));
}
/** The folders from `dir`'s parent up to (not including) the repository root, nearest first; none outside it. */
function foldersAbove(dir, repoRoot) {
    const folders = [];
    if ((0,external_node_path_.relative)(repoRoot, dir).startsWith('..'))
        return folders;
    for (let d = (0,external_node_path_.dirname)(dir); d !== repoRoot && d.startsWith(repoRoot) && d !== (0,external_node_path_.dirname)(d); d = (0,external_node_path_.dirname)(d))
        folders.push(d);
    return folders;
}
/**
 * The repository folder that the report's relative paths were relative to, from the ones that mapped: the folder
 * each mapped file adds in front of its report path (`libs/version/` for `src/lib/a.ts` → `libs/version/src/lib/a.ts`),
 * when more than half of them agree on it.
 */
function commonRoot(mapped) {
    const counts = new Map();
    for (const [reportPath, repoPath] of mapped) {
        const tail = reportPath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
        if (repoPath !== tail && !repoPath.endsWith(`/${tail}`))
            continue;
        const prefix = repoPath.slice(0, repoPath.length - tail.length);
        counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
    let best;
    for (const entry of counts)
        if (!best || entry[1] > best[1])
            best = entry;
    return best && best[1] * 2 > mapped.length ? best[0] : undefined;
}
function mergeInto(target, source) {
    target.reports++;
    for (const [line, hits] of source.lines)
        target.lines.max(line, hits);
    target.branches.mergeMax(source.branches);
    if (source.functions) {
        const fns = target.functions ?? (target.functions = new Map());
        for (const [key, hits] of source.functions)
            fns.set(key, Math.max(fns.get(key) ?? 0, hits));
    }
    if (source.statements) {
        const stmts = target.statements ?? (target.statements = new Map());
        for (const [key, s] of source.statements) {
            const before = stmts.get(key);
            stmts.set(key, before ? { weight: before.weight, hits: Math.max(before.hits, s.hits) } : s);
        }
    }
    const detailed = target.lines.size > 0;
    if (detailed)
        target.declared = undefined;
    else if (source.declared && target.declared && source.declared.lines.covered > target.declared.lines.covered)
        target.declared = source.declared;
}

;// CONCATENATED MODULE: ./packages/coverage/src/report/path-mapper.ts

/**
 * Maps a path as a report names it to a file of the repository, trying in order:
 * 1. the path itself when absolute, else joined to each source root (Cobertura `<source>`, the report's folder,
 *    the working directory, the repository root), kept when it names a repository file;
 * 2. a Go import path: the module path of a go.mod in the repository replaced by that go.mod's folder;
 * 3. the repository file that shares the longest run of trailing path segments (an absolute path from another
 *    machine, a JaCoCo package path), when exactly one file has that longest run.
 * Anything else is unmapped and listed in the summary.
 */
class PathMapper {
    repo;
    cache = new Map();
    constructor(repo) {
        this.repo = repo;
    }
    map(reportPath, roots) {
        const cacheKey = `${roots.join('\0')}\0${reportPath}`;
        if (this.cache.has(cacheKey))
            return this.cache.get(cacheKey);
        const mapped = this.find(reportPath.replace(/\\/g, '/'), roots);
        this.cache.set(cacheKey, mapped);
        return mapped;
    }
    find(path, roots) {
        const windowsAbsolute = /^[A-Za-z]:\//.test(path);
        const candidates = windowsAbsolute ? [] : (0,external_node_path_.isAbsolute)(path) ? [path] : roots.map(root => (0,external_node_path_.resolve)(root, path));
        for (const candidate of candidates) {
            const rel = (0,external_node_path_.relative)(this.repo.root, candidate).split(external_node_path_.sep).join('/');
            if (!rel.startsWith('..') && this.repo.files.has(rel))
                return rel;
        }
        for (const { module, dir } of this.repo.goModules) {
            if (path.startsWith(`${module}/`)) {
                const rel = (dir ? `${dir}/` : '') + path.slice(module.length + 1);
                if (this.repo.files.has(rel))
                    return rel;
            }
        }
        return this.bySuffix(path);
    }
    bySuffix(path) {
        const segments = path.split('/').filter(s => s && s !== '.');
        const name = segments[segments.length - 1];
        const sameName = name ? this.repo.byBasename.get(name) : undefined;
        if (!sameName)
            return undefined;
        let best;
        let bestScore = 0;
        let tie = false;
        for (const candidate of sameName) {
            const parts = candidate.split('/');
            let score = 0;
            while (score < parts.length &&
                score < segments.length &&
                parts[parts.length - 1 - score] === segments[segments.length - 1 - score])
                score++;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
                tie = false;
            }
            else if (score === bestScore)
                tie = true;
        }
        return tie ? undefined : best;
    }
}

;// CONCATENATED MODULE: ./packages/coverage/src/report/repo-files.ts



const repo_files_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
const WALK_LIMIT = 500_000;
/** Tracked and untracked-but-not-ignored files from git; a plain walk when the folder is not a git repository. */
async function loadRepoFiles(root) {
    const git = new src/* Git */.TU(root);
    let paths;
    if (await git.isRepository()) {
        const r = await git.run([
            '-c',
            'core.quotePath=false',
            'ls-files',
            '-z',
            '--cached',
            '--others',
            '--exclude-standard'
        ]);
        paths = r.stdout.split('\0').filter(Boolean);
    }
    else {
        paths = await repo_files_walk(root);
    }
    const files = new Set(paths);
    const byBasename = new Map();
    for (const p of files) {
        const base = external_node_path_.posix.basename(p);
        const list = byBasename.get(base);
        if (list)
            list.push(p);
        else
            byBasename.set(base, [p]);
    }
    const goModules = [];
    for (const p of byBasename.get('go.mod') ?? []) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, p), 'utf8').catch(() => '');
        const m = /^module\s+"?([^\s"]+)"?/m.exec(text);
        if (m)
            goModules.push({ module: m[1], dir: external_node_path_.posix.dirname(p) === '.' ? '' : external_node_path_.posix.dirname(p) });
    }
    goModules.sort((a, b) => b.module.length - a.module.length);
    return { root, files, byBasename, goModules };
}
async function repo_files_walk(root) {
    const out = [];
    const queue = [''];
    while (queue.length > 0 && out.length < WALK_LIMIT) {
        const dir = queue.shift();
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, dir), { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const rel = dir ? `${dir}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!repo_files_SKIPPED_DIRS.has(e.name))
                    queue.push(rel);
            }
            else if (e.isFile())
                out.push(rel);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/coverage/src/summary.ts



const RULE_LABEL = { lines: 'lines', 'lines+branches': 'statements + branches', statements: 'statements' };
const RULE_TEXT = {
    lines: 'covered lines over measured lines',
    'lines+branches': "coverage.py's formula: (statements run + branches taken) over (statements + branches)",
    statements: "Go's formula: statements run over statements, each block weighted by its statement count"
};
const pct = (c, rounding) => `${formatPercent(c, rounding)}%`;
const signed = (delta) => `${delta >= 0 ? '+' : ''}${delta.toFixed(2)}`;
/** `84.31% lines (+0.42) · patch 91.70% · branches 72.00%` */
function headlineText(data) {
    const { totals } = data;
    const parts = [
        `${pct(totals.headline, totals.rounding)} ${RULE_LABEL[totals.rule]}${data.delta !== undefined ? ` (${signed(data.delta)})` : ''}`
    ];
    if (data.patch?.coverage)
        parts.push(`patch ${pct(data.patch.coverage, 'half-up')}`);
    if (totals.branches.total > 0 && totals.rule !== 'lines+branches')
        parts.push(`branches ${pct(totals.branches, totals.rounding)}`);
    else if (totals.branches.total > 0)
        parts.push(`branches ${pct(totals.branches, 'half-up')}`);
    return parts.join(' · ');
}
/** A bar of ten cells for a terminal and a comment: `████████░░ 84.31%`. */
function coverageBar(percent) {
    const filled = Math.max(0, Math.min(10, Math.round(percent / 10)));
    return '█'.repeat(filled) + '░'.repeat(10 - filled);
}
function gateTable(gates) {
    const icon = { pass: '✅ pass', fail: '❌ fail', skipped: '➖ not measured' };
    return (0,src/* table */.tp)(['Gate', 'Threshold', 'Actual', 'Result'], gates.map(g => [g.name, g.threshold, g.actual, icon[g.status]]), ['left', 'right', 'right', 'left']);
}
function uncoveredFilesTable(data) {
    const patchFiles = (data.patch?.files ?? []).filter(f => f.uncovered.length > 0);
    if (patchFiles.length === 0)
        return [];
    const rows = patchFiles.map(f => {
        const ranges = f.uncovered.slice(0, 20).flatMap((r, i) => {
            const label = r.endLine > r.line ? `${r.line}–${r.endLine}` : `${r.line}`;
            const href = (0,src/* blobUrl */.b0)(data.event, data.sha, f.file, r.line, r.endLine);
            return [i > 0 ? ', ' : '', href ? (0,src/* link */.nf)(label, href) : label];
        });
        if (f.uncovered.length > 20)
            ranges.push(`, … ${f.uncovered.length - 20} more`);
        return [(0,src/* inlineCode */.ti)(f.file), ranges, pct(f.coverage, 'half-up')];
    });
    return [
        (0,src/* heading */.R_)(3, 'Changed lines not covered by tests'),
        (0,src/* table */.tp)(['File', 'Uncovered changed lines', 'Patch coverage'], rows, ['left', 'left', 'right'])
    ];
}
const MAX_CHART_FOLDERS = 12;
/**
 * Coverage per package: files grouped by the folder below the one every measured file shares (`packages/api`,
 * `packages/web` in a monorepo; `src`, `lib` in a flat one), each folder's headline counted with the run's rule.
 * The largest twelve when there are more, in name order.
 */
function folderCoverage(data) {
    const files = [...data.merged.files.values()];
    const dirs = files.map(f => f.path.split('/').slice(0, -1));
    let shared = dirs.length > 0 ? dirs[0].length : 0;
    for (const dir of dirs) {
        let i = 0;
        while (i < shared && i < dir.length && dir[i] === dirs[0][i])
            i++;
        shared = i;
    }
    const sums = new Map();
    files.forEach((file, i) => {
        const folder = dirs[i].slice(0, shared + 1).join('/') || '.';
        const c = headlineOf(fileTotals(file), data.totals.rule);
        const sum = sums.get(folder) ?? [0, 0];
        sum[0] += c.covered;
        sum[1] += c.total;
        sums.set(folder, sum);
    });
    const all = [...sums].filter(([, [, total]]) => total > 0);
    const folders = [...all]
        .sort((a, b) => b[1][1] - a[1][1] || a[0].localeCompare(b[0]))
        .slice(0, MAX_CHART_FOLDERS)
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([folder, [covered, total]]) => ({ folder, coverage: counter(covered, total) }));
    return { folders, of: all.length };
}
/**
 * The coverage of each package as a mermaid bar chart (GitHub draws it in the job summary and in the PR comment);
 * ten-cell text bars stand in on a terminal. None for fewer than two folders: one bar says no more than the headline.
 */
function folderChart(data) {
    const { folders, of } = folderCoverage(data);
    if (folders.length < 2)
        return undefined;
    const { rule, rounding } = data.totals;
    const values = folders.map(f => formatPercent(f.coverage, rounding));
    const label = (folder) => JSON.stringify(folder.replace(/["\\]/g, ''));
    const title = `Coverage by folder (% ${RULE_LABEL[rule]})${of > folders.length ? `, the ${folders.length} largest of ${of}` : ''}`;
    const mermaid = [
        '```mermaid',
        'xychart-beta',
        `  title ${JSON.stringify(title)}`,
        `  x-axis [${folders.map(f => label(f.folder)).join(', ')}]`,
        `  y-axis "${RULE_LABEL[rule]} %" 0 --> 100`,
        `  bar [${values.join(', ')}]`,
        '```'
    ].join('\n');
    const text = [
        `${title}:`,
        ...folders.map((f, i) => `${coverageBar(f.coverage.percent)} ${values[i].padStart(6)}% ${f.folder}`)
    ].join('\n');
    return (0,src/* raw */.lS)(mermaid, text);
}
function fileTable(data) {
    const { totals } = data;
    const rows = [...data.merged.files.values()]
        .map(f => ({ f, t: fileTotals(f) }))
        .sort((a, b) => headlineOf(a.t, totals.rule).percent - headlineOf(b.t, totals.rule).percent || a.f.path.localeCompare(b.f.path))
        .map(({ f, t }) => [
        (0,src/* inlineCode */.ti)(f.path),
        `${t.lines.covered}/${t.lines.total}`,
        t.branches.total > 0 ? `${t.branches.covered}/${t.branches.total}` : '–',
        pct(headlineOf(t, totals.rule), totals.rounding)
    ]);
    return (0,src/* details */.zH)(`All ${data.merged.files.size} files`, [
        (0,src/* table */.tp)(['File', 'Lines', 'Branches', 'Coverage'], rows, ['left', 'right', 'right', 'right'])
    ]);
}
function summarySections(data) {
    const { totals } = data;
    const blocks = [
        (0,src/* raw */.lS)(`### ${coverageBar(totals.headline.percent)} ${headlineText(data)}`, `${coverageBar(totals.headline.percent)} ${headlineText(data)}`),
        gateTable(data.gates),
        ...uncoveredFilesTable(data)
    ];
    const ignored = data.merged.unmapped.filter(u => u.ignored);
    const missing = data.merged.unmapped.filter(u => !u.ignored);
    if (missing.length > 0) {
        blocks.push((0,src/* heading */.R_)(3, `${(0,src/* plural */.LS)(missing.length, 'reported file')} ${missing.length === 1 ? 'is' : 'are'} not in the repository`), (0,src/* paragraph */.FY)('They are left out of every number. Fix the paths the tool writes (run it from the repository root), or check that the report belongs to this checkout.'), ...unmappedList(missing));
    }
    if (ignored.length > 0) {
        blocks.push((0,src/* heading */.R_)(3, `${(0,src/* plural */.LS)(ignored.length, 'reported file')} ${ignored.length === 1 ? 'is' : 'are'} ignored by git`), (0,src/* paragraph */.FY)('They are in the checkout but git ignores them (build output), so they are left out of every number. To keep them out of the report, exclude them where the tool writes it (gcovr ', (0,src/* inlineCode */.ti)('--exclude'), ', coverage.py ', (0,src/* inlineCode */.ti)('omit'), ', jest ', (0,src/* inlineCode */.ti)('coveragePathIgnorePatterns'), ').'), ...unmappedList(ignored));
    }
    const chart = folderChart(data);
    if (chart)
        blocks.push(chart);
    blocks.push(fileTable(data));
    blocks.push((0,src/* paragraph */.FY)(`Coverage is ${RULE_TEXT[totals.rule]}, from ${(0,src/* plural */.LS)(data.merged.reports.length, 'report')}: `, ...data.merged.reports.flatMap((r, i) => [i > 0 ? ', ' : '', (0,src/* inlineCode */.ti)(`${r.format} (${r.producer})`)]), '.'));
    if (data.notes.length > 0)
        blocks.push((0,src/* list */.p_)(data.notes.map(n => [n])));
    return blocks;
}
/** The first 20 files a report names that are not counted, each with its report, and how many more there are. */
function unmappedList(files) {
    const shown = files.slice(0, 20);
    return [
        (0,src/* list */.p_)(shown.map(u => [(0,src/* inlineCode */.ti)(u.path), ' in ', (0,src/* inlineCode */.ti)(u.report)])),
        ...(files.length > shown.length
            ? [(0,src/* paragraph */.FY)(`… and ${files.length - shown.length} more (the JSON report lists them all).`)]
            : [])
    ];
}

;// CONCATENATED MODULE: ./packages/coverage/src/run.ts















/** coverage-gate: read the reports, merge them, judge the gates, then publish (badge, baseline, PR comment). */
async function runCoverageGate(inputs, context) {
    const { logger } = context;
    const notes = [];
    const rel = (p) => (0,external_node_path_.relative)(context.workingDirectory, p) || p;
    const reports = await logger.group('Read coverage reports', async () => {
        const { files, auto } = await discoverReports(context.workingDirectory, inputs.files);
        const parsed = [];
        for (const file of files) {
            try {
                const report = await parseReport(file);
                logger.info(`${rel(file)}: ${report.format} from ${report.producer}, ${report.files.length} file(s)`);
                parsed.push(report);
            }
            catch (error) {
                if (!(error instanceof src/* ParseError */.mB))
                    throw error;
                const relError = new src/* ParseError */.mB(rel(error.file), error.detail, error.line);
                // a file found only by its usual name that holds something else is skipped; one the user named is an error
                if (auto && /is not a coverage report|is JSON but/.test(error.detail)) {
                    logger.warning(`coverage-gate: skipping ${relError.message}`);
                    continue;
                }
                throw relError;
            }
        }
        if (parsed.length === 0)
            throw new src/* ConfigurationError */.j1(`no coverage report among ${files.map(rel).join(', ')}: run the tests with coverage first`);
        return parsed;
    });
    const merged = await logger.group('Map files to the repository', async () => {
        const repo = await loadRepoFiles(context.repoRoot);
        return mergeReports(reports, new PathMapper(repo), {
            workingDirectory: context.workingDirectory,
            repoRoot: context.repoRoot
        });
    });
    const measuredInReports = reports.reduce((n, r) => n + r.files.length, 0);
    if (measuredInReports === 0) {
        throw new src/* ParseError */.mB(reports.map(r => rel(r.file)).join(', '), 'the coverage report measures no files: were the tests run with coverage of the sources?');
    }
    if (merged.files.size === 0) {
        throw new src/* ConfigurationError */.j1(`none of the ${merged.unmapped.length} file(s) in the coverage report(s) is in the repository (first: ${merged.unmapped[0].path}): the report belongs to another checkout, or the tool wrote paths this action cannot map`);
    }
    for (const u of merged.unmapped)
        u.report = rel(u.report);
    const totals = sumTotals(merged.files.values(), headlineRule(merged.producers), roundingFor(merged.producers));
    if (totals.lines.total === 0 && (totals.statements?.total ?? 0) === 0) {
        throw new src/* ParseError */.mB(reports.map(r => rel(r.file)).join(', '), 'the coverage reports measure 0 lines: nothing ran under coverage, or every file is excluded');
    }
    const coverage = displayedPercent(totals.headline, totals.rounding);
    const patch = await logger.group('Patch coverage', () => changedLines(context, merged, notes));
    const { delta, baselineNote, baselineToSave } = await logger.group('Baseline', () => ratchet(inputs, context, coverage, totals, notes));
    if (baselineNote)
        notes.push(baselineNote);
    const gates = evaluateGates(inputs, { totals, files: merged.files, patch, delta });
    const failed = gates.filter(g => g.status === 'fail');
    const patchGateFailed = failed.some(g => g.name === 'patch coverage');
    const status = failed.length > 0 ? 'fail' : 'pass';
    const findings = (patch?.uncovered ?? []).map(r => ({
        ruleId: 'uncovered-changed-lines',
        severity: patchGateFailed ? 'error' : 'warning',
        message: r.endLine > r.line
            ? `lines ${r.line}–${r.endLine} changed and no test runs them`
            : `line ${r.line} changed and no test runs it`,
        file: r.file,
        line: r.line,
        endLine: r.endLine,
        fingerprint: (0,src/* fingerprint */.Rj)('coverage-gate', r.file, r.line, r.endLine)
    }));
    const annotations = findings.map(f => ({
        level: patchGateFailed ? 'error' : 'warning',
        title: 'Not covered by tests',
        message: f.message,
        file: f.file,
        line: f.line,
        endLine: f.endLine,
        priority: (f.endLine ?? 0) - (f.line ?? 0)
    }));
    const summaryData = {
        totals,
        merged,
        patch,
        delta,
        gates,
        notes,
        event: context.event,
        sha: context.event.pullRequest?.headSha || context.event.sha
    };
    if (inputs.badge) {
        const badgePath = (0,external_node_path_.resolve)(context.workingDirectory, inputs.badge);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(badgePath), { recursive: true });
        await (0,promises_.writeFile)(badgePath, coverageBadge(inputs.flag ? `coverage ${inputs.flag}` : 'coverage', `${formatPercent(totals.headline, totals.rounding)}%`, badgeColor(coverage, inputs.minCoverage)));
        notes.push(`badge written to ${rel(badgePath)}`);
    }
    if (baselineToSave)
        notes.push(await saveBaseline(context.cache, baselinePath(baselineDir(context), inputs.flag), baselineToSave, logger));
    await postComment(inputs, context, summaryData, notes);
    const headline = headlineText(summaryData);
    const summary = status === 'pass' ? `${headline}: every gate passes` : `${headline}: ${failed.map(g => g.reason).join('; ')}`;
    const outputs = {
        coverage: formatPercent(totals.headline, totals.rounding),
        'branch-coverage': totals.branches.total > 0 ? formatPercent(totals.branches, totals.rounding) : '',
        'patch-coverage': patch?.coverage ? formatPercent(patch.coverage, 'half-up') : '',
        delta: delta === undefined ? '' : `${delta >= 0 ? '+' : ''}${delta.toFixed(2)}`
    };
    return {
        status,
        summary,
        findings,
        failing: patchGateFailed ? findings.length : 0,
        metrics: {
            coverage,
            rule: totals.rule,
            lines: totals.lines,
            branches: totals.branches,
            ...(totals.functions ? { functions: totals.functions } : {}),
            ...(totals.statements ? { statements: totals.statements } : {}),
            patch: patch?.coverage ?? null,
            delta: delta ?? null,
            files: merged.files.size,
            unmappedFiles: merged.unmapped,
            reports: reports.map(r => ({ file: rel(r.file), format: r.format, producer: r.producer, files: r.files.length })),
            gates
        },
        outputs,
        annotations,
        counts: [
            ['files measured', merged.files.size],
            ['lines covered', `${totals.lines.covered}/${totals.lines.total}`],
            ...(totals.branches.total > 0
                ? [['branches covered', `${totals.branches.covered}/${totals.branches.total}`]]
                : []),
            ...(patch?.coverage
                ? [['changed lines covered', `${patch.coverage.covered}/${patch.coverage.total}`]]
                : []),
            ['uncovered changed ranges', findings.length],
            ...unmappedCounts(merged.unmapped)
        ],
        sections: summarySections(summaryData),
        fix: status === 'fail'
            ? [
                {
                    kind: 'paragraph',
                    text: [
                        patch?.uncovered.length
                            ? 'Add tests that run the changed lines listed above, then run the tests with coverage again.'
                            : 'Add tests for the least covered files (the full table above), then run the tests with coverage again.'
                    ]
                }
            ]
            : undefined
    };
}
async function changedLines(context, merged, notes) {
    const range = (0,src/* comparedRange */.vN)(context.event, context.common);
    if (!range) {
        notes.push('patch coverage: this event has no diff to measure (give base and head to measure one)');
        return undefined;
    }
    const git = new src/* Git */.TU(context.repoRoot);
    if (!(await git.isRepository()))
        throw new src/* ConfigurationError */.j1(`patch coverage needs a git checkout, and ${context.repoRoot} is not one`);
    const ensured = await git.ensureRange({ base: range.base, head: range.head }, { mergeBase: range.mergeBase });
    const changes = await git.diff(ensured);
    const patch = patchCoverage(merged.files, changes);
    if (!patch.coverage)
        notes.push('patch coverage: the diff touches no measured line');
    return patch;
}
function baselineDir(context) {
    return context.env.RUNNER_TEMP || context.tempDir;
}
async function ratchet(inputs, context, coverage, totals, notes) {
    const { event } = context;
    const path = baselinePath(baselineDir(context), inputs.flag);
    const onDefaultBranch = event.eventName === 'push' &&
        event.refType === 'branch' &&
        !!event.defaultBranch &&
        event.refName === event.defaultBranch;
    const pr = event.pullRequest;
    const where = pr?.baseRef
        ? { flag: inputs.flag, branch: pr.baseRef, sha: pr.baseSha }
        : onDefaultBranch
            ? { flag: inputs.flag, branch: event.refName }
            : undefined;
    const baselineToSave = onDefaultBranch
        ? {
            schema: 'ci-suite/coverage-baseline@1',
            flag: inputs.flag,
            branch: event.refName,
            sha: event.sha,
            coverage,
            rule: totals.rule,
            lines: totals.lines,
            branches: totals.branches
        }
        : undefined;
    if (!where) {
        if (inputs.maxDecrease !== undefined)
            notes.push('max-decrease: only pull requests and pushes to the default branch have a baseline');
        return { baselineToSave };
    }
    const found = await restoreBaseline(context.cache, path, where, context.logger);
    if (!found.baseline)
        return { baselineNote: found.note, baselineToSave };
    if (found.baseline.rule !== totals.rule) {
        return {
            baselineNote: `the baseline was measured as ${found.baseline.rule}, this run as ${totals.rule}: no delta`,
            baselineToSave
        };
    }
    const delta = Math.round((coverage - found.baseline.coverage) * 100) / 100;
    return { delta, baselineNote: `${found.note}: ${found.baseline.coverage.toFixed(2)}%`, baselineToSave };
}
async function postComment(inputs, context, data, notes) {
    const pr = context.event.pullRequest;
    if (inputs.comment === 'never' || !pr?.number)
        return;
    if (!context.github) {
        notes.push('PR comment skipped: no github-token');
        return;
    }
    if (inputs.comment === 'auto' && pr.fromFork) {
        notes.push('PR comment skipped: a fork’s token cannot write; the workflow_run companion workflow posts it from the report');
        return;
    }
    const body = (0,src/* renderMarkdown */.Gc)([
        { kind: 'heading', level: 3, text: [`Coverage${inputs.flag ? ` (${inputs.flag})` : ''}: ${headlineText(data)}`] },
        gateTable(data.gates),
        ...uncoveredFilesTable(data),
        ...[folderChart(data)].filter(block => block !== undefined),
        ...(data.notes.length ? [{ kind: 'list', items: data.notes.map(n => [n]) }] : [])
    ], 60_000).markdown;
    const result = await upsertStickyComment(context.github, { owner: context.event.owner, repo: context.event.repo, issueNumber: pr.number }, commentMarker(inputs.flag), body, context.logger);
    notes.push(result.action === 'skipped'
        ? result.note
        : `PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
}
/** The summary's counts of reported files left out: not in the repository, and in it but ignored by git. */
function unmappedCounts(unmapped) {
    const ignored = unmapped.filter(u => u.ignored).length;
    const missing = unmapped.length - ignored;
    return [
        ...(missing ? [['files not in the repository', missing]] : []),
        ...(ignored ? [['files git ignores', ignored]] : [])
    ];
}

;// CONCATENATED MODULE: ./packages/coverage/src/index.ts







const definition = {
    name: 'coverage-gate',
    title: 'Coverage gate',
    failOn: { values: ['error', 'never'], default: 'error' },
    readInputs: readCoverageInputs,
    run: runCoverageGate
};


/***/ })

};
