"""rasad: offline news intelligence for Arabic, Persian and English news."""

from rasad.config import Settings, load_settings
from rasad.model import Document

__all__ = ["Document", "Settings", "load_settings"]
__version__ = "0.1.0"
