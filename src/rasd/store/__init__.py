"""The corpus store (SQLite by default, PostgreSQL through the same code).

    from rasd.store import Store
    with Store.open("news.db") as store:
        store.add(record)                      # a `rasd analyze` record; False if already stored
        store.events(actor="erdogan", start="2018-01-01", modality="asserted")
"""

from .db import connect, is_postgres_url
from .migrations import MIGRATIONS
from .store import Store, content_hash, records_for_network

__all__ = ["MIGRATIONS", "Store", "connect", "content_hash", "is_postgres_url", "records_for_network"]
