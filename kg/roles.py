"""Which person a role description names: "le président russe" (the office-holder the gazetteer knows on
the article's date), "son homologue" (the other party), "le vainqueur", "la porte-parole ..., Jen Psaki"
(the name beside it), "Un juge fédéral ..." then "le juge Amit Mehta", a body's leader named after it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.model import ORGANISATION, PERSON, PLACE, Mention
from kg.naming import salient_state, slug, strip_article
from kg.resources import fold, is_minister

if TYPE_CHECKING:
    from kg.link import office_of_office, Linking

__all__ = ["resolve_role", "headline_roles", "apposed_name", "named_later", "office_of_office", "feminine"]


def _described_before(m: Mention, linking: Linking) -> str | None:
    """A person named in the previous sentence who is not the subject of this one and has no other
    affiliation: the one a new description of an office most likely means."""
    subjects = {keys[0] for n, keys in linking.refs.items() if n.sent == m.sent and n.subject and len(keys) == 1}
    found = [(n.subject, n.span.begin, keys[0]) for n, keys in linking.refs.items()
             if len(keys) == 1 and n.kind == "name" and n.sent == m.sent - 1 and keys[0] not in subjects
             and linking.builders[keys[0]].type == PERSON and not linking.builders[keys[0]].anonymous
             and (linking.builders[keys[0]].of in (None, m.of) or m.of in linking.builders
                  and linking.builders[m.of].type == ORGANISATION and linking.builders[m.of].subtype in (None, "Party"))
             and not _holds_another_office(linking, keys[0], m.role)     # (a state's leader may lead a party)
             and not _described_in_another_office(linking, keys[0], m.role)
             and not _of_another_state(linking, keys[0], m)]
    return max(found)[2] if found else None    # the subject of that sentence first, then the latest named


_HEADS = {"head_of_state", "head_of_government", "leader"}


def _head_described(m: Mention, linking: Linking, of: str, counts) -> str | None:
    """The person an earlier description made the head of state or government of ``of``, the one its
    leader is ("L'émir du Koweït, cheikh X", then "le dirigeant koweïtien"), the most named if several."""
    if getattr(linking.resources.entries.get(of), "kind", None) != "Country":
        return None
    heads = {keys[0] for n, keys in linking.refs.items() if n.kind == "role" and n.role in _HEADS and len(keys) == 1
             and n.of == of and n.span.end <= m.span.begin and linking.builders[keys[0]].type == PERSON
             and not linking.builders[keys[0]].anonymous}
    return max(sorted(heads), key=lambda k: counts[k]) if heads else None


def _of_another_state(linking: Linking, key: str, m: Mention) -> bool:
    """Whether a description already says ``key`` serves another state than the one ``m`` names: "L'envoyé
    spécial américain" is not "Le chef de la commission électorale irakienne, Omar Ahmed"."""
    state = linking.side(m.of) if m.of else None
    if getattr(linking.resources.entries.get(state or ""), "kind", None) != "Country":
        return False            # (the chief of a party may serve a state: "son ministre des Finances")
    described = {linking.side(n.of) for n, keys in linking.refs.items() if keys == (key,) and n.kind == "role" and n.of}
    described |= {linking.side(inner) for n, keys in linking.refs.items() if keys == (key,) and n.kind == "role"
                  for _, found in linking.keys_at(n.span.begin, n.span.end) for inner in found if inner != key}
    states = {s for s in described if getattr(linking.resources.entries.get(s), "kind", None) == "Country"}
    return bool(states) and state not in states


_ANY_OFFICE = (None, "leader", "counterpart", "winner")


def _described_in_another_office(linking: Linking, key: str, role: str | None) -> bool:
    """Whether the article already describes ``key`` in another office than ``role``: "le président du
    Parlement" is not "le Premier ministre mongol X", named the sentence before."""
    offices = {n.role for n, keys in linking.refs.items() if keys == (key,) and n.kind == "role"} - set(_ANY_OFFICE)
    return role not in _ANY_OFFICE and bool(offices) and role not in offices


def _holds_another_office(linking: Linking, key: str, role: str | None) -> bool:
    """Whether the gazetteer knows ``key`` to hold offices none of which ``role`` names: "l'ambassadeur de
    Russie" is not Vladimir Poutine, named the sentence before."""
    entry = linking.resources.entries.get(key)
    return bool(entry and entry.offices and role and not any(o.fills(role) for o in entry.offices))


# "reproché au chancelier d'avoir exigé", "accusé le Premier ministre de se moquer", "d'imposer", "de faire"
_INFINITIVE_AFTER = re.compile(r"^ (?:d['’](?:avoir|être|[a-zéèêô]+(?:er|ir))\b|de [ns](?:e\b|['’])"
                               r"|de (?:[a-zéèêô]+(?:er|ir)|faire|dire|prendre|mettre|rompre)\b)")


