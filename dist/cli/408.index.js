export const id = 408;
export const ids = [408,27];
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


/***/ })

};
