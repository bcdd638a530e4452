"""PDF documents: commercial invoice, proforma, packing list, list-declaration copy and receipts."""
