return { name = "noversion" }
