"""All dashboard SQL, one module per area. Functions take a DuckDB connection and return
pandas DataFrames; nothing here knows about Streamlit."""
