"""Typed value objects that every stage passes along.

They carry no behaviour beyond small conveniences, so any stage can be tested without the others.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class ClaimKind(StrEnum):
    """What a claim asserts about the product."""

    STANDARD = "standard"
    """A product standard the listing says it meets (执行标准 / 产品标准号)."""
    CERTIFICATE = "certificate"
    """A certificate, licence or registration number (CCC, SC, XK, credit code...)."""


class CertType(StrEnum):
    """Families of certificate and licence numbers (see shared/domain.md §3)."""

    CCC = "ccc"
    """China Compulsory Certification certificate, 16 digits."""
    SC = "sc"
    """Food production licence: SC + 14 digits, ISO 7064 MOD 11,10 check digit."""
    QS = "qs"
    """Legacy food licence (QS + 12 digits), replaced by SC from 2015-10-01."""
    XK = "xk"
    """Industrial product production licence XKnn-nnn-nnnnn."""
    USCC = "uscc"
    """Unified social credit code of a company (GB 32100-2015), 18 characters."""
    COSMETICS = "cosmetics"
    """Cosmetics registration or filing number (国妆特字, G妆网备字...)."""
    MEDICAL_DEVICE = "medical_device"
    """Medical device registration or filing number (国械注准...)."""
    OTHER = "other"
    """Any other number under a certificate-like label."""


class Severity(StrEnum):
    """How urgently an inspector should look at a finding."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class FindingCode(StrEnum):
    """Every finding code shelfwatch can raise (a public contract: keep, extend)."""

    STANDARD_UNKNOWN = "standard_unknown"
    STANDARD_WITHDRAWN = "standard_withdrawn"
    STANDARD_INAPPLICABLE = "standard_inapplicable"
    MANDATORY_STANDARD_MISSING = "mandatory_standard_missing"
    CERTIFICATE_INVALID = "certificate_invalid"
    CERTIFICATE_MISSING = "certificate_missing"
    BLACKLISTED_ENTITY = "blacklisted_entity"
    RECALLED_PRODUCT = "recalled_product"
    PRICE_ANOMALY = "price_anomaly"
    ENTERPRISE_STANDARD_UNDECLARED = "enterprise_standard_undeclared"


@dataclass(frozen=True, kw_only=True)
class Claim:
    """One thing a listing asserts, as written and as normalized."""

    kind: ClaimKind
    """Standard or certificate."""
    value: str
    """Normalized value: ``GB/T 14272-2011`` for a standard, the bare number for a certificate."""
    raw: str
    """The text as the shop wrote it."""
    where: str = ""
    """Where on the page it was found: ``param:执行标准``, ``jsonld``, ``description``..."""
    cert_type: CertType | None = None
    """For certificates, which family the number belongs to."""
    valid: bool | None = None
    """Format/check-digit verdict for certificates; None where no check applies."""
    note: str = ""
    """Why the number is (in)valid, in Chinese, for inspectors."""

    def as_certificate_json(self) -> dict[str, Any]:
        """The ``certificates`` object of the CLI's JSON contract."""
        return {
            "type": str(self.cert_type or CertType.OTHER),
            "number": self.value,
            "valid": self.valid,
            "raw": self.raw,
            "note": self.note,
        }


@dataclass(kw_only=True)
class ProductFacts:
    """What a product page states about the product, whoever reads it (extractors) or keeps it (listings)."""

    item_id: str = ""
    """The platform's item id (from the URL or the page)."""
    title: str = ""
    """Product title."""
    price: float | None = None
    """Price in ``currency`` a buyer pays (券后 / 到手); None when the page shows none."""
    list_price: float | None = None
    """The crossed-out or "original" price when the page also shows the price a buyer pays (``price``)."""
    currency: str = "CNY"
    """ISO currency code."""
    brand: str = ""
    """Brand (品牌)."""
    model: str = ""
    """Model or article number (型号 / 货号)."""
    seller: str = ""
    """Shop or seller name."""
    maker: str = ""
    """Manufacturer name (生产企业 / 厂名)."""
    maker_address: str = ""
    """Manufacturer address (厂址)."""
    category: str = ""
    """Category as the page states it (类目, or the breadcrumb joined with ' > ')."""
    gtin: str = ""
    """GTIN / EAN barcode the page states (schema.org gtin13/gtin/gtin8, 商品条形码)."""
    params: dict[str, str] = field(default_factory=dict)
    """Raw parameter block, key to value, as written."""
    description: str = ""
    """Visible description text (claims are often buried here)."""


@dataclass(kw_only=True)
class Listing(ProductFacts):
    """One product listing on one platform, as last crawled."""

    platform: str
    """Platform name (``jd-demo``, or the host name for an unknown shop)."""
    url: str
    """Canonical item URL."""
    category_key: str = ""
    """shelfwatch's category (``matching/data/categories.csv`` key) the listing was placed in; empty if unsure."""
    category_confidence: float = 0.0
    """How sure the placement is, 0 to 1 (``matching.categories.Placement``); category rules need it high."""
    fetched_at: datetime | None = None
    """When the page was fetched (UTC)."""
    rendered: bool = False
    """Whether the page needed a browser (JavaScript) to show its facts."""


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One reason to look at a listing, with the evidence behind it."""

    code: FindingCode
    """Finding code (public contract)."""
    severity: Severity
    """How urgent."""
    evidence: str
    """The claim or fact that triggered it, as found on the page."""
    explanation: str
    """Plain Chinese explanation for inspectors."""
    subject: str = ""
    """The normalized value judged (standard code, licence number, entity name)."""
    source: str = ""
    """Where the rule's data came from (registry row source, blacklist source)."""
    reference: str = ""
    """Which reference data it was judged with: the registry import's label and coverage, the list import."""


@dataclass(frozen=True, kw_only=True)
class UnverifiedClaim:
    """A claim the loaded reference data can neither confirm nor refute: shown to inspectors, never an accusation
    (it reaches no takedown list), e.g. a QB/T code absent from a registry that does not cover QB/T."""

    subject: str
    """The normalized value (standard code)."""
    evidence: str
    """The claim as found on the page, with where."""
    explanation: str
    """Plain Chinese: why it cannot be verified and what data would settle it."""
    reference: str = ""
    """The reference data it was checked against (registry label and coverage)."""


def to_jsonable(obj: Any) -> Any:
    """Dataclass/enum/datetime tree to plain JSON types."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: to_jsonable(v) for k, v in asdict(obj).items()}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, datetime):
        return obj.isoformat()
    return obj
