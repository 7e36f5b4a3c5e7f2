"""Chinese labels the rules put into explanations for inspectors (kept apart from the rule logic)."""

from __future__ import annotations

from matching.blacklist import ListKind
from matching.registry import StandardKind
from shelfwatch.models import CertType

CERT_LABELS: dict[CertType, str] = {
    CertType.CCC: "CCC 认证证书编号",
    CertType.SC: "食品生产许可证编号",
    CertType.QS: "QS 食品生产许可证编号",
    CertType.XK: "工业产品生产许可证编号",
    CertType.USCC: "统一社会信用代码",
    CertType.COSMETICS: "化妆品注册/备案编号",
    CertType.MEDICAL_DEVICE: "医疗器械注册/备案编号",
    CertType.OTHER: "证照编号",
}

LIST_LABELS: dict[ListKind, str] = {
    ListKind.CREDIT_BLACKLIST: "严重违法失信名单",
    ListKind.RECALL: "缺陷产品召回公告",
    ListKind.SPOT_CHECK_FAILURE: "监督抽查不合格公告",
}

KIND_LABELS: dict[StandardKind, str] = {
    StandardKind.MANDATORY: "强制性标准",
    StandardKind.RECOMMENDED: "推荐性标准",
    StandardKind.GUIDANCE: "指导性技术文件",
}

ROLE_MAKER = "生产企业"
ROLE_SELLER = "销售店铺"

CERT_CHECK_SOURCE = "证照号码格式与校验位规则（shared/domain.md §3）"
"""Source cited by certificate findings: the verdict comes from the extractor's format checks."""
