"""Creates .venv with the Python tools the tests drive (requirements-test.txt).

Idempotent: a venv whose recorded requirements match is kept as it is.
"""
import pathlib
import subprocess
import sys
import venv

root = pathlib.Path(__file__).resolve().parent.parent
env_dir = root / ".venv"
requirements = root / "requirements-test.txt"
stamp = env_dir / ".requirements-installed"
python = env_dir / "bin" / "python"

wanted = requirements.read_text()
if stamp.exists() and stamp.read_text() == wanted and python.exists():
    print(f"{env_dir} is up to date")
    sys.exit(0)

venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
subprocess.run(
    [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(requirements)],
    check=True,
)
stamp.write_text(wanted)
print(f"{env_dir} ready")
