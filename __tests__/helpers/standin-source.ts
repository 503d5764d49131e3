/**
 * The stand-in vLLM source tree: a git repository tagged v0.6.3 whose pyproject names the
 * project "vllm" and whose setup.py behaves like vLLM's where the build gate looks: it reads
 * the CPU flags the way cmake/cpu_extension.cmake does (VLLM_CPU_DISABLE_AVX512 only when it is
 * exactly `true`, the others as CMake truth values), writes what it saw into the package, takes
 * its version from SETUPTOOLS_SCM_PRETEND_VERSION or `git describe`, and appends `+cpu` for
 * VLLM_TARGET_DEVICE=cpu as vLLM's get_vllm_version does. The wheel it builds is platform
 * specific (`linux_x86_64`) without compiling anything.
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** A stand-in checkout and how to remove it. */
export interface StandinSource {
  readonly dir: string
  /** `git rev-parse HEAD` of the tagged commit. */
  readonly commit: string
  cleanup(): Promise<void>
}

/** Options for the stand-in tree. */
export interface StandinOptions {
  /** Tag to create (with the `v`); v0.6.3 by default. */
  readonly tag?: string
  /** Declare a dependency on torch, as vLLM does; true by default. */
  readonly torchDependency?: boolean
}

// The flag logic of cmake/cpu_extension.cmake (per-ISA era), kept in one file that setup.py
// imports and that tests can run on their own with any environment.
const CMAKE_FLAGS_PY = `
"""What cmake/cpu_extension.cmake would enable, for a build host whose CPU has avx512f only."""
import json
import os
import sys

CMAKE_FALSE = {"", "0", "off", "no", "false", "n", "ignore", "notfound"}
HOST_FLAGS = set(os.environ.get("STANDIN_HOST_CPU_FLAGS", "avx2 avx512f").split())


def cmake_true(value):
    # if(<variable>) is false for CMake's false constants and *-NOTFOUND, true otherwise.
    if value is None:
        return False
    v = value.strip().lower()
    return not (v in CMAKE_FALSE or v.endswith("-notfound"))


def cpu_flags(env):
    disable = env.get("VLLM_CPU_DISABLE_AVX512")
    # is_avx512_disabled(): if(DISABLE_AVX512 AND DISABLE_AVX512 STREQUAL "true")
    avx512_disabled = bool(disable) and disable == "true"
    avx512 = "avx512f" in HOST_FLAGS and not avx512_disabled
    flags = {"avx512": avx512, "avx512bf16": False, "avx512vnni": False, "amxbf16": False}
    if avx512:
        flags["avx512bf16"] = "avx512_bf16" in HOST_FLAGS or cmake_true(env.get("VLLM_CPU_AVX512BF16"))
        flags["avx512vnni"] = "avx512_vnni" in HOST_FLAGS or cmake_true(env.get("VLLM_CPU_AVX512VNNI"))
        flags["amxbf16"] = "amx_bf16" in HOST_FLAGS or cmake_true(env.get("VLLM_CPU_AMXBF16"))
    return flags


if __name__ == "__main__":
    print(json.dumps(cpu_flags(os.environ), sort_keys=True))
`

const SETUP_PY = `
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
    f.write(f"__version__ = {scm_version()!r}\\n")
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
`

function pyproject(torch: boolean): string {
  return `[build-system]
requires = ["setuptools>=61", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "vllm"
dynamic = ["version"]
description = "Stand-in for vLLM in tests"
requires-python = ">=3.9"
dependencies = [${torch ? '"torch"' : ''}]

[project.scripts]
vllm = "vllm.cli:main"

[tool.setuptools]
packages = ["vllm"]

[tool.setuptools.package-data]
vllm = ["_build_flags.json"]
`
}

const INIT_PY = `from vllm._version import __version__

__all__ = ["__version__"]
`

const CLI_PY = `import sys

from vllm import __version__


def main():
    if "--version" in sys.argv:
        print(__version__)
    return 0
`

function git(dir: string, args: string[]): string {
  const result = spawnSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_DIR: undefined,
      GIT_WORK_TREE: undefined
    }
  })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout.trim()
}

/** Creates the stand-in tree in a fresh temporary directory, committed and tagged. */
export async function createStandinSource(options: StandinOptions = {}): Promise<StandinSource> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'standin-vllm-'))
  await mkdir(path.join(dir, 'vllm'))
  await writeFile(path.join(dir, 'pyproject.toml'), pyproject(options.torchDependency ?? true))
  await writeFile(path.join(dir, 'setup.py'), SETUP_PY)
  await writeFile(path.join(dir, 'cmake_flags.py'), CMAKE_FLAGS_PY)
  await writeFile(path.join(dir, 'vllm', '__init__.py'), INIT_PY)
  await writeFile(path.join(dir, 'vllm', 'cli.py'), CLI_PY)
  await writeFile(path.join(dir, 'vllm', '_version.py'), "__version__ = '0.0.0'\n")
  await writeFile(
    path.join(dir, '.gitignore'),
    'build/\ndist/\n*.egg-info/\nvllm/_version.py\nvllm/_build_flags.json\n__pycache__/\n'
  )
  git(dir, ['init', '-q', '-b', 'main'])
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-q', '-m', 'stand-in vLLM'])
  git(dir, ['tag', options.tag ?? 'v0.6.3'])
  const commit = git(dir, ['rev-parse', 'HEAD'])
  return { dir, commit, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
