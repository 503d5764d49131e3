export const id = 892;
export const ids = [892];
export const modules = {

/***/ 95892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseChecked: () => (/* binding */ releaseChecked),
  runReleaseStep: () => (/* binding */ runReleaseStep)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The release client port: the handful of GitHub REST calls the release gate needs, in the
 * gate's own terms, so the gate is tested with fakes and only the adapter talks HTTP.
 */
/** An HTTP error answer from GitHub, in a shape fakes can throw as well as the adapter. */
class GitHubApiError extends Error {
    status;
    errors;
    operation;
    constructor(status, message, errors = [], 
    /** Which call failed, e.g. `create release v1.0`. */
    operation = '') {
        super(operation ? `${operation}: ${status} ${message}` : `${status} ${message}`);
        this.status = status;
        this.errors = errors;
        this.operation = operation;
        this.name = 'GitHubApiError';
    }
    /** The answer's own `message` (without the status and operation). */
    get apiMessage() {
        const prefix = this.operation ? `${this.operation}: ${this.status} ` : `${this.status} `;
        return this.message.startsWith(prefix) ? this.message.slice(prefix.length) : this.message;
    }
}
/** True for a 422 saying the resource (a release's tag, an asset's name) already exists. */
function isAlreadyExists(error) {
    return (error instanceof GitHubApiError &&
        error.status === 422 &&
        error.errors.some(entry => entry.code === 'already_exists'));
}
/** True for GitHub's refusal to add assets to a release frozen by immutable releases. */
function isImmutableRefusal(error) {
    return error instanceof GitHubApiError && error.status === 422 && /immutable/i.test(error.message);
}
/** True when the token may read but not write (`contents: write` missing). */
function isPermissionDenied(error) {
    return (error instanceof GitHubApiError && error.status === 403 && !/rate limit/i.test(error.message));
}

// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
;// CONCATENATED MODULE: ./src/github/retry.ts
/**
 * The GitHub client's retry policy over src/util/retry.ts: server errors (5xx) and requests that
 * got no answer are retried with backoff; client errors (4xx) never are, since repeating them
 * cannot help. Sleep and randomness stay injectable so tests run instantly.
 */


/** Four tries within about 1 + 2 + 4 seconds of jittered waits. */
const DEFAULT_RETRY_POLICY = {
    attempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 30_000
};
/** True for failures worth repeating: 5xx answers and requests that never got an answer. */
function isRetryable(error) {
    if (error instanceof GitHubApiError)
        return error.status >= 500 || error.status === 0;
    return false;
}
/** Runs `fn`, retrying retryable failures per `policy`; rethrows the last failure. */
function withRetry(fn, policy, onRetry = () => undefined) {
    return (0,retry/* retry */.L5)(() => fn(), { ...policy, retryable: isRetryable, onRetry });
}

;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The Octokit adapter of the release client port: GitHub's REST API through @actions/github,
 * with the API base from GITHUB_API_URL (GitHub Enterprise Server), uploads streamed from disk
 * to the release's own `upload_url`, and every call under the retry policy.
 */





function toRelease(raw) {
    return {
        id: raw.id,
        tagName: raw.tag_name,
        name: raw.name,
        draft: raw.draft,
        prerelease: raw.prerelease,
        immutable: raw.immutable === true,
        htmlUrl: raw.html_url,
        uploadUrl: raw.upload_url,
        assetCount: raw.assets?.length ?? 0
    };
}
function toAsset(raw) {
    return {
        id: raw.id,
        name: raw.name,
        size: raw.size,
        digest: raw.digest ?? null,
        state: raw.state
    };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}
/** Turns Octokit's RequestError (or a network failure, status 500) into a GitHubApiError. */
function toApiError(error, operation) {
    if (!isRecord(error) || typeof error.status !== 'number')
        return error;
    const data = isRecord(error.response) ? error.response.data : undefined;
    const message = isRecord(data) && typeof data.message === 'string'
        ? data.message
        : error instanceof Error
            ? error.message
            : 'request failed';
    const errors = [];
    if (isRecord(data) && Array.isArray(data.errors)) {
        for (const entry of data.errors) {
            if (isRecord(entry) && typeof entry.code === 'string') {
                errors.push({
                    code: entry.code,
                    resource: typeof entry.resource === 'string' ? entry.resource : undefined,
                    field: typeof entry.field === 'string' ? entry.field : undefined,
                    message: typeof entry.message === 'string' ? entry.message : undefined
                });
            }
        }
    }
    return new GitHubApiError(error.status, message, errors, operation);
}
/** The production ReleaseClient. */
class OctokitReleaseClient {
    client = null;
    options;
    repoParams;
    policy;
    logger;
    constructor(options) {
        this.logger = options.logger;
        this.policy = options.retry ?? DEFAULT_RETRY_POLICY;
        this.repoParams = { owner: options.owner, repo: options.repo };
        this.options = options;
    }
    // Built on first use, so a client can be wired up before anyone knows whether a token exists.
    get octokit() {
        if (this.client === null) {
            // Octokit's default log writes to the console; route it through the Logger port instead.
            this.client = (0,github/* getOctokit */.Q)(this.options.token, {
                baseUrl: this.options.baseUrl.replace(/\/+$/, ''),
                log: {
                    debug: (message) => this.logger.debug(message),
                    info: (message) => this.logger.debug(message),
                    warn: (message) => this.logger.warning(message),
                    error: (message) => this.logger.warning(message)
                }
            });
        }
        return this.client;
    }
    call(operation, fn) {
        return withRetry(async () => {
            try {
                return await fn();
            }
            catch (error) {
                throw toApiError(error, operation);
            }
        }, this.policy, (error, retry, delayMs) => this.logger.warning(`${error instanceof Error ? error.message : String(error)}; retry ${retry} in ${delayMs} ms`));
    }
    async listReleases() {
        const raw = await this.call('list releases', () => this.octokit.paginate(this.octokit.rest.repos.listReleases, {
            ...this.repoParams,
            per_page: 100
        }));
        return raw.map(toRelease);
    }
    async createRelease(release) {
        const response = await this.call(`create release ${release.tagName}`, () => this.octokit.rest.repos.createRelease({
            ...this.repoParams,
            tag_name: release.tagName,
            name: release.name,
            body: release.body,
            draft: release.draft,
            prerelease: release.prerelease,
            target_commitish: release.targetCommitish
        }));
        return toRelease(response.data);
    }
    async deleteRelease(releaseId) {
        await this.call(`delete release ${releaseId}`, () => this.octokit.rest.repos.deleteRelease({ ...this.repoParams, release_id: releaseId }));
    }
    async listAssets(releaseId) {
        const raw = await this.call(`list assets of release ${releaseId}`, () => this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, {
            ...this.repoParams,
            release_id: releaseId,
            per_page: 100
        }));
        return raw.map(toAsset);
    }
    async uploadAsset(release, file) {
        // A fresh stream per attempt: a retried upload must send the whole file again.
        const response = await this.call(`upload ${file.name}`, () => this.octokit.request({
            method: 'POST',
            url: release.uploadUrl,
            name: file.name,
            headers: { 'content-type': file.contentType, 'content-length': file.size },
            data: (0,external_node_fs_.createReadStream)(file.path)
        }));
        return toAsset(response.data);
    }
    async deleteAsset(assetId) {
        await this.call(`delete asset ${assetId}`, () => this.octokit.rest.repos.deleteReleaseAsset({ ...this.repoParams, asset_id: assetId }));
    }
    async hashAsset(assetId) {
        return this.call(`download asset ${assetId}`, async () => {
            // GitHub answers with a redirect to the file; fetch follows it and drops the token
            // when the redirect leaves the API's origin.
            const response = await this.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
                ...this.repoParams,
                asset_id: assetId,
                headers: { accept: 'application/octet-stream' },
                request: { parseSuccessResponseBody: false }
            });
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const body = response.data;
            if (body)
                for await (const chunk of body)
                    hash.update(chunk);
            return hash.digest('hex');
        });
    }
}

