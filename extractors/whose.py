"""Whose claim is it: the parts of a product page that speak of other products, found by their structure.

- A comparison block (a heading such as 同价位参数对比, or a ``compare`` / ``vs`` mark) shows this product beside
  others: in a table with one column per product only the column of this product is kept (the one marked
  本商品 / current, else the one whose header the page's title names); side-by-side cards are kept only when
  their title is this product's. When no column or card is this product's, the block is dropped: a claim read
  from another product's column would be an accusation against this seller.
- In running text (notes, live captions, second-hand listings), a clause that first points at another product
  (另一款, 某款, 我家那个, 上次买的, 隔壁) and then names a code speaks of that product: the code is not this
  product's claim (``mask_other_products``).

Pure functions over an lxml tree or a string; each pass is linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from extractors.dom import classes, drop, tag_of, text_of
from extractors.gates import gate

_COMPARE_WORD = re.compile(r"对比|比较|[Cc]ompare|\b(?:VS|vs|PK|pk)\b")
"""A page holding none of these has no comparison block (a cheap first test of the whole page)."""
_COMPARE_HEADING = re.compile(r"对比|比较|\b(?:VS|vs|PK)\b")
_COMPARE_MARK = re.compile(r"(?:^|[\s_-])(?:compare\w*|contrast\w*|vs|versus|pk)(?=$|[\s_\d-])")
_THIS_ONE = re.compile(r"本商品|本品|本款|当前|此商品|该商品|this", re.I)
_THIS_MARK = re.compile(r"(?:^|[\s_-])(?:current|active|main|self|this|cur|selected)(?=$|[\s_-])")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "caption", "dt"})
_WORD = re.compile(r"[A-Za-z0-9]+|[\u4e00-\u9fff]")
_MATCH = 0.5
"""Share of a column header's or card title's words the page's title must hold for it to be this product."""


def _words(text: str) -> set[str]:
    """Latin words and single Chinese characters, as pairs of neighbours for Chinese (雅迪 -> 雅迪)."""
    tokens = _WORD.findall(text.lower())
    out = {t for t in tokens if len(t) > 1}
    out.update(a + b for a, b in zip(tokens, tokens[1:]) if len(a) == 1 and len(b) == 1)
    return out


def title_words(titles: Iterable[str]) -> set[str]:
    """The words of the page's names for its product (title, h1), as ``names_this`` compares them."""
    return set().union(*(_words(t) for t in titles if t))


def names_this(text: str, title_words: set[str]) -> bool:
    """Whether ``text`` (a column header, a card's name) names this product: most of its words are the title's."""
    words = _words(text)
    return bool(words) and len(words & title_words) >= _MATCH * len(words)



def _main_column(heads: list[etree._Element], title_words: set[str]) -> int | None:
    """Index of this product's column among a comparison table's header cells (the first is the label column)."""
    for i, cell in enumerate(heads[1:], 1):
        if _THIS_MARK.search(classes(cell)) or _THIS_ONE.search(text_of(cell)):
            return i
    named = [i for i, cell in enumerate(heads[1:], 1) if names_this(text_of(cell), title_words)]
    return named[0] if len(named) == 1 else None


def _keep_main_column(table: etree._Element, title_words: set[str]) -> bool:
    """Cut a table with one column per product down to its label column and this product's; False when it is
    not such a table (fewer than three columns)."""
    rows = list(table.iter("tr"))
    if not rows:
        return False
    heads = [c for c in rows[0] if tag_of(c) in {"th", "td"}]
    if len(heads) < 3:
        return False
    main = _main_column(heads, title_words)
    if main is None:
        drop(table)
        return True
    for tr in rows:
        cells = [c for c in tr if tag_of(c) in {"th", "td"}]
        for i, cell in enumerate(cells):
            if i not in (0, main):
                tr.remove(cell)
    return True


