"""Views over documents as pure functions: stories, promises, entities, pages, search keys."""