// EXTERNAL MODULE: ./src/gates/check.ts
var check = __webpack_require__(18584);
// EXTERNAL MODULE: ./src/gates/context.ts
var gates_context = __webpack_require__(96639);
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
function parseRepository(text) {
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
;// CONCATENATED MODULE: ./src/gates/release.ts
/**
 * The `release` gate: one GitHub release per tag, found including drafts, created when absent,
 * settled on one canonical release when concurrent jobs or older runs made several, and the
 * wheels attached so that a re-run adds only what is missing and never keeps or replaces an
 * asset that differs from the verified wheel without being told to.
 */






const GATE = 'release';
const WHEEL_CONTENT_TYPE = 'application/zip';
/** How often one asset is re-examined after concurrent jobs keep changing it under us. */
const ASSET_ROUNDS = 3;
/** Orders releases of one tag: published before draft, then the lowest id (the oldest). */
function canonicalOrder(a, b) {
    if (a.draft !== b.draft)
        return a.draft ? 1 : -1;
    return a.id - b.id;
}
function sha256FromDigest(digest) {
    const match = digest === null ? null : /^sha256:([0-9a-f]{64})$/i.exec(digest);
    return match ? match[1].toLowerCase() : null;
}
class ReleaseRun {
    options;
    client;
    log;
    logger;
    tag;
    conflicts = [];
    uploaded = false;
    wouldChange = false;
    constructor(options, client, log, logger, tag) {
        this.options = options;
        this.client = client;
        this.log = log;
        this.logger = logger;
        this.tag = tag;
    }
    record(target, decision, reason) {
        this.log.record({ gate: GATE, target, decision, reason });
        this.logger.info(`${target}: ${decision} (${reason})`);
    }
    async releasesForTag() {
        const all = await this.client.listReleases();
        return all.filter(release => release.tagName === this.tag).sort(canonicalOrder);
    }
    /** Finds or creates the release; returns null in a dry run when it does not exist. */
    async settleRelease(title, body, prerelease) {
        const found = await this.releasesForTag();
        if (found.length > 0) {
            return { release: found[0], created: false, duplicates: found.slice(1) };
        }
        if (this.options.dryRun) {
            this.wouldChange = true;
            this.record(this.tag, 'dry-run', `would create release '${title}'${prerelease ? ' (prerelease)' : ''} with tag ${this.tag} at ${this.options.commit}`);
            return { release: null, created: false, duplicates: [] };
        }
        let mine = null;
        try {
            // Published, not draft: GitHub lets only one published release hold a tag and answers a
            // second create with 422 already_exists, while drafts of one tag pile up unchecked.
            mine = await this.client.createRelease({
                tagName: this.tag,
                name: title,
                body,
                draft: false,
                prerelease,
                targetCommitish: this.options.commit
            });
        }
        catch (error) {
            if (!isAlreadyExists(error))
                throw error;
            this.logger.info(`Another job created the release for ${this.tag} first; using it.`);
        }
        const listed = await this.releasesForTag();
        if (mine && !listed.some(release => release.id === mine.id)) {
            // The listing can lag behind a create; the release just made still counts.
            listed.push(mine);
            listed.sort(canonicalOrder);
        }
        const canonical = listed[0];
        if (!canonical) {
            throw new errors/* GateError */.u(GATE, `GitHub answered that a release with tag ${this.tag} already exists, but no release with that tag is listed.`, 'The token may not see draft releases (it needs contents: write), or a release was deleted meanwhile. Re-run the gate.');
        }
        if (mine && canonical.id !== mine.id) {
            // Ours lost to an older release that appeared meanwhile; ours holds nothing yet.
            await this.deleteReleaseQuietly(mine);
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
    async deleteReleaseQuietly(release) {
        try {
            await this.client.deleteRelease(release.id);
            this.logger.info(`Removed empty duplicate draft release ${release.id} of ${this.tag}.`);
        }
        catch (error) {
            // Another job settling the same duplicates may have removed it first.
            if (!(error instanceof GitHubApiError && error.status === 404))
                throw error;
        }
    }
    /** Removes duplicate drafts of the tag that hold no assets; others are only reported. */
    async removeDuplicates(duplicates) {
        for (const duplicate of duplicates) {
            const assets = duplicate.draft ? await this.client.listAssets(duplicate.id) : [];
            if (!duplicate.draft || assets.length > 0) {
                this.logger.warning(`Release ${duplicate.id} (${duplicate.htmlUrl}) also has tag ${this.tag} and holds ${assets.length} asset(s); left alone. Delete it by hand if it is not needed.`);
            }
            else if (this.options.dryRun) {
                this.logger.info(`Would remove empty duplicate draft release ${duplicate.id}.`);
            }
            else {
                await this.deleteReleaseQuietly(duplicate);
            }
        }
    }
    immutableError(release, name) {
        return new errors/* GateError */.u(GATE, `Release ${this.tag} (${release.htmlUrl}) is immutable: GitHub refuses to add ${name} to it.`, 'A published immutable release cannot change. Release the new files under another tag (release-tag), or a new version (.postN); to keep adding files after publishing, turn off immutable releases in the repository settings.');
    }
    /** Brings one wheel's asset in line with the wheel: upload, keep, replace or report. */
    async settleAsset(release, wheel, existing) {
        const name = wheel.filename.filename;
        let current = existing;
        for (let round = 1;; round++) {
            if (current && current.state === 'uploaded') {
                const sha256 = sha256FromDigest(current.digest) ?? (await this.client.hashAsset(current.id));
                if (sha256 === wheel.sha256) {
                    this.record(name, 'unchanged', `already attached with sha256 ${sha256}`);
                    return;
                }
                if (!this.options.overwriteAssets) {
                    this.conflicts.push(name);
                    this.record(name, 'conflict', `attached with sha256 ${sha256}, but the wheel's sha256 is ${wheel.sha256}`);
                    return;
                }
            }
            const replacing = current !== undefined;
            if (this.options.dryRun) {
                this.wouldChange = true;
                this.record(name, 'dry-run', replacing
                    ? `would replace the attached file (${current?.state === 'uploaded' ? 'different content' : 'incomplete upload'})`
                    : `would upload (sha256 ${wheel.sha256})`);
                return;
            }
            if (release.immutable)
                throw this.immutableError(release, name);
            if (current)
                await this.deleteAssetQuietly(current);
            try {
                const asset = await this.client.uploadAsset(release, {
                    path: wheel.path,
                    name,
                    size: wheel.size,
                    contentType: WHEEL_CONTENT_TYPE
                });
                const stored = sha256FromDigest(asset.digest);
                if (stored !== null && stored !== wheel.sha256) {
                    throw new errors/* GateError */.u(GATE, `GitHub stored ${name} with sha256 ${stored}, but the wheel's sha256 is ${wheel.sha256}.`, 'The file changed during the upload or was corrupted on the way. Re-run the gate; it replaces nothing without overwrite-assets.');
                }
                this.uploaded = true;
                this.record(name, 'updated', `${replacing ? 'replaced' : 'uploaded'} (sha256 ${wheel.sha256})`);
                return;
            }
            catch (error) {
                if (isImmutableRefusal(error))
                    throw this.immutableError(release, name);
                if (!isAlreadyExists(error) || round >= ASSET_ROUNDS)
                    throw error;
                // A concurrent job attached a file of the same name: judge it like any existing asset.
                this.logger.info(`${name} appeared on the release meanwhile; comparing it.`);
                current = (await this.client.listAssets(release.id)).find(asset => asset.name === name);
            }
        }
    }
    async deleteAssetQuietly(asset) {
        try {
            await this.client.deleteAsset(asset.id);
        }
        catch (error) {
            if (!(error instanceof GitHubApiError && error.status === 404))
                throw error;
        }
    }
    async run(wheels, title, body) {
        // A PEP 440 pre or dev release becomes a GitHub prerelease.
        const prerelease = (0,pep440/* isPrerelease */.V1)(this.versionOf(wheels));
        const { release, created, duplicates } = await this.settleRelease(title, body, prerelease);
        if (release === null) {
            for (const wheel of wheels) {
                this.record(wheel.filename.filename, 'dry-run', `would upload (sha256 ${wheel.sha256})`);
            }
            return this.finish('dry-run', null);
        }
        if (created) {
            this.record(this.tag, 'created', `created release '${title}'${prerelease ? ' (prerelease)' : ''} at ${this.options.commit}`);
        }
        await this.removeDuplicates(duplicates);
        const assets = await this.client.listAssets(release.id);
        for (const wheel of wheels) {
            const existing = assets.find(asset => asset.name === wheel.filename.filename);
            await this.settleAsset(release, wheel, existing);
        }
        const decision = created
            ? 'created'
            : this.uploaded
                ? 'updated'
                : this.wouldChange
                    ? 'dry-run'
                    : 'unchanged';
        if (!created && this.conflicts.length === 0) {
            const draft = release.draft ? ' (a draft: publish it when every file is attached)' : '';
            this.record(this.tag, decision, `release ${release.htmlUrl}${draft}`);
        }
        if (this.conflicts.length > 0) {
            this.finish('conflict', release);
            throw new errors/* GateError */.u(GATE, `Release ${this.tag} (${release.htmlUrl}) already has ${this.conflicts.join(', ')} with content other than the wheel that passed verification.`, 'Set overwrite-assets: true to replace the attached file, or delete it from the release, or publish a new version (.postN).');
        }
        return this.finish(decision, release);
    }
    versionOf(wheels) {
        return this.options.version ?? wheels[0].filename.version;
    }
    finish(decision, release) {
        this.log.setOutput('decision', decision);
        this.log.setOutput('release-url', release?.htmlUrl ?? '');
        this.log.setOutput('release-id', release === null ? '' : release.id);
        return {
            decision,
            tag: this.tag,
            releaseId: release?.id ?? null,
            releaseUrl: release?.htmlUrl ?? ''
        };
    }
}
function skip(options, log, tag, reason, hint) {
    if (options.direct)
        throw new errors/* GateError */.u(GATE, `Cannot release: ${reason}.`, hint);
    log.record({ gate: GATE, target: tag, decision: 'skipped', reason });
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
        throw new errors/* GateError */.u(GATE, 'No wheel to release.', 'Point `wheel` at the wheel(s) to attach.');
    }
    const version = options.version ?? first.filename.version;
    if (!(0,pep440/* isValidVersion */.ri)(version)) {
        throw new errors/* GateError */.u(GATE, `Cannot release version '${version}': it is not a PEP 440 version.`, 'Release wheels that passed check, or set version to the PEP 440 version they carry.');
    }
    const strays = wheels.filter(wheel => wheel.filename.version !== first.filename.version);
    if (strays.length > 0) {
        throw new errors/* GateError */.u(GATE, `The wheels have different versions: ${first.filename.filename} and ${strays.map(w => w.filename.filename).join(', ')}.`, 'One release holds one version; release each version in its own step.');
    }
    for (const result of options.verify) {
        const wheel = wheels.find(w => w.filename.filename === result.filename);
        if (wheel && wheel.sha256 !== result.sha256) {
            throw new errors/* GateError */.u(GATE, `${result.filename} has sha256 ${wheel.sha256}, but verify passed a file with sha256 ${result.sha256}.`, 'Release exactly the wheel that was verified: take it from the same artifact as verify did.');
        }
    }
    const values = { version, variant: options.variant, package: options.packageName };
    const tag = renderTemplate('release-tag', options.tagTemplate, values);
    const title = renderTemplate('release-title', options.titleTemplate, values);
    const problem = tagProblem(tag);
    if (problem) {
        throw new errors/* GateError */.u(GATE, `Invalid release tag '${tag}' (from release-tag '${options.tagTemplate}'): ${problem}.`, 'Change release-tag so it makes a valid git tag name.');
    }
    if (options.token === '') {
        return skip(options, log, tag, 'no GitHub token (github-token is empty)', PERMISSION_HINT);
    }
    logger.mask(options.token);
    parseRepository(options.repository);
    const body = renderNotes({
        packageName: options.packageName,
        variant: options.variant,
        version,
        wheels: wheels.map(wheel => ({ filename: wheel.filename.filename, sha256: wheel.sha256 })),
        verify: options.verify,
        extra: options.releaseNotes
    });
    const run = new ReleaseRun(options, client, log, logger, tag);
    try {
        return await run.run(wheels, title, body);
    }
    catch (error) {
        if (isPermissionDenied(error)) {
            const message = error instanceof Error ? error.message : String(error);
            return skip(options, log, tag, `the GitHub token may not write releases (${message})`, PERMISSION_HINT);
        }
        if (error instanceof GitHubApiError) {
            throw new errors/* GateError */.u(GATE, `GitHub API error for ${options.repository} at ${options.apiUrl}: ${error.message}`, error.status === 404 || error.status === 401
                ? 'Check github-token, GITHUB_REPOSITORY and GITHUB_API_URL.'
                : 'Server errors were already retried; re-run the gate, it only does what is missing.');
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/gates/steps/options.ts
var steps_options = __webpack_require__(37314);
;// CONCATENATED MODULE: ./src/gates/steps/release.ts
/** `gate: release` as a job step: the checked wheels attached to one GitHub release. */





/** Releases checked wheels; `direct` is false when the pipeline runs it (a missing token skips). */
async function releaseChecked(settings, context, wheels, direct, verify = []) {
    const env = (0,gates_context/* environment */.c)(context);
    const options = (0,steps_options/* releaseOptions */.gx)(settings, env, direct, verify);
    const packageName = settings.packageNameGiven
        ? settings.packageName
        : (wheels[0]?.filename.normalizedName ?? settings.packageName);
    const [owner = '', repo = ''] = options.repository.split('/');
    const client = new OctokitReleaseClient({
        token: options.token,
        baseUrl: options.apiUrl,
        owner,
        repo,
        logger: context.logger
    });
    return releaseGate({ ...options, packageName }, wheels, client, context.log, context.logger);
}
/** Runs the release gate from settings. */
async function runReleaseStep(settings, context) {
    const { wheels } = await (0,check.checkWheels)(settings, context);
    await releaseChecked(settings, context, wheels, true);
}


/***/ })

};
