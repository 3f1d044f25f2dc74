"""Find the names of actors in a parsed article: the tagger's entities, corrected by the gazetteer and by
French naming conventions (titles, particles, organisations whose names run on in lower case, acronyms
in parentheses, given names the tagger missed)."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.document import NUMBERED_SERIES, children, feats, lemma, norm, text_of, tokens_of
from kg.link import spells
from kg.model import ORGANISATION, PERSON, PLACE, Mention, Span
from kg.resources import fold
from kg.roles import CITY_OFFICES

__all__ = ["find_names", "make_mention", "after_party_noun", "ARTICLES", "DIRECTIONS", "LOCATIVE", "OF"]

ARTICLES = {"le", "la", "les", "l'", "l", "un", "une", "des", "du", "de", "d'"}
_NER_TYPES = {"PER": PERSON, "ORG": ORGANISATION, "LOC": PLACE, "GPE": PLACE}
LOCATIVE = {"a", "en", "depuis", "dans", "vers", "au", "aux", "pres"}
DIRECTIONS = {"nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest"}
OF = {"de", "du", "d'", "des"}


_LEADING = ARTICLES | {"a", "au", "aux", "en", "dans", "pour", "par", "selon", "chez", "vers", "et"}
PARTICLES = {"de", "d'", "du", "des", "von", "van", "der", "den", "al", "el", "ben", "bin", "ibn", "la", "le", "y", "da", "dos", "di"}


_FUNCTION_WORDS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "a", "au", "aux", "en", "sur", "pour", "par",
                   "dans", "avec", "contre", "chez", "entre", "vers", "un", "une", "ce", "cette", "ces", "son", "sa",
                   "ses", "leur", "leurs", "selon", "apres", "avant", "depuis", "pendant", "sans", "sous"}


def _clean_name_span(ent, titles=frozenset()) -> tuple[int, int, bool]:
    """Token bounds of a name without leading articles, prepositions or titles, trailing punctuation, or
    the words after a lower-case word the tagger ran on into ("M. Siegfried au Havre"); and whether a
    title ("M.", "le général") marked it as a person's name."""
    start, end = ent.start, ent.end
    doc = ent.doc
    toks = tokens_of(doc)
    if toks[end - 1].text == "-" and not toks[end - 1].whitespace_ and end < len(doc) and toks[end].is_alpha:
        end += 1                                     # "Wang Kwo-" then "tsai": the tagger cut a hyphenated name
    if ent.label_ == "PER" and end + 2 < len(doc) and toks[end - 1].whitespace_ and toks[end].text[:1].isupper() \
            and toks[end].is_alpha and not toks[end].whitespace_ and toks[end + 1].text == "-" \
            and not toks[end + 1].whitespace_ and toks[end + 2].is_alpha and toks[end + 2].text.islower():
        end += 3                                     # "Yoon" then "Kab-keun": a hyphenated given name left out
    if ent.label_ == "PER" and start > 1 and toks[start - 1].text == "-" and not toks[start - 1].whitespace_ \
            and not toks[start - 2].whitespace_ and toks[start - 2].is_alpha and toks[start - 2].text[:1].isupper():
        start -= 2                                   # "Jens-" before "Frederik Nielsen": a given name cut at its hyphen
    titled = False
    while start < end - 1 and (norm(toks[start]) in _LEADING or _is_title(doc, start, titles)):
        titled = titled or _is_title(doc, start, titles)
        start += 1
    back = start - 1
    while back > 0 and toks[back].text in (":", ".", ",") and start - back < 3:
        back -= 1                                    # "MM. : Azard", "MM. Sarrien"
    if back >= 0 and _is_title(doc, back, titles):
        titled = True
    for k in range(start + 1, end if not ent.id_ else start):      # a gazetteer name is kept whole
        word = toks[k].text
        joined = word == "et" and ent.label_ == "ORG" and k + 1 < end and toks[k + 1].pos_ == "ADJ" \
            and toks[k + 1].text.islower()          # "Front de libération nationale kanak et socialiste"
        # a noun the tagger took for a verb after "de" in an organisation's name: "Front de salut national"
        mistagged = ent.label_ == "ORG" and toks[k].pos_ == "VERB" and norm(toks[k - 1]) in ("de", "d'")
        # "l'Association des enseignants de l'Alberta", "la Coordination nationale des travailleurs de l'éducation":
        # an organisation's name goes on past "de l'" to a name or a noun
        mistagged = mistagged or ent.label_ == "ORG" and norm(toks[k]) in ("l'", "la", "le") and norm(toks[k - 1]) == "de" \
            and k + 1 < end and (toks[k + 1].text[:1].isupper() or toks[k + 1].pos_ == "NOUN")
        if word[:1].islower() and norm(toks[k]) not in PARTICLES and "-" not in word and not joined and not mistagged \
                and (toks[k].pos_ in ("VERB", "AUX", "CCONJ", "PRON", "SCONJ")
                     or toks[k].pos_ in ("ADP", "DET") and norm(toks[k]) in _FUNCTION_WORDS):   # not "suprême", mistagged
            end = k
            break
    while end > start + 1 and (toks[end - 1].is_punct or toks[end - 1].is_space or norm(toks[end - 1]) in PARTICLES):
        end -= 1
    return start, end, titled


def _apposed_to_role(doc, sentences, start: int, resources) -> bool:
    """Whether the name at ``start`` is set off by a comma after a role that opens its clause ("Le chef du
    STC, Aidarous al-Zoubaidi, a salué"): the name of who holds it."""
    toks = tokens_of(doc)
    if start < 3 or toks[start - 1].text != ",":
        return False
    for k in range(start - 2, max(sentences.tokens[sentences.of[start]][0], start - 8) - 1, -1):
        if toks[k].pos_ in ("VERB", "AUX") or toks[k].text in (",", ";", ":"):
            return False
        if sentences.norms[k] in resources.roles_by_first and toks[k].pos_ in ("NOUN", "ADJ", "PROPN") and k > 0 \
                and (toks[k - 1].pos_ == "DET" and (k - 1 == sentences.tokens[sentences.of[k]][0]
                                                    or toks[k - 2].text in (",", "«")
                                                    or toks[k - 2].pos_ in ("ADP", "VERB"))
                     or sentences.norms[k - 1] in ("du", "au", "aux")):
            return True                   # (also after the verb it follows: "a déclaré un responsable du FNV, X";
            #                               and after a noun: "l'arrestation du maire de la ville, X")
    return False


def _apposed_to_body(doc, sentences, start: int, resources) -> bool:
    """Whether the name at ``start`` is set off by a comma after a clause that opens on a body's common noun
    ("Le parti du président argentin Javier Milei, La Libertad Avanza, a remporté"): the body's name."""
    toks = tokens_of(doc)
    begin = sentences.tokens[sentences.of[start]][0]
    comma = start - 2 if start > 1 and toks[start - 1].pos_ == "DET" else start - 1
    if comma < begin + 2 or toks[comma].text != "," or toks[begin].pos_ != "DET" \
            or not toks[begin + 1].text.islower() or sentences.norms[begin + 1] not in resources.organisation_nouns:
        return False
    return not any(toks[k].pos_ in ("VERB", "AUX") or toks[k].text in (",", ";", ":") for k in range(begin + 2, comma))


def _is_title(doc, i: int, titles) -> bool:
    toks = tokens_of(doc)
    word = norm(toks[i])
    if word in titles:
        return True
    # "M." may come as "M" + "."
    return word + "." in titles and i + 1 < len(doc) and toks[i + 1].text == "."


def make_mention(doc, sentences, start, end, **fields) -> Mention:
    offsets, texts, deps, heads = sentences.offsets, sentences.texts, sentences.deps, sentences.heads
    span = Span(offsets[start], offsets[end - 1] + len(texts[end - 1]))
    first = sentences.tokens[sentences.of[start]][0]
    # a name that opens its sentence, possibly after a title, is its subject however the parser hung it ("M. Ishiba, 67 ans, succède")
    # and so is a name set beside a subject noun ("Le candidat réformateur Massoud Pezeshkian a remporté")
    # ("Le parti anti-immigration Reform UK a remporté", the name hung on the noun as a complement, no
    # preposition between them)
    # (or beside an apposition the parser joined to the subject: "Son principal rival, l'homme d'affaires X,")
    subject = any(deps[t].startswith("nsubj") or (deps[t] in ("appos", "flat:name") or deps[t] == "nmod" and not any(
                  sentences.pos[k] == "ADP" for k in range(heads[t] + 1, start))) and heads[t] < start
                  and (deps[heads[t]].startswith("nsubj") or deps[heads[t]] == "conj"
                       and "," in texts[heads[heads[t]]:heads[t]] and deps[heads[heads[t]]].startswith("nsubj"))
                  for t in range(start, end)) or start == first \
        or start == first + 1 and texts[first] in ("M.", "Mme", "MM.") \
        or start > first and texts[start - 1] == ":" and sentences.is_headline(sentences.of[start])
    # (and the name opening a title's clause after its label: "Israël : Naftali Bennett Premier ministre")
    return Mention(span=span, text=span.of(text_of(doc)), start=start, end=end, sent=sentences.of[start],
                   subject=subject, **fields)


# capitalised words that, before a country's name, make no company's name ("Sud Soudan", "Grand Maroc")
_NOT_COMPANY_WORDS = {"nord", "sud", "est", "ouest", "centre", "haute", "haut", "basse", "bas", "grand", "grande",
                      "petit", "petite", "nouvelle", "nouveau", "etat", "etats", "republique", "royaume", "empire"}
# lower-case nouns for a body that the name after them completes ("le comité Nobel norvégien")
_NAMED_BODIES = {"comite", "commission", "fondation", "institut"}
# adjectives that end a body's name after another one: "Tribunal suprême électoral", "Haute Cour militaire"
_BODY_ADJECTIVES = {"electoral", "electorale", "constitutionnel", "constitutionnelle", "militaire", "federal", "federale",
                    "national", "nationale", "administratif", "administrative", "penal", "penale", "islamique",
                    "populaire", "special", "speciale", "permanent", "permanente", "independant", "independante",
                    "patriotique", "democratique", "republicain", "republicaine", "socialiste", "progressiste",
                    "revolutionnaire", "unifie", "unifiee"}      # "le Bloc électoral patriotique"


# what a body says of an event, never a body's name: "le Conseil constitutionnel de la victoire de X"
_OUTCOMES = {"victoire", "resultat", "candidature", "nomination", "validation", "confirmation"}


def extend_organisation(doc, start: int, end: int, heads, demonyms=frozenset(), event_words=frozenset()) -> int:
    """ "Organisation iranienne" → "Organisation iranienne de l'énergie atomique": an organisation name
    runs on over "de" + lower-case nouns and adjectives, but not over a definite event ("l'annulation par la
    Cour constitutionnelle de l'élection": of ``event_words``) or its outcome ("de la victoire de X")."""
    toks = tokens_of(doc)
    if norm(toks[start]) not in heads:
        return end
    while end < len(doc) and (toks[end].pos_ == "ADJ" or norm(toks[end]) in _BODY_ADJECTIVES) and toks[end].text.islower() \
            and toks[end].text.isalpha() \
            and (end == start + 1 or (end == start + 2 or end == start + 3 and norm(toks[end - 1]) in _BODY_ADJECTIVES)
                 and (norm(toks[end]) in demonyms or norm(toks[end]) in _BODY_ADJECTIVES)):
        end += 1                            # "le Conseil constitutionnel", "la Cour suprême", "le Conseil
        #                                     constitutionnel camerounais", "le Tribunal suprême électoral", "la
        #                                     Commission électorale nationale indépendante" (not "la Cour suprême
        #                                     valide la loi")
    for n in range(2):
        k = end
        if k >= len(doc) or norm(toks[k]) not in OF and norm(toks[k]) != "pour" and (n == 0 or norm(toks[k]) != "sur"):
            break                           # "Parti pour la liberté", "Bureau d'enquête sur les accidents aériens"
        k += 1
        while k < len(doc) and norm(toks[k]) in ("la", "l'", "le", "les"):
            k += 1
        if end == start + 1 and k < len(doc) and toks[k].ent_id_ and toks[k].ent_type_ == "ORG":
            known = toks[k].ent_id_                        # "la Commission de l'Union africaine": one body
            while k < len(doc) and toks[k].ent_id_ == known:
                k += 1
            return k
        # a lower-case noun, which the tagger may take for a verb ("Front de salut national")
        if k >= len(doc) or toks[k].pos_ not in ("NOUN", "VERB") or not toks[k].text.islower() \
                or toks[k].text.endswith(("er", "ir", "re")) and "Inf" in feats(toks[k], "VerbForm") \
                or (lemma(toks[k]) in event_words or lemma(toks[k]) in _OUTCOMES) \
                and norm(toks[k - 1]) in ("la", "l'", "le", "les") and norm(toks[end]) in OF:
            break                           # not "le Conseil de sécurité ... de convoquer": an infinitive
        k += 1
        while k < len(doc) and toks[k].text.islower() and (toks[k].pos_ == "ADJ" or norm(toks[k]) == "et" and k + 1 < len(doc)
                                                          and toks[k + 1].pos_ == "ADJ" and toks[k + 1].text.islower()):
            k += 1                          # "Front de libération nationale kanak et socialiste"
        end = k
    return end


