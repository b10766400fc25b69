"""Log actions of Wagtail's history (``register_log_actions``) whose message is a sentence filled in with
the entry's data."""

from wagtail.log_actions import LogFormatter


class MessageFormatter(LogFormatter):
    """``message`` filled in with ``values(data)``: the entry's data as stored, unless a subclass turns
    some into words (a code into its label, a number into a percentage)."""

    message = ""

    def format_message(self, log_entry):
        return self.message % self.values(log_entry.data)

    def values(self, data):
        return data


def register_formatters(actions, formatters):
    """Register each ``{action: formatter}`` of an app."""
    for action, formatter in formatters.items():
        actions.register_action(action)(formatter)
