export const id = 302;
export const ids = [302];
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
