"""Article text in, diplomatic events out (pure functions over the bundled dictionaries).

``pip install -r requirements.txt`` also compiles these modules with mypyc
(``dashboard/native/``) into the package ``dashboard_extract_native``. While that build was
made from exactly these sources, its modules load in place of the ``.py`` files: the same
code, run as C. After an edit, the ``.py`` files load until the next install.
``DASHBOARD_PURE_PYTHON=1`` forces them; ``BUILD`` says which ones are running.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def compiled_folder(sources_dir: Path = _HERE, package: str = "dashboard_extract_native") -> tuple[Path | None, str]:
    """Where a compiled build of exactly the sources in ``sources_dir`` is, if any, and a word
    on why not."""
    if os.environ.get("DASHBOARD_PURE_PYTHON"):
        return None, "pure Python (DASHBOARD_PURE_PYTHON is set)"
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None, "pure Python (the compiled build is not installed)"
    folder = Path(next(iter(spec.submodule_search_locations)))
    try:
        manifest = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, "pure Python (the compiled build is empty: it failed to compile)"
    sources = {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
               for path in sources_dir.glob("*.py") if path.name != "__init__.py"}
    if manifest.get("sources") != sources:
        return None, "pure Python (sources changed since the compiled build; pip install -r requirements.txt)"
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    if not all(any((folder / (name[:-3] + suffix)).exists() for suffix in suffixes) for name in sources):
        return None, "pure Python (the compiled build is for another Python)"
    return folder, "compiled with mypyc"


_folder, BUILD = compiled_folder()
NATIVE = _folder is not None
if _folder is not None:
    __path__.insert(0, str(_folder))  # the compiled modules are found before the .py files
