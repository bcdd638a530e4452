"""Languages, the gettext catalogue for strings the core renders, and locale-aware formatting."""