def _has_complement(m: Mention, linking: Linking) -> bool:
    """Whether a description goes on with "de" + a noun ("le président du Sénat"): more than the office."""
    after = linking.article.text[m.span.end:m.span.end + 30]
    return after.startswith((" de ", " du ", " d'", " d’")) and not _INFINITIVE_AFTER.match(after) \
        and not after.startswith((" de «", " d'«", " d’«"))     # "a qualifié le juge de « dictateur »": a label


def _known_holder(m: Mention, linking: Linking, date, counts) -> str | None:
    """ "le président", "le chef de l'Etat" with no country: the person named before who holds that office,
    of the article's main country first, then the most mentioned."""
    bare = fold(strip_article(m.text).replace("\u2019", "'"))
    if m.role not in ("head_of_state", "head_of_government") or _has_complement(m, linking) \
            or not any(bare == fold(r.noun) for r in linking.resources.roles if r.role == m.role):
        return None                                    # "le dirigeant de gauche" says more than the office
    state = salient_state(linking, m.span.begin)
    found = []
    for key, builder in linking.builders.items():
        entry = linking.resources.entries.get(key)
        if entry is None or builder.type != PERSON or not builder.spans or min(builder.spans).begin > m.span.begin:
            continue
        offices = [o for o in entry.offices if o.fills(m.role) and o.held_at(date)]
        if offices:
            found.append((any(o.of == state for o in offices), counts[key], key))
    return max(found)[2] if found else None


def _other_party(m: Mention, linking: Linking) -> str | None:
    """ "son hôte", "son interlocuteur": of the persons named before, the one named most often in the same
    sentences as the one whose host or interlocutor is meant (the person named before in this sentence)."""
    persons = [(n, keys[0]) for n, keys in linking.refs.items()
               if len(keys) == 1 and n.span.end <= m.span.begin and n.kind in ("name", "role")
               and linking.builders[keys[0]].type == PERSON and not linking.builders[keys[0]].anonymous]
    here = [key for n, key in persons if n.sent == m.sent]
    owner = here[-1] if here else _salient_person(m, linking)
    if _RIVAL.search(fold(m.text)) and _BALLOT.search(fold(linking.article.text)) \
            and (winner := _winner(m, linking)) is not None and winner != owner:
        return winner                     # "M. Cuomo a reconnu sa défaite et félicité son adversaire": the winner
    if "hote" in fold(m.text):
        # a host receives: the person of the country where the story takes place ("à Ankara": Erdogan)
        hosts = {linking.side(keys[0]) for n, keys in linking.refs.items()
                 if n.locative and len(keys) == 1 and n.span.end <= m.span.begin and linking.type_of(keys[0]) == PLACE}
        received = [key for n, key in persons if key != owner and linking.side(key) in hosts]
        if received:
            return max(received, key=received.count)
    # a counterpart holds the same kind of office: "Le président sénégalais ... a félicité son homologue", the
    # president named before, not the rival candidate named with him
    leading = {"head_of_state", "head_of_government", "leader"}
    offices = {}
    for n, key in persons:
        if n.kind == "role" and n.role and not _FORMER.search(fold(n.text)):
            offices.setdefault(key, set()).add("leading" if n.role in leading else n.role)
    date = linking.article.date
    for key in {key for _, key in persons}:           # an office the gazetteer knows held at the article's date
        entry = linking.resources.entries.get(key)
        if entry is not None and any(o.role in leading and o.held_at(date) for o in entry.offices):
            offices.setdefault(key, set()).add("leading")
    # (of another side: "M. Trump a accusé son homologue", not his vice-president)
    peers = [key for n, key in persons if key != owner and offices.get(key, set()) & offices.get(owner, set())
             and linking.side(key) != linking.side(owner)]
    if peers and "hote" not in fold(m.text):
        return peers[-1]
    sentences_of: dict[str, set[int]] = {}
    for n, key in persons:
        sentences_of.setdefault(key, set()).add(n.sent)
    shared = {key: len(sents & sentences_of.get(owner, set())) for key, sents in sentences_of.items() if key != owner}
    last = {key: n.span.begin for n, key in persons}
    return max(shared, key=lambda k: (shared[k], last[k])) if shared else None


_RIVAL = re.compile(r"\b(?:adversaire|rival|rivale)\b")
_BALLOT = re.compile(r"\b(?:election|elections|scrutin|presidentielle|legislatives|municipales|primaire)\b")


