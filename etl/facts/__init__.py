"""From a table's rows to fact rows: parsing columns a chunk at a time, then one builder
per kind of workbook."""
