"""``python -m rasd.web --db FILE``: the same as ``rasd serve``."""

from .cli import serve_command

if __name__ == "__main__":
    serve_command()(prog_name="python -m rasd.web")
