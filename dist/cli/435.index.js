export const id = 435;
export const ids = [435];
export const modules = {

/***/ 2435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PIPELINE_STEPS: () => (/* binding */ PIPELINE_STEPS),
/* harmony export */   runPipeline: () => (/* binding */ runPipeline)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _build_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20688);
/* harmony import */ var _check_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52027);
/* harmony import */ var _publish_entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22447);
/* harmony import */ var _release_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94376);
/* harmony import */ var _verify_entry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86126);






/** The pipeline's steps, in order; each has a `<step>-decision` output. */
const PIPELINE_STEPS = [
    'build',
    'check',
    'test-publish',
    'verify',
    'publish',
    'release'
];
/** Runs every gate in order in one job. */
async function runPipeline(settings, context) {
    const { log } = context;
    const done = new Set();
    let current = 'build';
    // Every gate sets the `decision` output to its main decision; the step takes it over.
    const finish = (step, decision) => {
        log.setOutput(`${step}-decision`, decision ?? log.outputs().get('decision') ?? 'passed');
        done.add(step);
    };
    const skip = (step, reason, decision = 'skipped') => {
        log.record({ gate: 'pipeline', target: step, decision, reason });
        finish(step, decision);
    };
    try {
        let effective = settings;
        if (settings.vllmSourceGiven) {
            const built = await (0,_build_entry_js__WEBPACK_IMPORTED_MODULE_1__.buildFromSettings)(settings, context);
            finish('build');
            if (!built.wheel) {
                // A dry-run build produces no wheel, so nothing after it has a file to look at.
                for (const step of PIPELINE_STEPS.filter(s => !done.has(s))) {
                    skip(step, 'dry-run: the build was not run, so there is no wheel to go on with', 'dry-run');
                }
                log.setOutput('decision', 'dry-run');
                return;
            }
            effective = Object.freeze({ ...settings, wheel: built.wheel, wheelArtifact: '' });
        }
        else {
            skip('build', 'no vllm-source given: the pipeline takes the wheel input as built');
        }
        current = 'check';
        const checked = await (0,_check_entry_js__WEBPACK_IMPORTED_MODULE_2__.checkWheels)(effective, context);
        finish('check');
        current = 'test-publish';
        await (0,_publish_entry_js__WEBPACK_IMPORTED_MODULE_3__.publishChecked)(effective, context, checked.wheels, 'test');
        finish('test-publish');
        // Verify runs every time, also when the upload above was skipped as identical.
        current = 'verify';
        const verified = await (0,_verify_entry_js__WEBPACK_IMPORTED_MODULE_5__.verifyChecked)(effective, context, checked.wheels, 'test');
        finish('verify');
        const passedSha = new Set(verified.filter(v => v.result.verified).map(v => v.wheel.sha256));
        const verifiedWheels = checked.wheels.filter(w => passedSha.has(w.sha256));
        const unverified = checked.wheels.filter(w => !passedSha.has(w.sha256));
        current = 'publish';
        if (verifiedWheels.length === 0) {
            // A dry run that found nothing on the test index yet has nothing verified to publish.
            skip('publish', 'no wheel passed verify in this run', settings.dryRun ? 'dry-run' : 'skipped');
        }
        else {
            for (const wheel of unverified) {
                log.record({
                    gate: 'pipeline',
                    target: wheel.filename.filename,
                    decision: 'skipped',
                    reason: 'not published to production: not verified (no wheel for the verify python)'
                });
            }
            await (0,_publish_entry_js__WEBPACK_IMPORTED_MODULE_3__.confirmProduction)(effective, context, verifiedWheels);
            await (0,_publish_entry_js__WEBPACK_IMPORTED_MODULE_3__.publishChecked)(effective, context, verifiedWheels, 'production');
            finish('publish');
        }
        current = 'release';
        if (verifiedWheels.length === 0) {
            skip('release', 'no wheel passed verify in this run', settings.dryRun ? 'dry-run' : 'skipped');
            log.setOutput('decision', settings.dryRun ? 'dry-run' : 'passed');
            return;
        }
        const summaries = verified.map(v => ({
            filename: v.wheel.filename.filename,
            sha256: v.wheel.sha256,
            indexUrl: v.indexUrl,
            vllmVersion: v.result.vllmVersion,
            torchVersion: v.result.torchVersion,
            torchCuda: v.result.torchCuda
        }));
        await (0,_release_entry_js__WEBPACK_IMPORTED_MODULE_4__.releaseChecked)(effective, context, verifiedWheels, false, summaries);
        finish('release');
        log.setOutput('decision', settings.dryRun ? 'dry-run' : 'passed');
    }
    catch (error) {
        log.setOutput(`${current}-decision`, 'failed');
        done.add(current);
        for (const step of PIPELINE_STEPS.filter(s => !done.has(s))) {
            log.record({
                gate: 'pipeline',
                target: step,
                decision: 'skipped',
                reason: `not run: the ${current} step failed`
            });
            log.setOutput(`${step}-decision`, 'skipped');
        }
        log.setOutput('decision', 'failed');
        const gate = error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u ? error.gate : 'pipeline';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(gate, `The ${current} step failed, so the steps after it did not run: ${error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u ? error.message : (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .U)(error)}`, error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u ? error.hint : '');
    }
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


/***/ })

};
