"""Packages for concurrent programming (regpy provides concurrent.futures)."""
