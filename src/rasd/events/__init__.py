"""PLOVER events from Arabic news, each tied to its evidence in the original text."""
