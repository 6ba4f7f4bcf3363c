"""Compile the extractor (every module of dashboard/extract) with mypyc.

The compiled modules go into a package of their own, ``dashboard_extract_native``, with a
manifest of the SHA-256 of each source they were built from. ``dashboard/extract/__init__.py``
puts that package first on its search path only while the manifest matches the sources, so an
edited module is never shadowed by a stale build. Without a C compiler the build installs an
empty package and the extractor runs as plain Python.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
EXTRACT = HERE.parent / "extract"
PACKAGE = "dashboard_extract_native"
SOURCES = sorted(path for path in EXTRACT.glob("*.py") if path.name != "__init__.py")


def source_hashes() -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in SOURCES}


def digest() -> str:
    return hashlib.sha256(json.dumps(source_hashes(), sort_keys=True).encode()).hexdigest()[:16]


# pip rebuilds a local folder on every install: an unchanged extractor is copied from here
# instead of being compiled again (about 30 s).
CACHE = HERE / "build" / "compiled" / f"{sys.implementation.cache_tag}-{digest()}"


class BuildCompiledExtractor(build_ext):
    """Writes every compiled module into PACKAGE, with the manifest; a failed compile leaves
    the package empty (and says so) instead of failing the whole install."""

    def get_ext_fullpath(self, ext_name: str) -> str:
        path = super().get_ext_fullpath(ext_name)
        if ext_name.startswith("dashboard.extract."):
            return os.path.join(self.build_lib, PACKAGE, os.path.basename(path))
        return path

    def run(self) -> None:
        package = Path(self.build_lib) / PACKAGE
        if (CACHE / PACKAGE / "sources.json").exists():
            shutil.copytree(CACHE, self.build_lib, dirs_exist_ok=True)
            return
        package.mkdir(parents=True, exist_ok=True)
        (package / "__init__.py").write_text('"""The compiled extractor; see dashboard/native/setup.py."""\n')
        try:
            super().run()
        except Exception as error:  # noqa: BLE001 - any compiler failure means: run as plain Python
            print(f"warning: the extractor was not compiled ({error}); it runs as plain Python", file=sys.stderr)
            return
        manifest = {"python": sys.implementation.cache_tag, "sources": source_hashes()}
        (package / "sources.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        shutil.rmtree(CACHE.parent, ignore_errors=True)  # one build kept: the latest
        for built in [package, *Path(self.build_lib).glob("dashboard_extract__mypyc*")]:
            target = CACHE / built.relative_to(self.build_lib)
            target.parent.mkdir(parents=True, exist_ok=True)
            (shutil.copytree if built.is_dir() else shutil.copy2)(built, target)


def compiled_modules() -> list:
    if not {"bdist_wheel", "build_ext"} & set(sys.argv):
        return []  # pip asks for metadata first: no need to compile for that
    if (CACHE / PACKAGE / "sources.json").exists():
        return [Extension("dashboard_extract_cached", [])]  # copied from the cache by build_ext
    try:
        from mypyc.build import mypycify

        return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *map(str, SOURCES)],
                        opt_level="3", debug_level="0", group_name="dashboard_extract")
    except (Exception, SystemExit) as error:  # noqa: BLE001 - a type error: plain Python, said out loud
        print(f"warning: the extractor was not compiled ({error}); it runs as plain Python", file=sys.stderr)
        return []


setup(version=f"1.0+{digest()}", packages=[], py_modules=[], ext_modules=compiled_modules(),
      cmdclass={"build_ext": BuildCompiledExtractor})
