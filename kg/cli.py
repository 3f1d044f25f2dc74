"""The ``kg`` command line: thin commands over the library."""
from __future__ import annotations

from pathlib import Path

import click

from kg.errors import KgError

__all__ = ["cli", "main"]


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"kg: {exc}", err=True)
            ctx.exit(1)


def _graph(path):
    from kg.export import load_graph
    return load_graph(path)


def _formats(text: str):
    from kg.export import Format
    try:
        return [Format(f.strip()) for f in text.split(",") if f.strip()]
    except ValueError:
        raise KgError(f"unknown format in {text!r}; use ttl, jsonld, nt, html") from None


@click.group(cls=_Group)
@click.version_option(package_name="kg")
def cli():
    """Build grounded knowledge graphs of French news articles and explore them."""


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("-o", "--out", default="output", show_default=True, help="folder for the graph files")
@click.option("--format", "fmt", default="ttl,jsonld,html", show_default=True, help="ttl, jsonld, nt, html")
@click.option("--model", default=None, help="spaCy model (default fr_core_news_md)")
def build(articles, out, fmt, model):
    """Extract each ARTICLE (.txt, or a folder of them) into OUT/<name>.ttl, .jsonld and .html.

    An article may open with a line "date YYYY-MM-DD" (or "date: YYYY-MM-DD"), the date its
    "jeudi" and "la semaine dernière" are resolved against.

    Example: kg build ../shared/seed/biden-poutine.fr.txt -o output/
    """
    from kg.pipeline import build as run_build, summary
    for built in run_build(list(articles), out, _formats(fmt), model):
        click.echo(summary(built.extraction))
        click.echo("  wrote     " + ", ".join(str(p) for p in built.files))


@cli.command()
@click.argument("graph", required=False)
@click.argument("query", required=False)
@click.option("--file", "qfile", type=click.Path(), help="read the SPARQL query from a file")
@click.option("--param", multiple=True, help="NAME=VALUE for a named query's parameter")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="list the named queries")
def query(graph, query, qfile, param, fmt, list_):
    """Run a named query (see --list), a query --file, or SPARQL text on GRAPH.

    Example: kg query output/biden-poutine.fr.ttl stances
    """
    from kg.query import format_rows, named_queries, resolve_query, run
    if list_:
        for name, what in named_queries().items():
            click.echo(f"{name:<10} {what}")
        return
    if not graph or not (query or qfile):
        raise KgError("give a graph file and a query name, SPARQL text or --file (kg query --list names them)")
    if qfile and not Path(qfile).is_file():
        raise KgError(f"{qfile}: no such query file")
    text = Path(qfile).read_text(encoding="utf-8") if qfile else resolve_query(query)
    params = dict(p.split("=", 1) for p in param if "=" in p)
    click.echo(format_rows(*run(_graph(graph), text, params), fmt), nl=False)


@cli.command()
@click.argument("graph")
@click.option("--metric", type=click.Choice(["degree", "in-degree", "out-degree", "betweenness", "pagerank"]),
              default="pagerank", show_default=True)
@click.option("--communities", is_flag=True, help="also list communities and camps")
@click.option("--top", default=10, show_default=True, help="rows to show")
@click.option("--json", "as_json", is_flag=True, help="print JSON for scripts")
@click.option("--ego", "ego_of", metavar="ACTOR", help="instead, the ego network of ACTOR (a name or part of one)")
@click.option("--radius", default=1, show_default=True, help="steps from ACTOR for --ego")
def analyse(graph, metric, communities, top, as_json, ego_of, radius):
    """Rank the actors of GRAPH by centrality on the stance graph; optionally communities and camps,
    or one actor's ego network.

    Example: kg analyse output/biden-poutine.fr.ttl --metric betweenness --communities

    Example: kg analyse output/biden-poutine.fr.ttl --ego Poutine --radius 2
    """
    from kg.report import analyse_report, ego_report
    if ego_of is not None:
        click.echo(ego_report(_graph(graph), ego_of, radius, as_json), nl=False)
        return
    click.echo(analyse_report(_graph(graph), metric, communities, top, as_json), nl=False)


@cli.command()
@click.argument("graph")
@click.argument("source")
@click.argument("target")
def path(graph, source, target):
    """The shortest chain of stances and relations between two actors (names or parts of names).

    Example: kg path output/biden-poutine.fr.ttl Biden Otan
    """
    from kg.report import path_report
    click.echo(path_report(_graph(graph), source, target), nl=False)


@cli.command()
@click.argument("graph")
@click.option("-o", "--out", required=True, help="the HTML (or, with --png, PNG) file to write")
@click.option("--png", is_flag=True, help="write a static PNG picture instead of the HTML page")
@click.option("--ego", "ego_of", metavar="ACTOR", help="draw only the ego network of ACTOR")
@click.option("--radius", default=1, show_default=True, help="steps from ACTOR for --ego")
def render(graph, out, png, ego_of, radius):
    """Draw GRAPH as an interactive, offline HTML page (or a PNG picture).

    Example: kg render output/biden-poutine.fr.ttl -o graph.html

    Example: kg render output/biden-poutine.fr.ttl --ego Biden -o biden.html
    """
    from kg.report import render_file
    title = Path(graph).name + (f" · {ego_of}" if ego_of else "")
    click.echo(f"wrote {render_file(_graph(graph), out, png, title=title, ego_of=ego_of, radius=radius)}")


@cli.command()
@click.argument("graph")
def validate(graph):
    """Check GRAPH against the SHACL shapes of ontologies/; exit 1 on any violation.

    Example: kg validate output/biden-poutine.fr.ttl
    """
    from kg.validate import validate as run_validate
    violations = run_validate(_graph(graph))
    for v in violations:
        click.echo(str(v))
    if violations:
        raise KgError(f"{graph}: {len(violations)} violation(s) of the shapes")
    click.echo(f"{graph}: conforms to the shapes")


@cli.command(name="eval")
@click.argument("article")
@click.argument("gold")
@click.option("--model", default=None, help="spaCy model (default fr_core_news_md)")
def eval_(article, gold, model):
    """Extract ARTICLE and score it against GOLD (YAML): precision, recall, F1 per part.

    Example: kg eval ../shared/seed/biden-poutine.fr.txt ../shared/gold/biden-poutine.gold.yaml
    """
    from kg.evaluate import evaluate, format_report, load_gold
    from kg.pipeline import Pipeline
    from kg.sources import read
    gold_data, text = load_gold(gold), read(article)
    click.echo(format_report(evaluate(Pipeline(model).extract(text), gold_data)), nl=False)


@cli.command()
@click.argument("graph")
@click.option("--port", default=7878, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="loopback address to listen on")
def serve(graph, port, host):
    """Serve GRAPH as a read-only SPARQL endpoint at http://HOST:PORT/sparql until interrupted.

    Example: kg serve output/biden-poutine.fr.ttl --port 7878
    """
    from kg.serve import load_store, make_server
    server = make_server(load_store(graph), host, port)
    click.echo(f"SPARQL endpoint: http://{host}:{server.server_address[1]}/sparql", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main() -> None:
    """Entry point of the ``kg`` script."""
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
