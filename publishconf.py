"""Settings for publishing: ``invoke publish``, ``invoke preview`` or
``pelican content -s publishconf.py``. Everything in pelicanconf.py, plus:

* ``SITEURL``: ``DIGEST_SITEURL`` from the environment
  (``https://example.org/revue``), else, on GitHub Actions, the Pages address
  of ``GITHUB_REPOSITORY`` (``https://OWNER.github.io/REPO``, or
  ``https://OWNER.github.io`` for the repository ``OWNER.github.io``);
* absolute links everywhere, feeds included (``FEED_DOMAIN``);
* strict: any seed error or warning fails the build (``DIGEST_STRICT``);
* ``.nojekyll`` and, when ``DIGEST_CNAME`` is set, a ``CNAME`` file go on the
  ``gh-pages`` branch (``invoke publish`` hands them to ghp-import);
* no analytics: the theme loads no third-party script.
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (str(HERE / "plugins"), str(HERE)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

from newsdigest.publishing.siteurl import site_url  # noqa: E402
from pelicanconf import *  # noqa: E402, F403

SITEURL = site_url(os.environ)
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True

DIGEST_STRICT = True

# GitHub Pages (read by ``invoke publish``).
GITHUB_PAGES_BRANCH = "gh-pages"
GITHUB_PAGES_CNAME = os.environ.get("DIGEST_CNAME", "").strip()