def _same_office(m: Mention, linking: Linking) -> str | None:
    """ "le chef de l'Etat" after "Le président équatorien Daniel Noboa", "le magistrat" after "Le juge de
    la Cour suprême X": the person last described by an office of the same role."""
    if m.role in ("leader", "official", "winner", "counterpart", None) or _has_complement(m, linking):
        return None                       # ("le dirigeant" may be another leader than the one just named)
    found = [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if n.kind == "role" and n.role == m.role
             and len(keys) == 1 and n.span.end <= m.span.begin and linking.type_of(keys[0]) == PERSON]
    return max(found)[1] if found else None


def _ranked_before(m: Mention, linking: Linking) -> str | None:
    """ "le général": the person last named after that rank ("le général Abdel Fattah al-Burhane")."""
    rank = fold(m.text.split()[-1])
    text = linking.article.text
    found = [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if n.kind == "name" and n.type == PERSON
             and len(keys) == 1 and n.span.end <= m.span.begin
             and fold(text[max(0, n.span.begin - 30):n.span.begin]).rstrip().endswith(" " + rank)]
    return max(found)[1] if found else None


def _of_the_opposition(m: Mention, linking: Linking) -> str | None:
    """ "l'opposant" after "Le candidat de l'opposition, X": the person last described as of a state's
    opposition."""
    found = [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if n.kind == "role" and n.of
             and len(keys) == 1 and n.span.end <= m.span.begin and linking.type_of(keys[0]) == PERSON
             and n.of in linking.builders and linking.builders[n.of].subtype == "Opposition"]
    return max(found)[1] if found else None


def _one_minister_before(m: Mention, linking: Linking) -> str | None:
    """The one person described before as a minister of the role of ``m`` (of any portfolio for "son
    ministre"), if one alone was."""
    found = {keys[0] for n, keys in linking.refs.items() if n.kind == "role" and len(keys) == 1
             and n.span.end <= m.span.begin and linking.type_of(keys[0]) == PERSON
             and (n.role == m.role or m.role == "minister" and is_minister(n.role))}
    return found.pop() if len(found) == 1 else None


def _new_holder(m: Mention, linking: Linking) -> str | None:
    """ "le nouveau chef du gouvernement", "au nouveau président": the person just named as a subject whom
    no office of a named state or of another kind describes ("M. Ishiba, 67 ans, succède à ...", not "le
    président américain X"), else the one the article leads with."""
    other_office = {keys[0] for n, keys in linking.refs.items() if n.kind == "role" and (n.role != m.role or n.of)
                    and len(keys) == 1}
    # ("le chef de l'Etat sortant X": the one leaving, not the new holder)
    outgoing = {keys[0] for n, keys in linking.refs.items() if n.kind == "role" and len(keys) == 1
                and _OUTGOING & set(fold(n.text).split())}
    recent = _salient_person(m, linking)
    return recent if recent and recent not in other_office | outgoing else _winner(m, linking, skip=outgoing)


_OUTGOING = {"sortant", "sortante", "ancien", "ancienne", "dechu", "dechue", "demissionnaire"}


def _winner(m: Mention, linking: Linking, skip: set[str] = frozenset()) -> str | None:
    """ "le vainqueur", "le nouvel élu": the person the article names first (the one its title and lead
    say won), whose gender agrees, first as a subject ("les visées du président américain Donald Trump"
    name no winner); "le président élu américain", of a state, the first of that state; none in ``skip``."""
    of = m.of and linking.side(m.of)
    found = []
    for n, keys in sorted(linking.refs.items(), key=lambda item: item[0].span.begin):
        if n.span.end > m.span.begin:
            break
        builder = linking.builders.get(keys[0]) if len(keys) == 1 else None
        if builder is None or builder.type != PERSON or builder.anonymous or n.kind not in ("name", "role") \
                or n.kind == "role" and keys[0] not in found or keys[0] in skip:
            continue
        if m.gender and builder.gender and m.gender != builder.gender:
            continue
        if of and linking.side(keys[0]) != of:
            continue
        if n.subject and n.sent < m.sent:     # (not the one who speaks of the winner)
            return keys[0]
        found.append(keys[0])
    return found[0] if found else None


def _salient_person(m: Mention, linking: Linking) -> str | None:
    """ "Le dirigeant de gauche": the person last named as a subject, in this or the two previous
    sentences, whose gender agrees."""
    found = None
    other = _with_another(m, linking)
    for n, keys in linking.refs.items():
        if len(keys) != 1 or n.span.end > m.span.begin or m.sent - n.sent > 2 or not n.subject \
                or other and n.sent == m.sent:
            continue
        builder = linking.builders[keys[0]]
        if builder.type != PERSON or builder.anonymous or n.kind not in ("name", "role"):
            continue
        if m.gender and builder.gender and m.gender != builder.gender:
            continue
        if found is None or n.span.begin > found[0]:
            found = (n.span.begin, keys[0])
    if found and m.role not in ("leader", None) and any(
            n.kind == "role" and keys == (found[1],) and (n.role not in (m.role, "leader", "counterpart", "winner")
                                                          or n.role == "leader" and n.of and is_minister(m.role))
            for n, keys in linking.refs.items()):
        return None                       # "le président kényan X ... à l'exception du vice-président": another
        #                                   office; "Le chef du CHP, X ... Le ministre de la Justice": another too
    return found[1] if found else None


