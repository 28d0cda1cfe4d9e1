"""Language data as plain data modules (tables, word lists), no logic."""
