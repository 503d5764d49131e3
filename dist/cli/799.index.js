export const id = 799;
export const ids = [799];
export const modules = {

/***/ 44616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RD: () => (/* binding */ resolveWheels)
});

// UNUSED EXPORTS: parseArtifactReference, resolveWheelPaths

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/store/select.ts
var store_select = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/util/glob.ts
/**
 * A small file glob (`*`, `?`, `[...]`, `**`) over the file system, for the `wheel` input.
 * Our own because @actions/glob writes runner debug commands to stdout, which the command
 * line must keep clean, and Node 20 has no fs.glob.
 */


const MAGIC = /[*?[]/;
/** Turns one path segment's glob into an anchored regular expression. */
function segmentToRegExp(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const char = segment[i];
        if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else if (char === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close === -1) {
                source += '\\[';
                continue;
            }
            let body = segment.slice(i + 1, close);
            if (body.startsWith('!'))
                body = '^' + body.slice(1);
            source += `[${body.replace(/\\/g, '\\\\')}]`;
            i = close;
        }
        else
            source += char.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
async function isDirectory(target) {
    return (0,promises_.stat)(target).then(s => s.isDirectory(), () => false);
}
async function isFile(target) {
    return (0,promises_.stat)(target).then(s => s.isFile(), () => false);
}
async function expand(base, segments, out) {
    if (segments.length === 0) {
        if (await isFile(base))
            out.add(base);
        return;
    }
    const [segment, ...rest] = segments;
    if (segment === '**') {
        await expand(base, rest, out);
        const children = await (0,promises_.readdir)(base, { withFileTypes: true }).catch(() => []);
        for (const child of children) {
            if (child.isDirectory())
                await expand(external_node_path_default().join(base, child.name), segments, out);
        }
        return;
    }
    if (!MAGIC.test(segment)) {
        const next = external_node_path_default().join(base, segment);
        if (rest.length === 0 || (await isDirectory(next)))
            await expand(next, rest, out);
        return;
    }
    const matcher = segmentToRegExp(segment);
    const children = await (0,promises_.readdir)(base).catch(() => []);
    for (const child of children) {
        // Like shells, a wildcard does not match a leading dot unless the pattern has one.
        if (child.startsWith('.') && !segment.startsWith('.'))
            continue;
        if (matcher.test(child))
            await expand(external_node_path_default().join(base, child), rest, out);
    }
}
/** Files matching `pattern` (absolute, or relative to `cwd`), as sorted absolute paths. */
async function globFiles(pattern, cwd) {
    const absolute = external_node_path_default().resolve(cwd, pattern);
    const root = external_node_path_default().parse(absolute).root;
    const segments = absolute.slice(root.length).split((external_node_path_default()).sep).filter(Boolean);
    const out = new Set();
    await expand(root, segments, out);
    return [...out].sort();
}

// EXTERNAL MODULE: ./src/gates/steps/options.ts
var options = __webpack_require__(37314);
;// CONCATENATED MODULE: ./src/gates/wheels.ts
/**
 * Finding the wheel(s) a gate acts on: a path or glob relative to the working directory, or
 * an artifact (`wheel-artifact`) downloaded first. No match is an error that says where we
 * looked, since every later gate needs a wheel.
 */





/** Resolves a path or glob to sorted absolute paths of existing `.whl` files. */
async function resolveWheelPaths(pattern, cwd, gate) {
    const matches = await globFiles(pattern, cwd);
    if (matches.length === 0) {
        throw new errors/* GateError */.u(gate, `No wheel matches '${pattern}' (looked in ${cwd}).`, 'Build the wheel first (gate: build), or point the wheel input at an existing .whl file; ' +
            'on the command line, quote a glob so the shell does not expand it.');
    }
    const notWheels = matches.filter(match => !match.endsWith('.whl'));
    if (notWheels.length > 0) {
        throw new errors/* GateError */.u(gate, `'${pattern}' matches files that are not wheels: ${notWheels.map(f => external_node_path_default().basename(f)).join(', ')}.`, "Narrow the wheel input to the .whl files, e.g. 'dist/*.whl'.");
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
        throw new errors/* GateError */.u('settings', `Invalid wheel-artifact '${reference}'. Expected NAME, or RUN_ID/NAME for another run's artifact.`);
    }
    return { name: reference.slice(slash + 1), runId: Number(run) };
}
/** The wheels a gate acts on: from `wheel-artifact` when set, else from the `wheel` glob. */
async function resolveWheels(settings, context, gate) {
    if (!settings.wheelArtifact)
        return resolveWheelPaths(settings.wheel, context.cwd, gate);
    const workDir = (0,options/* workDirOf */.sQ)(settings, context.cwd);
    const { name, runId } = parseArtifactReference(settings.wheelArtifact);
    const stores = await (0,store_select/* selectStores */.z)((0,options/* storeEnvironment */.DE)(settings, context), context.logger);
    const into = external_node_path_default().join(workDir, 'downloads', name);
    context.logger.info(`Downloading artifact '${name}'${runId ? ` of run ${runId}` : ''}`);
    try {
        await stores.artifacts.download(name, into, runId ? { runId } : undefined);
    }
    catch (error) {
        throw new errors/* GateError */.u(gate, `Could not download artifact '${settings.wheelArtifact}': ${error instanceof Error ? error.message : String(error)}`, 'Check the name the build job printed as artifact-name; an artifact of another run needs RUN_ID/NAME and a github-token with actions: read.');
    }
    return resolveWheelPaths('*.whl', into, gate);
}


/***/ }),