def _with_another(m: Mention, linking: Linking) -> bool:
    """Whether a description follows "avec" or "contre": one the subject of its sentence deals with, not
    that subject ("X a annoncé un accord, après deux conversations avec le dirigeant républicain")."""
    before = linking.article.text[max(0, m.span.begin - 8):m.span.begin]
    return re.search(r"\b(?:avec|contre)\s*$", before) is not None


_LEADING = {"head_of_state", "head_of_government", "leader"}


def _leader_described(m: Mention, linking: Linking) -> str | None:
    """ "la dirigeante" when no one of that gender was just the subject: the person last described by an
    office that leads (president, prime minister, leader) whose gender agrees, in this or the three previous
    sentences ("La Cour a suspendu la Première ministre X. ... la dirigeante qualifiait")."""
    if m.role != "leader":
        return None
    other = _with_another(m, linking)
    found = [(n.span.begin, keys[0]) for n, keys in linking.refs.items()
             if n.kind == "role" and n.role in _LEADING and len(keys) == 1 and n.span.end <= m.span.begin
             and 0 <= m.sent - n.sent <= 3 and linking.type_of(keys[0]) == PERSON
             and not (other and n.sent == m.sent)
             and not any(m.gender and g and m.gender != g for g in (n.gender, linking.builders[keys[0]].gender))]
    #                               (not "l'ancien dirigeant cambodgien Hun Sen": a man)
    if not found:                 # "L'Alliance sociale-démocrate de Kristrún Frostadóttir ... la cheffe des
        #                             sociaux-démocrates": the one a body is named after, earlier
        body_ends = {n.span.end for n in linking.refs if n.kind == "name" and n.type == ORGANISATION}
        found = [(n.span.begin, keys[0]) for n, keys in linking.refs.items()
                 if n.kind == "name" and len(keys) == 1 and n.span.end <= m.span.begin
                 and linking.type_of(keys[0]) == PERSON and m.gender and _gender_of(linking, keys[0]) == m.gender
                 and _after_body(linking.article.text, n.span.begin, body_ends)]
    return max(found)[1] if found else None


def _after_body(text: str, begin: int, body_ends: set[int]) -> bool:
    """Whether a name at offset ``begin`` follows a body's name and "de" ("l'Alliance sociale-démocrate de
    X")."""
    start = max(0, begin - 6)
    before = re.search(r"(\S)\s+(?:de|d')\s*$", text[start:begin])
    return before is not None and start + before.end(1) in body_ends


def _gender_of(linking: Linking, key: str) -> str | None:
    """A person's gender as the builder has it, else as a title before one of the person's names says
    ("Mme Frostadóttir")."""
    builder = linking.builders[key]
    if builder.gender:
        return builder.gender
    titles = {re.sub(r"\W", "", linking.article.text[max(0, span.begin - 5):span.begin]) for span in builder.spans}
    return "f" if titles & {"Mme", "Mlle"} else "m" if "M" in titles else None


_TITLE_GAP = re.compile(r"^,\s*(?:(?:le|la|l'|l’)\s*)?(?:ancien\s|ancienne\s)?[a-zéèêëîïôûç-]+\.?$|^,\s*(?:M\.|Mme|Mgr|Dr)$"
                        r"|^(?:de|d'|d’)\s?[a-zéèêëîïôûç-]+(?:\s[a-zéèêëîïôûç-]+){0,2}$"   # "le chef de gang Jimmy Chérizier",
                        #                                          "Le dirigeant d'extrême droite néerlandais Geert Wilders";
                        #                                          "Son rival, l'ancien ministre X"
                        r"|^(?:sortant|sortante|élu|élue|intérimaire|par intérim|déchu|déchue|démissionnaire|fédéral|fédérale),?$"
                        r"|^\([A-Z][A-Za-z-]{1,7}\),?$")     # "Le candidat du Parti démocrate progressiste (DPP) Lai Ching-te"


