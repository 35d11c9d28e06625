"""Alembic runs only on the app's own keyed connection (storage/migrate.py passes it in)."""

from alembic import context

from gridDesk.storage.orm import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("GridDesk migrations run through gridDesk.storage.migrate, on a keyed connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
