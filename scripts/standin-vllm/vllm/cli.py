import sys

from vllm import __version__


def main():
    if "--version" in sys.argv:
        print(__version__)
    return 0
