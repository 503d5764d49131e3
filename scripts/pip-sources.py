"""Prints where this machine's pip finds packages beyond PyPI (find-links and extra
indexes from `pip config list`), as dependency-index-urls for the demo and the tests; the
defaults (PyPI and PyTorch's CPU index, what a GitHub-hosted runner uses) when none. The one
place that decides where the real torch==2.13.0 (CPU) and its dependencies come from.
"""
import pathlib
import shlex
import subprocess
import sys

DEFAULT = "https://pypi.org/simple/ https://download.pytorch.org/whl/cpu"

listing = subprocess.run(
    [sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True
).stdout
sources = []
for line in listing.splitlines():
    key, _, value = line.partition("=")
    if key.split(".")[-1] not in ("find-links", "extra-index-url", "index-url"):
        continue
    for item in shlex.split(value.strip().strip("'\"")):
        if item.startswith("/"):
            item = pathlib.Path(item).as_uri()
        if item not in sources:
            sources.append(item)
print(" ".join(sources) if sources else DEFAULT)
