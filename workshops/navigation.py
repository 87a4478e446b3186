"""The workshops' entries in the event's tabs."""
