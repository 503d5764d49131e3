export const id = 434;
export const ids = [434];
export const modules = {

/***/ 18584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkWheels: () => (/* binding */ checkWheels),
/* harmony export */   defaultNormalizeTag: () => (/* binding */ defaultNormalizeTag),
/* harmony export */   runCheckGate: () => (/* binding */ runCheckGate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _version_detect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61477);
/* harmony import */ var _wheel_filename_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48214);
/* harmony import */ var _wheel_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44295);
/* harmony import */ var _wheel_normalize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24996);
/* harmony import */ var _wheel_inspect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62386);
/* harmony import */ var _wheel_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48970);
/* harmony import */ var _wheels_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(44616);
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
            const inspection = await (0,_wheel_inspect_js__WEBPACK_IMPORTED_MODULE_6__/* .inspectWheel */ .I)(wheelPath, { maxFileSize: settings.maxFileSize });
            const seconds = (Date.now() - started) / 1000;
            context.logger.info(`Read ${name}: ${(inspection.size / MiB).toFixed(1)} MiB in ${seconds.toFixed(2)} s, ` +
                `sha256 ${inspection.sha256}`);
            inspections.push(inspection);
        }
        catch (error) {
            if (!(error instanceof _wheel_types_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidWheelError */ .j))
                throw error;
            const reason = error.hint ? `${error.message}. ${error.hint}` : error.message;
            context.log.record({ gate: 'check', target: name, decision: 'failed', reason });
            unreadable.push(`${name}: ${error.message}`);
        }
    }
    return { inspections, unreadable };
}
/** The platform tag normalize gives a `linux_<arch>` wheel when platform-tag is not set. */
function defaultNormalizeTag(platformTags) {
    const linux = platformTags.map(tag => /^linux_(.+)$/.exec(tag)).find(Boolean);
    return linux ? `manylinux_2_28_${linux[1]}` : undefined;
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
            const platformTag = settings.platformTag || defaultNormalizeTag((0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWheelFilename */ .eP)(wheelPath).platformTags);
            const result = await (0,_wheel_normalize_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeWheel */ .j)(wheelPath, {
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
            if (!(error instanceof _wheel_types_js__WEBPACK_IMPORTED_MODULE_7__/* .InvalidWheelError */ .j || error instanceof _wheel_normalize_js__WEBPACK_IMPORTED_MODULE_5__/* .NormalizeError */ .MK))
                throw error;
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u('check', `Cannot normalize ${name}: ${error.message}`, error.hint);
        }
    }
    return out;
}
/** All wheels of one run must be one distribution and one version. */
function requireOneRelease(inspections) {
    const releases = new Set(inspections.map(i => `${i.filename.normalizedName} ${(0,_wheel_names_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeVersion */ .Qj)(i.filename.version) ?? i.filename.version}`));
    if (releases.size > 1) {
        const list = inspections
            .map(i => `${i.filename.filename} (${i.filename.normalizedName} ${i.filename.version})`)
            .join(', ');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u('check', `The wheels are not all one distribution and version: ${list}.`, 'Point the wheel input at the wheels of one release only, e.g. dist/vllm_cpu-0.6.3-*.whl.');
    }
}
/** Starts version detection for the wheel named `wheelPath`; rejections wait for the caller. */
function startVersionDetection(wheelPath, settings, context) {
    let filename;
    try {
        filename = (0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWheelFilename */ .eP)(wheelPath);
    }
    catch (error) {
        // inspectAll reports the bad filename; this promise is then never awaited.
        const failed = Promise.reject(error);
        failed.catch(() => undefined);
        return failed;
    }
    const pending = (0,_version_detect_js__WEBPACK_IMPORTED_MODULE_2__/* .detectVersion */ .cS)({
        input: settings.version ?? '',
        wheel: { version: filename.version, filename: filename.filename },
        sourceDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, settings.vllmSource),
        sourceDirExplicit: settings.vllmSourceGiven,
        // A rebuild with version-suffix is the tag's version plus the suffix, not a disagreement.
        versionSuffix: settings.versionSuffix,
        python: settings.python,
        distribution: filename.name,
        gate: 'check'
    });
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
    const found = await (0,_wheels_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveWheels */ .RD)(settings, context, 'check');
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
        const expected = (0,_wheel_filename_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(settings.packageName);
        if (first.filename.normalizedName !== expected) {
            log.record({
                gate: 'check',
                target: first.filename.filename,
                decision: 'failed',
                reason: `distribution '${first.filename.name}' is not package-name '${settings.packageName}'`
            });
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u('check', `The wheel is distribution '${first.filename.normalizedName}', but package-name is '${settings.packageName}'.`, 'Build the wheel under the right name (build gate with this variant), or correct package-name.');
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u('check', `${details.length} problem(s) would make PyPI refuse the wheel or make it wrong:\n` +
            details.map(d => `- ${d}`).join('\n'), 'Fix the build (or run the build gate with normalize: true) and check again; nothing was uploaded.');
    }
    // Only reached with at least one readable wheel: an empty match already failed above.
    const reference = first;
    const detected = await pendingVersion;
    context.logger.info(`Version sources:\n${(0,_version_detect_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSourceTable */ .sh)(detected.sources)}`);
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

/***/ 65434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  confirmProduction: () => (/* binding */ confirmProduction),
  publishChecked: () => (/* binding */ publishChecked),
  runPublishStep: () => (/* binding */ runPublishStep)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/gates/check.ts
var check = __webpack_require__(18584);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/index/read.ts
var read = __webpack_require__(38870);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/util/http-client.ts
var http_client = __webpack_require__(70504);
;// CONCATENATED MODULE: ./src/index/oidc.ts
/**
 * Trusted publishing: the index's OIDC audience, a GitHub OIDC token for it, and the
 * exchange for a short-lived upload token, with failures that say which setting to change.
 */



/** The production provider: @actions/core, which reads ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN. */
const githubIdToken = audience => core/* getIDToken */.V9(audience);
/** The claims of a GitHub OIDC token that decide whether a trusted publisher matches. */
const RELEVANT_CLAIMS = [
    'sub',
    'repository',
    'repository_owner',
    'repository_owner_id',
    'workflow_ref',
    'job_workflow_ref',
    'ref',
    'environment'
];
/** Reads a JWT's payload without verifying it (only the index verifies; this is for messages). */
function jwtClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return {};
    try {
        const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return data && typeof data === 'object' ? data : {};
    }
    catch {
        return {};
    }
}
function claimsText(claims) {
    return RELEVANT_CLAIMS.map(name => `  ${name}: ${claims[name] === undefined ? '(not set)' : String(claims[name])}`).join('\n');
}
/** A reusable workflow runs as `job_workflow_ref`, which differs from the caller's `workflow_ref`. */
function isReusableWorkflow(claims) {
    const job = claims.job_workflow_ref;
    const caller = claims.workflow_ref;
    return typeof job === 'string' && typeof caller === 'string' && job !== caller;
}
const CODE_HINTS = {
    'not-enabled': 'The index has trusted publishing switched off; use an API token (token input).',
    'invalid-payload': 'The exchange request was malformed; this is a bug in vllm-cpu-publish, please report it.',
    'invalid-token': 'The GitHub OIDC token was not accepted (expired or not for this audience); re-run the job.',
    'invalid-publisher': 'No trusted publisher on the index matches these claims. Add one in the project settings (Publishing) with this repository, workflow file name and environment, or fix the workflow to match it.'
};
/** Mints an upload token by trusted publishing at `origin` (e.g. https://pypi.org). */
async function mintTrustedPublishingToken(origin, getIdToken, logger, fetchFn = http_client/* nodeFetch */.v) {
    const audienceUrl = `${origin}/_/oidc/audience`;
    let response;
    try {
        response = await fetchFn(audienceUrl, { headers: { Accept: 'application/json' } });
    }
    catch (error) {
        throw new util_errors/* GateError */.u('publish', `Trusted publishing: could not reach ${audienceUrl}: ${error.message}`, 'Check the repository URL, or pass an API token (token input).');
    }
    if (response.status === 403) {
        throw new util_errors/* GateError */.u('publish', `Trusted publishing is disabled on ${origin} (403 from ${audienceUrl}).`, 'Pass an API token (token input) instead.');
    }
    if (response.status === 404) {
        throw new util_errors/* GateError */.u('publish', `${origin} does not support trusted publishing (404 from ${audienceUrl}).`, 'Pass an API token (token input) for this index.');
    }
    if (!response.ok) {
        throw new util_errors/* GateError */.u('publish', `Trusted publishing: ${audienceUrl} answered ${response.status} ${response.statusText}.`, 'Re-run later, or pass an API token (token input).');
    }
    const audience = (await response.json()).audience;
    if (typeof audience !== 'string' || !audience) {
        throw new util_errors/* GateError */.u('publish', `Trusted publishing: ${audienceUrl} gave no audience.`, 'Pass an API token (token input) for this index.');
    }
    let idToken;
    try {
        idToken = await getIdToken(audience);
    }
    catch (error) {
        throw new util_errors/* GateError */.u('publish', `Trusted publishing: could not get a GitHub OIDC token for audience '${audience}': ${error.message}`, 'Trusted publishing runs only in GitHub Actions and needs `permissions: id-token: write` on the job (a reusable workflow also needs it granted by its caller). Or pass an API token (token input).');
    }
    logger.mask(idToken);
    const claims = jwtClaims(idToken);
    if (isReusableWorkflow(claims)) {
        logger.warning(`This job runs in a reusable workflow (${String(claims.job_workflow_ref)}, called from ${String(claims.workflow_ref)}). PyPI does not accept reusable workflows as trusted publishers, so the exchange is likely to fail; register the calling workflow or use an API token.`);
    }
    const mintUrl = `${origin}/_/oidc/mint-token`;
    let minted;
    try {
        minted = await fetchFn(mintUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ token: idToken })
        });
    }
    catch (error) {
        throw new util_errors/* GateError */.u('publish', `Trusted publishing: could not reach ${mintUrl}: ${error.message}`, 'Re-run later, or pass an API token (token input).');
    }
    const text = await minted.text();
    let data = {};
    try {
        data = JSON.parse(text);
    }
    catch {
        // Not JSON: the status below explains it.
    }
    if (minted.ok && typeof data.token === 'string' && data.token) {
        logger.mask(data.token);
        return data.token;
    }
    const errors = Array.isArray(data.errors) ? data.errors : [];
    const codes = errors.map(error => String(error.code ?? 'unknown'));
    const details = errors
        .map(error => `  ${String(error.code ?? 'unknown')}: ${String(error.description ?? '')}`)
        .join('\n');
    const hints = [...new Set(codes.map(code => CODE_HINTS[code]).filter(Boolean))];
    if (isReusableWorkflow(claims)) {
        hints.push('This job runs in a reusable workflow, which PyPI does not accept as a trusted publisher.');
    }
    throw new util_errors/* GateError */.u('publish', `Trusted publishing exchange at ${mintUrl} failed (${minted.status}${typeof data.message === 'string' ? `: ${data.message}` : ''}).\n` +
        `${details || `  ${text.slice(0, 300)}`}\nThe token's claims that the publisher must match:\n${claimsText(claims)}`, hints.join(' ') ||
        'Check the trusted publisher settings on the index, or pass an API token (token input).');
}

