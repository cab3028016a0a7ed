"""Event dates from news-style date expressions, resolved against the publication date.

Regex first, ``datetime`` arithmetic for every computation; ``dateparser`` is not used
(it resolves "this Tuesday" forward and misreads "and we"/"a night" as dates, and every
explicit form below is fully parsed by the patterns and validated by ``datetime.date``).

Conventions (publication 2024-01-25, a Thursday):

* A bare weekday, "on"/"this" weekday: the most recent one on or before publication
  ("this Tuesday" -> 2024-01-23, "on Thursday" -> 2024-01-25); with ``future=True`` the
  next one on or after publication. "last"/"the past" weekday: strictly before;
  "next"/"coming" weekday: strictly after. "since Monday" -> 2024-01-22, kind ``since``.
* Month names without a year: a month after the publication month means last year
  (a January article's "December" is the previous December); with ``future=True`` a month
  before the publication month means next year; the publication month is this year.
  "last October": the most recent October strictly before the publication month.
  "early/mid/late/the beginning of January": month precision.
* Counted offsets are day precision: "yesterday", "two days ago", "three weeks ago"
  (21 days), "last night" (the day before), "today"/"tonight"/"this morning"/"hours ago"
  (publication day). "N months ago" is month precision, "N years ago" year precision.
* Vague offsets are month precision: "days ago"/"a few days ago"/"in recent days" -> the
  month of publication minus 3 days; "weeks ago" -> minus 14 days. "months ago" -> year
  precision of publication minus 90 days. "years ago" is skipped.
* Weeks are month precision (a week is not a day and the gold format has no week):
  "last week" -> month of publication minus 7 days, "this week"/"earlier this week" ->
  month of the middle of the week so far, "next week" -> month of publication plus 7 days.
  "the weekend"/"last weekend" -> its Saturday, day precision (documented approximation).
* "last/this/next month" -> month; "last/this/next year", "late last year" -> year.
* Explicit: ISO "2024-01-23"; "23/01/2024" and "23.01.2024" are day-first unless that is
  impossible; "January 23, 2024", "23 January 2024", "Jan. 23", "January 2024".
  Years need a licensing word ("in 2009", "since 2009", "until 2009", "early 2024") or
  parentheses; bare numbers are never years.
* Ranges "(2007-2017)", "from 2007 to 2017", "between Monday and Wednesday": one expression,
  kind ``range-start``, valued at the start. Decades ("the 1990s"): ``range-start``,
  year precision, the decade's first year.
* Not resolved (relative to another event, not to publication): "the day before",
  "the next day", "two days after ...", "two days later".

Kinds: ``point`` (named days, months, years, today), ``since``/``until`` (from the
preposition before the expression; "from X" is ``since``, "by"/"before" are ``until``),
``range-start``, ``relative-past``/``relative-future`` (offsets from publication).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from killdeer.types import DateResolution

__all__ = ["DateExpr", "find_date_expressions", "resolve_event_date"]


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression found in a text, resolved against the publication date."""

    start: int  # character offsets into the text given
    end: int
    text: str
    value: str  # YYYY-MM-DD / YYYY-MM / YYYY
    precision: str  # day / month / year
    kind: str  # point | since | until | range-start | relative-past | relative-future


# --------------------------------------------------------------------------- vocabulary

_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = frozenset(list(_MONTHS)[:12])
_AMBIGUOUS_MONTHS = frozenset({"march", "may", "april", "june", "august"})  # verbs and names
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_YEAR = r"(?:1[89]|20)\d\d"
_PART_OF_DAY = r"(?:night|morning|afternoon|evening|midday|noon|dawn)"
_COUNT = (
    r"(?:\d{1,3}|a\s+few|a\s+couple(?:\s+of)?|couple\s+of|few|several|some|many|"
    + "|".join(sorted(_NUMBERS, key=len, reverse=True))
    + ")"
)

# --------------------------------------------------------------------------- patterns

