"""The command line (`griddesk ...`): what it prints for the user, its refusals and outcomes."""

ENTRIES: dict[str, tuple[str, str]] = {
}
