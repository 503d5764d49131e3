export const id = 616;
export const ids = [616];
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

// EXTERNAL MODULE: ./src/gates/options.ts
var options = __webpack_require__(2482);
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
    const stores = await context.stores(workDir);
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


/***/ })

};
