"""vLLM replica (vllm-cpu-publish tests): the shapes of vLLM where the gates look."""

from .version import __version__, __version_tuple__  # isort:skip

# vLLM imports torch when it is imported (vllm/env_override.py); so does the replica.
import vllm.env_override  # noqa: F401

__all__ = ["__version__", "__version_tuple__"]
