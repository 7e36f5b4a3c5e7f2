"""Scrapy project settings (scrapy.cfg points here), so `scrapy crawl listings -a start_urls=...` also works.

They come from shelfwatch's own settings (SHELFWATCH_* environment variables); see crawlers/config.py.
"""

from crawlers.config import scrapy_settings
from shelfwatch.settings import load_settings

globals().update(scrapy_settings(load_settings()))
