"""rasd (رصد): Arabic news to political event data, tied to the original characters."""

__version__ = "0.1.0"
