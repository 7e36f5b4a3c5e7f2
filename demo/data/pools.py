"""Name pools for the demo marketplace: regions, company name parts, shop words, trap sentences.

Everything here is invented for the demo (fictional brands, companies and shops). Region codes are real
GB/T 2260 administrative codes so that generated USCC and SC numbers look like the real thing.
"""

from __future__ import annotations

from typing import NamedTuple


class Region(NamedTuple):
    """An administrative area where demo makers are registered."""

    province: str
    """Full province name as written in addresses (上海市 for the municipality)."""
    short: str
    """Province short name used in company names (浙江)."""
    city: str
    """Prefecture city, empty for municipalities."""
    district: str
    """County-level area; empty where the city has none (中山市, 东莞市)."""
    code: str
    """6-digit GB/T 2260 code, used inside USCC and SC numbers."""
    streets: tuple[str, ...]
    """Street or town parts for addresses."""

    @property
    def locality(self) -> str:
        """The name a company takes as its place prefix (county-level city if any, else the city)."""
        if self.district.endswith("市"):
            return self.district
        return self.city or self.province  # municipalities: 上海市, not 浦东新区


REGIONS: dict[str, Region] = {
    "huzhou": Region("浙江省", "浙江", "湖州市", "吴兴区", "330502", ("织里镇康泰路", "织里镇珠江路", "八里店镇振兴路")),
    "yiwu": Region("浙江省", "浙江", "金华市", "义乌市", "330782", ("稠城街道工人北路", "北苑街道春华路", "佛堂镇工业园区")),
    "cixi": Region("浙江省", "浙江", "宁波市", "慈溪市", "330282", ("观海卫镇工业园区", "周巷镇兴业路", "坎墩街道")),
    "yongkang": Region("浙江省", "浙江", "金华市", "永康市", "330784", ("经济开发区金都路", "古山镇工业区")),
    "anji": Region("浙江省", "浙江", "湖州市", "安吉县", "330523", ("递铺街道", "孝丰镇工业园区")),
    "changshu": Region("江苏省", "江苏", "苏州市", "常熟市", "320581", ("古里镇", "海虞镇服装城路", "支塘镇")),
    "gaoyou": Region("江苏省", "江苏", "扬州市", "高邮市", "321084", ("经济开发区", "车逻镇")),
    "baoan": Region("广东省", "广东", "深圳市", "宝安区", "440306", ("福永街道", "沙井街道新沙路", "松岗街道")),
    "longhua": Region("广东省", "广东", "深圳市", "龙华区", "440309", ("观澜街道", "大浪街道华荣路")),
    "chenghai": Region("广东省", "广东", "汕头市", "澄海区", "440515", ("莲下镇", "凤翔街道玩具城路", "广益街道")),
    "shunde": Region("广东省", "广东", "佛山市", "顺德区", "440606", ("北滘镇", "容桂街道", "龙江镇家具城路")),
    "zhongshan": Region("广东省", "广东", "中山市", "", "442000", ("小榄镇", "东凤镇", "南头镇")),
    "baiyun": Region("广东省", "广东", "广州市", "白云区", "440111", ("太和镇", "钟落潭镇", "人和镇")),
    "dongguan": Region("广东省", "广东", "东莞市", "", "441900", ("长安镇", "虎门镇", "厚街镇")),
    "jinjiang": Region("福建省", "福建", "泉州市", "晋江市", "350582", ("陈埭镇", "池店镇", "安海镇")),
    "wuyishan": Region("福建省", "福建", "南平市", "武夷山市", "350782", ("星村镇", "武夷街道")),
    "nankang": Region("江西省", "江西", "赣州市", "南康区", "360703", ("龙岭镇家具产业园", "东山街道")),
    "nanchang": Region("江西省", "江西", "南昌市", "南昌县", "360121", ("小蓝经济技术开发区", "莲塘镇")),
    "pudong": Region("上海市", "上海", "", "浦东新区", "310115", ("康桥镇", "川沙新镇", "张江镇")),
    "linyi": Region("山东省", "山东", "临沂市", "兰山区", "371302", ("义堂镇", "白沙埠镇")),
    "gaobeidian": Region("河北省", "河北", "保定市", "高碑店市", "130684", ("白沟镇", "方官镇")),
    "changsha": Region("湖南省", "湖南", "长沙市", "雨花区", "430111", ("同升街道", "黎托街道")),
    "pidu": Region("四川省", "四川", "成都市", "郫都区", "510117", ("安德街道", "唐昌街道")),
}

# Trade names (字号) for generated companies and shops. The blacklist's trade names (恒达, 恒信, 速能, 美肌源,
# 童星, 安途, 木之韵, 乐萌, 优品, 佳厨, 童乐) are deliberately absent, so a clean maker never matches it by accident.
TRADE_NAMES: tuple[str, ...] = (
    "欣悦", "嘉禾", "锦程", "鼎盛", "华跃", "瑞丰", "宏远", "博雅", "星辰", "金诺", "美佳", "联创", "鑫源",
    "宇航", "天泽", "润和", "凯诚", "华彩", "正源", "佳禾", "百川", "诚泰", "旭日", "朗逸", "盈科", "嘉润",
    "和顺", "明扬", "康达", "信诚", "永盛", "祥瑞", "卓越", "聚鑫", "汇通", "东升", "骏马", "悦享", "蓝海",
    "云帆", "拓普", "益康", "锐思", "晟达", "盛邦", "沐阳", "智联", "丰禾", "德润", "金帆", "峰尚", "亿家",
    "雅居", "木森", "青禾", "晨曦", "万嘉", "富源", "泓泰", "立信",
)

# Company legal forms, weighted towards the common one.
COMPANY_FORMS: tuple[tuple[str, int], ...] = (("有限公司", 14), ("有限责任公司", 2), ("股份有限公司", 1))

# Fake but plausible trap sentences: numbers that look like certificates but are not claims.
TRAP_SENTENCES: tuple[str, ...] = (
    "如需售后，请提供订单号{order16}联系在线客服。",
    "全国服务热线：{phone}（工作日9:00-18:00）。",
    "本店活动编号{activity}，活动期间下单享满减优惠。",
    "快递单号查询请在订单详情页查看，例如{order16}。",
    "会员积分活动编号{activity}，详情咨询客服{phone}。",
)

# Independent shop (shop-demo) operator: one seller for every product it sells.
SHOP_DEMO_SELLER = "杭州好物优选电子商务有限公司"
SHOP_DEMO_NAME = "好物优选商城"
