"""Bundled reference data (CSV files that cite their sources)."""
