"""Dates and durations: find time expressions and resolve them against the article's date,
keeping the precision the text allows."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kg.extract.document import norm, tokens_of
from kg.resources import Resources, fold

__all__ = ["TimeExpression", "find_times", "find_duration", "resolve"]


@dataclass(frozen=True)
class TimeExpression:
    start: int           # token indexes
    end: int
    text: str
    kind: str            # weekday | date | month | year | relative_day
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset: int | None = None
    unit: int | None = None        # for relative periods: 7 (week), 30 (month), 365 (year)


_RELATIVE = {"dernier": -1, "derniere": -1, "passe": -1, "passee": -1, "prochain": 1, "prochaine": 1}
_PART_OF = {"debut", "fin", "milieu"}      # "au début du mois", "à la fin de la semaine"


def find_times(doc, resources: Resources, texts: list[str] | None = None, norms: list[str] | None = None) -> list[TimeExpression]:
    """Time expressions in ``doc``: "jeudi", "le 10 janvier", "10 janvier 2022", "en mars", "en 2026", "hier".
    ``texts`` and ``norms``, each token's text and folded text, spare reading them again."""
    toks = tokens_of(doc)
    cal = resources.calendar
    found = []
    texts = texts if texts is not None else [t.text for t in doc]
    norms = norms if norms is not None else [fold(t) for t in texts]
    i = 0
    while i < len(doc):
        if not texts[i].isdigit() and norms[i] not in cal and norms[i] != "1er":
            i += 1                                  # neither a number nor a calendar word
            continue
        tok = toks[i]
        word = norm(tok)
        kind = cal.get(word, (None, 0))
        day = 1 if word == "1er" else int(tok.text) if tok.text.isdigit() else 0      # "le 1er mars"
        if 1 <= day <= 31 and i + 1 < len(doc) and cal.get(norm(toks[i + 1]), ("",))[0] == "month":
            end = i + 2
            year = None
            if end < len(doc) and toks[end].text.isdigit() and len(toks[end].text) == 4:
                year, end = int(toks[end].text), end + 1
            found.append(TimeExpression(i, end, doc[i:end].text, "date", day=day,
                                        month=cal[norm(toks[i + 1])][1], year=year))
            i = end
            continue
        if kind[0] == "weekday" and i >= 2 and norms[i - 1] in ("de", "du") and norms[i - 2] == "nuit" \
                and i + 2 < len(doc) and norms[i + 1] in ("a", "au") and cal.get(norms[i + 2], ("",))[0] == "weekday":
            # "dans la nuit de vendredi à samedi": after midnight, the second day
            found.append(TimeExpression(i, i + 3, doc[i:i + 3].text, "weekday", weekday=cal[norms[i + 2]][1]))
            i += 3
            continue
        if kind[0] == "weekday" and i + 1 < len(doc) and norms[i + 1] in _RELATIVE:
            # "dimanche prochain", "mardi dernier": the next one after the article's day, the last one before it
            found.append(TimeExpression(i, i + 2, doc[i:i + 2].text, "weekday", weekday=kind[1],
                                        offset=_RELATIVE[norms[i + 1]]))
            i += 2
            continue
        if kind[0] == "weekday":
            found.append(TimeExpression(i, i + 1, tok.text, "weekday", weekday=kind[1]))
        elif kind[0] == "month" and i > 0 and norm(toks[i - 1]) in ("en", "d'", "de", "depuis", "fin", "debut", "mi"):
            end, year = i + 1, None
            if end < len(doc) and toks[end].text.isdigit() and len(toks[end].text) == 4:
                year, end = int(toks[end].text), end + 1
            found.append(TimeExpression(i, end, doc[i:end].text, "month", month=kind[1], year=year))
            i = end
            continue
        elif kind[0] == "period" and i + 1 < len(doc) and norm(toks[i + 1]) in _RELATIVE and i > 0 \
                and norm(toks[i - 1]) in ("la", "le", "l'"):
            # "la semaine dernière", "le mois prochain", "l'an dernier"
            found.append(TimeExpression(i - 1, i + 2, doc[i - 1:i + 2].text, "relative_period",
                                        unit=kind[1], offset=_RELATIVE[norm(toks[i + 1])]))
            i += 2
            continue
        elif kind[0] == "period" and i >= 2 and (norms[i - 1] == "du" and norms[i - 2] in _PART_OF
                                                  or i >= 3 and norms[i - 1] == "la" and norms[i - 2] == "de"
                                                  and norms[i - 3] in _PART_OF) \
                and not (i + 2 < len(doc) and norms[i + 1] in ("de", "d'")
                         and cal.get(norms[i + 2], ("",))[0] == "month"):   # (not "à la fin du mois d'août")
            # "au début du mois", "à la fin du mois dernier", "au début de la semaine": that period
            first = i - 2 if norms[i - 1] == "du" else i - 3
            offset = _RELATIVE.get(norms[i + 1], 0) if i + 1 < len(doc) else 0
            end = i + 2 if offset else i + 1
            found.append(TimeExpression(first, end, doc[first:end].text, "relative_period", unit=kind[1], offset=offset))
            i = end
            continue
        elif kind[0] == "period" and i > 0 and norm(toks[i - 1]) in ("cette", "ce", "cet"):
            found.append(TimeExpression(i - 1, i + 1, doc[i - 1:i + 1].text, "relative_period", unit=kind[1], offset=0))
        elif kind[0] == "relative_day":
            found.append(TimeExpression(i, i + 1, tok.text, "relative_day", offset=kind[1]))
        elif tok.text.isdigit() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2100 and i > 0 and norm(toks[i - 1]) in ("en", "depuis", "d'ici", "de"):
            found.append(TimeExpression(i, i + 1, tok.text, "year", year=int(tok.text)))
        i += 1
    return found


