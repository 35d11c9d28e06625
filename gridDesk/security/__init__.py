"""Keys and accounts' secrets: key slots, the KDF, the keyring cache, lockout, the audit chain."""
