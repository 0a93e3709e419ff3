"""What tiendo holds, declared once: the kinds of workbook and their fields, the fact
tables, the NTM criteria sets. Everything else reads these declarations."""