/***/ 38870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ HttpIndexReader),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   X0: () => (/* binding */ parseSimpleHtml)
/* harmony export */ });
/* unused harmony export IndexReadError */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70504);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4266);
/**
 * Reading what an index already holds, always fresh: PyPI's JSON API on PyPI and TestPyPI,
 * elsewhere the simple API as PEP 691 JSON when offered, else PEP 503 HTML. A project or
 * version the index does not know is an empty list, not an error.
 */



/** Network failure or 5xx while reading: worth retrying. */
class IndexReadError extends Error {
    retryable;
    constructor(message, retryable) {
        super(message);
        this.retryable = retryable;
        this.name = 'IndexReadError';
    }
}
const PEP691_JSON = 'application/vnd.pypi.simple.v1+json';
const ACCEPT = `${PEP691_JSON}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`;
const NO_CACHE = { 'Cache-Control': 'no-cache', Pragma: 'no-cache' };
/** PEP 503 normalised project name. */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity) => {
        if (entity[0] === '#') {
            const code = entity[1] === 'x' || entity[1] === 'X'
                ? parseInt(entity.slice(2), 16)
                : parseInt(entity.slice(1), 10);
            return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[entity.toLowerCase()] ?? whole;
    });
}
/** The anchors of a PEP 503 HTML page, hrefs resolved against `baseUrl`. */
function parseSimpleHtml(html, baseUrl) {
    const links = [];
    const anchor = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
    const attribute = /([a-z_:][-a-z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gi;
    for (const match of html.matchAll(anchor)) {
        const attributes = {};
        for (const attr of (match[1] ?? '').matchAll(attribute)) {
            attributes[attr[1].toLowerCase()] = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? '');
        }
        const href = attributes.href;
        if (href === undefined)
            continue;
        let url;
        try {
            url = new URL(href, baseUrl).href;
        }
        catch {
            continue;
        }
        const text = decodeEntities((match[2] ?? '').replace(/<[^>]*>/g, '')).trim();
        links.push({ url, text, attributes });
    }
    return links;
}
function fileFromLink(link) {
    const url = new URL(link.url);
    const fragment = new URLSearchParams(url.hash.slice(1));
    const sha256 = fragment.get('sha256');
    url.hash = '';
    const basename = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    return {
        filename: link.text || basename,
        sha256: sha256 ? sha256.toLowerCase() : null,
        url: url.href
    };
}
function textOrEmpty(value) {
    return typeof value === 'string' ? value : '';
}
function hashOrNull(value) {
    return typeof value === 'string' && /^[0-9a-f]{64}$/i.test(value) ? value.toLowerCase() : null;
}
/** Reads file lists from an HTTP index. */
class HttpIndexReader {
    fetchFn;
    retryOptions;
    constructor(fetchFn = _util_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeFetch */ .v, retryOptions = {
        attempts: 4
    }) {
        this.fetchFn = fetchFn;
        this.retryOptions = retryOptions;
    }
    /** Files the index holds for `project` (at `version`, where the API can say). */
    async listFiles(target, project, version) {
        const name = normalizeName(project);
        const url = target.jsonApiUrl
            ? `${target.jsonApiUrl}${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`
            : `${target.simpleUrl}${encodeURIComponent(name)}/`;
        const read = () => target.jsonApiUrl ? this.readPypiJson(url) : this.readSimple(url);
        try {
            return await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)(read, {
                baseDelayMs: 1000,
                maxDelayMs: 15000,
                ...this.retryOptions,
                retryable: error => error instanceof IndexReadError && error.retryable
            });
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('publish', `Could not read which files ${target.label} already holds (${url}): ${error.message}`, 'Publishing needs this answer to never replace a file; check the index URL (index-url) and its availability, then re-run.');
        }
    }
    // GET that follows redirects only within the same origin: pypiserver, for one, redirects an
    // unknown project to pypi.org, whose files say nothing about this index.
    async get(url, accept) {
        let current = url;
        for (let hop = 0; hop < 5; hop++) {
            let response;
            try {
                response = await this.fetchFn(current, {
                    headers: { Accept: accept, ...NO_CACHE },
                    redirect: 'manual'
                });
            }
            catch (error) {
                throw new IndexReadError(`${error.message} (${current})`, true);
            }
            if (response.status >= 300 && response.status < 400) {
                const location = response.headers.get('location');
                await response.body?.cancel();
                if (!location)
                    throw new IndexReadError(`redirect without Location from ${current}`, false);
                const next = new URL(location, current);
                if (next.origin !== new URL(url).origin)
                    return null;
                current = next.href;
                continue;
            }
            if (response.status === 404 || response.status === 410) {
                await response.body?.cancel();
                return null;
            }
            if (!response.ok) {
                const text = (await response.text().catch(() => '')).slice(0, 300);
                throw new IndexReadError(`HTTP ${response.status} ${response.statusText} from ${current}${text ? `: ${text}` : ''}`, response.status >= 500 || response.status === 429);
            }
            return response;
        }
        throw new IndexReadError(`too many redirects from ${url}`, false);
    }
    async readPypiJson(url) {
        const response = await this.get(url, 'application/json');
        if (!response)
            return [];
        const data = (await response.json());
        return (data.urls ?? []).map(file => ({
            filename: textOrEmpty(file.filename),
            sha256: hashOrNull(file.digests?.sha256),
            url: textOrEmpty(file.url)
        }));
    }
    async readSimple(url) {
        const response = await this.get(url, ACCEPT);
        if (!response)
            return [];
        const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
        const finalUrl = response.url || url;
        if (type === PEP691_JSON) {
            const data = (await response.json());
            return (data.files ?? []).map(file => {
                const fileUrl = textOrEmpty(file.url);
                return {
                    filename: textOrEmpty(file.filename),
                    sha256: hashOrNull(file.hashes?.sha256),
                    url: fileUrl ? new URL(fileUrl, finalUrl).href : ''
                };
            });
        }
        return parseSimpleHtml(await response.text(), finalUrl).map(fileFromLink);
    }
}


