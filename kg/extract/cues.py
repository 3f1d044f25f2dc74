"""Matching a stance or reporting cue of the lexicon at a token: its words, with what may come between
them ("a refusé mardi d'exclure", "a appelé la Hongrie, dernier pays ..., à le faire"), and the
participles that only describe a noun ("le territoire contesté", "les chefs d'Etat invités à l'ONU")."""
from __future__ import annotations

from kg.extract.document import MISREAD_VERBS, QUOTE_CLOSE, QUOTE_OPEN, children, feats, lemma, norm, tokens_of
from kg.resources import Cue

__all__ = ["match_cue", "attributive", "described_by", "infinitives"]

_SKIP_IN_CUE = {"DET", "PUNCT", "ADV"}          # "s'est dit « sérieusement préoccupé »"
_SKIP_BEFORE_NOUN = {"DET", "PUNCT", "ADV", "ADJ"}   # "a exprimé sa « profonde préoccupation »"


def _word_matches(token, word: str, first: bool, single: bool = False) -> bool:
    base = lemma(token)
    if single and base == norm(token) and base.endswith("ant") and token.text.islower() and word in infinitives(base):
        return True                         # ", leur reprochant d'avoir ...", "tout en avertissant que ...": a
        #                                     participle the tagger took for a noun
    if single:
        if base != word:
            return False
        # "s'était fermement opposée": a participle the tagger took for an adjective after an auxiliary
        pos = token.pos_
        return pos in ("VERB", "AUX") or "Part" in feats(token, "VerbForm") or norm(token) in MISREAD_VERBS \
            or pos == "ADJ" and any(t.pos_ == "AUX" for t in token.doc[max(0, token.i - 3):token.i])
    if base == word:
        return True
    text = norm(token)
    if text == word or not first and text in (word + "e", word + "s", word + "es"):
        return True                         # "est opposée", "sont favorables": an adjective agrees
    # a light verb whose lemma the tagger missed ("fait" tagged as a noun)
    return first and len(word) > 3 and word.endswith(("er", "ir", "re")) and text.startswith(word[:-2]) \
        and len(text) <= len(word) + 1


def infinitives(participle: str) -> tuple[str, ...]:
    """The infinitives a present participle may come from ("reprochant" → "reprocher", "avertissant" →
    "avertir", "exigeant" → "exiger", "promettant" → "promettre", "prevenant" → "prevenir")."""
    stem = participle[:-3]
    found = (stem + "er", stem + "ir", stem + "re")
    if stem.endswith("iss"):
        found += (stem[:-3] + "ir",)
    if stem.endswith("ge"):
        found += (stem[:-1] + "er",)
    return found


def match_cue(doc, i: int, cue: Cue, end_limit: int, times: frozenset[str] = frozenset()) -> int:
    """The end of ``cue`` matched at token ``i``, or 0; determiners, adverbs, quotation marks and
    time words (``times``: "a refusé mardi d'exclure") may come between its words."""
    toks = tokens_of(doc)
    if len(cue.lemmas) == 2 and cue.lemmas[1] in ("à", "a", "de") and _word_matches(toks[i], cue.lemmas[0], True, True):
        # "appeler Pékin à ne pas ...": the object comes between the verb and its infinitive
        # "appeler Pékin à ne pas ...", "appelé les deux parties à une désescalade"
        if any(c.dep_.split(":")[0] in ("xcomp", "obl") and c.i > i and c.pos_ != "PROPN"    # not "inviter X à Budapest"
               and any(norm(m) in _prep_forms(cue.lemmas[1]) and m.dep_ in ("mark", "case") for m in children(c))
               for c in children(toks[i])):
            return i + 1
        # the same, when the parser hung the infinitive elsewhere: "a appelé les deux parties à cesser",
        # "a appelé la Hongrie, dernier pays à ne pas avoir ratifié, à le faire" (past an apposition)
        limit, k = min(end_limit - 1, i + 7), i
        while k + 1 < limit:
            k += 1
            if toks[k].text == "," and k > i + 1 and toks[k - 1].pos_ in ("NOUN", "PROPN"):
                close = next((c for c in range(k + 1, min(end_limit - 1, k + 14)) if toks[c].text in (",", ".", ";")), None)
                if close is not None and toks[close].text == "," and norm(toks[close + 1]) in _prep_forms(cue.lemmas[1]):
                    limit, k = min(end_limit - 1, close + 3), close
                    continue
            if toks[k].text == QUOTE_OPEN and k == i + 1:
                continue                              # "en appelant « toutes les parties à la retenue »"
            if toks[k].text in (",", ".", ";", QUOTE_OPEN) or toks[k].pos_ == "VERB" and not _adjectival(toks[k]):
                break
            verb_at = k + 2 if toks[k + 1].text == QUOTE_OPEN and k + 2 < end_limit else k + 1   # "à « respecter"
            while verb_at + 1 < end_limit and (toks[verb_at].pos_ == "PRON" or norm(toks[verb_at]) in ("ne", "n'", "pas")):
                verb_at += 1                          # "à le faire", "à ne pas répondre"
            # or a noun of what is asked for: "a appelé l'opposition à « la responsabilité »"
            asked = "Inf" in feats(toks[verb_at], "VerbForm") or verb_at + 1 < end_limit \
                and toks[verb_at].pos_ == "DET" and toks[verb_at + 1].pos_ == "NOUN" \
                or norm(toks[k]) in ("au", "aux") and toks[verb_at].pos_ == "NOUN"     # "les deux pays au dialogue"
            # an object between (or a bare noun phrase the parser hung elsewhere)
            noun_phrase = any(toks[t].pos_ in ("NOUN", "PROPN") for t in range(i + 1, k)) and all(
                toks[t].pos_ in ("DET", "ADJ", "NOUN", "PROPN") or toks[t].text == QUOTE_OPEN or _adjectival(toks[t])
                for t in range(i + 1, k))
            if norm(toks[k]) in _prep_forms(cue.lemmas[1]) and asked \
                    and (noun_phrase or any(toks[t].head.i == i and (toks[t].dep_ == "obj" or toks[t].dep_ == "xcomp"
                                                                      and toks[t].pos_ == "PROPN") for t in range(i + 1, k))):
                return i + 1
    if len(cue.lemmas) >= 2 and cue.target == "obj" and toks[i].pos_ == "VERB" \
            and _word_matches(toks[i], cue.lemmas[0], True, True):
        # "tient le ministre de l'Intérieur, X, pour responsable": the object between the verb and its attribute
        objects = [c for c in children(toks[i]) if c.dep_ == "obj" and c.i > i]     # (a name in apposition: two)
        k = max(c.right_edge.i for c in objects) + 1 if objects else end_limit
        if k < end_limit and toks[k].text == ",":
            k += 1
        rest = cue.lemmas[1:]
        if k + len(rest) <= end_limit \
                and all(lemma(toks[k + n]) == w or norm(toks[k + n]) == w for n, w in enumerate(rest)):
            return k + len(rest)
    if cue.frame == "noun":
        return i + len(cue.lemmas) if toks[i].pos_ == "NOUN" and all(
            i + n < end_limit and (lemma(toks[i + n]) == w or norm(toks[i + n]) == w) for n, w in enumerate(cue.lemmas)) else 0
    j = i
    for n, word in enumerate(cue.lemmas):
        skip = _SKIP_BEFORE_NOUN if n == len(cue.lemmas) - 1 and n else _SKIP_IN_CUE
        while n and j < end_limit and (toks[j].pos_ in skip and toks[j].text not in (",", ".")
                                       and not (toks[j].pos_ in ("ADJ", "ADV") and _word_matches(toks[j], word, first=False))
                                       or norm(toks[j]) in times):
            j += 1
        if j >= end_limit or not _word_matches(toks[j], word, first=n == 0, single=len(cue.lemmas) == 1):
            return 0
        j += 1
    if cue.reflexive and not any(norm(t) in ("se", "s'", "s") for t in doc[max(0, i - 3):i]) and not any(
            norm(c) in ("se", "s'") and c.dep_.startswith("expl") and c.i < i for c in children(toks[i])):
        return 0                          # (the pronoun further off: "s'est lui aussi inquiété")
    if cue.target == "sur" and not any(norm(t) == "sur" for t in toks[j:min(end_limit, j + 8)]):
        return 0                          # "a rejeté toute responsabilité" denies it; "... sur X" lays it on X
    return j


