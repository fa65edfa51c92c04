"""Services over a store: ingest, materialized views, queries, export, watch, distributed, analyze."""
