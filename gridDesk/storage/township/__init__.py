"""The township edition's storage: its own tables (orm.py), its own Alembic tree
(migrations_township/), one engine on an encrypted SQLCipher file or on PostgreSQL (engine.py)."""
