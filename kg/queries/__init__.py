"""Named SPARQL queries (one .rq file each, its first comment lines say what it answers)."""
