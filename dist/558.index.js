export const id = 558;
export const ids = [558];
export const modules = {

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
