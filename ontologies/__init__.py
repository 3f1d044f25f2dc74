"""The newskg ontology, SKOS schemes and SHACL shapes, shipped as package data (kg.ontologies)."""
