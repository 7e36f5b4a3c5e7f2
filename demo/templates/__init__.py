"""Jinja2 templates of the demo platforms (a package so that the .html files ship with it)."""
