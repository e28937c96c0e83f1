export const id = 643;
export const ids = [643];
export const modules = {

/***/ 2643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadRuleSet: () => (/* binding */ loadRuleSet)
});

// UNUSED EXPORTS: parseGitleaksConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 27 modules
var src = __webpack_require__(4450);
// EXTERNAL MODULE: ./packages/secrets/src/rules/builtin.ts + 2 modules
var builtin = __webpack_require__(590);
;// CONCATENATED MODULE: ./packages/secrets/src/rules/rule.ts
function emptyAllowlist() {
    return { condition: 'OR', commits: [], paths: [], regexes: [], regexTarget: 'secret', stopwords: [], targetRules: [] };
}

// EXTERNAL MODULE: ./packages/secrets/src/engine/re2-matcher.ts
var re2_matcher = __webpack_require__(8170);
;// CONCATENATED MODULE: ./packages/secrets/src/config/multi-line.ts
/**
 * Whether a gitleaks rule's regex is written to match across line breaks: a class that holds a character class and
 * its complement (`[\s\S]`, gitleaks' own private-key rule has `[\s\S-]{64,}?`), the `s` flag (`.` matches a line
 * break), or a line break spelled out (`\n`). gitleaks runs every rule on a whole file (or a whole hunk of added
 * lines); such a rule needs the same to match at all, where the rest run line by line. A `\s` alone (`[\s'"]{0,3}`
 * between a name and its value) is not enough: those rules match within a line.
 */
function spansLines(source) {
    if (/\(\?[A-Za-z]*s[A-Za-z]*[:)]/.test(source))
        return true;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            if (source[i + 1] === 'n')
                return true;
            i++;
        }
        else if (c === '[' && classSpansLines(source, i))
            return true;
    }
    return false;
}
/** the class at `start` (`[`) holds both `\s` and `\S`, `\w` and `\W`, or `\d` and `\D` */
function classSpansLines(source, start) {
    const escapes = new Set();
    for (let i = start + 1; i < source.length && source[i] !== ']'; i++) {
        if (source[i] === '\\')
            escapes.add(source[++i] ?? '');
    }
    return ((escapes.has('s') && escapes.has('S')) ||
        (escapes.has('w') && escapes.has('W')) ||
        (escapes.has('d') && escapes.has('D')) ||
        escapes.has('n'));
}

;// CONCATENATED MODULE: ./packages/secrets/src/config/gitleaks-config.ts








