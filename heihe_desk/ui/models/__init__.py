"""Table models: one per table, rows fetched lazily page by page."""
