"""The app's routes, one module per resource: JSON under /api/v1 and the HTML pages, each
page rendered from the context its JSON twin answers (`rasad.services.queries`)."""
