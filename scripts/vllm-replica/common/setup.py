# SPDX-License-Identifier: Apache-2.0
# The shape of vLLM's setup.py where vllm-cpu-publish's build gate meets it: the target device
# from vllm/envs.py, the version from setuptools-scm with `+cpu` appended for
# VLLM_TARGET_DEVICE=cpu (get_vllm_version), the dependencies from requirements/cpu.txt
# (get_requirements), and the CPU extension whose instruction sets cmake/cpu_extension.cmake
# chooses. Where vLLM configures and builds with CMake, the replica runs the CMake file's ISA
# selection in script mode and compiles one small C source per target with setuptools and the
# system compiler.

import importlib.util
import json
import logging
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools_scm import get_version


def load_module_from_path(module_name, path):
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


ROOT_DIR = Path(__file__).parent
logger = logging.getLogger(__name__)

# cannot import envs directly because it depends on vllm,
#  which is not installed yet
envs = load_module_from_path("envs", os.path.join(ROOT_DIR, "vllm", "envs.py"))

VLLM_TARGET_DEVICE = envs.VLLM_TARGET_DEVICE


def _is_cpu() -> bool:
    return VLLM_TARGET_DEVICE == "cpu"


def cpu_extension_targets() -> list:
    """What cmake/cpu_extension.cmake builds: [{"name": "_C", "flags": [...]}, ...]."""
    search = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
    cmake = shutil.which("cmake", path=search)
    if cmake is None:
        raise RuntimeError("Cannot find CMake executable")
    out = ROOT_DIR / "build" / "cpu_extension.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.check_call(
        [
            cmake,
            f"-DCMAKE_SYSTEM_PROCESSOR={platform.machine()}",
            f"-DVLLM_REPLICA_OUT={out}",
            "-P",
            str(ROOT_DIR / "cmake" / "cpu_extension.cmake"),
        ],
        cwd=ROOT_DIR,
    )
    return json.loads(out.read_text())["targets"]


def get_vllm_version() -> str:
    # >>> runtime-dispatch
    # Allow overriding the version. This is useful to build platform-specific
    # wheels (e.g. CPU, TPU) without modifying the source.
    if env_version := os.getenv("VLLM_VERSION_OVERRIDE"):
        print(f"Overriding VLLM version with {env_version} from VLLM_VERSION_OVERRIDE")
        os.environ["SETUPTOOLS_SCM_PRETEND_VERSION"] = env_version
        return get_version(write_to="vllm/_version.py")

    # <<< runtime-dispatch
    version = get_version(write_to="vllm/_version.py")
    sep = "+" if "+" not in version else "."  # dev versions might contain +

    if _is_cpu():
        if envs.VLLM_TARGET_DEVICE == "cpu":
            version += f"{sep}cpu"
    else:
        raise RuntimeError("The vLLM replica builds for VLLM_TARGET_DEVICE=cpu only")

    return version


def get_requirements() -> list[str]:
    """Get Python package dependencies from requirements.txt."""
    requirements_dir = ROOT_DIR / "requirements"

    def _read_requirements(filename: str) -> list[str]:
        with open(requirements_dir / filename) as f:
            requirements = f.read().strip().split("\n")
        resolved_requirements = []
        for line in requirements:
            if line.startswith("-r "):
                resolved_requirements += _read_requirements(line.split()[1])
            elif not line.startswith("--") and not line.startswith("#") and line.strip() != "":
                resolved_requirements.append(line)
        return resolved_requirements

    if _is_cpu():
        requirements = _read_requirements("cpu.txt")
    else:
        raise ValueError("Unsupported platform, please use CUDA, ROCm, or CPU.")
    return requirements


class cmake_build_ext(build_ext):
    # CMake rebuilds when the compile flags change; setuptools only compares timestamps, so a
    # second variant built in the same checkout would reuse the first one's objects.
    def finalize_options(self):
        super().finalize_options()
        self.force = True


ext_modules = []
if _is_cpu():
    for target in cpu_extension_targets():
        ext_modules.append(
            Extension(
                f"vllm.{target['name']}",
                sources=["csrc/cpu/replica_ops.c"],
                define_macros=[("VLLM_MODULE_NAME", target["name"])],
                extra_compile_args=target["flags"],
            )
        )

setup(
    version=get_vllm_version(),
    ext_modules=ext_modules,
    cmdclass={"build_ext": cmake_build_ext},
    install_requires=get_requirements(),
)
