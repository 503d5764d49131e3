/*
 * The replica's compiled kernels: one C source built into vllm/_C (and, in a runtime-dispatch
 * build on x86_64, vllm/_C_AVX2) with the flags cmake/cpu_extension.cmake chose, so a wheel
 * carries real ELF objects. The instruction sets the compiler was told to use are recorded in
 * a string in the object itself (from the compiler's own predefined macros), readable with
 * vllm._C.isa() or by searching the file for "vllm-replica-isa:".
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#ifndef VLLM_MODULE_NAME
#define VLLM_MODULE_NAME _C
#endif
#define STR2(x) #x
#define STR(x) STR2(x)
#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)

static const char ISA[] = "vllm-replica-isa:"
#ifdef __AVX2__
    " avx2"
#endif
#ifdef __AVX512F__
    " avx512f"
#endif
#ifdef __AVX512VNNI__
    " avx512_vnni"
#endif
#ifdef __AVX512BF16__
    " avx512_bf16"
#endif
#ifdef __AMX_BF16__
    " amx_bf16"
#endif
#ifdef __ARM_NEON
    " asimd"
#endif
#ifdef __ARM_FEATURE_BF16
    " bf16"
#endif
    "";

static PyObject *isa(PyObject *self, PyObject *args) {
  (void)self;
  (void)args;
  return PyUnicode_FromString(ISA);
}

static PyMethodDef methods[] = {
    {"isa", isa, METH_NOARGS, "The instruction sets this object was compiled for."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "vllm." STR(VLLM_MODULE_NAME), NULL,
                                    -1, methods};

PyMODINIT_FUNC CAT(PyInit_, VLLM_MODULE_NAME)(void) {
#ifdef VLLM_REPLICA_TRAP
  /* A kernel built for instructions this CPU lacks dies here: tests make that happen on any
     CPU with -DVLLM_REPLICA_TRAP (ud2 on x86_64: SIGILL). */
  __builtin_trap();
#endif
  return PyModule_Create(&module);
}
