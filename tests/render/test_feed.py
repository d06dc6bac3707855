import xml.etree.ElementTree as ET

from briefgen.render.feed import FEED_LATEST, atom_feed

from .conftest import make_brief

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_feed_lists_the_latest_briefs_newest_first_with_relative_links():
    briefs = [make_brief(slug=f"b{i}", title=f"Brief {i}", date=f"2024-10-{30 - i:02d}") for i in range(25)]
    briefs.append(make_brief(slug="sans-date", title="Sans date"))
    root = ET.fromstring(atom_feed(briefs, "Derniers briefs", "Derniers briefs", "fr"))
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == FEED_LATEST
    assert [e.find(f"{ATOM}title").text for e in entries[:2]] == ["Brief 0", "Brief 1"]
    assert entries[0].find(f"{ATOM}link").get("href") == "briefs/b0/"
    assert entries[0].find(f"{ATOM}summary").text == "Résumé."
    assert root.find(f"{ATOM}updated").text.startswith("2024-10-30")


def test_the_feed_does_not_change_when_nothing_does():
    briefs = [make_brief(slug="a", title="<A> & b", date="2024-10-01", tags=["x"])]
    first = atom_feed(briefs, "T", "T", "fr")
    assert first == atom_feed(briefs, "T", "T", "fr")
    assert b"&lt;A&gt; &amp; b" in first