_COMPLEMENT_GAP = re.compile(r"^(?:[a-zéèêëîïôûç-]+\s)?(?:(?:de|du|des|à|au|aux|en|pour|chargée?)\s|d'|d’)"
                             r"[^,.;:«»()]*"
                             r"(?:\([A-Z][A-Za-z-]{1,9}\)\s*)?,(?:\s*(?:le|la|l'|l’)\s*[a-zéèêëîïôûç-]+)?$"
                             # "Le chef du commandement américain pour l'Afrique (Africom), le général X"
                             # "Le chef de la minorité démocrate au Sénat, Chuck Schumer": an adjective first
                             # "Le porte-parole de l'AKP, le parti au pouvoir, Ömer Çelik": what the complement is
                             # "Le président de la Republika Srpska, l'entité serbe de Bosnie-Herzégovine, Milorad Dodik"
                             r"|^,\s*(?:le|la|l'|l’|les)\s*[a-zéèêëîïôûç'’-]+(?:\s[a-zéèêëîïôûç'’-]+){0,5}"
                             r"(?:\s(?:de|du|d'|d’)\s*(?:la\s|l'|l’)?[A-ZÉ][\w'’-]*)?,?$")
#                                           "... à Manille, Huang Xilian", "... pour les réfugiés, Filippo Grandi",
#                                           "Son adversaire, le maire libéral de Varsovie Rafal Trzaskowski"
_RELATIVE_GAP = re.compile(r",\s*(?:dont|qui)\s[^,;.:«»]*,$")   # "Le chef de l'AFC, dont fait partie le M23, X"
# "Le sénateur d'opposition et candidat à la présidentielle Miguel Uribe Turbay": a second description, joined
_JOINED_GAP = re.compile(r"^(?:(?:de|du|d'|d’)\s*[a-zàâéèêëîïôûç-]+\s+)?"
                         r"et\s+[a-zàâéèêëîïôûç'’-]+(?:\s+[a-zàâéèêëîïôûç'’-]+){0,5}$")


def office_of_office(m: Mention, mentions: list[Mention], text: str) -> Mention | None:
    """The role ``m`` is the complement of, when it is one: "Le porte-parole | du secrétaire général de
    l'ONU" (the spokesman's office is of the UN, and the name after it is his, not the Secretary-General's)."""
    for n in mentions:
        if n.kind != "role" or n.span.end > m.span.begin or n.sent != m.sent or m.span.begin - n.span.end > 8:
            continue                      # (only a role just before: no long stretch of text to fold)
        between = fold(text[n.span.end:m.span.begin] + m.text.split(" ")[0]).strip()   # (the mention may open on "du")
        if not n.text.split()[-1][:1].isupper() and between in ("du", "de la", "de l'", "d'", "de"):
            return n                      # (not "candidate du parti Libre | de la présidente sortante X": the
            #                               party's, the role before ends on the name of its complement)
    return None


def _cited(text: str, begin: int) -> bool:
    """Whether the words at offset ``begin`` follow "selon" or "d'après": a source the article cites."""
    return text[max(0, begin - 10):begin].rstrip().lower().endswith(("selon", "d'après", "d’après"))


def _kin_of(m: Mention, linking: Linking) -> bool:
    """Whether description ``m`` is the complement of a noun of kin: "L'épouse du chef de l'Etat"."""
    before = re.findall(r"[\w'’-]+", linking.article.text[max(0, m.span.begin - 40):m.span.begin])
    if before and fold(before[-1]) in ("du", "des", "de", "d'"):
        before = before[:-1]
    elif not re.match(r"(?:du|des|de|d'|d’)\b", m.text.lower()):
        return False
    return bool(before) and fold(re.split(r"['’]", before[-1])[-1]) in linking.resources.kin_nouns


def apposed_name(m: Mention, linking: Linking, by_start: dict[int, Mention]) -> str | None:
    """The person named right after a description, or after a comma: "..., Jen Psaki"; not after a role that
    is another's complement ("Le porte-parole du secrétaire général de l'ONU, Stéphane Dujarric", "L'épouse du
    chef de l'Etat, Martine Moïse")."""
    text = linking.article.text
    if m.kind == "role" and office_of_office(m, linking.mentions, text) is not None:
        return None
    cited = _cited(text, m.span.begin)
    for gap in range(12):
        cand = by_start.get(m.end + gap)
        between = text[m.span.end:cand.span.begin].strip() if cand else ""
        if cand and cited and "," in between \
                and text[cand.span.end:].lstrip()[:1] not in (",", ".", ";", ")", "»", ""):
            return None                   # "Selon un diplomate européen, Donald Trump a accusé": the source cited,
            #                               then the clause's subject (not "Selon le porte-parole, le général X,",
            #                               nor "..., selon le chef d'état-major, Mohammad Bagheri.")
        # "..., Jen Psaki", "..., le colonel Abdoulaye Maïga": a comma, then at most an article and a title;
        # "Le chef de l'opposition conservatrice, Friedrich Merz": a complement, then a comma
        if cand and cand.type == PERSON and (gap == 0 or between == "," or _TITLE_GAP.match(between)
                                             or gap > 1 and _COMPLEMENT_GAP.match(between)
                                             or gap > 2 and _RELATIVE_GAP.match(between)
                                             or gap > 1 and _JOINED_GAP.match(between)
                                             or gap == 1 and fold(between) in linking.resources.demonym_index()
                                             or _apposed_role_between(m, cand, linking)):
            # "Le juge de la Cour suprême brésilienne Alexandre de Moraes": the court's demonym between
            if re.match(r"(?:de|du|d'|d’)\b", between) and any(
                    o.kind == "role" and o.type == PERSON and m.end < o.start < cand.start for o in linking.mentions):
                return None               # "candidate du parti Libre de la présidente sortante X": the name of
                #                           the description between
            demonyms = linking.resources.demonym_index()
            if m.role == "counterpart" and m.of and "," in between \
                    and any(demonyms.get(fold(w), m.of) != m.of for w in re.findall(r"[\w'’-]+", between)):
                return None               # "avec son homologue azerbaïdjanais, le président russe X": a new clause's
                #                           subject, of another state
            if "," in between and _kin_of(m, linking):
                return None               # "L'épouse du chef de l'Etat, Martine Moïse": the wife's name
            key = linking.refs[cand][0]
            if "," in between and not feminine(m) and any(o.kind == "role" and m.end < o.start <= cand.start
                                                          and o.gender == "f" for o in linking.mentions):
                return None               # "La fille de l'ancien président, la vice-présidente Sara Duterte": a
                #                           woman's office beside a man's names another person
            if m.of and not linking.builders[key].of:
                linking.builders[key].of = m.of
            return key
    return None


def _apposed_role_between(m: Mention, cand: Mention, linking: Linking) -> bool:
    """Whether a second description, set off by commas with the name it leads to, stands between a role
    and that name ("Son président, le chef de l'Etat nigérian Bola Tinubu, a appelé"): both describe him."""
    text = linking.article.text
    if text[m.span.end:].lstrip()[:1] != "," or text[cand.span.end:].lstrip()[:1] != ",":
        return False
    return any(o.kind == "role" and o.type == PERSON and o.start == m.end + 1 and o.end == cand.start
               for o in linking.mentions)


_DEFINITE = ("le ", "la ", "l'", "l’", "du ", "au ")


CITY_OFFICES = ("mayor", "governor")     # offices held over a city: "le maire de Varsovie" heads Warsaw, not Poland
_LOCAL_OFFICES = {*CITY_OFFICES, "ambassador"}   # "le gouverneur" is not the leader just named     # "la démission du président": the president known


def headline_roles(linking: Linking) -> None:
    """A title's description the body later gives a name ("le maire d'Istanbul arrêté", then "Le maire
    d'Istanbul, Ekrem Imamoglu, ...") is that person, not someone named by the description."""
    for m, keys in list(linking.refs.items()):
        if m.kind != "role" or m.sent != 0 or len(keys) != 1 or keys[0] in linking.resources.entries:
            continue
        fresh = linking.builders[keys[0]]
        # (or a person the title names beside it, whom the body never gives that title: "X en tête du premier
        # tour, le Premier ministre démissionne", then "Le Premier ministre roumain Y")
        other = bool(fresh.names) and not any(n.kind == "role" and n.role == m.role and n.sent > 0 and ks == keys
                                                for n, ks in linking.refs.items())
        if (fresh.names or len(fresh.spans) > 1) and not other:
            continue
        # ("son Premier ministre conteste", then "le Premier ministre Succès Masra": the owner guessed, the
        # later title saying none)
        possessive = m.text.lower().startswith(("son ", "sa ", "leur "))
        later = next((ks[0] for n, ks in linking.refs.items() if n.kind == "role" and n.sent > 0 and n.role == m.role
                      and (n.of == m.of or other and m.of is None or possessive and n.of is None)
                      and len(ks) == 1 and ks[0] != keys[0]
                      and linking.builders[ks[0]].names), None)
        if later:
            linking.refs[m] = (later,)
            linking.builders[later].add(m)
            if other:
                fresh.spans.remove(m.span)
                if not any(n.text == m.text for n, ks in linking.refs.items() if ks == keys):
                    fresh.aliases = [a for a in fresh.aliases if fold(a) != fold(strip_article(m.text))
                                     and a != m.text]
            else:
                del linking.builders[keys[0]]
    text = linking.article.text
    title = text.split("\n", 1)[0].rstrip()
    for m in linking.mentions:
        # a title's description resolved to no one ("l'armée ... arrête le Premier ministre"): the one person
        # the body names with that title ("l'arrestation du Premier ministre Abdallah Hamdok"); not a new one
        # ("Macron promet un nouveau Premier ministre")
        if m.kind != "role" or m.type != PERSON or m.sent != 0 or m in linking.refs or m.role is None \
                or m.span.end > len(title) or title.endswith((".", "»")) \
                or not m.text.lower().startswith(("le ", "la ", "l'", "l’")) \
                or _FORMER.search(fold(m.text)) or _NEW.search(m.text.lower()):
            continue
        later = {ks[0] for n, ks in linking.refs.items() if n.kind == "role" and n.sent > 0 and n.role == m.role
                 and (m.of is None or n.of == m.of) and len(ks) == 1 and linking.builders[ks[0]].names}
        if len(later) == 1:
            linking.refs[m] = (later.pop(),)
            linking.builders[linking.refs[m][0]].add(m)


def resolve_role(m: Mention, linking: Linking, by_start: dict[int, Mention], date, counts) -> str | None:
    resources = linking.resources
    apposed = apposed_name(m, linking, by_start)
    if apposed:
        return apposed
    before = _name_before(m, linking)
    if before:
        return before                                  # "Daniel Chapo, candidat du Frelimo"
    if not m.of and m.role == "counterpart":
        return _other_party(m, linking)                # "M. Xi a averti son hôte": Joe Biden
    if m.role == "winner":
        return _winner(m, linking)                     # "a félicité le vainqueur"
    if m.role == "officer":
        return _ranked_before(m, linking)              # "le général" after "le général Abdel Fattah al-Burhane"
    if not m.of and m.text.lower().startswith(_DEFINITE):
        if re.match(r" (?:de|du|d'|d’) ?(?:l'|l’|la )?[A-Z]", linking.article.text[m.span.end:m.span.end + 12]):
            return None                                # "le président du Sénat": of a body the text names
        # "au nouveau président" no one holds yet: the one the article leads with
        new = _NEW.search(m.text.lower()) is not None   # "le futur président"
        if _interim(m, linking.article.text):
            return _interim_holder(m, linking)         # "le président par intérim": not the head of state in office
        if m.role == "opponent":
            return _same_office(m, linking) or _of_the_opposition(m, linking)    # never the leader just named
        return _known_holder(m, linking, date, counts) or (_new_holder(m, linking) if new else None) \
            or _same_office(m, linking) or (
            _salient_person(m, linking) if m.role not in _LOCAL_OFFICES else None) or _leader_described(m, linking)
    if not m.of and is_minister(m.role) and m.text.lower().startswith(("son ", "sa ")):
        return _one_minister_before(m, linking)       # "son ministre des Finances, X", then "son ministre"
    if not m.of:
        return None
    of = m.of
    role = m.role
    entry = resources.entries.get(of)
    if entry and entry.stands_for and role in ("leader", "head_of_state", "head_of_government", "counterpart"):
        of = entry.stands_for
    if role == "counterpart":
        role = "leader"
    former = _FORMER.search(fold(m.text)) is not None
    if former:
        # "L'ancien président de la Banque centrale européenne": the one person named before who held it
        held = [key for key, b in linking.builders.items() if b.type == PERSON and b.spans
                and min(b.spans).begin < m.span.begin and key in resources.entries
                and any(o.of == of and o.end and (not date or o.end < date) and (o.fills(role) or o.role in _LEADING)
                        for o in resources.entries[key].offices)]
        if len(held) == 1:
            return held[0]
    # someone already named in the article who holds that office, or whom the same description named before
    in_office = [] if former else resources.holders_of(role, of, date)
    holders = [h for h in in_office if not (feminine(m) and h.gender == "m")]   # "la dirigeante française"
    #                                                                             is no man in office
    named = [h.key for h in holders if h.key in linking.builders and linking.builders[h.key].spans]
    if named:
        return max(named, key=lambda k: counts[k])
    for previous, keys in linking.refs.items():
        if previous.kind == "role" and previous.role == m.role and previous.of == m.of and len(keys) == 1 \
                and (_FORMER.search(fold(previous.text)) is not None) == former:
            return keys[0]                # (a former holder is not the one in office)
    if holders and date:
        return linking.from_gazetteer(holders[0].key)
    text = linking.article.text
    cited = _cited(text, m.span.begin)
    # "selon le porte-parole du département d'Etat" cites someone new, not the person just named
    described = _described_before(m, linking) if m.text.lower().startswith(_DEFINITE) and not cited else None
    if described:
        return described                  # "le chef du FDP" for Christian Lindner, named just before
    head = _head_described(m, linking, of, counts) if role == "leader" else None
    if head:
        return head                       # "le dirigeant ouzbek", after "Le président ouzbek X": X
    owner = _person_of_body(linking, of, m) if m.relation == "headOf" else None
    if owner:
        return owner                      # "Chega d'André Ventura ... son dirigeant": Ventura
    gendered = _most_named_of_gender(m, linking, counts) \
        if in_office and not holders and m.text.lower().startswith(_DEFINITE) else None
    if gendered:
        return gendered                   # "la dirigeante française", no woman holding that office: Marine Le Pen
    name = strip_article(m.text).replace("\u2019", "'")
    return linking.new(f"person-{slug(name)}", name, PERSON, name_lang=resources.lang, of=of)


_FORMER = re.compile(r"\b(?:ancien|ancienne|ex)\b")
_NEW = re.compile(r"\b(?:nouve(?:au|l|lle)|futur|future)\b")      # "le futur président": no one holds it yet
_LEADING = {"leader", "president", "head_of_state", "head_of_government"}
_INTERIM = re.compile(r"\b(?:par interim|interimaire)\b")


def feminine(m: Mention) -> bool:
    """Whether a description names a woman: a feminine noun or article ("la dirigeante", "la ministre";
    a masculine one may name a woman too: "Le directeur général de l'OMC, Ngozi Okonjo-Iweala")."""
    return m.gender == "f" or m.text.lower().startswith(("la ", "une ", "cette "))


def _most_named_of_gender(m: Mention, linking: Linking, counts) -> str | None:
    """The woman named most before a feminine description, when the gazetteer's holders of the office
    are all men."""
    if not feminine(m):
        return None
    found = [(counts[k], k) for k, b in linking.builders.items() if b.type == PERSON and not b.anonymous
             and b.names and min(b.spans).begin < m.span.begin and (b.gender or _gender_of(linking, k)) == "f"]
    return max(found)[1] if found else None


def _interim(m: Mention, text: str) -> bool:
    """Whether an office is said to be held for a time, in its words or right after them."""
    return bool(_INTERIM.search(fold(m.text)) or _INTERIM.match(fold(text[m.span.end:m.span.end + 16]).strip()))


def _interim_holder(m: Mention, linking: Linking) -> str | None:
    """The person an interim office last described before ("le président par intérim Han Duck-soo", then
    "le président par intérim"), whom the gazetteer cannot know."""
    found = [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if n.kind == "role" and n.role == m.role
             and len(keys) == 1 and n.span.end <= m.span.begin and _interim(n, linking.article.text)
             and linking.type_of(keys[0]) == PERSON]
    return max(found)[1] if found else None


def _name_before(m: Mention, linking: Linking) -> str | None:
    """The person named right before a title with no article, after a comma: "Daniel Chapo, candidat du
    Frelimo"."""
    if m.text[:1].isupper() or m.text.lower().startswith(("le ", "la ", "l'", "l’", "un ", "une ", "son ", "sa ")):
        return None
    text = linking.article.text
    found = [(n.span.end, keys[0]) for n, keys in linking.refs.items() if n.kind == "name" and n.type == PERSON
             and len(keys) == 1 and n.span.end <= m.span.begin and text[n.span.end:m.span.begin].strip() == ","]
    return max(found)[1] if found else None


def named_later(m: Mention, mentions: list[Mention], linking: Linking, by_start: dict[int, Mention]) -> str | None:
    """The person an indefinite description introduces and the article names later by the same title:
    "Un juge fédéral américain a estimé ...", then "a écrit le juge Amit Mehta" (when one alone is); or,
    in the title, by another title of the same body ("une ancienne juge de la Cour suprême nommée Première
    ministre", then "L'ancienne présidente de la Cour suprême Sushila Karki")."""
    found = {apposed_name(n, linking, by_start) for n in mentions
             if n.kind == "role" and n.role == m.role and n.span.begin > m.span.end}
    found.discard(None)
    if not found and m.of and "\n" in linking.article.text[m.span.end:] \
            and "\n" not in linking.article.text[:m.span.begin].strip():
        found = {apposed_name(n, linking, by_start) for n in mentions
                 if n.kind == "role" and n.of == m.of and n.span.begin > m.span.end}
        found.discard(None)
    return found.pop() if len(found) == 1 else None


def _person_of_body(linking: Linking, body: str, before: Mention) -> str | None:
    """The person a body was named after before ``before``: "le parti d'extrême droite Chega d'André
    Ventura", "la CDU de Friedrich Merz"."""
    text = linking.article.text
    for n, keys in linking.refs.items():
        if n.kind != "name" or keys != (body,) or n.span.end > before.span.begin:
            continue
        for p, owners in linking.refs.items():
            if p.kind == "name" and p.type == PERSON and len(owners) == 1 and p.span.begin > n.span.end \
                    and re.fullmatch(r"\s*(?:de |d'|d’)\s*", text[n.span.end:p.span.begin]):
                return owners[0]
    return None