_ISO_RE = re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_NUMERIC_RE = re.compile(rf"\b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{_YEAR})(?![\d.]\d)")
_MONTH_RE = re.compile(
    rf"(?:(?P<wd>{_WD})\s*,?\s+)?"
    r"(?:(?P<mod>(?i:this\s+past|last|next|this|past|coming|early|late|mid|"
    r"(?:early|late|earlier|later)\s+in|(?:the\s+)?(?:beginning|start|end|middle)\s+of))[\s-]+)?"
    r"(?:(?:the\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"\b(?P<mon>{_MON})(?![A-Za-z])"
    r"(?:\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]))?"
    rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR})(?!\d)|\s+(?:of\s+)?(?P<yrel>(?i:this|last|next))\s+year\b)?"
)
_WEEKDAY_RE = re.compile(
    rf"(?:(?P<tod>(?i:(?:the\s+)?(?:early\s+hours|{_PART_OF_DAY})\s+of\s+))|(?P<edge>(?i:late|early)\s+(?:on\s+)?))?"
    r"(?P<mod>(?i:this\s+past|the\s+past|the\s+coming|the\s+previous|this|last|next|past|coming|previous)\s+)?"
    rf"\b(?P<wd>{_WD})(?![A-Za-z])"
    rf"(?:\s+{_PART_OF_DAY}\b|\s+(?:in|at|during)\s+the\s+{_PART_OF_DAY}\b|\s+at\s+(?:night|dawn|noon|midnight)\b)?"
)
_NAMED_DAY_RE = re.compile(r"(?:Good|Black|Ash|Holy|Super|Bloody|Easter|Palm|Maundy|Cyber|Giving)\s+$")
_THE_RE = re.compile(r"\b[Tt]he\s+$")
_TITLE_NEXT_RE = re.compile(r"\s+[A-Z][a-z]")
_AGO_RE = re.compile(
    rf"\b(?:(?P<n>{_COUNT})\s+)?(?P<unit>minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b", re.I
)
_DAY_WORD_RE = re.compile(
    r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|(?:(?:early|late|earlier|later)\s+)?(?P<w>yesterday|today|tonight|tomorrow)"
    rf"(?:\s+{_PART_OF_DAY})?|last\s+night|this\s+(?:morning|afternoon|evening))\b",
    re.I,
)
_UNIT_RE = re.compile(
    r"\b(?:(?P<pre>earlier|later|early|late|(?:at\s+)?the\s+(?:beginning|start|end|middle)\s+of)\s+)?"
    r"(?P<rel>this\s+past|this|last|next|the\s+coming|coming)\s+(?P<unit>week|weekend|month|year)\b"
    r"|\b(?:over|during|at|on)\s+the\s+weekend\b",
    re.I,
)
_RECENT_RE = re.compile(
    r"\bin\s+(?:recent\s+(?P<u1>days|weeks)|the\s+(?:past|last)\s+(?:few|several)\s+(?P<u2>days|weeks))\b",
    re.I,
)
_YEAR_RANGE_RE = re.compile(
    rf"\b(?P<y1>{_YEAR})\s*[-–—]\s*(?P<y2>{_YEAR})(?![\d,.]\d)"
    rf"|\b(?i:from|between)\s+(?P<f1>{_YEAR})\s+(?i:to|and|until|through)\s+(?P<f2>{_YEAR})(?![\d,.]\d)"
)
_DECADE_RE = re.compile(r"\b(?:(?i:the)\s+)?(?:(?i:early|late|mid)[\s-]+)?(?P<y>(?:1[89]|20)\d0)['’]?s\b")
_YEAR_CTX_RE = re.compile(
    r"\b(?P<prep>(?i:in\s+(?:early|late|mid)|in|since|until|till|by|during|from|through|before|after"
    r"|early|late|mid|(?:the\s+)?(?:beginning|start|end|middle)\s+of))[\s-]+"
    rf"(?P<y>{_YEAR})(?![\d,.]\d|\s*%|\s*(?i:percent|per\s+cent))"
    rf"|\((?P<py>{_YEAR})\)"
)
_PREFIX_RE = re.compile(
    r"\b(?P<w>since|until|till|up\s+to|through|by|before|after|from|between|on|in|at|during|of|for)\s+$", re.I
)
_JOINER_RE = re.compile(r"\s*(?:-|–|—|\s(?:to|until|till|through|and)\s)\s*$", re.I)
_CLAUSE_BREAK_RE = re.compile(
    r"[;:](?=\s)|\s[-–—]\s|[“”\"()]"
    r"|,\s+(?=(?:and|but|while|whereas|which|who|whom|whose|where|as|although|though|because|so|or|yet)\b)"
)
_WORD_RE = re.compile(r"\w+")

