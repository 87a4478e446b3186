"""Canonical JSON and SHA-256 fingerprints of content: frameworks, plan versions, reports."""

import hashlib
import json


def canonical_json(content) -> str:
    """One spelling of a structure: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fingerprint(content) -> str:
    """SHA-256 of the canonical form of `content`."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()
