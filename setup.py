"""Ship the bundled persona library inside the package as ``mockcall.personas``.

pyproject.toml holds all metadata; this file only adds the ``personas/`` folder (which lives
at the top of the repository for trainers) to the built package, because setuptools cannot
map a top-level data folder into a found package from pyproject.toml alone.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithPersonas(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "personas"
        target = Path(self.build_lib) / "mockcall" / "personas"
        for path in source.rglob("*"):
            if path.is_file() and path.suffix in {".yaml", ".yml", ".md", ".json"}:
                out = target / path.relative_to(source)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(path.read_bytes())


setup(cmdclass={"build_py": BuildWithPersonas})
