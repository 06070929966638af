"""URL handling modules (regpy ships urllib.parse only)."""
