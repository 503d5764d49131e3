export const id = 27;
export const ids = [27,408,302];
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

/***/ 52027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkWheels: () => (/* binding */ checkWheels),
/* harmony export */   runCheckGate: () => (/* binding */ runCheckGate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _build_probe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18978);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_size_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57155);
/* harmony import */ var _wheel_binaries_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57962);
/* harmony import */ var _version_detect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17077);
/* harmony import */ var _wheel_filename_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48214);
/* harmony import */ var _wheel_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44295);
/* harmony import */ var _wheelfile_normalize_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21650);
/* harmony import */ var _wheelfile_inspect_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5702);
/* harmony import */ var _wheel_types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(48970);
/* harmony import */ var _version_ports_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(22288);
/* harmony import */ var _wheels_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(51558);
/**
 * The `check` gate: every wheel the `wheel` input matches is read in one streaming pass and
 * held against the wheel spec, its own RECORD and PyPI's upload rules; then its version is
 * cross-checked with the other version sources. Nothing is written but the report.
 */













/** Reads every wheel; an unreadable one is recorded as failed and reported after the rest. */
async function inspectAll(paths, settings, context) {
    const inspections = [];
    const unreadable = [];
    for (const wheelPath of paths) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(wheelPath);
        context.logger.info(`Checking ${name}`);
        const started = Date.now();
        try {
            const inspection = await (0,_wheelfile_inspect_js__WEBPACK_IMPORTED_MODULE_9__/* .inspectWheel */ .I)(wheelPath, {
                maxFileSize: settings.maxFileSize,
                maxFileSizeText: settings.maxFileSizeText
            });
            const seconds = (Date.now() - started) / 1000;
            context.logger.info(`Read ${name}: ${(0,_util_size_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSize */ .X)(inspection.size)} in ${seconds.toFixed(2)} s, ` +
                `sha256 ${inspection.sha256}`);
            inspections.push(inspection);
        }
        catch (error) {
            if (!(error instanceof _wheel_types_js__WEBPACK_IMPORTED_MODULE_10__/* .InvalidWheelError */ .j))
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
    return async () => (await (0,_build_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .probePython */ .f)(context.runProcess, settings.python, 'check')).glibc;
}
/**
 * normalize: true rewrites each wheel next to the original (local version stripped, platform
 * tag set, everything renamed together) and checks the rewritten one. A dry run only says so.
 */
async function normalizeAll(paths, settings, context) {
    const out = [];
    for (const wheelPath of paths) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(wheelPath);
        if (settings.dryRun) {
            context.log.record({
                gate: 'check',
                target: name,
                decision: 'dry-run',
                reason: 'normalize: would rewrite the wheel so PyPI accepts it; checking it as it is'
            });
            out.push(wheelPath);
            continue;
        }
        try {
            const result = await (0,_wheelfile_normalize_js__WEBPACK_IMPORTED_MODULE_8__/* .normalizeWheel */ .j)(wheelPath, {
                outDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(wheelPath),
                platformTag: settings.platformTag || undefined,
                hostGlibc: hostGlibc(settings, context)
            });
            if (result.changed) {
                context.logger.info(`Normalized ${name} -> ${result.filename}: ${result.changes.join('; ')}`);
                context.log.record({
                    gate: 'check',
                    target: result.filename,
                    decision: 'updated',
                    reason: `normalized from ${name}: ${result.changes.join('; ')}`
                });
            }
            out.push(result.path);
        }
        catch (error) {
            if (!(error instanceof _wheel_types_js__WEBPACK_IMPORTED_MODULE_10__/* .InvalidWheelError */ .j || error instanceof _wheelfile_normalize_js__WEBPACK_IMPORTED_MODULE_8__/* .NormalizeError */ .M))
                throw error;
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u('check', `Cannot normalize ${name}: ${error.message}`, error.hint);
        }
    }
    return out;
}
/** All wheels of one run must be one distribution and one version. */
function requireOneRelease(inspections) {
    const releases = new Set(inspections.map(i => `${i.filename.normalizedName} ${(0,_wheel_names_js__WEBPACK_IMPORTED_MODULE_7__/* .normalizeVersion */ .Qj)(i.filename.version) ?? i.filename.version}`));
    if (releases.size > 1) {
        const list = inspections
            .map(i => `${i.filename.filename} (${i.filename.normalizedName} ${i.filename.version})`)
            .join(', ');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u('check', `The wheels are not all one distribution and version: ${list}.`, 'Point the wheel input at the wheels of one release only, e.g. dist/vllm_cpu-0.6.3-*.whl.');
    }
}
/** Starts version detection for the wheel named `wheelPath`; rejections wait for the caller. */
function startVersionDetection(wheelPath, settings, context) {
    let filename;
    try {
        filename = (0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_6__/* .parseWheelFilename */ .eP)(wheelPath);
    }
    catch (error) {
        // inspectAll reports the bad filename; this promise is then never awaited.
        const failed = Promise.reject(error);
        failed.catch(() => undefined);
        return failed;
    }
    const pending = (0,_version_detect_js__WEBPACK_IMPORTED_MODULE_5__/* .detectVersion */ .cS)({
        input: settings.version ?? '',
        wheel: { version: filename.version, filename: filename.filename },
        sourceDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, settings.vllmSource),
        sourceDirExplicit: settings.vllmSourceGiven,
        // A rebuild with version-suffix is the tag's version plus the suffix, not a disagreement.
        versionSuffix: settings.versionSuffix,
        python: settings.python,
        distribution: filename.name,
        gate: 'check'
    }, (0,_version_ports_js__WEBPACK_IMPORTED_MODULE_11__/* .detectPorts */ .E)(context.runProcess));
    // Awaited only when every wheel passed; a failed check must not leave it unhandled.
    pending.catch(() => undefined);
    return pending;
}
/** Runs the check gate; throws GateError when any wheel fails, after recording every finding. */
async function runCheckGate(settings, context) {
    await checkWheels(settings, context);
}
/** The check gate's work, returning what later gates of the same run reuse. */
async function checkWheels(settings, context) {
    const { log } = context;
    const found = await (0,_wheels_js__WEBPACK_IMPORTED_MODULE_12__/* .resolveWheels */ .RD)(settings, context, 'check');
    const paths = settings.normalize ? await normalizeAll(found, settings, context) : found;
    log.setOutput('decision', 'failed');
    log.setOutput('wheel', paths.join('\n'));
    // The version sources (git, the installed distribution) take a process each: ask them
    // while the wheels are read. The filename says the version the wheel claims.
    const pendingVersion = startVersionDetection(paths[0], settings, context);
    const { inspections, unreadable } = await inspectAll(paths, settings, context);
    if (inspections.length > 0) {
        log.setOutput('sha256', inspections.map(i => i.sha256).join('\n'));
    }
    const first = inspections[0];
    if (first)
        requireOneRelease(inspections);
    if (first && settings.packageNameGiven) {
        const expected = (0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeName */ .Pc)(settings.packageName);
        if (first.filename.normalizedName !== expected) {
            log.record({
                gate: 'check',
                target: first.filename.filename,
                decision: 'failed',
                reason: `distribution '${first.filename.name}' is not package-name '${settings.packageName}'`
            });
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u('check', `The wheel is distribution '${first.filename.normalizedName}', but package-name is '${settings.packageName}'.`, 'Build the wheel under the right name (build gate with this variant), or correct package-name.');
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
                    `${(0,_util_size_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSize */ .X)(inspection.size)}, sha256 ${inspection.sha256}`
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
                reason: (0,_wheel_binaries_js__WEBPACK_IMPORTED_MODULE_4__/* .describeBinaries */ .Z)(binaries)
            });
        }
    }
    if (unreadable.length > 0 || problemCount > 0) {
        const details = [
            ...unreadable,
            ...inspections.flatMap(i => i.problems.map(p => `${i.filename.filename}: ${p.message}\n  -> ${p.hint}`))
        ];
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u('check', `${details.length} problem(s) would make PyPI refuse the wheel or make it wrong:\n` +
            details.map(d => `- ${d}`).join('\n'), 'Fix the build (or run the build gate with normalize: true) and check again; nothing was uploaded.');
    }
    // Only reached with at least one readable wheel: an empty match already failed above.
    const reference = first;
    const detected = await pendingVersion;
    context.logger.info(`Version sources:\n${(0,_version_detect_js__WEBPACK_IMPORTED_MODULE_5__/* .renderSourceTable */ .sh)(detected.sources)}`);
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


