import enum
import platform


class PlatformEnum(enum.Enum):
    CUDA = enum.auto()
    ROCM = enum.auto()
    TPU = enum.auto()
    XPU = enum.auto()
    CPU = enum.auto()
    OOT = enum.auto()
    UNSPECIFIED = enum.auto()


class CpuArchEnum(enum.Enum):
    X86 = enum.auto()
    ARM = enum.auto()
    POWERPC = enum.auto()
    S390X = enum.auto()
    RISCV = enum.auto()
    OTHER = enum.auto()
    UNKNOWN = enum.auto()


class Platform:
    _enum: PlatformEnum
    device_name: str
    device_type: str

    def is_cuda(self) -> bool:
        return self._enum == PlatformEnum.CUDA

    def is_tpu(self) -> bool:
        return self._enum == PlatformEnum.TPU

    def is_cpu(self) -> bool:
        return self._enum == PlatformEnum.CPU

    def is_unspecified(self) -> bool:
        return self._enum == PlatformEnum.UNSPECIFIED

    @classmethod
    def get_cpu_architecture(cls) -> CpuArchEnum:
        machine = platform.machine().lower()
        if machine in ("x86_64", "amd64", "i386", "i686"):
            return CpuArchEnum.X86
        elif machine.startswith("arm") or machine.startswith("aarch"):
            return CpuArchEnum.ARM
        elif machine.startswith("ppc"):
            return CpuArchEnum.POWERPC
        elif machine == "s390x":
            return CpuArchEnum.S390X
        elif machine.startswith("riscv"):
            return CpuArchEnum.RISCV
        return CpuArchEnum.OTHER if machine else CpuArchEnum.UNKNOWN


    @classmethod
    def import_kernels(cls) -> None:
        try:
            import vllm._C  # noqa: F401
        except ImportError as e:
            import logging

            logging.getLogger(__name__).warning("Failed to import from vllm._C: %r", e)


class UnspecifiedPlatform(Platform):
    _enum = PlatformEnum.UNSPECIFIED
    device_type = ""
