"""tiendo's Streamlit dashboard. Pages arrange widgets; queries and charts live apart."""
