"""The moments with the broad group in one room: the room view with its live polls, and the
participants' evaluation of each workshop."""