const isTable = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function strings(value, where) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.some(v => typeof v !== 'string'))
        throw new src/* ConfigurationError */.j1(`${where} must be a list of strings`);
    return value;
}
function optionalString(value, where) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw new src/* ConfigurationError */.j1(`${where} must be a string`);
    return value;
}
function readAllowlist(table, where) {
    const allowlist = emptyAllowlist();
    allowlist.description = optionalString(table.description, `${where}.description`);
    const condition = (optionalString(table.condition, `${where}.condition`) ?? 'OR').toUpperCase();
    if (condition !== 'OR' && condition !== 'AND')
        throw new src/* ConfigurationError */.j1(`${where}.condition must be "OR" or "AND", got "${condition}"`);
    allowlist.condition = condition;
    const target = optionalString(table.regexTarget, `${where}.regexTarget`) ?? 'secret';
    if (target !== 'secret' && target !== 'match' && target !== 'line') {
        throw new src/* ConfigurationError */.j1(`${where}.regexTarget must be "secret", "match" or "line", got "${target}"`);
    }
    allowlist.regexTarget = target;
    allowlist.commits = strings(table.commits, `${where}.commits`);
    // gitleaks v8 before 8.21 called paths "files" in the old [allowlist] of v7 configs; accept both
    allowlist.paths = [...strings(table.paths, `${where}.paths`), ...strings(table.files, `${where}.files`)].map(p => (0,re2_matcher/* re2Test */.Cn)(p, `${where}.paths`));
    allowlist.regexes = strings(table.regexes, `${where}.regexes`).map(r => (0,re2_matcher/* re2Test */.Cn)(r, `${where}.regexes`));
    allowlist.stopwords = strings(table.stopwords, `${where}.stopwords`);
    allowlist.targetRules = strings(table.targetRules, `${where}.targetRules`);
    return allowlist;
}
function ruleAllowlists(rule, where) {
    const out = [];
    if (isTable(rule.allowlist))
        out.push(readAllowlist(rule.allowlist, `${where}.allowlist`));
    if (Array.isArray(rule.allowlists))
        rule.allowlists.forEach((a, i) => isTable(a) && out.push(readAllowlist(a, `${where}.allowlists[${i}]`)));
    return out;
}
function optionalCount(value, where) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        throw new src/* ConfigurationError */.j1(`${where} must be a whole number`);
    return value;
}
function readRequired(rule, where) {
    if (rule.required === undefined)
        return [];
    if (!Array.isArray(rule.required) || !rule.required.every(isTable))
        throw new src/* ConfigurationError */.j1(`${where}.required must be [[rules.required]] tables`);
    return rule.required.map((r, i) => {
        const at = `${where}.required[${i}]`;
        const id = optionalString(r.id, `${at}.id`);
        if (!id)
            throw new src/* ConfigurationError */.j1(`${at} has no id`);
        return {
            id,
            withinLines: optionalCount(r.withinLines, `${at}.withinLines`),
            withinColumns: optionalCount(r.withinColumns, `${at}.withinColumns`)
        };
    });
}
function readRule(table, index, file) {
    const where = `${file}: rules[${index}]`;
    const id = optionalString(table.id, `${where}.id`);
    if (!id)
        throw new src/* ConfigurationError */.j1(`${where} has no id`);
    const secretGroup = table.secretGroup === undefined ? undefined : Number(table.secretGroup);
    if (secretGroup !== undefined && (!Number.isInteger(secretGroup) || secretGroup < 0))
        throw new src/* ConfigurationError */.j1(`${where}.secretGroup must be a whole number`);
    const entropy = table.entropy === undefined ? undefined : Number(table.entropy);
    if (entropy !== undefined && Number.isNaN(entropy))
        throw new src/* ConfigurationError */.j1(`${where}.entropy must be a number`);
    const regex = optionalString(table.regex, `${where}.regex`);
    const path = optionalString(table.path, `${where}.path`);
    // compiled now so a bad pattern names its file and rule, even in a rule that only refines another
    if (regex)
        (0,re2_matcher/* compileRe2 */.Xm)(regex, `${where} (${id})`);
    if (path)
        (0,re2_matcher/* compileRe2 */.Xm)(path, `${where}.path`);
    if (table.skipReport !== undefined && typeof table.skipReport !== 'boolean')
        throw new src/* ConfigurationError */.j1(`${where}.skipReport must be true or false`);
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
    };
}
/** gitleaks' merge of a rule over the one it extends: given fields win, keywords and allowlists add up. */
function refine(base, over) {
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
    };
}
/** A draft over a built-in rule: a regex of its own makes it a custom (RE2) rule, else the built-in matcher stays. */
function overBuiltin(base, over) {
    const rule = {
        ...base,
        description: over.description ?? base.description,
        keywords: over.regex ? over.keywords : [...new Set([...base.keywords, ...over.keywords])],
        entropy: over.entropy ?? base.entropy,
        path: over.path ? (0,re2_matcher/* re2Test */.Cn)(over.path, `${over.where}.path`) : base.path,
        allowlists: [...base.allowlists, ...over.allowlists],
        required: over.required.length ? over.required : undefined,
        skipReport: over.skipReport || undefined
    };
    if (over.regex) {
        rule.matcher = new re2_matcher/* Re2Matcher */.YV(over.regex, over.secretGroup, over.where);
        rule.kind = 'custom';
        rule.source = over.regex;
        rule.multiLine = spansLines(over.regex) || undefined;
    }
    return rule;
}
function compile(draft) {
    if (!draft.regex && !draft.path)
        throw new src/* ConfigurationError */.j1(`${draft.where} needs a regex or a path`);
    return {
        id: draft.id,
        description: draft.description ?? draft.id,
        keywords: draft.keywords,
        matcher: draft.regex ? new re2_matcher/* Re2Matcher */.YV(draft.regex, draft.secretGroup, draft.where) : undefined,
        path: draft.path ? (0,re2_matcher/* re2Test */.Cn)(draft.path, `${draft.where}.path`) : undefined,
        entropy: draft.entropy,
        kind: 'custom',
        allowlists: draft.allowlists,
        required: draft.required.length ? draft.required : undefined,
        skipReport: draft.skipReport || undefined,
        source: draft.regex ?? draft.path ?? '',
        multiLine: (draft.regex !== undefined && spansLines(draft.regex)) || undefined
    };
}
function parseToTable(text, file) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const e = error;
        throw new src/* ParseError */.mB(file, `not valid TOML: ${e.message.split('\n')[0]}`, e.line);
    }
}
function readLayer(text, file, origin) {
    const doc = parseToTable(text, file);
    const extend = isTable(doc.extend) ? doc.extend : undefined;
    const drafts = Array.isArray(doc.rules)
        ? doc.rules.map((r, i) => (isTable(r) ? readRule(r, i, file) : undefined)).filter((r) => !!r)
        : [];
    const extendPath = optionalString(extend?.path, `${file}: [extend].path`);
    if (extendPath && extend?.useDefault === true)
        throw new src/* ConfigurationError */.j1(`${file}: [extend] takes either path or useDefault = true, not both (as in gitleaks)`);
    const disabled = new Set(strings(extend?.disabledRules, `${file}: [extend].disabledRules`));
    const layer = { builtins: new Map(), drafts: new Map(), allowlists: [] };
    if (extendPath) {
        const base = readExtended(extendPath, file, origin);
        for (const [id, r] of base.builtins)
            if (!disabled.has(id))
                layer.builtins.set(id, r);
        for (const [id, d] of base.drafts)
            if (!disabled.has(id))
                layer.drafts.set(id, d);
        layer.allowlists.push(...base.allowlists);
    }
    else if (extend ? extend.useDefault === true : drafts.length === 0) {
        for (const r of (0,builtin/* builtinRules */.DC)())
            if (!disabled.has(r.id))
                layer.builtins.set(r.id, r);
    }
    for (const d of drafts) {
        const base = layer.drafts.get(d.id);
        layer.drafts.set(d.id, base ? refine(base, d) : d);
    }
    if (isTable(doc.allowlist))
        layer.allowlists.push(readAllowlist(doc.allowlist, `${file}: [allowlist]`));
    if (Array.isArray(doc.allowlists))
        doc.allowlists.forEach((a, i) => isTable(a) && layer.allowlists.push(readAllowlist(a, `${file}: allowlists[${i}]`)));
    return layer;
}
/** `[extend] path`: relative to the extending config's folder (then to the working folder, as gitleaks reads it). */
function readExtended(extendPath, file, origin) {
    const candidates = (0,external_node_path_.isAbsolute)(extendPath)
        ? [extendPath]
        : [origin ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(origin.path), extendPath) : (0,external_node_path_.resolve)(extendPath), (0,external_node_path_.resolve)(extendPath)];
    const path = candidates.find(p => (0,external_node_fs_.existsSync)(p));
    if (!path)
        throw new src/* ConfigurationError */.j1(`${file}: [extend] path "${extendPath}" does not exist`);
    const chain = origin ? [...origin.chain, origin.path] : [];
    if (path === origin?.path || chain.includes(path)) {
        const loop = [...chain, origin?.path ?? file, path].map(p => (0,external_node_path_.relative)(process.cwd(), p) || p);
        throw new src/* ConfigurationError */.j1(`${file}: [extend] path "${extendPath}" makes a cycle (${loop.join(' → ')}): a config cannot extend itself`);
    }
    const display = (0,external_node_path_.isAbsolute)(extendPath) ? extendPath : (0,external_node_path_.join)((0,external_node_path_.dirname)(file), extendPath);
    return readLayer(readConfigText(path), display, { path, chain });
}
function readConfigText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`config: cannot read ${path}`);
    }
}
/**
 * Reads a gitleaks config: `[extend] useDefault` / `path` / `disabledRules`, `[[rules]]` (with `[[rules.required]]`
 * and `skipReport`), `[allowlist]` and `[[allowlists]]`. A config with rules and no `[extend]` replaces the defaults,
 * as in gitleaks; a config without rules extends them. A rule with the id of one it extends refines it.
 */
