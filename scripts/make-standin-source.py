"""Makes a stand-in vLLM source tree: a git repository, tagged, that behaves like vLLM's
where the build gate looks (see scripts/standin-vllm/setup.py). Used by the demo and tests.

usage: make-standin-source.py DIR [TAG] [--no-torch]   (prints the commit)
"""
import os
import pathlib
import shutil
import subprocess
import sys

TEMPLATE = pathlib.Path(__file__).resolve().parent / "standin-vllm"

PYPROJECT = """[build-system]
requires = ["setuptools>=61", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "vllm"
dynamic = ["version"]
description = "Stand-in for vLLM (vllm-cpu-publish demo and tests)"
requires-python = ">=3.9"
dependencies = [{dependencies}]

[project.scripts]
vllm = "vllm.cli:main"

[tool.setuptools]
packages = ["vllm"]

[tool.setuptools.package-data]
vllm = ["_build_flags.json"]
"""

GITIGNORE = "build/\ndist/\n*.egg-info/\nvllm/_version.py\nvllm/_build_flags.json\n__pycache__/\n"


def git(directory: pathlib.Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("GIT_DIR", "GIT_WORK_TREE")}
    env.update(
        GIT_AUTHOR_NAME="Stand-in",
        GIT_AUTHOR_EMAIL="standin@example.invalid",
        GIT_COMMITTER_NAME="Stand-in",
        GIT_COMMITTER_EMAIL="standin@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
    )
    result = subprocess.run(
        ["git", "-C", str(directory), *args], env=env, check=True, capture_output=True, text=True
    )
    return result.stdout.strip()


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    torch = "--no-torch" not in sys.argv
    directory = pathlib.Path(args[0])
    tag = args[1] if len(args) > 1 else "v0.6.3"
    shutil.copytree(TEMPLATE, directory, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    (directory / "pyproject.toml").write_text(PYPROJECT.format(dependencies='"torch"' if torch else ""))
    (directory / ".gitignore").write_text(GITIGNORE)
    (directory / "vllm" / "_version.py").write_text("__version__ = '0.0.0'\n")
    git(directory, "init", "-q", "-b", "main")
    git(directory, "add", "-A")
    git(directory, "commit", "-q", "-m", "stand-in vLLM")
    git(directory, "tag", tag)
    print(git(directory, "rev-parse", "HEAD"))


if __name__ == "__main__":
    main()
