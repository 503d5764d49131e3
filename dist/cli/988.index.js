export const id = 988;
export const ids = [988];
export const modules = {

/***/ 98988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishChecked: () => (/* binding */ publishChecked),
/* harmony export */   refuseUnpublishableOnProduction: () => (/* binding */ refuseUnpublishableOnProduction),
/* harmony export */   runPublishGate: () => (/* binding */ runPublishGate)
/* harmony export */ });
/* harmony import */ var _attest_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96379);
/* harmony import */ var _attestation_artifact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28265);
/* harmony import */ var _check_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52027);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2482);
/* harmony import */ var _preflight_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8849);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99128);
/**
 * `gate: publish`, the registry's entry: the preflight, then check the wheels (for their
 * sha256), then publish them through the context's index client.
 */






/** The publish policy's ports from the context (bound: an index client may be a class). */
function publishPorts(context) {
    const { indexes, clock } = context;
    return {
        listFiles: (target, project, version) => indexes.listFiles(target, project, version),
        upload: (target, wheel, credentials, attestations) => indexes.upload(target, wheel, credentials, attestations),
        mintToken: target => indexes.mintToken(target),
        provenance: indexes.provenance
            ? (target, project, version, filename) => indexes.provenance(target, project, version, filename)
            : undefined,
        attest: context.signer
            ? { signer: context.signer, load: _attest_file_js__WEBPACK_IMPORTED_MODULE_0__/* .loadAttestation */ .ft, save: _attest_file_js__WEBPACK_IMPORTED_MODULE_0__/* .saveAttestation */ .m5 }
            : undefined,
        sleep: ms => clock.sleep(ms),
        random: () => clock.random(),
        now: () => clock.now()
    };
}
/**
 * Publishes already-checked wheels to the production or test index. Before a production
 * upload a person at a terminal is asked (context.confirm), once there is something to upload.
 */
async function publishChecked(settings, context, wheels, role) {
    await (0,_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .publishGate */ .BZ)({
        ...(0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .publishOptions */ .gI)(settings, role),
        confirm: role === 'production' ? context.confirm : undefined,
        audience: context.audience
    }, wheels, publishPorts(context), context.log, context.logger);
}
/**
 * Before the pipeline's test upload: stops with `closed` (or `conflict`) when production could
 * never take the wheels, so nothing is uploaded or verified in vain. Asks production's own index.
 */
async function refuseUnpublishableOnProduction(settings, context, wheels) {
    await (0,_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .refuseUnpublishable */ .L9)((0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .publishOptions */ .gI)(settings, 'production'), wheels, publishPorts(context), context.log);
}
/** The publish gate as the registry runs it. */
async function runPublishGate(settings, context) {
    const ready = await (0,_preflight_index_js__WEBPACK_IMPORTED_MODULE_4__/* .preflight */ .M)(settings, context);
    // Never upload a file that was not checked in this very step: re-reading costs seconds.
    const { wheels } = await (0,_check_entry_js__WEBPACK_IMPORTED_MODULE_2__.checkWheels)(settings, context, ready.wheels);
    await publishChecked(settings, context, wheels, 'production');
    await (0,_attestation_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .keepAttestations */ .fK)(settings, context, wheels.map(w => w.path));
}


/***/ }),

/***/ 99128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gm: () => (/* binding */ ClosedReleaseError),
  BZ: () => (/* binding */ publishGate),
  L9: () => (/* binding */ refuseUnpublishable)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/pypi/closed.ts
var pypi_closed = __webpack_require__(37066);
// EXTERNAL MODULE: ./src/gates/hints.ts
var hints = __webpack_require__(47166);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/pypi/rejections.ts
/**
 * What an index's refusal of an upload means and what to do about it. PyPI puts its error
 * text in the HTTP reason phrase of a 400; these are the texts warehouse documents. The
 * server's text arrives here already scrubbed of the upload's credentials (upload.ts); URLs
 * with credentials in it are hidden once more before it is quoted.
 */


