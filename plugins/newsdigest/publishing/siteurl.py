"""The published site's address, from the environment or from a GitHub remote.

``publishconf.py`` calls :func:`site_url`; ``invoke publish`` calls
:func:`publish_site_url`, which falls back on the GitHub remote's address
when the editor has set none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# git@github.com:owner/repo.git, https://github.com/owner/repo(.git), ssh://...
GITHUB_REMOTE = re.compile(
    r"github\.com[:/](?P<owner>[A-Za-z0-9-]+)/(?P<name>[A-Za-z0-9._-]+?)(?:\.git)?/?$"
)


def pages_url(repository: str) -> str:
    """The GitHub Pages address of ``owner/name``: a user site or a project site.

    >>> pages_url("Jane/revue")
    'https://jane.github.io/revue'
    >>> pages_url("jane/jane.github.io")
    'https://jane.github.io'
    """
    owner, _, name = repository.strip().partition("/")
    if not owner or not name:
        raise ValueError(f"'{repository}' is not OWNER/REPOSITORY")
    host = f"{owner.lower()}.github.io"
    return f"https://{host}" if name.lower() == host else f"https://{host}/{name}"


def site_url(environ: Mapping[str, str]) -> str:
    """``DIGEST_SITEURL`` if set, else ``https://`` + ``DIGEST_CNAME`` (a custom
    domain), else the Pages address of ``GITHUB_REPOSITORY`` (set on GitHub
    Actions), else ``""`` (links from the server's root).

    >>> site_url({"DIGEST_SITEURL": "https://example.org/revue/"})
    'https://example.org/revue'
    >>> site_url({"DIGEST_CNAME": "revue.example.org"})
    'https://revue.example.org'
    >>> site_url({"GITHUB_REPOSITORY": "jane/revue"})
    'https://jane.github.io/revue'
    >>> site_url({})
    ''
    """
    explicit = environ.get("DIGEST_SITEURL", "").strip().rstrip("/")
    if explicit:
        return explicit
    domain = environ.get("DIGEST_CNAME", "").strip().strip("/")
    if domain:
        return f"https://{domain}"
    repository = environ.get("GITHUB_REPOSITORY", "").strip()
    return pages_url(repository) if repository else ""


def repository_from_remote(url: str) -> str | None:
    """``owner/name`` of a GitHub remote URL, or None for any other remote.

    >>> repository_from_remote("git@github.com:jane/revue.git")
    'jane/revue'
    >>> repository_from_remote("https://github.com/jane/jane.github.io")
    'jane/jane.github.io'
    >>> repository_from_remote("/tmp/site.git") is None
    True
    """
    match = GITHUB_REMOTE.search(url.strip())
    return f"{match['owner']}/{match['name']}" if match else None


def publish_site_url(environ: Mapping[str, str], remote: str) -> str:
    """The address to build for when publishing to ``remote``: the environment's
    (:func:`site_url`), else the Pages address of a GitHub remote.

    >>> publish_site_url({}, "git@github.com:jane/revue.git")
    'https://jane.github.io/revue'
    """
    url = site_url(environ)
    if url:
        return url
    repository = repository_from_remote(remote)
    if repository is None:
        raise ValueError(
            f"cannot tell the site's address from the remote {remote}: "
            "set DIGEST_SITEURL (e.g. https://example.org/revue)"
        )
    return pages_url(repository)
