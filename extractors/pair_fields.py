"""Field names of the name/value objects state JSON writes a parameter as, beyond html's fixed few (``key`` /
``name`` / ``attrName`` … over ``value`` / ``values`` / ``attrValue`` …).

Platforms name the two fields after what the parameter is (a property, an attribute, a spec, a field), in
camelCase, snake_case or run together: 淘宝's 2024 detail (``window.__ICE_APP_CONTEXT__``, mtop pcdetail data)
writes ``{"propertyName": "执行标准", "valueName": "GB/T 29606-2013"}`` under ``industryParamVO.basicParamList``;
others write ``attrKey``/``attrValue``, ``paramName``/``paramValue``, ``spec_name``/``spec_value``. Only both
fields together make a pair, each from these tables: a label field alone beside ``text`` (a review's ``nickName``
and ``text``) is not one, since no stem here names a person or an item.

Tables as sets, so that an object is tested against them in one C call (``isdisjoint``): state documents hold
thousands of objects, most of them no parameter.
"""

from __future__ import annotations

_STEMS = ("prop", "property", "attr", "attribute", "param", "parameter", "spec", "specification", "field", "feature")
"""What a parameter is called in the field names (not item, goods, sku, shop, user, nick: those name things)."""
_LABEL_SUFFIXES = ("name", "key", "label", "title")
_VALUE_SUFFIXES = ("value", "values", "val", "vals", "valuename", "valuetext", "valuedesc", "valuelist", "text",
                   "content")
_VALUE_OWN = ("valueName", "value_name", "valueText", "value_text", "valueDesc", "valueList", "valueNames")
"""Value fields with no stem of their own (淘宝's ``valueName`` beside ``propertyName``)."""


def _spellings(stem: str, suffix: str) -> set[str]:
    """``prop`` + ``valuename``: propValuename is not written, propValueName / prop_value_name / propvaluename are."""
    words = [suffix]
    if suffix.startswith("value") and suffix[5:] in {"name", "text", "desc", "list"}:
        words = ["value", suffix[5:]]
    camel = stem + "".join(w[:1].upper() + w[1:] for w in words)
    return {camel, camel[:1].upper() + camel[1:], "_".join([stem, *words]), stem + "".join(words)}


LABEL_FIELDS = frozenset(s for stem in _STEMS for suffix in _LABEL_SUFFIXES for s in _spellings(stem, suffix))
"""Fields that hold a parameter's label: propertyName, attr_key, ParamLabel, specname…"""
VALUE_FIELDS = frozenset(
    {s for stem in _STEMS for suffix in _VALUE_SUFFIXES for s in _spellings(stem, suffix)} | set(_VALUE_OWN)
)
"""Fields that hold its value: propertyValue, attr_val, specValueName, valueName…"""