const RULES = [
    {
        // Warehouse's PEP 740 refusals ("Invalid attestations supplied during upload: ...",
        // "Could not verify the uploaded artifact using the included attestation: ...").
        pattern: /attestation/i,
        hint: "PyPI refused the file's publish attestation. Check that the project's Trusted Publisher names this repository and this top-level workflow (a reusable workflow cannot be one); delete a stale <wheel>.publish.attestation; or set attestations: false."
    },
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
function explainRejection(error, audience = 'actions') {
    if (error.kind === 'redirect') {
        return {
            message: error.message,
            hint: `Use the URL it redirects to${error.location ? ` (${(0,redact/* hideUrlCredentials */.y0)(error.location)})` : ''} as ${(0,hints/* nameInput */.K3)(audience, 'repository')}, including the trailing slash if it has one.`
        };
    }
    const said = (0,redact/* hideUrlCredentials */.y0)([
        error.reason,
        error.body
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
    ]
        .filter(Boolean)
        .join(' - ')).slice(0, 500);
    const message = error.status
        ? `the index answered ${error.status}${said ? `: ${said}` : ''}`
        : error.message;
    for (const rule of RULES) {
        // Trusted publishing is for an Actions job; a shell is told so instead of pointed at it.
        if (rule.pattern.test(said))
            return {
                message,
                hint: audience === 'cli'
                    ? rule.hint.replace(', or set up trusted publishing', (0,hints/* withoutTokenHint */.h2)(audience))
                    : rule.hint
            };
    }
    if (error.status === 401 || error.status === 403) {
        return {
            message,
            hint: `Authentication failed: check the token (and that it is for this index)${(0,hints/* withoutTokenHint */.h2)(audience)}.`
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

// EXTERNAL MODULE: ./src/pypi/targets.ts
var targets = __webpack_require__(75834);
// EXTERNAL MODULE: ./src/pypi/upload.ts + 1 modules
var upload = __webpack_require__(83605);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/attest/attestation.ts
var attest_attestation = __webpack_require__(29787);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./src/attest/certificate.ts
/**
 * The identity a Fulcio certificate states for a GitHub Actions job, read from Fulcio's
 * extensions (github.com/sigstore/fulcio docs/oid-info.md): Source Repository URI
 * (1.3.6.1.4.1.57264.1.12), Build Config URI (…1.18, the top-level workflow, which PyPI
 * matches against the Trusted Publisher), Build Signer URI (…1.9, the workflow that ran,
 * a reusable one included) and the issuer (…1.8). Since version 2 of these OIDs their values
 * are DER UTF8Strings.
 */

const OID = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18'
};
/** Decodes a DER UTF8String (tag 0x0c); null when the bytes are not one. */
function derUtf8(bytes) {
    if (bytes.length < 2 || bytes[0] !== 0x0c)
        return null;
    let length = bytes[1];
    let start = 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        length = 0;
        for (let i = 0; i < count; i++)
            length = (length << 8) | bytes[2 + i];
        start = 2 + count;
    }
    if (start + length > bytes.length)
        return null;
    return bytes.subarray(start, start + length).toString('utf8');
}
/** Reads the identity from a certificate given as base64 DER. */
function certificateIdentity(base64Der) {
    const cert = dist.X509Certificate.parse(Buffer.from(base64Der, 'base64'));
    const read = (oid) => {
        const extension = cert.extension(oid);
        return extension ? derUtf8(extension.value) : null;
    };
    return {
        issuer: read(OID.issuer),
        sourceRepositoryUri: read(OID.sourceRepositoryUri),
        buildConfigUri: read(OID.buildConfigUri),
        buildSignerUri: read(OID.buildSignerUri),
        subjectAltName: cert.subjectAltName ?? null
    };
}

// EXTERNAL MODULE: ./src/attest/statement.ts
var attest_statement = __webpack_require__(60872);
;// CONCATENATED MODULE: ./src/attest/check.ts
/**
 * The local check an attestation passes before it is sent, so a mistake stops here with a
 * clear message rather than as PyPI's 400 after the upload: the statement names exactly this
 * file (name and sha256), at most one attestation per predicate type, and the certificate's
 * repository and top-level workflow (Build Config URI) are the ones the index will match
 * against its Trusted Publisher.
 */



const HINT = 'Delete the stale .publish.attestation next to the wheel and re-run: a new one is made for this file and this workflow.';
/** Throws GateError when `attestations` are not fit to send with `file`. */
function checkAttestations(attestations, file, expected) {
    const fail = (why, hint = HINT) => {
        throw new errors/* GateError */.ue('publish', `${file.filename}: the attestation ${why}.`, hint);
    };
    const seen = new Set();
    for (const attestation of attestations) {
        let statement;
        try {
            statement = (0,attest_statement/* parseStatement */.By)(Buffer.from(attestation.envelope.statement, 'base64'));
        }
        catch (error) {
            return fail(`cannot be read: ${error.message}`);
        }
        // PyPI refuses a second attestation of one predicate type for one file.
        if (seen.has(statement.predicateType)) {
            return fail(`list holds two attestations of predicate type ${statement.predicateType}; PyPI takes at most one per type`, 'Send one publish attestation per file.');
        }
        seen.add(statement.predicateType);
        if (statement.subject.length !== 1) {
            return fail(`names ${statement.subject.length} subjects; PyPI takes exactly one`);
        }
        const subject = statement.subject[0];
        if (subject.name !== file.filename) {
            return fail(`is for ${subject.name}, not for this file`);
        }
        if (subject.digest.sha256 !== file.sha256) {
            return fail(`names sha256 ${String(subject.digest.sha256)}, but the file's sha256 is ${file.sha256}`);
        }
        const identity = certificateIdentity(attestation.verification_material.certificate);
        const repositoryUri = `https://github.com/${expected.repository}`;
        if (identity.sourceRepositoryUri !== repositoryUri) {
            return fail(`was signed for repository ${String(identity.sourceRepositoryUri)}, but the index will expect ${repositoryUri}`);
        }
        // The workflow file must match; the ref may differ between the jobs of one release.
        const workflow = `https://github.com/${expected.workflowRef.split('@')[0]}@`;
        if (!identity.buildConfigUri?.startsWith(workflow)) {
            return fail(`was signed by workflow ${String(identity.buildConfigUri)}, but the index will expect ${workflow}…`);
        }
    }
}

// EXTERNAL MODULE: ./src/attest/file.ts
var attest_file = __webpack_require__(96379);
// EXTERNAL MODULE: ./src/attest/provenance.ts
var attest_provenance = __webpack_require__(73134);
;// CONCATENATED MODULE: ./src/gates/publish/attest.ts
/**
 * The publish gate's attestation policy (PEP 740): whether this upload carries attestations,
 * the one publish attestation per file (made once, kept next to the wheel, and sent again
 * unchanged to the next index), the local check before it is sent, and the line that reports
 * the provenance the index then serves.
 */








/**
 * Decides whether uploads to `target` carry attestations. `setting` null is the default: on
 * with Trusted Publishing, off (said in the log) with an API token, which PyPI refuses them with.
 */
function attestationsEnabled(setting, target, token, hasSigner, logger, audience = 'actions') {
    if (setting === false)
        return false;
    if (target.kind === 'file') {
        if (setting === true)
            logger.info(`attestations: ${target.label} is a directory, which keeps no attestations; none made`);
        return false;
    }
    if (token) {
        if (setting === true) {
            throw new errors/* GateError */.ue('publish', `attestations is true, but ${target.label} is given an API token: PyPI accepts attestations only with Trusted Publishing uploads.`, audience === 'actions'
                ? 'Remove the token input to publish with Trusted Publishing, or set attestations: false.'
                : `Set ${(0,hints/* setInput */.zF)(audience, 'attestations', 'false')}: Trusted Publishing works only inside a GitHub Actions job.`);
        }
        logger.info(`attestations: off, because ${target.label} is published to with an API token (PyPI accepts attestations only with Trusted Publishing)`);
        return false;
    }
    if (!hasSigner) {
        if (setting === true) {
            throw new errors/* GateError */.ue('publish', 'attestations is true, but this run cannot sign.', `Set ${(0,hints/* setInput */.zF)(audience, 'attestations', 'false')}.`);
        }
        return false;
    }
    return true;
}
/**
 * The publish attestation for `wheel`: the one kept next to it when there is one, else a new
 * one signed now and kept. Either way it is checked against the file and this job's identity
 * before it is returned; a mismatch throws GateError, before anything is uploaded.
 */
async function attestationFor(wheel, ports, logger, audience = 'actions') {
    const filename = external_node_path_default().basename(wheel.path);
    const file = { filename, sha256: wheel.sha256 };
    const identity = await ports.signer.identity();
    const kept = await ports.load(wheel.path);
    if (kept) {
        checkAttestations([kept], file, identity);
        logger.info(`${filename}: sending the publish attestation kept in ${external_node_path_default().basename((0,attest_file/* attestationPath */.gy)(wheel.path))}`);
        return kept;
    }
    logger.info(`${filename}: signing a publish attestation as ${identity.workflowRef}`);
    let attestation;
    try {
        const bundle = await ports.signer.sign((0,attest_statement/* statementBytes */.Tp)((0,attest_statement/* publishStatement */.zj)(filename, wheel.sha256)));
        attestation = (0,attest_attestation/* attestationFromBundle */.r)(bundle);
    }
    catch (error) {
        throw new errors/* GateError */.ue('publish', `${filename}: signing the publish attestation failed: ${error.message}`, audience === 'actions'
            ? 'The job needs `permissions: id-token: write`; re-run, or set attestations: false to publish without one.'
            : `Signing works only inside a GitHub Actions job; set ${(0,hints/* setInput */.zF)(audience, 'attestations', 'false')} to publish without one.`);
    }
    checkAttestations([attestation], file, identity);
    await ports.save(wheel.path, attestation);
    return attestation;
}
/** One line on a file's provenance for its decision row: the Rekor entries and the publisher. */
function provenanceText(provenance) {
    if (!provenance || provenance.attestation_bundles.length === 0)
        return 'no provenance on the index';
    const entries = (0,attest_provenance/* logIndexes */.J$)(provenance);
    const publisher = provenance.attestation_bundles[0].publisher;
    const who = [publisher.kind, publisher.repository, publisher.workflow].filter(Boolean).join(' ');
    return `provenance: publish attestation, Rekor log entry ${entries.join(', ') || 'none'}${who ? `, publisher ${who}` : ''}`;
}

// EXTERNAL MODULE: ./src/util/size.ts
var size = __webpack_require__(57155);
;// CONCATENATED MODULE: ./src/gates/publish/gate.ts
/**
 * The `publish` gate: for every wheel, ask the index what it already holds, and decide all of
 * them before the first upload: a conflict on any stops the gate with nothing uploaded. Then
 * upload, or skip as identical; never replace a file. After any failed or ambiguous upload the
 * index is asked again, because the upload may have landed anyway, or another run's upload of
 * the same file may have landed first (then this run reports it skipped, not uploaded).
 */










const NEW_VERSION_HINT = 'Rebuild with a new version: set version-suffix to .post1 (or auto for the next free .postN) so ' +
    'the wheel gets a new file name, then publish that.';
function conflictError(wheel, existing, where) {
    const filename = external_node_path_default().basename(wheel.path);
    const smaller = typeof existing.size === 'number' && existing.size < wheel.size
        ? ` The index's file is smaller (${(0,size/* formatSize */.X)(existing.size)}, this one ` +
            `${(0,size/* formatSize */.X)(wheel.size)}): it may be a partly stored upload, cut off on the way.`
        : '';
    return new errors/* GateError */.ue('publish', `${filename} already exists on ${where} with different content (index sha256 ${existing.sha256 ?? 'unknown'}, this file ${wheel.sha256}). A file name on the index can never be replaced, not even after deleting it.${smaller}`, smaller
        ? `${NEW_VERSION_HINT} (An index other than PyPI may let its admin delete the partial file; PyPI never lets the name be used again.)`
        : NEW_VERSION_HINT);
}
function cannotCompareError(wheel, where) {
    const filename = external_node_path_default().basename(wheel.path);
    return new errors/* GateError */.ue('publish', `Cannot compare ${filename} with the file of that name on ${where}: the index lists it without a sha256, so it is unknown whether it is this wheel (sha256 ${wheel.sha256}). Nothing was uploaded.`, 'Point index-url at an index page that states hashes (PEP 503 #sha256= links or PEP 691 JSON), ' +
        "or compare the index's file with this one by hand; if they differ, " +
        NEW_VERSION_HINT.charAt(0).toLowerCase() +
        NEW_VERSION_HINT.slice(1));
}
/** Thrown when the index refuses new files for the release (decision `closed`). */
class ClosedReleaseError extends errors/* GateError */.ue {
}
function find(files, wheel) {
    const filename = external_node_path_default().basename(wheel.path);
    const file = files.find(candidate => candidate.filename === filename);
    if (!file)
        return { state: 'absent' };
    if (file.sha256 === null)
        return { state: 'unknown', file };
    return file.sha256 === wheel.sha256 ? { state: 'identical', file } : { state: 'different', file };
}
async function survey(target, wheels, ports) {
    const out = [];
    for (const wheel of wheels) {
        const files = await ports.listFiles(target, wheel.filename.normalizedName, wheel.filename.version);
        out.push({ wheel, files, found: find(files, wheel) });
    }
    return out;
}
/**
 * Stops before any byte is sent when a wheel could never land: another file under its name
 * (`conflict`), a file that cannot be compared, or (on PyPI and TestPyPI, which run Warehouse)
 * a release closed to new files (`closed`). Files already there identically are not uploads,
 * so they pass even into a closed release.
 */
function refuseWhatCannotLand(target, surveyed, now, log) {
    const where = target.label;
    for (const { wheel, found } of surveyed) {
        const filename = external_node_path_default().basename(wheel.path);
        if (found.state === 'different') {
            log.record({
                gate: 'publish',
                target: filename,
                decision: 'conflict',
                reason: `${where} holds another file under this name (sha256 ${found.file.sha256 ?? 'not given'})`
            });
            log.setOutput('decision', 'conflict');
            throw conflictError(wheel, found.file, where);
        }
        if (found.state === 'unknown') {
            log.record({
                gate: 'publish',
                target: filename,
                decision: 'failed',
                reason: `cannot compare: ${where} lists this name without a sha256`
            });
            throw cannotCompareError(wheel, where);
        }
    }
    // Only Warehouse (PyPI, TestPyPI: the targets with its JSON API) closes releases.
    if (target.kind === 'file' || !target.jsonApiUrl)
        return;
    const absent = surveyed.filter(s => s.found.state === 'absent');
    if (absent.length === 0)
        return;
    const closed = (0,pypi_closed/* closedRelease */.iJ)(absent[0].files, now());
    if (!closed)
        return;
    const { normalizedName, version } = absent[0].wheel.filename;
    const created = new Date(closed.createdAt).toISOString();
    for (const { wheel, found } of surveyed) {
        log.record({
            gate: 'publish',
            target: external_node_path_default().basename(wheel.path),
            decision: found.state === 'absent' ? 'closed' : 'skipped-identical',
            reason: found.state === 'absent'
                ? `${where} refuses new files for ${normalizedName} ${version}: created ${created}, ${closed.ageDays} days ago`
                : `${where} already has this exact file (sha256 ${wheel.sha256})`
        });
    }
    log.setOutput('decision', 'closed');
    throw new ClosedReleaseError('publish', `${where} refuses new files for ${normalizedName} ${version}: the release was created ${created}, ${closed.ageDays} days ago, and PyPI says: "${pypi_closed/* CLOSED_RELEASE_MESSAGE */.V9}" Nothing was uploaded (${absent.map(s => external_node_path_default().basename(s.wheel.path)).join(', ')}).`, `Publish these wheels as a new version: set version-suffix to .post1 (or auto for the next free .postN), rebuild and publish that; the files already in ${version} stay as they are.`);
}
/**
 * Before anything is uploaded anywhere (the pipeline's test upload included): refuses with
 * `conflict` or `closed` what `target` could never take. Records nothing when all can land.
 */
async function refuseUnpublishable(options, wheels, ports, log) {
    const target = (0,targets/* resolveTarget */.u)(options.repository, options.indexUrl);
    refuseWhatCannotLand(target, await survey(target, wheels, ports), () => ports.now(), log);
}
/**
 * Runs the publish gate over `wheels`. Records one decision per wheel (uploaded,
 * skipped-identical, conflict, dry-run) and sets the outputs decision, uploaded, sha256, version.
 * Throws GateError on a conflict (before any upload) or an upload the index refused.
 */
async function publishGate(options, wheels, ports, log, logger) {
    if (wheels.length === 0) {
        throw new errors/* GateError */.ue('publish', 'No wheel to publish.', `Point ${(0,hints/* nameInput */.K3)(options.audience ?? 'actions', 'wheel')} at a built wheel.`);
    }
    const target = (0,targets/* resolveTarget */.u)(options.repository, options.indexUrl);
    if (options.token)
        logger.mask(options.token);
    const where = target.label;
    log.setOutput('sha256', wheels.map(w => w.sha256).join(' '));
    log.setOutput('version', [...new Set(wheels.map(w => w.filename.version))].join(' '));
    log.setOutput('uploaded', false);
    const attest = attestationsEnabled(options.attestations, target, options.token, ports.attest !== undefined, logger, options.audience);
    // Set only when attesting, so runs without attestations keep their outputs as they were.
    if (attest)
        log.setOutput('attested', false);
    let attestedAll = attest;
    // The provenance the index serves for a file, for its decision row and the attested output.
    const provenanceOf = async (wheel) => {
        const read = ports.provenance;
        const provenance = read
            ? await read(target, wheel.filename.normalizedName, wheel.filename.version, external_node_path_default().basename(wheel.path)).catch((error) => {
                logger.warning(`${external_node_path_default().basename(wheel.path)}: could not read its provenance: ${error.message}`);
                return null;
            })
            : null;
        if (!provenance?.attestation_bundles.length)
            attestedAll = false;
        return provenanceText(provenance);
    };
    let credentials;
    const getCredentials = async () => {
        if (credentials !== undefined)
            return credentials;
        if (target.kind === 'file')
            credentials = null;
        else if (options.token)
            credentials = { username: '__token__', password: options.token };
        else if (target.credentials)
            credentials = target.credentials;
        else {
            logger.info(`No token given: using trusted publishing with ${where}`);
            const token = await ports.mintToken(target);
            logger.mask(token);
            credentials = { username: '__token__', password: token };
        }
        return credentials;
    };
    const surveyed = await survey(target, wheels, ports);
    refuseWhatCannotLand(target, surveyed, () => ports.now(), log);
    const missing = surveyed.filter(s => s.found.state === 'absent').map(s => s.wheel);
    if (missing.length > 0 && options.confirm && !options.dryRun) {
        const names = missing.map(w => external_node_path_default().basename(w.path)).join(', ');
        const yes = await options.confirm(`Upload ${names} to ${where}? This cannot be undone.`);
        if (!yes) {
            for (const wheel of missing) {
                log.record({
                    gate: 'publish',
                    target: external_node_path_default().basename(wheel.path),
                    decision: 'failed',
                    reason: `the upload to ${where} was declined at the prompt; nothing was uploaded`
                });
            }
            log.setOutput('decision', 'failed');
            throw new errors/* GateError */.ue('publish', `The production upload to ${where} was declined.`, 'Nothing was uploaded to production. Re-run and answer yes, or pass --yes for unattended runs.');
        }
    }
    const decisions = [];
    for (const { wheel, found: before } of surveyed) {
        const filename = external_node_path_default().basename(wheel.path);
        if (before.state === 'identical') {
            log.record({
                gate: 'publish',
                target: filename,
                decision: 'skipped-identical',
                reason: `${where} already has this exact file (sha256 ${wheel.sha256})${attest ? `; ${await provenanceOf(wheel)}` : ''}`
            });
            logger.info(`${filename}: already on ${where} with the same sha256; not uploading again`);
            decisions.push('skipped-identical');
            continue;
        }
        if (options.dryRun) {
            log.record({
                gate: 'publish',
                target: filename,
                decision: 'dry-run',
                reason: `would upload ${(0,size/* formatSize */.X)(wheel.size)} to ${where} (not there yet)${attest ? `; would attest ${filename} (sha256 ${wheel.sha256}) as this job, nothing signed` : ''}`
            });
            attestedAll = false;
            logger.info(`${filename}: dry run, would upload ${(0,size/* formatSize */.X)(wheel.size)} to ${where}`);
            decisions.push('dry-run');
            continue;
        }
        // Signed and checked before the upload starts: a bad attestation stops here.
        const attestations = attest && ports.attest
            ? [await attestationFor(wheel, ports.attest, logger, options.audience)]
            : undefined;
        const auth = await getCredentials();
        const outcome = await uploadChecked(target, wheel, auth, options, ports, logger, attestations);
        log.record({
            gate: 'publish',
            target: filename,
            decision: outcome.decision,
            reason: attest && outcome.decision === 'uploaded'
                ? `${outcome.reason}; ${await provenanceOf(wheel)}`
                : outcome.reason
        });
        if (outcome.decision === 'uploaded')
            log.setOutput('uploaded', true);
        decisions.push(outcome.decision);
    }
    const decision = decisions.includes('uploaded')
        ? 'uploaded'
        : decisions.includes('dry-run')
            ? 'dry-run'
            : 'skipped-identical';
    log.setOutput('decision', decision);
    if (attest)
        log.setOutput('attested', attestedAll);
}
// Uploads with retries; after every failure the index is asked whether the file landed. An
// index that refused the upload (4xx) but holds this exact file got it from another run: this
// run did not store it, so it is a skip. After a network or server error the bytes may well
// have been stored by this very request: then it counts as this run's upload.
async function uploadChecked(target, wheel, credentials, options, ports, logger, attestations) {
    const filename = external_node_path_default().basename(wheel.path);
    const where = target.label;
    const recheck = async () => find(await ports.listFiles(target, wheel.filename.normalizedName, wheel.filename.version), wheel);
    let landedAnyway = null;
    try {
        await (0,retry/* retry */.L5)(async (attempt) => {
            logger.info(`${filename}: uploading ${(0,size/* formatSize */.X)(wheel.size)} to ${where}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
            try {
                await ports.upload(target, wheel, credentials, attestations);
            }
            catch (error) {
                const now = await recheck();
                if (now.state === 'identical') {
                    const refused = error instanceof upload/* UploadError */.oW && error.kind === 'client';
                    landedAnyway = refused ? 'theirs' : 'ours';
                    logger.info(refused
                        ? `${filename}: ${where} refused the upload and holds this exact file: another run stored it first`
                        : `${filename}: the upload reported an error, but ${where} now holds this exact file`);
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
            retryable: error => error instanceof upload/* UploadError */.oW && error.retryable,
            onRetry: (error, attempt, delay) => logger.warning(`${filename}: attempt ${attempt} failed (${error.message}); retrying in ${(delay / 1000).toFixed(1)} s`)
        });
    }
    catch (error) {
        if (error instanceof errors/* GateError */.ue)
            throw error;
        if (error instanceof upload/* UploadError */.oW) {
            const explained = explainRejection(error, options.audience);
            throw new errors/* GateError */.ue('publish', `${filename} was not uploaded to ${where}: ${explained.message}`, explained.hint);
        }
        throw new errors/* GateError */.ue('publish', `${filename} was not uploaded to ${where}: ${error.message}`, 'Re-run the gate: it uploads only what is missing.');
    }
    // Assigned inside the retried callback, which TypeScript's flow analysis does not follow.
    const landed = landedAnyway;
    if (landed === 'theirs') {
        return {
            decision: 'skipped-identical',
            reason: `another upload stored this exact file on ${where} first (sha256 ${wheel.sha256}); the index refused this run's copy`
        };
    }
    return {
        decision: 'uploaded',
        reason: landed === 'ours'
            ? `the upload reported an error, but ${where} now holds this exact file (sha256 ${wheel.sha256})`
            : `uploaded to ${where} (sha256 ${wheel.sha256})`
    };
}


/***/ }),

/***/ 37066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V9: () => (/* binding */ CLOSED_RELEASE_MESSAGE),
/* harmony export */   iJ: () => (/* binding */ closedRelease),
/* harmony export */   v$: () => (/* binding */ MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS)
/* harmony export */ });
/* unused harmony export releaseCreatedAt */
/**
 * warehouse/forklift/legacy.py MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS (pypi/warehouse main, 2026-07):
 * "After a release has been published for this number of days reject new uploaded files."
 */
const MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
/** PyPI's refusal, word for word (legacy.py `file_upload`). */
const CLOSED_RELEASE_MESSAGE = `Uploading new files to releases older than ${MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS} days is not allowed.`;
/** When the release was created, as far as its files tell (ms since the epoch), or null. */
function releaseCreatedAt(files) {
    let earliest = null;
    for (const file of files) {
        const at = file.uploadedAt;
        if (typeof at === 'number' && Number.isFinite(at) && (earliest === null || at < earliest)) {
            earliest = at;
        }
    }
    return earliest;
}
/** The closed release's creation and age, or null while it still takes new files at `now`. */
function closedRelease(files, now) {
    const createdAt = releaseCreatedAt(files);
    // legacy.py: refused when release.created < now - MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS.
    if (createdAt === null || createdAt >= now - MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS * DAY_MS)
        return null;
    return { createdAt, ageDays: Math.floor((now - createdAt) / DAY_MS) };
}


/***/ })

};
