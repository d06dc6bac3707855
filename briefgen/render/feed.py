"""The Atom feed of the latest briefs (feedgen), so a reader can follow the site.

The site may be published anywhere (its ``site_url`` is MkDocs's business, unknown here), so
links are relative to the feed (``briefs/<slug>/``), which Atom allows: a reader resolves them
against the feed's own address. Ids are stable URNs built from the slug. The feed changes only
when a brief does (its times are the briefs' dates, never "now"), so a rebuild with nothing new
leaves the file untouched.
"""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator

from ..brief import Brief

FEED = "feed.xml"
FEED_LATEST = 20
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def _when(brief: Brief) -> dt.datetime:
    try:
        day = dt.date.fromisoformat(str(brief.date)[:10])
    except ValueError:
        return EPOCH
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def atom_feed(briefs: list[Brief], title: str, subtitle: str, lang: str) -> bytes:
    """The newest ``FEED_LATEST`` briefs (``briefs`` newest first) as Atom XML."""
    latest = briefs[:FEED_LATEST]
    feed = FeedGenerator()
    feed.id("urn:briefgen:feed")
    feed.title(title)
    feed.subtitle(subtitle or title)
    feed.language(lang)
    feed.link(href="./", rel="alternate")
    feed.link(href=FEED, rel="self")
    feed.updated(max((_when(b) for b in latest), default=EPOCH))
    feed.generator("briefgen")
    for brief in reversed(latest):  # feedgen prepends: the newest ends up first
        entry = feed.add_entry()
        entry.id(f"urn:briefgen:brief:{brief.slug}")
        entry.title(brief.title)
        entry.link(href=f"briefs/{brief.slug}/", rel="alternate")
        entry.updated(_when(brief))
        entry.published(_when(brief))
        if brief.summary:
            entry.summary(brief.summary)
        if brief.author:
            entry.author(name=brief.author)
        for tag in brief.tags:
            entry.category(term=tag)
    return feed.atom_str(pretty=True)
