"""briefgen: turn news articles into a published briefing site."""

__version__ = "0.1.0"
