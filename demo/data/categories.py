"""Per-category product templates for the demo marketplace.

Brands and products are invented. Standard claim sets only name codes that exist in
matching/data/standards.csv (a clean listing must not claim anything the registry does not know);
the generator also re-checks every clean claim against the registry at the crawl date.
CCC category codes and SC food category codes follow the real layouts (shared/domain.md §3).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

CertKind = Literal["ccc", "sc", "cosmetics"]


@dataclass(frozen=True, kw_only=True)
class Product:
    """One kind of product a category sells."""

    noun: str
    """Chinese product noun used in titles (儿童羽绒服)."""
    slug: str
    """Latin slug for shop-demo URLs."""
    claims: tuple[tuple[str, ...], ...] = ()
    """Standard claim sets for this product; empty means the category's."""
    code: str = ""
    """CCC product category (4 digits) or SC food category (3 digits)."""
    special: bool = False
    """Cosmetics: special cosmetics (国妆特字 registration) instead of an ordinary filing."""
    ingredients: str = ""
    """Food: 配料表."""


@dataclass(frozen=True, kw_only=True)
class CategorySpec:
    """Everything the generator needs to invent listings of one category."""

    slug: str
    brands: tuple[str, ...]
    products: tuple[Product, ...]
    prefixes: tuple[str, ...]
    """Title words before the noun."""
    suffixes: tuple[str, ...]
    """Title words after the noun."""
    price: tuple[float, float]
    model_key: tuple[str, ...]
    """Keys for the model/article number (型号, 货号)."""
    model_prefix: tuple[str, ...]
    attrs: tuple[tuple[str, tuple[str, ...]], ...]
    """Category-specific parameters, key and value choices."""
    claims: tuple[tuple[str, ...], ...]
    """Typical standard claim sets (normalized codes)."""
    std_keys: tuple[str, ...]
    cert: CertKind | None
    ccc_min_year: int = 2016
    """Earliest plausible CCC first-issue year (power banks entered the catalogue in 2024)."""
    industry: tuple[str, ...]
    """Industry words in maker names (服饰, 电子科技)."""
    regions: tuple[str, ...]
    """Keys of pools.REGIONS where makers of this category sit."""
    shop_word: str
    """Word in specialist shop names (童装专营店)."""
    blurbs: tuple[str, ...]
    """Marketing sentences for descriptions."""
    suffix_for: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Class or grade suffixes shops append to a claim (GB 18401-2010 B类)."""


CATEGORIES: tuple[CategorySpec, ...] = (
    CategorySpec(
        slug="children_clothing", brands=("童趣岛", "小禾苗", "贝乐熊", "绵绵兔", "暖阳童", "嘟嘟象", "青苗苗"),
        products=(Product(noun="儿童卫衣", slug="kids-hoodie"), Product(noun="男童纯棉T恤", slug="boys-tshirt"),
                  Product(noun="女童连衣裙", slug="girls-dress"), Product(noun="婴儿连体衣", slug="baby-romper"),
                  Product(noun="儿童加绒裤", slug="kids-fleece-pants"), Product(noun="儿童睡衣套装", slug="kids-pajamas")),
        prefixes=("2025秋冬新款", "纯棉", "加厚", "韩版", "宝宝", "春秋款"), suffixes=("中大童", "男女童通用", "洋气百搭", "婴幼儿"),
        price=(39, 189), model_key=("货号", "款号"), model_prefix=("TQ", "XH", "BL", "MM"),
        attrs=(("面料成分", ("棉100%", "棉95% 氨纶5%", "聚酯纤维100%", "棉80% 聚酯纤维20%")),
               ("安全技术类别", ("A类", "B类")), ("适用年龄", ("1-3岁", "3-8岁", "110-160cm")),
               ("颜色", ("藏青", "粉色", "卡其", "米白"))),
        claims=(("GB 18401-2010", "GB 31701-2015"), ("GB 31701-2015",),
                ("GB 18401-2010", "GB 31701-2015", "GB/T 5296.4-2012")),
        std_keys=("执行标准", "执行标准号", "产品执行标准"), cert=None,
        industry=("服饰", "童装", "针织服饰"), regions=("huzhou", "changshu", "jinjiang", "zhongshan"), shop_word="童装",
        blurbs=("精选柔软面料，亲肤透气，宝宝穿着更舒适。", "经典版型设计，宽松不紧绷，方便孩子活动。",
                "多次水洗不易变形褪色。", "无荧光增白剂，妈妈放心之选。"),
        suffix_for={"GB 18401-2010": (" B类", " A类", "（B类）"), "GB 31701-2015": (" B类", " A类 婴幼儿用品", " C类")},
    ),
    CategorySpec(
        slug="down_garments", brands=("暖羽", "雪域狐", "羽棠", "凌峰", "鹅羽坊", "冰川熊", "云朵绒"),
        products=(Product(noun="儿童羽绒服", slug="kids-down-jacket"), Product(noun="女士中长款羽绒服", slug="womens-long-down"),
                  Product(noun="男士轻薄羽绒服", slug="mens-light-down"), Product(noun="羽绒马甲", slug="down-vest"),
                  Product(noun="连帽羽绒外套", slug="hooded-down-coat")),
        prefixes=("2025冬季新款", "白鸭绒", "90白鹅绒", "加厚保暖", "轻薄款"), suffixes=("防风防寒", "大码", "短款", "中长款"),
        price=(199, 1299), model_key=("货号", "款号"), model_prefix=("YR", "NY", "XY", "DF"),
        attrs=(("充绒量", ("120g", "150g", "200g", "260g")), ("含绒量", ("80%", "90%", "95%")),
               ("填充物", ("白鸭绒", "灰鸭绒", "白鹅绒")), ("面料", ("聚酯纤维100%", "锦纶100%"))),
        claims=(("GB/T 14272-2021",), ("GB/T 14272-2021", "GB 18401-2010"), ("GB 18401-2010", "GB/T 14272-2021")),
        std_keys=("执行标准", "执行标准号", "产品标准号"), cert=None,
        industry=("羽绒制品", "服饰", "羽绒服饰"), regions=("changshu", "gaoyou", "huzhou", "pudong"), shop_word="羽绒服",
        blurbs=("精选优质羽绒，蓬松度高，轻盈保暖。", "防钻绒面料工艺，久穿不跑绒。",
                "立体连帽设计，有效阻挡寒风。", "可机洗，收纳方便不占空间。"),
        suffix_for={"GB/T 14272-2021": (" 一等品", " 合格品", "（优等品）"), "GB 18401-2010": (" B类", " C类")},
    ),
    CategorySpec(
        slug="toys", brands=("积木星", "趣玩部落", "童梦工坊", "萌宝乐", "智多星", "奇趣岛", "小小工程师"),
        products=(Product(noun="益智拼装积木", slug="building-blocks", code="2203"),
                  Product(noun="遥控越野车", slug="rc-car", code="2202"),
                  Product(noun="毛绒公仔玩偶", slug="plush-toy", code="2204"),
                  Product(noun="儿童拼图", slug="jigsaw", code="2203"),
                  Product(noun="磁力片", slug="magnetic-tiles", code="2203"),
                  Product(noun="过家家厨房玩具", slug="play-kitchen", code="2203")),
        prefixes=("儿童", "宝宝", "益智", "男孩女孩", "3-6岁"), suffixes=("生日礼物", "早教玩具", "大颗粒", "礼盒装"),
        price=(29, 399), model_key=("货号", "型号"), model_prefix=("JM", "QW", "TM", "ZD"),
        attrs=(("适用年龄", ("3岁以上", "6岁以上", "14岁以上", "3-6岁")), ("材质", ("ABS塑料", "PP", "短毛绒+PP棉", "纸质")),
               ("是否带电", ("否", "是"))),
        claims=(("GB 6675.1-2014", "GB 6675.2-2014", "GB 6675.3-2014", "GB 6675.4-2014"), ("GB 6675.1-2014",),
                ("GB 6675.2-2014", "GB 6675.3-2014")),
        std_keys=("执行标准", "产品标准号"), cert="ccc", ccc_min_year=2016,
        industry=("玩具", "文化玩具", "塑胶玩具"), regions=("chenghai", "yiwu", "dongguan"), shop_word="玩具",
        blurbs=("圆角打磨设计，不伤宝宝小手。", "锻炼动手能力和空间想象力。", "环保材质，无毒无异味。",
                "亲子互动好帮手，寓教于乐。"),
    ),
    CategorySpec(
        slug="stationery", brands=("书香阁", "墨点", "学霸熊", "尚学", "彩虹派", "笔尖侠", "文思"),
        products=(Product(noun="自动铅笔", slug="mechanical-pencil"), Product(noun="中性笔", slug="gel-pen"),
                  Product(noun="学生笔记本", slug="notebook"), Product(noun="儿童书包", slug="school-bag"),
                  Product(noun="修正带", slug="correction-tape"), Product(noun="文具套装", slug="stationery-set")),
        prefixes=("小学生", "初中生", "开学季", "考试专用"), suffixes=("10支装", "护脊减负", "大容量", "开学必备"),
        price=(5, 239), model_key=("型号", "货号"), model_prefix=("SX", "MD", "XB", "CH"),
        attrs=(("材质", ("塑料", "纸质", "尼龙", "金属")), ("适用年级", ("小学", "初中", "通用")),
               ("规格", ("0.5mm", "A5", "B5", "36页"))),
        claims=(("GB 21027-2020",), ("GB 21027-2020", "GB 40070-2021")),
        std_keys=("执行标准", "产品标准号"), cert=None,
        industry=("文具", "文化用品", "办公用品"), regions=("yiwu", "gaobeidian", "linyi", "nanchang"), shop_word="文具",
        blurbs=("书写顺滑不断墨。", "人体工学设计，长时间书写不累手。", "环保材质，适合学生日常使用。",
                "多种颜色可选，学习更有乐趣。"),
    ),
    CategorySpec(
        slug="power_banks", brands=("能量狮", "闪充侠", "极电", "酷能", "雷霆派", "电立方", "续航者"),
        products=(Product(noun="充电宝10000毫安", slug="power-bank-10000", code="0911"),
                  Product(noun="20000mAh大容量移动电源", slug="power-bank-20000", code="0911"),
                  Product(noun="磁吸无线充电宝", slug="magsafe-power-bank", code="0911"),
                  Product(noun="自带线迷你充电宝", slug="mini-power-bank", code="0911")),
        prefixes=("22.5W快充", "超薄便携", "PD20W", "可上飞机"), suffixes=("适用苹果华为小米", "双向快充", "数显", "户外应急"),
        price=(49, 299), model_key=("型号", "认证型号"), model_prefix=("PB", "SC", "JD", "KN"),
        attrs=(("电池容量", ("5000mAh", "10000mAh", "20000mAh")), ("输出功率", ("20W", "22.5W", "65W")),
               ("电芯类型", ("锂聚合物电芯", "锂离子电芯")), ("额定容量", ("3000mAh", "6000mAh", "12000mAh"))),
        claims=(("GB 4943.1-2022", "GB 31241-2022"), ("GB 31241-2022",),
                ("GB 4943.1-2022", "GB 31241-2022", "GB/T 9254.1-2021")),
        std_keys=("执行标准", "产品标准号"), cert="ccc", ccc_min_year=2024,
        industry=("电子科技", "电源科技", "新能源科技"), regions=("baoan", "longhua", "dongguan"), shop_word="数码",
        blurbs=("多重安全保护，过充过放全面防护。", "数显电量，剩余电量一目了然。", "支持多设备同时充电。",
                "小巧轻薄，放进口袋随身带。"),
    ),
    CategorySpec(
        slug="small_appliances", brands=("暖家", "厨乐", "风尚", "康纳", "美居乐", "沸点", "清风"),
        products=(Product(noun="电热水壶", slug="electric-kettle", code="0708",
                          claims=(("GB 4706.1-2024",), ("GB 4706.1-2024", "GB 4806.9-2023"))),
                  Product(noun="负离子吹风机", slug="hair-dryer", code="0706"),
                  Product(noun="智能电饭煲", slug="rice-cooker", code="0712",
                          claims=(("GB 4706.1-2024", "GB 4806.9-2023"), ("GB 4706.1-2024",))),
                  Product(noun="便携榨汁机", slug="juicer", code="0709",
                          claims=(("GB 4706.1-2024", "GB 4806.7-2023"), ("GB 4706.1-2024",))),
                  Product(noun="家用电暖器", slug="electric-heater", code="0704"),
                  Product(noun="多功能养生壶", slug="health-pot", code="0708",
                          claims=(("GB 4706.1-2024", "GB 4806.4-2016"), ("GB 4706.1-2024",)))),
        prefixes=("家用", "304不锈钢", "大功率", "智能恒温"), suffixes=("宿舍用", "自动断电", "小型便携", "送礼"),
        price=(59, 699), model_key=("型号", "认证型号"), model_prefix=("NJ", "CL", "FS", "KN"),
        attrs=(("额定功率", ("800W", "1500W", "1800W", "2200W")), ("额定电压", ("220V~", "220V~50Hz")),
               ("容量", ("0.8L", "1.5L", "1.7L", "3L"))),
        claims=(("GB 4706.1-2024",),),
        std_keys=("执行标准", "产品标准号"), cert="ccc", ccc_min_year=2016,
        industry=("电器", "家用电器", "电器科技"), regions=("cixi", "shunde", "zhongshan"), shop_word="电器",
        blurbs=("防干烧设计，断电更安心。", "一键操作，老人小孩都会用。", "食品级材质内胆，健康放心。",
                "静音运行，不打扰家人休息。"),
    ),
    CategorySpec(
        slug="packaged_food", brands=("山野味", "蜀香源", "老铺子", "果仁坊", "茶韵", "麦香村", "湘味坊"),
        products=(Product(noun="手工曲奇饼干", slug="cookies", code="108", ingredients="小麦粉、黄油、白砂糖、鸡蛋、食用盐"),
                  Product(noun="每日坚果混合装", slug="mixed-nuts", code="118", ingredients="腰果、巴旦木、核桃仁、蔓越莓干、蓝莓干"),
                  Product(noun="正山小种红茶礼盒", slug="black-tea", code="114", ingredients="红茶"),
                  Product(noun="绿豆糕", slug="mung-bean-cake", code="124", ingredients="绿豆、白砂糖、麦芽糖、植物油"),
                  Product(noun="南昌拌粉米粉", slug="rice-noodles", code="101", ingredients="大米、水"),
                  Product(noun="香辣牛肉干", slug="beef-jerky", code="104", ingredients="牛肉、白砂糖、食用盐、辣椒、香辛料")),
        prefixes=("休闲零食", "办公室", "年货", "特产"), suffixes=("独立小包装", "礼盒装", "500g", "家庭装"),
        price=(19, 268), model_key=("规格",), model_prefix=("",),
        attrs=(("净含量", ("250g", "500g", "1000g", "30包")), ("保质期", ("180天", "270天", "12个月", "1095天")),
               ("储藏方法", ("置于阴凉干燥处，避免阳光直射", "常温保存，开封后请尽快食用"))),
        claims=(("GB 7718-2011", "GB 2760-2024"), ("GB 2760-2024",), ("GB 2760-2024", "GB 2763-2021")),
        std_keys=("产品标准号", "执行标准"), cert="sc",
        industry=("食品", "食品科技", "农产品"), regions=("nanchang", "changsha", "pidu", "wuyishan", "linyi"),
        shop_word="食品",
        blurbs=("精选原料，传统工艺制作。", "独立包装，干净卫生，方便携带。", "口感酥脆，老少皆宜。",
                "产地直发，新鲜看得见。"),
    ),
    CategorySpec(
        slug="cosmetics", brands=("水漾", "肌本源", "花语集", "玉颜", "润肌坊", "雪肤", "草本集"),
        products=(Product(noun="保湿面霜", slug="face-cream"), Product(noun="修护精华液", slug="serum"),
                  Product(noun="补水面膜", slug="face-mask"), Product(noun="氨基酸洗面奶", slug="cleanser"),
                  Product(noun="清爽防晒霜SPF50+", slug="sunscreen", special=True),
                  Product(noun="植物染发膏", slug="hair-dye", special=True)),
        prefixes=("补水保湿", "敏感肌", "学生党", "温和"), suffixes=("男女通用", "正品", "滋润", "旅行装")
        , price=(39, 399), model_key=("规格",), model_prefix=("",),
        attrs=(("净含量", ("30ml", "50g", "100ml", "5片")), ("适合肤质", ("任何肤质", "干性", "混合性")),
               ("保质期", ("3年", "36个月"))),
        claims=(("GB 5296.3-2008",),),
        std_keys=("执行标准", "产品标准号"), cert="cosmetics",
        industry=("生物科技", "化妆品", "日用化工"), regions=("baiyun", "pudong", "huzhou"), shop_word="美妆",
        blurbs=("温和配方，肌肤倍感舒适。", "质地轻薄，快速吸收不黏腻。", "持久保湿，改善干燥粗糙。",
                "不添加酒精香精。"),
    ),
    CategorySpec(
        slug="furniture", brands=("木语", "森居", "家和美", "简木", "原木说", "雅舍", "栖木"),
        products=(Product(noun="实木书桌", slug="desk"),
                  Product(noun="儿童学习桌椅套装", slug="kids-desk", claims=(("GB 28007-2024", "GB 18580-2017"),
                                                                       ("GB 28007-2024",))),
                  Product(noun="推拉门衣柜", slug="wardrobe"),
                  Product(noun="儿童床", slug="kids-bed", claims=(("GB 28007-2024",), ("GB 28007-2024", "GB 18584-2024"))),
                  Product(noun="人体工学电脑椅", slug="office-chair"), Product(noun="床头柜", slug="nightstand")),
        prefixes=("北欧", "现代简约", "家用", "卧室"), suffixes=("小户型", "免安装", "环保E0级", "简易"),
        price=(129, 2599), model_key=("型号",), model_prefix=("MY", "SJ", "JM", "QM"),
        attrs=(("材质", ("橡胶木", "E0级颗粒板", "松木", "钢木结构")), ("风格", ("北欧", "现代简约", "新中式")),
               ("尺寸", ("120*60*75cm", "100*50*75cm", "80*40*55cm"))),
        claims=(("GB 18584-2024", "GB 18580-2017"), ("GB 18580-2017",), ("GB 18584-2024",)),
        std_keys=("执行标准", "产品标准号"), cert=None,
        industry=("家具", "家居", "木业"), regions=("nankang", "shunde", "anji"), shop_word="家居",
        blurbs=("精选优质板材，结实耐用。", "圆角设计，防磕碰更安全。", "环保板材，低甲醛释放。",
                "安装简单，附详细说明书。"),
    ),
    CategorySpec(
        slug="helmets", brands=("骑安", "风驰", "护途", "铁骑士", "速锋", "盾甲", "路卫"),
        products=(Product(noun="电动车头盔", slug="ebike-helmet", code="1106"), Product(noun="四季通用半盔", slug="half-helmet", code="1106"),
                  Product(noun="全盔摩托车头盔", slug="full-helmet", code="1106"), Product(noun="儿童骑行头盔", slug="kids-helmet", code="1106")),
        prefixes=("3C认证", "夏季", "男女通用", "轻便"), suffixes=("安全帽", "带镜片", "冬季保暖", "国标款")
        , price=(39, 399), model_key=("型号", "货号"), model_prefix=("QA", "FC", "HT", "DJ"),
        attrs=(("尺码", ("均码(54-61cm)", "M", "L", "XL")), ("外壳材质", ("ABS", "PC", "PP")),
               ("适用季节", ("四季通用", "夏季", "冬季"))),
        claims=(("GB 811-2022",),),
        std_keys=("执行标准", "产品标准号"), cert="ccc", ccc_min_year=2023,
        industry=("安全防护用品", "头盔", "塑胶制品"), regions=("yongkang", "jinjiang", "cixi"), shop_word="骑行",
        blurbs=("加厚EPS缓冲层，有效吸收冲击。", "透气孔设计，夏季不闷热。", "可调节头围，佩戴稳固。",
                "高清镜片，防风防紫外线。"),
    ),
)

CATEGORY_BY_SLUG: dict[str, CategorySpec] = {c.slug: c for c in CATEGORIES}

# Description sentence templates that bury a standard claim in running text.
CLAIM_SENTENCES: tuple[str, ...] = (
    "本品严格执行{std}标准。",
    "产品符合{std}要求，质量有保障。",
    "经第三方检测机构依据{std}检验合格。",
    "生产全过程按照{std}标准组织生产。",
    "执行标准：{std}，请放心选购。",
)

# Parameter keys, with the variants shops use for the same fact.
MAKER_KEYS: tuple[str, ...] = ("生产企业", "厂名", "生产厂家", "制造商")
ADDRESS_KEYS: tuple[str, ...] = ("厂址", "生产地址", "企业地址")
CCC_KEYS: tuple[str, ...] = ("3C证书编号", "CCC证书编号", "3C认证编号")
SC_KEYS: tuple[str, ...] = ("生产许可证编号", "食品生产许可证编号")
COSMETICS_KEYS: dict[bool, tuple[str, ...]] = {
    False: ("备案编号", "国产普通化妆品备案编号"),
    True: ("注册证编号", "特殊化妆品注册证编号"),
}
USCC_KEY = "统一社会信用代码"
