"""Offline-first sync with the platform: wire protocol, outbox push, change pull, status (no Qt)."""
