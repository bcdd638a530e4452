"""The only place with SQL: connection, migrations, outbox and repositories."""
