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
/* harmony import */ var _publish_entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98988);
/* harmony import */ var _publish_gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23320);
/* harmony import */ var _release_entry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50670);
/* harmony import */ var _verify_entry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86126);







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
        // A release production will not take (closed, or a conflicting file) fails here, before
        // the test upload and verify spend time on wheels that could never be published.
        current = 'publish';
        await (0,_publish_entry_js__WEBPACK_IMPORTED_MODULE_3__.refuseUnpublishableOnProduction)(effective, context, checked.wheels);
        current = 'test-publish';
        await (0,_publish_entry_js__WEBPACK_IMPORTED_MODULE_3__.publishChecked)(effective, context, checked.wheels, 'test');
        finish('test-publish');
        // Verify runs every time, also when the upload above was skipped as identical.
        current = 'verify';
        const verified = await (0,_verify_entry_js__WEBPACK_IMPORTED_MODULE_6__.verifyChecked)(effective, context, checked.wheels, 'test');
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
        await (0,_release_entry_js__WEBPACK_IMPORTED_MODULE_5__.releaseChecked)(effective, context, verifiedWheels, 'pipeline', summaries);
        finish('release');
        log.setOutput('decision', settings.dryRun ? 'dry-run' : 'passed');
    }
    catch (error) {
        const decision = log.outputs().get('decision');
        log.setOutput(`${current}-decision`, error instanceof _publish_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .ClosedReleaseError */ .Gm
            ? 'closed'
            : decision === 'conflict' && current === 'publish'
                ? 'conflict'
                : 'failed');
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
        log.setOutput('decision', error instanceof _publish_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .ClosedReleaseError */ .Gm ? 'closed' : 'failed');
        const gate = error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u ? error.gate : 'pipeline';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(gate, `The ${current} step failed, so the steps after it did not run: ${error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u ? error.message : (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .U)(error)}`, error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u ? error.hint : '');
    }
}


/***/ })

};
