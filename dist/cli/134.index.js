export const id = 134;
export const ids = [134];
export const modules = {

/***/ 90134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   localArtifactStore: () => (/* binding */ localArtifactStore),
/* harmony export */   localCacheStore: () => (/* binding */ localCacheStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22885);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24533);
/**
 * The local stores for the command line: cache entries and artifacts as directories under a
 * work directory, with the same meaning as the Actions ones (immutable cache entries found by
 * key or prefix, newest first; artifacts by name, per run), so a local re-run skips a build too.
 */





const MANIFEST = 'manifest.json';
function isExisting(error) {
    const code = error.code;
    return code === 'ENOTEMPTY' || code === 'EEXIST';
}
/** A CacheStore in `<root>/<sha256 of key>/`; `now` orders entries (injectable for tests). */
function localCacheStore(root, now = Date.now) {
    const entryDir = (key) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex'));
    const manifests = async () => {
        let names;
        try {
            names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(root);
        }
        catch {
            return [];
        }
        const found = [];
        for (const name of names) {
            if (name.startsWith('.'))
                continue;
            const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, name);
            try {
                const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, MANIFEST), 'utf8'));
                found.push({ dir, manifest });
            }
            catch {
                // a directory without a manifest is not an entry
            }
        }
        return found.sort((a, b) => b.manifest.created - a.manifest.created);
    };
    return {
        async restore(paths, keys, options = {}) {
            const all = await manifests();
            const [primary, ...prefixes] = keys;
            let match = all.find(entry => entry.manifest.key === primary);
            for (const prefix of prefixes) {
                match ??= all.find(entry => entry.manifest.key.startsWith(prefix));
            }
            if (!match)
                return null;
            if (!options.lookupOnly) {
                const stored = match.manifest.paths;
                for (const [i, target] of paths.entries()) {
                    const index = stored.indexOf(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target));
                    const from = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(match.dir, 'data', String(index >= 0 ? index : i));
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target)), { recursive: true });
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(from, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target), { recursive: true, force: true });
                }
            }
            return match.manifest.key;
        },
        async save(paths, key) {
            const target = entryDir(key);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(root, { recursive: true });
            const staging = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, `.staging-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, 'data'), { recursive: true });
                const resolved = paths.map(p => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(p));
                for (const [i, source] of resolved.entries()) {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(source, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, 'data', String(i)), { recursive: true });
                }
                const manifest = { key, created: now(), paths: resolved };
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
                // rename is atomic: a second save of the same key finds the entry and leaves it alone
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, target);
                return true;
            }
            catch (error) {
                if (isExisting(error))
                    return false;
                throw error;
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
            }
        }
    };
}
/** An ArtifactStore in `<root>/<run>/<name>/`; `run` names this run ('local' by default). */
function localArtifactStore(root, run = 'local') {
    const dirFor = (name, runId) => {
        const bad = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidArtifactCharacters */ ._R)(name);
        if (bad.length > 0 || name === '' || name === '.' || name === '..') {
            throw new Error(`Artifact name '${name}' contains characters @actions/artifact refuses: ` +
                bad.map(c => JSON.stringify(c)).join(' '));
        }
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, runId === undefined ? run : String(runId), name);
    };
    return {
        async upload(name, files) {
            const dir = dirFor(name);
            const staging = `${dir}.staging-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(staging, { recursive: true });
            try {
                for (const file of files)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(file, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)));
                // same name in the same run replaces the earlier upload, as the Actions adapter does
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, dir);
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
            }
            return {};
        },
        async exists(name, location) {
            try {
                return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dirFor(name, location?.runId))).length > 0;
            }
            catch {
                return false;
            }
        },
        async download(name, into, location) {
            const dir = dirFor(name, location?.runId);
            let names;
            try {
                names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).sort();
            }
            catch {
                throw new _ports_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtifactNotFoundError */ .C(`No artifact '${name}' in ${node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)} (local artifacts live under the work directory).`);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(into, { recursive: true });
            const out = [];
            for (const file of names) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, file), node_path__WEBPACK_IMPORTED_MODULE_2___default().join(into, file));
                out.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(into, file));
            }
            return out;
        }
    };
}


/***/ }),

/***/ 22885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ sanitizeCacheKey),
/* harmony export */   _R: () => (/* binding */ invalidArtifactCharacters),
/* harmony export */   b9: () => (/* binding */ wheelArtifactName),
/* harmony export */   n_: () => (/* binding */ sanitizeArtifactName)
/* harmony export */ });
/**
 * Names the stores accept: artifact names without the characters @actions/artifact rejects,
 * and cache keys without commas (@actions/cache splits on them) and within 512 characters.
 */
// The characters @actions/artifact's validateArtifactName refuses (NTFS-safe names).
const ARTIFACT_FORBIDDEN = /[":<>|*?\r\n\\/]/g;
/** The artifact name for a built wheel: `wheel-<variant>-<version>-<python tag>-<arch>`. */
function wheelArtifactName(variant, version, pythonTag, arch) {
    return sanitizeArtifactName(`wheel-${variant}-${version}-${pythonTag}-${arch}`);
}
/** Replaces each character @actions/artifact refuses with `_`. */
function sanitizeArtifactName(name) {
    return name.replace(ARTIFACT_FORBIDDEN, '_');
}
/** The forbidden characters in `name` (empty when @actions/artifact accepts it). */
function invalidArtifactCharacters(name) {
    return [...new Set(name.match(ARTIFACT_FORBIDDEN) ?? [])];
}
/** Makes a cache key safe: no commas, no whitespace runs, at most 512 characters. */
function sanitizeCacheKey(key) {
    return key.replace(/[,\s]+/g, '_').slice(0, 512);
}


/***/ }),

/***/ 24533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ArtifactNotFoundError)
/* harmony export */ });
/**
 * The two small ports for carrying files between runs and jobs: a cache (immutable entries
 * found by exact key or key prefix, as @actions/cache) and an artifact store (named sets of
 * files per workflow run, as @actions/artifact). Adapters: Actions (toolkit) and local directories.
 */
/** The artifact asked for does not exist (as opposed to one that could not be read). */
class ArtifactNotFoundError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ArtifactNotFoundError';
    }
}


/***/ })

};
