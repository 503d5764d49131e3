/**
 * Test fixture builder: real wheels written by Python's zipfile from a JSON spec, good ones and
 * ones broken in exactly one chosen way. Also used for stand-in vLLM wheels by other suites.
 *
 *   const path = await buildWheel(dir, { name: 'vllm-cpu', version: '0.10.0',
 *     tags: 'cp312-cp312-manylinux_2_28_x86_64', files: [{ path: 'vllm/__init__.py', content: '' }] })
 */
import path from 'node:path'
import { runPython } from './python.js'

/** One file inside the wheel (outside dist-info). Give exactly one of content/base64/random. */
export interface WheelFileSpec {
  /** Archive path, e.g. `vllm/_C.abi3.so`. */
  readonly path: string
  /** UTF-8 text content. */
  readonly content?: string
  /** Binary content, base64. */
  readonly base64?: string
  /** This many pseudo-random (incompressible) bytes, generated in Python from `seed`. */
  readonly randomBytes?: number
  readonly seed?: number
  /** false stores the file uncompressed; default follows WheelSpec.compression. */
  readonly compress?: boolean
}

/** Ways to break a wheel on purpose, one field per classic failure. */
export interface WheelBreakage {
  /** RECORD gives these paths a wrong sha256. */
  readonly wrongRecordHash?: readonly string[]
  /** RECORD gives these paths a wrong size. */
  readonly wrongRecordSize?: readonly string[]
  /** RECORD has no row for these paths (they are still in the archive). */
  readonly missingRecordRow?: readonly string[]
  /** Files added to the archive after RECORD was written (so unlisted). */
  readonly unlistedFiles?: readonly WheelFileSpec[]
  /** RECORD rows for files that are not in the archive. */
  readonly phantomRecordRows?: readonly string[]
  /** Leave the dist-info directory out altogether. */
  readonly noDistInfo?: boolean
  /** Add a second dist-info directory with this name (e.g. `other-1.0.dist-info`). */
  readonly secondDistInfo?: string
  /** Leave these dist-info files out (`METADATA`, `WHEEL`, `RECORD`). */
  readonly omitDistInfoFiles?: readonly string[]
}

/** A wheel to build. Defaults make a valid pure-Python wheel `py3-none-any`. */
export interface WheelSpec {
  readonly name: string
  readonly version: string
  /** Build tag for the filename (and WHEEL's Build line), e.g. `1`. */
  readonly build?: string
  /** Filename tag, compressed sets allowed: `py2.py3-none-any`. Default `py3-none-any`. */
  readonly tags?: string
  /** WHEEL Tag lines; default: the expanded filename tags. Differing = the renamed-wheel failure. */
  readonly wheelTags?: readonly string[]
  /** Use this filename instead of the one derived from name/version/tags. */
  readonly filename?: string
  /** dist-info directory name; default `{escaped name}-{version}.dist-info`. */
  readonly distInfo?: string
  /** Default: one small module `{name}/__init__.py`. */
  readonly files?: readonly WheelFileSpec[]
  /** Metadata-Version; default `2.1`. */
  readonly metadataVersion?: string
  /** Name and Version written into METADATA; default the spec's own. */
  readonly metadataName?: string
  readonly metadataVersionField?: string
  /** Extra METADATA headers in order, e.g. [['Requires-Dist', 'torch==2.13.0']]. */
  readonly metadata?: readonly (readonly [string, string])[]
  /** METADATA body (long description). */
  readonly description?: string
  /** Default deflate. */
  readonly compression?: 'deflate' | 'stored'
  /** zlib level for deflate (1 is fast, for big fixtures). Default 6. */
  readonly compressLevel?: number
  readonly breakage?: WheelBreakage
}

