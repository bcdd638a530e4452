"""Editors for single records."""