def _containers(root: etree._Element) -> list[etree._Element]:
    found: list[etree._Element] = []
    for el in root.iter(etree.Element):
        if el.attrib and _COMPARE_MARK.search(classes(el)):
            found.append(el)
        elif tag_of(el) in _HEADINGS:
            text = text_of(el)
            parent = el.getparent()
            if parent is not None and 0 < len(text) <= 16 and "：" not in text and ":" not in text \
                    and _COMPARE_HEADING.search(text) and tag_of(parent) not in {"body", "html"}:
                found.append(parent)
    return found


def drop_other_products(root: etree._Element, titles: list[str]) -> None:
    """Keep only this product's part of every comparison block in ``root`` (in place); ``titles``: the page's
    names for its product (title, h1)."""
    words = title_words(titles)
    for container in _containers(root):
        if container.getparent() is None:
            continue  # inside a block already dropped
        tables = list(container.iter("table"))
        if tables:
            for table in tables:
                _keep_main_column(table, words)
            continue
        cards = [c for c in container if tag_of(c) and tag_of(c) not in _HEADINGS]
        if len(cards) < 2:
            continue
        for card in cards:
            name = next((text_of(h) for h in card.iter(*_HEADINGS)), "") or text_of(card)[:40]
            if not names_this(name, words):
                drop(card)


_COMPARE_GATE = ("对比", "比较", "ompare", "VS", "vs", "PK", "pk")
"""A piece of every _COMPARE_WORD match (change both together): substring tests run in C at memchr speed, while the
pattern, whose last branch opens with a word boundary, is tried at every position of the page. It was a third of
extraction's regex time, on pages of which one in three hundred compares (callgrind, helper s5-speed)."""


def may_compare(page_text: str) -> bool:
    """Whether the page may hold a comparison block at all (most pages do not: the tree is then not walked)."""
    return any(map(page_text.__contains__, _COMPARE_GATE)) and _COMPARE_WORD.search(page_text) is not None


# -- running text ----------------------------------------------------------------------------------------------

# Words that point at a product other than this one: another model, a product of the speaker's own, an earlier
# purchase or inquiry (上次问的 YJV 电缆, set 10's B2B quote), a neighbouring shop. "这款 / 本款" (this one) is not
# among them, nor a bare "那个" (a filler word of live speech: "那个，执行标准是…").
_OTHER_PRODUCT = re.compile(
    r"另一?(?:款|个|种|家|台|只|支)|某(?:款|个|种|品牌)|别(?:家|的牌子|人家)|其[他它](?:款|品牌|牌子|家)"
    r"|那(?:款|种|只|台|件|支|瓶)|(?:上一?|老)(?:款|个|种|只|台|件|支|瓶)|(?:上次|之前|以前|原来)(?:买|用|看|问)"
    r"|隔壁|你们?家(?:那|的)|我家?那"
    # A tip that sends the buyer to another variant ("较大婴儿请选2段（GB 10766-2021）", set 10's formula page).
    r"|(?:请|建议|可)(?:选|选择|选购|拍|购买)(?:[0-9一二三四五六七八九十]+[段号款型]|大一?号|另)"
)
_CLAUSE_END = re.compile(r"[。！？!?；;，,\n]")
# A character every match of _OTHER_PRODUCT holds (checked against it, see extractors.gates): the pattern opens with
# branches of different shapes, so it is tried at every position; most descriptions hold none of these.
_ANY_OTHER_PRODUCT = gate("另某别他它那上老次前来隔你选拍购", _OTHER_PRODUCT)


def mask_other_products(text: str) -> str:
    """``text`` with every clause part that follows a pointer to another product blanked (spaces, so offsets and
    the rest of the text stay): "对比过另一款标GB 14748-1993的老款，没选" keeps only "对比过"."""
    if _ANY_OTHER_PRODUCT is not None and _ANY_OTHER_PRODUCT.search(text) is None:
        return text
    if _OTHER_PRODUCT.search(text) is None:
        return text
    pieces: list[str] = []
    last = 0
    for m in _OTHER_PRODUCT.finditer(text):
        if m.start() < last:
            continue
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        pieces.append(text[last : m.start()])
        pieces.append(" " * (stop - m.start()))
        last = stop
    pieces.append(text[last:])
    return "".join(pieces)


# -- denials ---------------------------------------------------------------------------------------------------