def _spelt_by_acronym(doc, start: int, end: int, whole: bool = False) -> int | None:
    """Where a name ends whose acronym follows in parentheses, when the tagger cut it short: the initials of
    the words from ``start`` up to "(" spell the acronym ("Instance supérieure indépendante pour les
    élections (Isie)", "International Longshoremen's Association (ILA)"). None when they do not; ``whole``:
    also when the name already runs up to "(" (its start is in question, not its end)."""
    toks = tokens_of(doc)
    paren = next((k for k in range(end, min(len(doc), end + 8)) if toks[k].text == "("), None)
    if paren is None or paren + 2 >= len(doc) or toks[paren + 2].text != ")" or paren == end and not whole:
        return None
    acronym = toks[paren + 1].text
    if not (2 <= len(acronym) <= 8 and acronym[:1].isupper() and acronym.isalpha()):
        return None
    if any(toks[k].text in (",", ".", ";", ":", "«", "»") for k in range(start, paren)):
        return None
    return paren if spells(doc[start:paren].text, acronym) else None


def _person_after_noun(doc, ent, resources) -> bool:
    """Whether an unclassed name of two or three capitalised words follows a noun for a person
    ("l'opposant Bobi Wine", "la journaliste X", "le candidat X")."""
    toks = tokens_of(doc)
    words = [t.text for t in ent]
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
            or ent.start < 1:
        return False
    before = fold(toks[ent.start - 1].text)
    if before in resources.person_nouns or before in resources.role_first_words and toks[ent.start - 1].text.islower():
        return True
    # "le dignitaire chiite Moqtada Sadr": past an adjective, whatever its tag
    return ent.start > 1 and toks[ent.start - 1].pos_ in ("ADJ", "NOUN") and toks[ent.start - 1].text.islower() \
        and fold(toks[ent.start - 2].text) in resources.person_nouns


_BODY_KINDS = {"Group", "Party", "Union", "NGO", "Bloc"}


def _quoted_body(doc, start: int, resources) -> int | None:
    """Where a name in quotation marks ends when a noun for a body introduces it, within a few words
    ("le collectif de jeunes « GenZ 212 »", "le mouvement « Les Soulèvements de la Terre »"); None otherwise."""
    toks = tokens_of(doc)
    close = next((k for k in range(start + 1, min(len(doc), start + 8)) if toks[k].text == "»"), None)
    if close is None:
        return None
    text, name = text_of(doc), doc[start:close].text

    def introduced(at: int) -> bool:               # a noun for a body among the few words before
        words = re.findall(r"[\w'-]+", text[max(0, at - 40):at])[-4:]
        return any(resources.class_nouns.get(fold(w), frozenset()) & _BODY_KINDS and w.islower() for w in words)

    # here, or wherever else the article quotes the same name ("la jeunesse « GenZ 212 »" in a title)
    return close if any(introduced(m.start()) for m in re.finditer(re.escape(f"« {name} »"), text)) else None


def _name_after_role(doc, start: int, end: int, resources) -> int | None:
    """Where the name starts in a span the tagger ran over a role description ("Premier ministre kosovar
    Albin Kurti"): after the role words, at the run of capitalised words that ends the span."""
    toks = tokens_of(doc)
    if fold(toks[start].text) not in resources.role_first_words:
        return None
    k = end
    while k > start and (toks[k - 1].text[:1].isupper() and fold(toks[k - 1].text) not in resources.role_first_words
                         or toks[k - 1].text == "-" and k - 2 > start and not toks[k - 2].whitespace_
                         and not toks[k - 1].whitespace_ and toks[k - 2].text[:1].isupper()):
        k -= 1                            # (past a hyphen: "le Premier ministre Oyun-Erdene")
    if not start < k < end or end - k > 5:
        return None
    if fold(toks[k - 1].text) in ("de", "du", "d'", "l'", "la", "le", "des", "au", "aux", "en"):
        # the office's own capitalised noun, then a proper noun: "ministre de l'Intérieur Kipchumba Murkomen"
        while k < end - 1 and toks[k].pos_ == "NOUN" and toks[k].text[:1].isupper():
            k += 1
        if toks[k - 1].pos_ != "NOUN" or toks[k].pos_ != "PROPN":
            return None                   # "ministre de l'Intérieur de l'Haryana": the office's place, no name
    # a proper noun, not the noun of a body's name ("Le Haut Conseil" is no "Haut" named "Conseil"); a given
    # name the tagger read as a noun is one when a proper noun ends the name ("lituanienne Inga Ruginiene")
    return k if toks[k].pos_ == "PROPN" or end - k >= 2 and toks[end - 1].pos_ == "PROPN" \
        and fold(toks[k].text) not in resources.organisation_nouns else None


_GENERATIONS = {"jr", "junior", "sr", "senior"}      # "Donald Trump Jr", "Ferdinand Marcos Jr."


# treaties and meetings named after where they were signed or held: "l'accord de Paris", "le sommet de Vilnius"
_NAMED_AFTER_PLACE = {"accord", "traite", "pacte", "protocole", "convention", "processus", "format", "sommet",
                      "conference"}


# a person's own place: "le domicile de X", "le fief de X" (the lemmas the tagger gives)
_PERSONS_PLACES = {"domicile", "résidence", "fief", "bastion", "habitant", "mairie"}


def _whole_known_names(doc, ents: list, words, index: dict[str, str]) -> list:
    """``ents`` with a known person's surname, which the gazetteer ruler tagged alone, grown over the given
    names before it when the whole is a gazetteer name spelt another way ("José Raul Mulino" for "José
    Raúl Mulino": the ruler matches each name with all its accents or none)."""
    from spacy.tokens import Span as SpacySpan
    toks = tokens_of(doc)
    grown = []
    for ent in ents:
        start = ent.start
        if ent.id_ and ent.label_ == "PER":
            start = next((ent.start - n for n in (3, 2, 1) if ent.start - n >= 0
                          and all(toks[k].text[:1].isupper() and toks[k].text.replace("-", "").isalpha()
                                  for k in range(ent.start - n, ent.start))
                          and index.get(fold(words(ent.start - n, ent.end))) == ent.id_), ent.start)
        if start == ent.start:
            grown.append(ent)
            continue
        while grown and grown[-1].end > start:
            grown.pop()                         # "José Raul", tagged a person of its own
        grown.append(SpacySpan(doc, start, ent.end, label=ent.label_, span_id=ent.id_))
    return grown


def _persons_split(doc, ents: list) -> list:
    """``ents`` with a person's name the tagger cut in two touching halves ("le gouvernement de Rossen |
    Jeliazkov") made one: two names run together with nothing between them are one person's, as news prose
    lists persons with commas and "et"."""
    from spacy.tokens import Span as SpacySpan
    toks = tokens_of(doc)
    joined = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and last.end == ent.start and last.label_ == ent.label_ == "PER" \
                and not last.id_ and not ent.id_ and len(last) == 1 and toks[last.start].whitespace_ \
                and toks[ent.start].text[:1].isupper() and toks[last.start].text.isalpha():
            joined[-1] = SpacySpan(doc, last.start, ent.end, label="PER")
        else:
            joined.append(ent)
    return joined


