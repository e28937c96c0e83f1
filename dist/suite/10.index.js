export const id = 10;
export const ids = [10];
export const modules = {

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TAG_RULES: () => (/* reexport */ DEFAULT_TAG_RULES),
  buildxBuildArgs: () => (/* reexport */ buildxBuildArgs),
  computeTags: () => (/* reexport */ computeTags),
  definition: () => (/* binding */ definition),
  parseTagRules: () => (/* reexport */ parseTagRules),
  refContextFromEvent: () => (/* reexport */ refContextFromEvent)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 27 modules
var src = __webpack_require__(4450);
;// CONCATENATED MODULE: ./packages/docker/src/tags/rules.ts

/** metadata-action's default priorities: higher first; the first tag is the image's version. */
const DEFAULT_PRIORITIES = { semver: 900, ref: 600, raw: 200, sha: 100 };
/**
 * ci-suite's default rules: the branch name, `pr-N`, the three semver forms of a `v1.2.3` tag, `sha-<7>`, and
 * `latest` on the default branch (and, through latest=auto, on a non-prerelease semver tag).
 */
const DEFAULT_TAG_RULES = [
    'type=ref,event=branch',
    'type=ref,event=pr',
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=semver,pattern={{major}}',
    'type=sha',
    'type=raw,value=latest,enable={{is_default_branch}}'
];
const UNSUPPORTED_TYPES = ['schedule', 'pep440', 'match', 'edge'];
const COMMON_KEYS = ['type', 'enable', 'priority', 'prefix', 'suffix'];
const KEYS = {
    ref: [...COMMON_KEYS, 'event'],
    semver: [...COMMON_KEYS, 'pattern', 'value'],
    sha: [...COMMON_KEYS, 'format'],
    raw: [...COMMON_KEYS, 'value']
};
/** Splits one CSV record: commas separate fields, "double quotes" protect commas, "" is a quote inside quotes. */
function splitCsvFields(line) {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            fields.push(field);
            field = '';
        }
        else
            field += c;
    }
    if (quoted)
        throw new src/* ConfigurationError */.j1(`tags: an unclosed double quote in "${line}"`);
    fields.push(field);
    return fields.map(f => f.trim()).filter(f => f !== '');
}
function parseTagRule(line) {
    const attrs = new Map();
    let bareValue;
    for (const field of splitCsvFields(line)) {
        const eq = field.indexOf('=');
        if (eq <= 0) {
            bareValue = field;
            continue;
        }
        attrs.set(field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim());
    }
    const typeName = attrs.get('type') ?? 'raw';
    if (UNSUPPORTED_TYPES.includes(typeName)) {
        throw new src/* ConfigurationError */.j1(`tags: type=${typeName} (in "${line}") is not supported; use ref, semver, sha or raw`);
    }
    if (!(typeName in KEYS)) {
        throw new src/* ConfigurationError */.j1(`tags: unknown type=${typeName} in "${line}"; use ref, semver, sha or raw`);
    }
    const type = typeName;
    for (const key of attrs.keys()) {
        if (!KEYS[type].includes(key)) {
            throw new src/* ConfigurationError */.j1(`tags: "${key}" is not an attribute of type=${type} (in "${line}"); allowed: ${KEYS[type].join(', ')}`);
        }
    }
    if (bareValue !== undefined && !attrs.has('value'))
        attrs.set('value', bareValue);
    const priorityText = attrs.get('priority');
    const priority = priorityText === undefined ? DEFAULT_PRIORITIES[type] : Number(priorityText);
    if (!Number.isInteger(priority))
        throw new src/* ConfigurationError */.j1(`tags: priority must be an integer in "${line}", got "${priorityText}"`);
    const rule = {
        type,
        source: line.trim(),
        enable: attrs.get('enable') ?? 'true',
        priority,
        prefix: attrs.get('prefix'),
        suffix: attrs.get('suffix')
    };
    switch (type) {
        case 'ref': {
            const event = attrs.get('event');
            if (event !== 'branch' && event !== 'tag' && event !== 'pr') {
                throw new src/* ConfigurationError */.j1(`tags: type=ref needs event=branch, event=tag or event=pr (in "${line}")`);
            }
            rule.event = event;
            if (event === 'pr' && rule.prefix === undefined)
                rule.prefix = 'pr-';
            break;
        }
        case 'semver': {
            const pattern = attrs.get('pattern');
            if (!pattern)
                throw new src/* ConfigurationError */.j1(`tags: type=semver needs a pattern, e.g. pattern={{version}} (in "${line}")`);
            rule.pattern = pattern;
            rule.value = attrs.get('value') ?? '';
            break;
        }
        case 'sha': {
            const format = attrs.get('format') ?? 'short';
            if (format !== 'short' && format !== 'long') {
                throw new src/* ConfigurationError */.j1(`tags: type=sha takes format=short or format=long (in "${line}"), got "${format}"`);
            }
            rule.format = format;
            if (rule.prefix === undefined)
                rule.prefix = 'sha-';
            break;
        }
        case 'raw': {
            const value = attrs.get('value');
            if (value === undefined)
                throw new src/* ConfigurationError */.j1(`tags: type=raw needs a value, e.g. type=raw,value=stable (in "${line}")`);
            rule.value = value;
            break;
        }
    }
    return rule;
}
/** Parses rule lines, highest priority first (a stable sort: equal priorities keep their order). */
function parseTagRules(lines) {
    return lines
        .map(parseTagRule)
        .map((rule, index) => ({ rule, index }))
        .sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index)
        .map(({ rule }) => rule);
}

;// CONCATENATED MODULE: ./packages/docker/src/inputs.ts


