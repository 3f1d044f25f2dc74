"""Score an extraction against a gold annotation (shared/gold schema): precision, recall and F1 for
entities, stances, events and relations, attribution accuracy, and what was missed or wrong."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.model import Extraction
from kg.resources import fold

__all__ = ["Score", "Report", "load_gold", "evaluate", "format_report"]

_PREDICATES = {"leaderOf": "headOf", "headOf": "headOf", "memberOf": "memberOf",
               "spokespersonOf": "spokespersonOf", "locatedIn": "locatedIn"}


def _norm(text: str) -> str:
    """Compare names case- and accent-insensitively, articles dropped.

    >>> _norm("l’Otan"), _norm("La Maison-Blanche")
    ('otan', 'maison-blanche')
    """
    text = fold(text).strip()
    text = re.sub(r"^(?:les|le|la)\s+|^l'\s*", "", text)       # not the "le" of "Lesotho"
    return re.sub(r"\s+", " ", text.strip(" .,;:«»\"'"))


@dataclass
class Score:
    tp_pred: int = 0
    predicted: int = 0
    tp_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    attribution: tuple[int, int] = (0, 0)
    event_place: tuple[int, int] = (0, 0)
    event_date: tuple[int, int] = (0, 0)
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def load_gold(path: str | Path) -> dict:
    """Read a gold YAML file; raises ``KgError`` when it is missing or malformed."""
    import yaml

    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such gold file")
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KgError(f"{path}: not a valid gold YAML file ({type(exc).__name__})") from None
    if not isinstance(gold, dict) or "entities" not in gold:
        raise KgError(f"{path}: a gold file needs an 'entities' list")
    for part in ("entities", "relations", "events", "stances"):
        gold[part] = gold.get(part) or []
    return gold


def evaluate(extraction: Extraction, gold: dict) -> Report:
    """Score ``extraction`` against ``gold`` as shared/gold/README.md describes."""
    report = Report()
    # entities
    ents = {e.key: e for e in extraction.entities}
    names = {k: {_norm(n) for n in (e.name, *e.aliases)} for k, e in ents.items()}
    mapping: dict[str, str] = {}
    score = Score(predicted=len(ents))
    matched_pred = set()
    for g in gold["entities"]:
        gnames = {_norm(n) for n in [g["label"], *(g.get("aliases") or [])]}
        hits = [k for k, e in ents.items() if e.type == g["type"] and
                ((g.get("wikidata") and e.wikidata == g["wikidata"]) or names[k] & gnames)]
        if hits:
            best = max(hits, key=lambda k: (ents[k].wikidata == g.get("wikidata"), _norm(ents[k].name) in gnames))
            mapping[g["key"]] = best
            matched_pred.update(hits)
        optional = g.get("optional") or g.get("anonymous")
        if not optional:
            score.gold += 1
            if hits:
                score.tp_gold += 1
            else:
                report.missed.append(f"entity {g['label']} ({g['type']})")
    score.tp_pred = len(matched_pred)
    report.wrong += [f"entity {ents[k].name} ({ents[k].type})" for k in sorted(set(ents) - matched_pred)]
    report.scores["entities"] = score

    # events
    events = {e.key: e for e in extraction.events}
    ev_map: dict[str, str] = {}
    score = Score(predicted=len(events))
    used = set()
    place_ok = place_n = date_ok = date_n = 0
    for g in gold["events"]:
        parts = [mapping.get(p) for p in g.get("participants") or []]
        best = None
        for k, e in events.items():
            if k in used or e.type != g["type"]:
                continue
            overlap = sum(1 for p in parts if p and p in e.actors)
            if overlap * 2 >= len(parts):
                best = k
                break
        if best:
            used.add(best)
            ev_map[g["key"]] = best
            if g.get("place"):
                place_n += 1
                place_ok += events[best].place == mapping.get(g["place"])
            if g.get("date"):
                date_n += 1
                date_ok += events[best].date == str(g["date"])
        if not g.get("optional"):
            score.gold += 1
            score.tp_gold += bool(best)
            if not best:
                report.missed.append(f"event {g['key']} ({g['type']})")
    score.tp_pred = len(used)
    report.wrong += [f"event {events[k].type} «{events[k].cue}»" for k in sorted(set(events) - used)]
    report.scores["events"] = score
    report.event_place, report.event_date = (place_ok, place_n), (date_ok, date_n)

    # stances
    stances = list(extraction.stances)
    score = Score(predicted=len(stances))
    taken: set[int] = set()
    attr_ok = attr_n = 0
    for g in gold["stances"]:
        targets = {mapping.get(t) for t in g.get("target") or []} | {ev_map.get(t) for t in g.get("target") or []}
        targets.discard(None)
        hit = None
        for n, s in enumerate(stances):
            if n in taken or s.holder != mapping.get(g["agent"]) or s.family not in g["type"]:
                continue
            if g.get("target") and not (set(s.targets) | set(s.event_targets)) & targets:
                continue
            hit = n
            break
        if hit is not None:
            taken.add(hit)
            attr_n += 1
            attr_ok += stances[hit].source == (mapping.get(g["source"]) if g.get("source") else None)
        if not g.get("optional"):
            score.gold += 1
            score.tp_gold += hit is not None
            if hit is None:
                report.missed.append(f"stance {g['id']}: {g['agent']} {'/'.join(g['type'])} → {g.get('target')}")
    score.tp_pred = len(taken)
    report.wrong += [f"stance {s.holder} {s.family} → {list(s.targets) + list(s.event_targets)} «{s.cue}»"
                     for n, s in enumerate(stances) if n not in taken]
    report.scores["stances"] = score
    report.attribution = (attr_ok, attr_n)

    # relations
    rels = {(r.subject, r.predicate, r.object) for r in extraction.relations}
    score = Score(predicted=len(rels))
    found = set()
    for s, p, o in gold["relations"]:
        key = (mapping.get(s), _PREDICATES.get(p, p), mapping.get(o))
        score.gold += 1
        if key in rels:
            found.add(key)
            score.tp_gold += 1
        else:
            report.missed.append(f"relation {s} {p} {o}")
    score.tp_pred = len(found)
    report.wrong += [f"relation {s} {p} {o}" for s, p, o in sorted(rels - found)]
    report.scores["relations"] = score
    return report


def format_report(report: Report) -> str:
    """The report as a table followed by what was missed and what was wrong."""
    lines = [f"{'part':<10} {'P':>5} {'R':>5} {'F1':>5}  (matched/predicted, matched/gold)"]
    for part, s in report.scores.items():
        lines.append(f"{part:<10} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f}  "
                     f"({s.tp_pred}/{s.predicted}, {s.tp_gold}/{s.gold})")
    ok, n = report.attribution
    lines.append(f"attribution: {ok}/{n} matched stances have the right source")
    lines.append(f"event place: {report.event_place[0]}/{report.event_place[1]}, "
                 f"event date: {report.event_date[0]}/{report.event_date[1]}")
    lines += [f"missed: {m}" for m in report.missed]
    lines += [f"wrong:  {w}" for w in report.wrong]
    return "\n".join(lines) + "\n"
