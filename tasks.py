"""Editor tasks (invoke): ``invoke --list`` shows them."""

from invoke import task


@task
def build(c):
    """Build the site into output/ (same as ``pelican content``)."""
    c.run("pelican content -s pelicanconf.py")