/***/ }),

/***/ 51558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ parseArtifactReference),
/* harmony export */   RD: () => (/* binding */ resolveWheels)
/* harmony export */ });
/* unused harmony export resolveWheelPaths */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21917);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2482);
/* harmony import */ var _attestation_artifact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28265);
/**
 * Finding the wheel(s) a gate acts on: a path or glob relative to the working directory, or
 * an artifact (`wheel-artifact`) downloaded first. No match is an error that says where we
 * looked, since every later gate needs a wheel.
 */





/** Resolves a path or glob to sorted absolute paths of existing `.whl` files. */
async function resolveWheelPaths(pattern, cwd, gate) {
    const matches = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .globFiles */ .CJ)(pattern, cwd);
    if (matches.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(gate, `No wheel matches '${pattern}' (looked in ${cwd}).`, 'Build the wheel first (gate: build), or point the wheel input at an existing .whl file; ' +
            'on the command line, quote a glob so the shell does not expand it.');
    }
    const notWheels = matches.filter(match => !match.endsWith('.whl'));
    if (notWheels.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(gate, `'${pattern}' matches files that are not wheels: ${notWheels.map(f => node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(f)).join(', ')}.`, "Narrow the wheel input to the .whl files, e.g. 'dist/*.whl'.");
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u('settings', `Invalid wheel-artifact '${reference}'. Expected NAME, or RUN_ID/NAME for another run's artifact.`);
    }
    return { name: reference.slice(slash + 1), runId: Number(run) };
}
/** The wheels a gate acts on: from `wheel-artifact` when set, else from the `wheel` glob. */
async function resolveWheels(settings, context, gate) {
    if (!settings.wheelArtifact)
        return resolveWheelPaths(settings.wheel, context.cwd, gate);
    const workDir = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .workDirOf */ .sQ)(settings, context.cwd);
    const { name, runId } = parseArtifactReference(settings.wheelArtifact);
    const stores = await context.stores(workDir);
    const into = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workDir, 'downloads', name);
    context.logger.info(`Downloading artifact '${name}'${runId ? ` of run ${runId}` : ''}`);
    try {
        await stores.artifacts.download(name, into, runId ? { runId } : undefined);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(gate, `Could not download artifact '${settings.wheelArtifact}': ${error instanceof Error ? error.message : String(error)}`, 'Check the name the build job printed as artifact-name; an artifact of another run needs RUN_ID/NAME and a github-token with actions: read.');
    }
    await (0,_attestation_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchAttestations */ .eS)(stores, name, into, runId, context);
    return resolveWheelPaths('*.whl', into, gate);
}


/***/ })

};