def find_names(doc, sentences, resources) -> list[Mention]:
    # a span of doc.ents carries its gazetteer key as ``id_``; ``ent_id_`` would look for its root token each time
    toks = tokens_of(doc)
    offsets, texts, whole = sentences.offsets, sentences.texts, text_of(doc)

    def words(start: int, end: int) -> str:     # doc[start:end].text, without building the tokens again
        return whole[offsets[start]:offsets[end - 1] + len(texts[end - 1])]

    found = []
    role_words = resources.role_first_words
    # the first words that open only roles of several words ("garde" of "garde des Sceaux"), and those roles
    long_roles = tuple(fold(r.noun) for r in resources.roles if " " in r.noun)
    long_role_words = {w.split()[0] for w in long_roles} - {fold(r.noun) for r in resources.roles} - resources.titles
    city_offices = {fold(r.noun) for r in resources.roles if r.role in CITY_OFFICES}    # "le maire de Varsovie"
    index = resources.name_index
    demonyms = resources.demonym_index()
    # "Air Canada", "Radio France": a name the tagger opened before a place the gazetteer knows is one name,
    # here and wherever else the article writes it
    ents = _persons_split(doc, _whole_known_names(doc, list(doc.ents), words, index))
    after_place = {a.end: b for a, b in zip(ents, ents[1:]) if a.end == b.start and not a.id_
                   and a.label_ in ("ORG", "MISC") and _known_place(b, resources)
                   and all(t.text[:1].isupper() and t.text.isalpha() for t in a)}
    companies = {fold(words(a.start, b.end)) for a, b in zip(ents, ents[1:]) if after_place.get(a.end) is b}
    # "le groupe militant Palestine | Action": a place opening an organisation's name after a noun or an
    # adjective (not after a preposition: "en Syrie Damas")
    # (a place written in lower case is a demonym: "la centrale syndicale suisse Unia" is Unia, Swiss)
    place_first = {a.start: b for a, b in zip(ents, ents[1:]) if a.end == b.start and a.id_ and _known_place(a, resources)
                   and toks[a.start].text[:1].isupper()
                   and b.label_ in ("ORG", "MISC") and not b.id_ and toks[b.start].text[:1].isupper()
                   and a.start > 0 and toks[a.start - 1].pos_ in ("NOUN", "ADJ") and toks[a.start - 1].text.islower()}
    # ... and a capitalised noun the tagger left untagged before a country, after an article or a preposition
    # ("la réforme de Postes Canada"; not "Sud Soudan", "le Premier ministre Canada")
    tagged = {t for e in ents for t in range(e.start, e.end)}
    # "le chanteur devenu opposant Bobi Wine": a name the tagger left unclassed after a noun for a person,
    # and wherever else the article writes it ("Bobi Wine dénonce")
    # (or took for a body: "l'opposant Tundu Lissu")
    after_person_noun = {fold(words(e.start, e.end)) for e in ents if (
        e.label_ == "MISC" or e.label_ == "ORG" and not e.id_ and toks[e.start].pos_ != "DET"
        and fold(toks[e.start].text) not in resources.organisation_nouns) and _person_after_noun(doc, e, resources)}
    persons = {fold(words(e.start, e.end)) for e in ents if e.label_ == "PER"} | after_person_noun
    # "Netumbo Nandi-Ndaitwah" (tagged a body), then "Mme Nandi-Ndaitwah": a surname the article writes
    # after a title is a person's, wherever it ends a name of two or three words
    titled_surnames = {texts[k + 1] for k in range(len(doc) - 1) if _is_title(doc, k, resources.titles)
                       and texts[k + 1][:1].isupper() and texts[k + 1].isalpha()} \
        | {texts[k + 2] for k in range(len(doc) - 2) if texts[k + 1] == "." and _is_title(doc, k, resources.titles)
           and texts[k + 2][:1].isupper() and texts[k + 2].isalpha()}
    for b in ents:
        k = b.start - 1
        entry = resources.entries.get(b.id_) if b.id_ else None
        if entry is None or entry.kind != "Country" or k < 2 or k in tagged or not toks[k].text[:1].isupper() \
                or not toks[k].text.isalpha() or toks[k].pos_ not in ("NOUN", "PROPN") or toks[k - 1].pos_ not in ("DET", "ADP") \
                or sentences.of[k] != sentences.of[k - 1] or sentences.tokens[sentences.of[k]][0] == k \
                or sentences.norms[k] in _NOT_COMPANY_WORDS or toks[k].text in resources.first_names \
                or sentences.norms[k] in resources.titles or sentences.norms[k] in resources.role_first_words:
            continue
        companies.add(fold(f"{texts[k]} {words(b.start, b.end)}"))
    for ent in ents:
        if found and ent.start < found[-1].end:
            continue                                     # inside a name already found: "la Commission de l'UA"
        if _known_place(ent, resources) and ent.start > 0 and fold(f"{texts[ent.start - 1]} {words(ent.start, ent.end)}") in companies \
                and not (found and found[-1].end > ent.start - 1):
            found.append(make_mention(doc, sentences, ent.start - 1, ent.end, kind="name", type=ORGANISATION, key=None,
                                      locative=False, gender=None))
            continue
        opens_name = ent.start not in place_first and ent.id_ and _known_place(ent, resources) and ent.start > 0 \
            and toks[ent.start].text[:1].isupper() \
            and toks[ent.start - 1].pos_ in ("NOUN", "ADJ") and toks[ent.start - 1].text.islower() \
            and ent.end < len(doc) and ent.end not in tagged and toks[ent.end].text[:1].isupper() \
            and toks[ent.end].text.isalpha() and toks[ent.end].pos_ in ("NOUN", "PROPN", "X") \
            and sentences.norms[ent.end] not in resources.titles    # ... or one the tagger left untagged
        if ent.start in place_first or opens_name:
            limit = place_first[ent.start].end if ent.start in place_first else ent.end + 3
            end = place_first[ent.start].start if ent.start in place_first else ent.end
            while end < limit and end < len(doc) and toks[end].text[:1].isupper() and toks[end].text.isalpha():
                end += 1
            found.append(make_mention(doc, sentences, ent.start, end, kind="name", type=ORGANISATION, key=None,
                                      locative=False, gender=None))
            continue
        start, end, titled = _clean_name_span(ent, resources.titles)
        while not ent.id_ and start < end - 1 and toks[start].text.islower() \
                and sentences.norms[start] in resources.organisation_nouns \
                and all(toks[k].text[:1].isupper() for k in range(start + 1, end)) \
                and not (end < len(doc) and toks[end].text.islower() and toks[end].pos_ in ("ADJ", "NOUN")):
            start += 1                                   # "le parti Nuevas Ideas", tagged with its noun: the name
            #                                              (one with common words is a movement's, read later:
            #                                              "le mouvement Révolution | citoyenne")
        if ent.end in after_place and end == ent.end:
            end = after_place[ent.end].end
        committee = not ent.id_ and ent.label_ in ("MISC", "PER") and start == ent.start and start >= 2 \
            and sentences.norms[start - 1] in _NAMED_BODIES and toks[start - 1].text.islower() and toks[start - 2].pos_ == "DET"
        if committee:                                    # "Le comité Nobel norvégien", "la fondation Gates"
            start -= 1
        named = _named_after_place_noun(doc, ent, resources)
        if named:
            start, end = named                           # "la province afghane de Paktika": Paktika
        tail = _name_after_role(doc, start, end, resources)
        if tail is not None:                             # "Premier ministre kosovar Albin Kurti"
            start, titled = tail, True
        while start < end and (toks[start].text == "." or sentences.norms[start] in resources.titles):
            start += 1
        if start >= end or end - start == 1 and len(texts[start]) == 2 and texts[start][1] == "." and not ent.id_:
            continue                                     # an initial alone ("a-t-il écrit sur X.", the full stop
            #                                              taken into the token) names no one
        named_event = start - 2
        while named_event > 0 and sentences.pos[named_event] == "ADJ":
            named_event -= 1
        if not ent.id_ and start >= 2 and toks[start - 1].text == "«" and sentences.pos[named_event] == "NOUN" \
                and sentences.lemmas[named_event] in resources.event_words and ent.label_ != "ORG":
            continue                                     # "les exercices militaires « Zapad 2025 »": the event's name
        series = NUMBERED_SERIES.fullmatch(words(start, end))
        if series and not ent.id_ and series.group(1).lower() in resources.event_words:
            continue                                     # "la COP30": a conference of a numbered series, no body
        quoted_body = not ent.id_ and start >= 2 and toks[start - 1].text == "«" and _quoted_body(doc, start, resources)
        if quoted_body:                                  # "le collectif de jeunes « GenZ 212 »": the body's name, whole
            end = quoted_body
        while end > start + 1 and not ent.id_ and sentences.norms[end - 1] in resources.cue_index.times:
            end -= 1                                     # "Vox dimanche": the tagger ran on into the day
        grows = not ent.id_ and ent.label_ == "ORG" and end == ent.end
        while grows and end < len(doc) and end not in tagged and toks[end].text[:1].isupper() \
                and toks[end].text.isalpha() and toks[end - 1].text.isalpha() \
                and toks[end].pos_ in ("PROPN", "NOUN", "X") and sentences.norms[end] not in resources.titles \
                and fold(texts[end]) not in index and texts[end] not in {m.text for m in found}:
            #                                              (not "la CGT | ArcelorMittal": another name)
            end += 1                                     # "la Royal Air | Force": a word the tagger left out
        if not ent.id_ and ent.label_ == "ORG" or sentences.norms[start] in resources.organisation_nouns:
            end = extend_organisation(doc, start, end, resources.organisation_nouns, demonyms, resources.event_words)
        elif not ent.id_ and sentences.norms[start] in ("haute", "haut", "grand", "grande") and start + 1 < end \
                and sentences.norms[start + 1] in resources.organisation_nouns:
            end = extend_organisation(doc, start + 1, start + 2, resources.organisation_nouns)   # "Haute Cour constitutionnelle"
        if not ent.id_ and sentences.norms[start] in resources.organisation_nouns:
            end = _named_after(doc, end)             # "Syndicat national de Samsung Electronics (NSEU)"
            end = _runs_to_state(doc, end, resources)   # "la Chambre de commerce des Etats-Unis"
        elif not ent.id_ and ent.label_ == "ORG" and end - start >= 2 and toks[start].text[:1].isupper():
            end = _runs_to_state(doc, end, resources)   # "les Forces vives de Guinée"
        cut = next((k for k in range(start + 1, end - 1) if sentences.norms[k] in ("du", "de", "d'")
                    and sentences.norms[k + 1] in role_words and toks[k + 1].text[:1].isupper()), None)
        if not ent.id_ and cut is not None:
            end = cut                                    # "Le mouvement Vetëvendosje | du Premier ministre sortant X"
        suffixed = False
        spelt = None if ent.id_ else _spelt_by_acronym(doc, start, end)
        if spelt:                                        # "Instance supérieure indépendante pour les élections (Isie)"
            end = spelt
        else:
            back = start                                 # "le Ghana Trades | Union Congress (GTUC)": words left untagged
            while back > 0 and toks[back - 1].text[:1].isupper() and toks[back - 1].text.isalpha() \
                    and toks[back - 1].pos_ in ("PROPN", "X", "NOUN") and not toks[back - 1].is_sent_start \
                    and not (found and found[-1].end > back - 1) and start - back < 3:
                back -= 1
            opening = found[-1].start if found and found[-1].end == back and found[-1].type == PLACE else back
            if opening < start and (spelt := _spelt_by_acronym(doc, opening, end, whole=True)):
                if opening < back:
                    found.pop()                         # "le Nigeria Labour Congress (NLC)": the place opens the name
                start, end = opening, spelt
                suffixed = True                         # and the name is looked up whole (not the British party)
        if not ent.id_ and end == start + 1 and end + 1 < len(doc) and end not in tagged \
                and toks[end].text[:1].isupper() and toks[end].text.isalpha() and toks[end + 1].text in (",", ".") \
                and _apposed_to_role(doc, sentences, start, resources):
            end += 1                                     # "Le maire d'Istanbul, Ekrem Imamoglu,": the tagger took
            #                                              the first name alone
        generation = end < len(doc) and sentences.norms[end].rstrip(".") in _GENERATIONS
        if generation:                                   # "Donald Trump Jr" is not Donald Trump
            end += 1
        entry = resources.entries.get(ent.id_) if ent.id_ else None
        branch = entry is not None and entry.kind == "Company" and end == ent.end and end < len(doc) \
            and toks[end].pos_ == "PROPN" and toks[end].dep_ == "flat:name" and toks[end].head.i == end - 1 \
            and toks[end].text[:1].isupper() and end not in tagged
        if branch:                                       # "Gazprom Neft" is not Gazprom
            end += 1
        suffixed = suffixed or generation or branch or ent.label_ == "PER" and end > ent.end   # "Yoon Kab-keun"
        key = index.get(fold(words(start, end))) if suffixed else ent.id_ or index.get(fold(words(start, end)))
        if not key and start > 0 and sentences.norms[start - 1] in ("des", "aux") and toks[start].text[:1].isupper():
            key = index.get("les " + fold(words(start, end)))   # "le président des Républicains": Les Républicains
        if not key and start > 0 and sentences.norms[start - 1] in ("du", "au") and toks[start].text[:1].isupper():
            key = index.get("le " + fold(words(start, end)))    # "au Caire": Le Caire
        if key and resources.entries[key].type == ORGANISATION and end == ent.end and _runs_on(doc, end, demonyms):
            while _runs_on(doc, end, demonyms):       # "le Conseil de sécurité nationale": another council
                end += 1
            key = None
        text = words(start, end)
        if not key and end == start + 1 and (toks[start].pos_ == "VERB" and "Inf" in feats(toks[start], "VerbForm")
                                             or toks[start].pos_ == "NOUN" and start > 0 and toks[start - 1].text == "«"):
            continue                                     # "« Tromper les utilisateurs ... »", "« Justice ! »": a verb
            #                                              or a common noun opening a quote
        if not key and sentences.norms[start] in role_words and all(
                sentences.norms[t] in role_words or toks[t].text.islower() for t in range(start + 1, end)) \
                and (sentences.norms[start] not in long_role_words or sentences.pos[start] != "NOUN"
                     or fold(words(start, end)).startswith(long_roles)):
            continue                                     # "la Première ministre trinidadienne": a role, no name
            #                                              (but "la Garde civile": no "garde des Sceaux")
        if key and text[:1].islower() and not any(n[:1].islower() for n in resources.entries[key].names):
            continue                                     # "changer le monde" is not the newspaper Le Monde
        if key and titled and resources.entries[key].type == PLACE:
            key = None                                   # "M. Montenegro": a person, whatever place shares the name
        if key:
            entry = resources.entries[key]
            kind_type = entry.type
        elif spelt or branch:
            kind_type = ORGANISATION                     # a name its acronym spells out is an organisation's
        elif titled:
            kind_type = PERSON                           # "M. Azard", "le général Chomer"
        elif committee or quoted_body:
            kind_type = ORGANISATION
        elif after_party_noun(doc, start, resources) or _before_body_noun(doc, end, resources) \
                and not (ent.label_ == "LOC" and start > 0 and sentences.norms[start - 1] in LOCATIVE):
            kind_type = ORGANISATION                     # "le parti au pouvoir Rêve géorgien", "le groupe islamiste X",
            #                                              "la Somaïr, la filiale locale du groupe" (but not "une usine
            #                                              à Sunderland, le syndicat Unite a exigé")
        elif ent.label_ in ("LOC", "MISC") and _wins_seats(doc, sentences, end):
            kind_type = ORGANISATION                     # "le X ..., qui en remporte 38": a party wins seats
        elif end > start + 1 and (sentences.norms[start] in resources.organisation_nouns
                                  or sentences.norms[start] in ("haute", "haut", "grand", "grande")
                                  and sentences.norms[start + 1] in resources.organisation_nouns) \
                and toks[start].text[:1].isupper():    # "la Haute Cour constitutionnelle"
            kind_type = ORGANISATION                     # "la Cour constitutionnelle", whatever the tagger said
        elif ent.label_ == "MISC" and fold(words(start, end)) in persons \
                or ent.label_ == "ORG" and fold(words(start, end)) in after_person_noun \
                or ent.label_ in ("ORG", "LOC", "MISC") and 2 <= end - start <= 3 \
                and texts[end - 1] in titled_surnames \
                and sentences.norms[start] not in resources.organisation_nouns \
                and all(texts[t][:1].isupper() and texts[t].isalpha() for t in range(start, end)):
            kind_type = PERSON
        elif ent.label_ == "MISC" and end == start + 1 and start > 0 and sentences.norms[start - 1] in ("l'", "le", "la") \
                and any(o.label_ in ("ORG", "MISC") and len(o) > 1 and o.start != start and o[0].text == toks[start].text
                        for o in ents):
            kind_type = ORGANISATION                     # "L'Église a dénoncé", after "l'Église apostolique arménienne"
        elif ent.label_ in ("LOC", "MISC") and not ent.id_ and _apposed_to_body(doc, sentences, start, resources):
            kind_type = ORGANISATION                     # "Le parti du président X, La Libertad Avanza,": the party
        elif (ent.label_ in ("LOC", "MISC") or ent.label_ == "ORG" and end - start <= 3
              and sentences.norms[start] not in resources.organisation_nouns
              and all(texts[t][:1].isupper() and texts[t].replace("-", "").isalpha() for t in range(start, end))) \
                and end - start >= 2 and _apposed_to_role(doc, sentences, start, resources):
            kind_type = PERSON                           # "Le chef du STC, Aidarous al-Zoubaidi,": the chief's name
        elif ent.label_ in ("ORG", "MISC", "PER") and start >= 2 and sentences.norms[start - 1] in ("de", "d'") \
                and toks[start].dep_ == "nmod" and toks[start].head.i < start - 1 \
                and toks[start].head.lemma_ in resources.place_nouns \
                and (ent.label_ != "PER" or toks[start].head.lemma_ not in _PERSONS_PLACES):
            kind_type = PLACE                            # "la base militaire américaine de Pituffik", "la base de
            #                                              Diego Garcia", whatever its name looks like
        elif ent.label_ in _NER_TYPES:
            kind_type = _NER_TYPES[ent.label_]
            if kind_type == PERSON and end == start + 1 and start > 0 and norm(toks[start - 1]) in ("du", "au", "le", "la") \
                    and sentences.texts[start] not in resources.first_names:
                kind_type = ORGANISATION                 # "candidat du Frelimo": no person takes an article
        else:
            continue
        # a name may open with a particle: "M. al-Chareh", "ben Salmane"
        opening = re.match(r"(\w+)[-\s]+[A-Z]", text) if titled else None
        particle = opening is not None and fold(opening.group(1)) in PARTICLES
        parts = re.split(r"[\s-]+", text)           # "l'État-providence": a common noun, as "l'État"
        common = fold(parts[0]) in resources.not_names and all(w.islower() for w in parts[1:])
        if not key and (len(text) < 2 or not (text[0].isupper() or particle or committee) or fold(text) in resources.not_names or common
                        or fold(text) in resources.calendar                  # "Vendredi, le Premier ministre ..."
                        or fold(text) in resources.event_words and text[1:].islower()    # "Grève dans les transports
                        and start == sentences.tokens[sentences.of[start]][0]           # belges": a title's noun
                        or fold(text) in resources.titles or sentences.norms[start] in demonyms and end == start + 1):
            continue                                     # "les Arméniens", "aux Français": a people, read as a demonym
        if not key and start > 0 and sentences.norms[start - 1] in _NAMED_TEXTS and sentences.texts[start - 1].islower():
            continue                                     # "la loi Taft-Hartley", "la loi Magnitsky": a law's name
        if not key and start > 0 and (sentences.norms[start - 1] in _CHRISTENED
                                      or sentences.lemmas[start - 1] in resources.weapon_nouns
                                      or start > 1 and sentences.norms[start - 2:start] == ["de", "combat"]):
            continue                                     # "un missile baptisé Orechnik", "des drones Poseïdon",
            #                                              "des avions de combat Rafale": a thing's name
        if not key and end == start + 1 and start == sentences.tokens[sentences.of[start]][0] and end < len(doc) \
                and sentences.norms[end] in ("par", "a", "au", "aux", "en") \
                and toks[start].text.lower().endswith(("é", "ée", "és", "ées", "is", "ise", "ises", "u", "ue", "us", "ues")):
            continue                                     # "Visé par un mandat d'arrêt, ...": a participle, no name
        if not key and kind_type != PLACE and _place_in_place(doc, end, resources):
            kind_type = PLACE                            # "Woodside, en Californie"
        before = toks[start - 1] if start > 0 else None
        if before is not None and norm(before) in ("l'", "la", "le", "les") and start > 1:
            before = toks[start - 2]
        # (a city that stands for no state is where, even after a verb that gives: "imposé à Dar es Salaam")
        town = key is not None and resources.entries[key].kind == "City" and not resources.entries[key].stands_for
        locative = before is not None and norm(before) in LOCATIVE \
            and (town or not _dative(doc, start, end, before, resources)) \
            or start >= 2 and toks[start - 1].text == "," and sentences.norms[start - 2] in ("capitale", "ville") \
            or start >= 2 and sentences.norms[start - 1] in ("de", "d'") and toks[start - 2].lemma_ in resources.place_nouns \
            or start >= 2 and sentences.norms[start - 1] in ("de", "d'") and (
                sentences.norms[start - 2] in city_offices           # (also "le maire libéral de Varsovie")
                or start >= 3 and sentences.pos[start - 2] == "ADJ" and sentences.norms[start - 3] in city_offices) \
            or start >= 2 and sentences.norms[start - 1] in ("de", "d'") \
            and (sentences.lemmas[start - 2] in _NAMED_AFTER_PLACE or sentences.norms[start - 2] in DIRECTIONS) \
            or bool(found) and found[-1].locative and found[-1].type == PLACE and (     # "dans les rues d'Auckland et
                found[-1].end == start - 1 and sentences.norms[start - 1] == "et"      # de Wellington": as the
                or found[-1].end == start - 2 and sentences.norms[start - 2] == "et"   # place it is joined to
                and sentences.norms[start - 1] in ("de", "d'"))
        #      "la capitale, X", "l'aéroport de Bruxelles", "l'accord de Paris", "le maire de Varsovie": the place itself
        gender = resources.entries[key].gender if key else None
        if not key and kind_type != PERSON and found and found[-1].type == PERSON and not found[-1].key \
                and start >= 2 and sentences.norms[start - 1] == "et" and found[-1].end == start - 1:
            kind_type = PERSON                           # "MM. Sarrien et Clemenceau"
        found.append(make_mention(doc, sentences, start, end, kind="name", type=kind_type, key=key,
                              locative=locative, gender=gender))
        if kind_type == ORGANISATION and end + 2 < len(toks) and toks[end].text == "(" and toks[end + 2].text == ")" \
                and toks[end + 1].text.isupper() and toks[end + 1].text.isalpha() and toks[end + 1].ent_type_ in ("", "MISC"):
            # "Syndicat des travailleurs de Volkswagen (STV)": an acronym the tagger did not see
            found.append(make_mention(doc, sentences, end + 1, end + 2, kind="name", type=ORGANISATION, key=None,
                                  locative=False, gender=None))
        elif kind_type == ORGANISATION and end + 3 < len(toks) and toks[end].text == "(" and toks[end + 3].text == ")" \
                and all(t.text[:1].isupper() and t.text.isalpha() for t in toks[end + 1:end + 3]) \
                and any(t.text.isupper() for t in toks[end + 1:end + 3]):
            # "la Commission nationale des droits de l'homme (Komnas HAM)": its short name, whatever the tagger made of it
            found.append(make_mention(doc, sentences, end + 1, end + 3, kind="name", type=ORGANISATION, key=None,
                                  locative=False, gender=None))
    found = _untagged_bodies(doc, sentences, resources, found)
    found = _untagged_apposed_names(doc, sentences, resources, found)
    found = _untagged_places(doc, sentences, resources, found)
    found = _quoted_organisations(doc, sentences, resources, found)
    found = _movement_names(doc, sentences, resources, found)
    found = _bodies_of_places(doc, sentences, resources, found)
    found = _bodies_ending_on_places(doc, sentences, resources, found)
    found = _given_names(doc, sentences, resources, found)
    found = _surnames_cut_off(doc, sentences, resources, found)
    found = _listed_places(doc, sentences, found)
    found = _listed_persons(sentences, found)
    found = _given_name_in_body(doc, sentences, found)
    found = _joined_bodies(sentences, found)
    found = _names_cut_short(doc, sentences, found)
    found = _places_met_again(sentences, resources, found)
    found = _states_named_after_cities(doc, sentences, resources, found)
    found = _given_names_before_known(doc, sentences, resources, found)
    found = _national_organs(doc, sentences, resources, found)
    return [m for m in found if m.text.strip()]         # never an empty name, whatever the rules above made


