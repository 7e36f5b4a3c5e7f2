"""Data tables of the demo marketplace (name pools, category templates, the fictional blacklist)."""
