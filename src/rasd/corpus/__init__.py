"""Work across many articles: near-duplicates (and later the store and ingest)."""
