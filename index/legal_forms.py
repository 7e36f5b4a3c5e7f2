"""Legal-form words at the end of Chinese company names, which every maker's name carries.

Source: 《中华人民共和国公司法》(2023 revision), Article 7: a limited liability company's name must contain
有限责任公司 or 有限公司, a joint-stock company's 股份有限公司 or 股份公司. Searching them adds nothing (they
match almost every maker) and costs a scan of almost every listing, and shops write them inconsistently (森马服饰 /
森马服饰股份有限公司), so a query drops them from the end of a word that has more in front.
"""

from __future__ import annotations

LEGAL_FORMS: tuple[str, ...] = ("股份有限公司", "有限责任公司", "股份公司", "有限公司")
"""Longest first, so 股份有限公司 is removed whole."""
