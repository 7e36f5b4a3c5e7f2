"""Whose a claim is: error classes held-out sets 10 and 11 showed (issue 5, session 6), each fixed by a general
rule; every rule has rows where it must not fire (a true claim in a similar shape stays). The snippets are small
and made up in the shapes the sets saw; none is a set-10 or set-11 page.
"""

from __future__ import annotations

import pytest

from extractors import extract_page

URL = "http://127.0.0.1/item/1.html"


def _page(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'><title>商品</title></head><body>{body}</body></html>".encode()


def _claims(body: str) -> set[str]:
    return {c.value for c in extract_page(_page(body), URL).claims}


def _usccs(body: str) -> set[str]:
    return {c.value for c in extract_page(_page(body), URL).claims if str(c.cert_type) == "uscc"}


# -- a credit code is the business's whose role its label, or the nearest label before it, names ------------------

MAKER = "91320583MA1N7QX2X7"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The maker's: named in the code's own label, or by the nearest role label before it (the demo
        # marketplace's 生产企业 / 厂址 / 统一社会信用代码 parameter lines), or no role named at all.
        (f"<ul><li>生产企业统一社会信用代码：{MAKER}</li></ul>", {MAKER}),
        (f"<ul><li>生产企业：某某食品有限公司</li><li>厂址：某某市某某路1号</li><li>统一社会信用代码：{MAKER}</li></ul>",
         {MAKER}),
        (f"<ul><li>制造商：某某电器有限公司</li><li>企业地址：某某市经营路8号</li><li>统一社会信用代码：{MAKER}</li></ul>",
         {MAKER}),
        (f"<table><tr><th>委托方</th><td>某某贸易有限公司</td></tr><tr><th>统一社会信用代码</th><td>{MAKER}</td></tr>"
         "</table>", {MAKER}),
        (f"<ul><li>品牌：某某</li><li>统一社会信用代码：{MAKER}</li></ul>", {MAKER}),
        (f"<p>企业信息</p><p>企业名称：某某蜂业有限公司</p><p>统一社会信用代码：{MAKER}</p>", {MAKER}),
        (f"<p>生产商：某某纸业有限公司 | 生产商统一社会信用代码：{MAKER} | 产地：福建</p>", {MAKER}),
        # Not the product's: an importer's (its own label, or the importer's lines before it), a distributor's.
        (f"<p>进口商：某某贸易有限公司</p><p>进口商地址：上海市某路1号</p><p>进口商统一社会信用代码：{MAKER}</p>", set()),
        (f"<p>进口商：某某贸易有限公司</p><p>进口商地址：上海市某路1号</p><p>统一社会信用代码：{MAKER}</p>", set()),
        (f"<p>经销商：某某商贸有限公司</p><p>统一社会信用代码：{MAKER}</p>", set()),
        # Not the product's: a stall's box (a maker's word inside its name, …袜厂, is no role), a book shop's.
        (f"<div>商铺：某某街道某某袜厂（个体工商户）<br>营业执照：{MAKER}<br>电话：0579-1234567</div>", set()),
        (f"<div><p>某某书屋</p><p>出版物经营许可证：新出发京零字第东1900号</p><p>营业执照：{MAKER} 联系电话：010-1</p></div>",
         set()),
        # Not the product's: an e-mail signature (a company's name alone on its line, a "--" line, a job title).
        (f"<pre>执行标准：GB/T 5023.3-2008\n--\n张某 销售经理\n某某线缆（苏州）有限公司\n统一社会信用代码：{MAKER}\n</pre>",
         set()),
        (f"<pre>谢谢！\n--\n统一社会信用代码：{MAKER}\n</pre>", set()),
    ],
)
def test_a_credit_code_is_the_business_s_its_role_label_names(body: str, expected: set[str]) -> None:
    assert _usccs(body) == expected


