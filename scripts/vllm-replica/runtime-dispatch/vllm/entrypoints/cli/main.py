# SPDX-License-Identifier: Apache-2.0
# The `vllm` command of vLLM 0.17 and later (vllm/entrypoints/cli/main.py): its parser asks
# for the version of the installed `vllm` distribution, for every subcommand.
"""The CLI entrypoint of vLLM."""

import argparse
import importlib.metadata

import vllm.entrypoints.cli.serve


def main():
    import vllm.entrypoints.cli.run_batch

    CMD_MODULES = [
        vllm.entrypoints.cli.serve,
        vllm.entrypoints.cli.run_batch,
    ]

    parser = argparse.ArgumentParser(description="vLLM CLI")
    parser.add_argument(
        "-v",
        "--version",
        action="version",
        version=importlib.metadata.version("vllm"),
    )
    subparsers = parser.add_subparsers(required=False, dest="subparser")
    cmds = {}
    for cmd_module in CMD_MODULES:
        new_cmds = cmd_module.cmd_init()
        for cmd in new_cmds:
            cmd.subparser_init(subparsers).set_defaults(dispatch_function=cmd.cmd)
            cmds[cmd.name] = cmd
    args = parser.parse_args()

    if hasattr(args, "dispatch_function"):
        args.dispatch_function(args)
    else:
        parser.print_help()


if __name__ == "__main__":
    main()
