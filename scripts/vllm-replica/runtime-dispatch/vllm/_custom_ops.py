# vLLM 0.17 and later load their compiled kernels on first use of their ops, here; the CPU
# platform picks _C (AVX512, BF16, VNNI, AMX) or _C_AVX2 at run time.
import torch  # noqa: F401

from vllm.logger import init_logger
from vllm.platforms import current_platform

logger = init_logger(__name__)

current_platform.import_kernels()
