"""News digest plugins for Pelican.

Each sub-package is a Pelican plugin with its own ``register()``:

* ``newsdigest.seeds``: the reader that turns pasted news articles into posts;
* ``newsdigest.tagging``: entity tags and the curated taxonomy;
* ``newsdigest.crosslinks``: related articles, mention links and stories;
* ``newsdigest.site``: tag, source, edition and archive pages, theme filters;
* ``newsdigest.build``: strict mode, problem summary and atomic output.

The parsing and ranking logic lives in modules that do not import Pelican.
Importing the package makes Pelican's ``main()`` exit non-zero on Ctrl-C
(:mod:`.interrupts`): a Ctrl-C while Pelican loads the plugins is a stop.
"""

from .interrupts import report_pelican_interrupts

report_pelican_interrupts()
