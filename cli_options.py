"""Options and parsing shared by the commands of cli.py, cli_explore.py and cli_views.py:
the free query words (a word may start with "-") and the filters of `search`."""
from __future__ import annotations

import click


class QueryCommand(click.Command):
    """A command whose free words form a query, so a word may start with "-"
    (`vankien search Đảng -tỉnh`, NOT): an argument that is none of the
    command's options is a query word, wherever it stands; `--` works too."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        arity = {name: 0 for name in ctx.help_option_names}
        for p in self.params:
            if isinstance(p, click.Option):
                for name in p.opts + p.secondary_opts:
                    arity[name] = 0 if p.is_flag or p.count else p.nargs
        options, words, i = [], [], 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                words.extend(args[i + 1:])
                break
            name = arg.split("=", 1)[0]
            if name in arity or (arg.startswith("--") and len(arg) > 2):    # --bogus: click says no
                n = 0 if "=" in arg else arity.get(name, 0)
                options.extend(args[i:i + 1 + n])
                i += 1 + n
                continue
            if arity.get(arg[:2]) and arg[2:].isdigit():      # -n5
                options.append(arg)
            else:
                words.append(arg)
            i += 1
        return super().parse_args(ctx, options + ["--", *words])


FILTER_OPTIONS = [
    click.option("--person", metavar="NAME", help="Documents mentioning this person (with or without diacritics)."),
    click.option("--resolution", metavar="CODE", help="Documents citing this document number, any spelling."),
    click.option("--slogan", metavar="TEXT", help="Documents using this slogan (dashes, case, diacritics ignored)."),
    click.option("--date", "date", metavar="D", help="Published on D: 2021, 2021-05, 5/2021 or 18/5/2021."),
    click.option("--from", "date_from", metavar="D", help="Published on or after D."),
    click.option("--to", "date_to", metavar="D", help="Published on or before D."),
    click.option("--year", type=int, help="Published in this year."),
    click.option("--source", metavar="S", help="From this source, e.g. laichau.gov.vn."),
    click.option("--issuer", metavar="TEXT",
                 help="Issued by a body with these words (official header), e.g. \"Tỉnh ủy Lai Châu\"."),
    click.option("--signer", metavar="NAME", help="Signed by this person (with or without diacritics)."),
    click.option("--type", "doc_type", metavar="NAME", help="Of this type: \"Nghị quyết\", \"nghi quyet\" or NQ."),
    click.option("--dates", type=click.Choice(["published", "inferred", "any"]), default="published",
                 show_default=True, help="Which dates the date filters use: publication dates, inferred ones, or both."),
]


def filter_options(command):
    """The filters of `search`, shared by every command that selects documents like it."""
    for option in reversed(FILTER_OPTIONS):
        command = option(command)
    return command
