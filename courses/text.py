"""Plain text out of lessons: for reading time, document-code recognition and accent-free search."""

from common.text import html_to_text


def stream_text(stream_value):
    """All the readable text of a StreamField value, block by block, in order."""
    parts = []
    for block in stream_value:
        parts.extend(_block_text(block.block_type, block.value))
    return " ".join(part for part in parts if part)


def _block_text(block_type, value):
    if block_type in {"paragraph", "summary"}:
        return [html_to_text(value.source)]
    if block_type == "heading":
        return [value]
    if block_type == "quotation":
        return [value["text"], value["speaker"], value["source"], value["date"]]
    if block_type == "key_points":
        return [value["title"], *value["points"]]
    if block_type in {"document_citation", "image", "video", "download"}:
        return [value.get("note") or value.get("caption") or value.get("description") or ""]
    return []


def word_count(text):
    return len(text.split())