def _parse_date(date: str | None):
    if not date:
        return None, 0
    parts = [int(p) for p in date.split("-")]
    return parts, len(parts)


def resolve(expr: TimeExpression, article_date: str | None, future: bool = False, past: bool = False) -> str | None:
    """An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) for ``expr``, or None when the article's
    date is too coarse. ``past``: the text tells of something done ("avait signé en janvier"), so a
    month without a year is the latest one up to the article's.

    >>> resolve(TimeExpression(0, 1, "10 janvier", "date", day=10, month=1), "2022-01")
    '2022-01-10'
    >>> resolve(TimeExpression(0, 1, "jeudi", "weekday", weekday=3), "2022-01") is None
    True
    >>> resolve(TimeExpression(0, 1, "jeudi", "weekday", weekday=3), "2021-12-31")
    '2021-12-30'
    >>> resolve(TimeExpression(0, 1, "mercredi", "weekday", weekday=2), "2022-08-03")
    '2022-08-03'
    >>> resolve(TimeExpression(0, 1, "lundi", "weekday", weekday=0), "2024-09-23", future=True)
    '2024-09-23'
    >>> resolve(TimeExpression(0, 2, "dimanche prochain", "weekday", weekday=6, offset=1), "2025-10-12")
    '2025-10-19'
    >>> resolve(TimeExpression(0, 1, "janvier", "month", month=1), "2024-12-12", past=True)
    '2024-01'
    >>> resolve(TimeExpression(0, 1, "1er mars", "date", day=1, month=3), "2024-11-25", future=True)
    '2025-03-01'
    """
    parts, precision = _parse_date(article_date)
    if expr.kind == "year":
        return f"{expr.year:04d}"
    if expr.kind in ("date", "month"):
        year = expr.year
        if year is None:
            if not parts:
                return None
            year = parts[0]
            if precision >= 2:
                # the reading of the month closest to the article's month
                delta = expr.month - parts[1]
                if delta > 6 or past and delta > 0:
                    year -= 1
                elif delta < -6 and not past or future and delta < 0:
                    year += 1                   # "Il prendra ses fonctions le 1er mars", said in November
        if expr.kind == "month":
            return f"{year:04d}-{expr.month:02d}"
        try:
            return dt.date(year, expr.month, expr.day).isoformat()
        except ValueError:
            return None
    if expr.kind == "relative_period":
        return _relative_period(expr, parts, precision)
    if precision < 3:
        return None
    today = dt.date(*parts)
    if expr.kind == "relative_day":
        return (today + dt.timedelta(days=expr.offset)).isoformat()
    if expr.kind == "weekday":
        if expr.offset == 1:            # "dimanche prochain", said on a Sunday: a week on
            return (today + dt.timedelta(days=(expr.weekday - today.weekday()) % 7 or 7)).isoformat()
        if expr.offset == -1:           # "mardi dernier"
            return (today - dt.timedelta(days=(today.weekday() - expr.weekday) % 7 or 7)).isoformat()
        # a dispatch dated Wednesday that says "mercredi" means that very day, past or to come
        if future:
            delta = (expr.weekday - today.weekday()) % 7
            return (today + dt.timedelta(days=delta)).isoformat()
        delta = (today.weekday() - expr.weekday) % 7
        return (today - dt.timedelta(days=delta)).isoformat()
    return None


