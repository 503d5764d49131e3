export const id = 376;
export const ids = [376];
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

/***/ 94376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseChecked: () => (/* binding */ releaseChecked),
  runReleaseGate: () => (/* binding */ runReleaseGate)
});

// EXTERNAL MODULE: ./src/gates/check/entry.ts
var entry = __webpack_require__(52027);
// EXTERNAL MODULE: ./src/gates/options.ts
var gates_options = __webpack_require__(2482);
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

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/github/repository.ts
/**
 * The repository a release belongs to, from GITHUB_REPOSITORY (`owner/name`).
 */

/** Parses `owner/name`; anything else is a GateError that shows the expected form. */
function parseGitHubRepository(text) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
    if (!match) {
        throw new errors/* GateError */.u('release', `Invalid repository '${text}'. Expected format {owner}/{repo}.`, 'GITHUB_REPOSITORY is set by GitHub Actions; on the command line pass it as owner/name.');
    }
    return { owner: match[1], repo: match[2] };
}

;// CONCATENATED MODULE: ./src/github/templates.ts
/**
 * Release tag and title templates: `{version}`, `{variant}` and `{package}` filled in, anything
 * else in braces refused, and the resulting tag checked against git's rules for ref names.
 */

/** The default `release-tag` template. */
const DEFAULT_TAG_TEMPLATE = 'v{version}-{variant}';
/** The default `release-title` template. */
const DEFAULT_TITLE_TEMPLATE = 'vLLM CPU v{version} ({variant})';
const PLACEHOLDERS = ['version', 'variant', 'package'];
/** Fills a template; an unknown `{name}` is a GateError naming the input and the known names. */
function renderTemplate(input, template, values) {
    return template.replace(/\{([^{}]*)\}/g, (whole, name) => {
        if (PLACEHOLDERS.includes(name)) {
            return values[name];
        }
        throw new errors/* GateError */.u('release', `Unknown placeholder ${whole} in ${input} '${template}'.`, `Use ${PLACEHOLDERS.map(p => `{${p}}`).join(', ')}.`);
    });
}
/** Why `tag` is not a valid git tag name (git check-ref-format), or null when it is. */
function tagProblem(tag) {
    if (tag === '')
        return 'it is empty';
    const hasControl = [...tag].some(ch => ch.charCodeAt(0) <= 0x20 || ch.charCodeAt(0) === 0x7f);
    if (hasControl || /[~^:?*[\\]/.test(tag)) {
        return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
    }
    if (tag.includes('..'))
        return "it contains '..'";
    if (tag.includes('@{') || tag === '@')
        return "it contains '@{' or is '@'";
    if (tag.includes('//'))
        return "it contains '//'";
    if (tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.')) {
        return "it starts or ends with '/' or ends with '.'";
    }
    if (tag.startsWith('-'))
        return "it starts with '-'";
    if (tag.split('/').some(part => part.startsWith('.') || part.endsWith('.lock'))) {
        return "a component starts with '.' or ends with '.lock'";
    }
    return null;
}

// EXTERNAL MODULE: ./src/version/pep440.ts
var pep440 = __webpack_require__(61405);
;// CONCATENATED MODULE: ./src/gates/release/settle-asset.ts
/**
 * Settling one wheel's asset on the release: unchanged when the attached file has the wheel's
 * sha256, a conflict when it differs (unless overwrite-assets), else uploaded or replaced, and
 * judged again when a concurrent job attaches a file of the same name meanwhile.
 */


const GATE = 'release';
const WHEEL_CONTENT_TYPE = 'application/zip';
/** How often one asset is re-examined after concurrent jobs keep changing it under us. */
const ASSET_ROUNDS = 3;
function sha256FromDigest(digest) {
    const match = digest === null ? null : /^sha256:([0-9a-f]{64})$/i.exec(digest);
    return match ? match[1].toLowerCase() : null;
}
function immutableError(s, release, name) {
    return new errors/* GateError */.u(GATE, `Release ${s.tag} (${release.htmlUrl}) is immutable: GitHub refuses to add ${name} to it.`, 'A published immutable release cannot change. Release the new files under another tag (release-tag), or a new version (.postN); to keep adding files after publishing, turn off immutable releases in the repository settings.');
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
                throw new errors/* GateError */.u(GATE, `GitHub stored ${name} with sha256 ${stored}, but the wheel's sha256 is ${wheel.sha256}.`, 'The file changed during the upload or was corrupted on the way. Re-run the gate; it replaces nothing without overwrite-assets.');
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
 * Settling the release of a tag: finding it (drafts included), creating it when absent, and,
 * when concurrent jobs or older runs made several, agreeing on one canonical release (published
 * before draft, then the oldest) and removing the empty duplicate drafts.
 */


const settle_release_GATE = 'release';
/** Orders releases of one tag: published before draft, then the lowest id (the oldest). */
function canonicalOrder(a, b) {
    if (a.draft !== b.draft)
        return a.draft ? 1 : -1;
    return a.id - b.id;
}
async function releasesForTag(s) {
    const all = await s.client.listReleases();
    return all.filter(release => release.tagName === s.tag).sort(canonicalOrder);
}
/** Finds or creates the release; returns a null release in a dry run when it does not exist. */
async function settleRelease(s, title, body, prerelease) {
    const found = await releasesForTag(s);
    if (found.length > 0) {
        return { release: found[0], created: false, duplicates: found.slice(1) };
    }
    if (s.dryRun) {
        s.record(s.tag, 'dry-run', `would create release '${title}'${prerelease ? ' (prerelease)' : ''} with tag ${s.tag} at ${s.commit}`);
        return { release: null, created: false, duplicates: [] };
    }
    let mine = null;
    try {
        // Published, not draft: GitHub lets only one published release hold a tag and answers a
        // second create with 422 already_exists, while drafts of one tag pile up unchecked.
        mine = await s.client.createRelease({
            tagName: s.tag,
            name: title,
            body,
            draft: false,
            prerelease,
            targetCommitish: s.commit
        });
    }
    catch (error) {
        if (!(0,github_client/* isAlreadyExists */.x9)(error))
            throw error;
        s.logger.info(`Another job created the release for ${s.tag} first; using it.`);
    }
    const listed = await releasesForTag(s);
    if (mine && !listed.some(release => release.id === mine.id)) {
        // The listing can lag behind a create; the release just made still counts.
        listed.push(mine);
        listed.sort(canonicalOrder);
    }
    const canonical = listed[0];
    if (!canonical) {
        throw new errors/* GateError */.u(settle_release_GATE, `GitHub answered that a release with tag ${s.tag} already exists, but no release with that tag is listed.`, 'The token may not see draft releases (it needs contents: write), or a release was deleted meanwhile. Re-run the gate.');
    }
    if (mine && canonical.id !== mine.id) {
        // Ours lost to an older release that appeared meanwhile; ours holds nothing yet.
        await deleteReleaseQuietly(s, mine);
        return {
            release: canonical,
            created: false,
            duplicates: listed.filter(r => r.id !== canonical.id && r.id !== mine.id)
        };
    }
    return {
        release: canonical,
        created: mine !== null,
        duplicates: listed.slice(1)
    };
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
        const assets = duplicate.draft ? await s.client.listAssets(duplicate.id) : [];
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

;// CONCATENATED MODULE: ./src/gates/release/gate.ts
/**
 * The `release` gate: one GitHub release per tag, found including drafts, created when absent,
 * settled on one canonical release when concurrent jobs or older runs made several, and the
 * wheels attached so that a re-run adds only what is missing and never keeps or replaces an
 * asset that differs from the verified wheel without being told to. This module owns the gate's
 * inputs, refusals, outputs and overall decision; `settle-release.ts` and `settle-asset.ts`
 * settle the release and each asset.
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
/** Settles the release of `tag` and every wheel's asset on it; throws GateError on a conflict. */
async function releaseWheels(options, wheels, client, log, logger, spec) {
    const { tag, title, body } = spec;
    const record = (target, decision, reason) => {
        log.record({ gate: gate_GATE, target, decision, reason });
        logger.info(`${target}: ${decision} (${reason})`);
    };
    const settling = {
        client,
        logger,
        tag,
        commit: options.commit,
        dryRun: options.dryRun,
        overwriteAssets: options.overwriteAssets,
        record
    };
    // A PEP 440 pre or dev release becomes a GitHub prerelease.
    const prerelease = (0,pep440/* isPrerelease */.V1)(options.version ?? wheels[0].filename.version);
    const { release, created, duplicates } = await settleRelease(settling, title, body, prerelease);
    if (release === null) {
        for (const wheel of wheels) {
            record(wheel.filename.filename, 'dry-run', `would upload (sha256 ${wheel.sha256})`);
        }
        return finish(log, tag, 'dry-run', null);
    }
    if (created) {
        record(tag, 'created', `created release '${title}'${prerelease ? ' (prerelease)' : ''} at ${options.commit}`);
    }
    await removeDuplicates(settling, duplicates);
    const assets = await client.listAssets(release.id);
    const outcomes = [];
    const conflicts = [];
    for (const wheel of wheels) {
        const existing = assets.find(asset => asset.name === wheel.filename.filename);
        const outcome = await settleAsset(settling, release, wheel, existing);
        outcomes.push(outcome);
        if (outcome === 'conflict')
            conflicts.push(wheel.filename.filename);
    }
    const decision = created
        ? 'created'
        : outcomes.includes('updated')
            ? 'updated'
            : outcomes.includes('dry-run')
                ? 'dry-run'
                : 'unchanged';
    if (!created && conflicts.length === 0) {
        const draft = release.draft ? ' (a draft: publish it when every file is attached)' : '';
        record(tag, decision, `release ${release.htmlUrl}${draft}`);
    }
    if (conflicts.length > 0) {
        finish(log, tag, 'conflict', release);
        throw new errors/* GateError */.u(gate_GATE, `Release ${tag} (${release.htmlUrl}) already has ${conflicts.join(', ')} with content other than the wheel that passed verification.`, 'Set overwrite-assets: true to replace the attached file, or delete it from the release, or publish a new version (.postN).');
    }
    return finish(log, tag, decision, release);
}
function skip(options, log, tag, reason, hint) {
    if (options.direct)
        throw new errors/* GateError */.u(gate_GATE, `Cannot release: ${reason}.`, hint);
    log.record({ gate: gate_GATE, target: tag, decision: 'skipped', reason });
    log.setOutput('decision', 'skipped');
    log.setOutput('release-url', '');
    log.setOutput('release-id', '');
    return { decision: 'skipped', tag, releaseId: null, releaseUrl: '' };
}
const PERMISSION_HINT = 'Give the job `permissions: contents: write` and pass `github-token: ${{ github.token }}` (or a token allowed to write releases).';
/** Runs the release gate for `wheels` (all of one version) through `client`. */
async function releaseGate(options, wheels, client, log, logger) {
    const first = wheels[0];
    if (!first) {
        throw new errors/* GateError */.u(gate_GATE, 'No wheel to release.', 'Point `wheel` at the wheel(s) to attach.');
    }
    const version = options.version ?? first.filename.version;
    if (!(0,pep440/* isValidVersion */.ri)(version)) {
        throw new errors/* GateError */.u(gate_GATE, `Cannot release version '${version}': it is not a PEP 440 version.`, 'Release wheels that passed check, or set version to the PEP 440 version they carry.');
    }
    const strays = wheels.filter(wheel => wheel.filename.version !== first.filename.version);
    if (strays.length > 0) {
        throw new errors/* GateError */.u(gate_GATE, `The wheels have different versions: ${first.filename.filename} and ${strays.map(w => w.filename.filename).join(', ')}.`, 'One release holds one version; release each version in its own step.');
    }
    for (const result of options.verify) {
        const wheel = wheels.find(w => w.filename.filename === result.filename);
        if (wheel && wheel.sha256 !== result.sha256) {
            throw new errors/* GateError */.u(gate_GATE, `${result.filename} has sha256 ${wheel.sha256}, but verify passed a file with sha256 ${result.sha256}.`, 'Release exactly the wheel that was verified: take it from the same artifact as verify did.');
        }
    }
    const values = { version, variant: options.variant, package: options.packageName };
    const tag = renderTemplate('release-tag', options.tagTemplate, values);
    const title = renderTemplate('release-title', options.titleTemplate, values);
    const problem = tagProblem(tag);
    if (problem) {
        throw new errors/* GateError */.u(gate_GATE, `Invalid release tag '${tag}' (from release-tag '${options.tagTemplate}'): ${problem}.`, 'Change release-tag so it makes a valid git tag name.');
    }
    if (options.token === '') {
        return skip(options, log, tag, 'no GitHub token (github-token is empty)', PERMISSION_HINT);
    }
    logger.mask(options.token);
    parseGitHubRepository(options.repository);
    const body = renderNotes({
        packageName: options.packageName,
        variant: options.variant,
        version,
        wheels: wheels.map(wheel => ({ filename: wheel.filename.filename, sha256: wheel.sha256 })),
        verify: options.verify,
        extra: options.releaseNotes
    });
    try {
        return await releaseWheels(options, wheels, client, log, logger, { tag, title, body });
    }
    catch (error) {
        if ((0,github_client/* isPermissionDenied */.T1)(error)) {
            const message = error instanceof Error ? error.message : String(error);
            return skip(options, log, tag, `the GitHub token may not write releases (${message})`, PERMISSION_HINT);
        }
        if (error instanceof github_client/* GitHubApiError */.OS) {
            throw new errors/* GateError */.u(gate_GATE, `GitHub API error for ${options.repository} at ${options.apiUrl}: ${error.message}`, error.status === 404 || error.status === 401
                ? 'Check github-token, GITHUB_REPOSITORY and GITHUB_API_URL.'
                : 'Server errors were already retried; re-run the gate, it only does what is missing.');
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/gates/release/entry.ts



/** Releases checked wheels; `direct` is false when the pipeline runs it (a missing token skips). */
async function releaseChecked(settings, context, wheels, direct, verify = []) {
    const options = (0,gates_options/* releaseOptions */.gx)(settings, context.env, direct, verify);
    const packageName = settings.packageNameGiven
        ? settings.packageName
        : (wheels[0]?.filename.normalizedName ?? settings.packageName);
    const [owner = '', repo = ''] = options.repository.split('/');
    const client = context.releases({ token: options.token, apiUrl: options.apiUrl, owner, repo });
    return releaseGate({ ...options, packageName }, wheels, client, context.log, context.logger);
}
/** The release gate as the registry runs it. */
async function runReleaseGate(settings, context) {
    const { wheels } = await (0,entry.checkWheels)(settings, context);
    await releaseChecked(settings, context, wheels, true);
}


/***/ })

};
