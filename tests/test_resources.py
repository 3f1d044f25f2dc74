import pytest

from kg.model import FAMILIES
from kg.rdf import ontology_graph
from kg.resources import fold, inflect_demonym, load
from kg.vocab import KGT, SKOS


def test_resources_load_and_cross_references():
    res = load("fr")
    assert res.entries["russie"].wikidata == "Q159"
    assert res.entries["moscou"].stands_for == "russie"
    assert res.entries["kremlin"].stands_for == "russie"
    assert {c.family for c in res.cues} <= set(FAMILIES)


def test_resources_every_cue_type_is_in_the_scheme():
    onto = ontology_graph()
    res = load("fr")
    for cue in res.cues:
        assert (KGT[cue.fine_type], SKOS.broader, KGT[cue.family]) in onto, cue
    for cue in res.event_cues:
        assert (KGT[cue.type], SKOS.prefLabel, None) in onto, cue


def test_resources_office_holders_by_date():
    res = load("fr")
    assert [e.key for e in res.holders_of("head_of_state", "etats_unis", "2022-01")] == ["joe_biden"]
    assert [e.key for e in res.holders_of("head_of_state", "etats_unis", "2019-06-01")] == ["donald_trump"]
    assert [e.key for e in res.holders_of("leader", "allemagne", "2023-03")] == ["olaf_scholz"]


@pytest.mark.parametrize("word, forms", [
    ("russe", {"russe", "russes"}),
    ("français", {"français", "française", "françaises"}),
    ("ukrainien", {"ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"}),
    ("turc", {"turc", "turcs", "turque", "turques"}),
])
def test_resources_demonym_inflection(word, forms):
    assert set(inflect_demonym(word)) == forms


def test_resources_fold():
    assert fold("Élysée – l’Otan") == "elysee - l'otan"


def test_resources_islands_and_wars_name_known_places_and_bodies():
    res = load("fr")
    assert "taiwan" in res.islands and all(res.entries[k].type == "Place" for k in res.islands)
    russia_ukraine = next(w for w in res.wars if w[0] == ("russie", "ukraine"))
    assert russia_ukraine[1] == "2022-02-24" and not russia_ukraine[2]
    assert all(start < end for _, start, end in res.wars if end)


def test_resources_no_person_alias_is_a_common_given_name():
    res = load("fr")
    called_by_given_name = {"tedros_adhanom_ghebreyesus", "prabowo_subianto"}    # "Tedros", "Prabowo" in the news
    clashes = [(e.key, a) for e in res.entries.values() if e.type == "Person" and e.key not in called_by_given_name
               for a in e.aliases if a in res.first_names or all(p in res.first_names for p in a.split("-"))]
    assert clashes == []


def test_resources_a_gazetteer_key_given_twice_is_refused(monkeypatch):
    import kg.resources
    from kg.errors import KgError
    read = kg.resources._rows

    def doubled(lang, name, columns):
        rows = read(lang, name, columns)
        return rows + rows[:1] if name == "people.tsv" else rows
    monkeypatch.setattr(kg.resources, "_rows", doubled)
    with pytest.raises(KgError, match="given twice"):
        kg.resources.load.__wrapped__("fr")


def test_resources_a_lexicon_word_given_twice_is_refused(monkeypatch, tmp_path):
    import types

    import kg.resources
    from kg.errors import KgError
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "evaluatives.tsv").write_text("word\tpolarity\nbon\tpositive\nbon\tnegative\n", encoding="utf-8")
    (tmp_path / "fr" / "place_nouns.tsv").write_text("noun\nrégion\nrégion\n", encoding="utf-8")
    monkeypatch.setattr(kg.resources, "importlib_resources", types.SimpleNamespace(files=lambda package: tmp_path))
    with pytest.raises(KgError, match="'bon' is given twice"):
        kg.resources._rows("fr", "evaluatives.tsv", ("word", "polarity"))
    assert len(kg.resources._rows("fr", "place_nouns.tsv", ("noun",))) == 2     # a set: a repeat changes nothing
