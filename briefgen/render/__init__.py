"""Render briefs into the Markdown pages, exports and assets of the MkDocs site.

Templates are looked up first in the project's ``templates/`` (any packaged
template can be overridden by one of the same name), then in the package. They
run in a sandbox, and every value they print is escaped for the place it lands.
"""

from .environment import Renderer
from .escape import escape_markdown, format_number, safe_url, yaml_string
from .files import atomic_write, write_pages
from .index import collect_actors, group_reactions, headline_figures, reaction_group
from .pages import OVERRIDES_DIR, mkdocs_overrides, site_pages, user_pages

__all__ = [
    "Renderer",
    "atomic_write",
    "collect_actors",
    "escape_markdown",
    "format_number",
    "group_reactions",
    "headline_figures",
    "OVERRIDES_DIR",
    "mkdocs_overrides",
    "reaction_group",
    "safe_url",
    "site_pages",
    "user_pages",
    "write_pages",
    "yaml_string",
]
