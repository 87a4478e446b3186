"""The layers point one way: a lower app never imports a higher one (docs/ARCHITECTURE.md,
"The layers"). Read from the source with `ast`, so a lazy import inside a function counts too."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Apps by layer, lowest first; apps on one layer import neither each other.
LAYERS = [
    {"cdfacil"},
    {"events"},
    {"assessments"},
    {"actionplans"},
    {"workshops", "networks"},
]
# The wiring may import every app.
WIRING = {
    "cdfacil/urls.py",
    "cdfacil/settings.py",
    "cdfacil/celery.py",
    "cdfacil/wsgi.py",
    "cdfacil/asgi.py",
}
APPS = {app: level for level, apps in enumerate(LAYERS) for app in apps}


def _imported_apps(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
    return found & set(APPS)


def test_no_app_imports_a_higher_or_a_sibling_app():
    wrong = []
    checked = 0
    for app, level in APPS.items():
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative in WIRING or relative.startswith("cdfacil/management/"):
                continue
            checked += 1
            for imported in _imported_apps(path):
                if imported != app and APPS[imported] >= level:
                    wrong.append(f"{relative} imports {imported}")
    assert checked > 100
    assert not wrong, "\n".join(wrong)


def test_no_app_template_links_to_a_higher_or_a_sibling_app():
    """A page of a lower app shows a higher app's page only through a registry (tabs, menu),
    never by naming its URL."""

    named = re.compile(r"""\{%\s*url\s+['"]([a-z_]+):""")
    wrong = []
    for app, level in APPS.items():
        for path in sorted((ROOT / "templates" / app).rglob("*.html")):
            for namespace in set(named.findall(path.read_text())):
                if namespace in APPS and namespace != app and APPS[namespace] >= level:
                    wrong.append(f"{path.relative_to(ROOT)} links to {namespace}")
    assert not wrong, "\n".join(wrong)
