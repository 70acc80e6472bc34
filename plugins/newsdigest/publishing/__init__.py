"""The editor's tools behind ``tasks.py``: seed table, curation, checks, publishing.

Not a Pelican plugin (no ``register()``): each module is small, imports no
Pelican, and is called by one thin task in ``tasks.py``.
"""
