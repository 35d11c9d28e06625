"""The township's Alembic tree: runs on the connection gridDesk.storage.township.migrate passes in
(a keyed SQLCipher file or PostgreSQL), with its own version table."""

from alembic import context

from gridDesk.storage.township.migrate import VERSION_TABLE
from gridDesk.storage.township.orm import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("township migrations run through gridDesk.storage.township.migrate")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    version_table=VERSION_TABLE,
)
with context.begin_transaction():
    context.run_migrations()
