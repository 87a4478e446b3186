"""The four languages: every catalogue complete and in step with the code, every string meant
for people marked for translation."""

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

ROOT = Path(settings.BASE_DIR)
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]
CODE_DIRS = ["cdfacil", "events", "assessments", "actionplans", "workshops", "networks"]


def catalogue(language: str) -> Path:
    return ROOT / "locale" / language / "LC_MESSAGES" / "django.po"


def msgids(po: Path) -> set[str]:
    """The msgids of a catalogue (continuation lines joined), without the header."""
    ids, current, in_id = set(), [], False
    for line in po.read_text().splitlines():
        if line.startswith("msgid "):
            current, in_id = [line[6:]], True
        elif line.startswith('"') and in_id:
            current.append(line)
        else:
            if in_id and current:
                text = "".join(part.strip()[1:-1] for part in current)
                if text:
                    ids.add(text)
            in_id = False
    return ids


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_is_complete_with_nothing_fuzzy(language):
    po = catalogue(language)
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "fuzzy" not in result.stderr and "untranslated" not in result.stderr, result.stderr
    translated = int(re.match(r"(\d+) translated", result.stderr).group(1))
    assert translated == len(msgids(po)) > 1000


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_its_source(language, tmp_path):
    compiled = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "-o", str(compiled), str(catalogue(language))], check=True)
    shipped = catalogue(language).with_suffix(".mo")
    assert shipped.exists() and shipped.read_bytes() == compiled.read_bytes(), (
        f"run: msgfmt -o {shipped.relative_to(ROOT)} {catalogue(language).relative_to(ROOT)}"
    )


def test_the_catalogues_hold_every_marked_string(settings, tmp_path, monkeypatch):
    """makemessages over a copy of the code: every string it finds must be in the shipped
    catalogues (a copy, so the shipped catalogues are not touched)."""
    source = tmp_path / "src"
    for folder in [*CODE_DIRS, "templates"]:
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("locale"))
    (source / "locale" / "fr").mkdir(parents=True)
    monkeypatch.chdir(source)
    settings.LOCALE_PATHS = [source / "locale"]
    call_command("makemessages", locale=["fr"], verbosity=0, no_obsolete=True)
    fresh = msgids(source / "locale" / "fr" / "LC_MESSAGES" / "django.po")
    assert len(fresh) > 1000
    for language in LANGUAGES:
        missing = sorted(fresh - msgids(catalogue(language)))
        assert not missing, f"{language}: run makemessages and translate: {missing[:10]}"


# --- Strings meant for people that are not marked ------------------------------------------------

# Words that are the same in every language.
NOT_WORDS = {"cdfacil", "PDF", "SHA", "CSV", "XLSX", "ISO", "UTC", "htmx"}
TAG = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.S)


def _unmarked_template_text(source: str) -> list[str]:
    text = re.sub(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", " ", source, flags=re.S)
    text = re.sub(r"{%\s*blocktranslate.*?%}.*?{%\s*endblocktranslate\s*%}", " ", text, flags=re.S)
    text = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", text, flags=re.S)
    # Blocks that hold CSS classes, not words.
    text = re.sub(r"{%\s*block \w+_class\s*%}.*?{%\s*endblock\s*%}", " ", text, flags=re.S)
    found = []
    # Human text in attributes people read or hear.
    for attribute in re.findall(
        r'\s(?:aria-label|placeholder|title|alt)="([^"]*)"', TAG.sub("", text)
    ):
        if re.search(r"[A-Za-z]{2,}", attribute) and attribute.strip() not in NOT_WORDS:
            found.append(attribute.strip())
    text = re.sub(r"<[^>]*>", " ", text)  # tags, with their attributes
    text = TAG.sub(" ", text)
    text = re.sub(r"&[a-z]+;|&#\d+;", " ", text)
    for chunk in re.split(r"\s{2,}|\n", text):
        words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]{2,}", chunk) if w not in NOT_WORDS]
        if words:
            found.append(chunk.strip())
    return found


def test_the_template_check_finds_unmarked_text():
    assert _unmarked_template_text("<p>Hello there</p>") == ["Hello there"]
    assert _unmarked_template_text('<a aria-label="Close">x</a>') == ["Close"]
    marked = '{% load i18n %}<p>{% translate "Hello" %}</p><b>{{ name }}</b> · PDF'
    assert _unmarked_template_text(marked) == []
    assert _unmarked_template_text("{% blocktranslate %}Hi {{ x }}{% endblocktranslate %}") == []


def test_template_text_is_marked_for_translation():
    problems = []
    for template in sorted((ROOT / "templates").rglob("*.html")) + sorted(
        (ROOT / "templates").rglob("*.txt")
    ):
        for text in _unmarked_template_text(template.read_text()):
            problems.append(f"{template.relative_to(ROOT)}: {text[:80]!r}")
    assert not problems, "\n".join(problems)


# Calls whose text reaches people; the argument index or keyword that holds it.
PEOPLE_TEXT_CALLS = {
    "ValidationError": 0,
    "success": 1,
    "info": 1,
    "warning": 1,
    "error": 1,
}
PEOPLE_TEXT_KEYWORDS = {"label", "help_text", "verbose_name", "verbose_name_plural", "empty_label"}


def _is_plain_text(node) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.search(r"[A-Za-z]{2,}", node.value) is not None
    ) or isinstance(node, ast.JoinedStr)


def _unmarked_python(source: str) -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        index = PEOPLE_TEXT_CALLS.get(name)
        is_message = name == "ValidationError" or "messages" in ast.unparse(node.func)
        if (
            index is not None
            and is_message
            and len(node.args) > index
            and _is_plain_text(node.args[index])
        ):
            problems.append(f"{node.lineno} {name}")
        for keyword in node.keywords:
            if keyword.arg in PEOPLE_TEXT_KEYWORDS and _is_plain_text(keyword.value):
                problems.append(f"{node.lineno} {keyword.arg}=")
    return problems


def test_the_python_check_finds_unmarked_text():
    assert _unmarked_python('raise ValidationError("Too late.")') == ["1 ValidationError"]
    assert _unmarked_python('messages.success(request, "Saved.")') == ["1 success"]
    assert _unmarked_python('forms.CharField(label="Name")') == ["1 label="]
    assert _unmarked_python('forms.CharField(label=_("Name"))') == []
    assert _unmarked_python('logger.info("x %s", y)') == []


def test_python_text_for_people_is_marked_for_translation():
    problems = []
    for folder in CODE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" in path.parts or "management" in path.parts:
                continue
            for problem in _unmarked_python(path.read_text()):
                problems.append(f"{path.relative_to(ROOT)}:{problem}")
    assert not problems, "\n".join(problems)
