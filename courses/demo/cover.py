"""The demo course's cover image, drawn locally with Pillow: nothing is downloaded."""

import io
import math
import textwrap

import fontpkg
from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 500)
RED, DARK_RED, GOLD = (155, 28, 28), (96, 14, 14), (243, 210, 122)


def draw_cover(title, subtitle):
    """A PNG (bytes): a red field, a gold star and the course title in Be Vietnam Pro."""
    image = Image.new("RGB", SIZE, RED)
    draw = ImageDraw.Draw(image)
    for y in range(SIZE[1]):  # a vertical gradient, darker at the bottom
        shade = y / SIZE[1]
        draw.line(
            [(0, y), (SIZE[0], y)],
            fill=tuple(round(a + (b - a) * shade) for a, b in zip(RED, DARK_RED, strict=True)),
        )
    draw.polygon(_star((1030, 160), 95, 38), fill=GOLD)
    title_font = ImageFont.truetype(str(fontpkg.path("Be Vietnam Pro", weight=700)), 58)
    subtitle_font = ImageFont.truetype(str(fontpkg.path("Be Vietnam Pro", weight=400)), 30)
    y = 90
    for line in textwrap.wrap(title, width=26):
        draw.text((70, y), line, font=title_font, fill="white")
        y += 74
    draw.text((70, y + 20), subtitle, font=subtitle_font, fill=GOLD)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def _star(center, outer, inner):
    cx, cy = center
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    return points
