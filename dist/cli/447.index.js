export const id = 447;
export const ids = [447,27,558];
export const modules = {

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
/* harmony import */ var _version_detect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17077);
/* harmony import */ var _wheel_filename_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48214);
/* harmony import */ var _wheel_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44295);
/* harmony import */ var _wheel_platform_tag_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(47109);
/* harmony import */ var _wheelfile_normalize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49134);
/* harmony import */ var _wheelfile_inspect_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52192);
/* harmony import */ var _wheel_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(48970);
/* harmony import */ var _version_ports_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(22288);
/* harmony import */ var _wheels_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(51558);
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
        const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(wheelPath);
        context.logger.info(`Checking ${name}`);
        const started = Date.now();
        try {
            const inspection = await (0,_wheelfile_inspect_js__WEBPACK_IMPORTED_MODULE_7__/* .inspectWheel */ .I)(wheelPath, { maxFileSize: settings.maxFileSize });
            const seconds = (Date.now() - started) / 1000;
            context.logger.info(`Read ${name}: ${(inspection.size / MiB).toFixed(1)} MiB in ${seconds.toFixed(2)} s, ` +
                `sha256 ${inspection.sha256}`);
            inspections.push(inspection);
        }
        catch (error) {
            if (!(error instanceof _wheel_types_js__WEBPACK_IMPORTED_MODULE_8__/* .InvalidWheelError */ .j))
                throw error;
            const reason = error.hint ? `${error.message}. ${error.hint}` : error.message;
            context.log.record({ gate: 'check', target: name, decision: 'failed', reason });
            unreadable.push(`${name}: ${error.message}`);
        }
    }
    return { inspections, unreadable };
}
/**
 * The platform tag normalize gives a `linux_<arch>` wheel when platform-tag is not set: the
 * manylinux tag of the python input's host (its glibc), the policy the build gate follows too.
 */
