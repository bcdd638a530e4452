"""Use cases behind the Workspace façade, one module per area (orders, stock, rates)."""