def _national_organs(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """An international organ's name followed by a country's demonym names that country's own body ("le
    Conseil de sécurité russe" is Russia's, not the United Nations'): a name of its own, demonym included."""
    texts, n = sentences.texts, len(sentences.texts)
    demonyms = resources.demonym_index()
    out = []
    for m in found:
        entry = resources.entries.get(m.key) if m.key else None
        state = demonyms.get(fold(texts[m.end])) if entry is not None and m.end < n and texts[m.end].islower() else None
        if state is not None and entry.kind == "IGO" and entry.located_in in resources.entries \
                and getattr(resources.entries.get(state), "kind", None) == "Country":
            m = make_mention(doc, sentences, m.start, m.end + 1, kind="name", type=ORGANISATION, key=None,
                             locative=False, gender=None)
        out.append(m)
    return out


def _given_names_before_known(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """ "Mohamed Chia al-Soudani": an unknown person's name run straight into the short name of a person the
    gazetteer knows ("al-Soudani") is that person's full name, spelt another way."""
    toks = tokens_of(doc)
    out = []
    for m in found:
        previous = out[-1] if out else None
        entry = resources.entries.get(m.key) if m.key else None
        if previous is not None and entry is not None and entry.type == PERSON and previous.type == PERSON \
                and not previous.key and previous.end == m.start and toks[previous.end - 1].whitespace_:
            out[-1] = make_mention(doc, sentences, previous.start, m.end, kind="name", type=PERSON, key=m.key,
                                   locative=previous.locative, gender=m.gender)
            continue
        out.append(m)
    return out


def _states_named_after_cities(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """ "l'Etat de New York", "l'État de Rio de Janeiro": a state of a federation named after its city, a
    place of its own, not the city the gazetteer knows by that name."""
    out = []
    for m in found:
        entry = resources.entries.get(m.key) if m.key else None
        if entry is not None and entry.kind == "City" and m.start >= 2 and sentences.norms[m.start - 1] in ("de", "d'") \
                and sentences.norms[m.start - 2] == "etat" and sentences.texts[m.start - 2][:1].isupper():
            m = make_mention(doc, sentences, m.start - 2, m.end, kind="name", type=PLACE, key=None, locative=m.locative,
                             gender=None)
        out.append(m)
    return out


_NAMED_TEXTS = {"loi", "lois", "doctrine", "decret"}     # a name right after one names the text, no actor
_CHRISTENED = {"baptise", "baptisee", "baptises", "baptisees"}    # ... and after one of these, a thing


def _places_met_again(sentences, resources, found: list[Mention]) -> list[Mention]:
    """A place's name the tagger saw once is a place wherever the article repeats it whole ("à Magdebourg"
    in the title, "le marché de Noël de Magdebourg" in the body, untagged there), but in a body's name
    ("le tribunal de Versailles")."""
    texts = sentences.texts
    covered = {t for m in found for t in range(m.start, m.end)}
    seen = {tuple(texts[m.start:m.end]): m for m in found if m.kind == "name" and m.type == PLACE and not m.key
            and all(texts[t][:1].isupper() for t in range(m.start, m.end))}
    added = []
    for words, m in seen.items():
        n = len(words)
        for i in range(len(texts) - n + 1):
            if tuple(texts[i:i + n]) != words or any(t in covered for t in range(i, i + n)) \
                    or i + n < len(texts) and texts[i + n][:1].isupper() or i > 0 and texts[i - 1][:1].isupper():
                continue                  # (not part of a longer name)
            before = sentences.norms[i - 1] if i > 0 else ""
            body = next((j for j in range(i - 1, max(0, i - 4), -1) if sentences.norms[j] in OF | {"d"}), None)
            if body is not None and body > 0 and sentences.norms[body - 1] in resources.organisation_nouns:
                continue                  # ("le tribunal d'Yssingeaux", whatever the apostrophe's token)
            span = Span(sentences.offsets[i], sentences.offsets[i + n - 1] + len(texts[i + n - 1]))
            added.append(replace(m, span=span, start=i, end=i + n, sent=sentences.of[i], locative=before in LOCATIVE,
                                 subject=False))
            covered.update(range(i, i + n))
    return sorted(found + added, key=lambda m: m.start) if added else found


def _surnames_cut_off(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """A person's name the tagger ended before a capitalised word that the parser joins to it, or that a
    comma closes ("Brahim Ait | Athmane, délégué CGT") or, after one word alone, a verb ("Zoran | Milanovic
    a été réélu"), or before the hyphen of a double surname ("Gali Baharav | -Miara"); a body's acronym the
    tagger split at a hyphen ("SAG | - | AFTRA"): the whole name."""
    toks = tokens_of(doc)
    texts, pos = sentences.texts, sentences.pos
    taken = {t for m in found for t in range(m.start, m.end)}
    starts = {m.start: m for m in found}
    joined = set()                        # names run into by a hyphen
    out = []
    for m in found:
        if m.start in joined:
            continue
        j = m.end
        while m.type in (PERSON, ORGANISATION) and not m.key and j + 1 < len(doc) and texts[j] == "-" \
                and not toks[j - 1].whitespace_ \
                and not toks[j].whitespace_ and texts[j + 1][:1].isupper() and texts[j + 1].isalpha() \
                and (not {j, j + 1} & taken or j not in taken and (n := starts.get(j + 1)) is not None
                     and n.type == m.type and not n.key and texts[j + 1].isupper()):
            if j + 1 in starts:           # "SAG | - | AFTRA", an acronym of two the tagger split
                joined.add(j + 1)
                j = starts[j + 1].end
                continue
            j += 2                        # "Gali Baharav | - | Miara": a double surname the tokenizer split
        while m.type == PERSON and not m.key and j < len(doc) and j not in taken and pos[j] == "PROPN" \
                and texts[j][:1].isupper() and texts[j].replace("-", "").isalpha() and toks[j - 1].whitespace_ != "" \
                and (toks[j].dep_ == "flat:name" and m.start <= toks[j].head.i < j
                     or not toks[j].ent_type_ and j + 1 < len(doc) and (texts[j + 1] in (",", ".", ")") or (
                         m.end - m.start == 1 and pos[j + 1] in ("AUX", "VERB")))) \
                and fold(texts[j]) not in resources.name_index:
            j += 1
        out.append(m if j == m.end else make_mention(doc, sentences, m.start, j, kind="name", type=m.type, key=None,
                                                     locative=False, gender=m.gender))
    return out


def _names_cut_short(doc, sentences, found: list[Mention]) -> list[Mention]:
    """A name the tagger cut short where the article writes it again ("Nippon" before "Steel", after "le
    groupe japonais Nippon Steel"; "Aung" before "San Suu Kyi"): the whole name, as found elsewhere."""
    texts, found = sentences.texts, list(found)
    whole = {tuple(texts[m.start:m.end]): m for m in found if m.kind == "name" and m.end - m.start >= 2
             and m.type in (ORGANISATION, PERSON)}
    taken = {t for m in found for t in range(m.start, m.end)}
    firsts = {words[0] for words in whole}
    at: dict[str, list[int]] = {}
    for k, word in enumerate(texts):
        if word in firsts:
            at.setdefault(word, []).append(k)
    for words, w in whole.items():           # ... or left untagged: "Nippon Steel et US Steel ont dénoncé"
        for k in at.get(words[0], ()) if w.type == ORGANISATION else ():
            if tuple(texts[k:k + len(words)]) == words and not taken & set(range(k, k + len(words))):
                found.append(make_mention(doc, sentences, k, k + len(words), kind="name", type=w.type, key=w.key,
                                          locative=False, gender=None))
                taken |= set(range(k, k + len(words)))
    found.sort(key=lambda m: m.start)
    out = []
    for m in found:
        longer = next((w for words, w in whole.items() if len(words) > m.end - m.start
                       and tuple(texts[m.start:m.end]) == words[:m.end - m.start]
                       and tuple(texts[m.start:m.start + len(words)]) == words
                       and not taken & set(range(m.end, m.start + len(words)))), None) if m.kind == "name" else None
        if longer is not None:
            m = make_mention(doc, sentences, m.start, m.start + longer.end - longer.start, kind="name",
                             type=longer.type, key=longer.key, locative=False, gender=None)
        out.append(m)
    return out


def _joined_bodies(sentences, found: list[Mention]) -> list[Mention]:
    """A name the gazetteer does not know, tagged a place, joined by "et" to an organisation's name just
    before is an organisation too: "la GSEE pour le secteur privé et l'Adedy pour la fonction publique",
    "les syndicats GSEE, pour le privé, et Adedy"."""
    texts, norms, pos = sentences.texts, sentences.norms, sentences.pos
    out = []
    for n, m in enumerate(found):
        before = found[n - 1] if n else None
        joined = m.start >= 2 and norms[m.start - 2] == "et" and pos[m.start - 1] == "DET" \
            or m.start >= 1 and norms[m.start - 1] == "et"
        if m.type == PLACE and m.kind == "name" and not m.key and before is not None and before.type == ORGANISATION \
                and before.kind == "name" and joined \
                and sentences.of[before.start] == sentences.of[m.start] and m.start - before.end <= 9 \
                and not any(pos[k] in ("VERB", "AUX") or texts[k] == ";" for k in range(before.end, m.start)):
            m = replace(m, type=ORGANISATION)
        out.append(m)
    return out


def _given_name_in_body(doc, sentences, found: list[Mention]) -> list[Mention]:
    """A body's name that ends on "de" and one capitalised word right before a person's name gives that word
    to the person: "Le Parti réformiste de Thorgerdur | Katrín Gunnarsdóttir" is the party of Thorgerdur
    Katrín Gunnarsdóttir."""
    texts, norms = sentences.texts, sentences.norms
    by_start = {m.start: m for m in found if m.kind == "name" and m.type == PERSON and not m.key}
    out, moved = [], {}
    for m in found:
        person = by_start.get(m.end)
        if m.kind == "name" and m.type == ORGANISATION and not m.key and person is not None and m.end - m.start >= 3 \
                and norms[m.end - 2] in ("de", "d'") and texts[m.end - 1][:1].isupper() \
                and texts[m.end - 1].replace("-", "").isalpha():
            moved[person.start] = m.end - 1
            m = make_mention(doc, sentences, m.start, m.end - 2, kind="name", type=ORGANISATION, key=None,
                             locative=False, gender=None)
        out.append(m)
    return [make_mention(doc, sentences, moved[m.start], m.end, kind="name", type=PERSON, key=None, locative=False,
                         gender=m.gender) if m.start in moved and m.type == PERSON and m.kind == "name" else m
            for m in out]


def _listed_persons(sentences, found: list[Mention]) -> list[Mention]:
    """A name of two or three words listed between persons' names is a person's: "trois anciens présidents,
    Alejandro Toledo, Ollanta Humala et Pedro Castillo" (the tagger took the second for a place)."""
    texts = sentences.texts
    by_end = {m.end: m for m in found if m.kind == "name"}
    by_start = {m.start: m for m in found if m.kind == "name"}
    out = []
    for m in found:
        before, after = by_end.get(m.start - 1), by_start.get(m.end + 1)
        if m.kind == "name" and m.type != PERSON and not m.key and 2 <= m.end - m.start <= 3 \
                and all(texts[t][:1].isupper() and texts[t].replace("-", "").isalpha() for t in range(m.start, m.end)) \
                and texts[m.start - 1] == "," and m.end < len(texts) and texts[m.end] in (",", "et") \
                and before is not None and before.type == PERSON and after is not None and after.type == PERSON:
            m = replace(m, type=PERSON, locative=False)
        out.append(m)
    return out


def _listed_places(doc, sentences, found: list[Mention]) -> list[Mention]:
    """Names listed after a place named after "à" or "en", up to an "et", are places too: "ont débrayé à
    Leipzig, Bad Hersfeld et Coblence" (the tagger took one for a person and missed the other); but not
    "l'ambassadeur de Chine à Manille, Huang Xilian", with no "et"."""
    texts, norms = sentences.texts, sentences.norms
    starts = {m.start: m for m in found}
    for place in [m for m in found if m.type == PLACE and m.kind == "name" and m.start > 0 and norms[m.start - 1] in ("a", "en")]:
        items, k, joined = [], place.end, False
        while k + 1 < len(texts) and texts[k] in (",", "et") and texts[k + 1][:1].isupper() and not joined:
            joined = texts[k] == "et"
            end = k + 1
            while end < len(texts) and texts[end][:1].isupper() and texts[end].replace("-", "").isalpha():
                end += 1
            if end == k + 1:
                break                     # "à Nantes et M. Gauvin": a title, no place
            items.append((k + 1, end))
            k = end
        if not joined or any(end - begin > 3 for begin, end in items):
            continue
        for begin, end in items:
            other = starts.get(begin)
            if other is not None and (other.type == PLACE or other.key or other.end != end):
                continue
            named = make_mention(doc, sentences, begin, end, kind="name", type=PLACE, key=None, locative=True, gender=None)
            found = [m for m in found if m is not other] + [named]
            starts[begin] = named
    return sorted(found, key=lambda m: m.start)


def _bodies_of_places(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """An organisation's name the tagger ended at "de l'" and a place's name it read apart: "l'Association
    des enseignants de l'Alberta", "la Fédération du travail de l'Alberta" are one name each."""
    norms, texts = sentences.norms, sentences.texts
    starts = {m.start: m for m in found}
    for body in [m for m in found if m.type == ORGANISATION and m.kind == "name" and not m.key]:
        k = body.end
        if k < len(norms) and norms[k] == "de" and k + 1 < len(norms) and norms[k + 1] in ("l'", "la", "le"):
            k += 2
        elif k < len(norms) and norms[k] in ("du", "des", "de", "d'"):
            k += 1                        # (also "de Sao Paulo": a city's, named with no article)
        else:
            continue
        place = starts.get(k)
        # "la Confédération des nationalités indigènes de l'Equateur (Conaie)": a name its short form follows
        shortened = place is not None and place.end + 2 < len(texts) and texts[place.end] == "(" \
            and texts[place.end + 1][:1].isupper() and texts[place.end + 2] == ")"
        if place is None or place.type != PLACE or place.kind != "name" or not texts[body.start][:1].isupper() \
                or body.end - body.start < 2 \
                or place.key and resources.entries[place.key].kind == "Country" and not shortened:
            continue                      # (but "la Haute Cour militaire de la RDC" is the state's court)
        found = [m for m in found if m is not body and m is not place]
        found.append(make_mention(doc, sentences, body.start, place.end, kind="name", type=ORGANISATION, key=None,
                                  locative=False, gender=None))
    return sorted(found, key=lambda m: m.start)


def _bodies_ending_on_places(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """A body's name the gazetteer cut at a place it ends on, with no word between: "l'Alliance Fleuve
    Congo" (whose first word names a kind of body) is one name, not a body and a state."""
    texts = sentences.texts
    out: list[Mention] = []
    for m in found:
        before = out[-1] if out else None
        if before is not None and m.type == PLACE and m.kind == "name" and m.start == before.end \
                and before.kind == "name" and not before.key and before.type in (ORGANISATION, PLACE) \
                and before.end - before.start >= 2 and texts[before.start][:1].isupper() \
                and fold(texts[before.start]) in resources.class_nouns and texts[m.start][:1].isupper() \
                and doc[before.end - 1].whitespace_:
            out[-1] = make_mention(doc, sentences, before.start, m.end, kind="name", type=ORGANISATION, key=None,
                                   locative=False, gender=None)
            continue
        out.append(m)
    return out


_NAME_LINKS = {"pour", "de", "du", "des", "d'", "l'", "la", "le", "les", "et"}


def _movement_names(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """The name after a noun for a party or movement, whole, when it is made of common words and a place
    the tagger read apart: "le mouvement civique Paix pour l'Ukraine", "le parti d'opposition Slovaquie
    progressiste"; in quotation marks, whatever it is made of ("le mouvement « Gen Z Madagascar »")."""
    texts, norms, pos = sentences.texts, sentences.norms, sentences.pos
    n = len(texts)
    movements = {w for w, kinds in resources.class_nouns.items() if kinds & {"Party", "Group"}}
    for i in [i for i, word in enumerate(norms[:n - 2]) if word in movements]:
        if not texts[i].islower():
            continue
        k = i + 1
        while k < n and texts[k].islower() and (norms[k] in _PARTY_SIDE or pos[k] == "ADJ"):
            k += 1                                   # "civique", "d'opposition"
        quoted = k + 1 < n and texts[k] == "«"       # "le mouvement « Gen Z Madagascar »"
        k += quoted
        if k >= n or not texts[k][:1].isupper() or not texts[k].isalpha() or norms[k] in resources.titles:
            continue
        end = k + 1
        while end < n:
            if texts[end][:1].isupper() and texts[end].replace("-", "").isalpha():
                end += 1
            elif norms[end] in _NAME_LINKS and end + 1 < n and (texts[end + 1][:1].isupper() or norms[end + 1] in ("l'", "la", "le")
                                                                 and end + 2 < n and texts[end + 2][:1].isupper()):
                end += 2 if norms[end + 1] not in ("l'", "la", "le") else 3
            else:
                break
        if quoted:                                   # "le mouvement « Bloquons tout »": common words too
            end = next((j for j in range(k + 1, min(n, k + 7)) if texts[j] == "»"), end)
        inside = [m for m in found if k <= m.start < end or m.start < k < m.end]
        place_only = len(inside) == 1 and inside[0].type == PLACE and inside[0].start == k and inside[0].end == end
        if quoted:
            if end >= n or texts[end] != "»" or any(m.key and m.type != PLACE for m in inside):
                continue                             # (a quoted name the tagger cut at a place, or left whole)
        elif place_only and end + 1 < n and pos[end] in ("ADJ", "NOUN", "VERB") and texts[end].islower() \
                and norms[end] not in _PARTY_SIDE and texts[end + 1] in (",", "(", ".", ")"):
            end += 1                                 # "Slovaquie progressiste": a place and an adjective
        elif end - k < 3 or not any(m.type == PLACE for m in inside) or any(m.key and m.type != PLACE for m in inside):
            continue                                 # only names the tagger cut at a place
        found = [m for m in found if m not in inside]
        found.append(make_mention(doc, sentences, k, end, kind="name", type=ORGANISATION, key=None, locative=False,
                                  gender=None))
    return sorted(found, key=lambda m: m.start)


def _known_place(ent, resources) -> bool:
    entry = resources.entries.get(ent.id_) if ent.id_ else None
    return entry is not None and entry.type == PLACE


def _untagged_apposed_names(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """A person's name the tagger did not see, set off by commas after a role that opens its clause ("Le
    ministre de la Justice, Yilmaz Tunç, a assuré"): two or three capitalised words."""
    toks = tokens_of(doc)
    texts = sentences.texts
    covered = {t for m in found for t in range(m.start, m.end)}
    # a one-word place may be a first name: "Le président du Honduras, Salvador Nasralla,"
    places = {m.start: m for m in found if m.end == m.start + 1 and m.type == PLACE}
    added, dropped = [], []
    for i in range(3, len(texts) - 3):
        if texts[i - 1] != "," or i in covered and not (i in places and i + 1 not in covered):
            continue
        end = i
        while end < min(len(texts), i + 3) and (end not in covered or end == i) and texts[end][:1].isupper() \
                and texts[end].replace("-", "").isalpha() and sentences.of[end] == sentences.of[i]:
            end += 1
        if end - i >= 2 and end < len(texts) and texts[end] == "," \
                and not any(sentences.norms[t] in resources.organisation_nouns or fold(texts[t]) in resources.not_names
                            for t in range(i, end)) \
                and _apposed_to_role(doc, sentences, i, resources):
            added.append(make_mention(doc, sentences, i, end, kind="name", type=PERSON, key=None, locative=False,
                                      gender=None))
            dropped += [places[i]] if i in places else []
    if not added:
        return found
    return sorted([m for m in found if m not in dropped] + added, key=lambda m: m.start)


SEAT_VERBS = {"obtenir", "remporter", "recueillir", "decrocher", "rafler", "conquerir", "gagner", "totaliser"}
SEATS = {"siege", "sieges", "mandat", "mandats", "elu", "elus", "depute", "deputes", "majorite"}


def _wins_seats(doc, sentences, end: int) -> bool:
    """Whether the name ending at ``end`` wins seats in the words after it, in its own clause or in a
    relative one on it ("X obtient 39 sièges", "X, ..., qui en remporte 38"): a party, not a place."""
    toks = tokens_of(doc)
    stop = min(len(doc), end + 14, sentences.tokens[sentences.of[end - 1]][1])
    for k in range(end, stop):
        if sentences.texts[k] in (".", ";") or sentences.norms[k] in ("que", "qu'"):
            return False
        if toks[k].pos_ == "VERB" and fold(toks[k].lemma_) in SEAT_VERBS:
            return wins_seats(doc, sentences.norms, k)
    return False


def wins_seats(doc, norms, k: int) -> bool:
    """Whether the verb at ``k`` wins seats or a share of the votes: "obtient 39 sièges", "en remporte 38",
    "obtient environ 34 % des suffrages"."""
    counted = k + 1 < len(doc) and norms[k - 1] == "en" and tokens_of(doc)[k + 1].like_num
    return counted or any(norms[t] in SEATS or norms[t] in ("%", "pourcent") and t + 2 < len(doc)
                          and norms[t + 1] in ("des", "de") and norms[t + 2] in VOTES
                          for t in range(k + 1, min(len(doc), k + 6)))


VOTES = {"voix", "suffrages", "votes", "bulletins"}


def _untagged_places(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """A place's name the tagger did not see, after a noun for a place and "de" ("la péninsule de Noto",
    "dans le département d'Ishikawa"): its capitalised words."""
    toks = tokens_of(doc)
    texts, norms = sentences.texts, sentences.norms
    covered = {t for m in found for t in range(m.start, m.end)}
    added = []
    for i in range(2, len(texts)):
        if i in covered or norms[i - 1] not in ("de", "d'") or toks[i - 2].lemma_ not in resources.place_nouns \
                or not texts[i - 2].islower():
            continue
        end = i
        while end < len(texts) and end not in covered and texts[end][:1].isupper() \
                and texts[end].replace("-", "").isalpha() and sentences.of[end] == sentences.of[i]:
            end += 1
        if end > i and not any(fold(texts[t]) in resources.not_names or fold(texts[t]) in resources.calendar
                               or fold(texts[t]) in resources.titles for t in range(i, end)):
            added.append(make_mention(doc, sentences, i, end, kind="name", type=PLACE, key=None, locative=True,
                                      gender=None))
    return sorted(found + added, key=lambda m: m.start) if added else found


def _untagged_bodies(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """Bodies the tagger saw no name for: a capitalised head of an organisation's name and the lower-case
    adjective after it ("La Cour suprême a validé la loi"), a local council ("le conseil municipal"), a
    court named by its seat ("Un tribunal de Rome"), an acronym after a noun for a body ("le syndicat
    italien FIM-CISL"); and names the tagger cut short: a court's seat ("la Haute Cour | d'Islamabad"),
    lower-case words up to an acronym ("le Mouvement du Pakistan | pour la justice (PTI)")."""
    toks = tokens_of(doc)
    texts, norms, pos = sentences.texts, sentences.norms, sentences.pos
    covered = {t for m in found for t in range(m.start, m.end)}
    added = []
    for i in range(1, len(texts) - 1):
        if i in covered or not texts[i][:1].isupper() or norms[i] not in resources.organisation_nouns \
                or pos[i + 1] != "ADJ" or not texts[i + 1].islower() or sentences.of[i - 1] != sentences.of[i] \
                and not toks[i - 1].is_space and norms[i - 1] not in ("la", "le", "l'"):
            continue
        if norms[i - 1] not in ("la", "le", "l'", "du", "au", "de", "a"):
            continue
        end = extend_organisation(doc, i, i + 1, resources.organisation_nouns, resources.demonym_index(),
                                  resources.event_words)
        if any(t in covered for t in range(i, end)):
            continue
        added.append(make_mention(doc, sentences, i, end, kind="name", type=ORGANISATION, key=None, locative=False, gender=None))
        covered.update(range(i, end))
    # "du mouvement Révolution citoyenne,": after a noun for a party or movement, a capitalised word the
    # tagger left untagged and the lower-case adjectives after it, up to the end of the phrase
    movements = {w for w, kinds in resources.class_nouns.items() if kinds & {"Party", "Group"}}
    for i in range(1, len(texts) - 2):
        if norms[i - 1] not in movements or not texts[i - 1].islower() or not texts[i][:1].isupper() \
                or not texts[i].isalpha() or i in covered or pos[i + 1] != "ADJ" or not texts[i + 1].islower():
            continue
        end = i + 1
        while end < len(texts) and pos[end] == "ADJ" and texts[end].islower():
            end += 1
        if end < len(texts) and texts[end] in (",", ".", ";", ")", "»") and not any(t in covered for t in range(i, end)):
            added.append(make_mention(doc, sentences, i, end, kind="name", type=ORGANISATION, key=None,
                                      locative=False, gender=None))
            covered.update(range(i, end))
    # "Le conseil municipal", "le conseil régional de Bretagne": a local body in lower case
    for i in range(1, len(texts) - 1):
        if norms[i] != "conseil" or norms[i + 1] not in _LOCAL_COUNCILS or any(t in covered for t in (i, i + 1)) \
                or norms[i - 1] not in ("le", "du", "au"):
            continue
        end = i + 2
        seat = next((m for m in found if m.start == end + 1 and m.type == PLACE and m.kind == "name"), None) \
            if end < len(texts) and norms[end] in ("de", "d'") else None
        if seat is not None:
            found = [m for m in found if m is not seat]
            end = seat.end
        added.append(make_mention(doc, sentences, i, end, kind="name", type=ORGANISATION, key=None,
                                  locative=False, gender=None))
        covered.update(range(i, end))
    # "Un tribunal de Rome", "la cour d'appel de Paris": a court named by its seat
    places = {m.start: m for m in found if m.type == PLACE and m.kind == "name"}
    for i in range(len(texts) - 2):
        if norms[i] not in _COURT_NOUNS or not texts[i].islower() or i in covered:
            continue
        j = i + 1
        while j < len(texts) - 2:
            if pos[j] == "ADJ" and texts[j].islower():
                j += 1
            elif norms[j] in ("d'", "de") and norms[j + 1] in ("appel", "cassation"):
                j += 2
            elif norms[j] == "de" and norms[j + 1] in ("premiere", "grande") and norms[j + 2] == "instance":
                j += 3                    # "le tribunal de première instance d'Abidjan"
            elif norms[j] in ("du", "de") and pos[j + 1] == "NOUN" and texts[j + 1].islower() and norms[j + 2] in ("de", "d'"):
                j += 2                    # "le tribunal du travail de Tel-Aviv", "le tribunal de commerce de Paris"
            else:
                break
        place = places.get(j + 1) if j < len(texts) and norms[j] in ("de", "d'") else None
        if place is not None and not any(t in covered for t in range(i, place.start)):
            # (the seat stays a place of its own: "le tribunal de Rome" is in Rome)
            added.append(make_mention(doc, sentences, i, place.end, kind="name", type=ORGANISATION, key=None,
                                      locative=False, gender=None))
            covered.update(range(i, place.end))
    # "Le syndicat de pilotes Vereinigung Cockpit (VC)": a name the tagger missed after a noun for a body,
    # with its acronym after it
    for i in range(1, len(texts) - 3):
        if i in covered or not texts[i][:1].isupper() or not texts[i].replace("-", "").isalpha() \
                or sentences.tokens[sentences.of[i]][0] == i:
            continue
        end = i
        while end < len(texts) and texts[end][:1].isupper() and texts[end].replace("-", "").isalpha() and end not in covered:
            end += 1
        if end + 2 >= len(texts) or texts[end] != "(" or texts[end + 2] != ")" or not texts[end + 1].isupper():
            continue
        k = i - 1
        while k > 0 and (pos[k] in ("ADJ", "NOUN") and texts[k].islower() and not
                         resources.class_nouns.get(norms[k], frozenset()) & _GATHERING_KINDS
                         or norms[k] in ("de", "d'", "des")) and i - k <= 4:
            k -= 1                                    # "de pilotes", "des cheminots"
        if texts[k].islower() and resources.class_nouns.get(norms[k], frozenset()) & _GATHERING_KINDS:
            added.append(make_mention(doc, sentences, i, end, kind="name", type=ORGANISATION, key=None,
                                      locative=False, gender=None))
            covered.update(range(i, end))
    # "Le syndicat italien FIM-CISL", "le parti AKP", "le syndicat d'enseignants GEW": an acronym the tagger
    # missed after a noun for a body
    for i in range(1, len(texts)):
        word = texts[i]
        if i in covered or len(word) < 2 or not word.isupper() or not word.replace("-", "").isalpha():
            continue
        k = i - 1
        while k > 0 and pos[k] in ("ADJ", "PROPN") and texts[k].islower() and norms[k] not in resources.class_nouns:
            k -= 1                                    # (also "pro-kurde", which the tagger took for a name)
        if k > 2 and pos[k] == "NOUN" and texts[k].islower() and norms[k - 1] in ("d'", "de", "des") \
                and resources.class_nouns.get(norms[k - 2], frozenset()) & {"Union"}:
            k -= 2                                    # "le syndicat d'enseignants GEW": whom it gathers, then its name
        if resources.class_nouns.get(norms[k], frozenset()) & {"Union", "Party", "Group", "Company"}:
            end = i + 1
            while end + 1 < len(texts) and texts[end] == "-" and not toks[end - 1].whitespace_ \
                    and texts[end + 1].isupper():
                end += 2                              # "FIM-CISL", read as three tokens
            added.append(make_mention(doc, sentences, i, end, kind="name", type=ORGANISATION, key=None,
                                      locative=False, gender=None))
            covered.update(range(i, end))
    # "L'ONG Iran Human Rights", "l'agence Mizan": the capitalised words after a noun for a body are its name,
    # however the tagger cut or missed them
    for i, word in enumerate(norms):
        if word not in _NAMING_BODIES or i + 1 >= len(texts) or not (texts[i].islower() or texts[i].isupper()):
            continue
        end = i + 1
        while end < len(texts) and texts[end][:1].isupper() and texts[end].replace("-", "").isalpha() \
                and norms[end] not in resources.titles and sentences.of[end] == sentences.of[i]:
            end += 1
        if end == i + 1:
            continue
        inside = [m for m in found + added if m.start < end and m.end > i]
        if any(m.key and m.start == i + 1 and m.end == end for m in inside) \
                or any(m.end > end or m.type == PERSON for m in inside):
            continue                                  # "l'agence Reuters": the gazetteer's; not "l'ONG, X Y a dit"
        found = [m for m in found if m not in inside]
        added = [m for m in added if m not in inside]
        added.append(make_mention(doc, sentences, i + 1, end, kind="name", type=ORGANISATION, key=None,
                                  locative=False, gender=None))
        covered.update(range(i + 1, end))
    # "Le président de VC", after "Vereinigung Cockpit (VC)": an acronym given once names the body wherever it recurs
    every = sorted(found + added, key=lambda m: m.start)
    given = {texts[m.start]: m.type for m in every if m.end - m.start == 1 and m.start > 0 and texts[m.start - 1] == "("
             and m.start + 1 < len(texts) and texts[m.start + 1] == ")" and texts[m.start].isupper() and len(texts[m.start]) >= 2}
    taken = {t for m in every for t in range(m.start, m.end)}
    found = [replace(m, type=given[m.text]) if m.text in given and not m.key and m.type != given[m.text] else m
             for m in found]                          # "Le président de SB", the acronym read as a person
    for i, word in enumerate(texts):
        if word in given and i not in taken and not (i > 0 and texts[i - 1] == "("):
            added.append(make_mention(doc, sentences, i, i + 1, kind="name", type=given[word], key=None,
                                      locative=False, gender=None))
    # "la Haute Cour d'Islamabad": a court the tagger named without its seat (which stays a place of its own)
    found = list(found)
    seats = {m.start: m for m in found if m.type == PLACE and m.kind == "name"}
    for n, m in enumerate(found):
        if m.type == ORGANISATION and m.kind == "name" and not m.key and norms[m.end - 1] in _COURT_NOUNS \
                and m.end < len(texts) and norms[m.end] in ("de", "d'") and m.end + 1 in seats:
            found[n] = make_mention(doc, sentences, m.start, seats[m.end + 1].end, kind="name", type=ORGANISATION,
                                    key=None, locative=False, gender=None)
    # "le Mouvement du Pakistan pour la justice (PTI)", "l'Alliance des producteurs de cinéma et de télévision
    # (AMPTP)": a name running on in lower case up to its acronym
    for n, m in enumerate(found):
        if m.type != ORGANISATION or m.kind != "name" or m.key or m.end >= len(texts) \
                or norms[m.end] not in ("pour", "de", "du", "des", "d'", "et"):
            continue
        k = m.end + 1
        while k < min(len(texts), m.end + 5) and texts[k].islower() and pos[k] in ("DET", "NOUN", "ADJ", "ADP") \
                or k < len(texts) and norms[k] == "et" and k > m.end + 1 and pos[k - 1] in ("NOUN", "ADJ"):
            k += 1
        if k > m.end + 1 and k + 2 < len(texts) and texts[k] == "(" and texts[k + 2] == ")" and texts[k + 1].isupper():
            found[n] = make_mention(doc, sentences, m.start, k, kind="name", type=ORGANISATION, key=None,
                                    locative=False, gender=None)
    return sorted(found + added, key=lambda m: m.start) if added else found


_COURT_NOUNS = {"tribunal", "cour"}
_GATHERING_KINDS = {"Union", "Party", "Group"}   # bodies a name follows the noun of ("le syndicat de pilotes X")
_NAMING_BODIES = {"ong", "agence"}     # nouns a body's name follows: "l'ONG Iran Human Rights", "l'agence Mizan"
_LOCAL_COUNCILS = {"municipal", "regional", "departemental"}


def _runs_to_state(doc, end: int, resources) -> int:
    """The end of an organisation's name that ends on its country ("Chambre de commerce | des Etats-Unis",
    "Cour suprême | du Brésil"), else ``end``."""
    toks = tokens_of(doc)
    if end + 1 >= len(doc) or norm(toks[end]) not in ("de", "du", "des", "d'"):
        return end
    for length in (3, 2, 1):
        k = end + 1 + length
        if k > len(doc) or not toks[end + 1].text[:1].isupper():
            continue
        key = resources.name_index.get(fold(doc[end + 1:k].text))
        if key and resources.entries[key].kind == "Country":
            return k
    return end


def _named_after(doc, end: int) -> int:
    """The end of an organisation's name that runs on over "de" and another's capitalised name up to its
    acronym in parentheses ("Syndicat national | de Samsung Electronics (NSEU)"), else ``end``."""
    toks = tokens_of(doc)
    if end + 2 >= len(doc) or norm(toks[end]) not in ("de", "d'", "du", "des"):
        return end
    k = end + 1
    while k < len(doc) and toks[k].text[:1].isupper() and toks[k].text.replace("-", "").isalpha():
        k += 1
    if k > end + 1 and k + 2 < len(doc) and toks[k].text == "(" and toks[k + 1].text.isupper() and toks[k + 2].text == ")":
        return k
    return end


def _quoted_organisations(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """A name in quotation marks that opens with an organisation noun is one organisation's name, whatever
    the tagger saw in it: "au sein d'un « Comité pour la transition et la restauration des institutions »"."""
    texts = sentences.texts
    for q in range(len(texts) - 2):
        if texts[q] != "«" or not texts[q + 1][:1].isupper() or sentences.norms[q + 1] not in resources.organisation_nouns:
            continue
        close = next((k for k in range(q + 2, min(len(texts), q + 16)) if texts[k] in ("»", ".", "«")), None)
        if close is None or texts[close] != "»" or close - q < 3 \
                or any(sentences.pos[k] in ("VERB", "AUX", "PUNCT") for k in range(q + 1, close)):
            continue
        found = [m for m in found if m.end <= q + 1 or m.start >= close]
        found.append(make_mention(doc, sentences, q + 1, close, kind="name", type=ORGANISATION, key=None,
                              locative=False, gender=None))
    return sorted(found, key=lambda m: m.start)


def _named_after_place_noun(doc, ent, resources) -> tuple[int, int] | None:
    """The bounds of the name in a span the tagger ran over a place noun ("province afghane de Paktika")."""
    toks = tokens_of(doc)
    if ent.label_ not in ("LOC", "GPE") or ent.id_ or toks[ent.start].lemma_ not in resources.place_nouns:
        return None
    k = ent.start + 1
    while k < ent.end and toks[k].pos_ == "ADJ":
        k += 1
    if k < ent.end and norm(toks[k]) in ("de", "d'", "du") and k + 1 < ent.end and toks[k + 1].text[:1].isupper():
        return k + 1, ent.end
    return None


def _runs_on(doc, end: int, demonyms) -> bool:
    """Whether an organisation's name runs on into the lower-case adjective after it."""
    toks = tokens_of(doc)
    return end < len(doc) and toks[end].pos_ == "ADJ" and toks[end].text.isalpha() and toks[end].text.islower() \
        and not feats(toks[end], "VerbForm") and norm(toks[end]) not in demonyms \
        and norm(toks[end]) not in ("meme", "seul", "seule", "entier", "entiere", "tout", "toute")


def after_party_noun(doc, start: int, resources) -> bool:
    """Whether the name at ``start`` follows a noun for a party, movement, group or company, possibly with
    what side it is on ("le parti au pouvoir", "le mouvement d'opposition", "le groupe islamiste", "le
    constructeur automobile suédois"), or is set beside one ("son parti, le SPLM-IO"): the name is that
    organisation's."""
    toks = tokens_of(doc)
    k = start - 1
    if k >= 2 and norm(toks[k]) in ("le", "la", "l'", "les") and toks[k - 1].text == ",":
        k -= 2                                       # "son parti, le SPLM-IO", "Son parti, Les Transformateurs,"
    elif k >= 1 and toks[k].text == ",":
        k -= 1
    while k > 0 and (norm(toks[k]) in _PARTY_SIDE or toks[k].pos_ == "ADJ" and toks[k].text.islower()
                     and not resources.class_nouns.get(norm(toks[k]), frozenset()) & {"Union", "Party", "Company"}):
        k -= 1
    if k > 0 and toks[k].pos_ == "ADJ" and resources.class_nouns.get(norm(toks[k]), frozenset()) & {"Union", "Party", "Company"}:
        return True                                  # "La principale centrale syndicale israélienne, la Histadrout"
    if k > 1 and toks[k].pos_ in ("NOUN", "PROPN") and toks[k].text.islower():
        j = k - 2 if norm(toks[k - 1]) in ("la", "l'", "les") else k - 1
        if j > 0 and norm(toks[j]) in ("de", "des", "d'", "du") \
                and resources.class_nouns.get(norm(toks[j - 1]), frozenset()) & {"Union", "Company"}:
            k = j - 1                                # "le syndicat des cheminots X": whose members it gathers;
            #                                          "le fabricant de puces X", "le géant de la tech X": what it makes
    # "Le parti de M. Kabila, le PPRD": past the person the party is of
    j = k
    while j > 0 and toks[j].text[:1].isupper() and toks[j].pos_ in ("PROPN", "NOUN", "X", "ADJ", "PRON"):
        j -= 1
    while j > 0 and (fold(toks[j].text.rstrip(".")) in resources.titles or toks[j].text == "."):
        j -= 1
    if j < k and j > 0 and norm(toks[j]) in ("de", "d'", "du") and toks[j - 1].pos_ == "NOUN":
        k = j - 1
    if k < 0 or toks[k].pos_ != "NOUN":
        return False
    kinds = resources.class_nouns.get(norm(toks[k]), frozenset())
    if not kinds and k > 1 and toks[k].text.islower() and toks[k - 1].pos_ == "NOUN" and toks[k - 1].text.islower():
        kinds = resources.class_nouns.get(norm(toks[k - 1]), frozenset()) & {"Company"}   # "le constructeur automobile"
    if kinds & {"Party", "Group", "Union", "Company", "NGO"}:
        return True
    # "L'association italienne de défense des consommateurs Codacons": a body's noun and what it stands for
    t = start - 1
    while t > 0 and start - t <= 7 and toks[t].text.islower() and toks[t].pos_ in ("NOUN", "ADJ", "ADP", "DET"):
        if toks[t].pos_ == "NOUN" and resources.class_nouns.get(norm(toks[t]), frozenset()) & {"NGO", "Union"} \
                or start - t <= 4 and toks[t].pos_ == "NOUN" \
                and resources.class_nouns.get(norm(toks[t]), frozenset()) == {"Company"}:
            return True                              # "la compagnie à bas coût Vietjet"
        t -= 1
    return False


def _before_body_noun(doc, end: int, resources) -> bool:
    """Whether the name ending at ``end`` is followed, after a comma, by a noun for a company, union, party,
    group or alliance ("la Somaïr, la filiale locale du groupe Orano", "Le Cadre de coordination, l'alliance de
    partis chiites"): the name is that body's."""
    toks = tokens_of(doc)
    k = end
    if k + 2 >= len(doc) or toks[k].text != "," or norm(toks[k + 1]) not in ("la", "le", "l'"):
        return False
    return bool(resources.class_nouns.get(norm(toks[k + 2]), frozenset()) & {"Company", "Union", "Party", "Bloc"})


_PARTY_SIDE = {"au", "pouvoir", "d'", "de", "l'", "la", "opposition", "majorite", "droite", "gauche", "extreme", "centre"}


def _dative(doc, start: int, end: int, prep, resources) -> bool:
    """ "a demandé à Moscou", "livrer des armes à Kiev", "son soutien à Bakou": "à" marks whom something is
    addressed to, not where ("ont conclu à Ankara un accord", "s'est rendu à Kiev")."""
    toks = tokens_of(doc)
    if norm(prep) != "a":
        return False
    head = next((toks[k] for k in range(start, end) if not start <= toks[k].head.i < end), toks[start])
    if head.dep_ == "iobj":
        return True
    if head.dep_ == "obl:arg":
        verb = fold(head.head.lemma_)
        return head.head.pos_ != "VERB" or verb in resources.cue_index.dative_verbs \
            or verb in resources.reporting_index \
            or verb in resources.transfer_verbs
    if head.dep_ in ("obl:mod", "obl") and head.head.pos_ == "VERB":
        return fold(head.head.lemma_) in resources.cue_index.demand_verbs     # "a demandé à Pékin de lever"
    return head.dep_ == "nmod" and any(norm(c) in ("son", "sa", "leur", "ses", "leurs") for c in children(head.head)
                                       if c.dep_ == "det") \
        and fold(head.head.lemma_) in resources.cue_words           # "son soutien à Bakou", not "sa résidence à Téhéran"


def _place_in_place(doc, end: int, resources) -> bool:
    """Whether a name ending at token ``end`` is followed by ", en Californie", ", au Japon", ", dans l'ouest de
    Londres": it is a place."""
    toks = tokens_of(doc)
    if end + 2 >= len(doc) or toks[end].text != "," or norm(toks[end + 1]) not in ("en", "au", "aux", "dans"):
        return False
    k = end + 2
    while k < len(doc) and norm(toks[k]) in ("le", "la", "l'", "les"):
        k += 1
    if k + 1 < len(doc) and norm(toks[k]) in DIRECTIONS and norm(toks[k + 1]) in ("de", "du", "d'"):
        k += 2
        while k < len(doc) and norm(toks[k]) in ("le", "la", "l'", "les"):
            k += 1
    if k >= len(doc):
        return False
    entry = resources.entries.get(toks[k].ent_id_)
    return entry.type == PLACE if entry else toks[k].ent_type_ in ("LOC", "GPE")


def _city_before_surname(toks, i: int, place: Mention, sentences, resources) -> bool:
    """Whether a city's name is a given name before a surname no tagger saw ("Santiago Abascal"): a
    capitalised word no gazetteer knows follows it, and no preposition of place comes before it (not "à
    Paris Macron"); a country's too, when the parser joins the two as one name ("Maurice Kamto")."""
    entry = resources.entries.get(place.key)
    nxt = toks[i + 1]
    return entry is not None and (entry.kind == "City" or entry.kind == "Country" and nxt.dep_ == "flat:name"
                                  and nxt.head.i == i) and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() \
        and nxt.text.isalpha() and not nxt.ent_type_ and fold(nxt.text) not in resources.name_index \
        and sentences.norms[i + 1] not in resources.titles \
        and (i == 0 or sentences.norms[i - 1] not in LOCATIVE | {"entre"})


_IN_OFFICE = {"sortant", "sortante", "elu", "elue", "interimaire", "dechu", "dechue", "demissionnaire"}   # after an office


def _given_names(doc, sentences, resources, found: list[Mention]) -> list[Mention]:
    """A given name followed by capitalised words is a person's name ("Marine Le Pen", "Jean-Luc
    Mélenchon"), where the tagger saw none, only part of it, or another type. A name that starts
    before the given name ("Fondation Jean Jaurès") is left as it is. A place's name before a surname
    the tagger saw, which the parser hangs on it, is a given name too ("Israël Katz")."""
    toks = tokens_of(doc)
    demonyms = resources.demonym_index()
    role_ends = frozenset(fold(r.noun).split()[-1] for r in resources.roles if r.kind == "office")
    texts, norms, pos = sentences.texts, sentences.norms, sentences.pos
    places = {m.start: m for m in found if m.key and m.type == PLACE and m.end == m.start + 1}
    # a word the tagger took for a place before a surname the article gives a person ("Ekrem Imamoglu",
    # then "M. Imamoglu")
    surnames = {fold(texts[k]) for m in found if m.type == PERSON for k in range(m.start, m.end)   # (not the "De"
                if texts[k][:1].isupper() and fold(texts[k]) not in PARTICLES}    # of "Alexander De Croo")
    # (not before a person the gazetteer knows: "le ministre russe de la Défense | Andreï Belooussov")
    known_persons = {m.start for m in found if m.key and m.type == PERSON}
    # a name the parser joins before a known person's surname is another person's given name ("Lisa
    # Johnson", not Boris Johnson): the gazetteer's pattern kept the tagger from seeing the whole name
    other_given = {m.start - 1 for m in found if m.key and m.type == PERSON and m.end == m.start + 1
                   and m.start > 0 and toks[m.start].dep_ == "flat:name" and toks[m.start].head.i == m.start - 1
                   and pos[m.start - 1] == "PROPN" and texts[m.start - 1][:1].isupper()
                   and norms[m.start - 1] not in resources.titles
                   and fold(texts[m.start - 1]) not in fold(resources.entries[m.key].name).split()}
    places.update({m.start: m for m in found if not m.key and m.type != PERSON and m.end == m.start + 1
                   and m.end < len(texts) and fold(texts[m.end]) in surnames and m.end not in known_persons})
    place_ends = {m.end: m for m in found if m.key and m.type == PLACE}
    for i in range(len(texts) - 1):
        text = texts[i]
        place_first = i in places and (i == 0 or norms[i - 1] not in OF) and (    # (not "le maire de Varsovie X")
            toks[i + 1].ent_type_ == "PER" and not toks[i + 1].ent_id_ and toks[i + 1].dep_ == "flat:name"
            and toks[i + 1].head.i == i or not places[i].key and fold(texts[i + 1]) in surnames
            or _city_before_surname(toks, i, places[i], sentences, resources))
        if place_first:
            found = [m for m in found if m is not places[i]]
        feast = fold(text) in resources.not_names and i > 0 and norms[i - 1] in OF    # "le marché de Noël de X"
        given = text in resources.first_names and not feast or place_first or i in other_given
        if given:
            j = i + 1
        elif i > 0 and text[:1].isupper() and pos[i] in ("PROPN", "NOUN", "X", "ADJ") and (
                norms[i - 1] in resources.titles and texts[i - 1][:1].isupper()
                or (norms[i - 1] in demonyms or norms[i - 1] in role_ends
                    or norms[i - 1] == "interim" and i > 1 and norms[i - 2] == "par"    # "... par intérim X Y"
                    or (norms[i - 1] in _IN_OFFICE or pos[i - 1] in ("ADJ", "NOUN") and texts[i - 1].isalpha())
                    and i > 1 and norms[i - 2] in role_ends) and texts[i - 1].islower()
                and texts[i + 1][:1].isupper()
                and not (i > 1 and norms[i - 1] in demonyms     # not "le groupe russe Gazprom Neft", "le japonais
                         and ({"Company", "Union", "Party"} & resources.class_nouns.get(norms[i - 2], frozenset())
                              or pos[i - 2] == "DET"))):              # Nippon Steel"
            j = i                                 # "M. Kobakhidze", "le Premier ministre géorgien Irakli Kobakhidze",
            #                                       "Le président sortant Mokgweetsi Masisi", "le leader chiite
            #                                       Moqtada Sadr",
            #                                       "le vice-Premier ministre Suriya Juangroongruangkit", "Le
            #                                       Premier ministre thaïlandais par intérim Phumtham Wechayachai"
        elif text[:1].isupper() and pos[i] in ("PROPN", "NOUN", "X", "ADJ") and texts[i + 1][:1].isupper() \
                and (place := place_ends.get(i)) is not None and place.start >= 2 \
                and norms[place.start - 1] in ("de", "d'", "du") and norms[place.start - 2] in role_ends:
            j = i                                 # "le maire de Varsovie Rafal Trzaskowski", "le gouverneur de
            #                                       Lagos X": the office's place, then its holder's name
        else:
            continue
        while j < len(texts):
            word = texts[j]
            if word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() and norms[j] not in resources.titles:
                j += 1
            elif norms[j] in PARTICLES and j + 1 < len(texts) and texts[j + 1][:1].isupper():
                j += 2
            else:
                break
        if j <= i + 1 and given or j == i or any(m.start < i < m.end or m.start <= i and m.end >= j and m.type == PERSON
                                                 or m.key and m.start <= i < m.end for m in found):
            continue
        named = fold(doc[i + 1 if given else i:j].text)
        known = resources.name_index.get(named)
        if known and resources.entries[known].type == PLACE and named not in surnames:
            continue                                     # "Jean Paris"? a given name before a known place
            #                                              (not "Luis Montenegro" when "M. Montenegro" follows;
            #                                              "Mahamadou Sana" is no news agency)
        found = [m for m in found if m.end <= i or m.start >= j]
        found.append(make_mention(doc, sentences, i, j, kind="name", type=PERSON, key=None,
                              locative=False, gender=None))
    return sorted(found, key=lambda m: m.start)