_PREFIX_KIND = {
    "since": "since", "from": "since", "after": "since",
    "until": "until", "till": "until", "up to": "until", "through": "until", "by": "until", "before": "until",
}  # fmt: skip
_WEAK_KINDS = ("until", "range-start")

# A value with its precision and kind, or None when the match is not a date.
_Resolved = tuple[str, str, str] | None


# --------------------------------------------------------------------------- arithmetic


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _weekday_date(pub: dt.date, weekday: int, direction: str) -> dt.date:
    """The weekday relative to ``pub``: ``past``/``future`` include ``pub``, ``before``/``after`` do not."""
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction == "past":
        return pub - dt.timedelta(days=back)
    if direction == "before":
        return pub - dt.timedelta(days=back or 7)
    if direction == "future":
        return pub + dt.timedelta(days=ahead)
    return pub + dt.timedelta(days=ahead or 7)


def _infer_year(month: int, pub: dt.date, future: bool, mod: str) -> int:
    """The year of a month named without one."""
    if mod in ("last", "past", "this past"):
        return pub.year if month < pub.month else pub.year - 1
    if mod in ("next", "coming"):
        return pub.year if month > pub.month else pub.year + 1
    if future:
        return pub.year + 1 if month < pub.month else pub.year
    return pub.year - 1 if month > pub.month else pub.year


def _valid_date(year: int, month: int, day: int, *, step: int = 0) -> dt.date | None:
    """``date(year, month, day)``; with ``step`` (-1/+1) try up to 8 years away (Feb 29)."""
    for i in range(9 if step else 1):
        try:
            return dt.date(year + i * step, month, day)
        except ValueError:
            continue
    return None


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


# --------------------------------------------------------------------------- handlers
# Each handler turns a match into (value, precision, kind); ``kind`` is the kind implied
# by a preceding preposition ("" when there is none; "point" for "on", "in", "of" ...).


