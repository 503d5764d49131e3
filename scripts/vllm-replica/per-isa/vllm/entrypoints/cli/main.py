# SPDX-License-Identifier: Apache-2.0
# The `vllm` command of vLLM 0.9.x (vllm/entrypoints/cli/main.py): its parser asks for the
# version of the installed `vllm` distribution, for every subcommand.

# The CLI entrypoint to vLLM.
import argparse
import importlib.metadata
import signal
import sys

import vllm.entrypoints.cli.run_batch
import vllm.entrypoints.cli.serve


def register_signal_handlers():

    def signal_handler(sig, frame):
        sys.exit(0)

    signal.signal(signal.SIGINT, signal_handler)
    signal.signal(signal.SIGTSTP, signal_handler)


def main():
    CMD_MODULES = [
        vllm.entrypoints.cli.serve,
        vllm.entrypoints.cli.run_batch,
    ]

    parser = argparse.ArgumentParser(description="vLLM CLI")
    parser.add_argument('-v',
                        '--version',
                        action='version',
                        version=importlib.metadata.version('vllm'))
    subparsers = parser.add_subparsers(required=False, dest="subparser")
    cmds = {}
    for cmd_module in CMD_MODULES:
        new_cmds = cmd_module.cmd_init()
        for cmd in new_cmds:
            cmd.subparser_init(subparsers).set_defaults(
                dispatch_function=cmd.cmd)
            cmds[cmd.name] = cmd
    args = parser.parse_args()

    if hasattr(args, "dispatch_function"):
        args.dispatch_function(args)
    else:
        parser.print_help()


if __name__ == "__main__":
    main()
