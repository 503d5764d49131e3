from vllm._version import __version__

# vLLM imports torch when it is imported; the stand-in does the same so verify can check
# that importing vllm loads the installed torch. A tree made with --no-torch has none.
try:
    import torch  # noqa: F401
except ImportError:
    torch = None

__all__ = ["__version__"]
