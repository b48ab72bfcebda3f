"""The lab reads ClientHellos with the core's parser (core/clienthello.py): one reader of a hello
for the probes' templates, their tests and the lab's censor."""

from core.clienthello import (
    HelloFacts,
    hello_facts,
    is_grease,
    record_length,
    server_name,
    sni_from_record,
)

__all__ = [
    "HelloFacts",
    "hello_facts",
    "is_grease",
    "record_length",
    "server_name",
    "sni_from_record",
]
