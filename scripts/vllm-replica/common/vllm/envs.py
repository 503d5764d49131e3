# The part of vllm/envs.py that setup.py reads at build time (loaded by path, as vLLM does).
import os
from typing import Any, Callable

environment_variables: dict[str, Callable[[], Any]] = {
    # Target device of vLLM, supporting [cuda (by default), rocm, cpu, ...]
    "VLLM_TARGET_DEVICE": lambda: os.getenv("VLLM_TARGET_DEVICE", "cuda").lower(),
    # If set, vllm will use precompiled binaries (*.so)
    "VLLM_USE_PRECOMPILED": lambda: bool(os.environ.get("VLLM_USE_PRECOMPILED")),
}


def __getattr__(name: str):
    if name in environment_variables:
        return environment_variables[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return list(environment_variables.keys())
