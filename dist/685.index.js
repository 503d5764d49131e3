export const id = 685;
export const ids = [685];
export const modules = {

/***/ 19685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildFromSettings: () => (/* binding */ buildFromSettings),
  runBuildGate: () => (/* binding */ runBuildGate)
});

// EXTERNAL MODULE: ./src/wheelfile/inspect.ts + 4 modules
var inspect = __webpack_require__(5702);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/build/rename.ts + 1 modules
var rename = __webpack_require__(53804);
// EXTERNAL MODULE: ./src/gates/build/plan.ts
var build_plan = __webpack_require__(72844);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/gates/build/files.ts
/** The wheels a build or a cache restore left in a directory. */


/** The `.whl` files in `dir` (sorted), modified at or after `since`; none when it is absent. */
async function wheelsIn(dir, since = 0) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return [];
    }
    const found = [];
    for (const name of names.filter(n => n.endsWith('.whl')).sort()) {
        const full = external_node_path_default().join(dir, name);
        if ((await (0,promises_.stat)(full)).mtimeMs >= since)
            found.push(full);
    }
    return found;
}

// EXTERNAL MODULE: ./src/wheel/names.ts
var names = __webpack_require__(44295);
// EXTERNAL MODULE: ./src/wheelfile/normalize.ts + 4 modules
var normalize = __webpack_require__(21650);
// EXTERNAL MODULE: ./src/wheel/types.ts
var types = __webpack_require__(48970);
;// CONCATENATED MODULE: ./src/gates/build/wheel.ts
/**
 * The wheel the build gate hands on: the build's raw wheel normalized (name, version, platform
 * tag) into the one PyPI accepts, and every produced or restored wheel held to check's rules
 * and to the distribution and version the plan asked for.
 */






function describeProblems(inspection) {
    return inspection.problems.map(p => `- [${p.code}] ${p.message}\n  ${p.hint}`).join('\n');
}
function rethrowWheelError(error) {
    if (error instanceof types/* InvalidWheelError */.j || error instanceof normalize/* NormalizeError */.M) {
        throw new errors/* GateError */.ue('build', error.message, error.hint);
    }
    throw error;
}
/** Checks a produced or restored wheel; returns its inspection or throws GateError. */
async function checkWheel(wheel, p, inspect) {
    const inspection = await inspect(wheel).catch(rethrowWheelError);
    if (inspection.problems.length > 0) {
        throw new errors/* GateError */.ue('build', `The built wheel ${external_node_path_default().basename(wheel)} would not pass check:\n${describeProblems(inspection)}`, 'Fix the build (or the variants/platform-tag settings) and build again; nothing was cached ' +
            'or uploaded.');
    }
    const { filename } = inspection;
    if (filename.normalizedName !== (0,names/* normalizeName */.Pc)(p.distribution) ||
        filename.version !== p.target.version) {
        throw new errors/* GateError */.ue('build', `The wheel is ${filename.name} ${filename.version}, expected ${p.distribution} ` +
            `${p.target.version}.`, 'The build produced another distribution or version than it was told to; check the ' +
            'build command and vllm-source.');
    }
    return inspection;
}
/**
 * Writes the built wheel into the plan's (emptied) wheel directory, normalized where it differs
 * from the plan; returns its path and whether and how it was changed.
 */
