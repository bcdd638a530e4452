"""Main-window pages; each shows one area and refreshes on the changes it cares about."""
