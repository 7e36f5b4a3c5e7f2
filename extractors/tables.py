"""Data tables the extractors read. Logic lives elsewhere; each table names its source.

Marks as in shared/domain.md: [C] seen in a source, [I] inference, not confirmed.
"""

from __future__ import annotations

PROVINCES: str = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵滇云藏陕秦甘陇青宁新港澳台"
"""One-character province abbreviations that prefix cosmetics filing and production-licence numbers
(粤G妆网备字, 粤妆20160001) and provincial XK licences ((粤)XK) [C: domain.md §3; list from GB/T 2260 usage]."""

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "brand": ("品牌", "品牌名称", "商品品牌", "产品品牌", "牌子", "商标", "brand"),
    "model": ("型号", "货号", "规格型号", "产品型号", "商品型号", "款号", "认证型号", "model"),
    "maker": ("生产企业", "生产厂家", "厂名", "厂家", "厂家名称", "制造商", "制造商名称", "生产商", "生产者",
              "生产企业名称", "委托方", "manufacturer"),
    "maker_address": ("厂址", "生产地址", "企业地址", "生产厂址", "厂家地址", "生产企业地址", "制造商地址",
                      "生产商地址"),
    "seller": ("店铺", "店铺名称", "卖家", "卖家名称", "商家", "商家名称", "seller"),
    "category": ("类目", "品类", "分类", "商品分类", "产品分类", "category"),
    "item_id": ("商品编号", "商品ID", "商品id", "宝贝ID"),
    "gtin": ("商品条形码", "条形码", "条码", "商品条码", "EAN", "GTIN", "gtin", "国际条码"),
}
"""Parameter-block keys (产品参数 / 规格与包装) that fill a listing field, most specific first.

Source: keys seen on Tmall/Taobao/JD blocks (domain.md §5 [C]) and in shared/realpages. Matching is exact
after trimming; ``颜色分类`` must not become a category, so there is no suffix matching except for 型号
(``TP-Link型号``), see page.py.
"""