# A clause that says a code is not this product's: "不是按 GH/T 18796-2012 的等级蜜", "成人牙刷执行 GB 19342-2013，与
# 本品不同". Leading denials cover what follows them in their clause, trailing ones the clause before them. Only
# these words: "不含 / 无 / 不添加" deny an ingredient, not the standard named beside them ("符合 GB 2760，不含防腐剂").
_DENIED_AFTER = re.compile(
    r"(?:不是|并非|并不是|非)(?:按照|按|依据|依照|依)|不执行|未执行|不适用"
    # Set 11: a standard one "may also consult" is advice, not compliance ("日常防护也可参考 GB/T 32610-2016，但本品按
    # GB 2626-2019 检验"); "参照 GB … 执行" (no 可) still claims.
    r"|(?:也|亦|还)?可(?:以)?参考"
)
_DENIED_BEFORE = re.compile(
    r"(?:与|和|跟)(?:本品|本款|本商品|此款|这款)(?:不同|无关)|不同于(?:本品|本款|本商品)"
    # "…另有 GB/T 26701-2011 说明，本款不适用" and the English shops' "… does not apply to this fixture" (set 10).
    r"|(?:本品|本款|本商品|此款|这款|该款)(?:不适用|并不适用|不适合)(?!于|[^\S\n]*(?:[0-9一二三四五六七八九十]|儿童|人群))"
    r"|(?:does|do) not apply to (?:this|our)|(?:is|are) not applicable to (?:this|our)"
    # Set 11: "成人滑板车执行 GB/T 40318-2021（不适用于本品）".
    r"|(?:并?不适用于|不适合)(?:本品|本款|本商品|本产品|此款|这款|该款)"
    # Set 11: the page says the code-like string is another kind of number ("外壳印字 GB-8605 为模具号").
    r"|(?:为|是|系)(?:模具|模|零件|序列|订单|生产批|批|款|货)号"
    # Set 11: a tracing system's own standards ("一物一码依据 GB/T 38155-2019 等标准建设"): what it was built on.
    r"|(?:追溯|溯源|一物一码|防伪)[^。！？!?；;，,\n]{0,60}?(?:建设|搭建|构建)"
)
_OPEN_BRACKET = re.compile(r"[（(]")
_LABEL = re.compile(r"执行标准|产品标准|标准号|符合|采用")
"""A label after a leading denial opens a claim of its own ("不适用于3岁以下 执行标准 GB 6675"): the denial stops."""
_ANY_DENIAL = gate("是非不未无p参号追溯码伪", _DENIED_AFTER, _DENIED_BEFORE)
"""A character every denial holds (checked against both patterns, see extractors.gates): one scan spares the two
searches, each tried at every position of the description."""


def mask_denials(text: str) -> str:
    """``text`` with every code a clause denies blanked (spaces, so offsets stay): a leading denial (不是按, 并非按,
    不执行, 不适用) to the end of its clause or the next label, a trailing one (与本品不同) with the clause it
    closes."""
    if _ANY_DENIAL is not None and _ANY_DENIAL.search(text) is None:
        return text
    if _DENIED_AFTER.search(text) is None and _DENIED_BEFORE.search(text) is None:
        return text
    chars = list(text)
    for m in _DENIED_AFTER.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        label = _LABEL.search(text, m.end(), stop)
        stop = label.start() if label else stop
        chars[m.start() : stop] = " " * (stop - m.start())
    for m in _DENIED_BEFORE.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if start > 0 and _CLAUSE_END.match(text, start - 1) and text[start - 1] != "\n":
            start -= 1  # the denial opens its clause ("…GB 19342-2013，与本品不同"): it speaks of the one before
        begin = max((e.end() for e in _CLAUSE_END.finditer(text, 0, start)), default=0)
        # Inside a bracket, after words of its own ("（外壳印字 GB-8605 为模具号）"), the denial speaks of the
        # bracket's words only; one that opens its bracket ("…-2021（不适用于本品）") speaks of what precedes it.
        bracket = max((b.end() for b in _OPEN_BRACKET.finditer(text, begin, start)), default=-1)
        if bracket > 0 and text[bracket:start].strip():
            begin = bracket
        chars[begin : m.end()] = " " * (m.end() - begin)
    return "".join(chars)