const BUILDER = String.raw`
import base64, hashlib, json, os, random, re, sys, zipfile
from packaging.tags import parse_tag

spec = json.load(sys.stdin)
out_dir = spec['dir']
name, version = spec['name'], spec['version']
escaped = re.sub(r'[-_.]+', '_', name)
tags = spec.get('tags') or 'py3-none-any'
build = spec.get('build')
filename = spec.get('filename') or '-'.join(
    [escaped, version] + ([build] if build else []) + [tags]) + '.whl'
dist_info = spec.get('distInfo') or f'{escaped}-{version}.dist-info'
brk = spec.get('breakage') or {}
level = spec.get('compressLevel', 6)
default_method = zipfile.ZIP_STORED if spec.get('compression') == 'stored' else zipfile.ZIP_DEFLATED
CHUNK = 1 << 20

def b64(digest):
    return base64.urlsafe_b64encode(digest).rstrip(b'=').decode()

def chunks(f):
    if f.get('randomBytes') is not None:
        rng = random.Random(f.get('seed', 0))
        left = f['randomBytes']
        while left > 0:
            n = min(CHUNK, left)
            yield rng.randbytes(n)
            left -= n
    elif f.get('base64') is not None:
        yield base64.b64decode(f['base64'])
    else:
        yield (f.get('content') or '').encode()

record = []
path = os.path.join(out_dir, filename)
with zipfile.ZipFile(path, 'w', allowZip64=True) as zf:
    def add(f, listed=True):
        method = default_method if f.get('compress', True) else zipfile.ZIP_STORED
        info = zipfile.ZipInfo(f['path'], date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = method
        info.external_attr = 0o644 << 16
        info._compresslevel = level
        h, size = hashlib.sha256(), 0
        with zf.open(info, 'w', force_zip64=(f.get('randomBytes') or 0) > (1 << 31)) as w:
            for c in chunks(f):
                w.write(c)
                h.update(c)
                size += len(c)
        if listed:
            record.append([f['path'], 'sha256=' + b64(h.digest()), str(size)])

    files = spec.get('files')
    if files is None:
        files = [{'path': escaped.lower() + '/__init__.py', 'content': f'__version__ = "{version}"\n'}]
    for f in files:
        add(f)
    if not brk.get('noDistInfo'):
        omit = set(brk.get('omitDistInfoFiles') or [])
        meta = [('Metadata-Version', spec.get('metadataVersion') or '2.1'),
                ('Name', spec.get('metadataName') or name),
                ('Version', spec.get('metadataVersionField') or version)]
        meta += [tuple(h) for h in spec.get('metadata') or []]
        text = ''.join(f'{k}: {v}\n' for k, v in meta)
        if spec.get('description'):
            text += '\n' + spec['description']
        wheel_tags = spec.get('wheelTags')
        if wheel_tags is None:
            wheel_tags = sorted(str(t) for t in parse_tag(tags))
        purelib = 'true' if tags.endswith('-any') else 'false'
        wheel = 'Wheel-Version: 1.0\nGenerator: vllm-cpu-publish-fixture\n'
        wheel += f'Root-Is-Purelib: {purelib}\n'
        if build:
            wheel += f'Build: {build}\n'
        wheel += ''.join(f'Tag: {t}\n' for t in wheel_tags)
        if 'METADATA' not in omit:
            add({'path': f'{dist_info}/METADATA', 'content': text})
        if 'WHEEL' not in omit:
            add({'path': f'{dist_info}/WHEEL', 'content': wheel})
        if brk.get('secondDistInfo'):
            other = brk['secondDistInfo']
            add({'path': f'{other}/METADATA', 'content': text})
            add({'path': f'{other}/WHEEL', 'content': wheel})
        for f in brk.get('unlistedFiles') or []:
            add(f, listed=False)
        rows = []
        for row in record:
            if row[0] in (brk.get('missingRecordRow') or []):
                continue
            if row[0] in (brk.get('wrongRecordHash') or []):
                row = [row[0], 'sha256=' + b64(hashlib.sha256(b'not this').digest()), row[2]]
            if row[0] in (brk.get('wrongRecordSize') or []):
                row = [row[0], row[1], str(int(row[2]) + 1)]
            rows.append(row)
        for p in brk.get('phantomRecordRows') or []:
            rows.append([p, 'sha256=' + b64(hashlib.sha256(b'').digest()), '0'])
        rows.append([f'{dist_info}/RECORD', '', ''])
        import csv, io
        buf = io.StringIO()
        csv.writer(buf, lineterminator='\n').writerows(rows)
        if 'RECORD' not in omit:
            add({'path': f'{dist_info}/RECORD', 'content': buf.getvalue()}, listed=False)
print(path)
`

/** Builds the wheel in `dir` with Python's zipfile and returns its path. */
export async function buildWheel(dir: string, spec: WheelSpec): Promise<string> {
  const output = runPython(['-c', BUILDER], JSON.stringify({ ...spec, dir: path.resolve(dir) }))
  return output.trim()
}