def _relative_period(expr: TimeExpression, parts, precision: int) -> str | None:
    """ "la semaine dernière" → an ISO week, "le mois prochain" → a month, "l'an dernier" → a year.

    >>> _relative_period(TimeExpression(0, 3, "la semaine dernière", "relative_period", unit=7, offset=-1), [2022, 1, 10], 3)
    '2022-W01'
    >>> _relative_period(TimeExpression(0, 3, "le mois dernier", "relative_period", unit=30, offset=-1), [2022, 1], 2)
    '2021-12'
    """
    if expr.unit == 365 and precision >= 1:
        return f"{parts[0] + expr.offset:04d}"
    if expr.unit == 30 and precision >= 2:
        month = parts[0] * 12 + parts[1] - 1 + expr.offset
        return f"{month // 12:04d}-{month % 12 + 1:02d}"
    if expr.unit == 7 and precision >= 3:
        year, week, _ = (dt.date(*parts) + dt.timedelta(weeks=expr.offset)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return None


_UNITS = {"minute": "M", "minutes": "M", "heure": "H", "heures": "H", "seconde": "S", "secondes": "S",
          "jour": "D", "jours": "D", "semaine": "W", "semaines": "W", "mois": "MO", "an": "Y", "ans": "Y",
          "annee": "Y", "annees": "Y"}


_OFFSETS = {"apres", "avant", "auparavant", "plus", "tard", "plutot"}


def find_duration(doc, start: int, end: int, resources: Resources) -> tuple[str, int, int] | None:
    """An ISO 8601 duration in tokens ``[start, end)`` ("une cinquantaine de minutes" → ``PT50M``),
    with its token bounds."""
    toks = tokens_of(doc)
    for i in range(start, min(end, len(doc))):
        unit = _UNITS.get(norm(toks[i]))
        if not unit or i == 0:
            continue
        j = i - 1
        if norm(toks[j]) in ("de", "d'"):
            j -= 1
        word = norm(toks[j])
        value = float(word) if word.isdigit() else resources.numbers.get(word)
        if value is None:
            continue
        first = j - 1 if j > 0 and norm(toks[j - 1]) in ("un", "une") and word not in ("un", "une") else j
        after = norm(toks[i + 1]) if i + 1 < len(doc) else ""
        if after in _OFFSETS or first >= 3 and [norm(t) for t in toks[first - 3:first]] == ["il", "y", "a"]:
            continue                     # "un mois après", "deux jours avant", "trois ans plus tard", "il y a
            #                              deux ans": when, counted from another time, not how long
        if after in ("de", "d'") and i + 2 < len(doc) and toks[i + 2].pos_ == "NOUN":
            continue                     # "après deux mois de manifestations": how long the protests lasted
        if first > 0 and norm(toks[first - 1]) in ("a", "à") and after in ("de", "d'", "du", "des"):
            continue                     # "à deux mois de l'élection": how far from another time, not how long
        amount = int(value) if value == int(value) else value
        if unit in ("H", "M", "S"):
            return f"PT{amount}{unit}", first, i + 1
        if unit == "MO":
            return f"P{amount}M", first, i + 1
        return f"P{amount}{unit}", first, i + 1
    return None