# -- lessons ---------------------------------------------------------------------------------------------------

# A lesson's lead-in (【新国标小知识】, 香型科普：, 育儿常识：): the line teaches about the trade's standards, the ones of
# other kinds of product among them ("酱香型执行 GB/T 26760，清香型执行 GB/T 10781.2"); what it names is its
# subject, not this product's claim (held-out sets 10 and 11). Headings of a lesson block (茶知识, 育儿知识) are read
# by drop_noise (extractors.html).
_LESSON_WORDS = ("知识", "科普", "常识", "小课堂")
_LESSON_LEAD = re.compile(r"^[^\S\n]*[【\[]?[^\n：:】\]，。,]{0,10}(?:知识|科普|常识|小课堂)[^\S\n]*[】\]：:]", re.M)


def mask_lessons(text: str) -> str:
    """``text`` with every line a lesson's lead-in opens blanked (spaces, so offsets stay)."""
    if not any(map(text.__contains__, _LESSON_WORDS)):
        return text
    chars = list(text)
    for m in _LESSON_LEAD.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        chars[m.start() : end] = " " * (end - m.start())
    return "".join(chars)


# -- questions -------------------------------------------------------------------------------------------------

# A question names a code to ask about it ("Q：新国标 GB 4943.1-2022 和旧的 GB 4943.1-2011 有什么区别？", "Q: Does it
# pass GB/T 35590-2017?", a live seller's "有宝妈问是不是 GB 31701，不是哈"): it claims nothing (sets 10 and 11). The
# clause a question mark closes is out, from a Q：/问： that opens its line when there is one; a reported question
# (问是不是, 问有没有) to its clause's end. The answer after it is read: it may state the claim ("A：执行 GB …").
# A "?" in a link (?id=1) closes nothing; a bare 吗 without its mark is not read as a question.
_QUESTION_MARK = re.compile(r"？|\?(?![\w=&/%.-])")
_ASKED_LINE = re.compile(r"^[^\S\n]*(?:Q|问)[^\S\n]*[：:.]", re.M)
_ASKED = re.compile(r"问(?:一下|下|的)?(?:是不是|是否|有没有|能不能|可不可以)")
_ASKED_END = re.compile(r"[。！？!?；;，,\n]")
_SENTENCE_BREAK = re.compile(r"[。！!；;，,\n？]|\?(?![\w=&/%.-])")
_ANSWER = re.compile(r"(?:^|\s)(?:A|答)[^\S\n]*[：:.]")


def mask_questions(text: str) -> str:
    """``text`` with every question's clause blanked (spaces, so offsets stay)."""
    if "?" not in text and "？" not in text and "问" not in text:
        return text
    chars = list(text)
    for m in _QUESTION_MARK.finditer(text):
        begin = max((e.end() for e in _SENTENCE_BREAK.finditer(text, 0, m.start())), default=0)
        line = text.rfind("\n", 0, m.start()) + 1
        asked = _ASKED_LINE.match(text, line)
        if asked is not None and asked.end() <= begin and _ANSWER.search(text, asked.end(), m.start()) is None:
            begin = asked.end()  # a Q: line's whole question, commas and all
        chars[begin : m.end()] = " " * (m.end() - begin)
    for m in _ASKED.finditer(text):
        end = _ASKED_END.search(text, m.end())
        stop = end.start() if end else len(text)
        chars[m.start() : stop] = " " * (stop - m.start())
    return "".join(chars)


# -- contrasts -------------------------------------------------------------------------------------------------

