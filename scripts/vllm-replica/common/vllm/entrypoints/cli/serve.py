# `vllm serve MODEL`: real vLLM starts an OpenAI-compatible server on the detected platform and
# fails when none was detected. The replica resolves the platform, loads the kernels, and says
# what it would serve on.
import argparse
import sys


class ServeSubcommand:
    name = "serve"

    @staticmethod
    def cmd(args: argparse.Namespace) -> None:
        from vllm.platforms import current_platform

        if current_platform.is_unspecified():
            sys.exit(
                "RuntimeError: Failed to infer device type: vLLM detected no platform "
                "(UnspecifiedPlatform)"
            )
        import vllm._custom_ops  # noqa: F401

        print(f"vLLM replica: would serve {args.model_tag} on {current_platform.device_type}")

    def subparser_init(self, subparsers):
        parser = subparsers.add_parser("serve", help="Start the vLLM OpenAI Compatible API server.")
        parser.add_argument("model_tag", nargs="?", default="facebook/opt-125m")
        return parser


def cmd_init():
    return [ServeSubcommand()]