/***/ }),

/***/ 12344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ StaticIndex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38870);
/**
 * A static PEP 503 index on disk, laid out like the wheel indexes PyTorch and vLLM serve:
 * `<root>/index.html`, `<root>/<project>/index.html` with `#sha256=` links,
 * `data-requires-python` and PEP 658 metadata, the wheel and its `.metadata` beside it.
 * Files never change once written; pages are replaced atomically under a per-project lock.
 */






const LOCK_STALE_MS = 10 * 60 * 1000;
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), hash);
    return hash.digest('hex');
}
async function exists(file) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().access(file);
        return true;
    }
    catch {
        return false;
    }
}
// Temp file in the same directory, then rename: readers see the old or the new file, never half.
async function writeAtomic(file, data) {
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().writeFile(temp, data);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rename(temp, file);
    }
    catch (error) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(temp, { force: true });
        throw error;
    }
}
function requiresPython(metadata) {
    const head = metadata.split(/\r?\n\r?\n/, 1)[0] ?? '';
    const match = /^requires-python:[ \t]*(.*)$/im.exec(head);
    return match ? match[1].trim() : null;
}
/** Reads and writes one static index directory. */
class StaticIndex {
    root;
    sleep;
    constructor(root, sleep = ms => new Promise(resolve => setTimeout(resolve, ms))) {
        this.root = root;
        this.sleep = sleep;
    }
    projectDir(project) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, (0,_read_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(project));
    }
    /**
     * Files of a project: the page's links with their sha256, plus wheels on disk the page does
     * not list yet (a publisher stopped between file and page), hashed from disk.
     */
    async listFiles(project) {
        const dir = this.projectDir(project);
        const listed = new Map();
        let page = '';
        try {
            page = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'index.html'), 'utf8');
        }
        catch {
            page = '';
        }
        const base = `file://${dir}/`;
        for (const link of (0,_read_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSimpleHtml */ .X0)(page, base)) {
            const url = new URL(link.url);
            const sha = new URLSearchParams(url.hash.slice(1)).get('sha256');
            const filename = link.text || node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(url.pathname);
            url.hash = '';
            listed.set(filename, { filename, sha256: sha ? sha.toLowerCase() : null, url: url.href });
        }
        let names = [];
        try {
            names = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readdir(dir);
        }
        catch {
            names = [];
        }
        for (const name of names) {
            if (!name.endsWith('.whl') || name.startsWith('.') || listed.has(name))
                continue;
            const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
            listed.set(name, { filename: name, sha256: await sha256File(file), url: `${base}${name}` });
        }
        return [...listed.values()];
    }
    /**
     * Adds a wheel: copies it in without ever replacing a file of the same name, then rewrites
     * the project and root pages. Returns `exists` with the present file's sha256 when another
     * file already holds that name (identical or not: the caller decides).
     */
    async add(wheel) {
        const filename = node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(wheel.path);
        const project = wheel.filename.normalizedName;
        const dir = this.projectDir(project);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(dir, { recursive: true });
        const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, filename);
        const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${filename}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
        let added = true;
        try {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().copyFile(wheel.path, temp);
            const copied = await sha256File(temp);
            if (copied !== wheel.sha256) {
                throw new Error(`${filename} changed on disk after it was checked (sha256 ${copied}, checked ${wheel.sha256})`);
            }
            // link() fails when the name exists, unlike rename(): the no-overwrite rule, atomically.
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().link(temp, target);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            added = false;
        }
        finally {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(temp, { force: true });
        }
        if (!added)
            return { added: false, sha256: await sha256File(target) };
        await writeAtomic(`${target}.metadata`, wheel.metadataBytes);
        await this.withLock(dir, async () => {
            await this.writeProjectPage(project, {
                filename,
                sha256: wheel.sha256,
                requiresPython: requiresPython(wheel.metadataBytes.toString('utf8')),
                metadataSha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(wheel.metadataBytes).digest('hex')
            });
        });
        await this.withLock(this.root, () => this.writeRootPage());
        return { added: true, sha256: wheel.sha256 };
    }
    async withLock(dir, fn) {
        const lock = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, '.lock');
        for (let attempt = 0;; attempt++) {
            try {
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(lock);
                break;
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                // A publisher that died holding the lock must not block every later run.
                const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().stat(lock).catch(() => null);
                if (stat && Date.now() - stat.mtimeMs > LOCK_STALE_MS) {
                    await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(lock, { recursive: true, force: true });
                    continue;
                }
                if (attempt > 6000)
                    throw new Error(`timed out waiting for the index lock ${lock}`);
                await this.sleep(10 + Math.floor(Math.random() * 40));
            }
        }
        try {
            return await fn();
        }
        finally {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(lock, { recursive: true, force: true });
        }
    }
    async readEntries(project) {
        const dir = this.projectDir(project);
        let page = '';
        try {
            page = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'index.html'), 'utf8');
        }
        catch {
            return [];
        }
        return (0,_read_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSimpleHtml */ .X0)(page, `file://${dir}/`).map(link => {
            const url = new URL(link.url);
            const sha = new URLSearchParams(url.hash.slice(1)).get('sha256') ?? '';
            const core = link.attributes['data-core-metadata'] ?? '';
            return {
                filename: link.text || node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(url.pathname),
                sha256: sha,
                requiresPython: link.attributes['data-requires-python'] ?? null,
                metadataSha256: core.startsWith('sha256=') ? core.slice('sha256='.length) : null
            };
        });
    }
    async writeProjectPage(project, entry) {
        const entries = (await this.readEntries(project)).filter(e => e.filename !== entry.filename);
        entries.push(entry);
        entries.sort((a, b) => a.filename.localeCompare(b.filename));
        const name = (0,_read_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(project);
        const links = entries.map(e => {
            const attributes = [`href="${encodeURIComponent(e.filename)}#sha256=${e.sha256}"`];
            if (e.requiresPython) {
                attributes.push(`data-requires-python="${escapeHtml(e.requiresPython)}"`);
            }
            if (e.metadataSha256) {
                attributes.push(`data-dist-info-metadata="sha256=${e.metadataSha256}"`);
                attributes.push(`data-core-metadata="sha256=${e.metadataSha256}"`);
            }
            return `    <a ${attributes.join(' ')}>${escapeHtml(e.filename)}</a><br/>`;
        });
        const html = [
            '<!DOCTYPE html>',
            '<html>',
            `  <head><meta name="pypi:repository-version" content="1.1"><title>Links for ${escapeHtml(name)}</title></head>`,
            '  <body>',
            `    <h1>Links for ${escapeHtml(name)}</h1>`,
            ...links,
            '  </body>',
            '</html>',
            ''
        ].join('\n');
        await writeAtomic(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.projectDir(project), 'index.html'), html);
    }
    async writeRootPage() {
        const names = [];
        for (const entry of await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readdir(this.root, { withFileTypes: true })) {
            if (!entry.isDirectory() || entry.name.startsWith('.'))
                continue;
            if (await exists(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, entry.name, 'index.html')))
                names.push(entry.name);
        }
        names.sort();
        const html = [
            '<!DOCTYPE html>',
            '<html>',
            '  <head><meta name="pypi:repository-version" content="1.1"><title>Simple index</title></head>',
            '  <body>',
            ...names.map(n => `    <a href="${encodeURIComponent(n)}/">${escapeHtml(n)}</a><br/>`),
            '  </body>',
            '</html>',
            ''
        ].join('\n');
        await writeAtomic(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, 'index.html'), html);
    }
}


