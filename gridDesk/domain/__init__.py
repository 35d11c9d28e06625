"""Plain dataclasses, enums, validation and errors; the standard library alone."""
