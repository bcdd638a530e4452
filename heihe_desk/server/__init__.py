"""Reference platform server (FastAPI): multi-tenant sync hub, reference data and the customs simulator."""
