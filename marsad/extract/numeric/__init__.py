"""Reading numbers, units, ages and calendar words in Arabic news (amounts and times)."""
