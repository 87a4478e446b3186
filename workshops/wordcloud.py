"""The word cloud of a text poll, laid out on the server as plain data for an SVG template.

Pure functions with no database access. Words are counted case-insensitively, common short
words of the platform's languages left out; the most frequent are drawn largest, in centred
rows, the largest in the middle row, from the top of a picture at most HEIGHT high (`height`
gives the height used). The width of a word is estimated from its letters, which is close
enough for the bold sans-serif font of the projector.
"""

import re
from collections import Counter
from dataclasses import dataclass

WIDTH, HEIGHT = 1000, 420
MAX_WORDS = 30
MIN_SIZE, MAX_SIZE = 22, 84
CHARACTER_WIDTH = 0.68  # of the font size, on average for a bold sans-serif font
GAP = 24

# Words that say nothing on their own, in English, French, Spanish and Portuguese.
STOP_WORDS = frozenset(
    """
    a an and are as at be but by for from has have in into is it its of on or so than that the
    their them they this to was we were what which will with you your our more most very
    au aux avec ce ces dans de des du en est et il ils la le les leur mais ne nos notre nous ou
    par pas plus pour qu que qui sa se ses son sur un une vos votre
    al como con del el en es la las lo los más mas no nuestra nuestro para pero por que se sin
    su sus una uno y
    ao aos as com da das do dos em na nas no nos o os para pela pelo por que sem um uma e
    """.split()  # noqa: SIM905 (a list literal of 130 words would be harder to read)
)
WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


@dataclass(frozen=True)
class PlacedWord:
    text: str
    count: int
    size: int
    x: float  # the middle of the word
    y: float  # its baseline
    shade: int  # 0 for the most frequent words, up to 2 for the least


def height(words: list[PlacedWord]) -> int:
    """The height the words take, their descenders included."""
    return round(max((word.y + word.size * 0.3 for word in words), default=0))


def word_counts(texts: list[str]) -> Counter:
    counts: Counter = Counter()
    for text in texts:
        for word in WORD.findall(text.casefold()):
            word = word.strip("'’-")
            if len(word) >= 2 and word not in STOP_WORDS:
                counts[word] += 1
    return counts


def _size(count: int, low: int, high: int) -> int:
    if high == low:
        return (MIN_SIZE + MAX_SIZE) // 2
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (count - low) / (high - low))


def _width(word: str, size: int) -> float:
    return len(word) * size * CHARACTER_WIDTH


def word_cloud(texts: list[str]) -> list[PlacedWord]:
    """The most frequent words of `texts` (at most MAX_WORDS), each with its size and place."""
    common = word_counts(texts).most_common(MAX_WORDS)
    if not common:
        return []
    high, low = common[0][1], common[-1][1]
    sized = [(word, count, _size(count, low, high)) for word, count in common]
    # Fill rows left to right in order of frequency; a word too wide for the row starts the next.
    rows: list[list[tuple[str, int, int]]] = [[]]
    used = 0.0
    for word, count, size in sized:
        size = min(size, int(WIDTH / max(len(word) * CHARACTER_WIDTH, 1)))
        width = _width(word, size)
        if rows[-1] and used + GAP + width > WIDTH:
            rows.append([])
            used = 0.0
        used += width + (GAP if rows[-1] else 0)
        rows[-1].append((word, count, size))
    # The first row (the largest words) goes in the middle, the others alternately above and below.
    order: list[list[tuple[str, int, int]]] = []
    for index, row in enumerate(rows):
        if index % 2:
            order.insert(0, row)
        else:
            order.append(row)
    heights = [max(size for _w, _c, size in row) * 1.15 for row in order]
    scale = min(1.0, HEIGHT / sum(heights))
    placed = []
    y = 0.0
    for row, height in zip(order, heights, strict=True):
        y += height * scale
        total = sum(_width(w, s * scale) for w, _c, s in row) + GAP * (len(row) - 1)
        x = (WIDTH - total) / 2
        for word, count, size in row:
            width = _width(word, size * scale)
            shade = 0 if count == high else (1 if count * 2 >= high else 2)
            placed.append(
                PlacedWord(
                    word,
                    count,
                    round(size * scale),
                    round(x + width / 2, 1),
                    round(y - height * scale * 0.22, 1),
                    shade,
                )
            )
            x += width + GAP
    # In order of frequency, as the picture's text is read.
    rank = {word: index for index, (word, _count) in enumerate(common)}
    return sorted(placed, key=lambda word: rank[word.text])
