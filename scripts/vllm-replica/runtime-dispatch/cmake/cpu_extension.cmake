# The ISA selection of vLLM 0.17's cmake/cpu_extension.cmake (runtime dispatch, after
# vllm-project/vllm#35466): on x86_64 one build carries an AVX512 (with BF16, VNNI and AMX)
# extension _C and an AVX2 extension _C_AVX2, and vLLM picks one at run time; the per-ISA
# variables (VLLM_CPU_DISABLE_AVX512, VLLM_CPU_AVX512BF16, ...) are no longer read. The replica
# runs it in CMake's script mode (cmake -P, from setup.py) and writes the targets and their
# flags to VLLM_REPLICA_OUT instead of compiling; setup.py then compiles
# csrc/cpu/replica_ops.c with them. Deviations, for tests: the host's cpuinfo may be read from
# VLLM_REPLICA_CPUINFO, and the gcc >= 12.3 check is left out (script mode has no compiler).

#
# Define environment variables for special configurations
#
set(ENABLE_X86_ISA $ENV{VLLM_CPU_X86})
set(ENABLE_ARM_BF16 $ENV{VLLM_CPU_ARM_BF16})

set(CPUINFO_FILE "/proc/cpuinfo")
if (DEFINED ENV{VLLM_REPLICA_CPUINFO})
    set(CPUINFO_FILE "$ENV{VLLM_REPLICA_CPUINFO}")
endif()
execute_process(COMMAND cat ${CPUINFO_FILE}
                RESULT_VARIABLE CPUINFO_RET
                OUTPUT_VARIABLE CPUINFO)
if (NOT CPUINFO_RET EQUAL 0)
    message(FATAL_ERROR "Failed to check CPU features via /proc/cpuinfo")
endif()


function (find_isa CPUINFO TARGET OUT)
    string(FIND ${CPUINFO} ${TARGET} ISA_FOUND)
    if(NOT ISA_FOUND EQUAL -1)
        set(${OUT} ON PARENT_SCOPE)
    else()
        set(${OUT} OFF PARENT_SCOPE)
    endif()
endfunction()

find_isa(${CPUINFO} "asimd" ASIMD_FOUND) # Check for ARM NEON support
find_isa(${CPUINFO} "bf16" ARM_BF16_FOUND) # Check for ARM BF16 support

# Support cross-compilation by allowing override via environment variables
if (ENABLE_ARM_BF16)
    set(ARM_BF16_FOUND ON)
    message(STATUS "ARM BF16 support enabled via VLLM_CPU_ARM_BF16 environment variable")
endif()

if (CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|amd64" OR ENABLE_X86_ISA)
    set(ENABLE_X86_ISA ON)
    list(APPEND CXX_COMPILE_FLAGS "-mf16c")
    list(APPEND CXX_COMPILE_FLAGS_AVX512 ${CXX_COMPILE_FLAGS})
    list(APPEND CXX_COMPILE_FLAGS_AVX2 ${CXX_COMPILE_FLAGS})
    list(APPEND CXX_COMPILE_FLAGS_AVX512
        "-mavx512f"
        "-mavx512vl"
        "-mavx512bw"
        "-mavx512dq"
        "-mavx512bf16"
        "-mavx512vnni"
        "-mamx-bf16"
        "-mamx-tile")
    list(APPEND CXX_COMPILE_FLAGS_AVX2
        "-mavx2")
elseif (ASIMD_FOUND)
    message(STATUS "ARMv8 or later architecture detected")
    if(ARM_BF16_FOUND)
        message(STATUS "BF16 extension detected")
        set(MARCH_FLAGS "-march=armv8.2-a+bf16+dotprod+fp16")
    else()
        message(WARNING "BF16 functionality is not available")
        set(MARCH_FLAGS "-march=armv8.2-a+dotprod+fp16")
    endif()
    list(APPEND CXX_COMPILE_FLAGS ${MARCH_FLAGS})
else()
    message(FATAL_ERROR "vLLM CPU backend requires X86, Power9+ ISA, S390X ISA, ARMv8 or RISC-V support.")
endif()

#
# _C extension (the replica: names and flags, as JSON for setup.py)
#
if (ENABLE_X86_ISA)
    message(STATUS "CPU extension (AVX512) compile flags: ${CXX_COMPILE_FLAGS_AVX512}")
    message(STATUS "CPU extension (AVX2) compile flags: ${CXX_COMPILE_FLAGS_AVX2}")
    list(JOIN CXX_COMPILE_FLAGS_AVX512 "\", \"" AVX512_JSON)
    list(JOIN CXX_COMPILE_FLAGS_AVX2 "\", \"" AVX2_JSON)
    file(WRITE "${VLLM_REPLICA_OUT}"
        "{\"generation\": \"runtime-dispatch\", \"targets\": [{\"name\": \"_C\", \"flags\": [\"${AVX512_JSON}\"]}, {\"name\": \"_C_AVX2\", \"flags\": [\"${AVX2_JSON}\"]}]}\n")
else()
    message(STATUS "CPU extension compile flags: ${CXX_COMPILE_FLAGS}")
    list(JOIN CXX_COMPILE_FLAGS "\", \"" FLAGS_JSON)
    file(WRITE "${VLLM_REPLICA_OUT}"
        "{\"generation\": \"runtime-dispatch\", \"targets\": [{\"name\": \"_C\", \"flags\": [\"${FLAGS_JSON}\"]}]}\n")
endif()
