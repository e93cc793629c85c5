"""Briefing: sourced YAML facts to a versioned static briefing site and PDF briefings."""

__version__ = "0.1.0"