/***/ }),

/***/ 70504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ nodeFetch)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/**
 * A small HTTP client over node:http/https with the part of fetch's shape the index reader
 * and trusted publishing use. Node's global fetch compiles undici's WebAssembly HTTP parser on
 * first use, which alone raised a publish run's peak memory by about 40 MB; these few reads
 * and one POST do not need it.
 */


/** Gives up on a server that sends nothing for this long. */
const IDLE_TIMEOUT_MS = 120_000;
/** GET/POST over node:http(s); never follows redirects; rejects on network errors only. */
const nodeFetch = (url, init = {}) => new Promise((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : target.protocol === 'http:' ? (node_http__WEBPACK_IMPORTED_MODULE_0___default()) : null;
    if (!client) {
        reject(new TypeError(`unsupported protocol ${target.protocol} in ${url}`));
        return;
    }
    const headers = { ...init.headers };
    if (init.body !== undefined)
        headers['Content-Length'] = Buffer.byteLength(init.body);
    const request = client.request(target, { method: init.method ?? 'GET', headers }, response => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.once('error', reject);
        response.once('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            const status = response.statusCode ?? 0;
            resolve({
                status,
                ok: status >= 200 && status < 300,
                statusText: response.statusMessage ?? '',
                url,
                headers: {
                    get: name => {
                        const value = response.headers[name.toLowerCase()];
                        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
                    }
                },
                body: { cancel: async () => undefined },
                text: async () => body,
                json: async () => JSON.parse(body)
            });
        });
    });
    request.setTimeout(IDLE_TIMEOUT_MS, () => request.destroy(new Error(`no answer from ${target.host} for ${IDLE_TIMEOUT_MS / 1000} s`)));
    request.once('error', reject);
    request.end(init.body);
});


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony export backoffDelay */
/**
 * Retrying with exponential backoff and full jitter. Sleep and randomness are injected so
 * callers' retry behaviour is tested without waiting.
 */
/** Sleeps for real. */
const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** The delay before retry number `retry` (1-based): full jitter over a doubling window. */
function backoffDelay(retry, options, random = Math.random) {
    const window = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
    return Math.floor(random() * window);
}
/** Runs `fn` until it succeeds, a failure is not retryable, or the attempts are used up. */
async function retry(fn, options) {
    const sleep = options.sleep ?? realSleep;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= options.attempts || !options.retryable(error))
                throw error;
            const delay = backoffDelay(attempt, options, random);
            options.onRetry?.(error, attempt, delay);
            await sleep(delay);
        }
    }
}


/***/ })

};