async function defaultNormalizeTag(platformTags, settings, context) {
    const arch = (0,_wheel_platform_tag_js__WEBPACK_IMPORTED_MODULE_11__/* .linuxArchitecture */ .M)(platformTags);
    if (!arch)
        return undefined;
    const host = await (0,_build_probe_js__WEBPACK_IMPORTED_MODULE_1__/* .probePython */ .f)(context.runProcess, settings.python, 'check');
    return (0,_wheel_platform_tag_js__WEBPACK_IMPORTED_MODULE_11__/* .manylinuxTag */ .a)(host.glibc, arch);
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
            const platformTag = settings.platformTag ||
                (await defaultNormalizeTag((0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWheelFilename */ .eP)(wheelPath).platformTags, settings, context));
            const result = await (0,_wheelfile_normalize_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeWheel */ .j)(wheelPath, {
                outDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(wheelPath),
                platformTag
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
            if (!(error instanceof _wheel_types_js__WEBPACK_IMPORTED_MODULE_8__/* .InvalidWheelError */ .j || error instanceof _wheelfile_normalize_js__WEBPACK_IMPORTED_MODULE_6__/* .NormalizeError */ .M))
                throw error;
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u('check', `Cannot normalize ${name}: ${error.message}`, error.hint);
        }
    }
    return out;
}
/** All wheels of one run must be one distribution and one version. */
function requireOneRelease(inspections) {
    const releases = new Set(inspections.map(i => `${i.filename.normalizedName} ${(0,_wheel_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeVersion */ .Qj)(i.filename.version) ?? i.filename.version}`));
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
        filename = (0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWheelFilename */ .eP)(wheelPath);
    }
    catch (error) {
        // inspectAll reports the bad filename; this promise is then never awaited.
        const failed = Promise.reject(error);
        failed.catch(() => undefined);
        return failed;
    }
    const pending = (0,_version_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .detectVersion */ .cS)({
        input: settings.version ?? '',
        wheel: { version: filename.version, filename: filename.filename },
        sourceDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, settings.vllmSource),
        sourceDirExplicit: settings.vllmSourceGiven,
        // A rebuild with version-suffix is the tag's version plus the suffix, not a disagreement.
        versionSuffix: settings.versionSuffix,
        python: settings.python,
        distribution: filename.name,
        gate: 'check'
    }, (0,_version_ports_js__WEBPACK_IMPORTED_MODULE_9__/* .detectPorts */ .E)(context.runProcess));
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
    const found = await (0,_wheels_js__WEBPACK_IMPORTED_MODULE_10__/* .resolveWheels */ .RD)(settings, context, 'check');
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
        const expected = (0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(settings.packageName);
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
                    `${(inspection.size / MiB).toFixed(1)} MiB, sha256 ${inspection.sha256}`
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
    context.logger.info(`Version sources:\n${(0,_version_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSourceTable */ .sh)(detected.sources)}`);
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

/***/ 22447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  confirmProduction: () => (/* binding */ confirmProduction),
  publishChecked: () => (/* binding */ publishChecked),
  runPublishGate: () => (/* binding */ runPublishGate)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/gates/check/entry.ts
var entry = __webpack_require__(52027);
// EXTERNAL MODULE: ./src/gates/options.ts
var options = __webpack_require__(2482);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/pypi/rejections.ts
const RULES = [
    {
        pattern: /file already exists|already exists/i,
        hint: 'A file name on the index can never be replaced. Rebuild with a new version (version-suffix .postN).'
    },
    {
        pattern: /filename has already been used|previously used/i,
        hint: 'This name was used by a file that was deleted; names are never reusable. Rebuild with a new version (version-suffix .postN).'
    },
    {
        pattern: /local version/i,
        hint: 'PyPI refuses local versions (+cpu and the like). Run check/build with normalize: true, or drop the local part.'
    },
    {
        pattern: /platform tag/i,
        hint: 'PyPI accepts only manylinux/musllinux/macOS/Windows platform tags. Run build or check with normalize: true to retag the wheel.'
    },
    {
        pattern: /file too large/i,
        hint: 'Ask for a larger per-file limit for the project on PyPI (a limit request on github.com/pypi/support), or make the wheel smaller.'
    },
    {
        pattern: /project size too large/i,
        hint: 'The project reached its total size limit; delete old releases or ask for a larger limit on github.com/pypi/support.'
    },
    {
        pattern: /isn't allowed to upload|not allowed to upload|invalid or non-existent authentication/i,
        hint: 'The token is not valid for this project: check that it belongs to this index and has upload scope for this project, or set up trusted publishing.'
    }
];
/** Turns an UploadError into PyPI's own words plus a hint. */
function explainRejection(error) {
    if (error.kind === 'redirect') {
        return {
            message: error.message,
            hint: `Use the URL it redirects to${error.location ? ` (${error.location})` : ''} as repository, including the trailing slash if it has one.`
        };
    }
    const said = [
        error.reason,
        error.body
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
    ]
        .filter(Boolean)
        .join(' - ')
        .slice(0, 500);
    const message = error.status
        ? `the index answered ${error.status}${said ? `: ${said}` : ''}`
        : error.message;
    for (const rule of RULES) {
        if (rule.pattern.test(said))
            return { message, hint: rule.hint };
    }
    if (error.status === 401 || error.status === 403) {
        return {
            message,
            hint: 'Authentication failed: check the token (and that it is for this index), or use trusted publishing.'
        };
    }
    if (error.kind === 'network' || error.kind === 'server') {
        return {
            message,
            hint: 'The index failed repeatedly; re-run later. Re-running uploads only what is missing.'
        };
    }
    return {
        message,
        hint: "Read the index's message above; re-running uploads only what is missing."
    };
}

// EXTERNAL MODULE: ./src/pypi/targets.ts
var targets = __webpack_require__(75834);
// EXTERNAL MODULE: ./src/pypi/upload.ts + 1 modules
var upload = __webpack_require__(83605);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
;// CONCATENATED MODULE: ./src/gates/publish/gate.ts
/**
 * The `publish` gate: for each wheel, ask the index what it already holds, then upload,
 * skip as identical, or stop on a conflict; never replace a file. After any failed or
 * ambiguous upload the index is asked again, because the upload may have landed anyway.
 */






function megabytes(bytes) {
    return `${(bytes / 1e6).toFixed(1)} MB`;
}
function conflictError(wheel, existing, where) {
    const filename = external_node_path_default().basename(wheel.path);
    return new errors/* GateError */.u('publish', `${filename} already exists on ${where} with different content (index sha256 ${existing.sha256 ?? 'unknown'}, this file ${wheel.sha256}). A file name on the index can never be replaced, not even after deleting it.`, `Rebuild with a new version: set version-suffix to .post1 (or the next free .postN) so the wheel gets a new file name, then publish that.`);
}
function find(files, wheel) {
    const filename = external_node_path_default().basename(wheel.path);
    const file = files.find(candidate => candidate.filename === filename);
    if (!file)
        return { state: 'absent' };
    return file.sha256 === wheel.sha256 ? { state: 'identical', file } : { state: 'different', file };
}
/**
 * Runs the publish gate over `wheels`. Records one decision per wheel (uploaded,
 * skipped-identical, conflict, dry-run) and sets the outputs decision, uploaded, sha256, version.
 * Throws GateError on a conflict or an upload the index refused.
 */
async function publishGate(options, wheels, ports, log, logger) {
    if (wheels.length === 0) {
        throw new errors/* GateError */.u('publish', 'No wheel to publish.', 'Point the wheel input at a built wheel.');
    }
    const target = (0,targets/* resolveTarget */.u)(options.repository, options.indexUrl);
    if (options.token)
        logger.mask(options.token);
    const where = target.label;
    log.setOutput('sha256', wheels.map(w => w.sha256).join(' '));
    log.setOutput('version', [...new Set(wheels.map(w => w.filename.version))].join(' '));
    log.setOutput('uploaded', false);
    let credentials;
    const getCredentials = async () => {
        if (credentials !== undefined)
            return credentials;
        if (target.kind === 'file')
            credentials = null;
        else if (options.token)
            credentials = { username: '__token__', password: options.token };
        else {
            logger.info(`No token given: using trusted publishing with ${where}`);
            const token = await ports.mintToken(target);
            logger.mask(token);
            credentials = { username: '__token__', password: token };
        }
        return credentials;
    };
    const decisions = [];
    for (const wheel of wheels) {
        const filename = external_node_path_default().basename(wheel.path);
        const project = wheel.filename.normalizedName;
        const version = wheel.filename.version;
        const before = find(await ports.listFiles(target, project, version), wheel);
        if (before.state === 'identical') {
            log.record({
                gate: 'publish',
                target: filename,
                decision: 'skipped-identical',
                reason: `${where} already has this exact file (sha256 ${wheel.sha256})`
            });
            logger.info(`${filename}: already on ${where} with the same sha256; not uploading again`);
            decisions.push('skipped-identical');
            continue;
        }
        if (before.state === 'different') {
            log.record({
                gate: 'publish',
                target: filename,
                decision: 'conflict',
                reason: `${where} holds another file under this name (sha256 ${before.file.sha256 ?? 'not given'})`
            });
            log.setOutput('decision', 'conflict');
            throw conflictError(wheel, before.file, where);
        }
        if (options.dryRun) {
            log.record({
                gate: 'publish',
                target: filename,
                decision: 'dry-run',
                reason: `would upload ${megabytes(wheel.size)} to ${where} (not there yet)`
            });
            logger.info(`${filename}: dry run, would upload ${megabytes(wheel.size)} to ${where}`);
            decisions.push('dry-run');
            continue;
        }
        const auth = await getCredentials();
        const outcome = await uploadChecked(target, wheel, auth, options, ports, logger);
        log.record({ gate: 'publish', target: filename, decision: 'uploaded', reason: outcome });
        log.setOutput('uploaded', true);
        decisions.push('uploaded');
    }
    const decision = decisions.includes('uploaded')
        ? 'uploaded'
        : decisions.includes('dry-run')
            ? 'dry-run'
            : 'skipped-identical';
    log.setOutput('decision', decision);
}
// Uploads with retries; after every failure the index is asked whether the file landed.
async function uploadChecked(target, wheel, credentials, options, ports, logger) {
    const filename = external_node_path_default().basename(wheel.path);
    const where = target.label;
    const recheck = async () => find(await ports.listFiles(target, wheel.filename.normalizedName, wheel.filename.version), wheel);
    let confirmedAfterFailure = false;
    try {
        await (0,retry/* retry */.L5)(async (attempt) => {
            logger.info(`${filename}: uploading ${megabytes(wheel.size)} to ${where}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
            try {
                await ports.upload(target, wheel, credentials);
            }
            catch (error) {
                const now = await recheck();
                if (now.state === 'identical') {
                    logger.info(`${filename}: the upload reported an error, but ${where} now holds this exact file`);
                    confirmedAfterFailure = true;
                    return;
                }
                if (now.state === 'different')
                    throw conflictError(wheel, now.file, where);
                throw error;
            }
        }, {
            attempts: options.attempts ?? 4,
            baseDelayMs: 2000,
            maxDelayMs: 30000,
            sleep: ports.sleep,
            random: ports.random,
            retryable: error => error instanceof upload/* UploadError */.oW && error.retryable,
            onRetry: (error, attempt, delay) => logger.warning(`${filename}: attempt ${attempt} failed (${error.message}); retrying in ${(delay / 1000).toFixed(1)} s`)
        });
    }
    catch (error) {
        if (error instanceof errors/* GateError */.u)
            throw error;
        if (error instanceof upload/* UploadError */.oW) {
            const explained = explainRejection(error);
            throw new errors/* GateError */.u('publish', `${filename} was not uploaded to ${where}: ${explained.message}`, explained.hint);
        }
        throw new errors/* GateError */.u('publish', `${filename} was not uploaded to ${where}: ${error.message}`, 'Re-run the gate: it uploads only what is missing.');
    }
    return confirmedAfterFailure
        ? `the upload reported an error, but ${where} now holds this exact file (sha256 ${wheel.sha256})`
        : `uploaded to ${where} (sha256 ${wheel.sha256})`;
}

;// CONCATENATED MODULE: ./src/gates/publish/entry.ts




/** Asks before the production upload when someone can answer; stops the pipeline on "no". */
async function confirmProduction(settings, context, wheels) {
    if (!context.confirm || settings.dryRun)
        return;
    const names = wheels.map(w => w.filename.filename).join(', ');
    const yes = await context.confirm(`Upload ${names} to ${settings.repository}? This cannot be undone.`);
    if (!yes) {
        throw new errors/* GateError */.u('publish', `The production upload to ${settings.repository} was declined.`, 'Nothing was uploaded to production. Re-run and answer yes, or pass --yes for unattended runs.');
    }
}
/** The publish policy's ports from the context (bound: an index client may be a class). */
function publishPorts(context) {
    const { indexes, clock } = context;
    return {
        listFiles: (target, project, version) => indexes.listFiles(target, project, version),
        upload: (target, wheel, credentials) => indexes.upload(target, wheel, credentials),
        mintToken: target => indexes.mintToken(target),
        sleep: ms => clock.sleep(ms),
        random: () => clock.random()
    };
}
/** Publishes already-checked wheels to the production or test index. */
async function publishChecked(settings, context, wheels, role) {
    await publishGate((0,options/* publishOptions */.gI)(settings, role), wheels, publishPorts(context), context.log, context.logger);
}
/** The publish gate as the registry runs it. */
async function runPublishGate(settings, context) {
    // Never upload a file that was not checked in this very step: re-reading costs seconds.
    const { wheels } = await (0,entry.checkWheels)(settings, context);
    await confirmProduction(settings, context, wheels);
    await publishChecked(settings, context, wheels, 'production');
}


/***/ }),

/***/ 51558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RD: () => (/* binding */ resolveWheels)
/* harmony export */ });
/* unused harmony exports resolveWheelPaths, parseArtifactReference */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21917);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2482);
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
    return resolveWheelPaths('*.whl', into, gate);
}


/***/ })

};
