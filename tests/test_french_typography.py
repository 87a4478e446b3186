"""French typography in the catalogue: a no-break space (U+00A0, or the narrow U+202F) before
":", ";", "?" and "!" that follow a word, so that "Objectif 1 :" never breaks before its colon
and never loses its space. URLs, times ("10:30") and format placeholders keep their marks.

The catalogue's plain spaces before those marks are turned into no-break spaces, every line of
the file otherwise kept as it was, and the catalogue compiled, by
`python -m tests.test_french_typography` (after a merge of catalogues, say).
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRENCH = ROOT / "locale" / "fr" / "LC_MESSAGES" / "django.po"

NO_BREAK = "\u00a0\u202f"
MARKS = ":;?!"
# What keeps its marks: URLs, times, and placeholders (which stand for a word: "%(name)s:" is
# still a word followed by a colon, so a placeholder is read as one).
URL = re.compile(r"\b(?:https?|mailto|ftp):\S+")
TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sd]|\{\w*\}")
# A plain space before a mark, after something that is not a space (a word, a placeholder, a
# closing bracket or quote); in the file's own text, so escapes such as \" are left alone.
PLAIN_SPACE_BEFORE_MARK = re.compile(r"(?<=\S) (?=[:;?!])")
MSGSTR = re.compile(r'^msgstr(?:\[\d+\])? "')


def misplaced_marks(text: str) -> list[str]:
    """The marks of `text` (a French msgstr) that follow a word without a no-break space, each
    shown with what comes before it."""
    text = URL.sub("URL", text)
    text = TIME.sub("TIME", text)
    text = PLACEHOLDER.sub("word", text)
    found = []
    for match in re.finditer(f"[{re.escape(MARKS)}]", text):
        start = match.start()
        before = text[:start]
        if not before.strip() or before[-1] in NO_BREAK:
            continue
        # "?!" and "!!": the second mark follows the first, which has its space.
        if before[-1] in "?!" and match.group() in "?!":
            continue
        found.append(text[max(0, start - 20) : start + 1])
    return found


def msgstrs(po_text: str) -> list[tuple[int, str]]:
    """Each translation of the catalogue (plural forms too) with its line number; the header,
    whose fields are "Name: value", left out."""
    lines = po_text.split("\n")
    found = []
    for index, line in enumerate(lines):
        if not MSGSTR.match(line) or lines[index - 1] == 'msgid ""':
            continue
        parts = [line.split('"', 1)[1][:-1]]
        for following in lines[index + 1 :]:
            if not following.startswith('"'):
                break
            parts.append(following[1:-1])
        if text := "".join(parts):
            found.append((index + 1, text))
    return found


def with_no_break_spaces(po_text: str) -> str:
    """The catalogue with a no-break space for each plain space before a mark in a msgstr,
    every other character and line break kept. A space at the end of one line of a msgstr and
    its mark at the start of the next are joined the same way."""
    lines = po_text.split("\n")
    index = 0
    while index < len(lines):
        if not MSGSTR.match(lines[index]) or lines[index - 1] == 'msgid ""':
            index += 1
            continue
        first = index
        index += 1
        while index < len(lines) and lines[index].startswith('"'):
            index += 1
        # The quoted parts, joined and changed (one character for one), then cut back.
        heads = [lines[first].split('"', 1)[0] + '"', *['"'] * (index - first - 1)]
        parts = [line[len(head) : -1] for line, head in zip(lines[first:index], heads)]
        joined = "".join(parts)
        protected = URL.sub(lambda m: "\0" * len(m.group()), joined)
        changed = list(joined)
        for match in PLAIN_SPACE_BEFORE_MARK.finditer(protected):
            changed[match.start()] = "\u00a0"
        position = 0
        for offset, (head, part) in enumerate(zip(heads, parts)):
            piece = "".join(changed[position : position + len(part)])
            lines[first + offset] = f'{head}{piece}"'
            position += len(part)
    return "\n".join(lines)


# --- The check, and what it finds -----------------------------------------------------------------


def test_the_check_finds_a_mark_without_its_no_break_space():
    assert misplaced_marks("Objectif 1 : renforcer") == ["Objectif 1 :"]
    assert misplaced_marks("Indicateurs: aucun") == ["Indicateurs:"]
    assert misplaced_marks("%(name)s : aucune note") == ["word :"]
    assert misplaced_marks("Vraiment ?") == ["Vraiment ?"]
    assert misplaced_marks("But\u00a0: renforcer ; encore\u202f!") == ["But\u00a0: renforcer ;"]


def test_the_check_leaves_urls_times_and_placeholders_alone():
    assert misplaced_marks("Voir https://example.org/?page=2 et mailto:a@b.example") == []
    assert misplaced_marks("De 10:30 à 12:00") == []
    assert misplaced_marks("Quoi\u00a0?!") == []
    assert misplaced_marks("%(count)s réponses") == []


def test_the_fix_changes_only_the_spaces_before_marks_in_translations():
    po = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Objective %(number)s: %(title)s"\nmsgstr "Objectif %(number)s : %(title)s"\n\n'
        'msgid "Are you sure? See https://x.example/?a=1"\n'
        'msgstr ""\n"Vraiment "\n"? Voir https://x.example/?a=1"\n'
    )
    fixed = with_no_break_spaces(po)
    assert fixed.count("\n") == po.count("\n")
    assert '"Content-Type: text/plain; charset=UTF-8\\n"' in fixed
    assert 'msgid "Objective %(number)s: %(title)s"' in fixed
    assert 'msgstr "Objectif %(number)s\u00a0: %(title)s"' in fixed
    assert '"Vraiment\u00a0"\n"? Voir https://x.example/?a=1"' in fixed
    assert [text for _line, text in msgstrs(fixed) if misplaced_marks(text)] == []


def test_french_translations_put_a_no_break_space_before_colons_and_marks():
    problems = [
        f"line {number}: {found!r}"
        for number, text in msgstrs(FRENCH.read_text())
        for found in misplaced_marks(text)
    ]
    assert not problems, (
        f"{len(problems)} marks without a no-break space before them; "
        "`python -m tests.test_french_typography` puts them in and compiles the catalogue:\n"
        + "\n".join(problems[:20])
    )


if __name__ == "__main__":
    FRENCH.write_text(with_no_break_spaces(FRENCH.read_text()))
    compiled = FRENCH.with_suffix(".mo")
    sys.exit(subprocess.run(["msgfmt", "--check", "-o", str(compiled), str(FRENCH)]).returncode)