async function normalizeBuilt(built, p, logger) {
    await (0,promises_.rm)(p.wheelDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(p.wheelDir, { recursive: true });
    const normalized = await (0,normalize/* normalizeWheel */.j)(built, {
        outDir: p.wheelDir,
        name: p.distribution,
        version: p.target.version,
        platformTag: p.platformTag,
        hostGlibc: async () => p.python.glibc
    }).catch(rethrowWheelError);
    let wheel = normalized.path;
    if (!normalized.changed) {
        wheel = external_node_path_default().join(p.wheelDir, external_node_path_default().basename(built));
        await (0,promises_.copyFile)(built, wheel);
    }
    else {
        logger.info(`Normalized ${external_node_path_default().basename(built)}:\n  ${normalized.changes.join('\n  ')}`);
    }
    return { wheel, changed: normalized.changed, changes: normalized.changes };
}

;// CONCATENATED MODULE: ./src/gates/build/reuse.ts
/**
 * Reusing the wheel cache: a wheel cached under the plan's key stands for a build of the same
 * inputs, so it is restored, held to the same checks as a fresh build, and handed on instead.
 */




/**
 * Restores the cached wheel of the plan, checks it and uploads it as the artifact; null (after
 * a warning when there was an unusable entry) when the wheel must be built.
 */
async function reuseCachedWheel(p, ports, logger) {
    await (0,promises_.rm)(p.wheelDir, { recursive: true, force: true });
    const hit = await ports.cache.restore([p.wheelDir], [p.cacheKey]);
    const restored = hit ? await wheelsIn(p.wheelDir) : [];
    if (hit && restored.length === 1) {
        const wheel = restored[0];
        try {
            const inspection = await checkWheel(wheel, p, ports.inspect);
            await ports.artifacts.upload(p.artifactName, [wheel]);
            return { wheel, inspection };
        }
        catch (error) {
            if (!(error instanceof errors/* GateError */.ue))
                throw error;
            logger.warning(`The cached wheel failed its check, building again: ${error.message}`);
        }
    }
    else if (hit) {
        logger.warning(`Cache entry ${hit} held ${restored.length} wheels, not one; building again.`);
    }
    return null;
}

// EXTERNAL MODULE: ./src/build/command.ts
var command = __webpack_require__(20989);
// EXTERNAL MODULE: ./src/util/process.ts + 1 modules
var process = __webpack_require__(26985);
// EXTERNAL MODULE: ./src/build/cachekey.ts
var cachekey = __webpack_require__(66771);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(21917);
;// CONCATENATED MODULE: ./src/gates/build/ccache.ts
/**
 * The compiler cache (ccache) of a build: used when ccache is installed, restored before the
 * build from the closest key, and saved after it, a failed build included.
 */



async function hasCcache(run) {
    try {
        return (await run('ccache', ['--version'])).exitCode === 0;
    }
    catch {
        return false;
    }
}
/**
 * When ccache is installed, restores the variant's compiler cache and points `env` (the build's
 * environment) at it; null when there is no ccache.
 */
async function restoreCompilerCache(p, run, cache, env, logger) {
    const installed = await hasCcache(run);
    const dir = external_node_path_default().join(p.workDir, 'ccache', p.variant.name);
    const keys = (0,cachekey/* ccacheKeys */.q6)(p.variant.name, p.python, p.commit);
    if (!installed)
        return null;
    env.CCACHE_DIR = dir;
    const hit = await cache.restore([dir], keys);
    logger.info(hit ? `Compiler cache restored from ${hit}.` : 'Compiler cache: starting empty.');
    return { dir, keys, hit };
}
/** Saves the compiler cache under its first key, unless it came from exactly that key. */
async function saveCompilerCache(compilerCache, cache) {
    if (!compilerCache)
        return;
    const { dir, keys, hit } = compilerCache;
    if (hit !== keys[0] && (await (0,fs/* isDirectory */.wd)(dir))) {
        await cache.save([dir], keys[0]);
    }
}

;// CONCATENATED MODULE: ./src/gates/build/run.ts
/**
 * Running the build once: the build command with the variant's environment and the compiler
 * cache, its output streamed to the log line by line, and the one wheel it produced found in
 * {outdir} or vllm-source/dist.
 */






/** Runs a program with its output streamed to the logger line by line. */
async function runStreaming(run, logger, argv, cwd, env) {
    const tail = [];
    const partial = { stdout: '', stderr: '' };
    const emit = (line) => {
        logger.info(line);
        tail.push(line);
        if (tail.length > 30)
            tail.shift();
    };
    const [command, ...args] = argv;
    let result;
    try {
        result = await run(command, args, {
            cwd,
            env,
            onOutput(chunk, stream) {
                const lines = (partial[stream] + chunk).split(/\r?\n/);
                partial[stream] = lines.pop() ?? '';
                lines.forEach(emit);
            }
        });
    }
    catch (error) {
        if (error instanceof process/* ProcessStartError */._S) {
            throw new errors/* GateError */.ue('build', `The build command could not be started: ${error.message}`, 'Check build-command and python: the program must exist on the runner.');
        }
        throw error;
    }
    for (const rest of [partial.stdout, partial.stderr])
        if (rest)
            emit(rest);
    return { exitCode: result.exitCode, tail };
}
/**
 * Builds the plan's wheel with `python` into `outDir` (or vllm-source/dist, when the command
 * does not write to {outdir}); returns the wheel's path or throws GateError.
 */
async function buildOnce(p, python, run, cache, logger, outDir) {
    const argv = (0,command/* buildArgv */.v$)(p.commandText, python, outDir);
    const env = { ...p.env };
    const compilerCache = await restoreCompilerCache(p, run, cache, env, logger);
    const started = Date.now() - 1000;
    let outcome;
    try {
        outcome = await logger.group(`Building ${p.distribution} ${p.target.version} (${p.variant.name}, ${p.python.tag}, ${p.python.arch})`, async () => {
            logger.info(`$ ${argv.join(' ')}`);
            logger.info(`environment: ${Object.entries(env)
                .map(([k, v]) => `${k}=${v}`)
                .join(' ')}`);
            return runStreaming(run, logger, argv, p.sourceDir, env);
        });
    }
    finally {
        // a failed build's objects still save the next attempt most of its work
        await saveCompilerCache(compilerCache, cache);
    }
    if (outcome.exitCode !== 0) {
        throw new errors/* GateError */.ue('build', `The build of ${p.variant.name} failed (exit code ${outcome.exitCode}). Last lines:\n` +
            outcome.tail.join('\n'), 'Read the build log group above. vLLM CPU builds need gcc >= 12.3, cmake, ninja, and ' +
            "vLLM's CPU build requirements installed in the build's python: requirements/build/cpu.txt " +
            '(requirements/cpu-build.txt or requirements-cpu.txt in older releases), with torch from ' +
            'https://download.pytorch.org/whl/cpu.');
    }
    const wheels = argv.some(a => a.includes(outDir))
        ? await wheelsIn(outDir)
        : await wheelsIn(external_node_path_default().join(p.sourceDir, 'dist'), started);
    if (wheels.length !== 1) {
        throw new errors/* GateError */.ue('build', `The build finished but produced ${wheels.length} wheels, expected one` +
            (wheels.length ? `: ${wheels.map(w => external_node_path_default().basename(w)).join(', ')}` : '.'), 'Let the build command write its wheel to {outdir} (e.g. --outdir {outdir}), or to ' +
            'vllm-source/dist.');
    }
    return wheels[0];
}

;// CONCATENATED MODULE: ./src/gates/build/gate.ts
/**
 * The build gate: builds one CPU variant of vLLM from `vllm-source` into a wheel PyPI accepts
 * (variant's flags, explicit version, the variant's name, no local label, a manylinux tag),
 * reuses the wheel from the cache when every input is the same, keeps the compiler cache warm,
 * and hands the wheel to later jobs as an artifact. This module owns the gate's inputs, outputs
 * and decisions; planning (`plan.ts`), building (`run.ts`, `ccache.ts`), reuse (`reuse.ts`) and
 * the wheel's normalization and check (`wheel.ts`) are its parts.
 */








/**
 * Records what the wheel is made of besides the build's flags: the tree's generation and each
 * change to vLLM's lookups of its own distribution (the summary lists them).
 */
function recordTree(p, log, dryRun) {
    log.record({
        gate: 'build',
        target: 'vllm generation',
        decision: 'passed',
        reason: `${p.generation.generation}: ${p.generation.evidence}`
    });
    for (const change of p.rename?.changes ?? []) {
        log.record({
            gate: 'build',
            target: `${change.file}:${change.line}`,
            decision: dryRun ? 'dry-run' : 'updated',
            reason: `${dryRun ? 'would change' : 'changed'} ${change.code} to ${change.replacement}, so ` +
                `vLLM finds ${change.kind === 'version' ? 'its version (with the cpu marker its platform detection looks for)' : `its ${change.kind}`} ` +
                `under the distribution name ${p.distribution}; the checkout was restored after the build`
        });
    }
}
async function publishOutputs(result, log, inspection) {
    // A dry run has no wheel, whether or not the cache could have supplied one.
    log.setOutput('decision', result.wheel === null ? 'dry-run' : result.cacheHit ? 'reused' : 'built');
    log.setOutput('version', result.version);
    log.setOutput('package-name', result.packageName);
    log.setOutput('artifact-name', result.artifactName);
    log.setOutput('cache-hit', result.cacheHit);
    if (result.wheel)
        log.setOutput('wheel', result.wheel);
    if (inspection)
        log.setOutput('sha256', inspection.sha256);
    return result;
}
/**
 * Builds (or reuses) the wheel of one variant, records the tree's generation, the changes to
 * its lookups and `built`, `reused` or `dry-run`; sets the outputs version, package-name,
 * wheel, sha256, artifact-name, cache-hit and vllm-generation. `plan` is the preflight's plan
 * of this build, when it made one.
 */
async function buildGate(options, ports, log, logger, plan) {
    const p = plan ?? (await (0,build_plan/* planBuild */.C)(options, ports.run, logger, ports.chooseSuffix));
    log.setOutput('version-suffix', p.suffix ? p.suffix.suffix : options.versionSuffix.trim());
    if (p.suffix) {
        log.record({
            gate: 'build',
            target: 'version-suffix auto',
            decision: 'passed',
            reason: `${p.suffix.suffix || 'no suffix'}: ${p.suffix.reason}`
        });
    }
    const useWheelCache = !p.dirty;
    if (!useWheelCache) {
        logger.warning(`vllm-source has uncommitted changes, so commit ${p.commit.slice(0, 12)} does not ` +
            'determine the wheel: the wheel cache is neither read nor written.');
    }
    const base = {
        packageName: p.distribution,
        version: p.target.version,
        artifactName: p.artifactName,
        cacheKey: useWheelCache ? p.cacheKey : null
    };
    const flags = Object.entries(p.variant.env)
        .filter(([name]) => p.env[name] !== undefined)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
    log.setOutput('vllm-generation', p.generation.generation);
    recordTree(p, log, options.dryRun);
    if (options.dryRun) {
        const hit = useWheelCache
            ? await ports.cache.restore([p.wheelDir], [p.cacheKey], { lookupOnly: true })
            : null;
        log.record({
            gate: 'build',
            target: `${p.distribution} ${p.target.version}`,
            decision: 'dry-run',
            reason: hit
                ? `would reuse the cached wheel (${p.cacheKey}) and upload it as ${p.artifactName}`
                : `would build ${p.variant.name} in ${p.sourceDir} with ${flags || 'no ISA flags'}, ` +
                    `run '${p.commandText}', and upload ${p.artifactName}`
        });
        return publishOutputs({ ...base, wheel: null, sha256: null, cacheHit: hit !== null }, log, null);
    }
    const reused = useWheelCache ? await reuseCachedWheel(p, ports, logger) : null;
    if (reused) {
        log.record({
            gate: 'build',
            target: reused.inspection.filename.filename,
            decision: 'reused',
            reason: `the cache holds the wheel for these exact inputs (${p.cacheKey}); not rebuilt`
        });
        const result = {
            ...base,
            wheel: reused.wheel,
            sha256: reused.inspection.sha256,
            cacheHit: true
        };
        return publishOutputs(result, log, reused.inspection);
    }
    const outDir = external_node_path_default().join(p.workDir, 'build-out', (0,external_node_crypto_.randomUUID)());
    await (0,promises_.mkdir)(outDir, { recursive: true });
    try {
        const restore = p.rename ? await (0,rename/* applyRename */.V2)(p.sourceDir, p.rename) : null;
        let built;
        try {
            built = await buildOnce(p, options.python, ports.run, ports.cache, logger, outDir);
        }
        finally {
            await restore?.();
        }
        const normalized = await normalizeBuilt(built, p, logger);
        const { wheel } = normalized;
        const inspection = await checkWheel(wheel, p, ports.inspect);
        if (useWheelCache && !(await ports.cache.save([p.wheelDir], p.cacheKey))) {
            logger.info(`The wheel cache already has ${p.cacheKey}; kept as it is.`);
        }
        await ports.artifacts.upload(p.artifactName, [wheel]);
        log.record({
            gate: 'build',
            target: inspection.filename.filename,
            decision: 'built',
            reason: `built ${p.variant.name} from ${p.commit.slice(0, 12)} with ${flags || 'no ISA flags'}` +
                (normalized.changed ? `; normalized (${normalized.changes.length} changes)` : '')
        });
        const result = { ...base, wheel, sha256: inspection.sha256, cacheHit: false };
        return publishOutputs(result, log, inspection);
    }
    finally {
        await (0,promises_.rm)(outDir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/gates/options.ts
var options = __webpack_require__(2482);
// EXTERNAL MODULE: ./src/gates/preflight/index.ts + 3 modules
var preflight = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/gates/build/suffix.ts
var suffix = __webpack_require__(36514);
;// CONCATENATED MODULE: ./src/gates/build/entry.ts





/**
 * Runs the build gate from settings; returns what it built or reused (the pipeline goes on).
 * `plan` is the preflight's plan of this build.
 */
async function buildFromSettings(settings, context, plan) {
    const stores = await context.stores((0,options/* workDirOf */.sQ)(settings, context.cwd));
    return buildGate((0,options/* buildOptions */.Dm)(settings, context.cwd), {
        run: context.runProcess,
        cache: stores.cache,
        artifacts: stores.artifacts,
        inspect: wheel => (0,inspect/* inspectWheel */.I)(wheel, {
            maxFileSize: settings.maxFileSize,
            maxFileSizeText: settings.maxFileSizeText
        }),
        chooseSuffix: (0,suffix/* autoSuffixChooser */.k)(settings, context)
    }, context.log, context.logger, plan);
}
/** The build gate as the registry runs it. */
async function runBuildGate(settings, context) {
    const ready = await (0,preflight/* preflight */.M)(settings, context);
    await buildFromSettings(settings, context, ready.build ?? undefined);
}


/***/ })

};