def _h_iso(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    d = _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (_day(d), "day", kind) if d else None


def _h_numeric(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    day, month = (b, a) if a <= 12 < b else (a, b)  # day-first unless impossible
    d = _valid_date(y, month, day)
    return (_day(d), "day", kind) if d else None


def _h_month(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    name = m["mon"].rstrip(".").lower()
    month = _MONTHS[name]
    mod = _norm(m["mod"] or "")
    day_s = m["d1"] or m["d2"]
    if m["d1"] and m["d2"]:
        return None
    has_year = bool(m["y"] or m["yrel"])
    abbreviated = name not in _FULL_MONTHS
    if not (day_s or has_year or mod):
        if abbreviated or m["wd"]:
            return None
        if name in _AMBIGUOUS_MONTHS and (kind == "" or m.string[m.end() : m.end() + 2] in ("'s", "’s")):
            return None  # "May" / "March" need a preposition, a modifier, a day or a year
    if abbreviated and not (day_s or has_year):
        return None
    if m["y"]:
        year = int(m["y"])
    elif m["yrel"]:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    else:
        year = _infer_year(month, pub, future and kind != "since", mod)
    if day_s and mod not in ("", "last", "next", "this", "past", "this past", "coming"):
        return None  # "early January 5": not a form we know
    if day_s:
        step = 0 if m["y"] else (1 if (future or mod in ("next", "coming")) else -1)
        d = _valid_date(year, month, int(day_s), step=step)
        if d is None:
            return None
        return _day(d), "day", kind or "point"
    return _month(year, month), "month", kind or "point"


def _h_weekday(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    if _NAMED_DAY_RE.search(m.string, max(0, m.start() - 10), m.start()):
        return None  # "Good Friday", "Super Tuesday": names, not dates
    if (
        not (m["tod"] or m["edge"] or m["mod"])
        and _THE_RE.search(m.string, max(0, m.start() - 5), m.start())
        and _TITLE_NEXT_RE.match(m.string, m.end())
    ):
        return None  # "the Sunday Times": a name
    mod = _norm(m["mod"] or "").removeprefix("the ")
    weekday = _WEEKDAYS[m["wd"].lower()]
    if mod in ("last", "past", "this past", "previous"):
        direction = "before"
    elif mod in ("next", "coming"):
        direction = "after"
    elif kind == "since":
        direction = "past"
    else:
        direction = "future" if future else "past"
    d = _weekday_date(pub, weekday, direction)
    return _day(d), "day", kind or "point"


def _h_ago(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    unit = m["unit"].lower().rstrip("s")
    n_s = _norm(m["n"] or "")
    n = int(n_s) if n_s.isdigit() else _NUMBERS.get(n_s)
    k = kind or "relative-past"
    if unit in ("minute", "hour"):
        return _day(pub - dt.timedelta(days=(n or 0) // 24 if unit == "hour" else 0)), "day", k
    if n is None:  # vague: "days ago", "a few weeks ago", "months ago"
        if unit == "day":
            d = pub - dt.timedelta(days=3)
            return _month(d.year, d.month), "month", k
        if unit == "week":
            d = pub - dt.timedelta(days=14)
            return _month(d.year, d.month), "month", k
        if unit == "month":
            return f"{(pub - dt.timedelta(days=90)).year:04d}", "year", k
        return None
    if unit == "day":
        return _day(pub - dt.timedelta(days=n)), "day", k
    if unit == "week":
        return _day(pub - dt.timedelta(weeks=n)), "day", k
    if unit == "month":
        return _month(*_shift_month(pub.year, pub.month, -n)), "month", k
    return f"{pub.year - n:04d}", "year", k


def _h_day_word(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    text = _norm(m[0])
    if text.startswith("the day before"):
        return _day(pub - dt.timedelta(days=2)), "day", kind or "relative-past"
    if text.startswith("the day after"):
        return _day(pub + dt.timedelta(days=2)), "day", kind or "relative-future"
    word = (m["w"] or "").lower()
    if word == "yesterday" or text == "last night":
        return _day(pub - dt.timedelta(days=1)), "day", kind or "relative-past"
    if word == "tomorrow":
        return _day(pub + dt.timedelta(days=1)), "day", kind or "relative-future"
    return _day(pub), "day", kind or "point"


def _h_unit(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    if m["unit"] is None:  # "over the weekend": its Saturday
        sat = _weekday_date(pub, 5, "future" if future else "past")
        return _day(sat), "day", kind or "point"
    unit = m["unit"].lower()
    rel = _norm(m["rel"]).removeprefix("the ")
    delta = {"this": 0, "last": -1, "this past": -1, "next": 1, "coming": 1}[rel]
    k = kind or {0: "point", -1: "relative-past", 1: "relative-future"}[delta]
    if unit == "year":
        return f"{pub.year + delta:04d}", "year", k
    if unit == "month":
        return _month(*_shift_month(pub.year, pub.month, delta)), "month", k
    if unit == "weekend":
        if delta == 0:
            sat = _weekday_date(pub, 5, "future" if future else "past")
        else:
            sat = _weekday_date(pub, 5, "before" if delta < 0 else "after")
        return _day(sat), "day", k
    if delta:
        d = pub + dt.timedelta(days=7 * delta)
    else:  # the middle of the week so far ("earlier this week")
        monday = pub - dt.timedelta(days=pub.weekday())
        d = monday + (pub - monday) // 2
    return _month(d.year, d.month), "month", k


def _h_recent(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    d = pub - dt.timedelta(days=3 if (m["u1"] or m["u2"]).lower() == "days" else 14)
    return _month(d.year, d.month), "month", kind or "relative-past"


def _h_year_range(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    y1, y2 = int(m["y1"] or m["f1"]), int(m["y2"] or m["f2"])
    if y2 <= y1:
        return None
    return f"{y1:04d}", "year", "range-start"


def _h_decade(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    return m["y"], "year", "range-start"


def _h_year_ctx(m: re.Match[str], pub: dt.date, future: bool, kind: str) -> _Resolved:
    if m["py"]:
        return m["py"], "year", kind or "point"
    prep = _norm(m["prep"])
    return m["y"], "year", _PREFIX_KIND.get(prep, "point")


_Handler = Callable[[re.Match[str], dt.date, bool, str], _Resolved]
# Cheap gates: a pattern runs only on a text that contains its anchor (most sentences have none).
_G_YEAR = re.compile(r"\d\d\d\d")
_G_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_G_DAY = re.compile(r"day")
_G_AGO = re.compile(r"ago")
_G_DAY_WORD = re.compile(r"esterday|oday|onight|omorrow|night|morning|afternoon|evening")
_G_UNIT = re.compile(r"eek|onth|[Yy]ear")
_G_RECENT = re.compile(r"ays|eeks")
# (gate, pattern, handler, whether a preceding preposition may extend the match)
_PATTERNS: tuple[tuple[re.Pattern[str], re.Pattern[str], _Handler, bool], ...] = (
    (_G_YEAR, _ISO_RE, _h_iso, True),
    (_G_YEAR, _NUMERIC_RE, _h_numeric, True),
    (_G_MONTH, _MONTH_RE, _h_month, True),
    (_G_DAY, _WEEKDAY_RE, _h_weekday, True),
    (_G_AGO, _AGO_RE, _h_ago, True),
    (_G_DAY_WORD, _DAY_WORD_RE, _h_day_word, True),
    (_G_UNIT, _UNIT_RE, _h_unit, True),
    (_G_RECENT, _RECENT_RE, _h_recent, False),
    (_G_YEAR, _YEAR_RANGE_RE, _h_year_range, False),
    (_G_YEAR, _DECADE_RE, _h_decade, True),
    (_G_YEAR, _YEAR_CTX_RE, _h_year_ctx, False),
)


# --------------------------------------------------------------------------- public API


def find_date_expressions(text: str, pub_date: dt.date, *, future: bool = False) -> list[DateExpr]:
    """All date expressions in ``text``, resolved against ``pub_date``, in text order.

    ``future=True`` reads unanchored weekdays and months forward (the verb is future).
    Overlapping matches keep the longest; "from X to Y" / "between X and Y" become one
    ``range-start`` expression.
    """
    candidates: list[DateExpr] = []
    for gate, pattern, handler, prefixed in _PATTERNS:
        if gate.search(text) is None:
            continue
        for m in pattern.finditer(text):
            if not m[0].strip():
                continue
            start, kind = m.start(), ""
            if prefixed:
                p = _PREFIX_RE.search(text, max(0, start - 12), start)
                if p:
                    start, word = p.start(), _norm(p["w"])
                    kind = _PREFIX_KIND.get(word, "point")
                    if word == "between":
                        kind = "since"  # becomes range-start when joined to its end
            resolved = handler(m, pub_date, future, kind)
            if resolved is None:
                continue
            value, precision, kind = resolved
            kind = kind or "point"
            end = m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            candidates.append(DateExpr(start, end, text[start:end], value, precision, kind))
    chosen: list[DateExpr] = []
    for c in sorted(candidates, key=lambda e: (e.start - e.end, e.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda e: e.start)
    return _join_ranges(text, chosen)


def _join_ranges(text: str, exprs: list[DateExpr]) -> list[DateExpr]:
    """Merge "from X to Y" / "between X and Y" / "X-Y" into one ``range-start`` expression."""
    out: list[DateExpr] = []
    for e in exprs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "since"
            and _norm(prev.text).startswith(("from ", "between "))
            and _JOINER_RE.fullmatch(text[prev.end : e.start] + " ")
        ):
            out[-1] = replace(prev, end=e.end, text=text[prev.start : e.end], kind="range-start")
            continue
        out.append(e)
    # "between X" without its end is a plain point
    return [
        replace(e, kind="point") if e.kind == "since" and _norm(e.text).startswith("between ") else e
        for e in out
    ]


def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    """The span of the clause of ``sentence`` that contains ``pos``."""
    start, end = 0, len(sentence)
    for b in _CLAUSE_BREAK_RE.finditer(sentence):
        if b.end() <= pos:
            start = b.end()
        elif b.start() >= pos:
            end = b.start()
            break
    return start, end


def resolve_event_date(
    sentence: str,
    trigger_start: int,
    pub_date: dt.date,
    *,
    future: bool = False,
    paragraph_exprs: Sequence[DateExpr] = (),
    cache: dict | None = None,
) -> DateResolution:
    """The date of the event whose trigger starts at ``trigger_start`` in ``sentence``.

    Order: the nearest point/relative/``since`` expression in the trigger's clause, then
    in the sentence (nearest: fewest characters between, a following one on a tie); then an
    ``until``, then a ``range-start`` expression in the clause; then the paragraph's
    expressions when they agree on a single value (offsets ``None``: not in the sentence);
    then a range when the sentence has nothing else; else the publication date with
    precision ``pub``. Clauses break at ``;``, ``:``, dashes, quotes, parentheses and a
    comma before a conjunction or relative pronoun (not "when": "in 2009, when it was
    withdrawn" takes its antecedent's date). Offsets are relative to ``sentence``. ``cache`` (a dict the
    caller keeps per document) saves scanning the same sentence again for its next event.
    """
    if cache is None:
        exprs = find_date_expressions(sentence, pub_date, future=future)
    else:
        key = (sentence, pub_date, future)
        exprs = cache.get(key)
        if exprs is None:
            exprs = cache[key] = find_date_expressions(sentence, pub_date, future=future)
    if exprs:
        w = _WORD_RE.match(sentence, trigger_start)
        trigger_end = w.end() if w else trigger_start
        c_start, c_end = _clause_bounds(sentence, trigger_start)

        def distance(e: DateExpr) -> tuple[int, int]:
            if e.start >= trigger_end:
                return e.start - trigger_end, 0  # after the trigger wins a tie
            if e.end <= trigger_start:
                return trigger_start - e.end, 1
            return 0, 0

        in_clause = [e for e in exprs if e.start >= c_start and e.end <= c_end]
        pools = (
            [e for e in in_clause if e.kind not in _WEAK_KINDS],
            [e for e in exprs if e.kind not in _WEAK_KINDS],
            [e for e in in_clause if e.kind == "until"],
            [e for e in in_clause if e.kind == "range-start"],
        )
        for pool in pools:
            if pool:
                best = min(pool, key=distance)
                return DateResolution(best.value, best.precision, best.text, best.start, best.end)
    strong = [e for e in paragraph_exprs if e.kind not in _WEAK_KINDS]
    if strong and len({(e.value, e.precision) for e in strong}) == 1:
        return DateResolution(strong[0].value, strong[0].precision, strong[0].text, None, None)
    if exprs and all(e.kind == "range-start" for e in exprs):  # nothing else: the first range
        first = exprs[0]
        return DateResolution(first.value, first.precision, first.text, first.start, first.end)
    return DateResolution(pub_date.isoformat(), "pub")
