export const id = 525;
export const ids = [525];
export const modules = {

/***/ 21525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsArtifactStore: () => (/* binding */ actionsArtifactStore)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77935);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22885);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24533);
/**
 * The ArtifactStore over @actions/artifact. Uploads replace an artifact of the same name in
 * the same run (a re-run attempt uploads again); downloads from another run need a token with
 * actions:read and that run's repository.
 */





async function listFiles(dir) {
    const found = [];
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, entry.name);
        if (entry.isDirectory())
            found.push(...(await listFiles(full)));
        else if (entry.isFile())
            found.push(full);
    }
    return found.sort();
}
function checkName(name) {
    const bad = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidArtifactCharacters */ ._R)(name);
    if (bad.length > 0) {
        throw new Error(`Artifact name '${name}' contains characters @actions/artifact refuses: ` +
            bad.map(c => JSON.stringify(c)).join(' '));
    }
}
/** An ArtifactStore backed by the Actions artifact service. */
function actionsArtifactStore(logger, options = {}) {
    const client = options.client ?? new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    const findBy = (location) => {
        if (location?.runId === undefined)
            return {};
        const repository = location.repository ?? options.repository ?? '';
        const [owner, repo, ...rest] = repository.split('/');
        if (!owner || !repo || rest.length > 0) {
            throw new Error(`To fetch an artifact from run ${location.runId}, name its repository as owner/name ` +
                `(got '${repository}').`);
        }
        if (!options.token) {
            throw new Error(`Fetching an artifact from run ${location.runId} needs a token with actions:read ` +
                '(github-token).');
        }
        return {
            findBy: {
                token: options.token,
                workflowRunId: location.runId,
                repositoryOwner: owner,
                repositoryName: repo
            }
        };
    };
    return {
        async upload(name, files) {
            checkName(name);
            if (files.length === 0)
                throw new Error(`Artifact '${name}' would have no files.`);
            const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(files[0]);
            if (files.some(file => node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file) !== root)) {
                throw new Error(`Artifact '${name}': all files must be in one directory.`);
            }
            let existing = false;
            try {
                await client.getArtifact(name);
                existing = true;
            }
            catch {
                // not found: the usual case
            }
            if (existing) {
                logger.info(`Artifact '${name}' exists in this run (an earlier attempt); replacing it.`);
                await client.deleteArtifact(name);
            }
            // Wheels are already compressed: zipping them again costs time and saves nothing.
            const response = await client.uploadArtifact(name, [...files], root, { compressionLevel: 0 });
            return response.id === undefined ? {} : { id: response.id };
        },
        async exists(name, location) {
            checkName(name);
            try {
                await client.getArtifact(name, findBy(location));
                return true;
            }
            catch (error) {
                // getArtifact throws the toolkit's ArtifactNotFoundError for a name the run does not
                // hold; matched by name, as in download, since a bundle may hold two copies of the class.
                if (error.name === 'ArtifactNotFoundError')
                    return false;
                throw error;
            }
        },
        async download(name, into, location) {
            checkName(name);
            const find = findBy(location);
            let found;
            try {
                found = await client.getArtifact(name, find);
            }
            catch (error) {
                // By name, not class: a second copy of the toolkit (a bundle, a test's client) has its own.
                if (error instanceof Error && error.name === 'ArtifactNotFoundError') {
                    throw new _ports_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtifactNotFoundError */ .C(error.message);
                }
                throw error;
            }
            const { artifact } = found;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(into, { recursive: true });
            const response = await client.downloadArtifact(artifact.id, {
                path: into,
                ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
                ...find
            });
            if (response.digestMismatch) {
                throw new Error(`Artifact '${name}' arrived with a different digest than it was stored with.`);
            }
            return listFiles(response.downloadPath ?? into);
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
