"""Find the mentions of actors: names (from ``names``), demonyms, role descriptions, anonymous sources,
governments and the staffs of persons."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.document import Sentences, feats, norm, tokens_of
from kg.extract.names import LOCATIVE, OF, find_names, make_mention
from kg.link import COURT_WORDS
from kg.model import ORGANISATION, PERSON, PLACE, Mention
from kg.resources import GazetteerEntry, Resources, fold, is_minister

__all__ = ["find_mentions"]

# class nouns whose body a role's holder may head ("du syndicat", "du groupe", "de l'institution", "de l'ONG")
_HEADED_KINDS = {"Party", "Union", "Company", "IGO", "NGO", "Parliament"}
_DEFINITE = {"le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "du", "au", "aux"}
_INDEFINITE = {"un", "une", "des"}
_CLITICS = {"le", "la", "l'", "les", "lui", "leur", "se", "s'", "en", "y", "ne", "n'"}


_TERM_QUALIFIERS = {"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "actuel", "interimaire", "provisoire",
                    "transitoire", "federal", "federale", "central", "centrale", "sortant", "sortante"}
# the state's own, not another government ("les nouvelles autorités", "le gouvernement fédéral")
_LEANINGS = {"centre", "gauche", "droite", "extreme"}     # "de centre droit", "d'extrême gauche": a leaning
_BRANCH_QUALIFIERS = {"regional", "regionale", "local", "locale", "provincial", "provinciale", "adjoint", "adjointe"}
_CHARGING_VERBS = {"accuser", "soupçonner", "suspecter", "taxer"}    # whose "de" names what one is charged with
_ORIGINS = {"originaire", "originaires", "natif", "native", "issu", "issue"}   # where one comes from, no office
_DEPOSED = {"destitue", "destituee", "dechu", "dechue", "renverse", "renversee"}   # an office taken away
_HELD_QUALIFIERS = {"sortant", "sortante", "interimaire", "demissionnaire"}
_ROLE_QUALIFIERS = {"nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "futur", "future", "actuel", "actuelle",
                    "premier", "premiere"}       # "le premier vice-président"

def _demonym_at(token, demonyms, combining) -> list[str]:
    text = norm(token)
    if text in demonyms:
        return [demonyms[text]]
    if token.i + 1 < len(token.doc) and text in combining and token.nbor(1).text in ("-", "‑"):
        return [combining[text]]
    parts = text.split("-")
    if len(parts) > 1 and all(p in combining or p in demonyms for p in parts):
        return [combining.get(p) or demonyms[p] for p in parts]
    return []


_LANGUAGE_NOUNS = {"langue", "langues", "version", "traduction", "sous-titre", "sous-titres"}


def _language(token) -> bool:
    """Whether a lower-case demonym names a language: spoken ("parlaient anglais et espagnol"), "en russe",
    "la langue arabe"."""
    if not token.text.islower():
        return False
    first = token.head if token.dep_ == "conj" and token.head.i < token.i else token
    if first.head.lemma_ == "parler" and first.head.i < first.i and first.dep_ in ("obj", "xcomp", "obl:arg"):
        return True
    if first.i > 0 and norm(first.nbor(-1)) == "en" and first.pos_ != "NOUN":
        return True
    return first.dep_ == "amod" and norm(first.head) in _LANGUAGE_NOUNS


def _demonyms(doc, sentences, resources, names: list[Mention]) -> list[Mention]:
    """Demonyms outside the names kept ("la Commission européenne" is a name, "le ministre allemand" not)."""
    toks = tokens_of(doc)
    demonyms = resources.demonym_index()
    in_names = {t for n in names for t in range(n.start, n.end)}
    persons = {n.start for n in names if n.type == PERSON}
    found = []
    norms, pos, combining = sentences.norms, sentences.pos, resources.combining
    for i, word in enumerate(norms):
        # (a verb only as a word the tagger took for a participle after its noun: "les responsables mongols")
        participle = pos[i] == "VERB" and word in demonyms and i and pos[i - 1] == "NOUN" \
            and sentences.texts[i].islower()
        if pos[i] not in ("ADJ", "NOUN", "PROPN", "X") and not participle \
                or i in in_names or word not in demonyms and word not in combining and "-" not in word:
            continue                                   # cannot be a demonym: skip without asking spaCy
        if i + 1 in persons and sentences.texts[i][:1].isupper() and i > 0 and pos[i - 1] == "DET":
            continue                                   # "l'Italien Raffaele Fitto": the person, not his state
        if sentences.texts[i][:1].isupper() and i > 0 and pos[i - 1] == "NOUN" and sentences.texts[i - 1].islower():
            continue                                   # "l'océan Indien": a name's word, not an adjective
        if i > 0 and pos[i - 1] == "NOUN" and sentences.lemmas[i - 1] in resources.leaning_nouns:
            continue                                   # "leur choix européen": a leaning, not an actor
        token = toks[i]
        if _language(token):
            continue                                   # "les assaillants parlaient anglais et espagnol"
        for key in _demonym_at(token, demonyms, combining):
            entry = resources.entries[key]
            found.append(make_mention(doc, sentences, token.i, token.i + 1, kind="demonym", type=entry.type, key=key))
    return found


def _match_phrase(doc, i: int, phrase: str) -> int:
    """The end token index when ``phrase`` starts at token ``i``, else 0."""
    toks = tokens_of(doc)
    words = fold(phrase).replace("'", "' ").split()
    j = i
    for word in words:
        if j >= len(doc):
            return 0
        if norm(toks[j]) != word and not (word.endswith("'") and norm(toks[j]) == word):
            glued, k = norm(toks[j]), j           # "ministre-président", which the tokenizer split at the hyphen
            while "-" in word and len(glued) < len(word) and k + 1 < len(doc) and not toks[k].whitespace_:
                k += 1
                glued += norm(toks[k])
            if glued != word:
                return 0
            j = k
        j += 1
    return j


def _leaning_end(doc, k: int) -> int:
    """The end of a political leaning opening at ``k`` ("d'extrême droite", "de centre gauche", "de
    gauche"), else ``k``."""
    toks = tokens_of(doc)
    if k + 1 >= len(doc) or norm(toks[k]) not in ("de", "d'") or norm(toks[k + 1]) not in _LEANINGS:
        return k
    end = k + 2
    while end < len(doc) and norm(toks[end]) in ("droite", "droit", "gauche"):
        end += 1
    return end


def _of_phrase(doc, j: int, names_at: dict[int, Mention], demonyms, combining, resources):
    """What follows a role noun: a demonym, or "de" + a name or a government phrase. Returns (key, end)."""
    toks = tokens_of(doc)
    k = j
    while k < len(doc) and toks[k].text in ("«", "»"):
        k += 1
    if k + 1 < len(doc) and toks[k].pos_ == "ADJ" and toks[k].text.islower() and not _demonym_at(toks[k], demonyms, combining) \
            and _demonym_at(toks[k + 1], demonyms, combining):
        k += 1                                  # "une source sécuritaire pakistanaise"
    if k < len(doc):
        keys = _demonym_at(toks[k], demonyms, combining)
        if keys:
            end = k + 1
            # "un responsable américain de la défense" keeps the demonym's state
            return keys[-1], end
    if k < len(doc) and norm(toks[k]) in OF:
        m = k + 1
        while m < len(doc) and norm(toks[m]) in ("la", "l'", "le", "les"):
            m += 1
        if m in names_at and names_at[m].type in (ORGANISATION, PLACE):
            name = names_at[m]
            return name.key or f"#{name.start}", name.end       # "#n": the name at token n, linked later
        if m + 2 < len(doc) and toks[m].lemma_ in resources.place_nouns and norm(toks[m + 1]) in ("de", "d'") \
                and m + 2 in names_at and names_at[m + 2].type == PLACE:
            name = names_at[m + 2]                                # "la présidente de la région de Madrid"
            return name.key or f"#{name.start}", name.end
        kinds = resources.class_nouns.get(norm(toks[m]), frozenset()) if m < len(doc) else frozenset()
        body = bool(kinds & _HEADED_KINDS) and norm(toks[m - 1]) in ("du", "la", "l'", "le")
        kind = m
        while kind + 1 < len(doc) and (kind == m and body
                                       or kind > m and toks[kind].pos_ == "ADJ" and toks[kind].text.islower()):
            kind += 1                           # "du parti libéral VVD", "du syndicat GSEE": the body the name names
        if body and kind > m:
            kind = _leaning_end(doc, kind)      # "du parti d'extrême droite Chega"
        if kind > m and kind in names_at and names_at[kind].type == ORGANISATION:
            name = names_at[kind]
            return name.key or f"#{name.start}", name.end
        if body and kind == m + 1 and (kind >= len(doc) or toks[kind].pos_ in ("PUNCT", "AUX", "VERB")):
            return f"#{m}", m + 1               # "Le président du syndicat, X", "Une porte-parole de l'entreprise
            #                                     a jugé": the union or company named before
        if m < len(doc) and norm(toks[m]) in ("ministere", "ministeres"):
            ministry = _ministry(doc, m, demonyms, resources)
            if ministry is not None:                              # "un porte-parole du ministère chinois des ..."
                return f"#{m - 1 if norm(toks[m - 1]) in _DEFINITE else m}", ministry[0]
        noun = resources.government_nouns.get(toks[m].lemma_) if m < len(doc) else None
        if noun is not None and m + 1 in names_at and names_at[m + 1].type == ORGANISATION:
            name = names_at[m + 1]                                # "du gouvernement taliban": the Taliban's
            return name.key or f"#{name.start}", name.end
        if noun is not None:
            keys = _demonym_at(toks[m + 1], demonyms, combining) if m + 1 < len(doc) else []
            if keys:
                return f"@{noun.noun}:{keys[-1]}", m + 2          # "@noun:state": that state's body
            if noun.bare and not _followed_by_of(doc, m):
                end = m + 1
                while end < len(doc) and toks[end].pos_ == "ADJ" and toks[end].text.islower():
                    end += 1                                      # "de l'opposition conservatrice"
                return f"@{noun.noun}:", end
    return None, j


def _members_of(doc, j: int, names_at: dict[int, Mention]) -> tuple[str, int] | None:
    """The organisation whose members a plural role names: "(les dirigeants) de l'UE", "des pays (membres)
    de l'Otan". Returns (key or "#n", end)."""
    toks = tokens_of(doc)
    k = j
    if k + 1 < len(doc) and norm(toks[k]) == "des" and norm(toks[k + 1]) in ("pays", "etats"):
        k += 2
        if k < len(doc) and norm(toks[k]) == "membres":
            k += 1
    if k >= len(doc) or norm(toks[k]) not in OF:
        return None
    m = k + 1
    while m < len(doc) and norm(toks[m]) in ("la", "l'", "le", "les"):
        m += 1
    name = names_at.get(m)
    if name is None or name.type != ORGANISATION:
        return None
    return name.key or f"#{name.start}", name.end


def _addressed(doc, i: int) -> bool:
    """ "l'opposition à la réforme": the noun names a stance toward something, not a body."""
    toks = tokens_of(doc)
    return i + 2 < len(doc) and norm(toks[i + 1]) in ("a", "au", "aux") and toks[i + 2].pos_ in ("DET", "NOUN", "PROPN")


def _followed_by_of(doc, i: int) -> bool:
    """ "le gouvernement d'Abiy Ahmed", "le gouvernement de Kaboul": a complement makes it another body
    (not "accusant le gouvernement d'avoir ignoré ...", "de « sacrifier la jeunesse »": that "de" opens the
    verb's infinitive)."""
    toks = tokens_of(doc)
    if toks[i].dep_ == "obj" and toks[i].head.lemma_ in _CHARGING_VERBS:
        return False                      # "a accusé l'opposition de « terrorisme de rue »": the charge
    after = i + 3 if i + 3 < len(doc) and toks[i + 2].text == "«" else i + 2
    if after < len(doc) and (toks[after].pos_ in ("AUX", "VERB") or norm(toks[after]) in ("ne", "n'", "se", "s'")):
        return False
    if after + 1 < len(doc) and toks[after].pos_ == "PRON" and toks[after + 1].pos_ in ("AUX", "VERB"):
        return False                      # "demandé à la justice de l'interdire": an object pronoun, then the verb
    return i + 1 < len(doc) and norm(toks[i + 1]) in OF | {"du"}


# a party's group in a house, whose head is one of the party's members ("le chef du bloc parlementaire du
# Hezbollah", "la cheffe de file des députés du Rassemblement national")
_GROUP_WORDS = {"bloc", "groupe", "deputes", "senateurs", "elus", "parlementaire", "file"}


def _department(doc, sentences, k: int, resources) -> int:
    """The end of a department in lower case after a head's title ("des affaires internationales", "de
    la communication"), else 0."""
    norms, pos, texts = sentences.norms, sentences.pos, sentences.texts
    if k >= len(doc) or norms[k] not in ("de", "du", "des", "d'"):
        return 0
    j = k + 1 + int(k + 1 < len(doc) and norms[k + 1] in ("la", "l'", "le", "les"))
    if j >= len(doc) or pos[j] != "NOUN" or not texts[j].islower() or j + 1 < len(doc) and texts[j + 1] == "-" \
            or norms[j] in _LEANINGS or doc[j].lemma_ in resources.place_nouns:
        return 0                                # (not "le chef d'état-major", nor "le Premier ministre de centre
        #                                         droit", nor "le maire de la ville": a place it heads)
    j += 1
    while j < len(doc) and pos[j] == "ADJ" and texts[j].islower():
        j += 1
    return j


def _led_by(doc, k: int, norms, roles_by_first) -> bool:
    """Whether "du"/"de la" at ``k`` opens the office of a head of state or government: "le gouvernement
    du Premier ministre Bart De Wever" is the government itself."""
    k += 1 if k < len(doc) and norms[k] in ("du", "de") else 0
    k += 1 if k < len(doc) and norms[k] in ("la", "l'") else 0
    return k < len(doc) and any(role.relation == "headOf" and role.kind == "office" and _match_phrase(doc, k, role.noun)
                                for role in roles_by_first.get(norms[k], ()))


_REGULATOR_NOUNS = {"autorite", "agence", "office", "commission", "conseil", "regulateur", "gendarme"}


def _regulator(doc, sentences, i: int, demonyms, resources) -> tuple[int, str] | None:
    """ "l'autorité italienne de la concurrence", "l'agence française du médicament": a body a noun, a
    demonym and its lower-case remit name (end token, state key), or None."""
    toks, norms = tokens_of(doc), sentences.norms
    keys = _demonym_at(toks[i + 1], demonyms, resources.combining) if i + 1 < len(doc) else []
    if not keys or i + 3 >= len(doc) or norms[i + 2] not in ("de", "du", "des", "d'"):
        return None
    k = i + 3
    while k < len(doc) and norms[k] in ("la", "l'", "le", "les"):
        k += 1
    if k >= len(doc) or sentences.pos[k] != "NOUN" or not toks[k].text.islower():
        return None
    end = k + 1
    while end < len(doc) and sentences.pos[end] == "ADJ" and toks[end].text.islower():
        end += 1
    return end, keys[-1]


def _ministry(doc, i: int, demonyms, resources) -> tuple[int, str | None] | None:
    """ "ministère (chinois) des Affaires étrangères", "ministère de l'Intérieur": (end token, state key)."""
    toks = tokens_of(doc)
    j, of = i + 1, None
    if j < len(doc):
        keys = _demonym_at(toks[j], demonyms, resources.combining)
        if keys:
            of, j = keys[-1], j + 1
    if j >= len(doc) or norm(toks[j]) not in OF:
        return None
    k = j + 1
    while k < len(doc) and norm(toks[k]) in ("la", "l'", "le", "les"):
        k += 1
    if k >= len(doc) or not toks[k].text[:1].isupper():
        return None
    end = k + 1
    while end < len(doc):
        t = toks[end]
        if _demonym_at(t, demonyms, resources.combining):
            break
        if t.text[:1].isupper() or (t.pos_ == "ADJ" and t.text.islower() and toks[end - 1].text[:1].isupper()):
            end += 1
            continue
        if norm(t) in ("de", "du") and end + 1 < len(doc) and toks[end + 1].text[:1].isupper() and toks[end - 1].text[:1].isupper():
            end += 2                                  # "des Affaires de Taïwan"
            continue
        if norm(t) == "et" and end + 2 < len(doc) and norm(toks[end + 1]) in OF:
            k = end + 2                               # "de l'Energie et des Mines": a second portfolio
            while k < len(doc) and norm(toks[k]) in ("la", "l'", "le", "les"):
                k += 1
            if k < len(doc) and toks[k].text[:1].isupper() and not _demonym_at(toks[k], demonyms, resources.combining):
                end = k + 1
                continue
        break
    if of is None and end < len(doc):
        keys = _demonym_at(toks[end], demonyms, resources.combining)
        if keys:
            of, end = keys[-1], end + 1
    return end, of


def _descriptions(doc, sentences, resources, names: list[Mention]) -> list[Mention]:
    """Role descriptions ("le président russe"), anonymous sources ("un responsable américain"),
    groups ("les deux leaders") and governments ("l'administration américaine")."""
    toks = tokens_of(doc)
    demonyms = resources.demonym_index()
    names_at = {m.start: m for m in names}
    roles_by_first = resources.roles_by_first
    found: list[Mention] = []
    portfolios: list[tuple[int, int]] = []
    titles: list[tuple[int, int]] = []
    offices: list[tuple[int, int]] = []         # the words of a role: "Le Haut-Commissaire" is no body of its own
    norms = sentences.norms
    taken_until = title_until = -1
    for i in range(len(doc)):
        if sentences.pos[i] not in ("NOUN", "PROPN") and sentences.norms[i] not in roles_by_first:
            continue                            # only nouns start a description, or a role's first word ("haut")
        token = toks[i]
        # "le bureau chinois des Affaires de Taïwan", "le département américain du Trésor" (not "le département
        # du Nord"): a ministry when a demonym follows
        bureau = norms[i] in ("bureau", "office", "departement") and i + 1 < len(doc) \
            and bool(_demonym_at(toks[i + 1], demonyms, resources.combining))
        if sentences.pos[i] in ("NOUN", "PROPN") and (norms[i] in ("ministere", "ministeres") or bureau):   # also inside a role
            ministry = _ministry(doc, i, demonyms, resources)     # "le bureau chinois des Affaires de Taïwan" too
            if ministry is not None:
                start = i - 1 if i > 0 and norms[i - 1] in _DEFINITE else i
                end, of = ministry
                found.append(make_mention(doc, sentences, start, end, kind="government", type=ORGANISATION,
                                      of=of, role="ministère"))
                portfolios.append((i + 1, end))          # "le ministère afghan de la Défense": no place "Défense"
                taken_until = end
                continue
        if norms[i] == "commission" and sentences.texts[i].islower() and i + 1 < len(doc) \
                and norms[i + 1] == "electorale" and i not in names_at and i >= taken_until:
            end = i + 2                         # "la commission électorale (centrale)": a body of its own, named
            while end < len(doc) and sentences.pos[end] == "ADJ" and sentences.texts[end].islower():
                end += 1                        # so by every article about an election
            state = names_at.get(end + 1) if end + 1 < len(doc) and norms[end] in ("du", "de", "d'") else None
            if state is not None and state.key and resources.entries[state.key].kind == "Country":
                end = state.end                 # "la commission électorale du Mozambique"
            found.append(make_mention(doc, sentences, i, end, kind="name", type=ORGANISATION, key=None,
                                      locative=False, gender=None))
            taken_until = end
            continue
        regulator = _regulator(doc, sentences, i, demonyms, resources) \
            if norms[i] in _REGULATOR_NOUNS and sentences.texts[i].islower() and i not in names_at else None
        if regulator is not None:               # "L'autorité italienne de la concurrence": a state body of its own
            end, of = regulator
            start = i - 1 if i > 0 and norms[i - 1] in _DEFINITE else i
            found.append(make_mention(doc, sentences, start, end, kind="government", type=ORGANISATION,
                                      of=of, role="ministère"))
            taken_until = end
            continue
        if norms[i] == "forces" and norms[i + 1:i + 4] == ["de", "l'", "ordre"] and "police" in resources.government_nouns \
                and i > 0 and norms[i - 1] in ("les", "des", "aux") and i >= taken_until:
            # "les forces de l'ordre": the police body the article names ("les gendarmes"), else the police of
            # the state it is about
            named = next((resources.government_nouns[w].noun for w in sentences.lemmas
                          if w in resources.government_nouns and resources.government_nouns[w].subtype == "Police"), "police")
            found.append(make_mention(doc, sentences, i - 1 if norms[i - 1] == "les" else i, i + 4, kind="government",
                                      type=ORGANISATION, of=None, role=named))
            taken_until = i + 4
            continue
        if norms[i] == "forces" and i + 1 < len(doc) and norms[i + 1] in ("gouvernementales", "loyalistes") \
                and i > 0 and norms[i - 1] in ("les", "des", "aux") and i >= taken_until \
                and "armée" in resources.government_nouns:
            # "les forces gouvernementales": the army of the state the article is about
            found.append(make_mention(doc, sentences, i - 1 if norms[i - 1] == "les" else i, i + 2, kind="government",
                                      type=ORGANISATION, of=None, role=resources.government_nouns["armée"].noun))
            taken_until = i + 2
            continue
        noun = resources.government_nouns.get(token.lemma_)
        if noun is not None and noun.subtype == "Parliament" and norms[i] in roles_by_first \
                and "Sing" in feats(token, "Number"):
            noun = None                         # "le député du Hezbollah X": one member, not the parliament
        if noun is not None and noun.subtype == "Opposition" and i >= 2 and norms[i - 1] in ("d'", "de") \
                and sentences.lemmas[i - 2] in ("parti", "formation", "coalition", "alliance", "groupe"):
            continue                            # "le principal parti d'opposition sud-coréen": a party, not
            #                                     the opposition
        if noun is not None and sentences.pos[i] == "NOUN" and (i < title_until or i in names_at and names_at[i].key):
            continue                            # "le chef de la diplomatie française": a word of the minister's title;
            # "l'Autorité palestinienne": a name
        if noun is not None and sentences.pos[i] == "NOUN":
            keys = _demonym_at(toks[i + 1], demonyms, resources.combining) if i + 1 < len(doc) else []
            det = norms[i - 1] if i > 0 else ""
            if i > 1 and det in _TERM_QUALIFIERS:
                det = norms[i - 2]                      # "au nouveau gouvernement": the government still
            start = i - 1 if det in _DEFINITE else i
            j = i + 1
            while j < len(doc) and norms[j] in _TERM_QUALIFIERS | {"militaire"}:
                j += 1
            if noun.subtype == "Government" and norms[j:j + 3] in (["au", "pouvoir", "au"], ["au", "pouvoir", "en"]):
                j += 2                                  # "Le régime militaire au pouvoir au Niger"
            article = 1 if j + 2 < len(doc) and norms[j] == "de" and norms[j + 1] in ("la", "l'") else 0
            country = names_at.get(j + 1 + article) if noun.subtype == "Government" and j + 1 < len(doc) \
                and (norms[j] in ("du", "de", "d'") or norms[j] in ("au", "en") and norms[j - 1] == "pouvoir") \
                else None     # (also "de la République démocratique du Congo")
            if country is not None and not (country.key and getattr(resources.entries.get(country.key), "kind", None) == "Country"):
                country = None
            if keys:
                found.append(make_mention(doc, sentences, start, i + 2, kind="government", type=ORGANISATION,
                                      of=keys[-1], role=noun.noun))
            elif country is not None and det in _DEFINITE:    # "Le gouvernement militaire du Niger"
                found.append(make_mention(doc, sentences, start, country.end, kind="government", type=ORGANISATION,
                                      of=country.key, role=noun.noun))
            elif noun.subtype == "Government" and det in _DEFINITE and _region_named(norms, names_at, i + 1, resources):
                # "le gouvernement de l'Alberta": a region's own, which the linker names after it
                found.append(make_mention(doc, sentences, start, i + 1, kind="government", type=ORGANISATION,
                                          of=None, role=noun.noun))
            elif noun.subtype == "Government" and det in _DEFINITE and i + 2 < len(doc) and norms[i + 1] == "de" \
                    and norms[i + 2] == "transition":
                # "le gouvernement de transition": the state's own, in a transition
                found.append(make_mention(doc, sentences, start, i + 3, kind="government", type=ORGANISATION,
                                          of=None, role=noun.noun))
            elif noun.subtype == "Government" and det in _DEFINITE and norms[i] != "presidence" \
                    and not (start > 0 and norms[start - 1] == "sous") \
                    and (leader := _leader_after(norms, names_at, i + 1)) is not None:
                # "l'administration Trump", "l'administration de Donald Trump": the government its leader heads
                # (not "sous la présidence de Mauricio Macri", a tenure)
                found.append(make_mention(doc, sentences, start, leader.end, kind="government", type=ORGANISATION,
                                          of=None, role=noun.noun))
            elif (noun.bare and det in ("le", "la", "l'", "du", "au", "ce", "cet", "cette")
                  or noun.subtype == "Government" and det == "les" and norms[i] == "autorites"
                  or noun.subtype == "Police" and det == "les" and norms[i].endswith("s")
                  or noun.subtype == "Parliament" and det in ("les", "aux")) \
                    and (not _followed_by_of(doc, i) or _led_by(doc, i + 1, norms, roles_by_first)
                         or (lean := _leaning_end(doc, i + 1)) > i + 1 and (    # "le gouvernement de droite (du
                             lean >= len(doc) or norms[lean] not in OF | {"du"}    # Premier ministre X)"
                             or _led_by(doc, lean, norms, roles_by_first))) \
                    and i + 1 not in names_at \
                    and not (noun.subtype in ("Government", "Police") and i + 1 < len(doc) and toks[i + 1].pos_ == "ADJ"
                             and toks[i + 1].text.islower() and norms[i + 1] not in _TERM_QUALIFIERS) \
                    and not (noun.subtype == "Opposition" and _addressed(doc, i)):
                # "le gouvernement", "l'exécutif", "les autorités": the government of the state the article is about (not "le
                # gouvernement séparatiste", another one, nor "la police routière", a branch of its own); "le
                # gouvernement du président Félix Tshisekedi" names it with its leader, "l'opposition de droite"
                # with its leaning
                lean = i + 1
                while lean < len(doc) and norms[lean] in _TERM_QUALIFIERS:
                    lean += 1                 # "Le gouvernement intérimaire de Muhammad Yunus"
                lean = _leaning_end(doc, lean)
                leader = next((n for k, n in sorted(names_at.items()) if lean < k <= lean + 5 and n.type == PERSON),
                              None) if lean < len(doc) and norms[lean] in OF | {"du"} else None
                found.append(make_mention(doc, sentences, start, leader.end if leader is not None else lean,
                                          kind="government", type=ORGANISATION, of=None, role=noun.noun))
            continue
        if i < taken_until:
            continue
        counted = int(resources.numbers.get(norms[i - 1], 0)) if i > 1 and norms[i - 2] in ("les", "ces", "des", "aux") else 0
        kinds = resources.class_nouns.get(sentences.lemmas[i] if counted > 1 else norms[i]) \
            if sentences.pos[i] in ("NOUN", "PROPN") and i not in names_at and (sentences.texts[i].islower() or not token.is_sent_start) else None
        state = _demonym_at(toks[i + 1], demonyms, resources.combining) if kinds and "City" in kinds and i + 1 < len(doc) else []
        capital = resources.capitals.get(state[0]) if state else None
        if capital:                                      # "la capitale nigériane": Abuja
            found.append(make_mention(doc, sentences, i, i + 2, kind="name", type=PLACE, key=capital,
                                  locative=i > 1 and norms[i - 2] in LOCATIVE))
            taken_until = i + 2
            continue
        if not kinds and i > 0 and norms[i - 1] in ("les", "aux", "des") and "Plur" in feats(token, "Number") \
                and sentences.pos[i] == "NOUN" and sentences.texts[i].islower() \
                and "Union" in resources.class_nouns.get(sentences.lemmas[i], frozenset()) \
                and not (i + 1 < len(doc) and norms[i + 1] in OF | {"du"}):
            # "appelé les syndicats à reprendre les négociations": every union the article has named
            found.append(make_mention(doc, sentences, i - 1, i + 1, kind="group", type=ORGANISATION,
                                      role=sentences.lemmas[i], count=0))
            continue
        if not kinds and i > 0 and i + 1 < len(doc) and f"{norms[i]} {norms[i + 1]}" in resources.class_nouns \
                and norms[i - 1] in ("le", "la", "son", "sa", "leur", "ce", "cet", "cette", "du", "au") \
                and sentences.texts[i].islower():
            # "la maison mère américaine", "le réseau social": a noun of two words for a company named before,
            # its nationality no actor of its own
            end = i + 2
            while end < len(doc) and _demonym_at(toks[end], demonyms, resources.combining):
                end += 1
            found.append(make_mention(doc, sentences, i - 1, end, kind="anaphor", type=ORGANISATION,
                                      role=f"{norms[i]} {norms[i + 1]}"))
            taken_until = end
            continue
        if kinds and "Country" in kinds and counted > 1:
            # "les deux pays", "les trois pays", "les deux voisins": the countries the story is about
            found.append(make_mention(doc, sentences, i - 2, i + 1, kind="group", type=PLACE, role=norms[i], count=counted))
            continue
        if kinds and "Parties" not in kinds and i > 0 and (
                norms[i - 1] in ("le", "la", "l'", "son", "sa", "leur", "cette", "cet", "ce", "du", "au")
                or kinds == {"Group"} and norms[i - 1] in ("les", "aux", "ces")):   # "les rebelles": the armed group named
            end = i + 1
            while end < len(doc) and toks[end].pos_ == "ADJ" and toks[end].text.islower() \
                    and not _demonym_at(toks[end], demonyms, resources.combining):
                end += 1
            # a name right after it, or past a mark or a word that is no verb ("le groupe Nippon Steel"; not
            # "Le groupe accuse Bruxelles de", whose name is the verb's object)
            named_next = end in names_at or end + 1 in names_at and toks[end].pos_ not in ("VERB", "AUX")
            after_of = end + 1
            while after_of < len(doc) and (norms[after_of] in _CLITICS or toks[after_of].text in ("«", '"')):
                after_of += 1                            # "reprochent à l'organisation de les avoir abandonnés",
                #                                          "accusé le syndicat de « prendre en otage »"
            of_next = end < len(doc) and norms[end] in OF and not (     # not "accusant son voisin de mener"
                after_of < len(doc) and "Inf" in feats(toks[after_of], "VerbForm"))
            home = names_at.get(end + 1) if of_next and "Company" in kinds and norms[end] == "de" else None
            if home is not None and not home.key and home.type != PERSON and not any(
                    n.kind == "name" and n.type == ORGANISATION and n is not home and n.end - n.start == 1
                    and sentences.texts[n.start] == sentences.texts[home.start] for n in names):
                # (not "la direction de Ford Allemagne" after "l'usine Ford": the company's branch)
                # "le groupe de Cupertino", "la firme de Redmond": a company named before, by the town of its seat
                names[names.index(home)] = replace(home, type=PLACE, kind="name")
                found.append(make_mention(doc, sentences, i - 1, end, kind="anaphor", type=ORGANISATION, role=norms[i]))
                taken_until = home.end
                continue
            seat = None
            if of_next and norms[i] in COURT_WORDS and norms[end] == "de":
                seat = names_at.get(end + 1) or (names_at.get(end + 2) if end + 2 < len(doc)
                                                 and norms[end + 1] in ("la", "le") else None)
            if seat is not None and seat.type == PLACE and i > 0 and norms[i - 1] in ("la", "le", "l'"):
                # "la juridiction de La Haye": a court named before, by the town of its seat
                found.append(make_mention(doc, sentences, i - 1, seat.end, kind="anaphor", type=ORGANISATION,
                                          role=norms[i]))
                taken_until = seat.end
                continue
            if not named_next and not of_next:
                # "l'organisation régionale", "l'agence onusienne", "le pays": an actor named before
                place = bool(kinds & {"Country", "Region", "City", "Island"})
                if kinds == {"Company"}:          # "le géant américain": the company's nationality, no actor
                    while end < len(doc) and _demonym_at(toks[end], demonyms, resources.combining):
                        end += 1
                first = i if norms[i - 1] in ("du", "au") else i - 1          # "la tête du pays": "pays"
                found.append(make_mention(doc, sentences, first, end, kind="anaphor", type=PLACE if place else ORGANISATION,
                                      role=norms[i]))
            continue
        first = norms[i]
        for role in roles_by_first.get(first, ()):
            plural = False
            end = _match_phrase(doc, i, role.noun)
            if not end and role.plural != role.noun:
                end = _match_phrase(doc, i, role.plural)
                plural = bool(end)
            if not end:
                continue
            if role.role == "officer" and (i == 0 or norms[i - 1] not in ("le", "la", "l'", "ce", "cet", "cette")
                                           or end < len(doc) and (end in names_at or toks[end].text[:1].isupper())):
                continue                                # a rank before a name is its title ("le général X"); alone,
                #                                         "le général" is that person again
            if any(n.key and i < n.start < end < n.end for n in names_at.values()):
                continue                                # "le président du Conseil européen": the name goes on past
                #                                         "président du Conseil", the office of another body
            title_until = end
            if is_minister(role.role) and any(w[:1].isupper() for w in role.noun.replace("'", "' ").split()[1:]):
                portfolios.append((i + 1, end))       # "le ministre de l'Économie Luis Caputo": not "Économie Luis"
            elif any(w[:1].isupper() for w in role.noun.split()[1:]):
                titles.append((i + 1, end))           # "la présidente du Conseil italien": no body "Conseil"
            offices.append((i, end))
            # "haut responsable" must not also match "responsable"
            det_index = i - 1
            former = False
            while det_index > 0 and norms[det_index] in _ROLE_QUALIFIERS:
                former = former or norms[det_index] in ("ancien", "ancienne")   # a former office holds no relation
                det_index -= 1                          # "le nouveau chef du gouvernement", "l'ancien Premier ministre"
            count = 1
            if plural and det_index >= 0 and toks[det_index].like_num:
                count = int(toks[det_index].text) if toks[det_index].text.isdigit() else {"deux": 2, "trois": 3}.get(sentences.norms[det_index], 2)
                det_index -= 1
            det = sentences.norms[det_index] if det_index >= 0 else ""
            while end < len(doc) and norms[end] in _HELD_QUALIFIERS:
                end += 1                                # "le président sortant de l'Equateur" still holds it
            leaning = end
            while leaning < min(len(doc), end + 2) and (toks[leaning].pos_ == "ADJ" or toks[leaning].pos_ == "NOUN" and (
                    leaning + 1 in names_at and names_at[leaning + 1].type == PERSON)) and toks[leaning].text.islower() \
                    and not _demonym_at(toks[leaning], demonyms, resources.combining) and norms[leaning] not in _ORIGINS:
                leaning += 1                            # (not "originaire des Etats-Unis": where one comes from)
            local = False
            if leaning > end and (leaning in names_at and names_at[leaning].type == PERSON
                                  or leaning < len(doc) and norms[leaning] in ("de", "du", "d'", "des")
                                  and (leaning + 1 in names_at or leaning + 2 in names_at)
                                  or leaning + 1 < len(doc) and toks[leaning].text == "," and leaning + 1 in names_at
                                  and names_at[leaning + 1].type == PERSON):   # "son directeur financier, X"
                local = any(norms[t] in _BRANCH_QUALIFIERS for t in range(end, leaning))
                end = leaning                           # "Le chef conservateur Pierre Poilievre": his leaning, then him
                #                                         ("le leader chiite Moqtada Sadr": the adjective read as a
                #                                         noun); "le maire libéral de Varsovie"
            of, of_end = _of_phrase(doc, end, names_at, demonyms, resources.combining, resources)
            if of and of.startswith("#") and int(of[1:]) not in names_at and norms[int(of[1:])] in resources.class_nouns:
                # "Le président du syndicat, X": the body the noun stands for, resolved as the noun alone would be
                found.append(make_mention(doc, sentences, int(of[1:]), of_end, kind="anaphor", type=ORGANISATION,
                                          role=norms[int(of[1:])]))
            if of is None and end + 2 < len(doc) and norms[end] == "par" and norms[end + 1] == "interim":
                # "le président par intérim de la Cour": the office is held for a time
                of, of_end = _of_phrase(doc, end + 2, names_at, demonyms, resources.combining, resources)
                if of is None:
                    of_end = end
            if role.role == "minister" and of is not None and of not in resources.entries:
                of, of_end = None, end                  # "le ministre des Transports": a portfolio the tagger took for a body
            if role.role == "minister":
                # "le ministre (allemand) des Transports", "la ministre de l'Economie": the portfolio is part of it
                portfolio_end = _portfolio(doc, of_end if of else end)
                if portfolio_end:
                    portfolios.append((of_end if of else end, portfolio_end))
                    role = _office_of_portfolio(doc, role, of_end if of else end, portfolio_end, resources)
                    of_end = portfolio_end
            if of is not None or is_minister(role.role) and of_end > end:
                of_end = _office_tail(norms, of_end)     # "... par intérim", "... chargée de la concurrence"
            if of is None and role.relation == "headOf" and det_index >= 3 and norms[det_index - 1] == "dont" \
                    and toks[det_index - 2].text == ",":
                # "Le principal parti d'opposition, Chadema, dont le dirigeant X": the body the relative hangs on
                body = next((n for n in names_at.values() if n.end == det_index - 2 and n.type == ORGANISATION), None)
                if body is not None:
                    of = body.key or f"#{body.start}"
            if plural:
                if det in ("les", "ces") and count > 1:
                    found.append(make_mention(doc, sentences, det_index, end, kind="group", type=PERSON,
                                          role=role.role, relation=role.relation, count=count, of=of))
                    taken_until = end
                elif det == "les" and (members := _members_of(doc, end, names_at)) is not None:
                    # "les dirigeants des pays de l'Otan", "les ministres de l'UE": the organisation acts
                    found.append(make_mention(doc, sentences, det_index, members[1], kind="group", type=ORGANISATION,
                                          role=role.role, of=members[0]))
                    taken_until = members[1]
                break
            if det in _INDEFINITE and (role.kind == "official" or role.kind == "office" and of):
                # "un responsable américain", "un porte-parole de la Commission": an unnamed source
                cited = det_index > 0 and norms[det_index - 1] == "selon" \
                    or det_index > 1 and norms[det_index - 1] == "apres" and norms[det_index - 2] == "d'"
                serves = False                  # (the words after it describe that person: read them too)
                if of is None and role.kind == "official" and end < len(doc) and norms[end] in ("de", "du", "d'"):
                    # "un conseiller du guide suprême Ali Khamenei": of that person's side, not that person
                    k = end + 1
                    while k < min(len(doc), end + 5) and k not in names_at and toks[k].pos_ in ("DET", "NOUN", "ADJ"):
                        k += 1
                    if k in names_at and names_at[k].type == PERSON:
                        of, of_end, serves = f"#{k}", names_at[k].end, True
                if of or cited and role.kind == "official" and norms[i] != "source":
                    # (also "selon un diplomate": a person of no body named; not "selon une source sécuritaire")
                    found.append(make_mention(doc, sentences, det_index, of_end, kind="anonymous", type=PERSON,
                                          role=role.role, relation=None if former else role.relation, of=of,
                                          gender=role.gender))      # (not "une ancienne juge de la Cour suprême")
                    taken_until = of_end if not serves else end
                break
            if role.kind == "official" and det in ("ce", "cet", "cette") and not of:
                # "Selon ce responsable": the unnamed source named just before
                found.append(make_mention(doc, sentences, det_index, end, kind="anonymous", type=PERSON,
                                          role=role.role, relation=None, of=None, gender=role.gender))
                taken_until = end
                break
            if role.kind == "official":
                break
            former = former or any(k < len(doc) and norms[k] in _DEPOSED for k in (end, of_end))
            relation = None if former else role.relation   # ("Le président sud-coréen destitué X": no longer)
            if relation == "headOf" and local:
                relation = "memberOf"               # "Le dirigeant régional du Parti populaire": of a branch
            if relation == "headOf" and of is None:
                department = _department(doc, sentences, of_end, resources)
                if department:                  # "son président des affaires internationales": one of its heads
                    start_of_group, of_end, relation = of_end, department, "memberOf"
                    while (further := _department(doc, sentences, of_end, resources)) > of_end \
                            and _GROUP_WORDS & set(norms[of_end:further]):
                        of_end = further        # "La cheffe de file des députés du Rassemblement national"
                    body, body_end = _of_phrase(doc, of_end, names_at, demonyms, resources.combining, resources) \
                        if of_end < len(doc) and norms[of_end] in ("du", "de", "d'") \
                        and _GROUP_WORDS & set(norms[start_of_group:of_end]) else (None, of_end)
                    if body is not None and body.startswith("#") \
                            and names_at[int(body[1:])].type == ORGANISATION \
                            or body is not None and not body.startswith(("#", "@")) \
                            and getattr(resources.entries.get(body), "type", None) == ORGANISATION:
                        of, of_end = body, body_end     # "Le chef du bloc parlementaire du Hezbollah": a member
            after_name = det_index >= 1 and toks[det_index].text == "," and det_index - 1 in {
                t for n in names_at.values() if n.type == PERSON for t in range(n.start, n.end)} and of is not None
            if after_name:                              # "Daniel Chapo, candidat du Frelimo": a bare title after a name
                found.append(make_mention(doc, sentences, det_index + 1, of_end, kind="role", type=PERSON, role=role.role,
                                      relation=relation, of=of, gender=role.gender))
                taken_until = of_end
            elif det in _DEFINITE or (det_index >= 0 and toks[det_index].pos_ == "DET"):
                # a name in apposition ("le président ghanéen Nana Akufo-Addo", "la porte-parole ..., Jen Psaki")
                found.append(make_mention(doc, sentences, det_index, of_end, kind="role", type=PERSON, role=role.role,
                                      relation=relation, of=of, gender=role.gender))
                taken_until = of_end
                comma = next((t for t in range(of_end, min(len(doc), of_end + 8)) if toks[t].text == ","
                              or toks[t].pos_ in ("VERB", "AUX")), None)      # "Le chef du principal parti d'opposition, X"
                named = names_at.get(comma + 1) if comma is not None and toks[comma].text == "," else None
                if named is not None and named.type == ORGANISATION and not named.key and named.end - named.start >= 2 \
                        and all(toks[t].text[:1].isupper() for t in range(named.start, named.end)):
                    # "le ministre des Affaires étrangères, Gedion Timothewos": a person, whatever the tagger said
                    names[names.index(named)] = names_at[named.start] = replace(named, type=PERSON)
            break
    # a portfolio is not a name: "Transports", "Sécurité nationale"; nor is it part of the name after it
    # ("le secrétaire au Trésor Scott Bessent")
    kept = []
    bodies = [(m.start, m.end, fold(m.role or "")) for m in found if m.kind == "government"]
    for n in names:
        if not n.key and (any(b <= n.start < e for b, e in titles) or any(b <= n.start and n.end <= e for b, e in offices)):
            continue
        if not n.key and n.type == ORGANISATION and any(b <= n.start and n.end <= e and norms[n.start] == noun
                                                        for b, e, noun in bodies):
            continue                           # "Le Parlement sud-africain": the state's body, not a name of its own
        if not n.key and n.type == PERSON and _after_facility(sentences, resources, n.start):
            continue                           # "la centrale thermoélectrique Antonio Guiteras": no person
        inside = next((e for b, e in portfolios if b <= n.start < e), None) if not n.key else None
        if inside is not None and n.type == ORGANISATION and any(
                getattr(resources.entries.get(toks[t].ent_id_), "kind", None) == "Country" for t in range(inside, n.end)):
            inside = None                      # "Le ministre responsable de Postes Canada": a company, not a name after it
        if inside is not None and n.end > inside:
            end = n.end                        # "le secrétaire au Commerce Howard Lutnick", read "Commerce Howard"
            while end < len(doc) and toks[end].text[:1].isupper() and toks[end].text.replace("-", "").isalpha():
                end += 1
            n = make_mention(doc, sentences, inside, end, kind="name", type=PERSON, key=None, locative=False, gender=None)
        elif inside is not None:
            continue
        kept.append(n)
    names[:] = kept
    return found


def _after_facility(sentences, resources, start: int) -> bool:
    """Whether a name at ``start`` follows a noun for a place or work named after a person ("la centrale
    thermoélectrique Antonio Guiteras"), past its lowercase adjectives."""
    k = start - 1
    while k > 0 and sentences.pos[k] == "ADJ" and sentences.texts[k].islower():
        k -= 1
    return k >= 0 and sentences.norms[k] in resources.facility_nouns and sentences.texts[k].islower()


def _office_tail(norms, j: int) -> int:
    """The end of what may follow an office before the name of who holds it: "par intérim", "chargé(e)
    de la concurrence" ("la vice-présidente de la Commission chargée de la concurrence, Margrethe Vestager")."""
    while j + 1 < len(norms):
        if norms[j] == "par" and norms[j + 1] == "interim":
            j += 2
        elif norms[j] in ("charge", "chargee") and norms[j + 1] in OF:
            k = j + 2
            while k < len(norms) and norms[k] in ("la", "l'", "le", "les"):
                k += 1
            if k >= len(norms) or not norms[k].isalpha():
                break
            j = k + 1
        else:
            break
    return j


def _office_of_portfolio(doc, role, begin: int, end: int, resources):
    """The office a minister's portfolio names when set apart from the noun by a demonym ("le ministre
    russe de la Défense" holds the office of "ministre de la Défense"), else the role as it is."""
    phrase = fold(f"{role.noun} {doc[begin:end].text}")
    return next((r for r in resources.roles_by_first.get(phrase.split()[0], ()) if fold(r.noun) == phrase), role)


def _portfolio(doc, j: int) -> int:
    """The end of a ministerial portfolio starting at token ``j`` ("de la Sécurité nationale", "des
    Transports", "de l'Economie et des Finances"), else 0."""
    toks = tokens_of(doc)
    end = 0
    while j < len(doc) and norm(toks[j]) in OF | {"a", "au", "aux", "et"}:
        k = j + 1
        while k < len(doc) and norm(toks[k]) in ("la", "l'", "le", "les"):
            k += 1
        if k >= len(doc) or not toks[k].text[:1].isupper():
            break
        k += 1
        while k < len(doc) and toks[k].pos_ == "ADJ" and toks[k].text.islower():
            k += 1                                  # "Sécurité nationale", "Affaires étrangères"
        j = end = k
    return end


def _staffs(doc, sentences, resources, names: list[Mention]) -> list[Mention]:
    """ "Le bureau de M. Netanyahu", "le cabinet du président X": an organisation of the person named."""
    persons = {m.start: m for m in names if m.type == PERSON}
    found = []
    for i, word in enumerate(sentences.norms):
        if word not in resources.staff_nouns or i + 1 >= len(doc) or sentences.norms[i + 1] not in ("de", "d'", "du"):
            continue
        person = persons.get(i + 2) or persons.get(i + 3)            # "du président X": past one title word
        if person is not None:
            found.append(make_mention(doc, sentences, i, person.end, kind="name", type=ORGANISATION, key=None,
                                  locative=False, gender=None))
    return found


def _workforce_unions(doc, sentences, resources, names: list[Mention]) -> list[Mention]:
    """ "Le syndicat des salariés de Hyundai Motor", "le syndicat des pilotes de la compagnie X": a union
    the article names only by the company whose workers it represents, an organisation of its own."""
    companies = {m.start: m for m in names if m.type == ORGANISATION}
    norms, pos, toks = sentences.norms, sentences.pos, tokens_of(doc)
    found = []
    for i, word in enumerate(norms):
        if "Union" not in resources.class_nouns.get(word, ()) or i + 2 >= len(doc) or norms[i + 1] not in ("des", "de", "d'") \
                or i < 1 or norms[i - 1] not in _DEFINITE:
            continue
        j = i + 2
        while j < min(len(doc), i + 5) and pos[j] in ("NOUN", "ADJ") and toks[j].text.islower():
            j += 1                                  # "des salariés", "des personnels navigants"
        if j == i + 2 or j >= len(doc) or norms[j] not in ("de", "d'", "du"):
            continue
        company = companies.get(j + 1) or (companies.get(j + 2) if j + 2 < len(doc) and pos[j + 1] == "NOUN"
                                           and toks[j + 1].text.islower() else None)       # "du groupe X"
        if company is not None:
            found.append(make_mention(doc, sentences, i, company.end, kind="name", type=ORGANISATION, key=None,
                                      locative=False, gender=None))
    return found


# the endings of the words a party's members are called by: "socialiste", "démocrate", "républicain",
# "insoumise", "conservateur", "libéral" (not "Alternative", nor "national", which no member is called by)
_MEMBER_ENDINGS = ("iste", "ate", "ain", "ise", "eur", "al")


def _party_members(doc, sentences, resources, names: list[Mention], demonyms: list[Mention]) -> list[Mention]:
    """ "les socialistes", "les insoumis", "les travaillistes": the members of a party the article names
    by the word its name is made of ("le PS", "La France insoumise", "le Parti travailliste"), or of one
    the gazetteer knows in a state the article names (by its name, its capital or a demonym), standing for
    the party."""
    # the parties the article names, then those the gazetteer knows in a state it names ("au Royaume-Uni ...
    # les conservateurs"): each one's entry or unknown name, and what its members stand for
    named: list[tuple[GazetteerEntry | None, str, str]] = []
    for m in names:
        entry = resources.entries.get(m.key) if m.key else None
        unknown = entry is None and m.type == ORGANISATION and fold(m.text).split()[0] in ("parti", "le", "la") \
            and "parti" in fold(m.text).split()[:2]      # "le Parti libéral", which the gazetteer does not know
        if (entry is not None and entry.kind == "Party") or unknown:
            named.append((entry, m.text, f"#{m.start}"))   # "les libéraux": the name at its token, as linked (a
            #                                                       Norwegian "Parti travailliste" is not Britain's)
    # (a state named by its capital or a demonym too: "Washington", "le président américain")
    states = {m.key for m in names if m.key and resources.entries[m.key].kind == "Country"} \
        | {resources.entries[m.key].stands_for for m in names if m.key and resources.entries[m.key].kind == "City"
           and resources.entries[m.key].stands_for} \
        | {m.key for m in demonyms if m.key and resources.entries[m.key].kind == "Country"}
    named += [(entry, entry.names[0], entry.key) for entry in resources.parties_in(states)]
    words: dict[str, str] = {}
    for entry, text, ref in named:
        for name in entry.names if entry is not None else (text,):
            for word in fold(name).split():
                singular = word[:-1] if word.endswith("s") else word
                if len(word) > 5 and word.isalpha() and singular.endswith(_MEMBER_ENDINGS) \
                        and not singular.startswith("national"):
                    stem = singular[:-1] if singular.endswith("ise") else singular     # "insoumise": "les insoumis"
                    plural = stem[:-2] + "aux" if stem.endswith("al") else stem if stem.endswith("s") else stem + "s"
                    words.setdefault(plural, ref)
    if not words:
        return []
    norms, pos = sentences.norms, sentences.pos
    return [make_mention(doc, sentences, i - 1, i + 1, kind="group", type=ORGANISATION, of=words[word], role=None,
                         count=0)
            for i, word in enumerate(norms) if word in words and i > 0 and norms[i - 1] in ("les", "des", "aux")
            and pos[i] in ("NOUN", "ADJ") and sentences.texts[i].islower()]


def find_mentions(doc, sentences: Sentences, resources: Resources) -> list[Mention]:
    """Every mention in ``doc``, sorted by position."""
    names = find_names(doc, sentences, resources)
    descriptions = _descriptions(doc, sentences, resources, names)       # drops names that are portfolios
    companies = [(m.start, m.end) for m in descriptions if m.kind == "anaphor" and m.type == ORGANISATION]
    demonyms = [m for m in _demonyms(doc, sentences, resources, names)
                if not any(b <= m.start and m.end <= e for b, e in companies)]
    names = [replace(m, gender=_said_gender(doc, sentences, m)) if m.type == PERSON and m.kind == "name"
             and m.gender is None else m for m in names]
    mentions = names + demonyms + descriptions + _staffs(doc, sentences, resources, names) \
        + _workforce_unions(doc, sentences, resources, names) \
        + _party_members(doc, sentences, resources, names, demonyms)
    return sorted(mentions, key=lambda m: (m.span.begin, -m.span.end, m.kind))


_HONORIFICS = {"M.": "m", "MM.": "m", "Mme": "f", "Mmes": "f", "Mlle": "f"}


def _said_gender(doc, sentences: Sentences, m: Mention) -> str | None:
    """The gender the text gives a person of unknown name: by "M." or "Mme" before it, or by the participle
    that agrees with it as subject ("L'épouse du chef de l'Etat, Martine Moïse, a été grièvement blessée")."""
    if m.start > 0 and sentences.texts[m.start - 1] in _HONORIFICS:
        return _HONORIFICS[sentences.texts[m.start - 1]]
    token = tokens_of(doc)[m.start]
    for _ in range(3):                   # up from a name in apposition or joined by a comma to the subject
        if token.dep_ in ("flat:name", "appos", "conj") and token.head.i < token.i \
                and (token.dep_ != "conj" or sentences.texts[token.i - 1] == ","):
            token = token.head
    if not token.dep_.startswith("nsubj") or "Plur" in feats(token, "Number"):
        return None
    verb = token.head
    if verb.pos_ != "VERB" or "Part" not in feats(verb, "VerbForm") or "Sing" not in feats(verb, "Number") \
            or not any(c.dep_ == "aux:pass" or c.dep_.startswith("aux") and c.lemma_ == "être" for c in verb.children):
        return None                      # (only "être" makes a participle agree with its subject)
    said = feats(verb, "Gender")
    return {"Masc": "m", "Fem": "f"}.get(said[0]) if said else None


def _leader_after(norms: list[str], names_at: dict, i: int):
    """The person named right at ``i`` or after "de" there ("l'administration Trump", "l'administration de
    Donald Trump"), else None."""
    at = names_at.get(i + 1) if i < len(norms) and norms[i] in ("de", "d'") else names_at.get(i)
    return at if at is not None and at.type == PERSON else None


def _region_named(norms: list[str], names_at: dict, k: int, resources) -> bool:
    """Whether "de l'", "de la" or "du" at ``k`` opens the name of a place that is no country ("le
    gouvernement de l'Alberta", "du Québec")."""
    if k + 1 < len(norms) and norms[k] == "du":
        place = names_at.get(k + 1)
    elif k + 2 < len(norms) and norms[k] == "de" and norms[k + 1] in ("l'", "la"):
        place = names_at.get(k + 2)
    else:
        return False
    entry = resources.entries.get(place.key) if place is not None and place.key else None
    return place is not None and place.type == PLACE and (entry is None or entry.kind not in ("Country", "City"))
