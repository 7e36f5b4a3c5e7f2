"""Company and shop names taken apart, and compared as entities rather than as strings.

A Chinese enterprise name is 行政区划 + 字号 + 行业 + 组织形式 (the place may also stand in brackets after the
字号: ``恒信（浙江）电器有限公司``), a branch adds its own place and ``分公司``. Pages and announcements write the
same company as ``深圳市速能电子科技有限公司``, ``深圳速能电子科技``, ``（广东）深圳市速能电子科技有限责任公司``.
So a name is split into places, core (字号 + 行业), legal form and branch, with the word lists of
``matching/data/entity_names.csv`` (each row citing its source), and two names are compared part by part:

- same core, compatible places (no two different provinces or cities), same legal form: the same entity;
- one side omits the place or the legal form, or one is a branch of the other: the same entity, lower score;
- different places (``某某（浙江）有限公司`` vs ``某某（江苏）有限公司``): different legal persons, never a match;
- otherwise a character-bigram similarity of the cores, for slips and near spellings.

Every comparison returns a score in [0, 1] and the parts that agreed, so a finding can say why it matched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from matching.csvfile import CsvFileError, Dialect, read_rows

NAMES_CSV = Path(__file__).with_name("data") / "entity_names.csv"

# Scores of the structured comparison: full agreement, then what each kind of omission costs.
SAME_KEY = 1.0
SAME_PARTS = 0.97
PLACE_OMITTED = 0.05
FORM_OMITTED = 0.03
FORM_DIFFERS = 0.10
BRANCH_OF = 0.05
FUZZY_MIN_CORE = 4
"""Cores shorter than this are too short for a bigram similarity to mean anything."""


class EntityNamesFileError(CsvFileError):
    """The entity-name word list cannot be read (message: file, line, column, value)."""


@dataclass(frozen=True, kw_only=True)
class NameRules:
    """Word lists for taking names apart (``matching/data/entity_names.csv``)."""

    legal_forms: tuple[tuple[str, str], ...]
    """(form as written, canonical form), longest first: ``有限责任公司`` -> ``有限公司``."""
    branches: tuple[str, ...]
    """Branch words: ``分公司``, ``分厂``..."""
    places: dict[str, str]
    """Place short name -> its province short name (a province maps to itself)."""
    place_suffixes: tuple[str, ...]
    """``省``, ``市``, ``自治区``..., longest first."""


_DIALECT = Dialect(
    headers={c: c for c in ("kind", "form", "canonical", "source")}, required=frozenset({"kind", "form"}), strict=True
)
_KINDS = ("legal_form", "branch", "place", "place_suffix")


def parse_name_rules(source: str | Path = NAMES_CSV) -> NameRules:
    """The word lists of an entity-names CSV; ``EntityNamesFileError`` names the first bad line and column."""
    forms: list[tuple[str, str]] = []
    branches: list[str] = []
    places: dict[str, str] = {}
    suffixes: list[str] = []
    for row in read_rows(source, dialects=(_DIALECT,), error=EntityNamesFileError):
        kind, form = row.required("kind"), row.required("form")
        if kind not in _KINDS:
            raise row.fail("kind", f"is not one of: {', '.join(_KINDS)}", value=kind)
        if kind == "legal_form":
            forms.append((form, row.text("canonical") or form))
        elif kind == "branch":
            branches.append(form)
        elif kind == "place":
            places[form] = row.text("canonical") or form
        else:
            suffixes.append(form)
    return NameRules(
        legal_forms=tuple(sorted(forms, key=lambda f: -len(f[0]))),
        branches=tuple(sorted(branches, key=len, reverse=True)),
        places=places,
        place_suffixes=tuple(sorted(suffixes, key=len, reverse=True)),
    )


@cache
def bundled_name_rules() -> NameRules:
    """The word lists shipped in ``matching/data/entity_names.csv`` (read once)."""
    return parse_name_rules(NAMES_CSV)


@dataclass(frozen=True, kw_only=True)
class NameParts:
    """One name taken apart."""

    key: str
    """The whole name without spaces, punctuation and symbols, case-folded (``normalize_entity_name``)."""
    core: str
    """字号 + 行业 (``速能电子科技``), squashed like ``key``; the whole key when nothing could be split off."""
    places: tuple[str, ...] = ()
    """Place short names found before, or in brackets inside, the name (``深圳``, ``浙江``)."""
    form: str = ""
    """Canonical legal form (``有限公司``, ``股份公司``), empty when the name gives none."""
    branch: str = ""
    """Branch part (``杭州分公司``), empty for the head office."""


@dataclass(frozen=True, kw_only=True)
class NameMatch:
    """How well two names agree."""

    score: float
    """0 (different entities) to 1 (same written name)."""
    how: tuple[str, ...]
    """What agreed or was tolerated, in Chinese, for explanations (``字号一致``, ``地名缺省``...)."""


_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "〔": "(", "〕": ")", "［": "(", "］": ")"})


def _folded(name: str) -> str:
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name).translate(_BRACKETS))
    return text.replace("(集团)", "集团")  # 某某（集团）有限公司 is 某某集团有限公司


def squash(text: str) -> str:
    """Letters and digits only (NFKC first), case-folded: the comparison key of a name or model."""
    kept = (ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch)[0] not in "PSZC")
    return "".join(kept).casefold()


def _place_at(text: str, rules: NameRules) -> tuple[str, str] | None:
    """(place short name, text consumed) for a place at the start of ``text``, longest name first."""
    for length in (4, 3, 2):
        name = text[:length]
        if name in rules.places:
            rest = text[length:]
            suffix = next((s for s in rules.place_suffixes if rest.startswith(s)), "")
            return name, name + suffix
    return None


def parse_name(name: str, rules: NameRules | None = None) -> NameParts:
    """Places, core, legal form and branch of a company or shop name (see the module docstring)."""
    rules = rules or bundled_name_rules()
    text = _folded(name)
    places: list[str] = []
    # A leading bracketed place marks the region in some announcements: "（浙江）义乌某某玩具有限公司".
    m = re.match(r"^\(([^()]{2,8})\)", text)
    if m and (found := _place_at(m[1], rules)) and found[1] == m[1]:
        places.append(found[0])
        text = text[m.end():]
    branch = ""
    for word in rules.branches:
        if text.endswith(word):
            head = text[: -len(word)]
            cut = max((head.rfind(f) + len(f) for f, _ in rules.legal_forms if f in head), default=-1)
            if 0 < cut < len(head) + 1:
                branch, text = head[cut:] + word, head[:cut]
            break
    form = ""
    for written, canonical in rules.legal_forms:
        if text.endswith(written) and len(text) > len(written):
            form, text = canonical, text[: -len(written)]
            break
    # A place in brackets inside the name stands for the leading one: "恒信（浙江）电器" == "浙江恒信电器".
    for inner in re.findall(r"\(([^()]{2,8})\)", text):
        found = _place_at(inner, rules)
        if found and found[1] == inner:
            places.append(found[0])
            text = text.replace(f"({inner})", "", 1)
    while (found := _place_at(text, rules)) and len(text) - len(found[1]) >= 2:
        places.append(found[0])
        text = text[len(found[1]):]
        # An unlisted district right after a city written with its suffix: "宁波市鄞州区佳厨电器".
        district = re.match(r"^[\u4e00-\u9fff]{2}(?:新区|区|县|镇)", text)
        if found[1] != found[0] and district and len(text) - district.end() >= 2:
            text = text[district.end():]
    core = squash(text) or squash(name)
    return NameParts(key=squash(name), core=core, places=tuple(dict.fromkeys(places)), form=form, branch=branch)


def _geography(parts: NameParts, rules: NameRules) -> tuple[set[str], set[str]]:
    """(provinces, cities) a name's places put it in."""
    provinces = {rules.places.get(p, p) for p in parts.places}
    cities = {p for p in parts.places if rules.places.get(p, p) != p}
    return provinces, cities


