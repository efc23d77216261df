"""A catalogue of mistakes people make, each checked for a message they can act on."""
