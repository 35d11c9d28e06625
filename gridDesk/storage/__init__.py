"""SQLCipher through SQLAlchemy: the engine, the ORM, repositories and migrations."""
