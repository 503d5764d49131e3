# vLLM sets a few torch and environment knobs here, importing torch on `import vllm`.
import torch  # noqa: F401
