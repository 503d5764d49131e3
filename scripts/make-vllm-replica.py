"""Makes a vLLM replica source tree for the tests and the demo: a git repository, committed and
tagged, with vLLM's shapes where vllm-cpu-publish meets them, taken from vLLM's own files
(setup.py, cmake/cpu_extension.cmake, vllm/envs.py, vllm/platforms, the `vllm` command,
requirements/cpu*.txt). It builds in seconds: the CMake file's ISA selection runs in script
mode and one small C source is compiled per extension by the system compiler, so wheels carry
real ELF objects.

usage: make-vllm-replica.py DIR [--generation per-isa|runtime-dispatch] [--tag vX.Y.Z]
                            [--torch VERSION] [--no-torch]            (prints the commit)

  per-isa           vLLM 0.9.x: one _C built for the host's ISA, which VLLM_CPU_DISABLE_AVX512
                    (exactly "true") and VLLM_CPU_AVX512BF16/VNNI/AMXBF16 adjust (default tag
                    v0.9.2)
  runtime-dispatch  vLLM 0.17 and later: _C (AVX512, BF16, VNNI, AMX) and _C_AVX2 on x86_64,
                    picked at run time; the per-ISA variables are ignored (default tag v0.17.0)
  --torch           the torch release pinned as vLLM pins it (default 2.13.0: on disk here)
  --no-torch        no torch requirement (for trees that are only configured, never installed)
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess

HERE = pathlib.Path(__file__).resolve().parent / "vllm-replica"
DEFAULT_TAGS = {"per-isa": "v0.9.2", "runtime-dispatch": "v0.17.0"}

PYPROJECT = """[build-system]
# vLLM also needs cmake, ninja, torch and jinja2 to build; the replica compiles with the
# system compiler and runs CMake from PATH, so it asks only for what setup.py imports.
requires = [
    "setuptools>=77.0.3",
    "setuptools-scm>=8.0",
    "wheel",
]
build-backend = "setuptools.build_meta"

[project]
name = "vllm"
authors = [{{name = "vLLM Team"}}]
license = "Apache-2.0"
description = "A replica of vLLM's build and platform detection (vllm-cpu-publish tests)"
requires-python = ">=3.10,<3.14"
dynamic = [ "version", "dependencies" ]

[project.scripts]
vllm = "vllm.entrypoints.cli.main:main"

[tool.setuptools_scm]
# no extra settings needed, presence enables setuptools-scm

[tool.setuptools.packages.find]
where = ["."]
include = ["vllm*"]
"""

# requirements/cpu.txt: torch pinned as vLLM pins it, the +cpu build on x86_64 from PyTorch's
# CPU index (which setup.py drops, like every `--` line).
CPU_REQUIREMENTS = {
    "per-isa": """# Common dependencies
-r common.txt

# Dependencies for CPUs
packaging>=24.2
--extra-index-url https://download.pytorch.org/whl/cpu
torch=={torch}+cpu; platform_machine == "x86_64"
torch=={torch}; platform_system == "Darwin"
torch=={torch}; platform_machine == "ppc64le" or platform_machine == "aarch64"
""",
    "runtime-dispatch": """# Common dependencies
-r common.txt

# Dependencies for CPUs
torch=={torch}+cpu; platform_machine == "x86_64" or platform_machine == "s390x"
torch=={torch}; platform_machine == "aarch64" or platform_system == "Darwin" or platform_machine == "ppc64le"
""",
}

CPU_BUILD = """cmake>=3.26.1
ninja
packaging>=24.2
setuptools>=77.0.3
setuptools-scm>=8
--extra-index-url https://download.pytorch.org/whl/cpu
torch=={torch}+cpu; platform_machine == "x86_64"
wheel
"""

GITIGNORE = "build/\ndist/\n*.egg-info/\nvllm/_version.py\n*.so\n__pycache__/\n"


def git(directory: pathlib.Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("GIT_DIR", "GIT_WORK_TREE")}
    env.update(
        GIT_AUTHOR_NAME="vLLM replica",
        GIT_AUTHOR_EMAIL="replica@example.invalid",
        GIT_COMMITTER_NAME="vLLM replica",
        GIT_COMMITTER_EMAIL="replica@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
    )
    result = subprocess.run(
        ["git", "-C", str(directory), *args], env=env, check=True, capture_output=True, text=True
    )
    return result.stdout.strip()


def copy_tree(source: pathlib.Path, target: pathlib.Path) -> None:
    shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))


def setup_py(generation: str) -> str:
    text = (HERE / "common" / "setup.py").read_text()
    if generation == "runtime-dispatch":
        return re.sub(r"^ *# (>>>|<<<) runtime-dispatch\n", "", text, flags=re.M)
    # vLLM 0.9.x had no VLLM_VERSION_OVERRIDE
    return re.sub(r" *# >>> runtime-dispatch\n.*?# <<< runtime-dispatch\n", "", text, flags=re.S)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--generation", choices=sorted(DEFAULT_TAGS), default="runtime-dispatch")
    parser.add_argument("--tag")
    parser.add_argument("--torch", default="2.13.0")
    parser.add_argument("--no-torch", action="store_true")
    args = parser.parse_args()
    directory = pathlib.Path(args.dir)
    directory.mkdir(parents=True, exist_ok=True)
    copy_tree(HERE / "common", directory)
    copy_tree(HERE / args.generation, directory)
    (directory / "setup.py").write_text(setup_py(args.generation))
    (directory / "pyproject.toml").write_text(PYPROJECT.format())
    cpu = CPU_REQUIREMENTS[args.generation].format(torch=args.torch)
    if args.no_torch:
        cpu = "\n".join(line for line in cpu.splitlines() if not line.startswith("torch")) + "\n"
    (directory / "requirements" / "cpu.txt").write_text(cpu)
    (directory / "requirements" / "cpu-build.txt").write_text(CPU_BUILD.format(torch=args.torch))
    (directory / ".gitignore").write_text(GITIGNORE)
    git(directory, "init", "-q", "-b", "main")
    git(directory, "add", "-A")
    git(directory, "commit", "-q", "-m", f"vLLM replica ({args.generation})")
    git(directory, "tag", args.tag or DEFAULT_TAGS[args.generation])
    print(git(directory, "rev-parse", "HEAD"))


if __name__ == "__main__":
    main()
