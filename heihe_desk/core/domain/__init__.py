"""Domain records and their validation rules (stdlib, python-stdnum; no storage, no Qt)."""
