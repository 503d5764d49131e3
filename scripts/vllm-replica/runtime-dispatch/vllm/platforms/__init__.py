# SPDX-License-Identifier: Apache-2.0
# The platform detection of vLLM 0.17 and later (vllm/platforms/__init__.py), the CPU plugin only.
import logging
import traceback
from itertools import chain
from typing import TYPE_CHECKING

from .interface import CpuArchEnum, Platform, PlatformEnum

logger = logging.getLogger(__name__)


def vllm_version_matches_substr(substr: str) -> bool:
    """
    Check to see if the vLLM version matches a substring.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        vllm_version = version("vllm")
    except PackageNotFoundError as e:
        logger.warning(
            "The vLLM package was not found, so its version could not be "
            "inspected. This may cause platform detection to fail."
        )
        raise e
    return substr in vllm_version


def cpu_platform_plugin() -> str | None:
    is_cpu = False
    logger.debug("Checking if CPU platform is available.")
    try:
        is_cpu = vllm_version_matches_substr("cpu")
        if is_cpu:
            logger.debug(
                "Confirmed CPU platform is available because vLLM is built with CPU."
            )
        if not is_cpu:
            import sys

            is_cpu = sys.platform.startswith("darwin")
            if is_cpu:
                logger.debug(
                    "Confirmed CPU platform is available because the machine is MacOS."
                )

    except Exception as e:
        logger.debug("CPU platform is not available because: %s", str(e))

    return "vllm.platforms.cpu.CpuPlatform" if is_cpu else None


builtin_platform_plugins = {
    "cpu": cpu_platform_plugin,
}


def resolve_current_platform_cls_qualname() -> str:
    activated_plugins = []

    for name, func in chain(builtin_platform_plugins.items()):
        try:
            assert callable(func)
            platform_cls_qualname = func()
            if platform_cls_qualname is not None:
                activated_plugins.append(name)
        except Exception:
            pass

    if len(activated_plugins) >= 2:
        raise RuntimeError(
            f"Only one platform plugin can be activated, but got: {activated_plugins}"
        )
    elif len(activated_plugins) == 1:
        platform_cls_qualname = builtin_platform_plugins[activated_plugins[0]]()
        logger.info("Automatically detected platform %s.", activated_plugins[0])
    else:
        platform_cls_qualname = "vllm.platforms.interface.UnspecifiedPlatform"
        logger.info("No platform detected, vLLM is running on UnspecifiedPlatform")
    return platform_cls_qualname


_current_platform = None
_init_trace: str = ""

if TYPE_CHECKING:
    current_platform: Platform


def __getattr__(name: str):
    if name == "current_platform":
        global _current_platform
        if _current_platform is None:
            import importlib

            platform_cls_qualname = resolve_current_platform_cls_qualname()
            module_name, obj_name = platform_cls_qualname.rsplit(".", 1)
            _current_platform = getattr(importlib.import_module(module_name), obj_name)()
            global _init_trace
            _init_trace = "".join(traceback.format_stack())
        return _current_platform
    elif name in globals():
        return globals()[name]
    else:
        raise AttributeError(f"No attribute named '{name}' exists in {__name__}.")


__all__ = ["Platform", "PlatformEnum", "current_platform", "CpuArchEnum", "_init_trace"]
