"""The one exception a user can cause: its message is printed as is, on one line."""

__all__ = ["KgError"]


class KgError(Exception):
    """A problem with the user's input (file, query, option) rather than a bug."""
