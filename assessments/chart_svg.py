"""pygal's SVG made lean: what its stylesheet would draw written as presentation attributes,
and its interactivity markup gone, for pages and PDFs alike.

pygal ships each chart with an 8 kB stylesheet, a tooltip per point (`desc` elements), hover
classes, hidden value texts, legend toggles and empty overlay groups: all for a script we never
ship. WeasyPrint lays out and styles every one of those elements, so a report with a dozen charts
pays for them on every page. What is left is what a reader sees, the chart's one <title>, and a
<title> per dimension's axis label (its code and name), which browsers show on hover and screen
readers read.
"""

from dataclasses import dataclass, field

# pygal's own stylesheet, as far as our charts use it.
GUIDE = "#ced4da"
MAJOR_GUIDE = "#adb5bd"
SERIES_FILL_OPACITY = ".35"
# Interactivity markup: dropped with everything inside.
DROPPED_CLASSES = {"tooltip-overlay", "background", "titles", "showable", "tooltip"}
DROPPED_TAGS = {"desc", "script", "defs", "style"}
# Groups that only carry classes for pygal's script and stylesheet: their children move up.
UNWRAPPED_CLASSES = {"bar", "bars", "dots", "legend"}


@dataclass
class Look:
    """What a chart looks like: its font, text colour, series colours and sizes."""

    font: str
    text: str
    colors: tuple[str, ...]
    font_size: int = 15
    value_font_size: int = 13
    legend_font_size: int = 16
    stroke_width: str = "2.5"
    # Series drawn dashed and unfilled, by index (the radar's "desired").
    dashed: set[int] = field(default_factory=set)


def _classes(node) -> set[str]:
    return set(node.get("class", "").split())


def _drop_markup(root) -> None:
    """Remove comments, scripts, the stylesheet, tooltips, background rects, hidden texts and
    the legend toggles; unwrap the groups that only served them; drop empty groups."""
    for parent in [root, *root.iter()]:
        for child in list(parent):
            tag = child.tag if isinstance(child.tag, str) else None  # comments: a function
            if (
                tag is None
                or tag.rsplit("}", 1)[-1] in DROPPED_TAGS
                or _classes(child) & DROPPED_CLASSES
            ):
                parent.remove(child)
    for parent in [root, *root.iter()]:
        index = 0
        while index < len(parent):
            child = parent[index]
            unwrap = child.tag == "g" and _classes(child) & UNWRAPPED_CLASSES
            if unwrap and "transform" not in child.attrib:
                parent.remove(child)
                for offset, grandchild in enumerate(list(child)):
                    parent.insert(index + offset, grandchild)
                continue
            index += 1
    emptied = True
    while emptied:
        emptied = False
        for parent in [root, *root.iter()]:
            for child in list(parent):
                if child.tag == "g" and len(child) == 0:
                    parent.remove(child)
                    emptied = True


def _paint_series(group, look: Look, index: int, *, horizontal: bool) -> None:
    colour = look.colors[index % len(look.colors)]
    group.set("fill", colour)
    group.set("stroke", colour)
    for node in group.iter():
        classes = _classes(node)
        if node.tag == "path" and "line" in classes:
            node.set("stroke-width", look.stroke_width)
            if index in look.dashed:
                node.set("fill", "none")
                node.set("stroke-width", "3")
                node.set("stroke-dasharray", "8,4")
            else:
                node.set("fill-opacity", SERIES_FILL_OPACITY)
        elif node.tag == "rect":
            node.set("fill-opacity", SERIES_FILL_OPACITY)
            node.set("stroke-width", "1.5" if horizontal else look.stroke_width)
        elif node.tag == "circle":
            node.set("stroke-width", "1")
        elif node.tag == "text":
            node.set("fill", look.text)
            node.set("stroke", "none")
            node.set("font-size", str(look.value_font_size))


def _paint_axis(axis, look: Look, *, horizontal: bool) -> None:
    classes = _classes(axis)
    is_x = "x" in classes
    web = "web" in classes
    for node in axis.iter():
        node_classes = _classes(node)
        if node.tag == "path":
            if "guide" in node_classes:
                major = "major" in node_classes
                node.set("fill", "none")
                node.set("stroke", MAJOR_GUIDE if major else GUIDE)
                node.set("stroke-dasharray", "6,6" if major else "4,4")
            else:
                node.set("stroke", look.text)
        elif node.tag == "text":
            if "text-anchor" in node.attrib:
                pass  # placed by the chart itself
            elif is_x and (web or "transform" not in node.attrib):
                node.set("text-anchor", "middle")
            elif not is_x:
                node.set("text-anchor", "end")
        if node.tag == "text" or node.tag == "path":
            node.attrib.pop("class", None)
    if horizontal and not is_x:
        # The category axis of a horizontal bar chart: pygal hides its guide lines.
        for guides in axis:
            for path in [node for node in guides if node.tag == "path"]:
                guides.remove(path)


def simplify(root, look: Look) -> None:
    """Rewrite a rendered pygal chart (an lxml or ElementTree root) in place."""
    graph = next((node for node in root if node.tag == "g" and "graph" in _classes(node)), None)
    horizontal = graph is not None and "horizontal" in _classes(graph)
    _drop_markup(root)
    root.attrib.pop("id", None)
    root.set("font-family", look.font)
    root.set("font-size", str(look.font_size))
    root.set("fill", look.text)
    for axis in [node for node in root.iter("g") if "axis" in _classes(node)]:
        _paint_axis(axis, look, horizontal=horizontal)
    for node in root.iter():
        classes = _classes(node)
        if node.tag == "g" and "series" in classes:
            index = next(int(name[6:]) for name in classes if name.startswith("color-"))
            _paint_series(node, look, index, horizontal=horizontal)
        elif "legends" in classes:
            node.set("font-size", str(look.legend_font_size))
            for swatch in node.iter("rect"):
                colour = next(
                    (name for name in _classes(swatch) if name.startswith("color-")), "color-0"
                )
                swatch.set("fill", look.colors[int(colour[6:]) % len(look.colors)])
                swatch.set("fill-opacity", SERIES_FILL_OPACITY)
                swatch.set("stroke", swatch.get("fill"))
    for node in root.iter():
        if node.tag != "g":
            node.attrib.pop("class", None)  # pygal's, for its stylesheet and script
            if node.get("rx") == "0" and node.get("ry") == "0":
                del node.attrib["rx"], node.attrib["ry"]
        elif "reactive" in _classes(node):
            node.set("class", " ".join(c for c in node.get("class").split() if c != "reactive"))
