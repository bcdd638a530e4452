"""The schema version, kept apart from the migrations so reading it costs no sqlite-utils import."""

#: Schema version carried in every outbox row and sync request; equals the number of migrations (a test checks).
SCHEMA_VERSION = 7
#: The sqlite-utils migration set name, recorded with every applied step.
MIGRATION_SET = "heihe_desk"
