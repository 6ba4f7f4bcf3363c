"""Parallel and distributed ingest.

``pool``: extraction in a local process pool (``ingest --workers N``). ``rows``: articles and
extracted events as Arrow tables and Parquet files, losslessly. ``dask_ingest``: extraction on
a Dask cluster that stages Parquet for the single writer (``ingest --engine dask``).
"""
