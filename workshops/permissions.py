"""The named rules of the workshop room and the evaluations."""