def _adjectival(token) -> bool:
    """A past participle the tagger read as a verb that qualifies the noun just before it, as an adjective
    would: "les responsables mongols" (a demonym read as "mongoler"), "les pays concernés"."""
    return token.pos_ == "VERB" and token.dep_ == "acl" and token.head.i == token.i - 1 \
        and token.head.pos_ == "NOUN" and "Part" in feats(token, "VerbForm") and "Past" in feats(token, "Tense")


def _prep_forms(word: str) -> tuple[str, ...]:
    return ("a", "au", "aux") if word in ("à", "a") else ("de", "d'", "du", "des")      # "a appelé au calme"


def attributive(token) -> bool:
    """A past participle describing a noun with no agent: "le territoire contesté" (but "des résultats
    contestés par l'opposition" and "la visite, qualifiée de provocation" report someone's words)."""
    if token.dep_ not in ("amod", "acl") or "Part" not in feats(token, "VerbForm") \
            or "Past" not in feats(token, "Tense"):
        return False
    toks = tokens_of(token.doc)
    if 2 <= token.i < len(toks) - 1 and toks[token.i - 1].text == QUOTE_OPEN and toks[token.i + 1].text == QUOTE_CLOSE \
            and toks[token.i - 2].pos_ == "NOUN":
        return True                       # "une transition « ordonnée »"
    noun = token.head
    if noun.head.i < noun.i < token.i and lemma(noun.head) in ("avoir", "etre") \
            and any(c.dep_ == "case" for c in children(noun)) \
            and any("Yes" in feats(c, "Poss") for c in children(noun)):
        return False                      # "a de son côté assuré", "a pour sa part démenti": the parser hung the
        #                                   verb on the aside between it and its auxiliary
    # (a clause it reports makes it a verb: "a de son côté assuré que ...", however parsed)
    return not any(c.dep_ in ("obl:agent", "obl:arg", "obl", "xcomp", "obj", "ccomp")
                   or c.dep_.startswith("obl") and any(norm(g) == "par" for g in children(c) if g.dep_ == "case")
                   for c in children(token))         # "des accusations rejetées par Paris", parsed "obl:mod"


def described_by(token, cue: Cue) -> bool:
    """ "les chefs d'Etat invités à l'ONU": a past participle of "inviter à", "appeler à" describing a noun,
    with no agent ("les pays appelés par l'ONU à ..." still report a call)."""
    doc = token.doc
    return len(cue.lemmas) == 2 and cue.lemmas[1] in ("à", "a", "de") and token.dep_ in ("amod", "acl") \
        and "Part" in feats(token, "VerbForm") and "Past" in feats(token, "Tense") \
        and token.i > 0 and doc[token.i - 1].pos_ in ("NOUN", "PROPN") \
        and not any(t.pos_ == "AUX" or t.lemma_ in ("avoir", "être") or norm(t) == "et" for t in doc[max(0, token.i - 4):token.i]) \
        and not any(c.dep_ in ("obl:agent", "obj") or any(norm(g) == "par" for g in children(c) if g.dep_ == "case")
                    for c in children(token))