# -- a lesson (育儿知识, 【小知识】, 科普：) names the trade's standards as its subject -----------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A lesson block under its heading, a lesson's inline lead-in, a picture's lesson.
        ("<p>执行标准：GB 27887-2011</p><div><h3>育儿知识</h3><p>2024年起新版 GB 27887-2024 将逐步实施。</p></div>",
         {"GB 27887-2011"}),
        ("<p>执行标准：GB/T 13738.2-2017</p><div><h4>茶知识</h4><p>红茶标准有 GB/T 13738.1、GB/T 13738.3。</p></div>",
         {"GB/T 13738.2-2017"}),
        ("<p>执行标准：GB 2099.7-2015</p><p>【新国标小知识】转换器执行 GB 2099.3-2015。</p>", {"GB 2099.7-2015"}),
        ("<p>产品标准号：GB/T 10781.1-2021</p><img src='a.jpg' alt='香型科普：酱香型执行GB/T 26760-2011'>",
         {"GB/T 10781.1-2021"}),
        # Not fired: the product's own line after a lesson's line, a claim in a line that only mentions 知识.
        ("<p>【小知识】转换器执行 GB 2099.3-2015。</p><p>本品执行标准：GB 2099.7-2015</p>", {"GB 2099.7-2015"}),
        ("<p>知识产权归本公司所有，本品执行 GB/T 22864-2009。</p>", {"GB/T 22864-2009"}),
        ("<div><h3>产品参数</h3><p>执行标准：GB 18401-2010</p></div>", {"GB 18401-2010"}),
    ],
)
def test_a_lesson_names_standards_as_its_subject(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected


# -- a question names a code to ask about it ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>安全标准：GB 4943.1-2022</p><p>Q：新版GB 4943.1-2022和旧的GB 4943.1-2011有什么区别？A：新版已实施。</p>",
         {"GB 4943.1-2022"}),
        ("<p>Q: Does it pass GB/T 35590-2017? A: Please request the test report.</p>", set()),
        ("<p>问：是否符合 GB 19083-2010，能进手术室吗？答：不能。</p>", set()),
        ("<p>有宝妈问是不是 GB 31701，不是哈，这款是成人毛巾。执行标准 GB/T 22864-2009。</p>", {"GB/T 22864-2009"}),
        # Not fired: the answer's claim, a claim after a rhetorical question, a code beside a link's "?", a bare 吗.
        ("<p>Q：执行什么标准？A：执行 GB/T 22864-2009。</p>", {"GB/T 22864-2009"}),
        ("<p>还在担心甲醛吗？本品符合 GB 18580-2017，E0级。</p>", {"GB 18580-2017"}),
        ("<p>详见 http://127.0.0.1/a?id=1 执行标准 GB 18401-2010</p>", {"GB 18401-2010"}),
        ("<p>问题反馈请联系客服，执行标准 GB 18401-2010。</p>", {"GB 18401-2010"}),
    ],
)
def test_a_question_claims_nothing(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected


# -- a contrast (A 与 B 不同) names codes to tell them apart -----------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>产品标准号：GB 25190-2010</p><p>纯牛奶（GB 25190）与调制乳（GB 25191）不同，调制乳可添加其他原料。</p>",
         {"GB 25190-2010"}),
        ("<p>质检依据平台自有标准，与国家标准GB/T 41536-2022《二手电子产品分级》不同，仅作参考。</p>", set()),
        ("<p>GB 4943.1-2022 和 GB 4943.1-2011 有什么区别</p>", set()),
        # Not fired: a claim and then a difference, a contrast in a clause of its own, a list of claims.
        ("<p>符合 GB 4806.7-2016 和 GB 4806.9-2023，区别于普通塑料杯。</p>", {"GB 4806.7-2016", "GB 4806.9-2023"}),
        ("<p>执行标准 GB/T 22864-2009，与普通毛巾不同。</p>", {"GB/T 22864-2009"}),
        ("<p>执行 GB 18401-2010 和 FZ/T 73001-2016。</p>", {"GB 18401-2010", "FZ/T 73001-2016"}),
    ],
)
def test_a_contrast_names_codes_to_tell_them_apart(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected


# -- the same shop's other items, other suppliers' like items -------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>执行标准：GB/T 20808-2022</p><section><h2>同店好货</h2><div><p>湿巾</p><p>GB/T 27728.1-2024 ¥19.9</p></div>"
         "<div><p>厨房纸</p><p>GB/T 26174-2010 ¥12.9</p></div></section>", {"GB/T 20808-2022"}),
        ("<p>执行标准：GB/T 5023.3-2008</p><div><h3>其他供应商的同类产品</h3><p>YJV 电缆 — GB/T 12706.1-2020</p>"
         "<p>RVV 护套线 — GB/T 5023.5-2008</p></div>", {"GB/T 5023.3-2008"}),
        ("<table><tr><td>1</td><td>内墙漆</td><td>GB 18582-2020</td><td>628</td></tr>"
         "<tr><td colspan='4'>以下为同店其他产品参考价：</td></tr>"
         "<tr><td>2</td><td>外墙漆</td><td>GB/T 9755-2014</td><td>560</td></tr>"
         "<tr><td>3</td><td>木器漆</td><td>GB 18581-2020</td><td>320</td></tr></table>", {"GB 18582-2020"}),
        # Not fired: "以下" leading the product's own lines, a lead-in to other items without it (only its line).
        ("<div><p>以下为本品参数：</p><p>执行标准：GB 18401-2010</p></div>", {"GB 18401-2010"}),
        ("<div><p>同店其他产品见店铺首页。</p><p>执行标准：GB 18401-2010</p></div>", {"GB 18401-2010"}),
        ("<div><h3>商品详情</h3><p>执行标准：GB 18401-2010</p></div>", {"GB 18401-2010"}),
    ],
)
def test_the_same_shop_s_and_other_suppliers_items_are_not_this_product(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected


# -- a forum thread: only its first post is the seller's ------------------------------------------------------------

_THREAD = (
    "<div id='posts'>"
    "<table id='post_1'><tr><td><b>老李</b></td><td><div>楼主 发表于 2026-11-19</div>"
    "<div>出自用电动车，铭牌：执行标准 GB 17761-2018，CCC证书号 2019011119137702</div></td></tr></table>"
    "<table id='post_2'><tr><td><b>小王</b></td><td><div>沙发 2026-11-19</div>"
    "<div>新国标 GB 17761-2024 明年执行了</div></td></tr></table>"
    "<table id='post_3'><tr><td><b>西瓜</b></td><td><div>3楼 2026-11-20</div>"
    "<div>我那顶头盔是GB 811-2022的，3C 2023011122460033</div></td></tr></table>"
    "</div>"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_THREAD, {"GB 17761-2018", "2019011119137702"}),
        # Tieba's shape: floors as "#2" in a list of posts.
        ("<ul><li><span>楼主</span><p>转让儿童座椅，执行标准 GB 27887-2011</p></li>"
         "<li><span>#2</span><p>我家的是 GB 27887-2024 的</p></li></ul>", {"GB 27887-2011"}),
        # Not fired: a page naming 楼主 with no floors, a page with a floor's word and no opener.
        ("<div><p>楼主 自用闲置</p><p>执行标准 GB 18401-2010</p></div><div><p>另有 GB 31701-2015 款</p></div>",
         {"GB 18401-2010", "GB 31701-2015"}),
        ("<div><p>沙发 三人位</p><p>执行标准 QB/T 1952.1-2012</p></div>", {"QB/T 1952.1-2012"}),
    ],
)
def test_the_replies_of_a_thread_are_not_the_seller_s(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected


# -- a quoted mail is the other party's; an earlier inquiry points at another product ------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<pre>产品执行标准：GB/T 5023.3-2008\n------------------ 原始邮件 ------------------\n"
         "发件人：李工\n之前供货商给的是 JB/T 8734 的线，这次不要。</pre>", {"GB/T 5023.3-2008"}),
        ("<pre>Standard: GB 31241-2022\n-----Original Message-----\nFrom: buyer\nOld one was GB/T 35590-2017</pre>",
         {"GB 31241-2022"}),
        ("<pre>执行标准 GB 4706.1-2005\n在 2026年11月23日 16:05，李工 写道：\n要 GB 4706.19-2008 的</pre>",
         {"GB 4706.1-2005"}),
        ("<p>另：您上次问的YJV电缆（GB/T 12706.1-2020），不在本次报价内。执行标准 GB/T 5023.3-2008。</p>",
         {"GB/T 5023.3-2008"}),
        # Not fired: a line that only mentions mail, a dash rule without a quote's words, the seller's own 问题.
        ("<pre>执行标准 GB/T 5023.3-2008\n邮件咨询：sales@example.com\n--------------\nCCC 证书 2020010105283391</pre>",
         {"GB/T 5023.3-2008", "2020010105283391"}),
        ("<p>有问题随时联系，执行标准 GB/T 5023.3-2008。</p>", {"GB/T 5023.3-2008"}),
    ],
)
def test_a_quoted_mail_and_an_earlier_inquiry_are_not_this_product(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected


# -- the page says the code is not this product's: not for it, advice, another kind of number, a system's ---------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>检验依据 GB 6675.1-2014。注：成人滑板车执行 GB/T 40318-2021（不适用于本品）。</p>", {"GB 6675.1-2014"}),
        ("<p>日常防护也可参考 GB/T 32610-2016，但本品按 GB 2626-2019 检验。</p>", {"GB 2626-2019"}),
        ("<p>【型号】LZ-86U5（外壳印字 GB-8605 为模具号）</p><p>【执行标准】GB/T 2099.1-2021</p>", {"GB/T 2099.1-2021"}),
        ("<p>一物一码依据 GB/T 38155-2019《重要产品追溯 追溯术语》等标准建设，扫码结果仅供参考。</p>", set()),
        # Not fired: a claim before the bracket of another number, 参照…执行 (no 可), a range the product is not for.
        ("<p>执行标准 GB/T 2099.1-2021（外壳印字 GB-8605 为模具号）</p>", {"GB/T 2099.1-2021"}),
        ("<p>参照 GB/T 32610-2016 执行。</p>", {"GB/T 32610-2016"}),
        ("<p>执行标准 GB 6675.1-2014，本品不适用于3岁以下儿童。</p>", {"GB 6675.1-2014"}),
        ("<p>本品符合 GB 4806.7-2016，订单号请见短信。</p>", {"GB 4806.7-2016"}),
    ],
)
def test_a_code_the_page_says_is_not_this_product_s_is_no_claim(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected


# -- an edition the product was formerly made to (原按 …) -----------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>执行标准 GB 17761-2024。本车型原按 GB 17761-2018 生产，已全部替代为新标准车型。</p>", {"GB 17761-2024"}),
        ("<p>原先依据 GB/T 2099.1-2008，现执行 GB/T 2099.1-2021。</p>", {"GB/T 2099.1-2021"}),
        # Not fired: 按 alone, 还原按摩 (a word that only holds 原按).
        ("<p>按 GB 17761-2024 生产。</p>", {"GB 17761-2024"}),
        ("<p>还原按摩手法，执行标准 GB 4706.10-2008。</p>", {"GB 4706.10-2008"}),
    ],
)
def test_an_edition_formerly_followed_is_no_claim(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected


# -- a tip that sends the buyer to another variant ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<table><tr><th>产品标准代号</th><td>GB 10765-2021</td></tr></table>"
         "<p>小贴士：1段适用于0-6月龄，较大婴儿请选2段（GB 10766-2021 较大婴儿配方食品）。</p>", {"GB 10765-2021"}),
        ("<p>执行标准 GB 31701-2015。身高超过150cm建议选大一号（成人款执行 FZ/T 73020-2019）。</p>", {"GB 31701-2015"}),
        # Not fired: advice to choose without another variant, a tip whose own claim follows the pointer's clause.
        ("<p>请选择尺码，执行标准 GB 31701-2015。</p>", {"GB 31701-2015"}),
        ("<p>小贴士：较大婴儿请选2段。本品执行 GB 10765-2021。</p>", {"GB 10765-2021"}),
    ],
)
def test_a_tip_that_sends_the_buyer_to_another_variant_is_not_this_product(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected
