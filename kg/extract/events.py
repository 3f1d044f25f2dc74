"""Events: calls, talks, summits, invasions, sanctions, enlargement, protests, strikes, elections...
with participants, place, date, duration and status (occurred, planned, hypothetical)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.extract.arguments import (BANS, POSSESSIVE_DETS, POSTPONING_VERBS, SCHEDULING_VERBS, SPELLS, attach_arguments,
                                  attach_clause_subjects, attach_fined, attach_relative_callers, attach_times,
                                  clause_subject, commanded, hung_on_day, month_before_of, person_after, subject_keys)
from kg.extract.document import NUMBERED_SERIES, Sentences, becoming_member, children, feats, lemma, norm, text_of, tokens_of
from kg.extract.parties import PROVIDING_VERBS, SEALING_VERBS, implicit_parties
from kg.link import COURT_WORDS, Linking, first_word
from kg.model import ORGANISATION, PERSON, PLACE, Article, Event, Span
from kg.resources import EventCue, Resources, fold

__all__ = ["extract_events", "EventBuilder", "GENERIC_TYPES", "sentenced"]

GENERIC_TYPES = {"Meeting", "Agreement", "Accident", "Disaster"}   # vague nouns that corefer with a more specific
#                                                                   earlier event ("le crash ... l'accident")
_CONJECTURES = {"piste", "these"}     # what an inquiry weighs: "la piste d'une attaque" tells no attack
_HYPOTHESES = {"hypothese", "scenario", "option", "possibilite"}     # "aucune hypothèse, y compris une attaque"
_HYPOTHETICAL_DETS = {"tout", "toute", "tous", "toutes", "eventuel", "eventuelle", "eventuels", "eventuelles"}
_HYPOTHETICAL_HEADS = {"menace", "risque", "perspective", "eventualite", "hypothese", "crainte", "possibilite",
                       "exclure", "bord", "spectre",     # "au bord d'une guerre civile", "le spectre d'une guerre"
                       "proposition", "offre", "projet",  # "une proposition de cessez-le-feu": not yet agreed
                       "cas"}                             # "en cas de cessez-le-feu": a condition
_DELIBERATE = {"attentat", "attaque", "terroriste", "terrorisme", "bombe", "explosif", "kamikaze", "agression",
               "sabotage", "pieger"}
_FORGONE = {"envisager", "songer", "refuser", "renoncer", "hesiter", "exclure"}   # thought of or turned down,
#                                                                                     whatever the tense: not done
_UNREALISED = {"pouvoir", "capacite", "droit", "moyen", "faculte",     # a power, an intent or a pledge: nothing
               "engagement", "promesse", "intention", "volonte"}        # done yet
_ANAPHORIC_DETS = {"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "son", "sa", "leur"}
_REGIMES = {"regime", "pouvoir", "gouvernement", "president", "presidente", "dirigeant", "junte", "monarchie"}
_OWN = {"propre", "propres"}    # "ses propres essais": the owner's, another of the kind told
_FRESH = {"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "autre", "deuxieme", "second", "seconde", "troisieme"}
_OFFERS = {"proposer", "offrir"}
_JUDGED = {"juger", "estimer", "considerer", "trouver", "qualifier", "declarer"}   # "X a jugé le scrutin libre"
_CAUSING = {"provoquer", "causer", "entrainer", "declencher"}     # what a disaster brings about
# "une tentative de coup d'Etat", "la convocation d'élections": the event; "les menaces d'intervention militaire":
# a threatened one
_OPENERS = {"tentative", "convocation", "menace"}
_REMOVALS = {"Impeachment", "Dismissal"}     # a leader's removal, which "ce coup d'Etat" may call the deed told
_TAKEOVERS = (("emparer",), ("prendre", "le", "controle"))     # of a place: an attack; of "le pays": a coup
# "quatre jours de frappes", "une série d'attaques": a span or a count of the events, which did happen
_MEASURES = {"jour", "semaine", "mois", "an", "annee", "heure", "nuit", "serie", "vague", "dizaine", "centaine",
             "millier", "salve", "multitude", "succession"}
_LEAVERS = {"quitter", "sortir", "retirer"}     # a withdrawal only from a body or a bond: "quitter l'Otan", "sortir
#                                                 de l'accord", "retire les Etats-Unis de l'accord de Paris"
_BONDS = {"accord", "traite", "coalition", "alliance", "gouvernement", "organisation", "union", "pacte", "convention",
          "protocole", "bloc", "zone", "marche", "communaute"}
# what "la décision" may stand for
_DECIDED = {"Sanctions", "MonetaryPolicy", "Ruling", "Dissolution", "Withdrawal", "Recognition", "Pardon",
            "DiplomaticRupture", "Expulsion", "Recall", "Dismissal"}
_PENALTIES = {"prison", "an", "amende", "peine", "reclusion", "mort", "ineligibilite", "perpetuite"}   # what a sentence gives
_NO_ONE = {"aucun", "aucune", "personne", "nul", "nulle"}    # "aucun responsable ne se rendrait": no one does
_AVOIDED = {"eviter", "deconseiller", "renoncer"}   # what one avoids doing is not done
_PROJECTILES = frozenset({"projectile", "missile", "drone", "roquette", "obus", "engin"})   # what defences intercept
_FEARED = frozenset({"craindre", "redouter", "esperer", "souhaiter"})   # "a dit craindre une décision": none taken
_HOSTS = {"recevoir", "accueillir"}     # a visit told by its host: only with a guest named as object
_COURTS = COURT_WORDS + ("justice",)     # first words of a court's name ("la justice ivoirienne")
_JUDGES = ("juge", "magistrat", "magistrate")
_CONSTITUTIONAL = re.compile(r"^conseil (?:constitutionnel|d'etat)")     # councils that rule as courts do
# first words of a legislature's name or of its members: they vote ("Le Parlement turc a approuvé l'adhésion")
_LEGISLATURES = ("parlement", "assemblee", "senat", "congres", "chambre", "deputes", "senateurs", "parlementaires",
                 "legislateurs", "elus")
_VOTED = {"approuver", "ratifier", "adopter", "rejeter"}     # a vote when a legislature does it, or by a count of votes
_VOTERS = {"peuple", "electeur", "electrice", "citoyen", "citoyenne", "electorat", "votant", "population"}
_STRUGGLES = {"combat", "lutte", "bataille"}   # a person's struggle for a cause is no fight
_RISKS = {"exposer", "encourir", "risquer"}      # what one is exposed to has not happened
_AMOUNT_VERBS = {"elever", "atteindre", "depasser", "representer", "totaliser", "chuter", "baisser", "augmenter",
                 "progresser", "reculer", "croitre", "doubler"}     # "les échanges s'élevaient à 7 milliards"
_MISSILE_WORDS = {"missile", "fusee", "balistique", "roquette", "engin", "projectile", "lanceur"}   # where a "tir" is a launch
_ANY = {"tout", "toute", "tous", "toutes"}     # "toute manifestation": any of a kind, none in particular
_TRADE = {"commercial", "economique"}    # "les échanges commerciaux": trade, no meeting
_GROWN = {"doubler", "tripler", "augmenter", "accroitre", "multiplier"}    # "doubler leurs échanges": too
# what "envahir" takes for a land invaded when no place's name says it ("a envahi le pays", "le nord")
_LANDS = {"pays", "territoire", "region", "province", "ile", "enclave", "voisin", "sol", "nord", "sud", "est", "ouest"}
_HOLDING = {"tenue", "organisation"}      # "la tenue d'un scrutin": an event held
_CIVIL_TRUCES = {"politique", "sociale", "syndicale", "electorale", "parlementaire", "estivale"}   # "trêve politique"
_FREEDOMS = {"liberte", "droit", "objectif", "perspective"}   # "la liberté de réunion", "l'objectif d'adhésion": no event


def _people_votes(tok, linking: Linking) -> bool:
    """Whether the subject of "voter" is a people ("le peuple", "les électeurs", "les Equatoriens"), whose
    vote is an election, not a house's."""
    subject = next((c for c in children(tok) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    share = next((c for c in children(subject) if c.dep_ == "nmod" and lemma(c) in _VOTERS), None)
    if share is not None:
        subject = share           # "Près de 60 % des votants ont voté non": a share of them
    m = linking.mention_at_token(subject.i)
    return lemma(subject) in _VOTERS or m is not None and m.kind == "demonym" and subject.text[:1].isupper()


@dataclass
class EventBuilder:
    """An event being assembled from its mentions."""

    key: str
    type: str
    family: str
    span: Span
    cue: str
    sent: int
    token: int
    place_is_patient: bool = False
    owner: str | None = None           # the actor named by "de" right after its first mention
    agents: list[str] = field(default_factory=list)
    patients: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    time_text: str | None = None
    duration: str | None = None
    statuses: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    tokens: list[int] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    sides: set[str] = field(default_factory=set)     # the states its mentions name as acting, while reading
    kinds: set[str] = field(default_factory=set)     # the adjectives of its mentions: "législatives", "européennes"
    named: set[str] = field(default_factory=set)     # the countries its mentions' phrases name, while reading
    anchors: list[int] = field(default_factory=list)  # words naming a day by it: "au lendemain de l'élection"

    @property
    def factuality(self) -> str:
        for status in ("Asserted", "Planned", "Hypothetical"):
            if status in self.statuses:
                return status
        return "Asserted"

    def add_actor(self, role: str, key: str) -> None:
        target = {"agent": self.agents, "patient": self.patients}.get(role, self.participants)
        if key not in self.agents + self.patients + self.participants:
            target.append(key)

    def to_model(self) -> Event:
        confidence = 0.85 if (self.agents or self.patients or self.participants) else 0.6
        return Event(key=self.key, type=self.type, span=self.span, cue=self.cue, agents=tuple(self.agents),
                     patients=tuple(self.patients), participants=tuple(self.participants), place=self.place,
                     date=self.date, time_text=self.time_text, duration=self.duration, factuality=self.factuality,
                     mentions=tuple(sorted(self.spans)), confidence=confidence, rule="+".join(sorted(set(self.rules))))


_BROADCASTS = {"diffusion", "emission", "publication", "activite", "accreditation", "licence"}   # what a regulator suspends
_AMOUNT_WORDS = {"de", "d'", "plus", "pres", "quelque", "environ", "millier", "milliers", "centaine", "centaines",
                 "dizaine", "dizaines", "au", "moins"}     # "supprimer des dizaines de milliers d'emplois", "au moins"


def _match_cue(doc, i: int, cues: list[EventCue], times: frozenset[str] = frozenset()) -> tuple[EventCue, int] | None:
    """The first of ``cues`` (longest first) whose words start at token ``i``, and its end. A cue's
    words may have a determiner or quotation marks between them ("la reconnaissance de l'État"), and a
    verb cue's a time word or an adverb too ("a rappelé définitivement mardi son ambassadrice")."""
    toks = tokens_of(doc)
    verb = toks[i].pos_ in ("VERB", "ADJ")          # an adjective here is a participle ("avait « gelé » sa participation")
    for cue in cues:
        if cue.reflexive and not any(norm(c) in ("se", "s'") for c in children(toks[i])) \
                and not any(norm(g) in ("se", "s'") for c in children(toks[i]) if c.dep_ == "aux:tense"
                            for g in children(c)):
            continue                      # (also on the auxiliary, past an adverb: "s'est par ailleurs entretenu")
        if verb and cue.family == "Disaster" and lemma(toks[i]) != cue.lemmas[0]:
            continue                      # "ont incendié le Parlement": a deed, not the disaster a noun names
        j = i
        for n, word in enumerate(cue.lemmas):
            if n and j < len(doc) and toks[j].text == "«":
                # a quoted aside between the words: "la dénonciation « avec effet immédiat » de l'accord"
                close = next((k for k in range(j + 1, min(len(doc), j + 8)) if toks[k].text == "»"), None)
                if close is not None and close + 1 < len(doc) and not _cue_word(doc, i, j + 1, word) \
                        and norm(toks[close + 1]) in ("de", "d'", "du", "des"):
                    j = close + 1
            while n and j < len(doc) and not _cue_word(doc, i, j, word) and (
                    toks[j].pos_ == "DET" or toks[j].text in ("«", "»") or norm(toks[j]) in ("tout", "tous", "toute", "toutes")
                    or (toks[j].like_num or norm(toks[j]) in _AMOUNT_WORDS) and j - i <= 6    # "de plus de 600 emplois"
                    or norm(toks[j]) == "ici" and norm(toks[j - 1]) in ("d'", "de")    # "la fermeture d'ici 2026 de ses usines"
                    or verb and (toks[j].pos_ == "ADV" or norm(toks[j]) in times
                                 or norm(toks[j]) in ("des", "du") and "Art" in feats(toks[j], "PronType")
                                 and norm(toks[j - 1]) in times)):
                j += 1            # ("ont bloqué mardi des axes": an article the tagger read as "de" after the day)
            if j < len(doc) and _cue_word(doc, i, j, word):
                j += 1
            else:
                break
        else:
            return cue, j
        if verb and len(cue.lemmas) == 2 and j > i:
            # "a adopté lundi pour la première fois une résolution": the verb's object, past its adjuncts
            obj = next((c for c in children(toks[i]) if c.dep_ == "obj" and c.i > j and lemma(c) == cue.lemmas[1]
                        and not any(toks[t].text == "," for t in range(j, c.i))), None)   # (not "s'est rendu au
            #                                                 Groenland, une visite jugée ...": an apposition)
            if obj is not None:
                return cue, obj.i + 1
            # ... or hung under an adjunct it follows ("a fermé lundi pour un mois sa frontière")
            k = j
            while k < min(len(doc), i + 9) and toks[k].pos_ not in ("VERB", "PUNCT") and lemma(toks[k]) != cue.lemmas[1]:
                k += 1
            if k < min(len(doc), i + 9) and lemma(toks[k]) == cue.lemmas[1] and toks[k - 1].pos_ in ("DET", "NUM") \
                    and toks[i] in toks[k].ancestors and not any(c.dep_ == "case" for c in children(toks[k])):
                # (an object, not a complement: "s'est rendu à Pékin pour une visite" is no "rendre visite")
                return cue, k + 1
    return None


def _cue_word(doc, i: int, j: int, word: str) -> bool:
    toks = tokens_of(doc)
    return lemma(toks[j]) == word or norm(toks[j]) == word \
        or word == "un" and norm(toks[j]) in ("une", "des", "de", "d'") \
        or j == i and (toks[j].pos_ in ("PROPN", "ADJ") or _misread_participle(toks, j)) \
        and _participle_lemma(norm(toks[j])) == word


def _misread_participle(toks, i: int) -> bool:
    """Whether token ``i`` is a past participle the tagger read as a noun after its auxiliary ("a téléphoné
    jeudi"), the lemma left as written."""
    return toks[i].pos_ == "NOUN" and i > 0 and toks[i - 1].pos_ == "AUX" and norm(toks[i]).endswith(("e", "es")) \
        and lemma(toks[i]) == norm(toks[i])


def of_past_years(event: EventBuilder, date: str | None) -> bool:
    """Whether ``event`` is dated in a year before the article's ("la guerre d'indépendance de 1971"): history
    the story recalls, not a deed its words answer."""
    return bool(date and event.date and event.date[:4] < date[:4])


def _made_by_named(tok, event: EventBuilder, linking: Linking) -> bool:
    """Whether the state a demonym on a word for an act names ("la décision américaine") takes part in
    ``event``, or no demonym names one."""
    states = [keys for c in children(tok) if c.dep_ == "amod" and (m := linking.mention_at_token(c.i)) is not None
              and m.kind == "demonym" for keys in (linking.refs.get(m, ()),) if keys]
    if not states:
        return True
    taking_part = {linking.side(k) for k in event.agents + event.participants}
    return any(linking.side(k) in taking_part for keys in states for k in keys)


def _awaited(norms: list[str], i: int, begin: int) -> bool:
    """Whether the word at ``i`` is in a clause of what has not happened yet, opened a few words before by
    "jusqu'à ce que", "avant que" or "en attendant que"."""
    for k in range(i - 1, max(begin + 1, i - 5) - 1, -1):
        if norms[k] in (",", ";"):
            return False
        if norms[k] in ("que", "qu'") and (norms[k - 1] in ("avant", "attendant")
                                           or norms[k - 1] == "ce" and k >= 2 and norms[k - 2] in ("a", "jusqu'a")):
            return True
    return False


def _status(doc, i: int, end: int, sentences: Sentences) -> str:
    toks = tokens_of(doc)
    tok = toks[i]
    sent_begin, sent_end = sentences.tokens[sentences.of[i]]
    dets = {norm(c) for c in children(tok) if c.dep_ in ("det", "amod")}
    if i > 0:
        dets.add(sentences.norms[i - 1])
    if dets & _HYPOTHETICAL_DETS:
        return "Hypothetical"
    head = tok.head
    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and any(norm(c) in _ANY for c in children(head.head)
                                                               if c.dep_ == "det"):
        return "Hypothetical"             # "toute information permettant son arrestation": one it may bring about
    lemmas, morphs = sentences.lemmas, sentences.morphs
    if lemmas[head.i] in _HYPOTHETICAL_HEADS or any(lemmas[k] in _HYPOTHETICAL_HEADS for k in range(max(sent_begin, i - 4), i)):
        return "Hypothetical"
    if tok.pos_ == "VERB" and "Inf" in feats(tok, "VerbForm") and i > 1 and sentences.norms[i - 1] in ("de", "d'") \
            and sentences.pos[i - 2] == "NOUN" and lemmas[i - 2] in _UNREALISED:
        return "Hypothetical"             # "Vous avez le pouvoir de renverser le gouvernement": a power, nothing
        #                                   done; "son engagement de conclure un accord": a pledge
    if any("Mood=Cnd" in morphs[k] for k in range(end, min(sent_end, end + 5))) or "Mood=Cnd" in morphs[head.i]:
        return "Hypothetical"
    condition = next((k for k in range(i - 1, max(sent_begin, i - 7) - 1, -1)
                      if sentences.texts[k] in (",", ";") or sentences.norms[k] in ("si", "s'") and sentences.pos[k] == "SCONJ"), None)
    if condition is not None and sentences.norms[condition] in ("si", "s'"):
        return "Hypothetical"             # "si les pays européens rétablissaient les sanctions": a condition
    if head.pos_ == "VERB" and head.i < i and _conditional(head) and any(
            sentences.norms[k] in ("si", "s'") and sentences.pos[k] == "SCONJ" for k in range(end, sent_end)):
        return "Hypothetical"             # "procéderait à ses propres essais si Washington passait à l'acte"
    if _awaited(sentences.norms, i, sent_begin):
        return "Hypothetical"             # "jusqu'à ce qu'un cessez-le-feu soit instauré": awaited, not held
    # (not a name the tagger read as a verb in the future: "Narendra Modi")
    if any("Tense=Fut" in morphs[k] and sentences.texts[k][:1].islower() for k in range(sent_begin, i)) \
            or lemmas[head.i] == "prochain" or tok.pos_ == "VERB" and "Tense=Fut" in morphs[i]:   # "qu'il recevra mercredi"
        return "Planned"
    if tok.pos_ == "VERB" and _conditional(tok) and tok.dep_ == "ccomp" and head.pos_ == "VERB" \
            and "Part" in feats(head, "VerbForm") and not any(c.dep_.startswith("aux") for c in children(tok)):
        return "Planned"                  # "a annoncé qu'il se rendrait lundi à Washington": the future of a past report
    if _intended(tok, _ATTEMPT):
        return "Hypothetical"             # "accusé Washington de vouloir organiser un coup d'Etat"
    if tok.pos_ == "VERB" and "Inf" in feats(tok, "VerbForm") and any(
            norm(c) == "pour" and c.dep_ == "mark" for c in children(tok)):
        return "Hypothetical"             # "un prétexte pour envahir son pays": a purpose, nothing done
    if tok.pos_ == "VERB" and "Inf" in feats(tok, "VerbForm") and tok.dep_ == "xcomp" \
            and (lemma(head) in _FORGONE or head.pos_ == "ADJ" and norm(head) in _READY):
        return "Hypothetical"             # "après avoir envisagé de démissionner", "a refusé de démissionner",
        #                                   "était prêt à déployer des soldats": ready to, nothing done
    if _intended(tok, _INTENT) or _relative_intent(sentences, end, sent_end):
        return "Planned"
    if head.pos_ == "VERB" and lemmas[head.i] in PROVIDING_VERBS and tok.dep_ == "obj":
        return "Planned"                  # "le texte prévoit un cessez-le-feu": provided for, yet to come
    called = next((k for k in range(i - 1, max(sent_begin, i - 3) - 1, -1) if sentences.pos[k] != "DET"), None)
    if head.pos_ == "VERB" and (lemmas[head.i] in POSTPONING_VERBS and tok.dep_ in ("obj", "nsubj:pass")
                                or lemmas[head.i] in SCHEDULING_VERBS and tok.dep_ in ("obj", "obl:arg", "nsubj:pass")) \
            or tok.pos_ == "NOUN" and called is not None and sentences.pos[called] == "VERB" \
            and (lemmas[called] in SCHEDULING_VERBS or lemmas[called] == "convoquer" and lemmas[i] in _BALLOTS):
        #     ("et convoqué des élections", however parsed: a vote called is to come, a meeting called may be held)
        return "Planned"                  # "a reporté une tournée en Allemagne": put off, still to come; "a fixé
        #                                   des élections législatives au 5 mars": set for a day to come
    told_done = tok.pos_ == "VERB" and "Past" in feats(tok, "Tense") and any(c.dep_.startswith("aux") for c in children(tok))
    # "Des milliers de manifestants ont entamé une marche ..., où ils sont attendus mardi prochain": the
    # subject or object of a verb in the compound past is done, unless the time word is its own
    phrase = tok.head if tok.dep_ == "nmod" and tok.head.dep_ in ("nsubj", "obj") else tok    # "Des milliers de"
    done_by_verb = phrase.dep_ in ("nsubj", "obj") and phrase.head.pos_ == "VERB" \
        and "Past" in feats(phrase.head, "Tense") and any(c.dep_ == "aux:tense" for c in children(phrase.head))
    if not told_done and any(sentences.norms[k] in _SOON and (
            sentences.norms[k] not in _PROVIDED and not done_by_verb or abs(k - i) <= 4 or k == head.i)
            for k in range(sent_begin, sent_end)) \
            or "voie" in sentences.norms[max(sent_begin, i - 5):i]:      # "ouvrant la voie à des élections"
        return "Planned"                  # (not "sans signer l'accord sur les minerais prévu": another word's, nor
        #                                   "a été élu dimanche ... et deviendra dans les prochains jours": done)
    return "Asserted"


def _conditional(tok) -> bool:
    """Whether a verb is in the conditional, which the tagger often calls an imperfect ("rendrait",
    "signerait"; not "tirait", the imperfect of "tirer")."""
    if "Cnd" in feats(tok, "Mood"):
        return True
    word, stem = norm(tok), lemma(tok)
    return any(word == base + ending for base in (stem, stem[:-1]) for ending in ("ait", "aient"))


_SOON = {"prochainement", "prochain", "prochaine", "prochains", "prochaines", "prevu", "prevue", "prevus", "prevues"}
_PROVIDED = {"prevu", "prevue", "prevus", "prevues"}


def _asked_for(tok, demand_verbs: frozenset[str], threat_verbs: frozenset[str]) -> str | None:
    """The status of an event someone asks for or threatens: "a exigé la démission de X" and "menacé
    d'engager une procédure de destitution" are hypothetical, "a appelé à une grève" is planned."""
    if tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head                      # "à une journée de grève et de manifestations": as the first one
    if tok.dep_ == "nmod" and tok.head.i < tok.i and lemma(tok.head) in SPELLS:
        tok = tok.head                      # "a appelé à une journée de grève": the day asked for
    head, dep = tok.head, tok.dep_
    toks, k = tokens_of(tok.doc), tok.i - 1
    while k > 0 and toks[k].pos_ in ("DET", "ADJ"):
        k -= 1
    if k < tok.i - 1 and toks[k].pos_ == "VERB" and lemma(toks[k]) in demand_verbs | threat_verbs:
        return "Hypothetical"               # "et réclamé la nationalisation des sites", the object hung elsewhere
    if dep == "nmod" and head.dep_ == "obj" and any(norm(c) in ("a", "au", "aux") for c in children(tok) if c.dep_ == "case"):
        head, dep = head.head, "obl"        # "a exhorté les deux voisins à un cessez-le-feu", hung on the object
    if dep == "acl" and head.dep_ == "obj" and lemma(head.head) in demand_verbs \
            and any(norm(c) in ("a", "de", "d'") for c in children(tok) if c.dep_ == "mark"):
        head, dep = head.head, "xcomp"      # "a appelé les forces du STC à se retirer", hung on the object
    if dep == "xcomp" and lemma(head) in ("pouvoir", "vouloir") and head.dep_ == "xcomp":
        head = head.head                    # "a exigé de pouvoir rendre visite au milliardaire": what is asked
    if dep == "xcomp" and lemma(head) in demand_verbs | threat_verbs:
        return "Hypothetical"               # "a exhorté le Rwanda à retirer ses forces", "exigé le retrait"
    if dep not in ("obj", "obl", "obl:arg") or head.i == tok.i:
        return None
    if head.dep_ == "xcomp" and "Inf" in feats(head, "VerbForm") and lemma(head.head) in threat_verbs:
        return "Hypothetical"
    if dep == "obj" and head.dep_ == "acl" and "Inf" in feats(head, "VerbForm") and head.head.dep_ == "obj" \
            and lemma(head.head.head) in demand_verbs:
        return "Hypothetical"               # "a appelé les partis à engager des discussions", hung on those asked
    if lemma(head) in threat_verbs or lemma(head) in demand_verbs and dep == "obj":
        return "Hypothetical"
    return "Planned" if lemma(head) in demand_verbs else None


def _relative_intent(sentences: Sentences, end: int, sent_end: int) -> bool:
    """ "un sommet mercredi, auquel X et Y doivent participer": a relative clause on the event, within
    the next words, announces it for later (read from the token arrays, without Token objects)."""
    morphs, lemmas = sentences.morphs, sentences.lemmas
    stop = min(sent_end, end + 20)
    relative = next((k for k in range(end, min(stop, end + 9))
                     if "Rel" in morphs[k].partition("PronType=")[2].split("|")[0].split(",")), None)
    return relative is not None and any(
        lemmas[k] in _INTENT and k + 1 < len(morphs) and "VerbForm=Inf" in morphs[k + 1]
        for k in range(relative + 1, stop))


_INTENT = {"devoir", "aller", "prevoir", "compter", "envisager"}
_READY = {"pret", "prete", "prets", "pretes", "dispose", "disposee", "disposes", "disposees"}
_HAPPENING = {"tenir", "derouler", "organiser", "avoir", "ouvrir", "debuter", "commencer", "reprendre"}   # an event
#                                                                      as a subject: "doit avoir lieu", "doit se tenir"
_ATTEMPT = {"vouloir", "tenter", "chercher", "projeter", "souhaiter", "esperer", "desirer"}   # tried or wished, not done


def _intended(tok, verbs) -> bool:
    """ "doit réunir un sommet", "va rencontrer", "prévoit de se rendre": an event announced for later.
    Walks up from the event word to its clause's verb and looks at what governs that verb."""
    verb = tok
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return False
    if tok.dep_.startswith("nsubj") and verb.i == tok.head.i and lemma(verb) in verbs and any(
            c.dep_ == "xcomp" and lemma(c) in _HAPPENING for c in children(verb)):
        return True                        # "Une élection doit être organisée", "Le sommet doit se tenir à Paris"
    governor = verb.head if verb.dep_ == "xcomp" else verb.head.head \
        if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" else None   # "prévoit de fermer ... et de supprimer"
    aux = [c for c in children(verb) if (c.dep_.startswith("aux") or c.dep_ == "mark" and c.pos_ == "VERB")
           and lemma(c) in verbs]          # (also "a dit souhaiter rencontrer", the parser hanging the first verb low)
    # "allait déployer", in reported words, is still to come
    return bool(aux) or governor is not None and lemma(governor) in verbs \
        and ("Pres" in feats(governor, "Tense") or "Inf" in feats(governor, "VerbForm")
             or lemma(governor) == "aller" and "Imp" in feats(governor, "Tense"))


def withdrawn_policy(doc, i: int, resources):
    """The policy a noun of undoing at token ``i`` takes back: "le retrait du plan", "l'abandon de la
    réforme", or "son retrait" after a verb whose object is a policy ("a qualifié le texte de ... et exigé
    son retrait"). None when the noun takes back no policy."""
    toks = tokens_of(doc)
    tok = toks[i]
    for child in children(tok):
        if child.dep_ == "nmod" and lemma(child) in resources.policy_nouns and child.i > i:
            return child
    if i == 0 or norm(toks[i - 1]) not in ("son", "sa", "leur") or any(c.dep_ == "nmod" for c in children(tok)):
        return None                       # "son retrait de la vie politique" takes back no policy
    sent_start = tok.sent.start
    return next((toks[k] for k in range(i - 2, sent_start - 1, -1) if toks[k].pos_ == "NOUN"
                 and lemma(toks[k]) in resources.policy_nouns and norm(toks[k - 1]) in ("le", "la", "l'", "ce", "cette")), None)


def hosted_before(doc, i: int, linking: Linking) -> str | None:
    """The guest a relative clause of hosting refers back to: "a félicité M. Merz, qu'il recevra mercredi
    à Paris" (Merz), or None."""
    toks = tokens_of(doc)
    k = i - 1
    while k > 0 and (toks[k].pos_ in ("AUX", "PRON") and norm(toks[k]) not in ("que", "qu'") or norm(toks[k]) in ("ne", "n'")):
        k -= 1
    if k < 2 or norm(toks[k]) not in ("que", "qu'") or toks[k - 1].text != ",":
        return None
    guest = linking.mention_at_token(k - 2)
    keys = linking.refs.get(guest, ()) if guest is not None else ()
    return keys[0] if len(keys) == 1 and linking.type_of(keys[0]) == PERSON else None


def _arrested_among(doc, i: int, linking: Linking) -> bool:
    """ "a arrêté plusieurs centaines de militants, dont la Suédoise X": a person named among those arrested."""
    toks = tokens_of(doc)
    for k in range(i + 1, min(len(doc), i + 14)):
        if toks[k].text in (".", ";") or toks[k].pos_ == "VERB":
            return False
        if norm(toks[k]) == "dont":
            return any(_person_at(linking, t) for t in range(k + 1, min(len(doc), k + 5)))
    return False


def _arrested_speaker(tok, linking: Linking):
    """The person who says of themself that they were arrested, the subject of the verb a passive infinitive
    hangs on ("X a affirmé avoir été arrêté dans son bureau"), else None."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux:pass" for c in children(tok)) \
            or not any(c.dep_ == "aux:tense" and "Inf" in feats(c, "VerbForm") for c in children(tok)):
        return None
    return next((c for c in children(tok.head) if c.dep_ == "nsubj" and _names_person(linking, c)), None)


def _not_an_event(doc, sentences: Sentences, i: int, end: int, cue: EventCue, linking: Linking, event_words,
                  resources) -> bool:
    """Words that look like an event but are not one here: part of a longer name ("Rassemblement
    national"), a bare complement ("une déclaration de guerre", "des crimes de guerre", but "une tentative
    de coup d'État" is one), a verb whose object is the event itself ("réunir un sommet"), an impersonal
    verb ("il convient de"), an interview given to the press ("un entretien au journal Le Monde"), and
    verbs that name an event only with the right arguments: a court that orders, a person arrested, an
    actor overthrown, an actor fought against ("se défendre contre le Hamas")."""
    toks = tokens_of(doc)
    tok = toks[i]
    if cue.lemmas == ("affrontement",):
        # "Des affrontements ont éclaté jeudi à la frontière entre la Thaïlande et le Cambodge": fighting
        # between states; clashes with the police are part of a protest
        begin, stop = sentences.tokens[sentences.of[i]]
        return len(_countries_in_sentence(sentences, linking, i)) < 2 \
            or any(sentences.lemmas[k] in _ORDER_KEEPERS for k in range(begin, stop))
    if cue.lemmas == ("membre",):
        # "est devenu dimanche le onzième membre de l'Asean": joining; a member otherwise is no event
        return becoming_member(tok, resources.cue_index.times) is None
    m = linking.mention_at_token(i)
    if m is not None and m.kind == "name" and m.type == ORGANISATION and m.end - m.start > end - i:
        return True
    if m is not None and m.kind == "role" and tok.text[:1].isupper() and m.start < i:
        return True                       # "Le commissaire européen à l'Elargissement": a word of an office's title
    if m is not None and m.kind != "name" and tok.text[:1].isupper() and any(
            n.kind == "name" and n.type == ORGANISATION and n.start <= i < n.end and n.end - n.start > end - i
            for n in linking.mentions):
        return True                       # "Le président du Rassemblement national": a name inside a description
    if i > 0 and norm(toks[i - 1]) == "sans" or tok.pos_ == "NOUN" and tok.head.pos_ == "NOUN" and tok.head.i < i \
            and any(c.dep_ == "case" and norm(c) == "sans" for c in children(tok.head)):
        return True                       # "conclu directement, sans médiation", "sans crainte de sanctions": none took place
    if tok.pos_ == "NOUN" and tok.dep_ == "obj" and lemma(tok.head) in BANS and (
            "Inf" in feats(tok.head, "VerbForm") and "Plur" in feats(tok, "Number")
            or any(c.dep_ == "det" and norm(c) in _ANY for c in children(tok))) \
            and not any(c.dep_ == "det" and norm(c) not in {"les", "des"} | _ANY for c in children(tok)):
        return True                       # "permettant d'interdire les rassemblements", "a interdit toute
        #                                   manifestation": a kind of event, none held
    if cue.lemmas == ("tir",) and not any(lemma(t) in _MISSILE_WORDS for t in toks[:tok.sent.end]):
        return True                       # "touchée par un tir d'arme à feu": a shot, no missile launched or told
    if tok.pos_ == "NOUN" and tok.head.pos_ == "VERB" and lemma(tok.head) in _RISKS and tok.head.i < i:
        return True                       # "s'exposaient à des sanctions", "risquent des poursuites": a risk run
    if cue.family == "Conflict" and tok.pos_ == "VERB" and any(
            c.dep_.startswith("nsubj") and any(e.family == "Disaster" for e in event_words.get(lemma(c), ()))
            for c in children(tok)):
        return True                       # "L'ouragan Milton frappe la Floride": the storm, no attack
    if cue.lemmas == ("vote",) and tok.pos_ == "NOUN" and "Plur" in feats(tok, "Number") and tok.dep_ == "nmod" \
            and tok.head.pos_ == "NOUN":
        return True                       # "la commission nationale de recensement des votes": ballots, no vote
    if cue.lemmas in (("nommer",), ("designer",)) and not _appointed_to_office(sentences, tok, end, resources):
        return True                       # "a nommé un nouveau commandement", "refusé de nommer un représentant":
        #                                   no one named to an office (but "a été nommé Premier ministre")
    if cue.family == "Conflict" and tok.pos_ == "NOUN" and lemma(tok) == "operation" and (
            lemma(tok.head) == "subir" or end < len(toks) and norm(toks[end]).startswith("chirurgical")):
        return True                       # "M. Fico, qui a subi une opération de plusieurs heures": surgery
    if tok.pos_ == "NOUN" and tok.dep_ == "nmod" and lemma(tok.head) in _CONJECTURES and tok.head.i < i:
        return True                       # "a écarté la piste d'une attaque informatique": a line of inquiry
    if tok.pos_ == "NOUN" and any(sentences.norms[k] == "compris" for k in range(max(0, i - 3), i)) \
            and any(sentences.lemmas[k] in _CONJECTURES | _HYPOTHESES for k in range(max(0, i - 10), i)):
        return True                       # "n'excluait « aucune hypothèse », y compris une cyberattaque": weighed
    governor = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("obj", "obl:arg") else None
    if governor is not None and governor.pos_ == "VERB" and any(
            norm(t) == "sans" for t in toks[max(0, governor.i - 3):governor.i]):
        return True                       # "sans toutefois exiger un cessez-le-feu": none asked for, none held;
        #                                   "sans parvenir à un cessez-le-feu": none reached
    if cue.type == "War" and end < len(toks) and (norm(toks[end]) == "froide" or norm(toks[end]) == "mondiale" and (
            tok.text[:1].isupper() or i > 0 and norm(toks[i - 1]) in ("premiere", "seconde", "deuxieme", "troisieme",
                                                                       "nouvelle"))):
        return True                       # "depuis la Seconde Guerre mondiale", "depuis la fin de la guerre froide":
        #                                   a war of history, named as a time; "jouer avec la troisième guerre
        #                                   mondiale": a war feared, none fought
    if cue.family == "Conflict" and tok.pos_ == "NOUN" and lemma(tok) in _STRUGGLES:
        k, after = i - 1, end
        while k > 0 and toks[k].text in ("«", "»"):
            k -= 1
        while after < len(toks) and toks[after].text in ("«", "»"):
            after += 1
        if norm(toks[k]) in ("son", "sa", "ses", "leur", "leurs") and after < len(toks) and norm(toks[after]) in ("pour", "contre") \
                and linking.mention_at_token(after + 1) is None and linking.mention_at_token(after + 2) is None:
            return True                   # "son « combat pour une transition juste »": a person's struggle, no fight
    if cue.type == "Kidnapping" and i > 0 and toks[i - 1].text == "«" and end < len(toks) and toks[end].text == "»":
        return True                       # "d'avoir « pris en otage » le pays": words quoted as a figure
    if cue.type == "Execution" and tok.pos_ == "NOUN" and end < len(toks) and (
            norm(toks[end]) in ("immediate", "provisoire")
            or norm(toks[end]) in ("de", "d'", "du", "des") and not _put_to_death(doc, end, linking)):
        return True                       # "avec exécution immédiate": a sentence enforced; "une « exécution de la
        #                                   démocratie »": a figure; no one put to death
    if cue.lemmas == ("explosion",) and not any(w in _DELIBERATE for w in sentences.lemmas):
        return True                       # an explosion is an attack only where the article tells of one ("l'attentat")
    if cue.lemmas == ("assassiner",) and not any(
            c.dep_ in ("nsubj", "nsubj:pass", "obj", "obl:agent") and any(
                (m := linking.mention_at_token(t.i)) is not None and m.kind != "demonym" for t in c.subtree)
            for c in children(tok)):
        return True                       # "quand une partie assassine le négociateur de l'autre", "si elle était
        #                                   elle-même assassinée": no one named killed or killing, no event told
    if cue.lemmas == ("tuer",) and not any(
            c.dep_ in ("nsubj", "obl:agent") and not _is_event_word(c, event_words)
            and (linking.mention_at_token(c.i) is not None and linking.mention_at_token(c.i).kind != "demonym"
                 or c.dep_ == "nsubj" and norm(c) in linking.resources.perpetrator_nouns)
            for c in children(tok)) and not (_by_weapon(sentences, i, tok.sent.end, linking.resources) and any(
                c.dep_ == "nsubj:pass" and any(linking.mention_at_token(t.i) is not None for t in c.subtree)
                for c in children(tok))):
        return True                       # "ont été tués par les forces de l'ordre" is an attack by them; "ont été
        #                                   tuées lors de manifestations", "Des frappes ont tué": the event told
        #                                   (but "un homme tue quinze personnes", "X a été tué d'une balle": an
        #                                   attack on one named)
    if cue.lemmas == ("imposer", "droit") and end + 1 < len(toks) and norm(toks[end]) == "de" \
            and toks[end + 1].pos_ == "NOUN" and toks[end + 1].text.islower() and lemma(toks[end + 1]) != "douane":
        return True                       # "imposer des droits de passage « ridicules »": tolls, no tariff
    if cue.lemmas == ("boycott",) and end + 2 < len(toks) and norm(toks[end]) in ("du", "des", "de") \
            and (lemma(toks[end + 1]) in _BALLOTS or norm(toks[end + 1]) in ("l'", "la", "le") and lemma(toks[end + 2]) in _BALLOTS):
        return True                       # "appelé au boycott du scrutin": a call to abstain, no sanction
    if cue.lemmas in _TAKEOVERS and not any(PLACE in _types_at(linking, t) or lemma(toks[t]) == "pays"
                                           for t in range(end, min(tok.sent.end, end + 6))):
        return True                       # "s'emparer du Hadramout" is a takeover; "s'emparer du dossier" none
    if cue.lemmas == ("pause",) and not any(
            any(c.family == "Conflict" for c in event_words.get(lemma(t), ())) for t in toks[end:min(tok.sent.end, end + 8)]):
        return True                       # "une pause de deux semaines dans les opérations militaires": a truce;
        #                                   "une pause dans les négociations" is none
    if cue.family == "Execution" and tok.pos_ == "VERB":
        undergoer = next((c for c in children(tok) if c.dep_ in ("obj", "nsubj:pass")), None)
        if undergoer is not None and norm(undergoer) == "qui" and tok.head.pos_ == "NOUN":
            undergoer = tok.head
        if undergoer is not None and undergoer.pos_ == "NOUN" and "Sing" in feats(undergoer, "Number") \
                and any(c.dep_ == "det" and norm(c) in ("la", "le", "l'") for c in children(undergoer)) \
                and not any(PERSON in _types_at(linking, t.i) for t in undergoer.subtree) \
                and norm(undergoer) not in resources.person_nouns:
            return True                   # "c'est la démocratie française qui est exécutée": a figure of speech
    if cue.lemmas == ("reunir",) and tok.pos_ == "VERB" and (thing := next(
            (c for c in children(tok) if c.dep_ == "obj"), None)) is not None and thing.pos_ == "NOUN" \
            and not any(linking.mention_at_token(t.i) is not None for t in thing.subtree) \
            and norm(thing) not in resources.person_nouns and norm(thing) not in resources.roles_by_first \
            and lemma(thing) not in event_words and norm(thing) not in resources.cue_index.times:
        return True                       # "réunir les voix nécessaires", "les fonds": things gathered, no one met
        #                                   (not the day of "se réunir jeudi à huis clos", read as its object)
    if cue.lemmas == ("reunir",) and tok.pos_ == "VERB" and tok.dep_ == "acl:relcl" \
            and not any(c.dep_.startswith("aux") for c in children(tok)) \
            and any(c.dep_ == "nsubj" and norm(c) == "qui" for c in children(tok)):
        return True                       # "le Front commun, qui réunit les quatre centrales": what it is made of
        #                                   (but "qui a réuni les dirigeants" tells a meeting)
    if cue.lemmas == ("sanctionner",) and not any(
            (_types_at(linking, t.i) or any(g.dep_ == "amod" and linking.mention_at_token(g.i) is not None
                                            for g in children(t))
             or any(_types_at(linking, g.i) for g in t.subtree if g.dep_ in ("appos", "conj", "nmod")))
            for t in [c for c in children(tok) if c.dep_ in ("obj", "nsubj:pass")]
            + hung_on_day(tok, resources.cue_index.times)):
        return True                       # "a sanctionné trois entreprises chinoises", "vendredi le fondateur du
        #                                   parti, l'oligarque X", not "les manifestants seraient sanctionnés":
        #                                   a punishment of no one named
    if cue.lemmas == ("vote",) and tok.pos_ == "NOUN" and i > 1 and norm(toks[i - 1]) == "de" and toks[i - 2].pos_ == "NOUN":
        return True                       # "aucune consigne de vote", "le droit de vote", "un bureau de vote": a
        #                                   bare "de vote" qualifies a noun, it tells no vote
    if cue.type == "Invasion" and tok.pos_ == "VERB" and (thing := next(
            (c for c in children(tok) if c.dep_ in ("obj", "nsubj:pass")), None)) is not None and thing.pos_ == "NOUN" \
            and linking.mention_at_token(thing.i) is None and lemma(thing) not in _LANDS:
        return True                       # "avaient envahi samedi sa résidence officielle": a building stormed, no
        #                                   land invaded (but "envahir le pays", "l'Ukraine")
    if cue.type == "Ceasefire" and end < len(toks) and toks[end].pos_ == "ADJ" and norm(toks[end]) in _CIVIL_TRUCES:
        return True                       # "une « trêve politique »", "la trêve sociale": no arms laid down
    if cue.lemmas == ("blocage",) and end < len(toks) and norm(toks[end]) in ("politique", "institutionnel"):
        return True                       # "un an de blocage politique": a deadlock, no roadblock
    if cue.lemmas == ("interdire",) and not any(
            ORGANISATION in _types_at(linking, c.i) for c in (*children(tok), tok.head)
            if c.dep_ in ("nsubj:pass", "obj") or c.i == tok.head.i and tok.dep_ in ("acl", "amod")
            or c.dep_.startswith(("obl", "iobj")) and c.i > tok.i and any(norm(g) == "a" for g in children(c))
            and c.i + 2 < len(toks) and norm(toks[c.i + 1]) in ("de", "d'") and "Inf" in feats(toks[c.i + 2], "VerbForm")):
        return True                       # "le groupe Palestine Action est interdit", "a interdit à Nexperia
        #                                   d'exporter": a body banned; not "interdit aux journalistes", nor
        #                                   "interdire les rassemblements"
    if cue.lemmas == ("interdiction",) and end + 1 < len(toks) and norm(toks[end]) in ("de", "d'") \
            and toks[end + 1].pos_ == "VERB":
        return True                       # "une interdiction de manifester": a rule for a crowd, no body banned
    if cue.lemmas in (("frapper",), ("frappe",)) and tok.pos_ == "VERB" and (subject := next(
            (c for c in children(tok) if c.dep_ == "nsubj"), None)) is not None \
            and (tok.head if norm(subject) == "qui" and tok.dep_ == "acl:relcl" else subject).pos_ == "NOUN" \
            and linking.mention_at_token((tok.head if norm(subject) == "qui" else subject).i) is None:
        return True                       # "l'épidémie qui frappe le Darfour", "la crise frappe": no one strikes
    if cue.lemmas in (("frapper",), ("frappe",)) and tok.pos_ == "VERB" and i > 2:
        k = i - 1 if toks[i - 1].text != "«" else i - 2
        if norm(toks[k]) == "qui" and toks[k - 1].pos_ == "NOUN" and linking.mention_at_token(k - 1) is None:
            return True                   # "une décision qui « frappe le cœur de l'économie »", however parsed
    if cue.lemmas in (("rejet",), ("annulation",), ("invalidation",)) and not (
            end + 1 < len(toks) and norm(toks[end]) == "par"
            and any(_is_court(linking, t) for t in range(end + 1, min(len(toks), end + 4)))):
        return True                       # "le rejet par la Haute Cour d'un recours", "l'annulation par la Cour
        #                                   constitutionnelle de l'élection": a ruling; another rejection none
    if cue.family == "Disaster" and tok.pos_ == "NOUN" and i >= 2 and norm(toks[i - 2]) in ("contre", "anti") \
            and norm(toks[i - 1]) in ("les", "la", "l'", "des"):
        return True                       # "des projets de lutte contre les inondations": a kind, none told
    if cue.lemmas == ("condamnation",) and not any(lemma(t) in _PENALTIES for t in toks[i:tok.sent.end]) \
            and not (i > 0 and norm(toks[i - 1]) in ("cette", "sa", "leur")):
        return True                       # "la condamnation de X à six ans de prison", "cette condamnation" (the one
        #                                   told), "sa condamnation" (his sentence); not "une condamnation unanime"
    if cue.lemmas in (("intercepter",), ("interception",)) and any(
            lemma(t) in _PROJECTILES for t in toks[end:min(len(toks), end + 7)] if t.sent.start == tok.sent.start):
        return True                       # "ses défenses aériennes avaient intercepté la plupart des projectiles":
        #                                   a defence against the attack told, no attack of its own
    if cue.lemmas == ("envahir",) and tok.pos_ == "VERB" and any(c.dep_ == "obj" for c in children(tok)) and not any(
            PLACE in _types_at(linking, t.i) for c in children(tok) if c.dep_ == "obj" for t in c.subtree):
        return True                       # "des milliers de jeunes avaient envahi les abords du Parlement": a crowd
        #                                   takes a place, no state invades another
    if cue.type == "Execution" and end < len(toks) and norm(toks[end]).rstrip("s") in ("sommaire", "extrajudiciaire"):
        return True                       # "des exécutions sommaires": killings, told as such, not a sentence carried out
    if cue.type == "Withdrawal" and tok.pos_ == "NOUN" and withdrawn_policy(doc, i, resources) is not None:
        return True                       # "a exigé le retrait du plan", "... le texte et exigé son retrait": no one leaves
    if cue.lemmas == ("echange",) and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and lemma(tok.head) in _AMOUNT_VERBS:
        return True                       # "les échanges entre les deux pays s'élevaient à 7 milliards de dollars":
        #                                   trade, no meeting
    if cue.type == "Emergency" and cue.lemmas[0] == "zone" and any(c.dep_ == "det" for c in children(tok)):
        return True                       # "dans la zone sinistrée": a place (but "a déclaré le pays zone sinistrée")
    if cue.lemmas == ("consultations",) and i > 0 and norm(toks[i - 1]) == "pour":
        return True                       # "le rappel de son ambassadeur pour consultations": why recalled, no talks
    if cue.lemmas == ("conference",) and end + 1 < len(doc) and norm(toks[end]) == "de" and norm(toks[end + 1]) == "presse":
        return True                       # "lors d'une conférence de presse": where words were said, no summit
    if cue.family == "Communication" and tok.pos_ == "NOUN" and i > 0 and norm(toks[i - 1]) == "par":
        return True                       # "s'est exprimé par visioconférence": the means, not a meeting of its own
    if cue.family == "Communication" and tok.pos_ == "NOUN" and end < len(doc) \
            and norm(toks[end]) in ("a", "au", "aux", "accorde", "accordee"):
        for t in doc[end + 1:min(len(doc), end + 4)]:
            named = linking.mention_at_token(t.i)
            entry = resources.entries.get(linking.refs[named][0]) if named is not None and linking.refs.get(named) else None
            if norm(t) in resources.media_nouns or entry is not None and entry.kind == "Agency":
                return True
    if i > 0 and norm(toks[i - 1]) in ("de", "d'") and tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" \
            and not any(c.dep_ == "det" for c in children(tok)) and lemma(tok.head) not in _OPENERS \
            and lemma(tok.head) not in _MEASURES \
            and (cue.family == "Conflict" or lemma(tok.head) in event_words and lemma(tok.head) not in SPELLS
                 or lemma(tok.head) in _FREEDOMS):
        return True                       # "des négociations d'adhésion": the talks are the event; "la liberté de réunion"
        #                                   (but in "une journée de grève" the strike is)
    after = next((k for k in range(end, min(len(toks), end + 3)) if toks[k].pos_ != "DET"), None)
    if cue.type == "Summons" and (
            any(lemma(t) in event_words or norm(t) in event_words
                for t in tok.subtree if t.i >= end and t.pos_ == "NOUN" and t.i <= end + 3)
            or after is not None and toks[after].pos_ == "NOUN" and lemma(toks[after]) in event_words):
        return True                       # "la convocation d'élections", "convoquer un sommet": no one is summoned
        #                                   (also "et convoqué des élections", the noun hung on the verb before)
    if cue.type == "Summons" and tok.pos_ == "NOUN" and end + 1 < len(toks) and norm(toks[end]) in ("de", "d'", "du", "des"):
        k = end + 1
        while k < len(toks) - 1 and toks[k].pos_ == "DET":
            k += 1
        if toks[k].pos_ == "NOUN" and linking.mention_at_token(k) is None and norm(toks[k]) not in resources.roles_by_first:
            return True                   # "la convocation d'une assemblée constituante": a body called to sit, no
            #                               one summoned (but "la convocation de l'ambassadeur")
    if cue.type == "Summons" and tok.pos_ == "VERB" and any(
            c.dep_ in ("nsubj:pass", "nsubj") and (lemma(c) in event_words or norm(c) in event_words) for c in children(tok)):
        return True                       # "des élections anticipées seraient convoquées": an election called, no one summoned
    if tok.pos_ == "VERB" and "Inf" in feats(tok, "VerbForm") and tok.head.pos_ == "NOUN" and tok.head.i < i \
            and lemma(tok.head) in _FREEDOMS and any(norm(c) in ("de", "d'") and c.dep_ == "mark" for c in children(tok)):
        return True                       # "le droit de manifester": a right, no protest held
    if i > 0 and norm(toks[i - 1]) in ("s'", "se") and toks[i - 1].pos_ == "PRON" and not cue.reflexive \
            and not (tok.pos_ == "VERB" and lemma(tok) == cue.lemmas[0]):        # but "se rencontrer"
        return True                       # "s'attaque aux travailleurs": a reflexive verb, not the noun it looks like
    if cue.type == "Withdrawal" and not cue.reflexive and tok.pos_ == "VERB" \
            and any(norm(c) in ("se", "s'") and c.pos_ == "PRON" for c in children(tok)):
        return True                       # "Trump et Poutine se sont quittés sans accord": they parted, no one withdrew
    after = end + 1 if end < len(toks) and toks[end].text == "»" else end     # "« continuer la guerre » contre"
    if cue.type == "War" and tok.pos_ == "NOUN" and after + 2 < len(toks) and norm(toks[after]) in ("a", "contre") \
            and linking.mention_at_token(after + 1) is None and linking.mention_at_token(after + 2) is None \
            and toks[after + 1].pos_ == "DET" and toks[after + 2].pos_ == "NOUN" and toks[after + 2].text.islower():
        return True                       # "déclarer la guerre à la criminalité": a figure of speech
    if tok.pos_ == "VERB":
        if any(norm(c) in ("ne", "n'") for c in children(tok)) and (
                any(norm(c) in ("pas", "jamais") for c in children(tok))
                or any(norm(t) in _NO_ONE for t in doc[max(0, i - 8):i] if t.pos_ in ("DET", "PRON"))):
            return True                   # "regrettant que la Cour n'ait pas ordonné l'arrêt des combats",
            #                               "qu'aucun responsable ne se rendrait en Afrique du Sud"
        governing = (tok, tok.head) if tok.dep_ == "xcomp" else (tok,)     # "a refusé de valider"
        agent = _agent_after(linking, tok) if "Part" in feats(tok, "VerbForm") else None
        if cue.type == "Ruling" and not any(c.dep_ in ("nsubj", "nsubj:pass") and _is_court(linking, c.i)
                                            for verb in governing for c in children(verb)) \
                and not (agent is not None and _is_court(linking, agent.start)) and not sentenced(tok) \
                and cue.lemmas[-1] != "coupable":
            return True                   # "la CIJ a ordonné à Israël de ...": a court rules; a minister orders
            #                               (a verdict of guilt is one whoever gives it: "reconnu coupable par un jury")
        if cue.family == "Vote" and cue.lemmas[0] in _VOTED and len(cue.lemmas) == 1 and not voted(linking, tok):
            return True                   # "le président a approuvé le plan": a stance, no vote
        if cue.type == "Vote" and any(c.dep_ == "obj" and any(e.type == "Impeachment" and e.lemmas[0] == lemma(c)
                                                              for e in resources.event_cues_by_first.get(lemma(c), ()))
                                      for c in children(tok)):
            return True                   # "a voté la mise en accusation de X": the impeachment is the vote
        if cue.reflexive and cue.lemmas == ("defendre",) and not any(
                any(norm(g) == "contre" for g in children(c)) and linking.mention_at_token(c.i) is not None
                and linking.mention_at_token(c.i).kind == "name" for c in children(tok)):
            return True                   # "se défendre contre le Hamas", not "contre les accusations"
        if cue.reflexive and cue.lemmas == ("retirer",) and not any(
                norm(g) in ("de", "du", "des", "d'") for c in children(tok) for g in children(c) if g.dep_ == "case"):
            return True                   # "le gouvernement se retirera": it steps down, it leaves no place or body
        if lemma(tok) == "attendre" and not ("Part" in feats(tok, "VerbForm") and end + 1 < len(toks)
                                             and norm(toks[end]) in ("a", "au", "en", "aux")
                                             and PLACE in _types_at(linking, end + 1)):
            return True                   # "attendu à Tokyo la semaine prochaine": a visit; "attendre" alone is none
        if cue.family == "Communication" and tok.dep_ == "acl:relcl" and not {"Past", "Fut", "Imp"} & set(feats(tok, "Tense")) \
                and "Cnd" not in feats(tok, "Mood") and not any(c.dep_.startswith("aux") for c in children(tok)) \
                and any(norm(c) == "qui" for c in children(tok) if c.dep_ == "nsubj"):
            return True                   # "le comité d'état-major conjoint qui réunit les armées": what a body is
        if lemma(tok) == "investir" and not any(c.dep_ == "aux:pass" for c in children(tok)):
            return True                   # "doit être investi lundi", not "investir massivement"
        if lemma(tok) == "protester" and any(c.dep_ == "mark" and norm(c) == "pour" for c in children(tok)):
            return True                   # "ont quitté leur poste ... pour protester contre": why they act, no event
        if lemma(tok) == "protester":
            subject = clause_subject(tok) or next((c for a in tok.ancestors if a.pos_ == "VERB"
                                                   for c in children(a) if c.dep_ == "nsubj"), None)
            if subject is not None and _types_at(linking, subject.i) & {PLACE, ORGANISATION}:
                return True               # "L'Algérie a rappelé son ambassadeur pour protester contre": a stance
        if lemma(tok) in _LEAVERS and cue.lemmas == (lemma(tok),) and not cue.reflexive and not any(
                {ORGANISATION} & _types_at(linking, t.i) and not _subtype_at(linking, t.i, "Seat")
                or t.pos_ == "NOUN" and lemma(t) in _BONDS
                for c in children(tok) if c.dep_ in ("obj", "obl:arg", "obl:mod", "obl") for t in (c, *children(c))):
            return True                   # "quitter la Cédéao", "sortir de l'accord", not "quitter Moscou" nor
            #                               "a quitté la Maison Blanche" (a building left)
        if lemma(tok) == "appeler" and not (any(c.dep_ == "obj" and _names_person(linking, c) for c in children(tok))
                                            and not any(t.text.lower() in ("à", "au", "aux") for t in tok.doc[tok.i + 1:min(len(toks), end + 8)])):
            return True                   # "a appelé M. Kast pour le féliciter", not "appelé X à la retenue"
        if "Inf" in feats(tok, "VerbForm") and (lemma(tok.head) in _AVOIDED or any(
                lemma(toks[k]) in _AVOIDED for k in range(max(tok.sent.start, i - 6), i))):
            return True                   # "à éviter de se rendre au Japon", "déconseille à ses ressortissants de s'y rendre"
        if cue.reflexive and cue.lemmas[0] == "rendre" and not any(
                PLACE in _types_at(linking, t) and linking.mention_at_token(t).kind == "name"
                and (t < end + 4 or linking.mention_at_token(t).key is not None
                     and any(a.head.i == i and a.dep_.startswith("obl") for a in toks[t].ancestors))
                for t in range(end, min(len(toks), end + 15))):
            return True                   # "s'est rendu à Banja Luka", "sur la base de X, dans le nord du
            #                               Groenland", not "à la grande mosquée" nor "aux autorités"
        if lemma(tok) in _HOSTS and len(cue.lemmas) == 1 \
                and not any(c.dep_ in ("obj", "nsubj:pass") and any({PERSON, ORGANISATION} & _types_at(linking, g.i)
                                                    for g in (c, *(g for g in children(c) if g.dep_ in ("flat:name", "appos"))))
                            for c in children(tok)) \
                and hosted_before(doc, i, linking) is None and _guest_past_aside(sentences, linking, end) is None:
            return True                   # "a reçu le président syrien", "a reçu M. Sarkozy", "X a été reçu par", not
            #                               "a reçu des menaces"
        # (the subject of the verb it is joined to: "X a été inculpé et placé sous mandat de dépôt")
        shared = (tok, tok.head) if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else (tok,)
        if cue.family == "Arrest" and not any(c.dep_ in ("obj", "nsubj:pass") and _names_person(linking, c)
                                              for verb in shared for c in children(verb)) \
                and not _arrested_among(doc, i, linking) \
                and not (tok.pos_ == "VERB" and person_after(sentences, linking, end) is not None) \
                and _arrested_speaker(tok, linking) is None \
                and not (tok.pos_ == "VERB"
                         and any(c.dep_ == "nsubj" and _subtype_at(linking, c.i, "Police") for c in children(tok))):
            return True                   # "le maire a été arrêté", not "arrêter les combats" (nor "a arrêté jeudi le
            #                               chef de l'opposition X", the day parsed as the person's head)
        if cue.type == "Coup" and len(cue.lemmas) == 1 and not any(
                c.dep_ == "obj" and (linking.mention_at_token(c.i) is not None or lemma(c) in _REGIMES) for c in children(tok)):
            return True                   # "renverser le président", not "renverser la tendance"
        if tok.dep_ == "acl" and (cue.family == "Communication" or "Part" in feats(tok, "VerbForm")) \
                and tok.head.pos_ != "PROPN" and lemma(tok) != "attendre" \
                and not any(c.dep_ == "aux:tense" for c in children(tok)) \
                and not (cue.type == "Ruling" and agent is not None and _is_court(linking, agent.start)) \
                and not (cue.family == "Conflict" and agent is not None and agent.kind == "name") \
                and not ("Past" in feats(tok, "Tense") and any(c.dep_ == "obj" for c in children(tok))):
            # (but "X, attendu à Tokyo," will visit, "une décision suspendue par la Haute Cour" is a ruling, and
            # "un train attaqué la veille par des séparatistes de l'Armée de libération du Baloutchistan" an attack;
            # a past participle takes no object: "l'armée dissout le gouvernement" is a verb the tagger misread)
            return True                   # "des milliers de partisans réunis à São Paulo", "les soldats déployés"
            # (but "Kaïs Saïed réélu avec 90,7 % des voix" tells the event)
        # its object, or an event noun the parser hung lower within the next words ("réunir jeudi un sommet")
        joined = {t.i for c in children(tok) if c.dep_ == "conj" for t in c.subtree}    # not "... et qualifié la frappe"
        if cue.family not in ("Ruling", "Vote") and any(t.pos_ == "NOUN" and lemma(t) in event_words and t.i not in joined
               and fold(lemma(t)) not in cue.lemmas and lemma(t) != "pourcent"    # "imposer des droits de 30 %"
               and norm(t) not in resources.person_nouns             # "interpellé des manifestants": people
               and next(a.i for a in t.ancestors if a.pos_ == "VERB" or a.i == i) == i   # not "a démissionné après avoir
               #                                                                perdu un vote": another verb's
               and (t.dep_ == "obj" and (len(cue.lemmas) == 1 or not any(toks[k].text == "," for k in range(end, t.i)))
                    if t.head.i == i else t.i <= end + 5 and len(cue.lemmas) == 1
                    and not (cue.family == "Communication" and any(c.dep_ == "case" for c in children(t))))
               for t in tok.subtree if t.i > end):
            return True                   # (but "signer une déclaration garantissant le cessez-le-feu" names its noun,
            #                               and "a rencontré X en marge du sommet" is a meeting; "a rappelé ses
            #                               ambassadeurs ..., une décision sans précédent": the cue has its object)
        if any(c.dep_.startswith("nsubj") and norm(c) == "il" for c in children(tok)) and "Pres" in feats(tok, "Tense"):
            return True
    return False


def extract_events(doc, sentences: Sentences, linking: Linking, article: Article,
                   resources: Resources) -> list[EventBuilder]:
    """Events of ``doc``, coreferent mentions merged, in order of first mention."""
    toks = tokens_of(doc)
    by_first = resources.event_cues_by_first
    events: list[EventBuilder] = []
    mentions_at: list[tuple[int, int, EventBuilder]] = []
    anchored: list[tuple[int, int, EventBuilder]] = []   # event words naming a day by an event told before
    verbs = resources.cue_index
    speech_verbs, demand_verbs, threat_verbs = verbs.verbs, verbs.demand_verbs, verbs.threat_verbs
    i = 0
    lemmas, norms, pos, texts = sentences.lemmas, sentences.norms, sentences.pos, sentences.texts
    n_tokens = len(toks)
    while i < n_tokens:
        if pos[i] not in ("NOUN", "VERB", "PROPN", "ADJ", "X", "NUM"):
            i += 1                                         # no event word starts here
            continue
        tok = toks[i]
        cues = (by_first.get(lemmas[i], []) + by_first.get(norms[i], [])
                if (lemmas[i] in by_first or norms[i] in by_first) and pos[i] in ("NOUN", "VERB", "PROPN", "ADJ") else [])
        if not cues and pos[i] == "ADJ" and (any(pos[k] == "AUX" for k in range(max(0, i - 3), i))
                                               or sentences.is_headline(sentences.of[i])):
            # "avait « gelé »", and in a title "Kaïs Saïed réélu": a participle read as an adjective
            cues = by_first.get(_participle_lemma(norms[i]), [])
        if not cues and _misread_participle(toks, i):
            cues = by_first.get(_participle_lemma(norms[i]), [])      # "a téléphoné", read as a noun
        if not cues and pos[i] == "PROPN" and tok.is_sent_start and linking.mention_at_token(i) is None:
            cues = by_first.get(_participle_lemma(norms[i]), [])      # "Réunis le 30 juillet à Abuja, ..."
        word = texts[i]
        numbered = NUMBERED_SERIES.fullmatch(word) if word[-1:].isdigit() and word[:1].isupper() else None
        if numbered and not cues:                          # "COP28": the 28th of a series of conferences
            cues = [c for c in by_first.get(numbered.group(1).lower(), []) if len(c.lemmas) == 1]
        found = (cues[0], i + 1) if numbered and cues else \
            _match_cue(doc, i, sorted(cues, key=lambda c: -len(c.lemmas)), resources.cue_index.times) if cues else None
        if not found and pos[i] == "VERB":
            found = _split_cue(sentences, i, cues)         # "a reconnu jeudi Donald Trump coupable"
        if (not found or found[0].only_refers) and cues and pos[i] == "NOUN" and i > 0 and norms[i - 1] in _OWN:
            # "la Russie procéderait à ses propres essais", after nuclear tests: one's own of the kind told
            found = next(((c, i + 1) for e in reversed(events) for c in cues if len(c.lemmas) > 1 and c.type == e.type),
                         found)
        if not found or (pos[i] == "ADJ" and len(found[0].lemmas) == 1 and found[0].type != "Election"):
            i += 1
            continue
        cue, end = found
        by_house = any(norms[k] == "par" and any(ORGANISATION in _types_at(linking, t) for t in range(k + 1, min(k + 3, len(toks))))
                       for k in range(end, min(end + 5, len(toks)))) if cue.family == "Election" else False
        if cue.lemmas == ("suspendre",) and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and ORGANISATION in _types_at(linking, c.i) and not _is_court(linking, c.i)
                for c in children(tok)) and any(c.dep_ == "obj" and (
                    PLACE in _types_at(linking, c.i) or _named_as(linking, c.i, (), kind="Agency")
                    or lemma(c) in _BROADCASTS and any(ORGANISATION in _types_at(linking, t.i) for t in c.subtree))
                    for c in children(tok)):
            cue = replace(cue, type="Sanctions", family="Sanctions")   # "L'Union africaine a suspendu Madagascar",
            #                               "a suspendu la diffusion des chaînes TF1 et LCI", "a suspendu la BBC"
        if cue.type == "Withdrawal" and "accord" in cue.lemmas and any(
                norms[k] == "avec" and PLACE in _types_at(linking, k + 1) | _types_at(linking, k + 2)
                for k in range(end, min(n_tokens - 2, end + 8))):
            cue = replace(cue, type="Sanctions", family="Sanctions")   # "la suspension de l'accord énergétique signé
            #                               avec Trinité-et-Tobago": a measure against the other party (not the
            #                               suspension of the grain deal, a withdrawal from it)
        if cue.family == "Election" and tok.pos_ == "VERB" and (by_house or any(
                c.dep_ in ("nsubj", "obl:agent") and ORGANISATION in _types_at(linking, c.i) for c in children(tok))):
            cue = replace(cue, type="Vote", family="Vote")   # "Le Parlement japonais a élu X": a vote of the house,
            #                                                  "élue Première ministre par le Parlement" too
        if cue.type == "MissileTest" and _aimed_at_place(sentences, linking, end):
            cue = replace(cue, type="Attack", family="Conflict", place_is_patient=True)   # "a tiré des missiles
            #                                                 sur Israël", "a lancé 400 drones sur l'Ukraine": an attack
        if cue.lemmas in _TAKEOVERS and any(lemmas[k] == "pays" for k in range(end, min(n_tokens, end + 5))):
            cue = replace(cue, type="Coup")   # "des officiers ont annoncé avoir pris « le contrôle total » du pays"
        overthrow = cue.type in _REMOVALS and tok.pos_ == "NOUN" and _coup_named_after(sentences, end)
        if overthrow:
            cue = replace(cue, type="Coup", family="Conflict")   # "des militaires ont annoncé la destitution du
            #                         président, avant que le gouvernement n'affirme avoir déjoué cette tentative de coup"
        if _not_an_event(doc, sentences, i, end, cue, linking, by_first, resources):
            i = i + 1 if tok.pos_ == "VERB" else end      # "ont conclu un accord de trêve": the noun is the event
            continue
        if cue.family == "Vote" and tok.pos_ == "VERB" and lemma(tok) in _VOTED and any(
                lemmas[k] in _BALLOTS for k in range(i + 1, sentences.tokens[sentences.of[i]][1])):
            i += 1                        # "approuvée par 89 % des votants lors du référendum": the ballot named after
            continue
        if cue.family == "Vote" and tok.pos_ == "VERB" and lemma(tok) == "voter" and _people_votes(tok, linking):
            if any(lemmas[k] in _BALLOTS or lemmas[k] == "elire" for k in range(i + 1, sentences.tokens[sentences.of[i]][1])):
                i += 1                    # "Les Equatoriens ont voté dimanche pour élire leur président": the
                continue                  # election named after
            cue = replace(cue, type="Election", family="Election")   # "le peuple a voté": the people's election
        runoff = cue.lemmas[1:] == ("tour",) and any(e.family == "Election" and _first_round(sentences, e) for e in events)
        if _time_anchor(sentences, i) and not runoff \
                and any(e.family == cue.family or cue.lemmas == ("vote",) and e.family == "Election" for e in events):
            told = next(e for e in reversed(events)
                        if e.family == cue.family or cue.lemmas == ("vote",) and e.family == "Election")
            anchored.append((i, end, told))
            told.anchors.append(i)
            i = end                       # "le jour du vote", "au lendemain de l'élection": when, of an event told
            continue
        if i > 1 and norms[i - 2] == "contre" and norms[i - 1] in ("des", "un", "une", "les") and tok.pos_ == "NOUN" \
                and cue.family not in ("Strike", "Protest") and _told_in_sentence(events, sentences, i, ("Strike", "Protest")):
            i = end                       # "une grève ... contre des suppressions de postes": its cause, no event told
            continue
        if cue.type == "Kidnapping" and cue.lemmas[0] == "prendre" and tok.pos_ in ("VERB", "ADJ") \
                and any(e.family in ("Strike", "Protest") for e in events) \
                and not any(e.family == "Conflict" for e in events):
            i = end                       # "que des milliers de passagers soient pris en otage" by a strike told:
            continue                      # a figure of speech
        if cue.family == "Disaster" and tok.pos_ == "NOUN" and _caused(tok, resources.cue_index.times) \
                and _told_in_sentence(events, sentences, i, ("Disaster",)):
            i = end                       # "L'ouragan ... a touché terre ..., provoquant d'importantes inondations":
            continue                      # what the disaster did, part of it
        if cue.family == "Protest" and tok.pos_ == "VERB" and _told_in_sentence(events, sentences, i, ("Strike", "Protest")):
            i += 1                        # "une grève ..., à l'appel des syndicats, qui protestent contre": the strike
            continue
        sent_range = range(*sentences.tokens[sentences.of[i]])
        if cue.lemmas[0] == "pourcent" and (any(e.family in ("Election", "Vote") for e in events) or any(
                sentences.lemmas[k] in _BALLOTS for k in sent_range if k > i)):    # "avec 70 % des voix à l'élection"
            i = end                       # "élu avec 51 % des voix": the result of the election reported
            continue
        nxt = sentences.norms[end] if end < len(doc) else ""
        if cue.lemmas[0] == "appel" and (nxt in ("a", "au", "aux") or i >= 2 and norms[i - 2] == "a" and norms[i - 1] == "l'"
                                         or norms[i - 1] == "en"           # "contester la décision en appel"
                                         or i >= 2 and norms[i - 2] in ("cour", "cours") and norms[i - 1] == "d'"
                                         #                                   "la cour d'appel": a court
                                         or tok.head.pos_ in ("VERB", "AUX") and tok.dep_ == "obj"
                                         and lemma(tok.head) in _APPEALING):
            i = end                       # "appel à la retenue" is a demand, "faire appel" and "a rejeté l'appel"
            #                               a court's matter,
            #                               "à l'appel de leur syndicat" who calls a strike
            continue
        after = toks[end + 1] if end + 1 < len(doc) else None
        if cue.lemmas[0] == "echange" and i > 0 and norms[i - 1] == "en" and nxt in ("de", "d'", "du", "des"):
            i = end                                                      # "en échange de prisonniers": a trade's terms
            continue
        if after is not None and after.text[:1].isdigit() and end + 2 < len(doc):
            after = toks[end + 2]                                        # (past a count: "de 390 prisonniers")
        if cue.lemmas[0] == "echange" and nxt in ("de", "d'", "des") and after is not None and after.pos_ == "NOUN":
            i = end                                                      # "échange de prisonniers"
            continue
        if cue.lemmas[0] == "echange" and (end < len(doc) and lemma(toks[end]) in _TRADE
                                           or tok.dep_ == "obj" and lemma(tok.head) in _GROWN):
            i = end                       # "les échanges commerciaux", "veulent doubler leurs échanges": trade
            continue
        glued = i > 0 and not toks[i - 1].whitespace_ and toks[i - 1].text.endswith(("-", "‑"))
        if tok.dep_ == "amod" and not (len(cue.lemmas) > 1 and tok.head.i == i + 1) \
                or glued or "-" in tok.text and norm(tok) != cue_text(cue) and lemmas[i] != cue_text(cue):
            i = end                                                      # "armes offensives", "libre-échange"
            #                                                              (but "un second tour")
            continue
        span = Span(toks[i].idx, toks[end - 1].idx + len(toks[end - 1].text))
        status = "Headline" if sentences.is_headline(sentences.of[i]) else _status(doc, i, end, sentences)
        if status == "Asserted" and not commanded(tok, cue.family):
            status = _asked_for(tok, demand_verbs, threat_verbs) or status
        if status in ("Planned", "Hypothetical") and _being_ended(sentences, i):
            status = "Asserted"           # "pour mettre fin à la guerre en Ukraine": the war goes on, its end is asked
        det = sentences.norms[i - 1] if i > 0 and not toks[i - 1].is_space else ""
        fresh = any(norm(t) in _FRESH for t in doc[max(0, i - 3):i]) or i > 0 and sentences.norms[i - 1] in _OWN \
            or i >= 2 and sentences.norms[i - 1] in ("premier", "premiere") and sentences.norms[i - 2] in ("un", "une")  # "un premier débrayage"
        aside = i >= 3 and sentences.norms[i - 2 if det in ("du", "des") else i - 3] == "marge"   # "en marge du sommet"
        # an indefinite noun or a verb introduces an event, unless one of its type was named in the same sentence
        # or it is the headline's event the body now reports ("Liban : un cessez-le-feu entre en vigueur")
        # "a annoncé des droits de douane" reports new ones; "a dénoncé des sanctions" judges those reported
        indefinite = det in ("un", "une") or det == "des" and "Definite=Ind" in sentences.morphs[i - 1] \
            and tok.dep_ in ("obj", "nsubj") and tok.head.pos_ == "VERB" and lemma(tok.head) not in speech_verbs
        if det in ("un", "une") and tok.dep_.split(":")[0] in ("obj", "obl") \
                and (lemma(tok.head) in speech_verbs or lemma(tok.head) in verbs.blame_verbs) \
                and any(e.type == cue.type or cue.type == "Vote" and e.type == "Impeachment" for e in events):
            indefinite = False            # "a salué un scrutin « pacifique »", "a dénoncé une grève « politique »",
            #                               "a ironisé sur une grève": a judgement of the one told
        holding = det in ("un", "une") and tok.dep_ == "nmod" and lemma(tok.head) in _HOLDING \
            and tok.head.dep_.split(":")[0] in ("obj", "obl") and lemma(tok.head.head) in speech_verbs \
            and any(e.type == cue.type for e in events)
        if holding:
            indefinite = False            # "s'est félicitée de la tenue d'un scrutin": of the one told, which the
            #                               words judge, whatever its status
        if det in ("un", "une") and (lemma(tok.head) == "agir" and tok.dep_.startswith("obl")
                                     or any(c.dep_ == "cop" for c in children(tok))) \
                and any(e.family == cue.family for e in events):
            indefinite = False            # "Il s'agit d'une attaque hybride", "C'est une provocation": what
            #                               the one told is called
        # "Réunis à Johannesburg, les dirigeants ..." under a title about their summit: that summit
        misread = _misread_participle(toks, i)                              # "a téléphoné", read as a noun
        introduces = (tok.pos_ == "VERB" or misread or indefinite and status in ("Asserted", "Planned")) and not any(
            (e.type == cue.type or cue.type in GENERIC_TYPES and e.family == cue.family)
            and (sentences.of[e.tokens[-1]] == sentences.of[i] or set(e.statuses) == {"Headline"})
            for e in events)
        told_by_doers = tok.pos_ == "NOUN" and norm(tok) in resources.person_nouns    # "des manifestants"
        if (tok.pos_ == "VERB" or misread or told_by_doers) \
                and cue.family in ("Communication", "Vote", "Sanctions", "Protest", "Strike", "Election", "Disaster",
                                   "Visit") \
                and any(e.family == cue.family and 1 <= sentences.of[i] - sentences.of[e.tokens[-1]] <= (
                        4 if cue.family in ("Vote", "Election") else 2 if cue.family in ("Protest", "Strike") else 1)
                        for e in events) \
                and (cue.family != "Sanctions" or status == "Asserted") \
                and (cue.family != "Visit" or "Part" in feats(tok, "VerbForm")
                     and not any(c.dep_.startswith(("nsubj", "aux")) for c in children(tok))) \
                and not (cue.family == "Communication" and _new_speaker(sentences, linking, tok, events)) \
                and not _day_before(sentences, i):
            introduces = False             # "leur première rencontre ... Les deux dirigeants se sont entretenus",
            #                                "une visite d'Etat ... Reçu lundi par X, le chef de l'Etat",
            #                                "le vote de confiance ... Seuls 207 élus ont voté pour lui", "de lourdes
            #                                sanctions ... Les chefs d'Etat ont décidé de fermer les frontières", "des
            #                                manifestations ... À Berlin, des milliers de jeunes ont défilé", "tués
            #                                dans l'accident de leur hélicoptère ... L'appareil s'est écrasé"; "une
            #                                manifestation ... Des manifestants ont incendié le Parlement"
        if introduces and cue.family == "Election" and det in ("un", "une") and lemma(tok.head) in demand_verbs \
                and any(e.family == "Election" for e in events) \
                and not any(norm(c).startswith(("anticipe", "nouvel")) for c in children(tok)):
            introduces = False            # "a appelé à une élection « inclusive »": the one told (but "à une
            #                               élection anticipée" asks for another)
        fresh = fresh or introduces and not cue.only_refers      # "un texte" still names the accord
        fresh = fresh or det in ("un", "une") and _of_another_year(sentences, end, article.date)
        fresh = fresh or runoff           # "arrivé en tête du premier tour ... lors d'un second tour": a runoff
        if numbered:                                          # "COP29" is not "COP28"
            fresh = not any(e.cue == tok.text for e in events)
        held = next((e for c in children(tok) if c.dep_ == "nsubj" for e in events
                     if c.i in e.tokens and e.family == "Communication"), None) \
            if cue.family == "Communication" and tok.pos_ == "VERB" else None   # "Les négociations ... ont réuni
        #                                                                         X et Y": those talks
        voted_on = next((e for c in children(tok) if c.dep_ in ("nsubj", "nsubj:pass") for e in events
                         if c.i in e.tokens and e.family == "Vote"), None) \
            if cue.family == "Vote" and tok.pos_ == "VERB" else None       # "La motion ... a été adoptée": the
        event = voted_on or held or (None if fresh else                   # impeachment the motion stands for
                             _coreferent(events, cue, "" if tok.pos_ == "VERB" and cue.family == "Communication"
                                         else det, status, same_type_only=aside, lemmas=lemmas))
        if cue.only_refers and cue.lemmas == ("decision",) and not fresh and "Sing" in feats(tok, "Number") \
                and (lead := next((e for e in events if e.sent <= 1 and e.family in _DECIDED), None)) is not None:
            event = lead                  # "a salué une décision « bienvenue »": the decision the article leads with
        if event is not None and cue.family in ("Resignation", "Dismissal", "Inauguration") and tok.pos_ == "NOUN" \
                and (whose := _person_of(sentences, linking, end)) is not None \
                and not any(linking.refs.get(m) == (whose,) for m in linking.mentions
                            if sentences.of[m.start] in {sentences.of[t] for t in event.tokens}):
            event = None                  # "X a annoncé sa démission ... depuis la démission en décembre de sa
            #                               ministre des Finances, Y": hers, another
        if event is not None and cue.only_refers and not _made_by_named(tok, event, linking):
            event = None                  # "a salué la décision américaine": not China's sanctions told before
        if event is not None and cue.only_refers and end + 1 < len(toks) and norms[end] == "avec" \
                and (partner := linking.mention_at_token(end + 1) or linking.mention_at_token(end + 2)) is not None \
                and partner.kind == "name" and linking.refs.get(partner) \
                and not {linking.side(k) for k in linking.refs[partner]} \
                & {linking.side(k) for k in event.agents + event.participants}:
            event = None                  # "le dialogue avec la Corée du Nord": not the summit of others told before
        if event is not None and cue.only_refers and status == "Asserted" and event.factuality == "Hypothetical":
            event = None                  # "a réclamé la nationalisation ... a jugé la décision": not what was asked
        if event is not None and det in ("tout", "toute", "aucun", "aucune") and event.factuality == "Asserted" \
                and event.type != cue.type:
            event = None                  # "a rencontré X ... comme condition préalable à toute négociation": any
            #                               talks to come, not the meeting told (but "tout élargissement de
            #                               l'Otan" is the one discussed)
        if event is not None and event.type != cue.type and end < len(toks) and lemma(toks[end]) in _TRADE:
            event = None                  # "en violant les accords commerciaux internationaux": not the ceasefire
        if event is not None and event.type != cue.type and tok.head.dep_ == "acl" \
                and any(sp.begin <= tok.head.head.idx < sp.end for sp in event.spans):
            event = None                  # "une déclaration garantissant le cessez-le-feu": no event guarantees itself
        if cue.family == "Election" and tok.pos_ == "NOUN" and norms[i - 1] in ("de", "du") and i > 1 \
                and norms[i - 2] == "tour":
            # "a été élu chancelier par le Bundestag au second tour de scrutin": the house's vote just told
            event = _told_in_sentence(events, sentences, i, ("Vote",)) or event
        if cue.lemmas == ("vote",) and tok.pos_ == "NOUN" and det in _ANAPHORIC_DETS and not any(
                e.type == "Vote" for e in events) and (voted := next(
                (e for e in reversed(events) if e.type == "Impeachment" and lemma(toks[e.token].head) == "voter"), None)):
            event = voted                 # "a voté la destitution du vice-président ... le vote respectait la
            #                               Constitution": the impeachment voted
        if cue.family == "Election" and tok.pos_ == "NOUN" and not any(e.family == "Election" for e in events) \
                and not (end < len(doc) and pos[end] == "ADJ") and status == "Asserted" \
                and (elected := next((e for e in reversed(events) if e.family == "Vote"
                                      and lemma(toks[e.token]) == "elire"), None)) is not None:
            event = elected               # "Le Parlement a élu jeudi X ... a salué une élection qui « ouvre la
            #                               voie »": the house's vote, no election of the people
        if i > 0 and norms[i - 1].endswith("ieme") and tok.pos_ == "NOUN" and not numbered:
            # "une grève ..., au troisième débrayage depuis novembre": the event just told, counted
            event = _told_in_sentence(events, sentences, i, (cue.family,)) or event
        if event is not None and det in POSSESSIVE_DETS and event.sent == sentences.of[i] and event.family == "Conflict":
            event = None                  # "des frappes ..., en riposte à leurs attaques": the others' attacks
        answered = tok.pos_ == "NOUN" and any(
            norms[k] in _IN_RETURN and norms[k + 1] in ("a", "au", "aux") for k in range(max(0, i - 4), i - 1))
        if event is not None and answered and any(sentences.of[t] == sentences.of[i] for t in event.tokens if t < i):
            event = None                  # "a lancé des drones contre Israël, en représailles à la frappe contre
            #                               son consulat": the strike answered, not the one answering it
        if event is not None and tok.pos_ == "NOUN" \
                and any(c.dep_ == "case" and norm(c) in _BEFORE_AFTER for c in children(tok)) \
                and any(sentences.of[t] == sentences.of[i] for t in event.tokens if t < i):
            event = None                  # "des frappes ..., deux semaines après l'attentat qui avait tué 26
            #                               personnes": nothing comes after itself
        dated = end + 1 < len(doc) and norms[end] == "du" and (texts[end + 1][:1].isdigit() or norms[end + 1] == "1er")
        if event is not None and dated and cue.family == "Conflict" and tok.pos_ == "NOUN" \
                and sentences.of[event.token] != sentences.of[i] \
                and not (event.time_text and event.time_text.split()[0] == texts[end + 1]):
            event = None                  # "la frappe du 1er avril contre son consulat", after a seizure told: an
            #                               event its own date names
        named = _states_after(linking, sentences, end) if cue.family == "Conflict" else set()
        if event is not None and event.named and named - event.named - event.sides:
            event = None                  # "l'intrusion de drones russes dans l'espace aérien polonais", after
            #                               "une violation de son espace aérien par trois avions de chasse russes"
            #                               (but "les frappes israéliennes" after "L'armée israélienne a frappé")
        owner = _owner(doc, end, linking)
        body_leaving = cue.family == "Resignation" and linking.type_of(owner) == ORGANISATION if owner else False
        if event is not None and owner and (linking.type_of(owner) == PERSON or body_leaving) and not overthrow \
                and owner != (event.owner or _first_subject(doc, event, linking) or (None if body_leaving else owner)) \
                and not (event.family in _UNDERGONE and owner == _first_object(doc, event, linking)):
            event = None                              # "la démission d'Emmanuel Macron" is not Michel Barnier's,
            #                                           nor "la démission du gouvernement" a minister's
        if numbered and event is not None and event.cue != tok.text:
            event = None
        # "les élections européennes" are not "des élections législatives" told before
        kind = _masculine(norms[end]) if cue.family == "Election" and end < len(doc) and pos[end] == "ADJ" \
            and tok.pos_ != "VERB" and norms[end] not in resources.evaluatives \
            and not (tok.dep_ == "obj" and lemma(tok.head) in _JUDGED) else None
        #   (nor "ont jugé le scrutin compétitif": what it was judged, not its kind)
        # (not "élue première femme présidente": no kind of election; nor "a salué « une élection pacifique »": a
        # judgement of the one told)
        if event is not None and status == "Hypothetical" and det in ("un", "une", "des") \
                and toks[event.token].pos_ == "VERB" and sentences.of[event.token] != sentences.of[i]:
            event = None                  # "doit élire son successeur ... a réclamé des élections anticipées": one asked for
        if event is not None and status == "Planned" and det in ("un", "une", "des") and event.factuality == "Asserted" \
                and "Headline" not in event.statuses and sentences.of[event.token] != sentences.of[i] \
                and lemma(tok.head) not in demand_verbs:
            event = None                  # "Les négociations ... ont réuni X et Y. Les deux parties se retrouveront
            #                               le 25 octobre pour des discussions": more talks, to come (but "a appelé
            #                               à une élection « inclusive »": the one told, asked of)
        if event is not None and kind and event.kinds and kind not in event.kinds:
            event = next((e for e in reversed(events) if e.type == event.type and kind in e.kinds), None)
        side = _demonym_after(linking, end) if cue.family in ("Conflict", "Sanctions") else \
            _expelled_side(linking, sentences, end) if cue.type == "Expulsion" else \
            _recalled_from(linking, sentences, end) if cue.type == "Recall" else None
        if event is not None and side and cue.type in ("Expulsion", "Recall") and side not in event.sides:
            event = None                  # "les passagers seraient expulsés ... l'expulsion de la délégation israélienne";
            #                               "le rappel de leurs ambassadeurs à Alger", then "de ses ambassadeurs au Mali"
        if event is not None and side and event.sides and side not in event.sides:
            # "une attaque iranienne" after Pakistan's strikes, "les frappes iraniennes": the other side's
            event = next((e for e in reversed(events) if e.type == event.type and side in e.sides), None)
        offered = det in POSSESSIVE_DETS and tok.dep_ == "obj" and lemma(tok.head) in _OFFERS
        if offered:
            event, status = None, "Hypothetical"     # "a proposé sa médiation": the speaker's own, yet to be
        verb_before = next((toks[k] for k in range(i - 1, max(sentences.tokens[sentences.of[i]][0], i - 6) - 1, -1)
                            if toks[k].pos_ == "VERB"), None)
        # "ont adopté un accord", "ont conclu vendredi à Montevideo un accord"; not "à moins qu'ils ne parviennent à
        # un accord", nor "..., une décision aussitôt fustigée" (a word for what was just told)
        achieved = det in ("un", "une") and lemma(tok.head) not in resources.undoing_verbs | _FEARED \
            and not (cue.only_refers and i >= 2 and toks[i - 2].text == ",") and (
            tok.dep_ in ("obj", "obl:mod") and tok.head.pos_ == "VERB" and lemma(tok.head) not in speech_verbs
            and "Cnd" not in feats(tok.head, "Mood") and not tok.head.text.endswith(("rait", "raient"))
            #                                                        not "il prendrait une décision"
            # (or sealed, however the parser hung it: "ont signé mercredi un accord commercial")
            or verb_before is not None and (tok.dep_ in ("conj", "obj") or lemma(verb_before) in SEALING_VERBS)
            and lemma(verb_before) not in speech_verbs and lemma(verb_before) not in resources.reporting
            and not {"Sub", "Cnd"} & set(feats(verb_before, "Mood"))
            and not any(c.dep_ == "mark" for c in children(verb_before)))
        achieved = achieved or _sealed_definite(tok, det)
        qualifier = end + 1 if end + 1 < len(doc) and sentences.texts[end] == "«" else end
        if achieved and cue.only_refers and cue.family == "Strike" and qualifier < len(doc) \
                and pos[qualifier] == "ADJ" and not sentences.norms[qualifier].startswith("socia") \
                and not any(e.family == "Strike" for e in events):
            achieved = False                # "menait un mouvement « suprémaciste »": a movement, no strike (but "un
            #                                 mouvement social", and "un mouvement similaire" after a strike told)
        if achieved and cue.only_refers and end < len(doc) and sentences.norms[end] in ("pour", "sur", "visant", "portant"):
            event = None                                                 # "un accord pour lutter contre ..."
        if achieved and event is not None and event.sent < sentences.of[i] and event.type == cue.type \
                and set(event.statuses) != {"Headline"} \
                and not any(sentences.of[t] == sentences.of[i] for t in event.tokens):
            event = None                    # "avait signé avec X un protocole": another agreement than the one reported
            #                                 (not "a mené mardi une frappe ..., une attaque sans précédent": the one
            #                                 the sentence has just told, renamed)
        if event is None and sentences.quoted[i] and _denounced(tok, resources):
            i = end                       # "a dénoncé une « tentative de coup d'Etat »": a label for what was told
            continue
        if cue.only_refers and any(c.dep_ == "cop" for c in children(tok)) \
                and any(c.dep_.startswith("nsubj") and norm(c) in ("ce", "c'", "cela") for c in children(tok)):
            i = end                       # "Ce sont des mesures difficiles": what the words call the deed told,
            continue                      # whatever its kind
        if event is None and cue.only_refers and not achieved and not runoff and not _between_named(sentences, linking, end):
            i = end                                                      # "l'accord" with no agreement reported
            continue                                                     # (but "l'accord entre l'UE et le Mercosur")
        renamed = _renamed_clause_event(toks, i, events, sentences) \
            if cue.family in _RENAMING and det in ("un", "une") and tok.dep_ == "appos" else None
        if renamed is not None and event is not None and renamed is not event:
            _merge_into(event, renamed, events, mentions_at)   # "Viktor Orban à Moscou" in the title, then "a
            #                                                   rencontré au Kremlin Vladimir Poutine, une visite
            #                                                   surprise": the meeting is the visit
        elif renamed is not None:
            event = renamed
            event.type = cue.type if event.type in GENERIC_TYPES or cue.type not in GENERIC_TYPES else event.type
        if event is None:
            event = EventBuilder(key="", type=cue.type, family=cue.family, span=span, cue=span.of(text_of(doc)),
                                 sent=sentences.of[i], token=i, place_is_patient=cue.place_is_patient, owner=owner)
            if answered:
                event.rules.append("answered")    # told in passing: words about "cette attaque" are not of it
            events.append(event)
        elif event.type in GENERIC_TYPES and cue.type not in GENERIC_TYPES:
            event.type = cue.type
        if lemma(tok) in _HOSTS and (guest := hosted_before(doc, i, linking)) is not None:
            event.add_actor("participant", guest)          # "M. Merz, qu'il recevra mercredi à Paris"
        event.named |= named
        if cue.family in ("Conflict", "Sanctions"):
            event.sides |= {side} if side else _subject_sides(doc, tok, linking)
        elif side:
            event.sides.add(side)         # whose diplomats are expelled: the state that undergoes it
            if cue.type == "Expulsion" and side in linking.builders:
                event.add_actor("patient", side)
        if kind:
            event.kinds.add(kind)
        court = next((c for c in children(tok.head) if c.dep_ == "nsubj" and _is_court(linking, c.i)), None) \
            if cue.type == "Ruling" and tok.dep_ == "xcomp" else None
        if court is not None:            # "Un tribunal a refusé de valider la détention": the court has ruled
            status = _status(doc, tok.head.i, tok.head.i + 1, sentences)
            for key in linking.refs[linking.mention_at_token(court.i)]:
                event.add_actor("participant", key)
        event.spans.append(span)
        event.tokens.append(i)
        if not holding or not event.statuses:
            event.statuses.append(status)
        event.rules.append("event-noun" if tok.pos_ != "VERB" else "event-verb")
        mentions_at.append((i, end, event))
        i = end
    for test in [e for e in events if e.type == "MissileTest"
                 and all(sentences.is_headline(sentences.of[t]) for t in e.tokens)]:
        # "L'Ukraine accuse la Russie d'avoir tiré un missile ...", then "tiré un nouveau missile ... sur la ville
        # de Dnipro": the title's launch is the attack the body tells
        strike = next((e for e in events if e.type == "Attack" and e.tokens
                       and lemma(toks[e.tokens[0]]) == lemma(toks[test.tokens[0]])), None)
        if strike is not None:
            _merge_into(strike, test, events, mentions_at)
    attach_arguments(doc, sentences, linking, mentions_at, resources)
    attach_fined(sentences, linking, mentions_at)
    attach_relative_callers(doc, sentences, linking, mentions_at)
    attach_clause_subjects(doc, sentences, linking, mentions_at, resources)
    implicit_parties(doc, sentences, events, linking)
    kept = {id(e) for e in events}       # (by identity: an event merged into another is gone)
    attach_times(doc, sentences, article, mentions_at, resources,
                 anchored=[(i, end, e) for i, end, e in anchored if id(e) in kept])
    for n, event in enumerate(events):
        event.key = f"{event.type}-{n}"
    return events


_RENAMING = {"Communication", "Visit"}       # meetings and visits: one word for the other within a sentence


def _renamed_clause_event(toks, i: int, events: list[EventBuilder], sentences: Sentences) -> EventBuilder | None:
    """The meeting or visit a clause's verb tells that the noun at ``i``, set after a comma at the clause's
    end, renames ("X a rencontré au Kremlin Vladimir Poutine, une visite surprise qui ...")."""
    if i < 2 or sentences.texts[i - 2] != ",":
        return None
    head = toks[i].head
    for _ in range(4):
        if head.pos_ == "VERB" or head.dep_ not in ("appos", "obj", "obl", "obl:mod", "obl:arg", "nmod") \
                or head.head.i == head.i:
            break
        head = head.head
    if head.pos_ != "VERB" or sentences.of[head.i] != sentences.of[i]:
        return None
    return next((e for e in events if head.i in e.tokens and e.family in _RENAMING), None)


def _merge_into(event: EventBuilder, other: EventBuilder, events: list[EventBuilder], mentions_at: list) -> None:
    """Make ``other``'s mentions ``event``'s, in text order, and drop ``other``."""
    rows = sorted(zip(event.tokens + other.tokens, event.spans + other.spans, event.statuses + other.statuses,
                      event.rules + other.rules))
    event.tokens, event.spans, event.statuses, event.rules = (list(column) for column in zip(*rows))
    for role in ("agents", "patients", "participants"):
        for key in getattr(other, role):
            event.add_actor(role[:-1], key)
    event.place, event.date = event.place or other.place, event.date or other.date
    event.sides |= other.sides
    event.named |= other.named
    event.kinds |= other.kinds
    events.remove(other)
    mentions_at[:] = [(t, end, event if e is other else e) for t, end, e in mentions_at]


def _split_cue(sentences: Sentences, i: int, cues) -> tuple | None:
    """A cue of a verb and the adjective it gives its object, with the object between ("a reconnu jeudi Donald
    Trump coupable", "a déclaré l'opposant coupable"): the cue, ending at the verb."""
    stop = sentences.tokens[sentences.of[i]][1]
    for cue in cues:
        if len(cue.lemmas) != 2:
            continue
        for k in range(i + 1, min(stop, i + 9)):
            if sentences.pos[k] in ("VERB", "AUX") or sentences.texts[k] in (",", ";", ".", ":"):
                break
            if sentences.pos[k] == "ADJ" and sentences.lemmas[k] == cue.lemmas[1]:
                return cue, i + 1
    return None


def _appointed_to_office(sentences: Sentences, tok, end: int, resources: Resources) -> bool:
    """Whether a passive "nommer" or "désigner" names its subject to an office: "a été nommé Premier
    ministre vendredi par le roi", "nommée mardi à la tête du gouvernement"; or an active one its object,
    to an office or to form a government: "a nommé jeudi Michel Barnier Premier ministre", "a désigné lundi
    X, président de la CIJ, pour former le prochain gouvernement"."""
    passive = any(c.dep_ == "aux:pass" for c in children(tok))
    if not passive and any(c.dep_ == "obj" and c.pos_ == "PROPN" for c in children(tok)) and any(
            c.dep_ == "advcl" and c.lemma_ == "former" and any(g.dep_ == "obj" and g.lemma_ == "gouvernement"
                                                               for g in children(c)) for c in children(tok)):
        return True
    k = end
    while k < len(sentences.norms) and (sentences.norms[k] in resources.cue_index.times or sentences.pos[k] == "ADV"):
        k += 1
    if not passive:                       # "a nommé jeudi Michel Barnier Premier ministre": the name, then the office
        named = k
        while k < len(sentences.norms) and sentences.pos[k] == "PROPN" and sentences.texts[k][:1].isupper():
            k += 1
        if k == named or k - named > 4:
            return False
    return k < len(sentences.norms) and (sentences.norms[k] in resources.roles_by_first
                                         or sentences.norms[k] in ("a", "au") and "tete" in sentences.norms[k + 1:k + 3])


def _being_ended(sentences: Sentences, i: int) -> bool:
    """Whether the event noun at ``i`` is what an end is put to ("mettre fin à la guerre", "la fin des
    combats"): an event going on, whatever is asked or planned of its end."""
    k = i - 1
    while k > 0 and sentences.pos[k] == "DET":
        k -= 1
    return k > 0 and sentences.norms[k] in ("a", "au", "aux", "de", "du", "des", "d'") and sentences.norms[k - 1] == "fin" \
        and sentences.pos[i] == "NOUN"


def _aimed_at_place(sentences: Sentences, linking: Linking, end: int) -> bool:
    """Whether the words after a launch name a place it was aimed at: "sur Israël", "contre l'Ukraine",
    "sur la ville de Dnipro"."""
    sent_end = sentences.tokens[sentences.of[end - 1]][1]
    for k in range(end, min(sent_end - 1, end + 10)):
        if sentences.norms[k] in ("sur", "contre", "vers") and any(
                PLACE in _types_at(linking, t) for t in range(k + 1, min(sent_end, k + 6))):
            return True
        if sentences.texts[k] in (",", ";") or sentences.pos[k] == "VERB":
            return False
    return False


def _first_round(sentences: Sentences, event: EventBuilder) -> bool:
    """Whether ``event`` was told as a first round ("le premier tour de l'élection présidentielle")."""
    return any(sentences.norms[k] == "tour" and sentences.norms[k - 1] in ("premier", "1er")
               for t in event.tokens or [event.token] for k in range(max(1, t - 4), t))


def _new_speaker(sentences: Sentences, linking: Linking, verb, events: list[EventBuilder]) -> bool:
    """Whether a verb of meeting has for its subject a person named, directly or through "qui", whom no
    sentence telling talks so far names ("s'est entretenu avec X ... Le président ukrainien Y, qui a
    rencontré M. Vance samedi": another meeting)."""
    if verb.pos_ != "VERB":
        return False
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and norm(subject) == "qui" and verb.dep_ == "acl:relcl":
        subject = verb.head
    m = linking.mention_at_token(subject.i) if subject is not None else None
    keys = linking.refs.get(m, ()) if m is not None and m.kind == "name" and m.type == PERSON else ()
    if len(keys) != 1:
        return False
    told = {sentences.of[t] for e in events if e.family == "Communication" for t in e.tokens}
    return not any(ks == keys and n.sent in told for n, ks in linking.refs.items())


def _countries_in_sentence(sentences: Sentences, linking: Linking, i: int) -> set[str]:
    """The countries the sentence of token ``i`` names."""
    begin, end = sentences.tokens[sentences.of[i]]
    return {keys[0] for m, keys in linking.refs.items() if begin <= m.start < end and len(keys) == 1
            and getattr(linking.resources.entries.get(keys[0]), "kind", None) == "Country"}


def _day_before(sentences: Sentences, i: int) -> bool:
    """Whether the verb at ``i`` is told of the day before ("s'était entretenu la veille avec"): another
    event than the one just told."""
    begin, stop = sentences.tokens[sentences.of[i]]
    return any(sentences.norms[k] in ("veille", "avant-veille") and sentences.norms[k - 1] in ("la", "l'")
               for k in range(max(begin + 1, i - 3), min(stop, i + 4)))


def _guest_past_aside(sentences: Sentences, linking: Linking, end: int) -> str | None:
    """The person a host receives, named after the day, the place and an aside between commas, however the
    parser hung them ("a reçu samedi à Wonsan, sur la côte est du pays, le ministre russe ... X"): the first
    person named before any verb, who is no new clause's subject; else None."""
    stop = sentences.tokens[sentences.of[end - 1]][1]
    for k in range(end, min(stop, end + 20)):
        if sentences.pos[k] == "VERB" or sentences.texts[k] in (";", ":", "«", "»"):
            return None
        m = linking.mention_at_token(k)
        if m is not None and m.kind in ("name", "role") and len(linking.refs.get(m, ())) == 1 \
                and linking.type_of(linking.refs[m][0]) == PERSON:
            after = m.end
            named = linking.mention_at_token(after) if after < stop else None
            if named is not None and named.kind == "name":
                after = named.end         # (a role, then its holder's name)
            return None if after < stop and sentences.pos[after] in ("VERB", "AUX") else linking.refs[m][0]
    return None


def _sealed_definite(tok, det: str) -> bool:
    """Whether a definite agreement word is the object of a sealing verb told in the past with its subject
    ("ont signé samedi le traité créant une confédération"): the signing reports the agreement, as "un
    traité" would (but not "n'ont pas signé le traité", nor "doivent signer l'accord")."""
    verb = tok.head
    return det in ("le", "la", "l'", "les") and tok.dep_ == "obj" and verb.pos_ == "VERB" \
        and lemma(verb) in SEALING_VERBS \
        and any(c.dep_ == "aux:tense" for c in children(verb)) \
        and any(c.dep_ == "nsubj" for c in children(verb)) \
        and not any(norm(c) in ("ne", "n'", "pas", "jamais") for c in children(verb))


def _between_named(sentences: Sentences, linking: Linking, end: int) -> bool:
    """Whether "entre" and two actors the article names follow an event word ("l'accord commercial entre
    l'Union européenne et les pays du Mercosur"): an event told by its parties."""
    norms, pos = sentences.norms, sentences.pos
    k = end
    while k < min(len(norms), end + 3) and pos[k] == "ADJ":
        k += 1
    if k >= len(norms) or norms[k] != "entre":
        return False
    stop = sentences.tokens[sentences.of[k]][1]
    named = set()
    for t in range(k + 1, min(stop, k + 12)):
        if pos[t] in ("VERB", "AUX") or sentences.texts[t] in (",", ";", "."):
            break
        m = linking.mention_at_token(t)
        if m is not None and m.kind in ("name", "anaphor", "government") and linking.refs.get(m):
            named.add(linking.refs[m][0])
    return len(named) >= 2


def _coup_named_after(sentences: Sentences, end: int) -> bool:
    """Whether the rest of the sentence calls what was told before a coup ("cette tentative de coup d'Etat",
    "ce putsch"), by a demonstrative."""
    norms, lemmas = sentences.norms, sentences.lemmas
    for k in range(end + 1, sentences.tokens[sentences.of[end - 1]][1]):
        opener = k - 2 if norms[k - 1] in ("de", "d'") and lemmas[k - 2] in _OPENERS else k
        if lemmas[k] in ("coup", "putsch") and norms[opener - 1] in ("ce", "cet", "cette"):
            return True
    return False


def _denounced(tok, resources: Resources) -> bool:
    """Whether the noun phrase of ``tok`` is what a verb of blame or judgement names ("dénoncer",
    "qualifier de"), through nouns it hangs on ("une tentative de coup d'Etat")."""
    head = tok
    for _ in range(4):
        if head.dep_ not in ("obj", "nmod", "obl", "obl:arg", "xcomp", "appos") or head.head.i == head.i:
            return False
        head = head.head
        if head.pos_ == "VERB":
            return lemma(head) in resources.cue_index.blame_verbs or lemma(head) in ("qualifier", "traiter")   # "qualifier X de « ... »"
    return False


def _subject_sides(doc, tok, linking: Linking) -> set[str]:
    """The states of the subject of the verb an event noun is the object of ("Le Pakistan a mené des frappes")."""
    verb = tok.head if tok.dep_ == "obj" and tok.head.pos_ == "VERB" else tok if tok.pos_ == "VERB" else None
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None) if verb is not None else None
    m = linking.mention_at_token(subject.i) if subject is not None else None
    return {linking.side(k) for k in linking.refs.get(m, ())} if m is not None and m.kind != "demonym" else set()


def _demonym_after(linking: Linking, end: int) -> str | None:
    """The state a demonym right after an event word names ("une attaque iranienne"), if any."""
    m = linking.mention_at_token(end)
    keys = linking.refs.get(m, ()) if m is not None and m.kind == "demonym" else ()
    return linking.side(keys[0]) if len(keys) == 1 else None


def _expelled_side(linking: Linking, sentences: Sentences, end: int) -> str | None:
    """The state whose people an expulsion sends away ("l'expulsion de six diplomates canadiens", "a
    expulsé lundi six diplomates indiens"): the demonym within the next few words, if any."""
    sent_end = sentences.tokens[sentences.of[end - 1]][1]
    for t in range(end, min(sent_end, end + 6)):
        m = linking.mention_at_token(t)
        if m is not None and m.kind == "demonym":
            keys = linking.refs.get(m, ())
            return linking.side(keys[0]) if len(keys) == 1 else None
        if m is not None or sentences.texts[t] in (",", "."):
            return None
    return None


def _recalled_from(linking: Linking, sentences: Sentences, end: int) -> str | None:
    """The state an ambassador is recalled from ("le rappel de leurs ambassadeurs à Alger", "de son
    ambassadeur au Mali"): the place after "à" / "au" / "en" within the next few words, if any."""
    sent_end = sentences.tokens[sentences.of[end - 1]][1]
    for t in range(end, min(sent_end - 1, end + 6)):
        if sentences.norms[t] in ("a", "au", "aux", "en"):
            m = linking.mention_at_token(t + 1) or linking.mention_at_token(t + 2)
            keys = linking.refs.get(m, ()) if m is not None and m.kind == "name" else ()
            return linking.side(keys[0]) if len(keys) == 1 else None
        if sentences.texts[t] in (",", "."):
            return None
    return None


def _types_at(linking: Linking, i: int) -> set[str]:
    """The types of the actors the mention at token ``i`` names (none when no mention is there)."""
    m = linking.mention_at_token(i)
    return {linking.type_of(k) for k in linking.refs.get(m, ())} if m is not None else set()


def _subtype_at(linking: Linking, i: int, subtype: str) -> bool:
    """Whether the mention at token ``i`` names an actor of that subtype: a government's seat ("la Maison
    Blanche"), a police force ("La police a interpellé une dizaine de chauffeurs": an arrest, whoever is
    arrested)."""
    m = linking.mention_at_token(i)
    return m is not None and any(linking.builders[k].subtype == subtype for k in linking.refs.get(m, ())
                                 if k in linking.builders)


def _person_at(linking: Linking, i: int) -> bool:
    return PERSON in _types_at(linking, i)


def _names_person(linking: Linking, token) -> bool:
    """Whether a noun phrase names a person: "le maire", or "Le général Zuñiga" (the name right after a
    title), or people by a word for them ("des manifestants"), not one an apposition after a comma adds."""
    for t in token.doc[token.i:min(len(token.doc), token.i + 4)]:
        if t.i > token.i and (t.text == "," or t.head.i != token.i and t.head.head.i != token.i):
            break
        if _person_at(linking, t.i) or t.pos_ == "NOUN" and (norm(t) in linking.resources.person_nouns or any(
                norm(t) in (fold(r.noun), fold(r.plural)) for r in linking.resources.roles_by_first.get(norm(t), ()))):
            return True           # (also "interpellé plusieurs dizaines de manifestants": people, unnamed; "a arrêté
            #                       trois responsables d'une entreprise": people by their office)
    return False


def _time_anchor(sentences: Sentences, i: int) -> bool:
    """Whether an event word is named as a time: "le jour du vote", "la veille de l'élection"."""
    norms = sentences.norms
    k = i - 1
    if k >= 1 and norms[k] in ("la", "l'") and norms[k - 1] == "de":
        k -= 1
    return k >= 1 and norms[k] in ("du", "de") and norms[k - 1] in ("jour", "veille", "lendemain", "avant-veille", "surlendemain")


def _caused(tok, times) -> bool:
    """Whether a noun (or the first of nouns joined by "et") is what a verb of causing brings about: its
    object, or a noun the parser hung on the day after it ("a provoqué depuis jeudi des inondations et des
    glissements de terrain")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head
    if tok.dep_ == "obj" and lemma(tok.head) in _CAUSING:
        return True
    day = tok.head
    return tok.dep_ == "nmod" and norm(day) in times and day.dep_.startswith(("obl", "obj")) and day.i < tok.i \
        and lemma(day.head) in _CAUSING


def _told_in_sentence(events: list[EventBuilder], sentences: Sentences, i: int, families) -> EventBuilder | None:
    """The latest event of ``families`` already told in the sentence of token ``i``."""
    sent = sentences.of[i]
    return next((e for e in reversed(events) if e.family in families
                 and any(sentences.of[t] == sent for t in e.tokens)), None)


_APPEALING = {"faire", "interjeter", "rejeter", "examiner", "deposer", "former", "debouter", "accueillir"}
# verbs whose object "appel" is a court's matter ("a rejeté l'appel de l'ancien ministre")
_BALLOTS = {"election", "scrutin", "presidentielle", "legislatives", "referendum"}


def _states_after(linking: Linking, sentences: Sentences, end: int) -> set[str]:
    """The countries the words after an event noun name, up to the end of its phrase ("d'une vingtaine de
    drones russes dans l'espace aérien polonais": Russia and Poland)."""
    found = set()
    for t in range(end, min(len(sentences.texts), end + 14)):
        if sentences.texts[t] in (",", ".", ";") or sentences.pos[t] in ("VERB", "AUX"):
            break
        m = linking.mention_at_token(t)
        keys = linking.refs.get(m, ()) if m is not None else ()
        if len(keys) == 1 and getattr(linking.resources.entries.get(keys[0]), "kind", None) == "Country":
            found.add(keys[0])
    return found


def _agent_after(linking: Linking, tok):
    """The name a participle's agent gives, after "par" within a few words ("une décision suspendue dans
    la soirée par la Haute Cour"), however parsed; else None."""
    toks = tokens_of(tok.doc)
    for k in range(tok.i + 1, min(len(toks) - 1, tok.i + 7)):
        if toks[k].text in (",", ".", ";") or toks[k].pos_ == "VERB":
            return None
        if norm(toks[k]) == "par":
            found = next((m for m in (linking.mention_at_token(t) for t in range(k + 1, min(len(toks), k + 6))
                                      if toks[t].pos_ != "VERB") if m is not None and m.kind == "name"), None)
            #             (also past a noun for the doers: "par des séparatistes de l'Armée de libération ...")
            return found
    return None


def sentenced(tok) -> bool:
    """ "Google condamné pour abus de position dominante", "condamné à cinq ans de prison", "inculpé de
    trahison": a sentence passed or a charge brought, with no court named (not "a condamné l'attaque", a
    stance)."""
    toks = tokens_of(tok.doc)
    if lemma(tok) == "inculper":
        return True                       # "a été inculpé de trahison": always a judge's act
    if lemma(tok) != "condamner":
        return False
    # "a condamné l'ancien président à 27 ans de prison": a penalty, told with a number or its kind
    # (not a number in a clause of its own: "a condamné la répression ..., qui a donné lieu à plus de 400
    # arrestations", a stance)
    penalty = any(t.i > tok.i and (norm(t) in ("prison", "amende", "peine", "mort", "reclusion") or t.like_num)
                  and any(norm(g) == "a" for g in children(toks[t.i].head) if g.dep_ == "case")
                  and not any(a.pos_ in ("VERB", "AUX") for a in t.ancestors if a.i != tok.i and tok in a.ancestors)
                  for c in children(tok) if c.dep_ != "conj" for t in c.subtree)
    after = tok.i + 1                     # "condamné jeudi à onze ans de prison": past the day
    while after < len(toks) - 1 and toks[after].dep_ == "obl:mod" and toks[after].head.i == tok.i \
            and toks[after].pos_ == "NOUN" and not any(children(toks[after])):
        after += 1
    if after + 1 < len(toks) and norm(toks[after]) in ("en", "au", "aux") and toks[after + 1].pos_ == "PROPN":
        after += 2                        # "condamné en Allemagne pour un assassinat": past where
        while after < len(toks) and toks[after].pos_ == "PROPN":
            after += 1
    return penalty or "Part" in feats(tok, "VerbForm") \
        and (not any(c.dep_.startswith("aux") and lemma(c) == "avoir" for c in children(tok))
             or any(c.dep_ == "aux:pass" for c in children(tok))) \
        and after < len(toks) and norm(toks[after]) in ("pour", "a")


def voted(linking: Linking, tok) -> bool:
    """Whether a verb of approval is a vote: its subject (or its passive agent) is a legislature ("Le
    Parlement turc a approuvé l'adhésion"), it is counted in votes ("adopté par 287 voix contre 55",
    "approuvée par 89,38 % des votants"), or done by a ballot ("ont rejeté par référendum")."""
    if lemma(tok) not in _VOTED:
        return False
    toks = tokens_of(tok.doc)
    counted = any(norm(t) in ("voix", "votants", "suffrages") and t.i > tok.i
                  and any(x.like_num for x in toks[max(tok.i + 1, t.i - 4):t.i])
                  for c in children(tok) if c.dep_.startswith("obl") for t in c.subtree)
    doers = [c for c in children(tok) if c.dep_ in ("nsubj", "obl:agent")
             or c.dep_.startswith("obl") and any(norm(g) == "par" for g in children(c) if g.dep_ == "case")]
    if tok.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in children(tok)):
        doers += [c for c in children(tok.head) if c.dep_ == "nsubj"]     # "... a approuvé le texte et rejeté ..."
    balloted = any(norm(toks[k]) == "par" and lemma(toks[k + 1]) in _BALLOTS
                   for k in range(tok.i + 1, min(len(toks) - 1, tok.i + 5)))   # "ont rejeté dimanche par référendum"
    return counted or balloted or any(_is_legislature(linking, c) for c in doers)


def _is_legislature(linking: Linking, tok) -> bool:
    """Whether a subject names a legislature or its members ("le Parlement", "les députés", "la Knesset")."""
    return norm(tok) in _LEGISLATURES or _named_as(linking, tok.i, _LEGISLATURES, "Parliament")


def _is_court(linking: Linking, i: int) -> bool:
    """Whether the mention at token ``i`` names a court ("la CIJ", "la Cour suprême", "le tribunal"), a
    constitutional council ("le Conseil constitutionnel") or a judge, who rules too ("Le juge de la Cour
    suprême X a ordonné la suspension")."""
    return _named_as(linking, i, _COURTS + _JUDGES, opening=_CONSTITUTIONAL)


def _named_as(linking: Linking, i: int, first_words, kind: str | None = None, opening: re.Pattern | None = None) -> bool:
    """Whether the mention at token ``i`` names a body whose name (or one of its names) opens with one of
    ``first_words``, or with what ``opening`` matches, or that the gazetteer or the article types as ``kind``."""
    m = linking.mention_at_token(i)
    if m is None or len(linking.refs.get(m, ())) != 1:
        return False
    builder = linking.builders[linking.refs[m][0]]
    entry = linking.resources.entries.get(builder.key)
    if kind is not None and (builder.subtype == kind or entry is not None and entry.kind == kind):
        return True
    names = (builder.name, *builder.aliases, *(entry.names if entry else ()))
    return any(first_word(n) in first_words or opening is not None and opening.search(fold(n))
               for n in names if n)     # "la Haute Cour": past a word of rank


def _owner(doc, end: int, linking: Linking) -> str | None:
    """The actor an event word's "de" complement names: "la démission d'Emmanuel Macron", "l'incarcération
    de l'opposant X"."""
    toks = tokens_of(doc)
    if end >= len(doc) or norm(toks[end]) not in ("de", "d'", "du", "des"):
        return None
    person_noun = end + 2 < len(doc) and norm(toks[end + 2]) in linking.resources.person_nouns
    for k in (end + 1, end + 2, end + 3) if person_noun else (end + 1, end + 2):
        m = linking.mention_at_token(k) if k < len(doc) else None
        if m is not None and m.kind != "demonym" and len(linking.refs.get(m, ())) == 1:
            return linking.refs[m][0]
    return None


def _first_subject(doc, event: EventBuilder, linking: Linking) -> str | None:
    """The actor the clause of an event's first mention has as subject ("Michel Barnier a remis la démission")."""
    verb = doc[event.tokens[0]]
    while verb.pos_ != "VERB" and verb.dep_ != "ROOT":
        verb = verb.head
    subject = clause_subject(verb)
    keys = subject_keys(doc, linking, subject, (PERSON, ORGANISATION, PLACE)) if subject is not None else ()
    return keys[0] if len(keys) == 1 else None


def _put_to_death(doc, end: int, linking: Linking) -> bool:
    """Whether an execution's "de" complement names persons: a person, a word for people ("de trois
    condamnés", "d'un opposant"), or a count."""
    toks = tokens_of(doc)
    for k in range(end + 1, min(len(doc), end + 4)):
        m = linking.mention_at_token(k)
        if m is not None and m.type == PERSON or toks[k].like_num \
                or norm(toks[k]) in linking.resources.person_nouns or lemma(toks[k]) in linking.resources.person_nouns:
            return True
        if toks[k].pos_ not in ("DET", "ADJ", "NUM"):
            break
    return False


def _of_another_year(sentences: Sentences, end: int, date: str | None) -> bool:
    """Whether a year before the article's follows the event word within a few words ("arrivé au pouvoir
    par un putsch en septembre 2022"): an event of its own, not the one the article tells."""
    sent_end = sentences.tokens[sentences.of[end - 1]][1]
    return bool(date) and any(len(sentences.texts[k]) == 4 and sentences.texts[k].isdigit()
                              and "1900" < sentences.texts[k] < date[:4]
                              for k in range(end, min(sent_end, end + 4)))


def _is_event_word(token, event_words) -> bool:
    """Whether ``token`` is a word for an event ("Des frappes ont tué")."""
    return lemma(token) in event_words or norm(token) in event_words


def _first_object(doc, event: EventBuilder, linking: Linking) -> str | None:
    """The person the verb of an event's first mention has as object ("Netanyahu limoge le chef du Shin
    Bet", then "le limogeage du chef du Shin Bet, Ronen Bar": the same one)."""
    verb = doc[event.tokens[0]]
    if verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "obj"), None)
    keys = subject_keys(doc, linking, obj, (PERSON,)) if obj is not None else ()
    return keys[0] if len(keys) == 1 else None


# event families whose "de" complement undergoes them ("le limogeage de X", "l'expulsion de X")
_UNDERGONE = {"Dismissal", "Arrest", "Ruling", "Pardon", "Execution", "Summons"}


def _participle_lemma(word: str) -> str:
    """The infinitive of a past participle the tagger took for a name at the head of a sentence.

    >>> _participle_lemma("reunis"), _participle_lemma("invitee")
    ('reunir', 'inviter')
    """
    for ending, infinitive in (("ees", "er"), ("es", "er"), ("ee", "er"), ("e", "er"), ("is", "ir"), ("ies", "ir"), ("ie", "ir"), ("i", "ir")):
        if word.endswith(ending):
            return word[: -len(ending)] + infinitive
    return word


def _masculine(adjective: str) -> str:
    """A folded adjective stripped of its plural and feminine endings, to compare kinds of election
    ("une présidentielle anticipée", then "un scrutin anticipé")."""
    word = adjective[:-1] if adjective.endswith(("s", "x")) else adjective
    word = word.rstrip("e") if len(word) > 3 else word            # "anticipée", "anticipé": "anticip"
    word = word[:-1] + "v" if word.endswith("if") else word        # "législatif", "législative": "legislativ"
    return word[:-1] if word.endswith(("ll", "nn")) else word      # "présidentielle": "presidentiel"


def cue_text(cue: EventCue) -> str:
    return " ".join(cue.lemmas)


def _person_of(sentences: Sentences, linking: Linking, end: int) -> str | None:
    """The person named in the "de" complement right after an event noun ending at ``end``, past a
    time ("la démission en décembre de sa ministre des Finances, X"), else None."""
    norms = sentences.norms
    k = end
    if month_before_of(sentences, k, linking.resources):
        k += 2                            # "en décembre de ..."
    if k >= len(norms) or norms[k] not in ("de", "du", "d'"):
        return None
    for t in range(k + 1, min(len(norms), k + 9)):
        if norms[t] in (".", ";", "qui", "que", "au", "aux", "a", "pour", "par", "avec", "contre", "sur", "dans",
                        "apres", "avant"):
            break                         # (not "la démission de son gouvernement au roi X")
        m = linking.mention_at_token(t)
        if m is not None and m.type == PERSON and len(linking.refs.get(m, ())) == 1:
            return linking.refs[m][0]
    return None


def _by_weapon(sentences, i: int, end: int, resources) -> bool:
    """Whether a weapon follows the killing verb at token ``i`` ("tué mercredi d'une balle dans le cou", "tué
    par balle", "à coups de couteau")."""
    return any(sentences.lemmas[k] in resources.weapon_nouns and sentences.norms[k - 1] in _WEAPON_BEFORE
               for k in range(i + 1, min(end, i + 7)))


_BEFORE_AFTER = frozenset({"apres", "avant"})
_IN_RETURN = frozenset({"represailles", "riposte", "reponse", "reaction", "retorsion"})   # "en représailles à"
_ORDER_KEEPERS = frozenset({"police", "policier", "manifestant", "protestataire", "ordre", "emeutier"})


_WEAPON_BEFORE = {"par", "une", "un", "de", "d'", "balle", "coups", "l'"}


def _coreferent(events: list[EventBuilder], cue: EventCue, det: str, status: str,
                same_type_only: bool = False, lemmas: list[str] = ()) -> EventBuilder | None:
    """The event an event word refers back to: of its type, the latest named by the same word ("ces
    frappes" after "des frappes ..., en riposte à leurs attaques"), else the one the title tells ("un
    verdict" after the ruling of the title and another told after it), else the latest. ``same_type_only``:
    "en marge du sommet" names another event than the meeting held on its sidelines, unless a summit
    was reported before."""
    same = next((e for e in reversed(events) if e.type == cue.type and lemmas
                 and any(lemmas[t] == cue.lemmas[0] for t in e.tokens)), None) \
        or next((e for e in events if e.type == cue.type and "Headline" in e.statuses), None) \
        or next((e for e in reversed(events) if e.type == cue.type and "answered" not in e.rules), None) \
        or next((e for e in reversed(events) if e.type == cue.type), None)
    if same is not None or same_type_only:
        return same                                   # "le sommet" is the summit, not the meeting in between
    if cue.type == "Attack" and det in _ANAPHORIC_DETS:
        seized = next((e for e in reversed(events) if e.type == "Kidnapping"), None)
        if seized is not None:
            return seized                             # "25 lycéennes enlevées ... a condamné l'attaque": that raid
    if cue.type == "Vote" and (det in _ANAPHORIC_DETS or det in ("du", "au")) and cue.lemmas == ("vote",):
        election = next((e for e in reversed(events) if e.family == "Election"), None)
        if election is not None:
            return election                           # "avant le vote", "le jour du vote", after the election told
    if cue.type == "Vote":
        impeachments = [e for e in reversed(events) if e.type == "Impeachment"]
        impeachment = next((e for e in impeachments if lemmas and any(lemmas[t] == cue.lemmas[0] for t in e.tokens)),
                           impeachments[0] if impeachments else None)     # (the one whose vote was told)
        if impeachment is not None:
            return impeachment                        # "La motion ... a été adoptée", "un vote « invalide »",
            #                                           after "a voté la destitution de X": that impeachment's vote
    for event in reversed(events):
        if event.family != cue.family:
            continue
        if cue.type in GENERIC_TYPES and (det in _ANAPHORIC_DETS or cue.only_refers or not det and "Headline" in event.statuses):
            return event
        if event.type in GENERIC_TYPES and cue.family == event.family:
            return event
    return None

