"""Use cases: one transaction each, plain data out. No Qt here."""
