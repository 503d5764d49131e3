"""Writes a small stand-in vLLM CPU wheel with the standard library only (for the demo).

Usage: standin_wheel.py OUT_DIR NAME VERSION PLATFORM_TAG
The wheel provides module `vllm` with `__version__`, a `vllm` console script, and depends on torch.
"""
import base64
import hashlib
import pathlib
import sys
import zipfile


def record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={digest}"


def main() -> None:
    out_dir, name, version, platform = sys.argv[1:5]
    dist = name.replace("-", "_")
    tag = f"cp311-cp311-{platform}"
    info = f"{dist}-{version}.dist-info"
    files = {
        "vllm/__init__.py": f'__version__ = "{version}"\n',
        "vllm/__main__.py": "import vllm\n\ndef main():\n    print(vllm.__version__)\n",
        f"{info}/METADATA": (
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
            "Summary: Stand-in vLLM CPU build for the vllm-cpu-publish demo\n"
            "Requires-Python: >=3.9\nRequires-Dist: torch\n\nA stand-in, not vLLM.\n"
        ),
        f"{info}/WHEEL": f"Wheel-Version: 1.0\nGenerator: standin\nRoot-Is-Purelib: false\nTag: {tag}\n",
        f"{info}/entry_points.txt": "[console_scripts]\nvllm = vllm.__main__:main\n",
    }
    rows = [f"{path},{record_hash(text.encode())},{len(text.encode())}" for path, text in files.items()]
    rows.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = "\n".join(rows) + "\n"
    path = pathlib.Path(out_dir) / f"{dist}-{version}-{tag}.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, text in files.items():
            archive.writestr(member, text)
    print(path)


if __name__ == "__main__":
    main()