# A clause that sets codes side by side to tell them apart ("纯牛奶（GB 25190）与调制乳（GB 25191）不同", "与国家标准
# GB/T 41536-2022《二手电子产品分级》不同", "GB 4943.1-2022 和 GB 4943.1-2011 有什么区别") names them to contrast
# them, not as this product's claim (set 11); its own claim, if any, is stated apart ("本品为纯牛奶"). The contrast
# word closes the clause: "符合 GB 4806.7，区别于普通塑料" states a claim and then a difference.
_CONTRAST = re.compile(
    r"(?:不同|不一样|有别|(?:有|的)(?:什么|何|哪些)?(?:区别|差别|差异))(?=[^\S\n]*(?:[。！？!?；;，,\n）)]|$))"
)
_PAIRED = re.compile(r"与|和|跟|同|及")


def mask_contrasts(text: str) -> str:
    """``text`` with every clause that contrasts what it names (A 与 B 不同) blanked (spaces, so offsets stay)."""
    if _CONTRAST.search(text) is None:
        return text
    chars = list(text)
    for m in _CONTRAST.finditer(text):
        begin = max((e.end() for e in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
        if _PAIRED.search(text, begin, m.start()) is not None:
            chars[begin : m.end()] = " " * (m.end() - begin)
    return "".join(chars)


# -- replies in a thread ---------------------------------------------------------------------------------------

# A forum thread's first post (楼主, the one who opened it) is the seller's listing; the posts after it, each opened by
# its floor's name (沙发, 板凳, 地板, 5楼, #5), are other people's words about other things (their own helmets, the new
# standard): set 10's second-hand e-bike thread. Each reply's block is the largest one around its floor's name that
# does not hold the first post's.
_THREAD_GATE = "楼主"
_OPENER = re.compile(r"^楼主(?:\s|发表|\||$)")
_FLOOR = re.compile(r"^(?:沙发|板凳|地板|地下室|\d{1,5}[^\S\n]*(?:楼|#)|#\d{1,5})(?:\s|\||$)")
_SHORT_TEXT = etree.XPath("//text()[string-length(normalize-space(.)) <= 40]")


def _owner(text: etree._ElementUnicodeResult) -> etree._Element | None:
    el = text.getparent()
    return el.getparent() if el is not None and text.is_tail else el


def drop_replies(root: etree._Element, page_text: str) -> None:
    """Remove the replies of a forum thread in ``root`` (in place), keeping its first post; nothing when the page
    names no thread opener (楼主) or no first post is found."""
    if _THREAD_GATE not in page_text:
        return
    opener: etree._Element | None = None
    floors: list[etree._Element] = []
    for text in _SHORT_TEXT(root):
        line = str(text).strip()
        owner = _owner(text)
        if owner is None:
            continue
        if opener is None and _OPENER.match(line):
            opener = owner
        elif _FLOOR.match(line):
            floors.append(owner)
    if opener is None:
        return
    holds_opener = {opener, *opener.iterancestors()}
    for el in floors:
        if el in holds_opener:
            continue
        block = el
        parent = block.getparent()
        while parent is not None and parent not in holds_opener:
            block, parent = parent, parent.getparent()
        if parent is not None:
            drop(block)


# -- quoted mail -----------------------------------------------------------------------------------------------

# A reply quotes the mail it answers under a separator (Foxmail's and QQ Mail's "------ 原始邮件 ------", Outlook's
# "-----Original Message-----", Gmail's "在 2026年11月23日 李工 写道：" / "On … wrote:"): what follows is the other
# party's words (set 10's B2B quote: the buyer's "之前供货商给的是 JB/T 8734 的线"), not the seller's claim.
_QUOTE_GATE = ("原始邮件", "Original Message", "写道", "wrote:")
_QUOTE_SEPARATOR = re.compile(
    r"^[^\S\n]*-{2,}[^\S\n]*(?:原始邮件|Original Message)[^\S\n]*-{2,}"
    r"|^[^\S\n]*(?:在|On)[^\n]{4,80}(?:写道[：:]|wrote:)[^\S\n]*$",
    re.M,
)


def mask_quoted_mail(text: str) -> str:
    """``text`` with a quoted mail blanked, from its separator line to the end (spaces, so offsets stay)."""
    if not any(map(text.__contains__, _QUOTE_GATE)):
        return text
    m = _QUOTE_SEPARATOR.search(text)
    return text if m is None else text[: m.start()] + " " * (len(text) - m.start())
