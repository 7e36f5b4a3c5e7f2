"""shelfwatch: an e-commerce product-quality monitoring crawler for market regulators.

The stages live in top-level packages that mirror the mission:
``crawlers`` (fetch pages) -> ``extractors`` (read claims) -> ``matching`` (judge claims)
-> ``index`` (search). ``tasks`` schedules crawls; ``demo`` is the bundled marketplace.
This package holds what they share: value objects, settings, the store, the CLI.
"""

__version__ = "0.1.0"