function parseGitleaksConfig(text, file, origin) {
    const layer = readLayer(text, file, origin);
    const byId = new Map(layer.builtins);
    for (const [id, draft] of layer.drafts) {
        const base = byId.get(id);
        byId.set(id, base ? overBuiltin(base, draft) : compile(draft));
    }
    const rules = [...byId.values()];
    for (const rule of rules)
        for (const r of rule.required ?? [])
            if (!byId.has(r.id))
                throw new src/* ConfigurationError */.j1(`${file}: rule ${rule.id}: [[rules.required]] rule id "${r.id}" does not exist`);
    return { rules, allowlists: layer.allowlists, source: file };
}
function loadRuleSet(configPath, displayName) {
    if (!configPath)
        return { rules: (0,builtin/* builtinRules */.DC)(), allowlists: [] };
    const path = (0,external_node_path_.resolve)(configPath);
    return parseGitleaksConfig(readConfigText(path), displayName ?? configPath, { path, chain: [] });
}


/***/ }),

/***/ 8170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ re2Test),
/* harmony export */   Xm: () => (/* binding */ compileRe2),
/* harmony export */   YV: () => (/* binding */ Re2Matcher)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _ci_suite_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4450);


/**
 * A user's regex (gitleaks config, Go RE2 syntax: `(?i)`, `(?P<name>...)`, `\z`) on re2js, a linear-time RE2 port:
 * a custom rule can be slow but never catastrophic.
 */