def places_conflict(a: NameParts, b: NameParts, rules: NameRules | None = None) -> bool:
    """Whether the names sit in different provinces or different cities (then they are different entities)."""
    rules = rules or bundled_name_rules()
    (pa, ca), (pb, cb) = _geography(a, rules), _geography(b, rules)
    return bool((pa and pb and not pa & pb) or (ca and cb and not ca & cb))


def bigrams(text: str) -> set[str]:
    """Character bigrams (a single character for one-character text)."""
    return {text[i : i + 2] for i in range(len(text) - 1)} or ({text} if text else set())


def dice(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two texts."""
    ba, bb = bigrams(a), bigrams(b)
    return 2 * len(ba & bb) / (len(ba) + len(bb)) if ba and bb else 0.0


def compare_names(a: NameParts, b: NameParts, rules: NameRules | None = None) -> NameMatch:
    """Score two taken-apart names (see the module docstring)."""
    rules = rules or bundled_name_rules()
    if a.key and a.key == b.key:
        return NameMatch(score=SAME_KEY, how=("名称一致",))
    if places_conflict(a, b, rules):
        return NameMatch(score=0.0, how=("地名不同",))
    if a.core == b.core:
        score, how = SAME_PARTS, ["字号一致"]
    elif len(a.core) >= FUZZY_MIN_CORE and len(b.core) >= FUZZY_MIN_CORE:
        similarity = dice(a.core, b.core)
        score, how = similarity * SAME_PARTS, [f"字号相近（{similarity:.2f}）"]
    else:
        return NameMatch(score=0.0, how=())
    if bool(a.places) != bool(b.places):
        score -= PLACE_OMITTED
        how.append("一方未写地名")
    if a.form and b.form and a.form != b.form:
        score -= FORM_DIFFERS
        how.append(f"组织形式不同（{a.form}/{b.form}）")
    elif bool(a.form) != bool(b.form):
        score -= FORM_OMITTED
        how.append("一方未写组织形式")
    if a.branch or b.branch:
        score -= BRANCH_OF
        how.append(f"分支机构（{a.branch or b.branch}）")
    return NameMatch(score=round(max(score, 0.0), 3), how=tuple(how))


def name_keys(parts: NameParts) -> Iterable[str]:
    """Index keys under which a name can be found cheaply: its key and its core."""
    return dict.fromkeys((parts.key, parts.core))
