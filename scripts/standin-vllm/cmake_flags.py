"""What cmake/cpu_extension.cmake would enable, for a build host whose CPU has avx512f only."""
import json
import os
import sys

CMAKE_FALSE = {"", "0", "off", "no", "false", "n", "ignore", "notfound"}
HOST_FLAGS = set(os.environ.get("STANDIN_HOST_CPU_FLAGS", "avx2 avx512f").split())


def cmake_true(value):
    # if(<variable>) is false for CMake's false constants and *-NOTFOUND, true otherwise.
    if value is None:
        return False
    v = value.strip().lower()
    return not (v in CMAKE_FALSE or v.endswith("-notfound"))


def cpu_flags(env):
    disable = env.get("VLLM_CPU_DISABLE_AVX512")
    # is_avx512_disabled(): if(DISABLE_AVX512 AND DISABLE_AVX512 STREQUAL "true")
    avx512_disabled = bool(disable) and disable == "true"
    avx512 = "avx512f" in HOST_FLAGS and not avx512_disabled
    flags = {"avx512": avx512, "avx512bf16": False, "avx512vnni": False, "amxbf16": False}
    if avx512:
        flags["avx512bf16"] = "avx512_bf16" in HOST_FLAGS or cmake_true(env.get("VLLM_CPU_AVX512BF16"))
        flags["avx512vnni"] = "avx512_vnni" in HOST_FLAGS or cmake_true(env.get("VLLM_CPU_AVX512VNNI"))
        flags["amxbf16"] = "amx_bf16" in HOST_FLAGS or cmake_true(env.get("VLLM_CPU_AMXBF16"))
    return flags


if __name__ == "__main__":
    print(json.dumps(cpu_flags(os.environ), sort_keys=True))