;// CONCATENATED MODULE: ./src/index/rejections.ts
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

// EXTERNAL MODULE: ./src/index/static.ts
var index_static = __webpack_require__(12344);
// EXTERNAL MODULE: ./src/index/targets.ts
var targets = __webpack_require__(57870);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/util/memory.ts
var memory = __webpack_require__(11045);
// EXTERNAL MODULE: ./src/util/blake2b.ts
var blake2b = __webpack_require__(83117);
;// CONCATENATED MODULE: ./src/index/form.ts
// METADATA header (lower case) -> form field name and how its values are sent; the renames
// (platform, classifiers, ...) are the form's names (warehouse forklift, twine package.py).
const FIELDS = {
    'metadata-version': ['metadata_version', 'single'],
    name: ['name', 'single'],
    version: ['version', 'single'],
    platform: ['platform', 'multiple'],
    summary: ['summary', 'single'],
    description: ['description', 'single'],
    keywords: ['keywords', 'keywords'],
    'home-page': ['home_page', 'single'],
    author: ['author', 'single'],
    'author-email': ['author_email', 'single'],
    license: ['license', 'single'],
    'supported-platform': ['supported_platform', 'multiple'],
    'download-url': ['download_url', 'single'],
    classifier: ['classifiers', 'multiple'],
    requires: ['requires', 'multiple'],
    provides: ['provides', 'multiple'],
    obsoletes: ['obsoletes', 'multiple'],
    maintainer: ['maintainer', 'single'],
    'maintainer-email': ['maintainer_email', 'single'],
    'requires-dist': ['requires_dist', 'multiple'],
    'provides-dist': ['provides_dist', 'multiple'],
    'obsoletes-dist': ['obsoletes_dist', 'multiple'],
    'requires-python': ['requires_python', 'single'],
    'requires-external': ['requires_external', 'multiple'],
    'project-url': ['project_urls', 'project-url'],
    'description-content-type': ['description_content_type', 'single'],
    'provides-extra': ['provides_extra', 'multiple'],
    dynamic: ['dynamic', 'multiple'],
    'license-expression': ['license_expression', 'single'],
    'license-file': ['license_file', 'multiple']
};
function versionTuple(text) {
    return text.split('.').map(part => parseInt(part, 10) || 0);
}
function atLeast(version, minimum) {
    const a = versionTuple(version);
    const b = versionTuple(minimum);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i] ?? 0;
        const y = b[i] ?? 0;
        if (x !== y)
            return x > y;
    }
    return true;
}
/** The name as warehouse expects it in the form: runs of other than `[A-Za-z0-9.]` become `-`. */
function safeName(name) {
    return name.replace(/[^A-Za-z0-9.]+/g, '-');
}
/** Metadata and file fields for uploading `wheel` (without digests, `:action` or content). */
function metadataFields(wheel) {
    const fields = [];
    const metadataVersion = wheel.metadata.metadataVersion;
    let hasDescription = false;
    for (const { name, value } of wheel.metadata.headers) {
        const lower = name.toLowerCase();
        const spec = FIELDS[lower];
        if (!spec)
            continue;
        const [field, kind] = spec;
        // Metadata before 2.4 had no License-File; setuptools wrote it anyway, and twine drops it.
        if (lower === 'license-file' && !atLeast(metadataVersion, '2.4'))
            continue;
        if (lower === 'name') {
            fields.push([field, safeName(value)]);
        }
        else if (kind === 'keywords') {
            fields.push([
                field,
                value
                    .split(',')
                    .map(keyword => keyword.trim())
                    .join(', ')
            ]);
        }
        else if (kind === 'project-url') {
            const comma = value.indexOf(',');
            const label = (comma < 0 ? value : value.slice(0, comma)).trim();
            const url = comma < 0 ? '' : value.slice(comma + 1).trim();
            fields.push([field, `${label}, ${url}`]);
        }
        else {
            fields.push([field, value]);
        }
        if (lower === 'description')
            hasDescription = true;
    }
    if (!hasDescription && wheel.metadata.body)
        fields.push(['description', wheel.metadata.body]);
    fields.push(['pyversion', wheel.filename.pythonTags.join('.')]);
    fields.push(['filetype', 'bdist_wheel']);
    return fields;
}

