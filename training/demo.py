"""Demo accounts, one per role. Created only by `load_demo`, which production settings refuse."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from . import roles

PASSWORD = "dvk-demo-2026"

ACCOUNTS = [
    # username, full name, e-mail, role (None: superuser)
    ("hocvien", "Nguyễn Thị Hồng Nhung", "hocvien@example.com", roles.TRAINEE),
    ("giangvien", "Lê Minh Tuấn", "giangvien@example.com", roles.TRAINER),
    ("bantochuc", "Phạm Thu Hà", "bantochuc@example.com", roles.ORGANIZER),
    ("admin", "Quản trị hệ thống", "admin@example.com", None),
]


def load_accounts():
    """Create the missing demo accounts; an existing one is left exactly as it is. Returns those created."""
    User = get_user_model()
    created = []
    for username, full_name, email, role in ACCOUNTS:
        if User.objects.filter(username=username).exists():
            continue
        user = User(username=username, full_name=full_name, email=email, is_superuser=role is None)
        user.is_staff = user.is_superuser
        user.set_password(PASSWORD)
        user.save()
        if role:
            user.groups.add(Group.objects.get(name=role))
        created.append(user)
    return created
