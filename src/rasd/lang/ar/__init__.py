"""Arabic language data: character tables, clitics, widget phrases, word lists."""
