"""The web explorer: FastAPI app (:mod:`killdeer.web.app`), settings and the static page (``static/``).

Use :func:`killdeer.api.create_app` or ``killdeer serve --db events.duckdb``.
"""