const CACHE_MODES = ['gha', 'registry', 'none'];
const PUSH_MODES = ['auto', 'true', 'false'];
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function readDockerReleaseInputs(reader) {
    const buildArgs = reader.lines('build-args');
    for (const arg of buildArgs) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg))
            throw new src/* ConfigurationError */.j1(`build-args: each line is NAME=value, got "${arg}"`);
    }
    const platforms = reader.list('platforms');
    for (const platform of platforms) {
        if (!PLATFORM.test(platform)) {
            throw new src/* ConfigurationError */.j1(`platforms: "${platform}" is not os/arch[/variant], e.g. linux/amd64, linux/arm64, linux/arm/v7`);
        }
    }
    const labels = reader.lines('labels');
    for (const label of labels) {
        if (label.indexOf('=') <= 0)
            throw new src/* ConfigurationError */.j1(`labels: each line is key=value, got "${label}"`);
    }
    const suffix = reader.string('suffix', '');
    if (suffix && !/^[a-zA-Z0-9._/-]+$/.test(suffix)) {
        throw new src/* ConfigurationError */.j1(`suffix: letters, digits and . _ - / only (it is appended to the image name), got "${suffix}"`);
    }
    return {
        image: reader.string('image'),
        suffix,
        context: reader.string('context', '.'),
        file: reader.string('file'),
        target: reader.string('target'),
        buildArgs,
        platforms,
        push: reader.choice('push', PUSH_MODES, 'auto'),
        tagRules: parseTagRules(reader.lines('tags', DEFAULT_TAG_RULES)),
        labels,
        registry: reader.string('registry'),
        username: reader.string('username'),
        // never repeated in the reproduce command; registered as a secret by run()
        password: (0,src/* readSecretInput */.NL)(reader, 'password'),
        cache: reader.choice('cache', CACHE_MODES, 'gha'),
        provenance: reader.boolean('provenance', false),
        sbom: reader.boolean('sbom', false)
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/docker/src/build/plan.ts
/** The registry cache's own tag, next to the image's. */
const REGISTRY_CACHE_TAG = 'buildcache';

;// CONCATENATED MODULE: ./packages/docker/src/build/buildx-args.ts

/** The arguments after `docker` for `docker buildx build`, as docker/build-push-action would pass them. */
function buildxBuildArgs(plan) {
    const args = ['buildx', 'build'];
    if (plan.builder)
        args.push('--builder', plan.builder);
    args.push('--file', plan.file);
    for (const tag of plan.tags)
        args.push('--tag', tag);
    for (const [key, value] of plan.labels)
        args.push('--label', `${key}=${value}`);
    for (const buildArg of plan.buildArgs)
        args.push('--build-arg', buildArg);
    if (plan.target)
        args.push('--target', plan.target);
    if (plan.platforms.length > 0)
        args.push('--platform', plan.platforms.join(','));
    args.push(...cacheArgs(plan));
    // explicit, both ways: buildx's default provenance turns a single-platform push into an index with an
    // unknown/unknown entry, which surprises registries and deploy tools (docker/build-push-action#755)
    if (plan.attestationFlags !== false) {
        args.push(`--provenance=${plan.provenance ? 'mode=max' : 'false'}`);
        args.push(`--sbom=${plan.sbom ? 'true' : 'false'}`);
    }
    args.push('--metadata-file', plan.metadataFile);
    if (plan.push)
        args.push('--push');
    args.push(plan.context);
    return args;
}
function cacheArgs(plan) {
    switch (plan.cache) {
        case 'gha': {
            // one scope per image (and platform set): two images of a repository must not evict each other's layers
            const scope = `${plan.image}${plan.platforms.length > 0 ? `-${plan.platforms.join('-')}` : ''}`.replace(/[^a-zA-Z0-9._-]+/g, '-');
            return ['--cache-from', `type=gha,scope=${scope}`, '--cache-to', `type=gha,mode=max,scope=${scope}`];
        }
        case 'registry': {
            const ref = `${plan.image}:${REGISTRY_CACHE_TAG}`;
            // writing the cache needs the push credentials: a pull request only reads it
            const from = ['--cache-from', `type=registry,ref=${ref}`];
            return plan.push ? [...from, '--cache-to', `type=registry,ref=${ref},mode=max`] : from;
        }
        case 'none':
            return [];
    }
}
/** The builder ci-suite creates when the current one cannot do multi-platform or cache export. */
const CI_SUITE_BUILDER = 'ci-suite';
function createBuilderArgs() {
    return ['buildx', 'create', '--name', CI_SUITE_BUILDER, '--driver', 'docker-container', '--bootstrap'];
}
/** QEMU's binfmt name for a platform the host cannot run natively, e.g. linux/arm64 → aarch64. */
const QEMU_NAMES = {
    arm64: 'aarch64',
    arm: 'arm',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    mips64le: 'mips64el',
    amd64: 'x86_64',
    '386': 'i386'
};
/**
 * The emulators the platforms need on a host of `hostArch` (Docker's names: amd64, arm64): none for the host's own
 * architecture (and 386 on amd64, arm on arm64, which run natively).
 */
function foreignArchitectures(platforms, hostArch) {
    const native = new Set([hostArch, hostArch === 'amd64' ? '386' : hostArch === 'arm64' ? 'arm' : hostArch]);
    const archs = platforms.map(p => p.split('/')[1] ?? '').filter(a => a && !native.has(a));
    return [...new Set(archs)];
}
function qemuBinfmtName(arch) {
    return QEMU_NAMES[arch];
}
/** Registers QEMU emulators through binfmt_misc (what docker/setup-qemu-action runs). */
function installQemuArgs(archs) {
    return ['run', '--privileged', '--rm', 'tonistiigi/binfmt:latest', '--install', archs.join(',')];
}

;// CONCATENATED MODULE: ./packages/docker/src/build/builder.ts


/**
 * A builder that can export caches and build several platforms: the current one when it already uses the
 * docker-container driver (docker/setup-buildx-action's), else ci-suite's own, created once. QEMU for foreign platforms.
 */
async function ensureBuilder(docker, platforms, hostArch) {
    const current = await docker.exec(['buildx', 'inspect']);
    let builder;
    if (!(current.exitCode === 0 && /Driver:\s+docker-container/.test(current.stdout))) {
        const existing = await docker.exec(['buildx', 'inspect', CI_SUITE_BUILDER]);
        if (existing.exitCode !== 0)
            await docker.run(createBuilderArgs(), 'builder');
        builder = CI_SUITE_BUILDER;
    }
    const missing = foreignArchitectures(platforms, hostArch).filter(arch => {
        const name = qemuBinfmtName(arch);
        return !name || !(0,external_node_fs_.existsSync)(`/proc/sys/fs/binfmt_misc/qemu-${name}`);
    });
    if (missing.length > 0)
        await docker.run(installQemuArgs(missing), 'builder');
    return builder;
}
/** buildx's metadata file names the pushed manifest (or index) digest. */
function readMetadataDigest(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const metadata = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    const digest = metadata['containerimage.digest'];
    return typeof digest === 'string' ? digest : undefined;
}
/** Build steps a builder reports as cached, out of all its steps (classic builder and BuildKit's plain progress). */
function cacheStats(output) {
    const classicSteps = output.match(/^Step \d+\/\d+ :/gm)?.length ?? 0;
    if (classicSteps > 0)
        return { cached: output.match(/^ ---> Using cache$/gm)?.length ?? 0, total: classicSteps };
    const steps = new Set((output.match(/^#\d+ \[(?!internal\])[^\]]+\]/gm) ?? []).map(l => l.split(' ')[0]));
    const cached = new Set((output.match(/^#\d+ CACHED$/gm) ?? []).map(l => l.split(' ')[0]));
    return { cached: cached.size, total: steps.size };
}

;// CONCATENATED MODULE: ./packages/docker/src/build/capabilities.ts

/** What buildx needs to reach the Actions cache; a runner gives them to every JavaScript action. */
const GHA_CACHE_ENV = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'];
/** buildx 0.10 added --provenance/--sbom; 0.21 speaks the Actions cache service v2 (v1 was shut down in April 2025). */
const ATTESTATION_FLAGS_SINCE = [0, 10, 0];
const GHA_CACHE_V2_SINCE = [0, 21, 0];
/** `0.21.1` ≥ [0, 21, 0]; an unreadable version counts as new. */
function versionAtLeast(version, minimum) {
    const parts = /(\d+)\.(\d+)\.(\d+)/.exec(version);
    if (!parts)
        return true;
    for (let i = 0; i < 3; i++) {
        const part = Number(parts[i + 1]);
        if (part !== minimum[i])
            return part > minimum[i];
    }
    return true;
}
/**
 * What this runner's docker can do of what was asked: without buildx only one platform and no attestation (errors)
 * and no layer cache (a notice); the gha cache also needs a recent buildx and the runner's cache service.
 */
function buildCapabilities(request, buildxVersion, env) {
    const notes = [];
    if (!buildxVersion) {
        if (request.platforms.length > 1) {
            throw new src/* ConfigurationError */.j1(`platforms asks for ${request.platforms.length} platforms, which needs buildx, and this runner's docker has none: install the buildx plugin (docker/setup-buildx-action) or build one platform`);
        }
        if (request.provenance || request.sbom) {
            throw new src/* ConfigurationError */.j1('provenance and sbom attestations need buildx, and this runner has none: install the buildx plugin or turn them off');
        }
        if (request.cache !== 'none') {
            notes.push(`The ${request.cache} cache needs buildx, which this runner lacks: built without a layer cache (docker build).`);
        }
        return { cache: 'none', attestationFlags: false, notes };
    }
    const attestationFlags = versionAtLeast(buildxVersion, ATTESTATION_FLAGS_SINCE);
    if ((request.provenance || request.sbom) && !attestationFlags) {
        throw new src/* ConfigurationError */.j1(`provenance and sbom attestations need buildx 0.10 or later, and this runner has ${buildxVersion}: update it (docker/setup-buildx-action)`);
    }
    let cache = request.cache;
    if (cache === 'gha' && !versionAtLeast(buildxVersion, GHA_CACHE_V2_SINCE)) {
        notes.push(`The gha cache needs buildx 0.21 or later (the Actions cache service v2), and this runner has ${buildxVersion}: built without it.`);
        cache = 'none';
    }
    else if (cache === 'gha' && GHA_CACHE_ENV.some(name => !env[name])) {
        notes.push('The gha cache needs the runner’s Actions cache service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL), which this run lacks: built without it.');
        cache = 'none';
    }
    return { cache, attestationFlags, notes };
}

;// CONCATENATED MODULE: ./packages/docker/src/build/classic-args.ts
/** `docker build` (the classic builder, when buildx is missing): one platform, the image lands in the daemon. */
function classicBuildArgs(plan, iidFile) {
    const args = ['build', '--file', plan.file];
    for (const tag of plan.tags)
        args.push('--tag', tag);
    for (const [key, value] of plan.labels)
        args.push('--label', `${key}=${value}`);
    for (const buildArg of plan.buildArgs)
        args.push('--build-arg', buildArg);
    if (plan.target)
        args.push('--target', plan.target);
    if (plan.platforms.length === 1)
        args.push('--platform', plan.platforms[0]);
    args.push('--iidfile', iidFile);
    args.push(plan.context);
    return args;
}
/** `docker push` prints `<tag>: digest: sha256:… size: N` once the manifest is up. */
function pushedDigest(output) {
    return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}

;// CONCATENATED MODULE: ./packages/docker/src/failures.ts

const DAEMON_UNREACHABLE = /Cannot connect to the Docker daemon|error during connect|Is the docker daemon running|dial unix [^:]+: connect: (no such file|connection refused)|permission denied while trying to connect to the Docker daemon/i;
const RATE_LIMITED = /toomanyrequests|too many requests|rate limit|\b429\b/i;
const PUSH_DENIED = /denied|permission_denied|insufficient_scope|unauthorized|forbidden|not allowed to write|authentication required|\b40[13]\b/i;
const LOGIN_REFUSED = /unauthorized|incorrect username or password|authentication required|denied|\b401\b/i;
const DOCKERFILE_MISSING = /Cannot locate specified Dockerfile|failed to read dockerfile|unable to prepare context|open .*Dockerfile: no such file/i;
/** The last few lines of a tool's output, on one line. */
function outputTail(output, lines = 4) {
    return output
        .trim()
        .split('\n')
        .map(l => l.trim())
        .filter(l => l !== '' &&
        !/^WARNING!|^Configure a credential helper|credential-store|^DEPRECATED|Install the buildx|docs\.docker\.com\/go\/buildx/.test(l))
        .slice(-lines)
        .join(' | ');
}
/** One clear error for a docker command that failed, with the runbooks' fixes. */
function dockerFailure(f) {
    const said = outputTail(f.output);
    const saidPart = said ? `; docker said: ${said}` : '';
    if (DAEMON_UNREACHABLE.test(f.output)) {
        return new src/* ServiceError */._7(`cannot reach the Docker daemon at ${f.dockerHost}: start it (on a runner, use a Linux runner with Docker) or point DOCKER_HOST at it, then re-run${saidPart}`);
    }
    if (RATE_LIMITED.test(f.output)) {
        // anonymous pulls (of base images) have the lowest limits; a login or a push is limited per account
        const advice = f.phase === 'build'
            ? 'log in to that registry (anonymous pulls have lower limits), use a mirror, or re-run later'
            : 're-run later, or spread the releases out';
        const who = f.phase === 'build' ? 'a registry rate-limited the base image pull' : `${f.registry} rate-limited the ${f.phase}`;
        return new src/* ServiceError */._7(`${who}: ${advice}${saidPart}`);
    }
    if (f.phase === 'login' && LOGIN_REFUSED.test(f.output)) {
        return new src/* ConfigurationError */.j1(`login to ${f.registry} as ${f.username || '(no username)'} failed: the registry refused the credentials; check username and password (for ghcr.io: the workflow's GITHUB_TOKEN with packages: write, or a token with write:packages)${saidPart}`);
    }
    if (f.phase === 'push' && PUSH_DENIED.test(f.output)) {
        return new src/* ConfigurationError */.j1(`${f.registry} denied the push of ${f.image}: grant \`packages: write\` to the workflow (permissions:) and the package's Actions access (package settings → Manage Actions access), and check that the image's owner is this repository's${saidPart}`);
    }
    if (f.phase === 'build' && DOCKERFILE_MISSING.test(f.output)) {
        return new src/* ConfigurationError */.j1(`the Dockerfile or build context could not be read: check the file and context inputs${saidPart}`);
    }
    const what = {
        daemon: 'asking the daemon',
        login: 'login',
        builder: 'setting up buildx',
        build: 'the image build',
        push: 'the push'
    }[f.phase];
    return new src/* ConfigurationError */.j1(`${what} failed (exit ${f.exitCode})${saidPart}`);
}

;// CONCATENATED MODULE: ./packages/docker/src/docker-cli.ts


/** The docker command line, run with a redacting logger; every failure becomes one clear error. */
class DockerCli {
    options;
    constructor(options) {
        this.options = options;
    }
    get dockerHost() {
        return this.options.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
    }
    /** Runs docker; returns the result whatever the exit code (only a missing executable throws). */
    async exec(args, input) {
        const { env, cwd, logger, secrets } = this.options;
        logger.info(`$ docker ${secrets.redact(args.join(' '))}`);
        const result = await (0,src/* runProcess */.R3)('docker', args, {
            env,
            cwd,
            input,
            timeoutMs: this.options.timeoutMs ?? 60 * 60_000
        });
        if (result.notFound) {
            throw new src/* ConfigurationError */.j1('docker is not installed on this runner: use a Linux runner with Docker (ubuntu-latest has it)');
        }
        const output = secrets.redact(`${result.stdout}${result.stderr}`).trim();
        if (output)
            logger.info(output);
        return result;
    }
    /** Runs docker and throws the classified error when it fails. */
    async run(args, phase, input) {
        const result = await this.exec(args, input);
        if (result.exitCode !== 0 || result.timedOut)
            throw this.failure(phase, result);
        return result;
    }
    failure(phase, result) {
        const { secrets, registry, image, username } = this.options;
        const output = secrets.redact(`${result.stdout}\n${result.stderr}`);
        return dockerFailure({
            phase,
            output,
            exitCode: result.exitCode,
            registry,
            image,
            username,
            dockerHost: this.dockerHost
        });
    }
    async daemon() {
        const result = await this.run(['version', '--format', '{{.Server.Version}} {{.Server.Os}} {{.Server.Arch}}'], 'daemon');
        const [version = '', os = 'linux', arch = 'amd64'] = result.stdout.trim().split(/\s+/);
        return { version, os, arch };
    }
    /** The buildx version, or undefined when the plugin is missing. */
    async buildxVersion() {
        const result = await this.exec(['buildx', 'version']);
        if (result.exitCode !== 0)
            return undefined;
        return /v?(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? result.stdout.trim();
    }
    /** `docker login --password-stdin`: the password goes through stdin, never onto a command line. */
    async login(registry, username, password) {
        await this.run(['login', '--username', username, '--password-stdin', registry], 'login', password);
    }
    async logout(registry) {
        await this.exec(['logout', registry]);
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/docker/src/docker-config.ts



/**
 * A temporary DOCKER_CONFIG for this step: the login's credentials live there and go with it at the end (the caller
 * removes it; it sits in the step's temporary folder, which the runner wipes anyway). The user's CLI plugins (buildx),
 * buildx builders and contexts are linked in, so a builder set up earlier in the job still works.
 */
function temporaryDockerConfig(tempDir, env) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempDir, 'docker-config-'));
    const original = env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    for (const entry of ['cli-plugins', 'buildx', 'contexts']) {
        const source = (0,external_node_path_.join)(original, entry);
        if ((0,external_node_fs_.existsSync)(source))
            (0,external_node_fs_.symlinkSync)(source, (0,external_node_path_.join)(dir, entry));
    }
    return dir;
}

;// CONCATENATED MODULE: ./packages/docker/src/image-name.ts

/**
 * The image's name without a tag: `ghcr.io/<owner>/<repo>` unless given, plus the suffix, lower-cased (GHCR and
 * Docker Hub refuse upper case in a repository name, a common failure with owners like `MyOrg`).
 */
function imageName(given, suffix, repository) {
    let base = given;
    if (base === undefined) {
        if (!repository.owner || !repository.repo) {
            throw new src/* ConfigurationError */.j1('image is required outside a GitHub repository: give the full name, e.g. ghcr.io/my-org/my-app');
        }
        base = `ghcr.io/${repository.owner}/${repository.repo}`;
    }
    const name = `${base}${suffix}`.toLowerCase();
    const lastPart = name.slice(name.lastIndexOf('/') + 1);
    if (lastPart.includes(':') || name.includes('@')) {
        throw new src/* ConfigurationError */.j1(`image must be a name without a tag or digest (tags come from the tags input), got "${name}"`);
    }
    // the repository path grammar of the distribution spec, after an optional registry host[:port]
    const path = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    const hasHost = first.includes('.') || first.includes(':') || first === 'localhost';
    const repositoryPath = hasHost ? name.slice(slash + 1) : name;
    if (!path.test(repositoryPath)) {
        throw new src/* ConfigurationError */.j1(`image "${name}" is not a valid image name: lower-case letters, digits and . _ - separators, parts joined by /`);
    }
    return name;
}
/** The registry host of an image name: `ghcr.io` for `ghcr.io/o/r`, `docker.io` for `o/r` (Docker Hub). */
function registryHost(image) {
    const slash = image.indexOf('/');
    const first = slash < 0 ? '' : image.slice(0, slash);
    return first.includes('.') || first.includes(':') || first === 'localhost' ? first : 'docker.io';
}
/** The repository path inside the registry: `o/r` for `ghcr.io/o/r`, `library/r` for Docker Hub's `r`. */
function repositoryPath(image) {
    const host = registryHost(image);
    if (host !== 'docker.io' || image.startsWith('docker.io/'))
        return image.slice(host.length + 1);
    return image.includes('/') ? image : `library/${image}`;
}

;// CONCATENATED MODULE: ./packages/docker/src/local-commit.ts

/**
 * At a terminal there is no GITHUB_REF or GITHUB_SHA: the tags come from the checkout instead (its branch, or the tag
 * at HEAD, and HEAD's commit), so `npx ci-suite docker-release` tags as CI would. Outside a git repository, unchanged.
 */
async function withLocalCommit(event, cwd) {
    if (event.ref || event.sha)
        return event;
    const git = new src/* Git */.TU(cwd);
    if (!(await git.isRepository()))
        return event;
    const sha = (await git.resolve('HEAD')) ?? '';
    const branch = await git.run(['symbolic-ref', '--quiet', 'HEAD'], { allowFailure: true });
    let ref = branch.exitCode === 0 ? branch.stdout.trim() : '';
    if (!ref) {
        const tag = await git.run(['describe', '--exact-match', '--tags', 'HEAD'], { allowFailure: true });
        if (tag.exitCode === 0)
            ref = `refs/tags/${tag.stdout.trim()}`;
    }
    return {
        ...event,
        sha,
        ref,
        refName: ref.replace(/^refs\/(heads|tags)\//, ''),
        refType: ref.startsWith('refs/tags/') ? 'tag' : ref ? 'branch' : 'other'
    };
}

;// CONCATENATED MODULE: ./packages/docker/src/registry/client.ts

/** The manifest media types a registry may answer with (Docker v2 and OCI, single images and indexes). */
const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');
/** Loopback registries speak plain HTTP (as the Docker daemon allows them), all others HTTPS; Docker Hub's API host. */
function registryBaseUrl(host) {
    if (host === 'docker.io')
        return 'https://registry-1.docker.io';
    const name = host.replace(/:\d+$/, '');
    const loopback = name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
    return `${loopback ? 'http' : 'https'}://${host}`;
}
/**
 * A small client of the OCI distribution API: answers basic and bearer-token challenges (ghcr.io, Docker Hub) with
 * the given credentials. Read-only: it only looks at tags and manifests.
 */
class RegistryClient {
    credentials;
    authorization;
    baseUrl;
    /** told each bearer token it gets, so the caller can keep it out of every output */
    onToken;
    constructor(host, credentials, options = {}) {
        this.credentials = credentials;
        this.baseUrl = options.baseUrl ?? registryBaseUrl(host);
        this.onToken = options.onToken ?? (() => undefined);
    }
    /** The digest a tag points at, undefined when the tag does not exist. */
    async digestOf(repository, tag) {
        const response = await this.request('HEAD', `/v2/${repository}/manifests/${encodeURIComponent(tag)}`, repository, {
            Accept: MANIFEST_TYPES
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw new Error(`HTTP ${response.status} for the manifest of ${repository}:${tag}`);
        return response.headers.get('docker-content-digest') ?? undefined;
    }
    async tags(repository) {
        const response = await this.request('GET', `/v2/${repository}/tags/list?n=1000`, repository);
        if (response.status === 404)
            return [];
        if (response.status !== 200)
            throw new Error(`HTTP ${response.status} for the tags of ${repository}`);
        const body = JSON.parse(response.body);
        return body.tags ?? [];
    }
    async request(method, path, repository, headers = {}) {
        const url = `${this.baseUrl}${path}`;
        const send = () => (0,src/* fetchWithRetry */.J5)(url, { method, headers: { ...headers, ...(this.authorization ? { Authorization: this.authorization } : {}) } }, { attempts: 2, timeoutMs: 15_000 });
        let response = await send();
        if (response.status !== 401)
            return response;
        const challenge = response.headers.get('www-authenticate') ?? '';
        const authorization = await this.answer(challenge, repository);
        if (!authorization)
            return response;
        this.authorization = authorization;
        response = await send();
        return response;
    }
    async answer(challenge, repository) {
        const basic = this.credentials
            ? `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`
            : undefined;
        if (/^basic/i.test(challenge))
            return basic;
        if (!/^bearer/i.test(challenge))
            return undefined;
        const params = new Map();
        for (const m of challenge.matchAll(/(\w+)="([^"]*)"/g))
            params.set(m[1].toLowerCase(), m[2]);
        const realm = params.get('realm');
        if (!realm)
            return undefined;
        const tokenUrl = new URL(realm);
        if (params.get('service'))
            tokenUrl.searchParams.set('service', params.get('service'));
        tokenUrl.searchParams.set('scope', params.get('scope') ?? `repository:${repository}:pull`);
        const response = await (0,src/* fetchWithRetry */.J5)(tokenUrl.toString(), { headers: basic ? { Authorization: basic } : {} }, { attempts: 2, timeoutMs: 15_000 });
        if (response.status !== 200)
            return undefined;
        const body = JSON.parse(response.body);
        const token = body.token ?? body.access_token;
        if (!token)
            return undefined;
        this.onToken(token);
        return `Bearer ${token}`;
    }
}

;// CONCATENATED MODULE: ./packages/docker/src/registry/previous-image.ts
/** How many other tags to look at for a name of the previous image. */
const NAME_LOOKUPS = 30;
const PARALLEL_LOOKUPS = 10;
/**
 * Before a push: the first of `tags` (latest first) that exists in the registry, and where it points. Immutable-looking
 * tags (sha-…, a full x.y.z version) are not rollback targets: they never move.
 */
async function findPreviousImage(client, repository, tags) {
    const moving = tags.filter(t => !/^sha-[0-9a-f]{7,40}$/.test(t) && !/^v?\d+\.\d+\.\d+$/.test(t));
    const ordered = [...moving.filter(t => t === 'latest'), ...moving.filter(t => t !== 'latest')];
    for (const tag of ordered) {
        const digest = await client.digestOf(repository, tag);
        if (!digest)
            continue;
        const previous = { tag, digest };
        const others = (await client.tags(repository)).filter(t => !tags.includes(t));
        // sha- tags first, newest-looking last in a lexical list, so look from the end
        const candidates = [
            ...others.filter(t => t.startsWith('sha-')).reverse(),
            ...others.filter(t => !t.startsWith('sha-'))
        ];
        // a few requests at a time: a registry answers each in milliseconds, but thirty in a row add up
        const lookups = candidates.slice(0, NAME_LOOKUPS);
        for (let i = 0; i < lookups.length && !previous.namedTag; i += PARALLEL_LOOKUPS) {
            const batch = lookups.slice(i, i + PARALLEL_LOOKUPS);
            const digests = await Promise.all(batch.map(other => client.digestOf(repository, other)));
            previous.namedTag = batch.find((_other, j) => digests[j] === digest);
        }
        if (!previous.namedTag)
            delete previous.namedTag;
        return previous;
    }
    return undefined;
}
/** The commands that point the moved tag back at the previous image. */
function rollbackCommand(image, previous, multiPlatform) {
    const source = `${image}@${previous.digest}`;
    const target = `${image}:${previous.tag}`;
    // an index keeps every platform only when copied registry-side; pull/tag/push would keep one
    if (multiPlatform)
        return `docker buildx imagetools create --tag ${target} ${source}`;
    return `docker pull ${source} && docker tag ${source} ${target} && docker push ${target}`;
}

;// CONCATENATED MODULE: ./packages/docker/src/labels.ts

/**
 * metadata-action's OCI labels (org.opencontainers.image.*), then the user's `labels` lines (`key=value`), which
 * win over a generated label of the same key; sorted by key. Empty generated values are left out.
 */
function ociLabels(source, extra) {
    const labels = new Map();
    const generated = [
        ['title', source.repositoryName],
        ['description', source.description],
        ['url', source.htmlUrl],
        ['source', source.htmlUrl],
        ['version', source.version],
        ['created', source.created.toISOString()],
        ['revision', source.revision],
        ['licenses', source.license]
    ];
    for (const [key, value] of generated) {
        if (value)
            labels.set(`org.opencontainers.image.${key}`, value);
    }
    for (const line of extra) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new src/* ConfigurationError */.j1(`labels: each line is key=value, got "${line}"`);
        labels.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
    return new Map([...labels].sort(([a], [b]) => a.localeCompare(b)));
}
/** The repository facts of a push, pull_request or release payload's `repository` object. */
function repositoryFacts(payload, fallbackName) {
    const repository = (payload.repository ?? {});
    const text = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    const license = (repository.license ?? {});
    const spdx = text(license.spdx_id);
    return {
        repositoryName: text(repository.name) ?? fallbackName,
        description: text(repository.description),
        htmlUrl: text(repository.html_url),
        license: spdx === 'NOASSERTION' ? undefined : spdx
    };
}

;// CONCATENATED MODULE: ./packages/docker/src/push-policy.ts
/**
 * The events on which push: auto publishes (a branch or tag push, a release, a manual or API dispatch); a pull request
 * of any kind never does, nor a merge queue or schedule (give push: true for a nightly image).
 */
const PUSH_EVENTS = new Set(['push', 'release', 'workflow_dispatch', 'repository_dispatch', 'create']);
function decidePush(mode, eventName) {
    if (mode === 'true')
        return { push: true, reason: 'push is true' };
    if (mode === 'false')
        return { push: false, reason: 'push is false' };
    if (eventName.startsWith('pull_request')) {
        return { push: false, reason: `auto never pushes on ${eventName}: a build sanity check` };
    }
    if (PUSH_EVENTS.has(eventName))
        return { push: true, reason: `auto pushes on ${eventName}` };
    return { push: false, reason: `auto does not push on ${eventName || 'a local run'}` };
}

;// CONCATENATED MODULE: ./packages/docker/src/tags/semver.ts
const IDENTIFIER = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
const SEMVER = new RegExp(`^[v=]?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)` +
    `(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?` +
    `(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`);
/** undefined when the text is not a valid semver version. */
function parseSemver(text) {
    const match = SEMVER.exec(text.trim());
    if (!match)
        return undefined;
    const [, major, minor, patch, prerelease = ''] = match;
    const core = `${major}.${minor}.${patch}`;
    return {
        raw: text,
        major: Number(major),
        minor: Number(minor),
        patch: Number(patch),
        prerelease,
        version: prerelease ? `${core}-${prerelease}` : core
    };
}

;// CONCATENATED MODULE: ./packages/docker/src/tags/compute.ts


const SHORT_SHA_LENGTH = 7;
/**
 * The commit to name the image after. On a pull request GITHUB_SHA is the test merge commit, which no one can find
 * later; like metadata-action with DOCKER_METADATA_PR_HEAD_SHA=true, the PR's head commit names the image instead.
 */
function refContextFromEvent(event) {
    return {
        eventName: event.eventName,
        ref: event.ref,
        sha: event.pullRequest?.headSha || event.sha,
        defaultBranch: event.defaultBranch,
        pullRequestNumber: event.pullRequest?.number || undefined
    };
}
const BRANCH_REF = /^refs\/heads\//;
const TAG_REF = /^refs\/tags\//;
const PULL_REF = /^refs\/pull\//;
function branchName(ref) {
    return BRANCH_REF.test(ref) ? ref.replace(BRANCH_REF, '') : '';
}
function isDefaultBranch(context) {
    const branch = branchName(context.ref);
    if (!branch)
        return false;
    if (context.defaultBranch === branch)
        return true;
    // these events always run on the default branch's last commit (metadata-action does the same)
    return /create|discussion|issues|schedule/.test(context.eventName);
}
/** metadata-action's global expressions, for enable=, value=, prefix= and suffix=. */
function expandExpressions(text, context, rule) {
    return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_whole, name) => {
        switch (name) {
            case 'branch':
                return branchName(context.ref);
            case 'tag':
                return TAG_REF.test(context.ref) ? context.ref.replace(TAG_REF, '') : '';
            case 'sha':
                return context.sha.slice(0, SHORT_SHA_LENGTH);
            case 'is_default_branch':
                return String(isDefaultBranch(context));
            case 'is_not_default_branch':
                return String(!isDefaultBranch(context));
            default:
                throw new src/* ConfigurationError */.j1(`tags: unknown expression {{${name}}} in "${rule.source}"; known: {{branch}}, {{tag}}, {{sha}}, {{is_default_branch}}, {{is_not_default_branch}}`);
        }
    });
}
function expandSemverPattern(pattern, version, rule) {
    return pattern.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_whole, name) => {
        switch (name) {
            case 'raw':
                return version.raw;
            case 'version':
                return version.version;
            case 'major':
                return String(version.major);
            case 'minor':
                return String(version.minor);
            case 'patch':
                return String(version.patch);
            default:
                throw new src/* ConfigurationError */.j1(`tags: unknown expression {{${name}}} in the pattern of "${rule.source}"; known: {{raw}}, {{version}}, {{major}}, {{minor}}, {{patch}}`);
        }
    });
}
/** A pattern that is exactly {{raw}} keeps a pre-release's text as it is (metadata-action's isRawStatement). */
const isRawPattern = (pattern) => /^\{\{\s*raw\s*\}\}$/.test(pattern);
/** Invalid character runs become `-` (metadata-action's sanitizeTag). */
function sanitizeTag(tag) {
    return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}
/** Docker's tag grammar: a word character, then up to 127 of [A-Za-z0-9_.-]. */
const VALID_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function evaluateRule(rule, context) {
    const affix = (value) => {
        const prefix = rule.prefix === undefined ? '' : expandExpressions(rule.prefix, context, rule);
        const suffix = rule.suffix === undefined ? '' : expandExpressions(rule.suffix, context, rule);
        return `${prefix}${value}${suffix}`;
    };
    switch (rule.type) {
        case 'ref': {
            if (rule.event === 'branch') {
                return BRANCH_REF.test(context.ref)
                    ? { value: affix(branchName(context.ref)), latest: false }
                    : { latest: false };
            }
            if (rule.event === 'tag') {
                return TAG_REF.test(context.ref)
                    ? { value: affix(context.ref.replace(TAG_REF, '')), latest: true }
                    : { latest: false };
            }
            const pr = PULL_REF.test(context.ref)
                ? context.ref.replace(PULL_REF, '').replace(/\/merge$/, '')
                : context.eventName.startsWith('pull_request') && context.pullRequestNumber
                    ? String(context.pullRequestNumber)
                    : '';
            return pr ? { value: affix(pr), latest: false } : { latest: false };
        }
        case 'semver': {
            const given = rule.value ? expandExpressions(rule.value, context, rule) : '';
            if (!given && !TAG_REF.test(context.ref))
                return { latest: false };
            const text = given || context.ref.replace(TAG_REF, '').replace(/\//g, '-');
            const version = parseSemver(text);
            if (!version)
                return { latest: false, warning: `${text} is not a valid semver version, so "${rule.source}" gives no tag` };
            // a pre-release only ever gives {{version}} (or {{raw}}): its major and minor tags would move too often
            if (version.prerelease) {
                const pattern = isRawPattern(rule.pattern) ? rule.pattern : '{{version}}';
                return { value: affix(expandSemverPattern(pattern, version, rule)), latest: false };
            }
            return { value: affix(expandSemverPattern(rule.pattern, version, rule)), latest: true };
        }
        case 'sha': {
            if (!context.sha)
                return { latest: false };
            const sha = rule.format === 'long' ? context.sha : context.sha.slice(0, SHORT_SHA_LENGTH);
            return { value: affix(sha), latest: false };
        }
        case 'raw':
            return { value: affix(expandExpressions(rule.value ?? '', context, rule)), latest: false };
    }
}
/**
 * Evaluates rules (highest priority first, see parseTagRules) as metadata-action does with `flavor: latest=auto`:
 * the first rule that gives a value decides the version and whether `latest` is added.
 */
function computeTags(rules, context) {
    let version;
    const partial = [];
    let latest;
    const warnings = [];
    for (const rule of rules) {
        const enabled = expandExpressions(rule.enable, context, rule).trim().toLowerCase();
        if (enabled !== 'true' && enabled !== 'false') {
            throw new src/* ConfigurationError */.j1(`tags: enable must be true or false in "${rule.source}", got "${enabled}"`);
        }
        if (enabled === 'false')
            continue;
        const outcome = evaluateRule(rule, context);
        if (outcome.warning)
            warnings.push(outcome.warning);
        if (!outcome.value)
            continue;
        const tag = sanitizeTag(outcome.value);
        if (!VALID_TAG.test(tag)) {
            throw new src/* ConfigurationError */.j1(`tags: "${rule.source}" gives "${tag}", which is not a valid Docker tag (a letter, digit or _ first, at most 128 characters)`);
        }
        if (version === undefined)
            version = tag;
        else if (tag !== version && !partial.includes(tag))
            partial.push(tag);
        if (latest === undefined)
            latest = outcome.latest;
    }
    const tags = version === undefined ? [] : [version, ...partial];
    const addLatest = latest === true && !tags.includes('latest');
    return {
        version,
        tags: addLatest ? [...tags, 'latest'] : tags,
        latest: tags.includes('latest') || addLatest,
        warnings
    };
}

;// CONCATENATED MODULE: ./packages/docker/src/release-plan.ts







function planRelease(inputs, context, now = new Date()) {
    const { event } = context;
    const image = imageName(inputs.image, inputs.suffix, event);
    const refContext = refContextFromEvent(event);
    const computed = computeTags(inputs.tagRules, refContext);
    if (computed.tags.length === 0) {
        throw new src/* ConfigurationError */.j1(`no tag rule gives a tag for ${event.eventName || 'this run'} on ${event.ref || 'no ref'}: add one, e.g. tags: type=sha or type=raw,value=dev`);
    }
    const contextDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs.context);
    if (!(0,external_node_fs_.existsSync)(contextDir) || !(0,external_node_fs_.statSync)(contextDir).isDirectory()) {
        throw new src/* ConfigurationError */.j1(`the build context ${(0,external_node_path_.relative)(context.repoRoot, contextDir) || '.'} is not a folder: check the context input`);
    }
    const file = inputs.file ? (0,external_node_path_.resolve)(context.workingDirectory, inputs.file) : (0,external_node_path_.join)(contextDir, 'Dockerfile');
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new src/* ConfigurationError */.j1(`Dockerfile not found at ${(0,external_node_path_.relative)(context.repoRoot, file)}: give file (the Dockerfile's path) and context (the folder it builds from)`);
    }
    const facts = repositoryFacts(event.payload, event.repo);
    const labels = ociLabels({
        ...facts,
        htmlUrl: facts.htmlUrl ?? (event.owner ? `${event.serverUrl}/${event.owner}/${event.repo}` : undefined),
        version: computed.version,
        revision: refContext.sha,
        created: now
    }, inputs.labels);
    return {
        image,
        registry: inputs.registry ?? registryHost(image),
        username: inputs.username ?? event.actor,
        password: inputs.password ?? context.common.githubToken,
        computed,
        tags: computed.tags.map(t => `${image}:${t}`),
        decision: decidePush(inputs.push, event.eventName),
        contextDir,
        file,
        labels
    };
}

;// CONCATENATED MODULE: ./packages/docker/src/release-summary.ts

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** The counts under the verdict. */
function releaseCounts(f) {
    return [
        ['tags', f.tags.length],
        ['pushed', f.pushed ? 'yes' : 'no'],
        ['platforms', f.platforms.length > 0 ? f.platforms.join(', ') : 'the daemon’s'],
        ['build time', seconds(f.buildMs)],
        ['cached steps', f.totalSteps > 0 ? `${f.cachedSteps} of ${f.totalSteps}` : 'n/a']
    ];
}
/** The job summary's sections: what was released, how to pull it, how to roll back. */
function releaseSections(f) {
    const blocks = [
        (0,src/* heading */.R_)(3, 'Image'),
        (0,src/* paragraph */.FY)((0,src/* inlineCode */.ti)(f.image), f.pushed ? ' was pushed.' : ` was built, not pushed: ${f.pushReason}.`)
    ];
    if (f.pushed) {
        blocks.push((0,src/* code */.aY)(f.tags.map(t => `docker pull ${t}`).join('\n'), 'sh'));
    }
    else {
        blocks.push((0,src/* paragraph */.FY)('Tags it would get: ', ...f.tags.flatMap((t, i) => (i === 0 ? [(0,src/* inlineCode */.ti)(t)] : [', ', (0,src/* inlineCode */.ti)(t)]))));
    }
    blocks.push((0,src/* table */.tp)(['digest', 'builder', 'layer cache'], [[f.digest ? (0,src/* inlineCode */.ti)(f.digest) : 'none (nothing pushed)', f.builder, f.cache]]));
    const version = f.labels.get('org.opencontainers.image.version');
    const revision = f.labels.get('org.opencontainers.image.revision');
    if (version || revision) {
        blocks.push((0,src/* paragraph */.FY)('Labels: version ', (0,src/* inlineCode */.ti)(version ?? '-'), ', revision ', (0,src/* inlineCode */.ti)(revision ?? '-'), '.'));
    }
    if (f.previous && f.rollback) {
        const named = f.previous.namedTag ? ` (also tagged ${f.previous.namedTag})` : '';
        blocks.push((0,src/* heading */.R_)(3, 'Rollback'), (0,src/* paragraph */.FY)(`Before this push, `, (0,src/* inlineCode */.ti)(`${f.image}:${f.previous.tag}`), ` was `, (0,src/* inlineCode */.ti)(f.previous.digest), `${named}. To point it back:`), (0,src/* code */.aY)(f.rollback, 'sh'));
    }
    else if (f.pushed) {
        blocks.push((0,src/* heading */.R_)(3, 'Rollback'), (0,src/* paragraph */.FY)('No earlier image under these tags: this is the first release of them.'));
    }
    if (f.notes.length > 0)
        blocks.push((0,src/* heading */.R_)(3, 'Notes'), (0,src/* paragraph */.FY)(f.notes.join(' ')));
    return blocks;
}

;// CONCATENATED MODULE: ./packages/docker/src/run.ts















/** docker-release's run: plan, check the daemon, log in, read the rollback target, build, push, log out, summarise. */
async function runDockerRelease(inputs, context) {
    const { logger, secrets } = context;
    secrets.register(inputs.password ?? context.common.githubToken);
    const event = await withLocalCommit(context.event, context.workingDirectory);
    const release = planRelease(inputs, { ...context, event });
    const { image, registry, username, password, computed, tags, decision } = release;
    for (const warning of computed.warnings)
        logger.warning(warning);
    const baseEnv = { ...process.env, ...context.env };
    const dockerConfig = temporaryDockerConfig(context.tempDir, baseEnv);
    const env = { ...baseEnv, DOCKER_CONFIG: dockerConfig };
    const docker = new DockerCli({ env, cwd: context.workingDirectory, secrets, logger, registry, image, username });
    let loggedIn = false;
    try {
        const daemon = await logger.group('Docker', () => docker.daemon());
        logger.info(`Docker ${daemon.version} (${daemon.os}/${daemon.arch}) at ${docker.dockerHost}`);
        const buildx = await docker.buildxVersion();
        const capabilities = buildCapabilities(inputs, buildx, env);
        const cache = capabilities.cache;
        for (const note of capabilities.notes)
            logger.info(note);
        // pushing and the registry cache need the login; so does pulling a private base image, when a password is given
        if (decision.push || cache === 'registry' || inputs.password !== undefined) {
            if (!password) {
                throw new src/* ConfigurationError */.j1(`pushing to ${registry} needs credentials: give password (it defaults to github-token, which is empty here)`);
            }
            if (!username)
                throw new src/* ConfigurationError */.j1(`pushing to ${registry} needs a username: give username (it defaults to the actor)`);
            await logger.group(`Login to ${registry}`, () => docker.login(registry, username, password));
            loggedIn = true;
        }
        // where the moving tags point before the push (the rollback target); read while the classic builder builds
        const lookup = decision.push
            ? findPreviousImage(new RegistryClient(registry, password ? { username, password } : undefined, {
                onToken: token => secrets.register(token)
            }), repositoryPath(image), computed.tags).catch(error => {
                logger.info(`Could not read the tags already in ${registry} (${secrets.redact((0,src/* errorMessage */.gJ)(error))}): no rollback command.`);
                return undefined;
            })
            : Promise.resolve(undefined);
        const plan = {
            context: release.contextDir,
            file: release.file,
            tags,
            labels: release.labels,
            buildArgs: inputs.buildArgs,
            target: inputs.target,
            platforms: inputs.platforms,
            push: decision.push,
            cache,
            image,
            provenance: inputs.provenance,
            sbom: inputs.sbom,
            attestationFlags: capabilities.attestationFlags,
            metadataFile: (0,external_node_path_.join)(dockerConfig, 'build-metadata.json')
        };
        let digest;
        let buildOutput = '';
        let buildMs = 0;
        let previous;
        if (buildx) {
            // buildx pushes at the end of the build: the registry must be read before it starts
            previous = await lookup;
            if (inputs.platforms.length > 1 || cache !== 'none') {
                plan.builder = await logger.group('Builder', () => ensureBuilder(docker, inputs.platforms, daemon.arch));
            }
            const started = Date.now();
            const result = await logger.group('Build', () => docker.run(buildxBuildArgs(plan), 'build'));
            buildMs = Date.now() - started;
            buildOutput = result.stderr;
            if (decision.push)
                digest = readMetadataDigest(plan.metadataFile);
        }
        else {
            const started = Date.now();
            const result = await logger.group('Build', () => docker.run(classicBuildArgs(plan, (0,external_node_path_.join)(dockerConfig, 'image-id')), 'build'));
            buildMs = Date.now() - started;
            buildOutput = result.stdout;
            previous = await lookup;
            if (decision.push) {
                await logger.group('Push', async () => {
                    // the first push uploads the layers; the other tags only add a manifest each, side by side
                    const [first, ...others] = tags;
                    const pushed = [await docker.run(['push', first], 'push')];
                    pushed.push(...(await Promise.all(others.map(tag => docker.run(['push', tag], 'push')))));
                    digest = pushed.map(result => pushedDigest(result.stdout)).find(Boolean);
                });
            }
        }
        const stats = cacheStats(buildOutput);
        // a rebuild that changed nothing moved nothing: there is nothing to roll back
        if (previous && previous.digest === digest)
            previous = undefined;
        const facts = {
            image,
            tags,
            digest,
            pushed: decision.push,
            pushReason: decision.reason,
            platforms: inputs.platforms,
            builder: buildx ? 'buildx' : 'docker build',
            buildMs,
            cache,
            cachedSteps: stats.cached,
            totalSteps: stats.total,
            labels: release.labels,
            previous,
            rollback: previous ? rollbackCommand(image, previous, inputs.platforms.length > 1) : undefined,
            notes: capabilities.notes
        };
        const metadata = {
            image,
            tags,
            digest: digest ?? null,
            pushed: decision.push,
            platforms: inputs.platforms,
            labels: Object.fromEntries(release.labels),
            version: computed.version ?? null,
            builder: facts.builder,
            cache,
            previous: previous ?? null
        };
        return {
            status: 'pass',
            summary: decision.push
                ? `pushed ${image} as ${computed.tags.join(', ')}`
                : `built ${image} (${computed.tags.join(', ')}), not pushed: ${decision.reason}`,
            findings: [],
            failing: 0,
            metrics: { ...metadata, labels: undefined, buildMs, cachedSteps: stats.cached, totalSteps: stats.total },
            outputs: { image, tags: tags.join('\n'), digest: digest ?? '', metadata: JSON.stringify(metadata) },
            counts: releaseCounts(facts),
            sections: releaseSections(facts),
            reportFields: { image, tags, digest: digest ?? null, metadata }
        };
    }
    finally {
        if (loggedIn)
            await docker.logout(registry).catch(() => undefined);
        (0,external_node_fs_.rmSync)(dockerConfig, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/docker/src/index.ts





/** docker-release: build, tag, push and summarise a container image. */
const definition = {
    name: 'docker-release',
    title: 'Docker release',
    // no findings: the step passes when the image is built (and pushed), errors when it cannot be
    failOn: { values: ['error', 'never'], default: 'error' },
    readInputs: readDockerReleaseInputs,
    run: runDockerRelease
};


/***/ })

};
