import json
import os
import subprocess
import sys

from setuptools import setup
from setuptools.dist import Distribution

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ROOT)
from cmake_flags import cpu_flags  # noqa: E402


class BinaryDistribution(Distribution):
    # vLLM ships a compiled _C extension; this makes the wheel platform specific the same way.
    def has_ext_modules(self):
        return True


def scm_version():
    pretend = os.environ.get("SETUPTOOLS_SCM_PRETEND_VERSION_FOR_VLLM") or os.environ.get(
        "SETUPTOOLS_SCM_PRETEND_VERSION"
    )
    if pretend:
        return pretend
    out = subprocess.check_output(["git", "describe", "--tags", "--abbrev=0"], cwd=ROOT, text=True)
    return out.strip().lstrip("v")


def get_vllm_version():
    version = scm_version()
    sep = "+" if "+" not in version else "."
    if os.environ.get("VLLM_TARGET_DEVICE", "cuda") == "cpu":
        version += f"{sep}cpu"
    return version


pkg = os.path.join(ROOT, "vllm")
with open(os.path.join(pkg, "_version.py"), "w") as f:
    f.write(f"__version__ = {scm_version()!r}\n")
seen = {
    name: os.environ.get(name)
    for name in (
        "VLLM_TARGET_DEVICE",
        "VLLM_CPU_DISABLE_AVX512",
        "VLLM_CPU_AVX512BF16",
        "VLLM_CPU_AVX512VNNI",
        "VLLM_CPU_AMXBF16",
        "VLLM_CPU_X86",
    )
}
with open(os.path.join(pkg, "_build_flags.json"), "w") as f:
    json.dump({"env": seen, "enabled": cpu_flags(os.environ)}, f, sort_keys=True)

setup(version=get_vllm_version(), distclass=BinaryDistribution)
