"""The table of contents of a report, built from its rendered HTML: every chapter heading (h2)
of the body gets an id, and the contents page lists them, so the contents follow whatever
chapters the templates print. WeasyPrint fills in the page numbers (`target-counter`)."""

import re

from django.utils.html import escape, strip_tags

# Where the front matter's contents list goes, and where the report's body starts: only the
# body's headings are chapters.
CONTENTS_MARK = "<!--cdfacil:contents-->"
BODY_MARK = "<!--cdfacil:body-->"
_HEADINGS = {
    level: re.compile(
        rf"<h{level}(?P<attrs>(?:\s[^>]*)?)>(?P<inner>.*?)</h{level}>", re.DOTALL | re.IGNORECASE
    )
    for level in (2, 3)
}
_ID = re.compile(r"""\sid\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def with_contents(html: str) -> str:
    """`html` with ids on the body's chapter headings and their list in place of the contents
    mark; unchanged when it has no contents mark. The chapters are the body's h2 headings, or
    its h3 in a report that has no h2 (the agenda's days, the results' sections)."""
    if CONTENTS_MARK not in html or BODY_MARK not in html:
        return html
    front, body = html.split(BODY_MARK, 1)
    entries = []

    def number(match: re.Match) -> str:
        attrs = match["attrs"]
        found = _ID.search(attrs)
        anchor = found[1] if found else f"chapter-{len(entries) + 1}"
        if not found:
            attrs = f' id="{anchor}"{attrs}'
        title = " ".join(strip_tags(match["inner"]).split())
        entries.append((anchor, title))
        return f"<h{level}{attrs}>{match['inner']}</h{level}>"

    level = 2 if _HEADINGS[2].search(body) else 3
    body = _HEADINGS[level].sub(number, body)
    # The titles are the headings' own text, escaped already by the template that printed them.
    listed = "".join(
        f'<li><a href="#{escape(anchor)}">{title}</a></li>' for anchor, title in entries
    )
    return front.replace(CONTENTS_MARK, f'<ol class="contents-list">{listed}</ol>', 1) + body
