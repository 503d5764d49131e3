# vLLM 0.9.x loads its compiled kernels on first use of its ops, here.
import torch  # noqa: F401

from vllm.logger import init_logger
from vllm.platforms import current_platform

logger = init_logger(__name__)

if not current_platform.is_tpu():
    try:
        import vllm._C  # noqa: F401
    except ImportError as e:
        logger.warning("Failed to import from vllm._C with %r", e)
