"""The Streamlit UI: ``streamlit run ui/app.py``; pages in ``ui/pages/``, shared rendering in ``ui/components.py``."""
