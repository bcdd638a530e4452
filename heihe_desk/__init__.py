"""Heihe Desk (黑河边贸助手): offline-first desktop tool for Heihe cross-border e-commerce traders."""

__version__ = "0.1.0"
