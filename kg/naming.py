"""Names, slugs and the state an article is about: helpers shared by linking and role resolution."""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from kg.link import Linking

__all__ = ["slug", "strip_article", "salient_state", "agency_dateline", "agency_date"]


# letters Unicode does not decompose into a base letter and a mark: spelled out, not dropped
_UNDECOMPOSED = str.maketrans({"\u2019": "'", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                               "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                               "ß": "ss", "ı": "i"})


def slug(text: str) -> str:
    """An ASCII slug for IRIs.

    >>> slug("Genève – l’Otan"), slug("Lars Løkke Rasmussen"), slug("Wałęsa")
    ('geneve-l-otan', 'lars-lokke-rasmussen', 'walesa')
    """
    ascii_text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


# "Kingston, 29 octobre 2025 (AFP) - ", "PARIS (Reuters) — ": where and when a news agency filed the story
_AGENCY_DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Ý][\w'’.-]*(?: (?:(?:de|du|des|la|el|al) )?[A-ZÀ-Ý][\w'’.-]*){0,3})(?: \([^()\n]{2,40}\))?"
    r"(?:, (?:le )?(?P<day>\d{1,2})(?:er)? (?P<month>[a-zéû]+)\.?(?: (?P<year>\d{4}))?)?"
    r" \((?:[A-Z][A-Za-z.]*(?:[/-][A-Z][A-Za-z.]*)*)\) ?[-–—] ?")


def agency_dateline(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The character span of a news agency's dateline opening the article's body (its first line, or the
    line after a title) and the span of the place it names; ``None`` when there is none.

    >>> agency_dateline("Titre\\n\\nKingston, 29 octobre 2025 (AFP) - L'ouragan a frappé.")
    ((7, 41), (7, 15))
    >>> agency_dateline("Joe Biden a parlé (AFP) - hier.") is None
    True
    """
    m = _dateline_match(text)
    return ((m.start(), m.end()), m.span("place")) if m else None


def agency_date(text: str, months: dict[str, int]) -> str | None:
    """The day a news agency's dateline gives in full (``YYYY-MM-DD``), ``months`` mapping French month
    names to their numbers; ``None`` when there is no dateline or it gives no year.

    >>> agency_date("Titre\\n\\nKingston, 29 octobre 2025 (AFP) - L'ouragan a frappé.", {"octobre": 10})
    '2025-10-29'
    >>> agency_date("PARIS (AFP) - Le gouvernement a chuté.", {"octobre": 10}) is None
    True
    """
    m = _dateline_match(text)
    month = months.get(m.group("month") or "") if m else None
    if not (m and m.group("year") and month and 1 <= int(m.group("day")) <= 31):
        return None
    return f"{m.group('year')}-{month:02d}-{int(m.group('day')):02d}"


def _dateline_match(text: str):
    """The match of a news agency's dateline at the start of the article's first line or the next one (a
    title, then the body's first line), if any."""
    starts = [0] + [i + 1 for i, c in enumerate(text[:400]) if c == "\n"]
    return next((m for s in [s for s in starts if text[s:s + 1].strip()][:2]
                 if (m := _AGENCY_DATELINE.match(text, s))), None)


def strip_article(text: str) -> str:
    """``text`` without its opening article, possessive or demonstrative ("la Cour" → "Cour")."""
    return re.sub(r"^(?:(?:le|la|les|du|au|aux|son|sa|ses|leur|leurs|un|une|ce|cet|cette)\s+|l['’]\s*)", "", text,
                  flags=re.I)            # (a whole word: "leur dirigeant" is no "ur dirigeant", "Lagos" no "gos")


def salient_state(linking: Linking, before: int | None = None) -> str | None:
    """The country named most often before offset ``before`` (the latest on a tie), else in the whole article;
    a country a title opens with ("Canada : ...", "Le Nicaragua libère ...") counts twice more."""
    text = linking.article.text

    def count(limit: int | None) -> str | None:
        seen: dict[str, tuple[int, int]] = {}
        for m, keys in linking.refs.items():
            if limit is not None and m.span.begin >= limit or len(keys) != 1:
                continue
            entry = linking.resources.entries.get(keys[0])
            if entry is not None and entry.kind == "Country":
                n, last = seen.get(keys[0], (0, -1))
                opening = m.sent == 0 and not text[:m.span.begin].strip().count("\n") and (
                    text[m.span.end:m.span.end + 2].strip().startswith(":")
                    or text[:m.span.begin].strip().lower() in ("le", "la", "les", "l'", "l’", ""))
                seen[keys[0]] = (n + (3 if opening else 1), max(last, m.span.begin))
        return max(seen, key=lambda k: seen[k]) if seen else None
    return (count(before) if before is not None else None) or count(None)
