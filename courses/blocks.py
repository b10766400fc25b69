"""The blocks a lesson body is made of: one base stream block that every lesson uses.

Each block renders inside a passage wrapper whose id is the block's id, so that a quiz question can
link to the exact passage that states its answer (``LessonPage.passage_url``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class QuotationBlock(blocks.StructBlock):
    """Exact words, attributed: Hồ Chí Minh's teachings are quoted, never paraphrased here."""

    text = blocks.TextBlock(label=_("exact words"))
    speaker = blocks.CharBlock(label=_("speaker"), max_length=120)
    source = blocks.CharBlock(
        label=_("source"),
        max_length=255,
        required=False,
        help_text=_("e.g. the article “Dân vận”, Sự thật newspaper"),
    )
    date = blocks.CharBlock(
        label=_("date"), max_length=40, required=False, help_text=_("as the source gives it, e.g. 15/10/1949")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quotation_block.html"
        label = _("Quotation")
        description = _("A quotation, word for word, with who said it and where")


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=255, required=False)
    points = blocks.ListBlock(blocks.CharBlock(label=_("point")), label=_("points"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_points_block.html"
        label = _("Key points")
        description = _("The points a trainee should remember")


class DocumentCitationBlock(blocks.StructBlock):
    document = SnippetChooserBlock("courses.ReferenceDocument", label=_("reference document"))
    note = blocks.CharBlock(label=_("why it matters here"), max_length=255, required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_citation_block.html"
        label = _("Document citation")
        description = _("A directive, resolution or decision from the register of documents")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), max_length=255, required=False)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = _("Image")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"))
    caption = blocks.CharBlock(label=_("caption"), max_length=255, required=False)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("file"))
    description = blocks.CharBlock(label=_("description"), max_length=255, required=False)

    class Meta:
        icon = "download"
        template = "blocks/download_block.html"
        label = _("Downloadable document")


class LessonStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=255, icon="title", template="blocks/heading_block.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=PARAGRAPH_FEATURES, icon="pilcrow")
    quotation = QuotationBlock()
    key_points = KeyPointsBlock()
    document_citation = DocumentCitationBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()
    download = DownloadBlock()
    summary = blocks.RichTextBlock(
        label=_("Summary"),
        features=PARAGRAPH_FEATURES,
        icon="tick-inverse",
        template="blocks/summary_block.html",
    )
