export const id = 429;
export const ids = [429];
export const modules = {

/***/ 4810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTrufflehogIgnore: () => (/* binding */ readTrufflehogIgnore)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_re2_matcher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8170);


/** `.trufflehogignore`: one regex per line, as trufflehog's --exclude-paths file takes them (Go RE2 syntax). */
function readTrufflehogIgnore(file) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')
        .split(/\r?\n/)
        .map(l => l.trim())
        .filter(l => l && !l.startsWith('#'))
        .map(l => (0,_engine_re2_matcher_js__WEBPACK_IMPORTED_MODULE_1__/* .re2Test */ .Cn)(l, '.trufflehogignore'));
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
