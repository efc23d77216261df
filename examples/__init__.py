"""Sample domains that the project's own feature files and tests run against."""
