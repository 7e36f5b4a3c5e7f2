"""Editions a text names as history: the one a product used to follow, one replaced or withdrawn.

"原执行 GB 16410-2007，已由新版替代", "执行 GB 18401-2010（代替 GB 18401-2003）", "老标准 GB 2099.3-2008 已作废",
"没写 GB 18401-2003 那种老标准了": the code is named to say it is *not* the one in force for this product, so it
is not a claim. The words below are the ones Chinese standards and listings use for replacement (a standard's
foreword says "本标准代替 GB xxx"; listings say 原执行 / 旧版 / 已作废); held-out set 10 (issue 5) showed them.
"""

from __future__ import annotations

import re

from extractors.gates import gate

# Words before a code that make it the former edition: it, and the codes listed with it, up to the clause's end,
# a closing bracket, or a word that names the edition in force. 原按 / 原先依据 (set 11's e-bike dealer: "本车型原按
# GB 17761-2018 生产") say what it was made to before; 还原按摩 only holds the two characters.
_FORMER_BEFORE = re.compile(
    r"原执行|原来执行|以前执行|之前执行|原标准|原(?:来|先)?(?:按照?|依据|采用)(?!摩|键|钮|压)|(?:旧|老)(?:版|国标|标准)|(?<![不未])(?:代替|替代|取代)(?:了|的是)?"
    r"|已(?:作废|废止)的"
)
_FORMER_STOP = re.compile(r"[。！？!?；;，,\n）)]|现执行|现行|新版|新标准|执行标准|产品标准")
# Words after a code, in its clause, that make it history: the clause before them is blanked ("被/由 X 替代": only
# up to 被 / 由, X being the edition that replaced it).
_FORMER_AFTER = re.compile(
    r"已(?:作废|废止|替代|代替|取代|淘汰|被(?:作废|废止|替代|代替|取代|淘汰))"
    r"|(?P<by>已被|被|由)[^，。；;,\n]{0,24}?(?:替代|代替|取代)|停止(?:执行|使用)|不再(?:执行|使用)"
    r"|(?:那种|这种|那个|的)(?:老|旧)(?:标准|版本?|国标)"
)
_CLAUSE_END = re.compile(r"[。！？!?；;，,\n（(]")
# A character every match of _FORMER_BEFORE or _FORMER_AFTER holds (extractors.gates checks it against them): most
# texts hold none, and one scan for a class of single characters costs less than the first of those two searches,
# whose middle branch opens with a look-behind and so is tried at every position (mask_history runs on every source
# of every page).
_ANY_FORMER = gate("原前旧老代废淘停再", _FORMER_BEFORE, _FORMER_AFTER)


def mask_history(text: str) -> str:
    """``text`` with every code it names as a former edition blanked (spaces, so offsets and the rest stay)."""
    if _ANY_FORMER is not None and _ANY_FORMER.search(text) is None:
        return text
    before = _FORMER_BEFORE.search(text)
    after = _FORMER_AFTER.search(text)
    if before is None and after is None:
        return text
    chars = list(text)
    for m in _FORMER_BEFORE.finditer(text, before.start() if before else len(text)):
        stop = _FORMER_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        chars[m.start() : end] = " " * (end - m.start())
    for m in _FORMER_AFTER.finditer(text, after.start() if after else len(text)):
        begin = max((e.end() for e in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
        end = m.start("by") if m["by"] else m.end()
        chars[begin:end] = " " * (end - begin)
    return "".join(chars)
