export const id = 269;
export const ids = [269];
export const modules = {

/***/ 1269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $L: () => (/* reexport */ InstalledLicenses),
  p_: () => (/* reexport */ LOCAL_SOURCES),
  Ud: () => (/* reexport */ loadLockfile),
  EH: () => (/* reexport */ packageUrl),
  tg: () => (/* reexport */ parseLockfile),
  fq: () => (/* reexport */ pep503Name),
  jv: () => (/* reexport */ selectLockfiles)
});

// UNUSED EXPORTS: SUPPORTED_LOCKFILES, declaredLicense, discoverLockfiles, globToRegExp, isRequirementsFile, lockfileKind, readNodeModulesLicenses, readSitePackagesLicenses, sitePackagesFolders

;// CONCATENATED MODULE: ./packages/lockfiles/src/model.ts
/** The project's own packages: members of its workspaces and folders it depends on. No advisory database lists them. */
const LOCAL_SOURCES = new Set(['workspace', 'file', 'link']);

// EXTERNAL MODULE: ./packages/core/src/index.ts + 27 modules
var src = __webpack_require__(4450);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/lockfiles/src/detect.ts


const BY_NAME = {
    'package-lock.json': 'package-lock',
    'npm-shrinkwrap.json': 'package-lock',
    'pnpm-lock.yaml': 'pnpm',
    'bun.lock': 'bun',
    'poetry.lock': 'poetry',
    'Pipfile.lock': 'pipfile',
    'uv.lock': 'uv',
    'pdm.lock': 'pdm',
    'go.mod': 'gomod',
    'go.sum': 'gosum',
    'Cargo.lock': 'cargo',
    'Gemfile.lock': 'gemfile',
    'gems.locked': 'gemfile',
    'composer.lock': 'composer',
    'packages.lock.json': 'nuget'
};
/** requirements.txt, requirements-dev.txt, dev-requirements.txt, requirements/base.txt */
function isRequirementsFile(file) {
    const base = external_node_path_.posix.basename(file);
    return (/requirements.*\.txt$/i.test(base) ||
        (/\.txt$/.test(base) && external_node_path_.posix.basename(external_node_path_.posix.dirname(file)) === 'requirements'));
}
/** A lockfile's name says its format; yarn.lock's first lines tell classic from berry. */
function lockfileKind(file, text) {
    const base = external_node_path_.posix.basename(file.replace(/\\/g, '/'));
    if (base === 'yarn.lock') {
        if (text === undefined)
            return 'yarn-classic';
        return /^__metadata:/m.test(text) ? 'yarn-berry' : 'yarn-classic';
    }
    const kind = BY_NAME[base];
    if (kind)
        return kind;
    if (isRequirementsFile(file))
        return 'requirements';
    if (text !== undefined)
        return sniff(text);
    return undefined;
}
/** For a file with another name (`--files deps.lock`): look at the content. */
function sniff(text) {
    const head = text.slice(0, 4096);
    if (/^\s*\{/.test(head)) {
        if (/"lockfileVersion"\s*:/.test(head) && /"packages"\s*:\s*\{/.test(text) && /\[\s*"[^"]+@/.test(head))
            return 'bun';
        if (/"lockfileVersion"\s*:/.test(head))
            return 'package-lock';
        if (/"_meta"\s*:/.test(head))
            return 'pipfile';
        if (/"content-hash"\s*:/.test(head) || /"packages-dev"\s*:/.test(text))
            return 'composer';
        if (/"dependencies"\s*:\s*\{\s*"(net|\.NET)/i.test(head))
            return 'nuget';
    }
    if (/^# yarn lockfile v1/m.test(head))
        return 'yarn-classic';
    if (/^__metadata:/m.test(head))
        return 'yarn-berry';
    if (/^lockfileVersion:/m.test(head))
        return 'pnpm';
    if (/^module\s+\S+/m.test(head))
        return 'gomod';
    if (/^(GEM|GIT|PATH)\n {2}remote:/m.test(head))
        return 'gemfile';
    if (/^\[\[package\]\]/m.test(head)) {
        if (/^checksum = /m.test(text) || /^source = "registry\+/m.test(text))
            return 'cargo';
        if (/^source = \{/m.test(text))
            return 'uv';
        if (/^\[metadata\][\s\S]*lock_version/m.test(text))
            return 'pdm';
        return 'poetry';
    }
    return undefined;
}
const SUPPORTED_LOCKFILES = 'package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lock, requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, pdm.lock, go.mod, go.sum, Cargo.lock, Gemfile.lock, composer.lock, packages.lock.json';
function requireKind(file, text) {
    const kind = lockfileKind(file, text);
    if (!kind) {
        if (external_node_path_.posix.basename(file) === 'bun.lockb')
            throw new src/* ParseError */.mB(file, 'the binary bun.lockb is not readable: run `bun install --save-text-lockfile` to write bun.lock');
        throw new src/* ParseError */.mB(file, `not a lockfile this reads (it reads ${SUPPORTED_LOCKFILES})`);
    }
    return kind;
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/hashes.ts
const SRI_ALGORITHMS = {
    sha1: 'SHA-1',
    sha256: 'SHA-256',
    sha384: 'SHA-384',
    sha512: 'SHA-512'
};
function base64ToHex(value) {
    return Buffer.from(value, 'base64').toString('hex');
}
/** Subresource Integrity (`sha512-<base64> sha1-<base64>`), as npm, yarn, pnpm and bun write it. */
function hashesFromIntegrity(integrity) {
    if (!integrity)
        return [];
    const hashes = [];
    for (const part of integrity.trim().split(/\s+/)) {
        const match = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)/.exec(part);
        const alg = match ? SRI_ALGORITHMS[match[1]] : undefined;
        if (match && alg)
            hashes.push({ alg, content: base64ToHex(match[2]) });
    }
    return hashes;
}
/** `sha256:<hex>` (pip, poetry, uv, pdm, Pipfile.lock). */
function hashFromPrefixedHex(value) {
    const match = value ? /^(sha1|sha256|sha384|sha512)[:=]([0-9a-fA-F]+)$/.exec(value.trim()) : null;
    const alg = match ? SRI_ALGORITHMS[match[1]] : undefined;
    return match && alg ? { alg, content: match[2].toLowerCase() } : undefined;
}
function uniqueHashes(hashes) {
    const seen = new Set();
    return hashes.filter(h => {
        const key = `${h.alg}:${h.content}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/purl.ts
/** PEP 503: runs of `-`, `_` and `.` become one `-`, lower case. PyPI and OSV compare names this way. */
function pep503Name(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** purl-spec percent-encoding of one segment: everything but unreserved characters (`:` is kept, as the spec allows). */
function encodeSegment(value) {
    return encodeURIComponent(value).replace(/%3A/gi, ':');
}
const PURL_TYPES = {
    npm: 'npm',
    PyPI: 'pypi',
    Go: 'golang',
    'crates.io': 'cargo',
    RubyGems: 'gem',
    Packagist: 'composer',
    NuGet: 'nuget'
};
/** The namespace/name part of a purl as the purl-spec type definitions spell it. */
function purlNamePath(ecosystem, name) {
    switch (ecosystem) {
        case 'npm':
            // pkg:npm/%40scope/name: the scope (with its @) is the namespace
            return name.split('/').map(encodeSegment).join('/');
        case 'PyPI':
            return encodeSegment(pep503Name(name));
        case 'Go':
            // the module path's segments are namespace and name; case is kept
            return name.split('/').map(encodeSegment).join('/');
        case 'Packagist':
            return name.toLowerCase().split('/').map(encodeSegment).join('/');
        default:
            return encodeSegment(name);
    }
}
function packageUrl(ecosystem, name, version, qualifiers = {}) {
    const base = `pkg:${PURL_TYPES[ecosystem]}/${purlNamePath(ecosystem, name)}`;
    const withVersion = version ? `${base}@${encodeSegment(version)}` : base;
    const keys = Object.keys(qualifiers)
        .filter(k => qualifiers[k])
        .sort();
    if (keys.length === 0)
        return withVersion;
    return `${withVersion}?${keys.map(k => `${k}=${encodeSegment(qualifiers[k])}`).join('&')}`;
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/build.ts


/**
 * Turns a parser's raw packages into the shared model: one package per purl (a version installed at several places is
 * one package), direct from the roots, dev when only dev roots reach it (unless the lockfile said), and the shortest
 * dependency path from a direct dependency.
 */
function buildLockfile(draft) {
    const idOfKey = new Map();
    const byId = new Map();
    for (const raw of draft.packages) {
        const purl = packageUrl(draft.ecosystem, raw.name, raw.version, raw.qualifiers);
        idOfKey.set(raw.key, purl);
        const existing = byId.get(purl);
        if (existing) {
            raw.dependencies.forEach(d => existing.depKeys.add(d));
            raw.devDependencies?.forEach(d => existing.devDepKeys.add(d));
            if (raw.dev !== undefined)
                existing.explicitDev.push(raw.dev);
            existing.pkg.hashes = uniqueHashes([...existing.pkg.hashes, ...(raw.hashes ?? [])]);
            continue;
        }
        const pkg = {
            id: purl,
            ecosystem: draft.ecosystem,
            name: raw.name,
            version: raw.version,
            purl,
            direct: false,
            dev: false,
            path: [],
            dependencies: [],
            file: raw.file ?? draft.file,
            ...(raw.line !== undefined ? { line: raw.line } : {}),
            hashes: uniqueHashes(raw.hashes ?? []),
            ...(raw.license ? { license: raw.license, licenseSource: 'lockfile' } : {}),
            ...(raw.resolved ? { resolved: raw.resolved } : {}),
            source: raw.source ?? 'registry',
            ...(raw.extras && raw.extras.length > 0 ? { extras: raw.extras } : {}),
            ...(raw.markers ? { markers: raw.markers } : {})
        };
        byId.set(purl, {
            pkg,
            explicitDev: raw.dev === undefined ? [] : [raw.dev],
            depKeys: new Set(raw.dependencies),
            devDepKeys: new Set(raw.devDependencies)
        });
    }
    const idsOf = (keys, self) => {
        const ids = new Set();
        for (const key of keys) {
            const id = idOfKey.get(key);
            if (id && id !== self)
                ids.add(id);
        }
        return [...ids];
    };
    for (const entry of byId.values()) {
        entry.pkg.dependencies = idsOf(entry.depKeys, entry.pkg.id);
        const devOnly = idsOf(entry.devDepKeys, entry.pkg.id);
        if (devOnly.length > 0)
            entry.pkg.devDependencies = devOnly;
    }
    const roots = resolveRoots(draft.roots, idOfKey, byId);
    // breadth first from the runtime roots, then from the dev roots: the first visit gives the shortest runtime path.
    // A local package's development declarations are no runtime edge: the dev pass starts from them too.
    const parent = new Map();
    const reachedByRuntime = new Set();
    for (const pass of [false, true]) {
        const queue = [];
        for (const root of roots) {
            if (root.dev !== pass)
                continue;
            if (!pass)
                reachedByRuntime.add(root.id);
            if (!parent.has(root.id))
                parent.set(root.id, null);
            queue.push(root.id);
        }
        if (pass) {
            for (const id of reachedByRuntime) {
                for (const dep of byId.get(id)?.pkg.devDependencies ?? []) {
                    if (!parent.has(dep))
                        parent.set(dep, id);
                    queue.push(dep);
                }
            }
        }
        const seen = new Set(queue);
        for (let i = 0; i < queue.length; i++) {
            const id = queue[i];
            const pkg = byId.get(id)?.pkg;
            for (const dep of pkg?.dependencies ?? []) {
                if (seen.has(dep) || (!pass && pkg?.devDependencies?.includes(dep)))
                    continue;
                seen.add(dep);
                if (!pass)
                    reachedByRuntime.add(dep);
                if (!parent.has(dep))
                    parent.set(dep, id);
                queue.push(dep);
            }
        }
    }
    const rootDev = new Map(roots.map(r => [r.id, r.dev]));
    const pathTo = pathFinder(parent, byId);
    for (const { pkg, explicitDev } of byId.values()) {
        pkg.direct = rootDev.has(pkg.id);
        pkg.dev = explicitDev.length > 0 ? explicitDev.every(Boolean) : parent.has(pkg.id) && !reachedByRuntime.has(pkg.id);
        if (rootDev.get(pkg.id) && !pkg.dev)
            pkg.declaredDev = true;
        pkg.path = pathTo(pkg.id);
    }
    return {
        file: draft.file,
        format: draft.format,
        ecosystem: draft.ecosystem,
        ...(draft.root ? { root: draft.root } : {}),
        packages: [...byId.values()].map(e => e.pkg),
        unpinned: draft.unpinned ?? []
    };
}
function resolveRoots(declared, idOfKey, byId) {
    if (declared) {
        const roots = new Map();
        for (const root of declared) {
            const id = idOfKey.get(root.key);
            if (id)
                roots.set(id, (roots.get(id) ?? true) && root.dev);
        }
        return [...roots].map(([id, dev]) => ({ id, dev }));
    }
    const dependedOn = new Set();
    for (const { pkg } of byId.values())
        pkg.dependencies.forEach(d => dependedOn.add(d));
    return [...byId.keys()].filter(id => !dependedOn.has(id)).map(id => ({ id, dev: false }));
}
/** Paths longer than this (a pathological chain) keep their direct dependency, an ellipsis and the nearest names. */
const MAX_PATH_NAMES = 64;
/**
 * The chain of names from the direct dependency that first reaches id (breadth first) down to it. `parent` is a forest
 * (each id has one parent, roots null), so walking up ends; the top of each chain is memoised, so a 50,000-deep
 * chain costs linear time, and the path is cut to MAX_PATH_NAMES.
 */
function pathFinder(parent, byId) {
    const topOf = new Map();
    const top = (id) => {
        const chain = [];
        let at = id;
        while (!topOf.has(at)) {
            chain.push(at);
            const up = parent.get(at);
            if (up === null || up === undefined) {
                topOf.set(at, at);
                break;
            }
            at = up;
        }
        const found = topOf.get(at);
        for (const link of chain)
            topOf.set(link, found);
        return found;
    };
    const nameOf = (id) => byId.get(id)?.pkg.name ?? id;
    return id => {
        const ids = [];
        let at = id;
        while (at && ids.length < MAX_PATH_NAMES - 2) {
            ids.push(at);
            at = parent.get(at);
        }
        const names = ids.reverse().map(nameOf);
        if (!at)
            return names;
        return parent.get(at) ? [nameOf(top(at)), '…', ...names] : [nameOf(at), ...names];
    };
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/jsonc.ts
/** JSON with comments and trailing commas (bun.lock): strips both outside strings, then JSON.parse. */
function parseJsonc(text) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            out += text.slice(i, j + 1);
            i = j;
        }
        else if (c === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n')
                i++;
            out += '\n';
        }
        else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end === -1 ? text.length : end + 1;
        }
        else if (c === ',') {
            let j = i + 1;
            while (j < text.length && /\s/.test(text[j]))
                j++;
            if (text[j] !== '}' && text[j] !== ']')
                out += c;
        }
        else {
            out += c;
        }
    }
    return JSON.parse(out);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/lockfiles/src/licenses/node-modules.ts



/**
 * The declared licenses of the packages installed under `<dir>/node_modules`, keyed `name@version` by the name in
 * each package.json (so an alias folder still finds the real package). Nested node_modules are walked; linked
 * folders (workspaces) are read but not entered. pnpm's store (`node_modules/.pnpm/<id>/node_modules/<name>`) is read
 * too: pnpm links only the direct dependencies at the top, the rest live there.
 */
function readNodeModulesLicenses(dir) {
    const licenses = new Map();
    walk((0,external_node_path_.join)(dir, 'node_modules'), licenses, 0);
    const store = (0,external_node_path_.join)(dir, 'node_modules', '.pnpm');
    for (const id of (0,src/* listFolder */.bt)(store).sort())
        walk((0,external_node_path_.join)(store, id, 'node_modules'), licenses, 1);
    return licenses;
}
function walk(nodeModules, licenses, depth) {
    if (depth > 32)
        return;
    for (const entry of (0,src/* listFolder */.bt)(nodeModules).sort()) {
        if (entry.startsWith('.'))
            continue;
        const path = (0,external_node_path_.join)(nodeModules, entry);
        if (entry.startsWith('@')) {
            for (const name of (0,src/* listFolder */.bt)(path).sort())
                visitPackage((0,external_node_path_.join)(path, name), licenses, depth);
        }
        else {
            visitPackage(path, licenses, depth);
        }
    }
}
function visitPackage(path, licenses, depth) {
    const manifest = readManifest((0,external_node_path_.join)(path, 'package.json'));
    if (manifest) {
        const license = declaredLicense(manifest);
        const key = `${manifest.name}@${manifest.version}`;
        if (license && typeof manifest.name === 'string' && !licenses.has(key))
            licenses.set(key, license);
    }
    let linked = false;
    try {
        linked = (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return;
    }
    if (!linked && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, 'node_modules')))
        walk((0,external_node_path_.join)(path, 'node_modules'), licenses, depth + 1);
}
function readManifest(file) {
    try {
        const value = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** `license: "MIT"`, the old `license: {type}` and `licenses: [{type}]` (several mean a choice, hence OR). */
function declaredLicense(manifest) {
    const typeOf = (value) => typeof value === 'string'
        ? value
        : value && typeof value === 'object'
            ? typeOfObject(value)
            : undefined;
    const single = typeOf(manifest.license);
    if (single?.trim())
        return single.trim();
    if (Array.isArray(manifest.licenses)) {
        const types = manifest.licenses.map(typeOf).filter((t) => Boolean(t?.trim()));
        if (types.length === 1)
            return types[0];
        if (types.length > 1)
            return `(${types.join(' OR ')})`;
    }
    return undefined;
}
function typeOfObject(value) {
    return typeof value.type === 'string' ? value.type : undefined;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/lockfiles/src/manifests.ts


/** A JSON file beside the lockfile (a manifest), or undefined when it is missing or unreadable. */
function readJson(options, file) {
    const text = options.readRelative?.(file);
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function readToml(options, file) {
    const text = options.readRelative?.(file);
    if (text === undefined)
        return undefined;
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch {
        return undefined;
    }
}
const keysOf = (value) => value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
/** package.json (or composer.json) beside the lockfile: runtime and dev declarations. */
function declaredInPackageJson(options, file = 'package.json', fields = { runtime: ['dependencies', 'optionalDependencies', 'peerDependencies'], dev: ['devDependencies'] }) {
    const manifest = readJson(options, file);
    if (!manifest)
        return undefined;
    const declared = new Map();
    for (const field of fields.dev)
        for (const name of keysOf(manifest[field]))
            declared.set(name, true);
    for (const field of fields.runtime)
        for (const name of keysOf(manifest[field]))
            declared.set(name, false);
    return [...declared].map(([name, dev]) => ({ name, dev }));
}
function declaredInComposerJson(options) {
    return declaredInPackageJson(options, 'composer.json', { runtime: ['require'], dev: ['require-dev'] })?.filter(d => d.name.includes('/'));
}
/** PEP 508 requirement → its distribution name. */
function requirementName(requirement) {
    return /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1];
}
/** pyproject.toml: PEP 621 dependencies, PEP 735 dependency groups, poetry's and pdm's own tables. PEP 503 names. */
function declaredInPyproject(options) {
    const pyproject = readToml(options, 'pyproject.toml');
    if (!pyproject)
        return undefined;
    const declared = new Map();
    const add = (name, dev) => {
        if (!name || name.toLowerCase() === 'python')
            return;
        const key = pep503Name(name);
        declared.set(key, (declared.get(key) ?? true) && dev);
    };
    const project = (pyproject.project ?? {});
    for (const req of project.dependencies ?? [])
        add(requirementName(req), false);
    for (const reqs of Object.values((project['optional-dependencies'] ?? {})))
        for (const req of reqs)
            add(requirementName(req), false);
    for (const reqs of Object.values((pyproject['dependency-groups'] ?? {})))
        for (const req of reqs)
            if (typeof req === 'string')
                add(requirementName(req), true);
    const tool = (pyproject.tool ?? {});
    const poetry = tool.poetry ?? {};
    for (const name of keysOf(poetry.dependencies))
        add(name, false);
    for (const name of keysOf(poetry['dev-dependencies']))
        add(name, true);
    for (const [group, table] of Object.entries((poetry.group ?? {})))
        for (const name of keysOf(table.dependencies))
            add(name, group !== 'main');
    for (const reqs of Object.values((tool.pdm?.['dev-dependencies'] ?? {})))
        for (const req of reqs)
            add(requirementName(req), true);
    return [...declared].map(([name, dev]) => ({ name, dev }));
}
/** Pipfile: `[packages]` and `[dev-packages]`. */
function declaredInPipfile(options) {
    const pipfile = readToml(options, 'Pipfile');
    if (!pipfile)
        return undefined;
    return [
        ...keysOf(pipfile.packages).map(name => ({ name: pep503Name(name), dev: false })),
        ...keysOf(pipfile['dev-packages']).map(name => ({ name: pep503Name(name), dev: true }))
    ];
}
/** Declared names mapped to package keys by the caller's lookup; names the lockfile lacks are dropped. */
function rootsFrom(declared, keyOf) {
    if (!declared)
        return undefined;
    const roots = [];
    for (const d of declared) {
        const key = keyOf(d.name);
        if (key)
            roots.push({ key, dev: d.dev });
    }
    return roots;
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/text-lines.ts
/** Offsets of line starts, for turning a match's offset into a 1-based line number cheaply. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineAt(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    }
    /** The line of the first occurrence of needle at or after from, or undefined. */
    find(needle, from = 0) {
        const offset = this.text.indexOf(needle, from);
        return offset === -1 ? undefined : this.lineAt(offset);
    }
}
/**
 * The object keys of pretty-printed JSON (npm, composer and NuGet indent by 2 or 4 spaces) as a tree: each key whose
 * value is an object or array is a node, with the line where that value opens. Keys deeper than maxDepth are left out.
 * Minified JSON gives an empty tree; the callers then omit the line. Nodes are numbers, so a deeply nested file (a
 * 50,000-level npm v1 lockfile) costs memory in proportion to its lines, not to the sum of its key paths.
 */
class JsonKeyTree {
    static ROOT = 0;
    nodes = new Map();
    constructor(text, maxDepth = Infinity) {
        const indents = [];
        const stack = [];
        const pattern = /^( *)"((?:[^"\\]|\\.)*)":\s*[{[]/;
        let lineNumber = 0;
        let next = JsonKeyTree.ROOT + 1;
        for (let start = 0; start < text.length;) {
            let end = text.indexOf('\n', start);
            if (end === -1)
                end = text.length;
            lineNumber++;
            const match = pattern.exec(text.slice(start, end));
            start = end + 1;
            if (!match)
                continue;
            const indent = match[1].length;
            while (indents.length > 0 && indents[indents.length - 1] >= indent) {
                indents.pop();
                stack.pop();
            }
            const raw = match[2];
            const key = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
            const parent = stack.length === 0 ? JsonKeyTree.ROOT : stack[stack.length - 1];
            const node = stack.length < maxDepth && parent !== -1 ? next++ : -1;
            if (node !== -1)
                this.nodes.set(`${parent}\u0000${key}`, { node, line: lineNumber });
            indents.push(indent);
            stack.push(node);
        }
    }
    /** The node of key under parent, with the line where its value opens. */
    child(parent, key) {
        return this.nodes.get(`${parent}\u0000${key}`);
    }
    /** The line where the value at this key path opens. */
    line(...keys) {
        let at = { node: JsonKeyTree.ROOT, line: 0 };
        for (const key of keys) {
            at = this.child(at.node, key);
            if (!at)
                return undefined;
        }
        return keys.length > 0 ? at.line : undefined;
    }
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/npm-source.ts
/** Where an npm-family `resolved` points: a registry tarball (`/-/name-1.0.0.tgz`), git, a plain URL or a file. */
function npmSource(resolved) {
    if (!resolved)
        return 'registry';
    if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(resolved))
        return 'git';
    if (/^(file:|link:)/.test(resolved))
        return 'file';
    if (/^https?:\/\//.test(resolved))
        return /\/-\/[^/]+\.tgz(#.*)?$/.test(resolved) ? 'registry' : 'url';
    return 'file';
}
/** `@scope/name@range` → name and range (the first @ after position 0 splits them). */
function splitSpecifier(specifier) {
    const at = specifier.indexOf('@', 1);
    return at === -1 ? { name: specifier, range: '' } : { name: specifier.slice(0, at), range: specifier.slice(at + 1) };
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/bun.ts








/** The node_modules-like lookup of bun's package keys: `a/b` depends on c → `a/b/c`, `a/c`, `c`. */
function resolveKey(from, name, exists) {
    let base = from;
    for (;;) {
        const candidate = base ? `${base}/${name}` : name;
        if (exists(candidate))
            return candidate;
        if (!base)
            return undefined;
        const parent = splitParent(base);
        base = parent;
    }
}
/** `@s/a/b` → `@s/a`; `a/@s/b` → `a`; `a` → ``. */
function splitParent(key) {
    const parts = key.split('/');
    const names = [];
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        names.push(part.startsWith('@') ? `${part}/${parts[++i] ?? ''}` : part);
    }
    return names.slice(0, -1).join('/');
}
/** bun's text lockfile `bun.lock` (JSONC). The binary bun.lockb is not read: `bun install --save-text-lockfile`. */
function parseBunLock(file, text, options = {}) {
    let lock;
    try {
        lock = parseJsonc(text);
    }
    catch (error) {
        throw new src/* ParseError */.mB(file, `not valid JSON with trailing commas (${error.message})`);
    }
    if (!lock || typeof lock !== 'object' || typeof lock.lockfileVersion !== 'number' || !lock.packages) {
        throw new src/* ParseError */.mB(file, 'no lockfileVersion or packages: not a bun.lock');
    }
    const entries = lock.packages;
    const exists = (key) => key in entries;
    const lines = new JsonKeyTree(text, 2);
    const packages = [];
    for (const [key, entry] of Object.entries(entries)) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string')
            throw new src/* ParseError */.mB(file, `package "${key}" is not an array`);
        const { name, range: version } = splitSpecifier(entry[0]);
        if (version.startsWith('workspace:'))
            continue;
        // registry packages: [id, registry, info, integrity]; git and tarball ones: [id, info, ...]
        const info = (entry.find(e => e && typeof e === 'object' && !Array.isArray(e)) ?? {});
        const integrity = entry.find(e => typeof e === 'string' && /^sha\d+-/.test(e));
        const source = /^(github:|git\+|git:)/.test(version)
            ? 'git'
            : /^https?:/.test(version)
                ? 'url'
                : /^(file:|link:)/.test(version)
                    ? 'file'
                    : 'registry';
        packages.push({
            key,
            name,
            version: source === 'registry' ? version : version.replace(/^.*#/, ''),
            dependencies: [
                ...Object.keys(info.dependencies ?? {}),
                ...Object.keys(info.optionalDependencies ?? {}),
                ...Object.keys(info.peerDependencies ?? {})
            ]
                .map(dep => resolveKey(key, dep, exists))
                .filter((k) => k !== undefined),
            line: lines.line('packages', key),
            hashes: hashesFromIntegrity(integrity),
            resolved: typeof entry[1] === 'string' && entry[1] ? entry[1] : undefined,
            source
        });
    }
    // the project (workspace "") declares the direct dependencies; a member is a local package the project depends on,
    // keyed as the packages that depend on it find it (`"@mono/web": ["@mono/web@workspace:packages/web"]`)
    const memberKeys = new Map();
    for (const [key, entry] of Object.entries(entries)) {
        const range = Array.isArray(entry) && typeof entry[0] === 'string' ? splitSpecifier(entry[0]).range : '';
        if (range.startsWith('workspace:'))
            memberKeys.set(range.slice('workspace:'.length), key);
    }
    const roots = [];
    for (const [path, workspace] of Object.entries(lock.workspaces ?? {})) {
        const from = path === '' ? '' : (memberKeys.get(path) ?? `workspace:${path}`);
        const declared = [];
        for (const [field, dev] of [
            ['dependencies', false],
            ['optionalDependencies', false],
            ['peerDependencies', false],
            ['devDependencies', true]
        ]) {
            for (const name of Object.keys(workspace[field] ?? {})) {
                const key = resolveKey(from, name, exists);
                if (key)
                    declared.push({ key, dev });
            }
        }
        if (path === '') {
            roots.push(...declared);
            continue;
        }
        packages.push({
            key: from,
            name: workspace.name ?? path.split('/').pop() ?? path,
            version: workspace.version ?? '',
            dependencies: declared.map(d => d.key),
            devDependencies: declared.filter(d => d.dev).map(d => d.key),
            line: lines.line('workspaces', path),
            hashes: [],
            license: declaredLicense(readJson(options, `${path}/package.json`) ?? {}),
            source: 'workspace'
        });
        roots.push({ key: from, dev: false });
    }
    const rootWorkspace = lock.workspaces?.[''];
    return buildLockfile({
        file,
        format: 'bun',
        ecosystem: 'npm',
        root: rootWorkspace?.name
            ? { name: rootWorkspace.name, ...(rootWorkspace.version ? { version: rootWorkspace.version } : {}) }
            : undefined,
        packages,
        roots
    });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/toml-lock.ts


/** Parses a TOML lockfile, turning a syntax error into a one-line ParseError with the line. */
function parseTomlLock(file, text) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const line = error.line;
        const message = error.message.split('\n')[0];
        throw new src/* ParseError */.mB(file, `not valid TOML (${message.replace(/^Invalid TOML document: /, '')})`, line);
    }
}
/** Lines of each `[[package]]` table's `name = "…"` (and `version = "…"` just after), in order. */
function packageTableLines(text) {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (!/^\[\[package\]\]\s*$/.test(lines[i]))
            continue;
        let name;
        let version;
        for (let j = i + 1; j < lines.length && j < i + 12 && !lines[j].startsWith('['); j++) {
            const match = /^(name|version)\s*=\s*"([^"]*)"/.exec(lines[j]);
            if (match?.[1] === 'name')
                name = match[2];
            if (match?.[1] === 'version')
                version = match[2];
        }
        if (name !== undefined)
            out.push({ name, version, line: i + 1 });
    }
    return out;
}
function lineFinder(text) {
    const tables = packageTableLines(text);
    const index = new Map();
    for (const t of tables) {
        if (!index.has(t.name))
            index.set(t.name, t.line);
        index.set(`${t.name}@${t.version}`, t.line);
    }
    return (name, version) => index.get(`${name}@${version}`) ?? index.get(name);
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/cargo.ts



/** Cargo.lock v1–v4: packages without `source` are the workspace's own crates, whose dependencies are direct. */
function parseCargoLock(file, text) {
    const doc = parseTomlLock(file, text);
    const list = doc.package;
    if (!Array.isArray(list))
        throw new src/* ParseError */.mB(file, 'no [[package]] tables: not a Cargo.lock');
    const lineOf = lineFinder(text);
    const versionsOf = new Map();
    for (const p of list)
        versionsOf.set(p.name, [...(versionsOf.get(p.name) ?? []), p.version]);
    // `name`, `name version` or `name version (source)`: the version is only written when several are locked
    const keyOf = (reference) => {
        const [name, version] = reference.split(' ');
        const versions = versionsOf.get(name);
        if (!versions)
            return undefined;
        return `${name}@${version ?? versions[0]}`;
    };
    // v1 kept checksums in [metadata]: "checksum name version (source)" = "hex"
    const metadata = (doc.metadata ?? {});
    const packages = [];
    const roots = [];
    for (const p of list) {
        const dependencies = (p.dependencies ?? []).map(keyOf).filter((k) => k !== undefined);
        if (!p.source) {
            for (const key of dependencies)
                roots.push({ key, dev: false });
            continue;
        }
        const checksum = p.checksum ?? metadata[`checksum ${p.name} ${p.version} (${p.source})`];
        packages.push({
            key: `${p.name}@${p.version}`,
            name: p.name,
            version: p.version,
            dependencies,
            line: lineOf(p.name, p.version),
            hashes: checksum && /^[0-9a-f]{64}$/.test(checksum) ? [{ alg: 'SHA-256', content: checksum }] : [],
            resolved: p.source,
            source: p.source.startsWith('git+') ? 'git' : p.source.startsWith('path+') ? 'file' : 'registry'
        });
    }
    const workspace = list.filter(p => !p.source);
    return buildLockfile({
        file,
        format: 'cargo',
        ecosystem: 'crates.io',
        root: workspace.length === 1 ? { name: workspace[0].name, version: workspace[0].version } : undefined,
        packages,
        roots: workspace.length > 0 ? roots : undefined
    });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/composer.ts




/** composer.lock: `packages` (runtime) and `packages-dev`; composer.json beside it names the direct ones. */
function parseComposerLock(file, text, options = {}) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ParseError */.mB(file, `not valid JSON (${error.message})`);
    }
    if (!doc || !Array.isArray(doc.packages))
        throw new src/* ParseError */.mB(file, 'no packages array: not a composer.lock');
    const index = new LineIndex(text);
    let searchFrom = 0;
    const packages = [];
    for (const [list, dev] of [
        [doc.packages, false],
        [doc['packages-dev'] ?? [], true]
    ]) {
        for (const p of list) {
            // packages appear in order, so each name is searched after the previous one
            const at = text.indexOf(`"name": ${JSON.stringify(p.name)}`, searchFrom);
            if (at !== -1)
                searchFrom = at;
            packages.push({
                key: p.name.toLowerCase(),
                name: p.name,
                version: p.version,
                // platform requirements (php, ext-json) are not packages
                dependencies: Object.keys(p.require ?? {})
                    .filter(n => n.includes('/'))
                    .map(n => n.toLowerCase()),
                line: at === -1 ? undefined : index.lineAt(at),
                hashes: p.dist?.shasum && /^[0-9a-f]{40}$/.test(p.dist.shasum) ? [{ alg: 'SHA-1', content: p.dist.shasum }] : [],
                license: p.license && p.license.length > 0
                    ? p.license.length === 1
                        ? p.license[0]
                        : `(${p.license.join(' OR ')})`
                    : undefined,
                resolved: p.dist?.url ?? p.source?.url,
                source: p.dist?.type === 'path' ? 'file' : !p.dist && p.source?.type === 'git' ? 'git' : 'registry',
                dev
            });
        }
    }
    const keys = new Set(packages.map(p => p.key));
    const roots = rootsFrom(declaredInComposerJson(options), name => keys.has(name.toLowerCase()) ? name.toLowerCase() : undefined);
    return buildLockfile({ file, format: 'composer', ecosystem: 'Packagist', packages, roots });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/gemfile.ts


/** `nokogiri (1.15.4-x86_64-linux)` → version and platform (gem versions use dots, so the first dash starts it). */
function splitGemVersion(value) {
    const dash = value.indexOf('-');
    return dash === -1 ? { version: value } : { version: value.slice(0, dash), platform: value.slice(dash + 1) };
}
/** Gemfile.lock (and gems.locked): GEM/GIT/PATH sections with `specs:`, DEPENDENCIES, CHECKSUMS. */
function parseGemfileLock(file, text) {
    const lines = text.split(/\r?\n/);
    if (!lines.some(l => /^(GEM|GIT|PATH|DEPENDENCIES)\s*$/.test(l)))
        throw new src/* ParseError */.mB(file, 'no GEM or DEPENDENCIES section: not a Gemfile.lock');
    const packages = [];
    const declared = [];
    const checksums = new Map();
    let section = '';
    let sourceKind = 'registry';
    let remote;
    let current;
    const pendingDeps = new Map();
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\S/.test(line)) {
            section = line.trim();
            sourceKind = section === 'GIT' ? 'git' : section === 'PATH' ? 'file' : 'registry';
            current = undefined;
            continue;
        }
        const remoteMatch = /^ {2}remote: (.+)$/.exec(line);
        if (remoteMatch)
            remote = remoteMatch[1];
        if (['GEM', 'GIT', 'PATH'].includes(section)) {
            const spec = /^ {4}(\S+) \(([^)]+)\)\s*$/.exec(line);
            if (spec) {
                const { version, platform } = splitGemVersion(spec[2]);
                current = {
                    key: `${spec[1]}@${spec[2]}`,
                    name: spec[1],
                    version,
                    dependencies: [],
                    line: i + 1,
                    resolved: remote,
                    source: sourceKind,
                    ...(platform && platform !== 'ruby' ? { qualifiers: { platform } } : {})
                };
                packages.push(current);
                pendingDeps.set(current, []);
                continue;
            }
            const dep = /^ {6}(\S+)/.exec(line);
            if (dep && current)
                pendingDeps.get(current)?.push(dep[1]);
        }
        else if (section === 'DEPENDENCIES') {
            const dep = /^ {2}(\S+?)!?(\s|$)/.exec(line);
            if (dep)
                declared.push(dep[1]);
        }
        else if (section === 'CHECKSUMS') {
            const sum = /^ {2}(\S+) \(([^)]+)\) sha256=([0-9a-f]{64})/.exec(line);
            if (sum)
                checksums.set(`${sum[1]}@${sum[2]}`, { alg: 'SHA-256', content: sum[3] });
        }
    }
    // a gem locked for several platforms is one package per platform; a dependency names the gem, not the platform
    const keysOfName = new Map();
    for (const p of packages)
        keysOfName.set(p.name, [...(keysOfName.get(p.name) ?? []), p.key]);
    for (const [pkg, deps] of pendingDeps) {
        pkg.dependencies = deps.flatMap(d => keysOfName.get(d) ?? []);
        const sum = checksums.get(pkg.key);
        if (sum)
            pkg.hashes = [sum];
    }
    const roots = declared.flatMap(name => (keysOfName.get(name) ?? []).map(key => ({ key, dev: false })));
    return buildLockfile({ file, format: 'gemfile', ecosystem: 'RubyGems', packages, roots });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/go-mod.ts



/** go.sum `h1:` hashes (SHA-256 over the module's file list, base64) by `path@version`. */
function goSumHashes(text) {
    const hashes = new Map();
    for (const line of text.split('\n')) {
        const match = /^(\S+)\s+(\S+?)\s+h1:([A-Za-z0-9+/=]+)\s*$/.exec(line);
        if (match && !match[2].endsWith('/go.mod')) {
            hashes.set(`${match[1]}@${match[2]}`, { alg: 'SHA-256', content: base64ToHex(match[3]) });
        }
    }
    return hashes;
}
const unquote = (s) => (s.startsWith('"') || s.startsWith('`') ? s.slice(1, -1) : s);
/**
 * go.mod: since Go 1.17 it lists every module the build needs (`// indirect` marks the transitive ones). `replace`
 * swaps the module actually used; a replacement by a local folder is not a released version.
 */
function parseGoMod(file, text, options = {}) {
    let moduleName;
    const requires = [];
    const replaces = new Map();
    let block;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const indirect = /\/\/\s*indirect\b/.test(raw);
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (!line)
            continue;
        if (block) {
            if (line === ')') {
                block = undefined;
                continue;
            }
            handle(block, line, indirect, i + 1);
            continue;
        }
        const open = /^(\w+)\s*\($/.exec(line);
        if (open) {
            block = open[1];
            continue;
        }
        const directive = /^(\w+)\s+(.*)$/.exec(line);
        if (!directive)
            throw new src/* ParseError */.mB(file, `cannot read "${line.slice(0, 60)}"`, i + 1);
        if (directive[1] === 'module')
            moduleName = unquote(directive[2].trim());
        else
            handle(directive[1], directive[2], indirect, i + 1);
    }
    if (block)
        throw new src/* ParseError */.mB(file, `the ${block} ( block is never closed`);
    if (!moduleName && requires.length === 0)
        throw new src/* ParseError */.mB(file, 'no module directive: not a go.mod');
    function handle(kind, args, indirect, line) {
        const parts = args.trim().split(/\s+/).map(unquote);
        if (kind === 'require') {
            if (parts.length < 2)
                throw new src/* ParseError */.mB(file, `require needs a module path and a version, got "${args.trim()}"`, line);
            requires.push({ path: parts[0], version: parts[1], indirect, line });
        }
        else if (kind === 'replace') {
            const arrow = parts.indexOf('=>');
            if (arrow === -1)
                throw new src/* ParseError */.mB(file, 'replace without =>', line);
            const from = parts[0];
            const fromVersion = arrow === 2 ? parts[1] : undefined;
            replaces.set(fromVersion ? `${from}@${fromVersion}` : from, {
                path: parts[arrow + 1],
                version: parts[arrow + 2] ?? ''
            });
        }
    }
    const sumText = options.readRelative?.('go.sum');
    const sums = sumText ? goSumHashes(sumText) : new Map();
    const packages = [];
    const unpinned = [];
    const roots = [];
    for (const req of requires) {
        const replacement = replaces.get(`${req.path}@${req.version}`) ?? replaces.get(req.path);
        if (replacement && !replacement.version) {
            unpinned.push({
                name: req.path,
                spec: `=> ${replacement.path}`,
                file,
                line: req.line,
                reason: 'replaced by a local folder, not a released version'
            });
            continue;
        }
        const path = replacement?.path ?? req.path;
        const version = replacement?.version || req.version;
        const hash = sums.get(`${path}@${version}`);
        packages.push({
            key: `${path}@${version}`,
            name: path,
            version,
            dependencies: [],
            line: req.line,
            hashes: hash ? [hash] : []
        });
        if (!req.indirect)
            roots.push({ key: `${path}@${version}`, dev: false });
    }
    return buildLockfile({
        file,
        format: 'gomod',
        ecosystem: 'Go',
        root: moduleName ? { name: moduleName } : undefined,
        packages,
        roots,
        unpinned
    });
}
/** go.sum alone (no go.mod beside it): every module with a content hash, none known to be direct. */
function parseGoSum(file, text) {
    const sums = goSumHashes(text);
    if (sums.size === 0 && text.trim() !== '')
        throw new src/* ParseError */.mB(file, 'no "module version h1:hash" lines: not a go.sum');
    const lineOf = new Map();
    text.split('\n').forEach((line, i) => {
        const m = /^(\S+)\s+(\S+?)\s/.exec(line);
        if (m && !lineOf.has(`${m[1]}@${m[2]}`))
            lineOf.set(`${m[1]}@${m[2]}`, i + 1);
    });
    const packages = [...sums].map(([key, hash]) => {
        const at = key.lastIndexOf('@');
        return {
            key,
            name: key.slice(0, at),
            version: key.slice(at + 1),
            dependencies: [],
            line: lineOf.get(key),
            hashes: [hash]
        };
    });
    return buildLockfile({ file, format: 'gosum', ecosystem: 'Go', packages, roots: [] });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/nuget.ts




/** NuGet packages.lock.json: per target framework, `Direct`/`Transitive` packages with a SHA-512 `contentHash`. */
function parseNugetLock(file, text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ParseError */.mB(file, `not valid JSON (${error.message})`);
    }
    if (!doc || typeof doc.version !== 'number' || !doc.dependencies)
        throw new src/* ParseError */.mB(file, 'no version or dependencies: not a NuGet packages.lock.json');
    const lines = new JsonKeyTree(text, 3);
    const packages = [];
    const roots = [];
    for (const [framework, entries] of Object.entries(doc.dependencies)) {
        // NuGet ids are case-insensitive
        const byLowerName = new Map(Object.entries(entries).map(([n, e]) => [n.toLowerCase(), e]));
        const keyOf = (name) => {
            const entry = byLowerName.get(name.toLowerCase());
            return entry && entry.type !== 'Project' ? `${name.toLowerCase()}@${entry.resolved}` : undefined;
        };
        for (const [name, entry] of Object.entries(entries)) {
            if (entry.type === 'Project' || !entry.resolved)
                continue;
            const key = `${name.toLowerCase()}@${entry.resolved}`;
            packages.push({
                key,
                name,
                version: entry.resolved,
                dependencies: Object.keys(entry.dependencies ?? {})
                    .map(keyOf)
                    .filter((k) => k !== undefined),
                line: lines.line('dependencies', framework, name),
                hashes: entry.contentHash ? [{ alg: 'SHA-512', content: base64ToHex(entry.contentHash) }] : []
            });
            if (entry.type === 'Direct')
                roots.push({ key, dev: false });
        }
    }
    return buildLockfile({ file, format: 'nuget', ecosystem: 'NuGet', packages, roots });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/lockfiles/src/discover.ts




/** Folders that hold installed or vendored copies, never the project's own lockfiles. */
const SKIPPED_FOLDERS = new Set([
    'node_modules',
    '.git',
    '.hg',
    '.svn',
    'vendor',
    'bower_components',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    '__pycache__',
    'site-packages',
    '.yarn',
    '.pnpm-store',
    '.mypy_cache',
    '.pytest_cache'
]);
function globToRegExp(glob) {
    let source = '';
    const g = glob.replace(/^\.\//, '').replace(/\/$/, '');
    for (let i = 0; i < g.length; i++) {
        const c = g[i];
        if (c === '*' && g[i + 1] === '*') {
            source += g[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += g[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}(?:/.*)?$`);
}
/**
 * The lockfiles under root, as sorted paths relative to root (forward slashes). Skips installed and vendored copies
 * (node_modules, virtualenvs: any folder with a pyvenv.cfg, vendor, .git). Where npm would read npm-shrinkwrap.json, the
 * package-lock.json beside it is left out; go.sum is only listed where there is no go.mod beside it (go.mod reads it).
 */
async function discoverLockfiles(root, options = {}) {
    const excluded = (options.exclude ?? []).map(globToRegExp);
    const isExcluded = (rel) => excluded.some(re => re.test(rel));
    const found = [];
    const walk = async (dir, rel) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        const names = new Set(entries.map(e => e.name));
        if (names.has('pyvenv.cfg'))
            return;
        for (const entry of entries) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            if (isExcluded(childRel))
                continue;
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name))
                    await walk((0,external_node_path_.join)(dir, entry.name), childRel);
                continue;
            }
            if (!entry.isFile() || !lockfileKind(childRel))
                continue;
            if (entry.name === 'package-lock.json' && names.has('npm-shrinkwrap.json'))
                continue;
            if (entry.name === 'go.sum' && names.has('go.mod'))
                continue;
            found.push(childRel);
        }
    };
    if ((0,external_node_fs_.existsSync)(root))
        await walk(root, '');
    return found.sort();
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/package-lock.ts







/** npm's package-lock.json and npm-shrinkwrap.json: v1 (nested `dependencies`), v2 and v3 (flat `packages`). */
function parsePackageLock(file, text, options = {}) {
    let lock;
    try {
        lock = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ParseError */.mB(file, `not valid JSON (${error.message})`);
    }
    if (!lock || typeof lock !== 'object' || typeof lock.lockfileVersion !== 'number') {
        throw new src/* ParseError */.mB(file, 'no lockfileVersion: not an npm lockfile');
    }
    const root = lock.name ? { name: lock.name, ...(lock.version ? { version: lock.version } : {}) } : undefined;
    const format = `package-lock@${lock.lockfileVersion}`;
    if (lock.packages && lock.lockfileVersion >= 2)
        return parseFlat(file, text, lock.packages, format, root);
    if (lock.dependencies)
        return parseNested(file, text, lock.dependencies, format, root, options);
    return buildLockfile({ file, format, ecosystem: 'npm', root, packages: [], roots: [] });
}
/** The node_modules folder lookup: `a/node_modules/b` looks for c in `a/node_modules/b/node_modules/c`, then upwards. */
function resolveLocation(from, name, exists) {
    let base = from;
    for (;;) {
        const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
        if (exists(candidate))
            return candidate;
        if (!base)
            return undefined;
        const cut = base.lastIndexOf('/node_modules/');
        base = cut === -1 ? '' : base.slice(0, cut);
    }
}
function nameFromLocation(location) {
    return location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
}
/** The names an entry depends on at run time (devDependencies are read apart). */
function dependencyNames(entry) {
    return [entry.dependencies, entry.optionalDependencies, entry.peerDependencies].flatMap(map => Object.keys(map ?? {}));
}
/**
 * v2/v3: installed packages under `node_modules/`, plus the project's own folders (workspace members, `file:` folder
 * dependencies), which npm links from `node_modules/<name>` and records under their folder path with their manifest's
 * dependencies. The project's direct dependencies are what the root entry declares, and its workspace members; each
 * member depends on what its own manifest declares, so the graph reads project → member → its dependencies.
 */
function parseFlat(file, text, entries, format, root) {
    const lines = new JsonKeyTree(text, 2);
    const locations = new Set(Object.keys(entries));
    const exists = (location) => locations.has(location);
    // a workspace member or folder dependency is linked from node_modules/<name> to its folder entry
    const links = new Map();
    for (const [location, entry] of Object.entries(entries)) {
        if (entry.link && entry.resolved !== undefined)
            links.set(entry.resolved, { name: nameFromLocation(location), dev: Boolean(entry.dev) });
    }
    const linkTarget = (location) => {
        const entry = entries[location];
        return entry?.link && entry.resolved !== undefined ? entry.resolved : location;
    };
    const resolveAll = (from, names) => names.flatMap(name => {
        const found = resolveLocation(from, name, exists);
        return found ? [linkTarget(found)] : [];
    });
    const workspaceGlobs = (Array.isArray(entries['']?.workspaces) ? entries[''].workspaces : []).map(globToRegExp);
    const packages = [];
    for (const [location, entry] of Object.entries(entries)) {
        if (location === '' || entry.link)
            continue;
        if (location.includes('node_modules/')) {
            packages.push({
                key: location,
                name: entry.name ?? nameFromLocation(location),
                version: entry.version ?? '',
                dependencies: resolveAll(location, dependencyNames(entry)),
                line: lines.line('packages', location),
                hashes: hashesFromIntegrity(entry.integrity),
                license: entry.license,
                resolved: entry.resolved,
                source: npmSource(entry.resolved),
                dev: Boolean(entry.dev)
            });
            continue;
        }
        const runtime = resolveAll(location, dependencyNames(entry));
        const devOnly = resolveAll(location, Object.keys(entry.devDependencies ?? {})).filter(d => !runtime.includes(d));
        packages.push({
            key: location,
            name: entry.name ?? links.get(location)?.name ?? location.split('/').pop() ?? location,
            version: entry.version ?? '',
            dependencies: [...runtime, ...devOnly],
            devDependencies: devOnly,
            line: lines.line('packages', location),
            hashes: [],
            license: entry.license,
            source: workspaceGlobs.some(glob => glob.test(location)) ? 'workspace' : 'file',
            dev: links.get(location)?.dev ?? false
        });
    }
    const rootEntry = entries[''] ?? {};
    const roots = [
        ...resolveAll('', dependencyNames(rootEntry)).map(key => ({ key, dev: false })),
        ...resolveAll('', Object.keys(rootEntry.devDependencies ?? {})).map(key => ({ key, dev: true })),
        // the root entry names its workspace members only through its `workspaces` globs
        ...packages.filter(p => p.source === 'workspace').map(p => ({ key: p.key, dev: false }))
    ];
    return buildLockfile({ file, format, ecosystem: 'npm', root, packages, roots });
}
/**
 * v1: nested `dependencies`. Walked with an explicit stack (a chain of 50,000 nested packages must not exhaust the call
 * stack) into a tree of install locations; a package's dependency is found as node does: in its own nested folder,
 * then in each enclosing one.
 */
function parseNested(file, text, top, format, root, options) {
    const lines = new JsonKeyTree(text);
    const project = { key: '', name: '', entry: { version: '' }, children: new Map() };
    const nodes = [];
    const childrenOf = (deps, parent, keyNode) => deps && typeof deps === 'object'
        ? Object.entries(deps).map(([name, entry]) => ({ name, entry, parent, keyNode }))
        : [];
    // depth first, in file order: the stack holds the rest of each level reversed
    const stack = childrenOf(top, project, lines.child(JsonKeyTree.ROOT, 'dependencies')?.node).reverse();
    while (stack.length > 0) {
        const { name, entry, parent, keyNode } = stack.pop();
        if (!entry || typeof entry !== 'object')
            throw new src/* ParseError */.mB(file, `dependency "${name}" is not an object`);
        const at = keyNode === undefined ? undefined : lines.child(keyNode, name);
        const node = { key: String(nodes.length), name, entry, parent, children: new Map(), line: at?.line };
        parent.children.set(name, node);
        nodes.push(node);
        const nested = at === undefined ? undefined : lines.child(at.node, 'dependencies')?.node;
        stack.push(...childrenOf(entry.dependencies, node, nested).reverse());
    }
    const resolve = (from, name) => {
        for (let at = from; at; at = at.parent) {
            const found = at.children.get(name);
            if (found)
                return found.key;
        }
        return undefined;
    };
    const packages = nodes.map(({ key, name: folderName, entry, line }, index) => {
        let name = folderName;
        let version = typeof entry.version === 'string' ? entry.version : '';
        const alias = /^npm:(.+)@([^@]+)$/.exec(version);
        if (alias) {
            name = alias[1];
            version = alias[2];
        }
        const source = npmSource(entry.resolved ?? (/^[a-z+]+:/.test(version) ? version : undefined));
        return {
            key,
            name,
            version: source === 'registry' ? version : version.replace(/^.*#/, ''),
            dependencies: Object.keys(entry.requires ?? {})
                .map(dep => resolve(nodes[index], dep))
                .filter((k) => k !== undefined),
            line,
            hashes: hashesFromIntegrity(entry.integrity),
            resolved: entry.resolved,
            source,
            dev: Boolean(entry.dev)
        };
    });
    // v1 does not record the project's own declarations: package.json beside it does
    const roots = rootsFrom(declaredInPackageJson(options), name => project.children.get(name)?.key);
    return buildLockfile({ file, format, ecosystem: 'npm', root, packages, roots });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/poetry.ts






function pythonSource(type) {
    if (!type || type === 'legacy')
        return 'registry';
    if (type === 'git')
        return 'git';
    if (type === 'url')
        return 'url';
    return 'file';
}
/** poetry.lock: `[[package]]` tables; `category` (poetry < 1.5) or `groups` (poetry 2) say dev or main. */
function parsePoetryLock(file, text, options = {}) {
    const doc = parseTomlLock(file, text);
    const list = doc.package;
    if (!Array.isArray(list))
        throw new src/* ParseError */.mB(file, 'no [[package]] tables: not a poetry.lock');
    const lineOf = lineFinder(text);
    const packages = list.map(p => {
        const dev = p.groups ? !p.groups.includes('main') : p.category ? p.category !== 'main' : undefined;
        return {
            key: pep503Name(p.name),
            name: p.name,
            version: String(p.version),
            dependencies: Object.keys(p.dependencies ?? {}).map(pep503Name),
            line: lineOf(p.name, p.version),
            hashes: (p.files ?? []).map(f => hashFromPrefixedHex(f.hash)).filter(h => h !== undefined),
            resolved: p.source?.url,
            source: pythonSource(p.source?.type),
            ...(dev !== undefined ? { dev } : {})
        };
    });
    const keys = new Set(packages.map(p => p.key));
    const roots = rootsFrom(declaredInPyproject(options), name => keys.has(pep503Name(name)) ? pep503Name(name) : undefined);
    return buildLockfile({ file, format: 'poetry', ecosystem: 'PyPI', packages, roots });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/pdm.ts







/** pdm.lock: `[[package]]` with `groups` (dev when `default` is not among them) and PEP 508 dependency strings. */
function parsePdmLock(file, text, options = {}) {
    const doc = parseTomlLock(file, text);
    const list = doc.package;
    if (!Array.isArray(list))
        throw new src/* ParseError */.mB(file, 'no [[package]] tables: not a pdm.lock');
    const lineOf = lineFinder(text);
    const packages = list.map(p => ({
        key: pep503Name(p.name),
        name: p.name,
        version: String(p.version),
        dependencies: (p.dependencies ?? [])
            .map(requirementName)
            .filter((n) => n !== undefined)
            .map(pep503Name),
        line: lineOf(p.name, p.version),
        hashes: (p.files ?? []).map(f => hashFromPrefixedHex(f.hash)).filter(h => h !== undefined),
        resolved: p.git ?? p.url,
        source: pythonSource(p.git ? 'git' : p.url ? 'url' : p.path ? 'directory' : undefined),
        ...(p.groups ? { dev: !p.groups.includes('default') } : {})
    }));
    const keys = new Set(packages.map(p => p.key));
    const roots = rootsFrom(declaredInPyproject(options), name => keys.has(pep503Name(name)) ? pep503Name(name) : undefined);
    return buildLockfile({ file, format: 'pdm', ecosystem: 'PyPI', packages, roots });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/pipfile.ts






/** Pipfile.lock: `default` (runtime) and `develop` (dev) sections; no graph, so Pipfile beside it names the direct ones. */
function parsePipfileLock(file, text, options = {}) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ParseError */.mB(file, `not valid JSON (${error.message})`);
    }
    if (!doc || typeof doc !== 'object' || (!doc.default && !doc.develop))
        throw new src/* ParseError */.mB(file, 'no default or develop section: not a Pipfile.lock');
    const lines = new JsonKeyTree(text, 2);
    const packages = [];
    const unpinned = [];
    for (const [section, dev] of [
        ['default', false],
        ['develop', true]
    ]) {
        for (const [name, entry] of Object.entries(doc[section] ?? {})) {
            const line = lines.line(section, name);
            const pin = entry.version ? /^===?(.+)$/.exec(entry.version) : null;
            if (!pin) {
                const where = entry.git
                    ? `git ${entry.git}${entry.ref ? `@${entry.ref}` : ''}`
                    : (entry.path ?? entry.file ?? entry.version ?? 'no version');
                unpinned.push({
                    name,
                    spec: where,
                    file,
                    line,
                    reason: entry.git ? 'a git source, not a released version' : 'not pinned with =='
                });
                continue;
            }
            packages.push({
                key: pep503Name(name),
                name,
                version: pin[1],
                dependencies: [],
                line,
                hashes: (entry.hashes ?? []).map(hashFromPrefixedHex).filter(h => h !== undefined),
                extras: entry.extras,
                markers: entry.markers,
                dev
            });
        }
    }
    const keys = new Set(packages.map(p => p.key));
    const declared = declaredInPipfile(options);
    // without the Pipfile every locked package is taken as declared: Pipfile.lock keeps no graph
    const roots = declared
        ? rootsFrom(declared, name => (keys.has(pep503Name(name)) ? pep503Name(name) : undefined))
        : packages.map(p => ({ key: p.key, dev: Boolean(p.dev) }));
    return buildLockfile({ file, format: 'pipfile', ecosystem: 'PyPI', packages, roots, unpinned });
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./packages/lockfiles/src/local-package.ts

/**
 * One of the project's own packages (a workspace member, a linked folder) as its package.json describes it: its
 * name (else `fallbackName`), version and license. Its dependencies are filled in by the caller.
 */
function localPackage(key, source, manifest, fallbackName, more = {}) {
    return {
        key,
        name: typeof manifest.name === 'string' ? manifest.name : fallbackName,
        version: typeof manifest.version === 'string' ? manifest.version : '',
        dependencies: [],
        devDependencies: [],
        hashes: [],
        license: declaredLicense(manifest),
        source,
        ...more
    };
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/pnpm.ts







/** `/@scope/name@1.0.0(peer@2)` (v6, v9 without the slash) or `/@scope/name/1.0.0_peer@2` (v5) → name, version. */
function parsePnpmKey(key, v5) {
    const bare = key.startsWith('/') ? key.slice(1) : key;
    if (v5) {
        const parts = bare.split('/');
        const nameParts = bare.startsWith('@') ? 2 : 1;
        const version = (parts[nameParts] ?? '').split('_')[0];
        return { name: parts.slice(0, nameParts).join('/'), version };
    }
    const withoutPeers = bare.replace(/\(.*$/, '');
    const at = withoutPeers.indexOf('@', 1);
    return at === -1
        ? { name: withoutPeers, version: '' }
        : { name: withoutPeers.slice(0, at), version: withoutPeers.slice(at + 1) };
}
/**
 * The first line of each two-space-indented key (`  /a@1.0.0:`, `  '@b/c@2.0.0':`), package entries among them, in
 * the lines `from` to `to` of the file.
 */
function entryLines(lines, from = 0, to = lines.length) {
    const found = new Map();
    for (let i = from; i < to; i++) {
        const match = /^ {2}(['"]?)([^\s'"].*?)\1:\s*(?:\{\})?\s*$/.exec(lines[i]);
        if (match && !found.has(match[2]))
            found.set(match[2], i + 1);
    }
    return found;
}
/** each YAML document's entry lines; one map for the whole file when the `---` lines do not tell them apart */
function documentEntryLines(text, documents) {
    const lines = text.split('\n');
    const starts = [];
    let content = false;
    let start = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^---\s*(?:#.*)?$/.test(line)) {
            if (content)
                starts.push(start);
            start = i + 1;
            content = false;
        }
        else if (line.trim() && !line.startsWith('#'))
            content = true;
    }
    if (content)
        starts.push(start);
    if (starts.length !== documents)
        return Array.from({ length: documents }, () => entryLines(lines));
    return starts.map((from, d) => entryLines(lines, from, starts[d + 1] ?? lines.length));
}
const isLock = (value) => typeof value === 'object' && value !== null && value.lockfileVersion !== undefined;
/**
 * pnpm-lock.yaml v5, v6 and v9 (v9 keeps metadata in `packages` and the graph in `snapshots`). From pnpm 11 the file
 * can hold two YAML documents: first the env lockfile (config dependencies and the pnpm version the project pins, with
 * their packages), then the project's own. Both are read: the packages of the first are installed too (config
 * dependencies run at install time), so they count, as development dependencies of the project.
 */
function parsePnpmLock(file, text, options = {}) {
    let documents;
    try {
        documents = js_yaml/* default.loadAll */.Ay.loadAll(text);
    }
    catch (error) {
        throw new src/* ParseError */.mB(file, `not valid YAML (${error.message.split('\n')[0]})`);
    }
    const lines = documentEntryLines(text, documents.length);
    const locks = documents.flatMap((doc, d) => (isLock(doc) ? [{ lock: doc, lines: lines[d] }] : []));
    const project = locks[locks.length - 1];
    if (!project)
        throw new src/* ParseError */.mB(file, 'no lockfileVersion: not a pnpm lockfile');
    const packages = [];
    const roots = [];
    locks.forEach(({ lock, lines }, d) => {
        // the env document's keys apart from the project's: each document's references resolve within it
        const graph = documentGraph(lock, lines, options, d === locks.length - 1 ? '' : `env${d}:`);
        packages.push(...graph.packages);
        roots.push(...graph.roots);
    });
    return buildLockfile({ file, format: `pnpm@${project.lock.lockfileVersion}`, ecosystem: 'npm', packages, roots });
}
/** One document's packages and the project's declarations in it, its keys prefixed with `keyPrefix`. */
function documentGraph(lock, lines, options, keyPrefix) {
    const major = Number.parseFloat(String(lock.lockfileVersion));
    const v5 = major < 6;
    const prefix = major >= 9 ? '' : '/';
    const metadata = lock.packages ?? {};
    const graph = major >= 9 ? (lock.snapshots ?? {}) : metadata;
    // a reference is a version (`1.0.0(peer@1)`, v5 `1.0.0_peer@1`), an alias (`real@1.0.0`, v5 `/real/1.0.0`) or a link
    const keyOf = (name, ref) => {
        if (ref.startsWith('link:') || (ref.startsWith('file:') && !(ref in graph)))
            return undefined;
        if (ref.startsWith('/'))
            return ref in graph ? ref : undefined;
        const candidates = v5 ? [`/${name}/${ref}`, `/${ref}`] : [`${prefix}${name}@${ref}`, `${prefix}${ref}`];
        return candidates.find(c => c in graph);
    };
    // workspace members (every importer but `.`) and `link:` folders are the project's own packages: each depends on what
    // its importer declares, and the project on its members. A package can depend on one too (a peer dependency met by a
    // member: `react: link:packages/react` in a snapshot, the path from the lockfile's folder).
    const importers = lock.importers ?? { '.': lock };
    const locals = new Map();
    const local = (folder, nameHint) => {
        const source = folder in importers ? 'workspace' : 'link';
        const key = `${source}:${folder}`;
        if (!locals.has(key)) {
            const manifest = readJson(options, `${folder}/package.json`) ?? {};
            locals.set(key, localPackage(key, source, manifest, nameHint, { line: lines.get(folder) }));
        }
        return key;
    };
    const refKey = (importer, name, ref) => ref.startsWith('link:')
        ? local(external_node_path_.posix.normalize(external_node_path_.posix.join(importer, ref.slice('link:'.length))), name)
        : keyOf(name, ref);
    const packages = [];
    for (const [key, snapshot] of Object.entries(graph)) {
        const meta = major >= 9 ? (metadata[key.replace(/\(.*$/, '')] ?? {}) : snapshot;
        const parsed = parsePnpmKey(key, v5);
        const resolution = meta.resolution ?? {};
        const dependencies = [
            ...Object.entries(snapshot.dependencies ?? {}),
            ...Object.entries(snapshot.optionalDependencies ?? {})
        ]
            .map(([dep, ref]) => refKey('.', dep, String(ref)))
            .filter((k) => k !== undefined);
        packages.push({
            key,
            name: meta.name ?? parsed.name,
            version: meta.version ?? parsed.version,
            dependencies,
            line: lines.get(key.replace(/\(.*$/, '')) ?? lines.get(key),
            hashes: hashesFromIntegrity(resolution.integrity),
            license: meta.license,
            resolved: resolution.tarball ?? resolution.repo,
            source: resolution.type === 'git' || resolution.commit
                ? 'git'
                : resolution.tarball && !resolution.integrity
                    ? 'url'
                    : resolution.directory
                        ? 'file'
                        : 'registry',
            ...(major < 9 && snapshot.dev !== undefined ? { dev: snapshot.dev } : {})
        });
    }
    const roots = [];
    for (const [path, importer] of Object.entries(importers)) {
        const member = path === '.' ? undefined : locals.get(local(path, external_node_path_.posix.basename(path)));
        if (member)
            roots.push({ key: member.key, dev: false });
        for (const [field, dev] of [
            ['dependencies', false],
            ['optionalDependencies', false],
            ['devDependencies', true],
            // the env document's: tools that run at install time, none of them part of what the project ships
            ['configDependencies', true],
            ['packageManagerDependencies', true]
        ]) {
            for (const [name, value] of Object.entries(importer[field] ?? {})) {
                const key = refKey(path, name, typeof value === 'string' ? value : value.version);
                if (!key)
                    continue;
                if (!member)
                    roots.push({ key, dev });
                else {
                    member.dependencies.push(key);
                    if (dev)
                        member.devDependencies?.push(key);
                }
            }
        }
    }
    packages.push(...locals.values());
    if (!keyPrefix)
        return { packages, roots };
    const prefixed = (key) => keyPrefix + key;
    return {
        packages: packages.map(p => ({
            ...p,
            key: prefixed(p.key),
            dependencies: p.dependencies.map(prefixed),
            ...(p.devDependencies ? { devDependencies: p.devDependencies.map(prefixed) } : {})
        })),
        roots: roots.map(r => ({ ...r, key: prefixed(r.key) }))
    };
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/requirements.ts





/** Joins backslash continuations, strips comments (a `#` after whitespace), keeps pip-compile's `# via` notes. */
function logicalLines(text) {
    const out = [];
    const raw = text.split(/\r?\n/);
    let viaBlock = false;
    for (let i = 0; i < raw.length; i++) {
        const start = i;
        let line = raw[i];
        while (/\\\s*$/.test(line) && i + 1 < raw.length)
            line = line.replace(/\\\s*$/, ' ') + raw[++i];
        const comment = /(^|\s)#(.*)$/.exec(line);
        const note = comment ? comment[2].trim() : '';
        const last = out[out.length - 1];
        if (last && /^#?\s*$/.test(line.slice(0, comment?.index ?? line.length)) && comment) {
            // `# via x` on one line, or `# via` then `#   x` lines
            const via = /^via\s*(.*)$/.exec(note);
            if (via) {
                viaBlock = true;
                if (via[1])
                    last.via.push(...via[1].split(/,\s*/));
            }
            else if (viaBlock && note) {
                last.via.push(note);
            }
            else
                viaBlock = false;
            continue;
        }
        viaBlock = false;
        const content = (comment ? line.slice(0, comment.index) : line).trim();
        if (content)
            out.push({ text: content, line: start + 1, via: [] });
    }
    return out;
}
const OPTION_WITH_VALUE = /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|-c|--constraint|--no-binary|--only-binary|--prefer-binary|--pre|--require-hashes|--use-feature|--config-settings|--global-option)\b/;
/** PEP 508 `name[extra] ==1.0 ; marker` plus pip's per-requirement `--hash` options. */
function parseRequirement(text) {
    const hashes = [];
    const withoutOptions = text.replace(/\s--hash[=\s]\s*(\S+)/g, (_, hash) => {
        hashes.push(hash);
        return '';
    });
    const [requirement, ...markerParts] = withoutOptions.split(';');
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(.*)$/.exec((requirement ?? '').trim());
    if (!match)
        return undefined;
    const markers = markerParts.join(';').trim();
    return {
        name: match[1],
        extras: (match[2] ?? '')
            .split(',')
            .map(e => e.trim())
            .filter(Boolean),
        spec: match[3].replace(/\s+/g, ''),
        ...(markers ? { markers } : {}),
        hashes
    };
}
/**
 * requirements.txt (and requirements-*.txt, pip-compile output): `==` pins are packages; anything else (ranges,
 * URLs, editable installs, `==1.*`) is reported as not auditable. `-r` includes are followed through readRelative.
 */
function parseRequirements(file, text, options = {}) {
    const packages = [];
    const unpinned = [];
    const visited = new Set();
    const viaOf = new Map();
    const dev = /(^|[-_.])(dev|test|tests|testing|lint|docs|ci)([-_.]|$)/i.test(external_node_path_.posix.basename(file).replace(/\.txt$/, ''));
    const readFile = (path, displayName, body, depth) => {
        if (visited.has(path))
            return;
        visited.add(path);
        for (const entry of logicalLines(body)) {
            const include = /^(-r|--requirement)(?:\s+|=)(\S+)/.exec(entry.text);
            if (include) {
                const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), include[2]));
                const included = options.readRelative?.(target);
                const shown = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(displayName), include[2]));
                if (included === undefined) {
                    unpinned.push({
                        name: include[2],
                        spec: entry.text,
                        file: displayName,
                        line: entry.line,
                        reason: 'included requirements file not found'
                    });
                }
                else if (depth < 10)
                    readFile(target, shown, included, depth + 1);
                continue;
            }
            if (/^(-e|--editable)\b/.test(entry.text)) {
                unpinned.push({
                    name: entry.text.replace(/^(-e|--editable)\s*/, ''),
                    spec: entry.text,
                    file: displayName,
                    line: entry.line,
                    reason: 'editable install: no released version to audit'
                });
                continue;
            }
            if (OPTION_WITH_VALUE.test(entry.text) || entry.text.startsWith('-'))
                continue;
            if (/^[a-z+]+:\/\//i.test(entry.text) || /^[./]/.test(entry.text)) {
                unpinned.push({
                    name: /#egg=([^&\s]+)/.exec(entry.text)?.[1] ?? entry.text,
                    spec: entry.text,
                    file: displayName,
                    line: entry.line,
                    reason: 'a URL or path, not a released version'
                });
                continue;
            }
            const requirement = parseRequirement(entry.text);
            if (!requirement)
                throw new src/* ParseError */.mB(displayName, `cannot read requirement "${entry.text.slice(0, 80)}"`, entry.line);
            const pin = /^===?([^,;*\s]+)$/.exec(requirement.spec);
            if (!pin || requirement.spec.startsWith('@')) {
                unpinned.push({
                    name: requirement.name,
                    spec: requirement.spec,
                    file: displayName,
                    line: entry.line,
                    reason: requirement.spec === ''
                        ? 'no version given'
                        : requirement.spec.startsWith('@')
                            ? 'a direct URL, not a released version'
                            : `not pinned with == (${requirement.spec})`
                });
                continue;
            }
            packages.push({
                key: pep503Name(requirement.name),
                name: requirement.name,
                version: pin[1],
                dependencies: [],
                line: entry.line,
                file: displayName,
                hashes: requirement.hashes.map(hashFromPrefixedHex).filter(h => h !== undefined),
                extras: requirement.extras,
                markers: requirement.markers,
                dev
            });
            if (entry.via.length > 0)
                viaOf.set(pep503Name(requirement.name), entry.via);
        }
    };
    readFile(external_node_path_.posix.basename(file), file, text, 0);
    // pip-compile's `# via` notes give the graph: `via -r requirements.in` is direct, `via flask` is flask's
    const byKey = new Map(packages.map(p => [p.key, p]));
    const roots = [];
    for (const pkg of packages) {
        const via = viaOf.get(pkg.key) ?? [];
        if (viaOf.size === 0 || via.length === 0 || via.some(v => v.startsWith('-r') || v.startsWith('-c'))) {
            roots.push({ key: pkg.key, dev });
        }
        for (const parent of via.filter(v => !v.startsWith('-')).map(v => pep503Name(v.replace(/\s.*$/, ''))))
            byKey.get(parent)?.dependencies.push(pkg.key);
    }
    return buildLockfile({ file, format: 'requirements', ecosystem: 'PyPI', packages, roots, unpinned });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/uv.ts





/** uv.lock: the project itself is the editable/virtual package; its dependencies and dev groups are the roots. */
function parseUvLock(file, text) {
    const doc = parseTomlLock(file, text);
    const list = doc.package;
    if (!Array.isArray(list))
        throw new src/* ParseError */.mB(file, 'no [[package]] tables: not a uv.lock');
    const lineOf = lineFinder(text);
    const isProject = (p) => Boolean(p.source?.editable ?? p.source?.virtual);
    const versionsOf = new Map();
    for (const p of list)
        versionsOf.set(pep503Name(p.name), [...(versionsOf.get(pep503Name(p.name)) ?? []), p.version ?? '']);
    // a name locked at several versions (forked resolution) is referenced with its version
    const keyOf = (dep) => {
        const name = pep503Name(dep.name);
        const versions = versionsOf.get(name);
        if (!versions)
            return undefined;
        return `${name}@${dep.version ?? versions[0]}`;
    };
    const packages = [];
    const roots = [];
    let root;
    for (const p of list) {
        const runtime = [...(p.dependencies ?? []), ...Object.values(p['optional-dependencies'] ?? {}).flat()];
        const dev = Object.values(p['dev-dependencies'] ?? {}).flat();
        if (isProject(p)) {
            if (p.source?.editable === '.' || p.source?.virtual === '.')
                root = { name: p.name, ...(p.version ? { version: p.version } : {}) };
            for (const d of runtime) {
                const key = keyOf(d);
                if (key)
                    roots.push({ key, dev: false });
            }
            for (const d of dev) {
                const key = keyOf(d);
                if (key)
                    roots.push({ key, dev: true });
            }
            continue;
        }
        const source = p.source?.git
            ? 'git'
            : p.source?.url
                ? 'url'
                : p.source?.path || p.source?.directory
                    ? 'file'
                    : 'registry';
        packages.push({
            key: `${pep503Name(p.name)}@${p.version ?? ''}`,
            name: p.name,
            version: p.version ?? '',
            dependencies: [...runtime, ...dev].map(keyOf).filter((k) => k !== undefined),
            line: lineOf(p.name, p.version),
            hashes: [p.sdist?.hash, ...(p.wheels ?? []).map(w => w.hash)]
                .map(hashFromPrefixedHex)
                .filter(h => h !== undefined),
            resolved: p.sdist?.url ?? p.source?.git ?? p.source?.url,
            source
        });
    }
    return buildLockfile({
        file,
        format: 'uv',
        ecosystem: 'PyPI',
        root,
        packages,
        roots: roots.length > 0 ? roots : undefined
    });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/yarn-berry.ts






/** Lines of the top-level keys (`"a@npm:^1, a@npm:^1.2":`), for locations. */
function topLevelKeyLines(text) {
    const lines = new Map();
    text.split('\n').forEach((line, i) => {
        if (/^\S.*:\s*$/.test(line) && !line.startsWith('#')) {
            const key = line.replace(/:\s*$/, '');
            lines.set(key.startsWith('"') ? JSON.parse(key) : key, i + 1);
        }
    });
    return lines;
}
function berrySource(resolution) {
    const { range } = splitSpecifier(resolution);
    if (range.startsWith('npm:'))
        return 'registry';
    if (range.startsWith('workspace:'))
        return 'workspace';
    if (range.startsWith('link:') || range.startsWith('portal:'))
        return 'link';
    if (/^(git|github|https?:.*\.git)/.test(range) || range.includes('#commit='))
        return 'git';
    if (/^https?:/.test(range))
        return 'url';
    return 'file';
}
/** yarn 2+ (berry) `yarn.lock`: YAML with `__metadata`, descriptors as keys and `resolution` per entry. */
function parseYarnBerry(file, text, options = {}) {
    let doc;
    try {
        doc = js_yaml/* default.load */.Ay.load(text);
    }
    catch (error) {
        throw new src/* ParseError */.mB(file, `not valid YAML (${error.message.split('\n')[0]})`);
    }
    if (!doc || typeof doc !== 'object' || !('__metadata' in doc))
        throw new src/* ParseError */.mB(file, 'no __metadata: not a yarn berry lockfile');
    const lines = topLevelKeyLines(text);
    const keyOfDescriptor = new Map();
    for (const key of Object.keys(doc)) {
        if (key === '__metadata')
            continue;
        for (const descriptor of key.split(/,\s*/))
            keyOfDescriptor.set(descriptor, key);
    }
    // dependencies name a range without protocol when it is the default npm: one
    const lookup = (name, range) => keyOfDescriptor.get(`${name}@${range}`) ?? keyOfDescriptor.get(`${name}@npm:${range}`);
    const packages = [];
    const roots = [];
    let root;
    for (const [key, entry] of Object.entries(doc)) {
        if (key === '__metadata' || !entry || typeof entry !== 'object')
            continue;
        const resolution = entry.resolution ?? key.split(/,\s*/)[0] ?? key;
        const source = berrySource(resolution);
        const dependencies = Object.entries(entry.dependencies ?? {})
            .map(([dep, range]) => lookup(dep, String(range)))
            .filter((k) => k !== undefined);
        if (source === 'workspace') {
            // the project (`workspace:.`) declares the direct dependencies; a member is a local package of its own, which
            // the project depends on, and which depends on what it declares (its devDependencies apart)
            const { name, range } = splitSpecifier(resolution);
            const folder = range.slice('workspace:'.length);
            const manifestPath = folder === '.' ? 'package.json' : `${folder}/package.json`;
            const dev = new Set((declaredInPackageJson(options, manifestPath) ?? []).filter(d => d.dev).map(d => d.name));
            const declared = Object.entries(entry.dependencies ?? {}).flatMap(([dep, depRange]) => {
                const found = lookup(dep, String(depRange));
                return found ? [{ key: found, dev: dev.has(dep) }] : [];
            });
            if (folder === '.') {
                root = { name };
                roots.push(...declared);
                continue;
            }
            const manifest = readJson(options, manifestPath) ?? {};
            packages.push({
                key,
                name,
                version: typeof manifest.version === 'string' ? manifest.version : '',
                dependencies: declared.map(d => d.key),
                devDependencies: declared.filter(d => d.dev).map(d => d.key),
                line: lines.get(key),
                hashes: [],
                license: declaredLicense(manifest),
                source
            });
            roots.push({ key, dev: false });
            continue;
        }
        const { name } = splitSpecifier(resolution);
        packages.push({
            key,
            name,
            version: String(entry.version ?? ''),
            dependencies,
            line: lines.get(key),
            // `checksum` hashes the zip yarn repacks the tarball into, not the registry's artifact: no hash to report
            hashes: [],
            resolved: resolution,
            source
        });
    }
    return buildLockfile({
        file,
        format: 'yarn-berry',
        ecosystem: 'npm',
        root,
        packages,
        roots: roots.length > 0 ? roots : undefined
    });
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/workspace-globs.ts
/**
 * The member folders a package.json `workspaces` field names: an array of globs, or yarn's `{ "packages": [...] }`.
 * A glob segment is a name, a pattern with `*` and `?`, or `**` (any depth, node_modules and dot-folders left out); a
 * pattern that starts with `!` leaves folders out. A member is a folder with a package.json. Paths are relative to
 * the project, with `/`, sorted.
 */
function workspaceMembers(workspaces, listFolder, hasManifest) {
    const globs = Array.isArray(workspaces)
        ? workspaces
        : workspaces && typeof workspaces === 'object' && Array.isArray(workspaces.packages)
            ? workspaces.packages
            : [];
    const included = new Set();
    const excluded = new Set();
    for (const glob of globs) {
        if (typeof glob !== 'string')
            continue;
        const negated = glob.startsWith('!');
        const segments = (negated ? glob.slice(1) : glob)
            .replace(/^\.\//, '')
            .split('/')
            .filter(segment => segment !== '' && segment !== '.');
        for (const folder of expand(segments, '', listFolder))
            (negated ? excluded : included).add(folder);
    }
    return [...included].filter(folder => !excluded.has(folder) && hasManifest(folder)).sort();
}
const join = (folder, name) => (folder ? `${folder}/${name}` : name);
/** a glob segment with `*` or `?` as a whole-name test */
function segmentTest(segment) {
    if (!/[*?]/.test(segment))
        return name => name === segment;
    const source = segment
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    const regex = new RegExp(`^${source}$`);
    // a wildcard does not match a leading dot, as in shell globs
    return name => !name.startsWith('.') && regex.test(name);
}
function expand(segments, folder, listFolder) {
    if (segments.length === 0)
        return [folder];
    const [segment, ...rest] = segments;
    if (segment === '..')
        return [];
    if (segment === '**') {
        // zero folders deep, or one more and `**` again
        const out = expand(rest, folder, listFolder);
        for (const name of listFolder(folder || '.'))
            if (name !== 'node_modules' && !name.startsWith('.'))
                out.push(...expand(segments, join(folder, name), listFolder));
        return out;
    }
    if (!/[*?]/.test(segment))
        return expand(rest, join(folder, segment), listFolder);
    const matches = segmentTest(segment);
    return listFolder(folder || '.')
        .filter(name => name !== 'node_modules' && matches(name))
        .flatMap(name => expand(rest, join(folder, name), listFolder));
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/formats/yarn-classic.ts








const yarn_classic_unquote = (value) => {
    const v = value.trim();
    return v.startsWith('"') && v.endsWith('"') ? JSON.parse(v) : v;
};
/** Splits `key value` or `"key" "value"` (yarn classic's own syntax, not YAML). */
function splitPair(line) {
    const trimmed = line.trim();
    const match = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.*)$/.exec(trimmed);
    return match ? [yarn_classic_unquote(match[1]), yarn_classic_unquote(match[2])] : [yarn_classic_unquote(trimmed.replace(/:$/, '')), ''];
}
/** yarn v1 `yarn.lock`: blocks keyed by `name@range, name@range:` with indented fields. */
function parseYarnClassic(file, text, options = {}) {
    const entries = [];
    let current;
    let inDependencies = false;
    const source = text.split(/\r?\n/);
    for (let i = 0; i < source.length; i++) {
        const line = source[i];
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            continue;
        const indent = line.length - line.trimStart().length;
        if (indent === 0) {
            if (!line.endsWith(':'))
                throw new src/* ParseError */.mB(file, `expected "name@range:" at the start of a block, got "${line.slice(0, 60)}"`, i + 1);
            const specifiers = line
                .slice(0, -1)
                .split(/,\s*/)
                .map(s => yarn_classic_unquote(s));
            current = { specifiers, line: i + 1, fields: new Map(), dependencies: new Map() };
            entries.push(current);
            inDependencies = false;
        }
        else if (!current) {
            throw new src/* ParseError */.mB(file, 'indented line before any block', i + 1);
        }
        else if (indent === 2) {
            const [key, value] = splitPair(line);
            inDependencies = line.trim().endsWith(':') && (key === 'dependencies' || key === 'optionalDependencies');
            if (!line.trim().endsWith(':'))
                current.fields.set(key, value);
        }
        else if (inDependencies) {
            const [name, range] = splitPair(line);
            current.dependencies.set(name, range);
        }
    }
    if (entries.length === 0 && !/yarn lockfile v1/.test(text))
        throw new src/* ParseError */.mB(file, 'no entries: not a yarn.lock');
    const keyOfSpecifier = new Map();
    for (const entry of entries)
        for (const spec of entry.specifiers)
            keyOfSpecifier.set(spec, entry.specifiers[0]);
    const packages = entries.map(entry => {
        const first = splitSpecifier(entry.specifiers[0]);
        // an alias `alias@npm:real@^1` installs `real`
        const aliased = /^npm:(.+)$/.exec(first.range);
        const name = aliased ? splitSpecifier(aliased[1]).name : first.name;
        const resolved = entry.fields.get('resolved');
        return {
            key: entry.specifiers[0],
            name,
            version: entry.fields.get('version') ?? '',
            dependencies: [...entry.dependencies]
                .map(([dep, range]) => keyOfSpecifier.get(`${dep}@${range}`))
                .filter((k) => k !== undefined),
            line: entry.line,
            hashes: hashesFromIntegrity(entry.fields.get('integrity')),
            resolved,
            source: npmSource(resolved)
        };
    });
    // yarn.lock keeps no record of which ranges the project declared: package.json beside it does
    const manifest = readJson(options, 'package.json');
    const members = manifest ? workspaceLocals(file, manifest, options, keyOfSpecifier) : new Map();
    packages.push(...members.values());
    const memberKey = (name) => members.get(name)?.key;
    let roots;
    if (manifest) {
        const ranges = dependencyRanges(manifest);
        roots = rootsFrom(declaredInPackageJson(options), name => keyOfSpecifier.get(`${name}@${ranges.get(name)}`) ?? memberKey(name));
        // the project depends on each member (as pnpm and yarn berry record it)
        const declared = new Set(roots?.map(r => r.key));
        for (const member of members.values())
            if (!declared.has(member.key))
                roots?.push({ key: member.key, dev: false });
    }
    return buildLockfile({ file, format: 'yarn-classic', ecosystem: 'npm', packages, roots });
}
const DEPENDENCY_FIELDS = [
    ['dependencies', false],
    ['optionalDependencies', false],
    ['peerDependencies', false],
    ['devDependencies', true]
];
/** name → range of every dependency a manifest declares, in any field */
function dependencyRanges(manifest) {
    const ranges = new Map();
    for (const [field] of DEPENDENCY_FIELDS) {
        const declared = manifest[field];
        if (declared && typeof declared === 'object')
            for (const [name, range] of Object.entries(declared))
                if (typeof range === 'string' && !ranges.has(name))
                    ranges.set(name, range);
    }
    return ranges;
}
/**
 * yarn classic's workspace members, by name: yarn.lock holds what they depend on but not the members themselves
 * (yarn links them into node_modules), so their folders come from the project's `workspaces` globs and each one's
 * package.json says what it depends on, development declarations apart. A member that depends on another member
 * depends on that local package.
 */
function workspaceLocals(lockfile, manifest, options, keyOfSpecifier) {
    const { listFolder } = options;
    const members = new Map();
    if (!manifest.workspaces || !listFolder)
        return members;
    const manifests = new Map();
    const folders = workspaceMembers(manifest.workspaces, listFolder, folder => {
        const json = readJson(options, `${folder}/package.json`);
        if (json)
            manifests.set(folder, json);
        return json !== undefined;
    });
    const byFolder = new Map();
    for (const folder of folders) {
        const json = manifests.get(folder);
        const member = localPackage(`workspace:${folder}`, 'workspace', json, external_node_path_.posix.basename(folder), {
            file: external_node_path_.posix.join(external_node_path_.posix.dirname(lockfile), folder, 'package.json')
        });
        if (members.has(member.name))
            continue;
        members.set(member.name, member);
        byFolder.set(folder, member);
    }
    for (const [folder, member] of byFolder) {
        const json = manifests.get(folder);
        for (const [field, dev] of DEPENDENCY_FIELDS) {
            if (field === 'peerDependencies')
                continue;
            const declared = json[field];
            if (!declared || typeof declared !== 'object')
                continue;
            for (const [name, range] of Object.entries(declared)) {
                const key = keyOfSpecifier.get(`${name}@${String(range)}`) ?? members.get(name)?.key;
                if (!key || key === member.key)
                    continue;
                member.dependencies.push(key);
                if (dev)
                    member.devDependencies.push(key);
            }
        }
    }
    return members;
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/parse.ts

















const PARSERS = {
    'package-lock': parsePackageLock,
    'yarn-classic': parseYarnClassic,
    'yarn-berry': parseYarnBerry,
    pnpm: parsePnpmLock,
    bun: parseBunLock,
    requirements: parseRequirements,
    poetry: parsePoetryLock,
    pipfile: parsePipfileLock,
    uv: parseUvLock,
    pdm: parsePdmLock,
    gomod: parseGoMod,
    gosum: parseGoSum,
    cargo: parseCargoLock,
    gemfile: parseGemfileLock,
    composer: parseComposerLock,
    nuget: parseNugetLock
};
/**
 * Parses one lockfile, its format told by its name and content. `file` is the path the packages will name (relative
 * to the repository top level). A malformed file throws a ParseError whose message is one line naming the file.
 */
function parseLockfile(file, text, options = {}) {
    const kind = requireKind(file, text);
    try {
        return PARSERS[kind](file, text, options);
    }
    catch (error) {
        if (error instanceof src/* ParseError */.mB)
            throw error;
        // a structurally wrong but syntactically valid file (a string where an object belongs)
        throw new src/* ParseError */.mB(file, `unexpected content for a ${kind} lockfile (${error.message.split('\n')[0]})`);
    }
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/load.ts





/**
 * Reads and parses a lockfile from disk with what lies beside it (the manifest, `-r` includes, go.sum).
 * `path` is absolute or relative to `repoRoot`; the packages name it relative to `repoRoot`.
 *
 * `discoveredFrom`: the folder discovery found it under (not named by the files input). Such a lockfile that does not
 * parse still stops the step, with the parser's words and the exclude glob that leaves it out: discovery also finds a
 * repository's test fixtures (poetry's own tests hold a deliberately broken poetry.lock), and only the repository's
 * owners can say that a file is none of the project's lockfiles.
 */
async function loadLockfile(path, repoRoot, options = {}) {
    const absolute = (0,external_node_path_.resolve)(repoRoot, path);
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`lockfile ${path} not found: check the files input or the working-directory`);
    }
    const folder = (0,external_node_path_.dirname)(absolute);
    const readRelative = (rel) => {
        try {
            return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(folder, rel), 'utf8');
        }
        catch {
            return undefined;
        }
    };
    const file = (0,external_node_path_.relative)(repoRoot, absolute).split('\\').join(external_node_path_.posix.sep);
    try {
        return parseLockfile(file, text, { readRelative, listFolder: rel => (0,src/* listFolder */.bt)((0,external_node_path_.join)(folder, rel)) });
    }
    catch (error) {
        if (!(error instanceof src/* ParseError */.mB) || options.discoveredFrom === undefined)
            throw error;
        const fromDiscovery = (0,external_node_path_.relative)(options.discoveredFrom, absolute).split('\\').join(external_node_path_.posix.sep);
        const parent = external_node_path_.posix.dirname(fromDiscovery);
        const glob = parent === '.' ? fromDiscovery : `${parent}/**`;
        throw new src/* ParseError */.mB(error.file, `${error.detail}. If it is none of the project's lockfiles (a test fixture), leave it out with the input exclude: ${glob}`, error.line);
    }
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/licenses/site-packages.ts




/**
 * The site-packages folders a Python project's dependencies are installed in, most specific first: the active
 * virtualenv (`VIRTUAL_ENV`), a `.venv` or `venv` beside the lockfile or at the repository root (poetry, uv, pipenv
 * and `python -m venv` make these), and the interpreter actions/setup-python installed (`pythonLocation`), where a
 * job's `pip install -r requirements.txt` puts them. Only folders that exist; nothing is run.
 */
function sitePackagesFolders(projectDirs, env) {
    const roots = [
        env.VIRTUAL_ENV,
        ...projectDirs.flatMap(dir => [(0,external_node_path_.join)(dir, '.venv'), (0,external_node_path_.join)(dir, 'venv')]),
        env.pythonLocation
    ].filter((root) => Boolean(root));
    return [...new Set([...new Set(roots)].flatMap(src/* pythonSitePackages */.tk))];
}
/**
 * The licenses of the distributions installed in a site-packages folder, keyed `<PEP 503 name>@<version>`, from each
 * `*.dist-info/METADATA` (what pip, uv and poetry install) or `*.egg-info/PKG-INFO` (older setuptools installs).
 */
function readSitePackagesLicenses(folder) {
    const licenses = new Map();
    for (const entry of (0,src/* listFolder */.bt)(folder).sort()) {
        const text = distributionMetadata(folder, entry);
        if (text === undefined)
            continue;
        const fields = metadataFields(text);
        const name = fields.get('name')?.[0];
        const version = fields.get('version')?.[0];
        const license = licenseOf(fields);
        const key = name && version ? `${pep503Name(name)}@${version}` : undefined;
        if (key && license && !licenses.has(key))
            licenses.set(key, license);
    }
    return licenses;
}
/**
 * The core metadata of a site-packages entry: `<name>-<version>.dist-info/METADATA`, `<name>.egg-info/PKG-INFO`, or an
 * `.egg-info` that is itself the PKG-INFO file (distutils wrote those); undefined for anything else.
 */
function distributionMetadata(folder, entry) {
    const candidates = entry.endsWith('.dist-info')
        ? [(0,external_node_path_.join)(folder, entry, 'METADATA')]
        : entry.endsWith('.egg-info')
            ? [(0,external_node_path_.join)(folder, entry, 'PKG-INFO'), (0,external_node_path_.join)(folder, entry)]
            : [];
    for (const file of candidates) {
        try {
            return (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            // a folder, or unreadable: the next candidate
        }
    }
    return undefined;
}
/**
 * The header fields of core metadata (RFC 822 style, as `email.parser` reads it): name (lower-case) → values in
 * order; a line that starts with white space continues the field before it. The body after the first blank line
 * (the long description) is not read.
 */
function metadataFields(text) {
    const fields = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (/^[ \t]/.test(line)) {
            if (last)
                last[last.length - 1] += `\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const name = line.slice(0, colon).trim().toLowerCase();
        const values = fields.get(name) ?? [];
        values.push(line.slice(colon + 1).trim());
        fields.set(name, values);
        last = values;
    }
    return fields;
}
/** Trove classifiers of well-known licenses and their SPDX identifiers. */
const CLASSIFIERS = {
    'License :: OSI Approved :: MIT License': 'MIT',
    'License :: OSI Approved :: MIT No Attribution License (MIT-0)': 'MIT-0',
    'License :: OSI Approved :: Apache Software License': 'Apache-2.0',
    'License :: OSI Approved :: ISC License (ISCL)': 'ISC',
    'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
    'License :: OSI Approved :: Python Software Foundation License': 'PSF-2.0',
    'License :: OSI Approved :: The Unlicense (Unlicense)': 'Unlicense',
    'License :: OSI Approved :: Zope Public License': 'ZPL-2.1',
    'License :: OSI Approved :: GNU General Public License v2 (GPLv2)': 'GPL-2.0-only',
    'License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
    'License :: OSI Approved :: GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
    'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
    'License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)': 'LGPL-2.0-only',
    'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
    'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
    'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
    'License :: OSI Approved :: GNU Affero General Public License v3': 'AGPL-3.0-only',
    'License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
    'License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)': 'EPL-2.0',
    'License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)': 'BSL-1.0',
    'License :: OSI Approved :: Academic Free License (AFL)': 'AFL-3.0',
    'License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication': 'CC0-1.0'
};
/** a License field this long or longer, or on several lines, is the license's text, not its name */
const NAME_LIMIT = 80;
/**
 * What a distribution declares, in the order of precedence packaging tools give it: PEP 639's `License-Expression`;
 * else the `License` field when it names a license (one short line, not `UNKNOWN`); else its license classifiers,
 * as SPDX identifiers where they map to one (several are a choice, hence OR; BSD's classifier names no variant and
 * stays as written).
 */
function licenseOf(fields) {
    const expression = fields.get('license-expression')?.[0];
    if (expression)
        return expression;
    const declared = fields.get('license')?.[0]?.trim();
    if (declared && !declared.includes('\n') && declared.length < NAME_LIMIT && !/^unknown$/i.test(declared))
        return declared;
    // `License :: OSI Approved` alone names no license
    const classifiers = (fields.get('classifier') ?? []).filter(c => c.startsWith('License ::') && c !== 'License :: OSI Approved');
    const named = [...new Set(classifiers.map(c => CLASSIFIERS[c] ?? c.split('::').pop().trim()))];
    if (named.length === 1)
        return named[0];
    if (named.length > 1)
        return `(${named.join(' OR ')})`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/licenses/installed.ts




/**
 * Licenses of installed packages, for the lockfiles that do not carry them (package-lock v1, yarn, pnpm before v9,
 * bun, and every Python lockfile): an npm-family lockfile's packages are looked up by name and version in the
 * node_modules beside it (npm, yarn classic and bun's layout, and pnpm's store); a Python lockfile's in the
 * site-packages of the project's virtualenv or the job's Python (`sitePackagesFolders`). Each folder is read once,
 * however many lockfiles (the head's and a base commit's) ask. The audit's deny-licenses and the SBOM's license
 * fields both read licenses through this.
 */
class InstalledLicenses {
    repoRoot;
    env;
    folders = new Map();
    /** lockfile folder → the site-packages folders of its Python environments, found once */
    environments = new Map();
    /** repoRoot: what lockfile paths are relative to; env: where `VIRTUAL_ENV` and setup-python's `pythonLocation` are read */
    constructor(repoRoot, env = {}) {
        this.repoRoot = repoRoot;
        this.env = env;
    }
    /** The license the installed copy of name@version beside the lockfile declares. */
    find(lockfileFile, name, version) {
        return this.read((0,external_node_path_.join)(this.repoRoot, external_node_path_.posix.dirname(lockfileFile)), readNodeModulesLicenses).get(`${name}@${version}`);
    }
    /** The license an installed Python distribution name==version declares, in the first environment that has it. */
    findPython(lockfileFile, name, version) {
        const key = `${pep503Name(name)}@${version}`;
        const dir = (0,external_node_path_.join)(this.repoRoot, external_node_path_.posix.dirname(lockfileFile));
        let environments = this.environments.get(dir);
        if (!environments) {
            environments = sitePackagesFolders([dir, this.repoRoot], this.env);
            this.environments.set(dir, environments);
        }
        for (const folder of environments) {
            const license = this.read(folder, readSitePackagesLicenses).get(key);
            if (license)
                return license;
        }
        return undefined;
    }
    read(folder, reader) {
        let licenses = this.folders.get(folder);
        if (!licenses) {
            licenses = reader(folder);
            this.folders.set(folder, licenses);
        }
        return licenses;
    }
    /**
     * The lockfile with the licenses it lacks filled in (license source `node_modules` or `site-packages`), and how
     * many were filled.
     */
    fill(lockfile) {
        const python = lockfile.ecosystem === 'PyPI';
        if ((lockfile.ecosystem !== 'npm' && !python) || lockfile.packages.every(p => p.license))
            return { lockfile, filled: 0 };
        let filled = 0;
        const packages = lockfile.packages.map(pkg => {
            if (pkg.license)
                return pkg;
            const license = python
                ? this.findPython(pkg.file, pkg.name, pkg.version)
                : this.find(pkg.file, pkg.name, pkg.version);
            if (!license)
                return pkg;
            filled++;
            return { ...pkg, license, licenseSource: python ? 'site-packages' : 'node_modules' };
        });
        return { lockfile: filled > 0 ? { ...lockfile, packages } : lockfile, filled };
    }
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/select.ts




/**
 * The lockfiles of the `files` input (paths or globs relative to the working directory; audit and sbom read it
 * alike): each path named, which must exist, and each glob's matches among the lockfiles discovery finds; every
 * lockfile discovery finds when `files` is empty. Sorted, each once. A path that does not exist, or globs that match
 * nothing, are a ConfigurationError; `shownAs` names the working directory in it.
 */
async function selectLockfiles(files, workingDirectory, options) {
    const discover = () => discoverLockfiles(workingDirectory, { exclude: options.exclude });
    if (files.length === 0)
        return (await discover()).map(f => ({ path: (0,external_node_path_.resolve)(workingDirectory, f), discovered: true }));
    const paths = new Map();
    let discovered;
    for (const item of files) {
        if (!/[*?]/.test(item)) {
            const path = (0,external_node_path_.isAbsolute)(item) ? item : (0,external_node_path_.resolve)(workingDirectory, item);
            if (!(0,external_node_fs_.existsSync)(path))
                throw new src/* ConfigurationError */.j1(`files: ${item} does not exist in ${options.shownAs}`);
            paths.set(path, false);
            continue;
        }
        discovered ??= await discover();
        const pattern = globToRegExp(item);
        for (const file of discovered) {
            const path = (0,external_node_path_.resolve)(workingDirectory, file);
            if (pattern.test(file) && !paths.has(path))
                paths.set(path, true);
        }
    }
    // globs alone that match nothing: the input names lockfiles, so finding none is a mistake, not a pass
    if (paths.size === 0)
        throw new src/* ConfigurationError */.j1(`files: no lockfile matches ${files.join(', ')} in ${options.shownAs}`);
    return [...paths]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([path, fromDiscovery]) => ({ path, discovered: fromDiscovery }));
}

;// CONCATENATED MODULE: ./packages/lockfiles/src/index.ts












/***/ })

};
