"""The Qt-free core: domain rules, storage, documents, sync and the Workspace façade."""