;// CONCATENATED MODULE: ./src/index/upload.ts
/**
 * The streaming uploader for PyPI's legacy upload API: one multipart POST per wheel, the file
 * read from disk in chunks (memory does not grow with the file), Content-Length known up front,
 * sha256 and BLAKE2b-256 computed in the same pass as the upload.
 */








/** A failed upload attempt with what the server said, if anything. */
class UploadError extends Error {
    kind;
    status;
    reason;
    body;
    location;
    constructor(message, kind, status = null, 
    /** The HTTP reason phrase; PyPI puts its error text here. */
    reason = '', body = '', location = null) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.reason = reason;
        this.body = body;
        this.location = location;
        this.name = 'UploadError';
    }
    /** Network errors and 5xx may pass on a second try; 4xx and redirects will not. */
    get retryable() {
        return this.kind === 'network' || this.kind === 'server';
    }
}
const CHUNK = 1024 * 1024;
/** Wheels up to this size are sent in one write (see below). */
const ONE_WRITE = 1024 * 1024;
const POOL = 4;
const HEX_DIGEST_LENGTH = 64;
function fieldPart(boundary, name, value) {
    return Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`, 'utf8');
}
/**
 * Lays out the form. With the digests known in advance (the check computed them) they go
 * before the file, in twine's order. Otherwise they go after it, so they come from the same
 * read as the upload: servers parse the whole form before using it, and a hex digest's length
 * is fixed, so Content-Length is still known before the first byte.
 */
function multipartLayout(fields, filename, fileSize, boundary = (0,external_node_crypto_.randomBytes)(16).toString('hex'), digests = null) {
    const head = Buffer.concat([
        ...fields.map(([name, value]) => fieldPart(boundary, name, value)),
        ...(digests
            ? [
                fieldPart(boundary, 'sha256_digest', digests.sha256),
                fieldPart(boundary, 'blake2_256_digest', digests.blake2)
            ]
            : []),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="${filename}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n', 'utf8')
    ]);
    const tail = (sha256, blake2) => Buffer.concat([
        Buffer.from('\r\n'),
        ...(digests
            ? []
            : [
                fieldPart(boundary, 'sha256_digest', sha256),
                fieldPart(boundary, 'blake2_256_digest', blake2)
            ]),
        Buffer.from(`--${boundary}--\r\n`)
    ]);
    const placeholder = '0'.repeat(HEX_DIGEST_LENGTH);
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        head,
        tail,
        contentLength: head.length + fileSize + tail(placeholder, placeholder).length
    };
}
/** Every form field of an upload except the digests and the file. */
function uploadFields(wheel) {
    return [...metadataFields(wheel), [':action', 'file_upload'], ['protocol_version', '1']];
}
// Callers race this with the request's failure: an error emitted before the listener was
// attached would otherwise leave it waiting forever.
function waitDrain(request) {
    return new Promise((resolve, reject) => {
        const onDrain = () => {
            request.off('error', onError);
            resolve();
        };
        const onError = (error) => {
            request.off('drain', onDrain);
            reject(error);
        };
        request.once('drain', onDrain);
        request.once('error', onError);
    });
}
/**
 * POSTs the wheel once. Resolves on 200; rejects with an UploadError for anything else,
 * including a redirect (which would silently drop the body, as twine also refuses).
 */
async function uploadOnce(wheel, request) {
    const filename = external_node_path_default().basename(wheel.path);
    // The check computed both digests from this file; when it did, the upload only proves the
    // file is still the one checked (size and modification time) and keeps hashing off the
    // path of the bytes. Otherwise it hashes as it sends.
    const known = wheel.blake2b256 !== undefined && wheel.modifiedMs !== undefined;
    const layout = multipartLayout(uploadFields(wheel), filename, wheel.size, undefined, known ? { sha256: wheel.sha256, blake2: wheel.blake2b256 } : null);
    const url = new URL(request.url);
    const headers = {
        'Content-Type': layout.contentType,
        'Content-Length': layout.contentLength,
        'User-Agent': request.userAgent,
        Accept: '*/*'
    };
    if (request.credentials) {
        const { username, password } = request.credentials;
        headers.Authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    const client = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const req = client.request(url, { method: 'POST', headers });
    req.setTimeout(request.timeoutMs ?? 300_000, () => req.destroy(new Error(`no progress for ${Math.round((request.timeoutMs ?? 300_000) / 1000)} s`)));
    const response = new Promise((resolve, reject) => {
        req.on('error', error => reject(new UploadError(`Upload to ${request.url} failed: ${error.message}`, 'network')));
        req.on('response', res => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                // Error pages can be large; the start is what explains them.
                if (size < 65536)
                    chunks.push(chunk);
                size += chunk.length;
            });
            res.on('error', error => reject(new UploadError(`Upload to ${request.url} failed: ${error.message}`, 'network')));
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                reason: res.statusMessage ?? '',
                body: Buffer.concat(chunks).toString('utf8').slice(0, 65536)
            }));
            if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400) {
                const location = res.headers.location ?? '';
                reject(new UploadError(`${request.url} answered the upload with a redirect (${res.statusCode}) to ${location || 'nowhere'}; the upload URL must be the upload endpoint itself.`, 'redirect', res.statusCode, res.statusMessage ?? '', '', location));
            }
        });
    });
    // The response promise may reject while the body is still being written; keep it observed.
    response.catch(() => undefined);
    const sha = known ? null : (0,external_node_crypto_.createHash)('sha256');
    const blake = known ? null : new blake2b/* Blake2b */.iD(32);
    const unchanged = async () => {
        const now = await (0,promises_.stat)(wheel.path);
        return now.size === wheel.size && now.mtimeMs === wheel.modifiedMs;
    };
    const refuseChanged = (detail) => {
        req.destroy();
        throw new UploadError(`${filename} changed on disk after it was checked (${detail}); nothing was uploaded.`, 'changed');
    };
    let sent = 0;
    // Settles only if the request fails, so no wait below can outlive a dead socket.
    // An answer while the body is still going out (401, 413) also ends the sending: a server
    // that has answered may stop reading, and the writes would then never flush.
    const failed = new Promise((_, reject) => {
        req.once('error', reject);
        req.once('response', () => reject(new Error('the index answered before the upload was sent')));
    });
    failed.catch(() => undefined);
    const finish = async () => {
        const answer = await response;
        if (answer.status === 200)
            return answer;
        const kind = answer.status >= 500 ? 'server' : 'client';
        throw new UploadError(`Upload to ${request.url} answered ${answer.status} ${answer.reason}`.trim(), kind, answer.status, answer.reason, answer.body);
    };
    try {
        if (known && !(await unchanged()))
            refuseChanged('its size or modification time differs');
        if (wheel.size <= ONE_WRITE) {
            // A small form goes out in one write: a server that refuses it at once (a wrong
            // token) then has the whole body, so its answer is read instead of a broken pipe.
            const data = await (0,promises_.readFile)(wheel.path);
            const sha256 = (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
            if (data.length !== wheel.size || sha256 !== wheel.sha256) {
                refuseChanged(`sha256 ${sha256}, checked ${wheel.sha256}`);
            }
            const blake2 = wheel.blake2b256 ?? new blake2b/* Blake2b */.iD(32).update(data).digest().toString('hex');
            req.end(Buffer.concat([layout.head, data, layout.tail(sha256, blake2)]));
            request.onProgress?.(data.length, wheel.size);
            return await finish();
        }
        if (!req.write(layout.head))
            await Promise.race([waitDrain(req), failed]);
        const file = await (0,promises_.open)(wheel.path, 'r');
        try {
            // A few reused buffers instead of one new Buffer per chunk: fresh chunks pile up as
            // garbage faster than the collector returns them, and memory would grow with the file.
            // A buffer is refilled only after the socket has flushed it (the write callback).
            const pool = Array.from({ length: POOL }, () => ({
                buffer: Buffer.allocUnsafe(CHUNK),
                flushed: Promise.resolve()
            }));
            for (let turn = 0;; turn++) {
                const slot = pool[turn % POOL];
                await Promise.race([slot.flushed, failed]);
                const { bytesRead } = await file.read(slot.buffer, 0, CHUNK, null);
                if (bytesRead === 0)
                    break;
                const chunk = slot.buffer.subarray(0, bytesRead);
                sha?.update(chunk);
                blake?.update(chunk);
                sent += bytesRead;
                memory/* streamingGarbage */.oU.spend(bytesRead);
                request.onProgress?.(sent, wheel.size);
                let flushed;
                slot.flushed = new Promise(resolve => (flushed = resolve));
                // The callback also runs with an error when the socket dies; 'error' reports that.
                const below = req.write(chunk, () => flushed());
                if (!below)
                    await Promise.race([waitDrain(req), failed]);
            }
            await Promise.race([Promise.all(pool.map(slot => slot.flushed)), failed]);
        }
        finally {
            await file.close();
        }
        const sha256 = sha ? sha.digest('hex') : wheel.sha256;
        if (sent !== wheel.size || sha256 !== wheel.sha256 || (known && !(await unchanged()))) {
            refuseChanged(`sha256 ${sha256}, size ${sent}; checked ${wheel.sha256}, ${wheel.size} bytes`);
        }
        const blake2 = blake ? blake.digest().toString('hex') : wheel.blake2b256;
        req.end(layout.tail(sha256, blake2));
    }
    catch (error) {
        if (error instanceof UploadError)
            throw error;
        // A write failure is usually the server giving up early (413, 401 before the body was
        // read); its answer, when it came, says more than the broken pipe does.
        const early = await Promise.race([
            response.then(answer => answer, () => null),
            new Promise(resolve => setTimeout(() => resolve(null), 2000).unref())
        ]);
        req.destroy();
        if (!early) {
            throw new UploadError(`Upload to ${request.url} failed: ${error.message}`, 'network');
        }
    }
    return finish();
}

// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
;// CONCATENATED MODULE: ./src/gates/publish.ts
/**
 * The `publish` gate: for each wheel, ask the index what it already holds, then upload,
 * skip as identical, or stop on a conflict; never replace a file. After any failed or
 * ambiguous upload the index is asked again, because the upload may have landed anyway.
 */










/** Adapters for the real thing: HTTP indexes, the static file index, GitHub's OIDC. */
function defaultPublishPorts(logger, options = {}) {
    const fetchFn = options.fetch ?? http_client/* nodeFetch */.v;
    const reader = new read/* HttpIndexReader */.GI(fetchFn);
    const userAgent = options.userAgent ?? 'vllm-cpu-publish';
    return {
        listFiles: async (target, project, version) => target.kind === 'file'
            ? new index_static/* StaticIndex */.v(target.directory).listFiles(project)
            : reader.listFiles(target, project, version),
        upload: async (target, wheel, credentials) => {
            if (target.kind === 'file') {
                const result = await new index_static/* StaticIndex */.v(target.directory).add(wheel);
                if (!result.added) {
                    throw new UploadError(`${external_node_path_default().basename(wheel.path)} already exists in ${target.directory}`, 'client', 409, 'File already exists');
                }
                return;
            }
            await uploadOnce(wheel, {
                url: target.uploadUrl,
                credentials,
                userAgent,
                onProgress: progressLogger(logger, external_node_path_default().basename(wheel.path))
            });
        },
        mintToken: async (target) => {
            if (target.kind === 'file')
                throw new Error('a file:// index needs no token');
            return mintTrustedPublishingToken(target.oidcOrigin, options.getIdToken ?? githubIdToken, logger, fetchFn);
        },
        sleep: retry/* realSleep */.uk,
        random: Math.random
    };
}
const PROGRESS_MIN_BYTES = 16 * 1024 * 1024;
/** Logs upload progress at each quarter with the rate so far; silent for small files. */
function progressLogger(logger, filename, now = Date.now) {
    const start = now();
    let nextQuarter = 1;
    return (sent, total) => {
        if (total < PROGRESS_MIN_BYTES)
            return;
        while (nextQuarter <= 4 && sent >= (total * nextQuarter) / 4) {
            const seconds = Math.max((now() - start) / 1000, 0.001);
            const rate = sent / 1e6 / seconds;
            logger.info(`${filename}: ${nextQuarter * 25}% of ${(total / 1e6).toFixed(1)} MB sent (${rate.toFixed(1)} MB/s)`);
            nextQuarter++;
        }
    };
}
function megabytes(bytes) {
    return `${(bytes / 1e6).toFixed(1)} MB`;
}
function conflictError(wheel, existing, where) {
    const filename = external_node_path_default().basename(wheel.path);
    return new util_errors/* GateError */.u('publish', `${filename} already exists on ${where} with different content (index sha256 ${existing.sha256 ?? 'unknown'}, this file ${wheel.sha256}). A file name on the index can never be replaced, not even after deleting it.`, `Rebuild with a new version: set version-suffix to .post1 (or the next free .postN) so the wheel gets a new file name, then publish that.`);
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
        throw new util_errors/* GateError */.u('publish', 'No wheel to publish.', 'Point the wheel input at a built wheel.');
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
            retryable: error => error instanceof UploadError && error.retryable,
            onRetry: (error, attempt, delay) => logger.warning(`${filename}: attempt ${attempt} failed (${error.message}); retrying in ${(delay / 1000).toFixed(1)} s`)
        });
    }
    catch (error) {
        if (error instanceof util_errors/* GateError */.u)
            throw error;
        if (error instanceof UploadError) {
            const explained = explainRejection(error);
            throw new util_errors/* GateError */.u('publish', `${filename} was not uploaded to ${where}: ${explained.message}`, explained.hint);
        }
        throw new util_errors/* GateError */.u('publish', `${filename} was not uploaded to ${where}: ${error.message}`, 'Re-run the gate: it uploads only what is missing.');
    }
    return confirmedAfterFailure
        ? `the upload reported an error, but ${where} now holds this exact file (sha256 ${wheel.sha256})`
        : `uploaded to ${where} (sha256 ${wheel.sha256})`;
}

// EXTERNAL MODULE: ./src/gates/steps/options.ts
var options = __webpack_require__(37314);
;// CONCATENATED MODULE: ./src/gates/steps/publish.ts




/** Asks before the production upload when someone can answer; stops the pipeline on "no". */
async function confirmProduction(settings, context, wheels) {
    if (!context.confirm || settings.dryRun)
        return;
    const names = wheels.map(w => w.filename.filename).join(', ');
    const yes = await context.confirm(`Upload ${names} to ${settings.repository}? This cannot be undone.`);
    if (!yes) {
        throw new util_errors/* GateError */.u('publish', `The production upload to ${settings.repository} was declined.`, 'Nothing was uploaded to production. Re-run and answer yes, or pass --yes for unattended runs.');
    }
}
/** Publishes already-checked wheels to the production or test index. */
async function publishChecked(settings, context, wheels, role) {
    await publishGate((0,options/* publishOptions */.gI)(settings, role), wheels, defaultPublishPorts(context.logger), context.log, context.logger);
}
/** Runs the publish gate from settings. */
async function runPublishStep(settings, context) {
    // Never upload a file that was not checked in this very step: re-reading costs seconds.
    const { wheels } = await (0,check.checkWheels)(settings, context);
    await confirmProduction(settings, context, wheels);
    await publishChecked(settings, context, wheels, 'production');
}


/***/ })

};
