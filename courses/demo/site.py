"""The site root of the demo: a HomePage in place of Wagtail's placeholder welcome page."""

from wagtail.models import Page, Site

from courses.models import HomePage

HOME_TITLE = "Dân vận khéo"
HOME_INTRO = (
    "<p>Nền tảng tập huấn và kiểm tra kiến thức <b>công tác dân vận</b> cho cán bộ, công chức, viên chức "
    "và người lao động: học bài theo thứ tự, làm bài kiểm tra, nhận giấy chứng nhận.</p>"
)


def load_home_page():
    """Return the site's HomePage, creating it (and pointing the default site at it) if missing."""
    home = HomePage.objects.first()
    if home is not None:
        return home, False
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title=HOME_TITLE, slug="trang-chu", intro=HOME_INTRO))
    site = Site.objects.filter(is_default_site=True).first()
    placeholder = site.root_page if site else None
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name=HOME_TITLE)
    else:
        site.root_page = home
        site.site_name = HOME_TITLE
        site.save()
    if placeholder is not None and placeholder.specific_class is Page:
        placeholder.delete()
    home.save_revision().publish()
    return home, True