class Re2Matcher {
    source;
    secretGroup;
    pattern;
    constructor(source, secretGroup, where) {
        this.source = source;
        this.secretGroup = secretGroup;
        this.pattern = compileRe2(source, where);
    }
    *matches(text) {
        const m = this.pattern.matcher(text);
        const groups = this.pattern.groupCount();
        while (m.find()) {
            const whole = m.group(0) ?? '';
            let group = this.secretGroup ?? 0;
            if (this.secretGroup === undefined && groups > 0) {
                // gitleaks: without secretGroup the first non-empty group is the secret
                for (let g = 1; g <= groups; g++) {
                    const value = m.group(g);
                    if (value) {
                        group = g;
                        break;
                    }
                }
            }
            const secret = m.group(group) ?? whole;
            yield { secret, index: group > 0 ? m.start(group) : m.start(), match: whole, matchIndex: m.start() };
            if (whole.length === 0 && m.end() >= text.length)
                break;
        }
    }
}
/** compiled patterns by source: a config's rules are checked when read and compiled once (re2js takes 0.4 to 3 ms) */
const compiled = new Map();
function compileRe2(source, where) {
    const known = compiled.get(source);
    if (known)
        return known;
    try {
        const pattern = re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(source);
        compiled.set(source, pattern);
        return pattern;
    }
    catch (error) {
        throw new _ci_suite_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: the regex ${JSON.stringify(source)} is not valid RE2 syntax (${error.message})`);
    }
}
function re2Test(source, where) {
    const pattern = compileRe2(source, where);
    return { source, test: text => pattern.matcher(text).find() };
}


/***/ })

};
