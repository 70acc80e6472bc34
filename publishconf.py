"""Settings for publishing (``pelican content -s publishconf.py``)."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("DIGEST_SITEURL", "")
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
