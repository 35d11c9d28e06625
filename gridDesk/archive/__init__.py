"""Archive packages for the township: BagIt bags, their metadata, the stick, the verifier."""
