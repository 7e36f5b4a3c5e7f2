"""Pure functions that read what a product listing claims, from any shop's page (no Scrapy, no network, no DB)."""

from __future__ import annotations

from extractors.certificates import find_certificates
from extractors.page import PageExtraction, ProductPage
from extractors.platform_pages import PAGE_OBJECTS, extract_page
from extractors.standards import find_standards, normalize_standard
from extractors.text import extract_text_claims

__all__ = [
    "PAGE_OBJECTS",
    "PageExtraction",
    "ProductPage",
    "extract_page",
    "extract_text_claims",
    "find_certificates",
    "find_standards",
    "normalize_standard",
]
