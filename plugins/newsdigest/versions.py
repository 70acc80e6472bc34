"""Installed packages' versions, for the digests that key the build's caches."""

from __future__ import annotations

from importlib import metadata


def package_version(name: str) -> str:
    """The installed version of package ``name``, or "none".

    >>> package_version("no-such-package-here")
    'none'
    """
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"
