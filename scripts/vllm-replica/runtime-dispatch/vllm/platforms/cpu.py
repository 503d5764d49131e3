import logging

from .interface import CpuArchEnum, Platform, PlatformEnum

logger = logging.getLogger(__name__)


def _is_avx512_supported() -> bool:
    # vLLM asks torch._C._cpu._is_avx512_supported(); a torch without it falls back to cpuinfo.
    import torch

    probe = getattr(getattr(getattr(torch, "_C", None), "_cpu", None), "_is_avx512_supported", None)
    if callable(probe):
        return bool(probe())
    try:
        with open("/proc/cpuinfo") as f:
            return " avx512f" in f.read()
    except OSError:
        return False


class CpuPlatform(Platform):
    _enum = PlatformEnum.CPU
    device_name: str = "cpu"
    device_type: str = "cpu"
    dispatch_key: str = "CPU"

    @classmethod
    def import_kernels(cls) -> None:
        if Platform.get_cpu_architecture() in (CpuArchEnum.X86,):
            if _is_avx512_supported():
                try:
                    import vllm._C  # noqa: F401
                except ImportError as e:
                    logger.warning("Failed to import from vllm._C: %r", e)
            else:
                try:
                    import vllm._C_AVX2  # noqa: F401
                except ImportError as e:
                    logger.warning("Failed to import from vllm._C_AVX2: %r", e)
        else:
            try:
                import vllm._C  # noqa: F401
            except ImportError as e:
                logger.warning("Failed to import from vllm._C: %r", e)
