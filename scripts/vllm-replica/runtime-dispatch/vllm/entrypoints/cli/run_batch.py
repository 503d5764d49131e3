# `vllm run-batch`: logs the version of the installed `vllm` distribution (as vLLM's does).
import argparse
import importlib.metadata

from vllm.logger import init_logger

logger = init_logger(__name__)


class RunBatchSubcommand:
    """The `run-batch` subcommand for vLLM CLI."""

    name = "run-batch"

    @staticmethod
    def cmd(args: argparse.Namespace) -> None:
        logger.info(
            "vLLM batch processing API version %s", importlib.metadata.version("vllm")
        )
        print("vLLM replica: run-batch has no engine to run")

    def subparser_init(self, subparsers):
        return subparsers.add_parser("run-batch", help="Run batch prompts.")


def cmd_init():
    return [RunBatchSubcommand()]
