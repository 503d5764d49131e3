export const id = 314;
export const ids = [314];
export const modules = {

/***/ 37314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ buildOptions),
/* harmony export */   GD: () => (/* binding */ verifyOptions),
/* harmony export */   gI: () => (/* binding */ publishOptions),
/* harmony export */   gx: () => (/* binding */ releaseOptions)
/* harmony export */ });
/* unused harmony export installIndexUrl */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _index_targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57870);
/**
 * Settings to each gate's own options: the one place that decides which input feeds which
 * gate field, shared by the single-gate steps and the pipeline. Pure functions.
 */



/** The build gate's options. */
function buildOptions(settings, cwd) {
    return {
        variant: settings.variant,
        variants: settings.variants,
        packageName: settings.packageNameGiven ? settings.packageName : '',
        vllmSource: settings.vllmSource,
        vllmSourceGiven: settings.vllmSourceGiven,
        version: settings.version ?? '',
        versionSuffix: settings.versionSuffix,
        python: settings.python,
        buildCommand: settings.buildCommand,
        platformTag: settings.platformTag,
        workDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, settings.workDir),
        maxFileSize: settings.maxFileSize,
        dryRun: settings.dryRun,
        cwd
    };
}
/** The publish gate's options for the production or the test index. */
function publishOptions(settings, role) {
    return role === 'production'
        ? {
            repository: settings.repository,
            indexUrl: settings.indexUrl,
            token: settings.token,
            dryRun: settings.dryRun
        }
        : {
            repository: settings.testRepository,
            indexUrl: settings.testIndexUrl,
            token: settings.testToken,
            dryRun: settings.dryRun
        };
}
/** The simple index (or file:// directory) pip installs from for a repository. */
function installIndexUrl(repository, indexUrl) {
    if (repository.startsWith('file:'))
        return indexUrl ?? repository;
    const target = (0,_index_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveTarget */ .u)(repository, indexUrl);
    return target.kind === 'file' ? repository : target.simpleUrl;
}
/** The verify gate's options for one checked wheel, installed from `role`'s index. */
function verifyOptions(settings, wheel, role, env) {
    const testIndexUrl = role === 'production'
        ? installIndexUrl(settings.repository, settings.indexUrl)
        : installIndexUrl(settings.testRepository, settings.testIndexUrl);
    return {
        ...wheel,
        testIndexUrl,
        dependencyIndexUrls: settings.dependencyIndexUrls,
        waitTimeoutSeconds: settings.waitTimeoutSeconds,
        python: settings.python,
        verifyCommand: settings.verifyCommand,
        requireCpuTorch: settings.requireCpuTorch,
        tempDir: env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir(),
        dryRun: settings.dryRun
    };
}
/** The release gate's options. */
function releaseOptions(settings, env, direct, verify) {
    return {
        token: settings.githubToken,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        repository: env.GITHUB_REPOSITORY ?? '',
        commit: env.GITHUB_SHA ?? '',
        packageName: settings.packageName,
        variant: settings.variant,
        version: settings.version,
        tagTemplate: settings.releaseTag,
        titleTemplate: settings.releaseTitle,
        overwriteAssets: settings.overwriteAssets,
        releaseNotes: settings.releaseNotes,
        dryRun: settings.dryRun,
        direct,
        verify
    };
}


/***/ }),

/***/ 57870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * Publish targets: turns the `repository` and `index-url` inputs into where to upload,
 * where to read what already exists, and where trusted publishing lives.
 */



const PYPI = {
    kind: 'pypi',
    label: 'pypi',
    uploadUrl: 'https://upload.pypi.org/legacy/',
    simpleUrl: 'https://pypi.org/simple/',
    jsonApiUrl: 'https://pypi.org/pypi/',
    oidcOrigin: 'https://pypi.org'
};
const TESTPYPI = {
    kind: 'testpypi',
    label: 'testpypi',
    uploadUrl: 'https://test.pypi.org/legacy/',
    simpleUrl: 'https://test.pypi.org/simple/',
    jsonApiUrl: 'https://test.pypi.org/pypi/',
    oidcOrigin: 'https://test.pypi.org'
};
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}
function parseHttpUrl(input, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u('publish', `Invalid ${input} '${value}'.`, 'Expected pypi, testpypi, an http(s) upload URL, or file://DIR.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u('publish', `Invalid ${input} '${value}': unsupported scheme '${url.protocol}'.`, 'Expected pypi, testpypi, an http(s) upload URL, or file://DIR.');
    }
    return url;
}
/**
 * Where `repository` publishes to. For a custom upload URL the index to read is `indexUrl`,
 * or else guessed the way warehouse, devpi and pypiserver lay it out (`.../legacy/` becomes
 * `.../simple/`, otherwise `simple/` under the upload URL).
 */
function resolveTarget(repository, indexUrl = null) {
    const value = repository.trim();
    if (value === 'pypi')
        return indexUrl ? { ...PYPI, simpleUrl: withSlash(indexUrl) } : PYPI;
    if (value === 'testpypi') {
        return indexUrl ? { ...TESTPYPI, simpleUrl: withSlash(indexUrl) } : TESTPYPI;
    }
    if (value.startsWith('file:')) {
        let directory;
        try {
            directory = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(value);
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u('publish', `Invalid repository '${value}': ${error.message}.`, 'Write a local directory as file:///absolute/path.');
        }
        return { kind: 'file', label: value, directory: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(directory) };
    }
    const upload = parseHttpUrl('repository', value);
    const uploadUrl = upload.href;
    let simpleUrl;
    if (indexUrl) {
        simpleUrl = withSlash(parseHttpUrl('index-url', indexUrl).href);
    }
    else {
        const base = withSlash(upload.origin + upload.pathname);
        simpleUrl = base.endsWith('/legacy/')
            ? `${base.slice(0, -'legacy/'.length)}simple/`
            : `${base}simple/`;
    }
    return {
        kind: 'url',
        label: uploadUrl,
        uploadUrl,
        simpleUrl,
        jsonApiUrl: null,
        oidcOrigin: upload.origin
    };
}


/***/ })

};
