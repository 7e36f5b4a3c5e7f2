"""Chinese (and English) labels of finding codes and severities, for the report and the CLI."""

from __future__ import annotations

from shelfwatch.models import FindingCode, Severity

CODE_LABELS: dict[str, str] = {
    FindingCode.STANDARD_UNKNOWN: "标准号不存在 / unknown standard",
    FindingCode.STANDARD_WITHDRAWN: "标准已废止 / withdrawn standard",
    FindingCode.STANDARD_INAPPLICABLE: "标准与产品不符 / standard does not fit the product",
    FindingCode.MANDATORY_STANDARD_MISSING: "缺少强制性标准 / mandatory standard missing",
    FindingCode.CERTIFICATE_INVALID: "证照编号无效 / invalid certificate or licence",
    FindingCode.CERTIFICATE_MISSING: "缺少证照 / certificate missing",
    FindingCode.BLACKLISTED_ENTITY: "失信或不合格企业 / blacklisted maker or seller",
    FindingCode.RECALLED_PRODUCT: "召回产品 / recalled product",
    FindingCode.PRICE_ANOMALY: "价格异常 / price anomaly",
    FindingCode.ENTERPRISE_STANDARD_UNDECLARED: "企业标准未自我声明 / enterprise standard not self-declared",
}

UNVERIFIED_LABEL = "无法核验（标准库未覆盖）/ not verifiable with the loaded registry"
"""Label of claims the loaded registry cannot judge: no finding code, shown apart from findings."""

SEVERITY_LABELS: dict[str, str] = {Severity.HIGH: "高", Severity.MEDIUM: "中", Severity.LOW: "低"}
