"""The griddesk command: each subcommand a thin call into services."""
