"""Tests for killdeer.when: date expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from killdeer.types import DateResolution
from killdeer.when import DateExpr, find_date_expressions, resolve_event_date

PUB = dt.date(2024, 1, 25)  # a Thursday
D = dt.timedelta


def _days(n: int) -> str:
    return (PUB + D(days=n)).isoformat()


def _one(text: str, pub: dt.date = PUB, *, future: bool = False) -> DateExpr:
    exprs = find_date_expressions(text, pub, future=future)
    assert len(exprs) == 1, exprs
    e = exprs[0]
    assert text[e.start : e.end] == e.text
    return e


def test_when_publication_is_a_thursday() -> None:
    assert PUB.weekday() == 3


# ----------------------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("text", "weekday", "expected", "kind"),
    [
        ("Noboa rejected this Tuesday the offer", 1, _days(-2), "point"),
        ("the talks ended on Thursday", 3, _days(0), "point"),
        ("soldiers opened fire on Monday", 0, _days(-3), "point"),
        ("Monday's attack", 0, _days(-3), "point"),
        ("the minister resigned last Friday", 4, _days(-6), "point"),
        ("the minister resigned last Thursday", 3, _days(-7), "point"),
        ("the blast came late on Sunday", 6, _days(-4), "point"),
        ("police raided the house Sunday afternoon", 6, _days(-4), "point"),
        ("it happened the night of Sunday", 6, _days(-4), "point"),
        ("gunmen attacked this Monday in the night", 0, _days(-3), "point"),
        ("the elections of the past Sunday", 6, _days(-4), "point"),
        ("they will talk next Monday", 0, _days(4), "point"),
        ("has been in Ecuador since Monday.", 0, _days(-3), "since"),
    ],
)
def test_when_weekdays(text: str, weekday: int, expected: str, kind: str) -> None:
    e = _one(text)
    assert (e.value, e.precision, e.kind) == (expected, "day", kind)
    assert dt.date.fromisoformat(e.value).weekday() == weekday


def test_when_weekday_future_tense_reads_forward() -> None:
    assert _one("the ministers will meet on Monday", future=True).value == _days(4)
    assert _one("the ministers will meet on Thursday", future=True).value == _days(0)
    assert _one("the ministers will meet last Monday", future=True).value == _days(-3)


def test_when_named_days_are_not_dates() -> None:
    assert find_date_expressions("the Good Friday Agreement and Super Tuesday", PUB) == []


def test_when_weekday_with_explicit_date_is_one_expression() -> None:
    e = _one("on Tuesday, January 23, the court ruled")
    assert (e.value, e.precision) == ("2024-01-23", "day")


# ----------------------------------------------------------------------------- offsets from publication


@pytest.mark.parametrize(
    ("text", "value", "precision", "kind"),
    [
        ("the offer made to him days ago", "2024-01", "month", "relative-past"),
        ("a few days ago", "2024-01", "month", "relative-past"),
        ("a couple of days ago", "2024-01", "month", "relative-past"),
        ("in recent days", "2024-01", "month", "relative-past"),
        ("two days ago", _days(-2), "day", "relative-past"),
        ("10 days ago", _days(-10), "day", "relative-past"),
        ("three weeks ago", _days(-21), "day", "relative-past"),
        ("a week ago", _days(-7), "day", "relative-past"),
        ("hours ago", _days(0), "day", "relative-past"),
        ("48 hours ago", _days(-2), "day", "relative-past"),
        ("two months ago", "2023-11", "month", "relative-past"),
        ("five years ago", "2019", "year", "relative-past"),
        ("yesterday", _days(-1), "day", "relative-past"),
        ("Yesterday morning", _days(-1), "day", "relative-past"),
        ("the day before yesterday", _days(-2), "day", "relative-past"),
        ("today", _days(0), "day", "point"),
        ("tonight", _days(0), "day", "point"),
        ("this morning", _days(0), "day", "point"),
        ("last night", _days(-1), "day", "relative-past"),
        ("tomorrow", _days(1), "day", "relative-future"),
        ("since yesterday", _days(-1), "day", "since"),
    ],
)
def test_when_relative_to_publication(text: str, value: str, precision: str, kind: str) -> None:
    e = _one(text)
    assert (e.value, e.precision, e.kind) == (value, precision, kind)


@pytest.mark.parametrize(
    "text",
    ["the day before", "two days after the attack", "the next day", "two days later", "the following week"],
)
def test_when_relative_to_another_event_is_skipped(text: str) -> None:
    assert find_date_expressions(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("last week", (PUB - D(days=7)).strftime("%Y-%m"), "month"),
        ("earlier this week", "2024-01", "month"),
        ("next week", (PUB + D(days=7)).strftime("%Y-%m"), "month"),
        ("over the weekend", _days(-5), "day"),  # its Saturday
        ("earlier this month", "2024-01", "month"),
        ("this month", "2024-01", "month"),
        ("last month", "2023-12", "month"),
        ("at the beginning of January", "2024-01", "month"),
        ("early January", "2024-01", "month"),
        ("in mid-March", "2023-03", "month"),
        ("late last year", "2023", "year"),
        ("last year", "2023", "year"),
        ("this year", "2024", "year"),
    ],
)
def test_when_weeks_months_years(text: str, value: str, precision: str) -> None:
    e = _one(text)
    assert (e.value, e.precision) == (value, precision)


def test_when_last_week_across_new_year() -> None:
    assert _one("last week", dt.date(2024, 1, 3)).value == "2023-12"
    assert _one("earlier this week", dt.date(2024, 1, 5)).value == "2024-01"  # Mon Jan 1 .. Thu Jan 4


# ----------------------------------------------------------------------------- month names


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("in October", "2023-10", "month"),
        ("last October", "2023-10", "month"),
        ("October 20", "2023-10-20", "day"),
        ("20 October", "2023-10-20", "day"),
        ("on October 20", "2023-10-20", "day"),
        ("the elections of October 20", "2023-10-20", "day"),
        ("the 20th of October", "2023-10-20", "day"),
        ("October 2022", "2022-10", "month"),
        ("in January", "2024-01", "month"),
        ("on January 27", "2024-01-27", "day"),  # the publication month is this year
        ("in May", "2023-05", "month"),
        ("in March of last year", "2023-03", "month"),
    ],
)
def test_when_month_names(text: str, value: str, precision: str) -> None:
    e = _one(text)
    assert (e.value, e.precision, e.kind) == (value, precision, "point")


def test_when_month_year_rollover() -> None:
    jan5 = dt.date(2024, 1, 5)
    assert _one("the attack in December", jan5).value == "2023-12"
    assert _one("on December 31", jan5).value == "2023-12-31"
    assert _one("the vote will be held in December", jan5, future=True).value == "2024-12"
    dec20 = dt.date(2023, 12, 20)
    assert _one("the vote will be held in January", dec20, future=True).value == "2024-01"
    assert _one("the vote was held in January", dec20).value == "2023-01"
    assert _one("next January", dec20).value == "2024-01"
    assert _one("last December", dec20).value == "2022-12"


def test_when_weekday_and_offset_rollover() -> None:
    jan1 = dt.date(2024, 1, 1)  # a Monday
    assert jan1.weekday() == 0
    assert _one("last Friday", jan1).value == (jan1 - D(days=3)).isoformat() == "2023-12-29"
    assert _one("yesterday", jan1).value == "2023-12-31"
    assert _one("last month", jan1).value == "2023-12"
    assert _one("last year", jan1).value == "2023"


def test_when_leap_years() -> None:
    assert _one("yesterday", dt.date(2024, 3, 1)).value == "2024-02-29"
    assert _one("yesterday", dt.date(2023, 3, 1)).value == "2023-02-28"
    assert _one("two days ago", dt.date(2024, 3, 1)).value == (dt.date(2024, 3, 1) - D(days=2)).isoformat()
    assert _one("on February 29", dt.date(2024, 3, 5)).value == "2024-02-29"
    assert _one("on February 29", dt.date(2025, 3, 10)).value == "2024-02-29"  # 2025 has none
    assert _one("on 29 February", dt.date(2025, 1, 10), future=True).value == "2028-02-29"
    assert find_date_expressions("on February 29, 2023", PUB) == []


# ----------------------------------------------------------------------------- explicit dates


@pytest.mark.parametrize(
    ("text", "value", "precision", "kind"),
    [
        ("2024-01-23", "2024-01-23", "day", "point"),
        ("23/01/2024", "2024-01-23", "day", "point"),
        ("05/01/2024", "2024-01-05", "day", "point"),  # day-first
        ("01/23/2024", "2024-01-23", "day", "point"),  # month-first: day-first impossible
        ("23.01.2024", "2024-01-23", "day", "point"),
        ("January 23, 2024", "2024-01-23", "day", "point"),
        ("23 January 2024", "2024-01-23", "day", "point"),
        ("Jan. 23", "2024-01-23", "day", "point"),
        ("Sept. 5, 2023", "2023-09-05", "day", "point"),
        ("in 2009", "2009", "year", "point"),
        ("until 2009", "2009", "year", "until"),
        ("since 2009", "2009", "year", "since"),
        ("by 2030", "2030", "year", "until"),
        ("in early 2023", "2023", "year", "point"),
        ("Rafael Correa (2007-2017)", "2007", "year", "range-start"),
        ("between 2007 and 2017", "2007", "year", "range-start"),
        ("from Monday to Wednesday", _days(-3), "day", "range-start"),
        ("in the 1990s", "1990", "year", "range-start"),
    ],
)
def test_when_explicit_dates(text: str, value: str, precision: str, kind: str) -> None:
    e = _one(text)
    assert (e.value, e.precision, e.kind) == (value, precision, kind)


@pytest.mark.parametrize("text", ["February 30, 2024", "31/02/2024", "13/13/2024", "2024-02-30"])
def test_when_impossible_dates_are_skipped(text: str) -> None:
    assert find_date_expressions(text, PUB) == []


# ----------------------------------------------------------------------------- false positives


@pytest.mark.parametrize(
    "text",
    [
        "a group of at least 13 armed men held the workers",
        "nearly 90 escaped prisoners and about 200 hostages who were released",
        "the aid is worth $5 million",
        "the first delegation arrived",
        "the United States may send troops",
        "Protesters plan to March on the capital",
        "Theresa May said the vote may fail",
        "a state of emergency with a night curfew",
        "a total of 2000 people and 2024 soldiers",
        "the International Tourism Fair, Fitur 2024",
        "the March for Our Lives drew crowds",
        "confidence in May's government",
        "Mar-a-Lago and Jan Egeland",
        "version 1.5.0 of the 3/4 rule",
        "The Sunday Telegraph",
    ],
)
def test_when_non_dates_produce_nothing(text: str) -> None:
    assert find_date_expressions(text, PUB) == []


def test_when_sample_paragraph() -> None:
    text = (
        "as it had until 2009 in Manta, when it was withdrawn during the mandate of former "
        "president Rafael Correa (2007-2017). A delegation has been in Ecuador since Monday."
    )
    got = [(e.text, e.value, e.kind) for e in find_date_expressions(text, PUB)]
    assert got == [
        ("until 2009", "2009", "until"),
        ("2007-2017", "2007", "range-start"),
        ("since Monday", "2024-01-22", "since"),
    ]


# ----------------------------------------------------------------------------- linking


def _resolve(sentence: str, trigger: str, **kw: object) -> DateResolution:
    return resolve_event_date(sentence, sentence.index(trigger), PUB, **kw)  # type: ignore[arg-type]


def test_when_resolve_nearest_of_two() -> None:
    s = "On Monday, soldiers killed three people, police said on Tuesday."
    killed, said = _resolve(s, "killed"), _resolve(s, "said")
    assert (killed.date, killed.text) == (_days(-3), "On Monday")
    assert (said.date, said.text) == (_days(-2), "on Tuesday")
    assert s[said.start : said.end] == "on Tuesday"  # offsets into the sentence


def test_when_resolve_sample_sentence() -> None:
    s = (
        "The president of Ecuador, Daniel Noboa, rejected this Tuesday the offer made to him days ago "
        "by his Venezuelan counterpart, Nicolás Maduro."
    )
    rejected = _resolve(s, "rejected")
    assert (rejected.date, rejected.precision, rejected.text) == ("2024-01-23", "day", "this Tuesday")
    made = _resolve(s, "made")
    assert (made.date, made.precision) == ("2024-01", "month")


def test_when_resolve_prefers_same_clause() -> None:
    s = "Rebels attacked the base on Sunday; troops responded with airstrikes yesterday."
    assert _resolve(s, "responded").date == _days(-1)  # "on Sunday" is nearer but in another clause
    assert _resolve(s, "attacked").date == _days(-4)


def test_when_resolve_until_and_range_are_weak() -> None:
    s = (
        "The Venezuelan president urged Noboa not to allow the United States to reinstall a military base, "
        "as it had until 2009 in Manta, when it was withdrawn during the mandate of Rafael Correa (2007-2017)."
    )
    urged = _resolve(s, "urged")
    assert (urged.date, urged.precision) == ("2024-01-25", "pub")
    withdrawn = _resolve(s, "withdrawn")
    assert (withdrawn.date, withdrawn.precision, withdrawn.text) == ("2009", "year", "until 2009")
    only_range = _resolve("Correa (2007-2017) closed the base.", "closed")
    assert (only_range.date, only_range.precision) == ("2007", "year")


def test_when_resolve_since_and_future() -> None:
    since = _resolve("A delegation has been in Ecuador since Monday.", "been")
    assert (since.date, since.text) == (_days(-3), "since Monday")
    meet = _resolve("The ministers will meet on Monday.", "meet", future=True)
    assert meet.date == _days(4)


def test_when_resolve_paragraph_fallback() -> None:
    para = find_date_expressions("Gunmen stormed a TV station on Tuesday.", PUB)
    got = _resolve("They held the staff for hours.", "held", paragraph_exprs=para)
    assert got == DateResolution(_days(-2), "day", "on Tuesday", None, None)
    two = find_date_expressions("It began on Monday and ended on Tuesday.", PUB)
    ambiguous = _resolve("They held the staff for hours.", "held", paragraph_exprs=two)
    assert ambiguous.precision == "pub"
    weak = find_date_expressions("The base operated until 2009.", PUB)
    assert _resolve("They held the staff.", "held", paragraph_exprs=weak).precision == "pub"


def test_when_resolve_publication_fallback() -> None:
    got = _resolve("The image went around the world.", "went")
    assert got == DateResolution("2024-01-25", "pub", None, None, None)


def test_when_weekday_in_a_name_is_not_a_date() -> None:
    got = find_date_expressions("The Sunday Times reported that on Saturday night protesters marched.", PUB)
    assert [e.text for e in got] == ["on Saturday night"]


def test_when_iso_timestamp() -> None:
    assert _one("published 2024-01-23T10:00Z").value == "2024-01-23"
